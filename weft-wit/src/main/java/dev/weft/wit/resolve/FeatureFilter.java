package dev.weft.wit.resolve;

import dev.weft.wit.Stability;
import dev.weft.wit.WitOptions;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.InterfaceItem;
import dev.weft.wit.ast.WorldMember;
import java.util.List;

/**
 * Leaves out the items gated by {@code @unstable} features that are not enabled, before
 * resolution (so a reference to such an item is an unknown name), as wit-parser does.
 */
final class FeatureFilter {
    private final WitOptions options;

    FeatureFilter(WitOptions options) {
        this.options = options;
    }

    Ast.File file(Ast.File f) {
        if (options.allFeatures()) return f;
        return new Ast.File(f.source(), f.pkg(), items(f.items()), f.nested().stream()
                .map(n -> new Ast.NestedPackage(n.decl(), items(n.items()), n.body())).toList());
    }

    private boolean on(Ast.Attrs attrs) {
        return !(attrs.stability() instanceof Stability.Unstable u) || options.enabled(u.feature());
    }

    private List<Ast.PackageItem> items(List<Ast.PackageItem> items) {
        return items.stream().<Ast.PackageItem>mapMulti((item, out) -> {
            switch (item) {
                case Ast.TopUse u -> out.accept(u);
                case Ast.InterfaceDecl i -> {
                    if (on(i.attrs())) out.accept(new Ast.InterfaceDecl(i.attrs(), i.name(), interfaceItems(i.items()), i.span()));
                }
                case Ast.WorldDecl w -> {
                    if (on(w.attrs())) out.accept(new Ast.WorldDecl(w.attrs(), w.name(), worldItems(w.items()), w.span()));
                }
            }
        }).toList();
    }

    private List<InterfaceItem> interfaceItems(List<InterfaceItem> items) {
        return items.stream().filter(i -> on(i.attrs())).map(i -> i instanceof InterfaceItem.TypeDecl d
                ? (InterfaceItem) typeDecl(d) : i).toList();
    }

    private InterfaceItem.TypeDecl typeDecl(InterfaceItem.TypeDecl d) {
        if (d instanceof InterfaceItem.Resource r) {
            return new InterfaceItem.Resource(r.attrs(), r.name(), r.funcs().stream().filter(f -> on(f.attrs())).toList());
        }
        return d;
    }

    private List<WorldMember> worldItems(List<WorldMember> items) {
        return items.stream().filter(m -> on(m.attrs())).map(m -> switch (m) {
            case InterfaceItem.TypeDecl d -> (WorldMember) typeDecl(d);
            case WorldMember.ImportExport ie when ie.extern() instanceof WorldMember.NamedInline in ->
                    new WorldMember.ImportExport(ie.attrs(), ie.isImport(),
                            new WorldMember.NamedInline(in.name(), interfaceItems(in.items()), in.span()), ie.span());
            default -> m;
        }).toList();
    }
}
