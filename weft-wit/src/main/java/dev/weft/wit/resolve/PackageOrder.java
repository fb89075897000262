package dev.weft.wit.resolve;

import dev.weft.wit.PackageName;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.resolve.UnresolvedPackage.Part;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders packages so that each comes after the packages it refers to ("All dependencies in
 * {@code deps} will be loaded and processed in topological order"); a cycle, or a reference to a
 * package that is not there, is an error at the path that refers to it.
 */
final class PackageOrder {
    private PackageOrder() {}

    static List<UnresolvedPackage> sort(List<UnresolvedPackage> packages) {
        List<PackageName> names = packages.stream().map(UnresolvedPackage::name).toList();
        List<Toposort.Edge> edges = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            Set<Integer> seen = new HashSet<>();
            for (Part part : packages.get(i).parts()) {
                for (Ast.QualifiedPath q : References.qualified(part.items())) {
                    int to = names.indexOf(PackageLookup.find(q.pkg(), names, q.pkgSpan()));
                    if (to != i && seen.add(to)) edges.add(new Toposort.Edge(i, to, q.pkgSpan()));
                }
            }
        }
        Toposort.Result r = Toposort.sort(packages.size(), edges);
        if (r.cycle().isPresent()) {
            List<Toposort.Edge> cycle = r.cycle().get();
            String path = cycle.stream().map(e -> "`" + names.get(e.from()) + "`").collect(Collectors.joining(" -> "))
                    + " -> `" + names.get(cycle.get(0).from()) + "`";
            throw new WitException(cycle.get(0).span(), "package `" + names.get(cycle.get(0).from())
                    + "` depends on itself: " + path);
        }
        return r.order().stream().map(packages::get).toList();
    }
}
