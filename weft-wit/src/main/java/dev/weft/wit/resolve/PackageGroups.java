package dev.weft.wit.resolve;

import dev.weft.wit.Docs;
import dev.weft.wit.PackageName;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.resolve.UnresolvedPackage.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Files to packages (WIT.md "Package Names" and "Filesystem structure"): the files of a unit form
 * one package, whose {@code package} headers must agree; each nested block is a package of its
 * own. A package defined twice must have the same source text.
 */
final class PackageGroups {
    private PackageGroups() {}

    /** The packages of all units, nested blocks before the package that contains them, root last. */
    static List<UnresolvedPackage> group(List<SourceUnit> units) {
        Map<PackageName, UnresolvedPackage> byName = new LinkedHashMap<>();
        for (SourceUnit unit : units) {
            for (UnresolvedPackage p : unitPackages(unit)) {
                UnresolvedPackage prev = byName.get(p.name());
                if (prev == null) {
                    byName.put(p.name(), p);
                } else if (!prev.contentKey().equals(p.contentKey())) {
                    throw new WitException(p.nameSpan(), "package `" + p.name() + "` is defined more than once "
                            + "with different contents (also at " + prev.nameSpan() + ")");
                }
            }
        }
        List<UnresolvedPackage> out = new ArrayList<>();
        byName.values().stream().filter(p -> !p.root()).forEach(out::add);
        byName.values().stream().filter(UnresolvedPackage::root).forEach(out::add);
        return out;
    }

    private static List<UnresolvedPackage> unitPackages(SourceUnit unit) {
        List<UnresolvedPackage> out = new ArrayList<>();
        Optional<Ast.PackageDecl> decl = Optional.empty();
        List<String> docs = new ArrayList<>();
        for (Ast.File f : unit.files()) {
            for (Ast.NestedPackage n : f.nested()) {
                out.add(new UnresolvedPackage(n.decl().name(), n.decl().span(), n.decl().docs(),
                        List.of(new Part(f.source(), n.items())), false, n.decl().name() + n.body().text()));
            }
            if (f.pkg().isEmpty()) continue;
            Ast.PackageDecl d = f.pkg().get();
            if (decl.isPresent() && !decl.get().name().equals(d.name())) {
                throw new WitException(d.span(), "package name `" + d.name() + "` does not match `"
                        + decl.get().name() + "` declared at " + decl.get().span());
            }
            if (decl.isEmpty()) decl = Optional.of(d);
            d.docs().contents().ifPresent(docs::add);
        }
        if (decl.isEmpty()) {
            for (Ast.File f : unit.files()) {
                if (!f.items().isEmpty()) {
                    throw new WitException(f.items().get(0).name().span(),
                            "no `package` header was found in any WIT file for this package");
                }
            }
            return out;
        }
        List<Part> parts = unit.files().stream().map(f -> new Part(f.source(), f.items())).toList();
        String key = unit.files().stream().map(f -> f.source().text()).collect(Collectors.joining("\u0000"));
        out.add(new UnresolvedPackage(decl.get().name(), decl.get().span(), Docs.of(String.join("\n", docs)), parts,
                unit.root(), key));
        return out;
    }
}
