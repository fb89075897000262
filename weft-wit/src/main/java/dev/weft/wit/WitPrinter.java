package dev.weft.wit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints resolved packages as WIT in one canonical format: two-space indents, one item per line,
 * blank lines around multi-line items, trailing commas in braces, docs as {@code ///}, resource
 * functions back inside their resource. Items keep the model's order (so printing and parsing
 * again gives an equal {@link Resolve}); worlds are printed elaborated (includes merged, implicit
 * imports written out), as wasm-tools does.
 */
public final class WitPrinter {
    private final Resolve r;
    private final StringBuilder out = new StringBuilder();
    private final ItemPrinter items;

    private WitPrinter(Resolve r) {
        this.r = r;
        this.items = new ItemPrinter(r);
    }

    /** One package, as a file: {@code package name;} then its interfaces, then its worlds. */
    public static String print(Resolve r, PackageId id) {
        WitPrinter p = new WitPrinter(r);
        WitPackage pkg = r.get(id);
        p.docs(pkg.docs(), "");
        p.out.append("package ").append(ItemPrinter.packageName(pkg.name()))
                .append(pkg.name().version().map(v -> "@" + v).orElse("")).append(";\n");
        p.packageItems(id, "");
        return p.out.toString();
    }

    /**
     * Every package in one file: the root package's header first (if there is a root), then each
     * other package as a nested {@code package name { ... }} block in dependency order, then the
     * root's items. Parsing the result gives the same {@link Resolve}.
     */
    public static String printAll(Resolve r) {
        WitPrinter p = new WitPrinter(r);
        r.root().ifPresent(root -> {
            p.docs(r.get(root).docs(), "");
            p.out.append("package ").append(header(r.get(root).name())).append(";\n");
        });
        for (PackageId id : r.packageIds()) {
            if (r.root().equals(Optional.of(id))) continue;
            p.out.append('\n');
            p.docs(r.get(id).docs(), "");
            p.out.append("package ").append(header(r.get(id).name())).append(" {");
            p.packageItems(id, "  ");
            p.out.append("}\n");
        }
        r.root().ifPresent(root -> p.packageItems(root, ""));
        return p.out.toString();
    }

    private static String header(PackageName n) {
        return ItemPrinter.packageName(n) + n.version().map(v -> "@" + v).orElse("");
    }

    /** A type reference as WIT, names as defined (for messages and generated comments). */
    public static String type(Resolve r, Type t) {
        return new ItemPrinter(r).type(t);
    }

    private void packageItems(PackageId id, String indent) {
        WitPackage pkg = r.get(id);
        for (var e : pkg.interfaces().entrySet()) {
            out.append('\n');
            Interface i = r.get(e.getValue());
            docs(i.docs(), indent);
            gate(i.stability(), indent);
            out.append(indent).append("interface ").append(ItemPrinter.id(e.getKey())).append(" {\n");
            out.append(items.interfaceBody(e.getValue(), indent + "  "));
            out.append(indent).append("}\n");
        }
        for (var e : pkg.worlds().entrySet()) {
            out.append('\n');
            World w = r.get(e.getValue());
            docs(w.docs(), indent);
            gate(w.stability(), indent);
            out.append(indent).append("world ").append(ItemPrinter.id(e.getKey())).append(" {\n");
            out.append(worldBody(w, indent + "  "));
            out.append(indent).append("}\n");
        }
    }

    private String worldBody(World w, String indent) {
        ItemPrinter.Body body = new ItemPrinter.Body();
        List<Map.Entry<WorldKey, WorldItem>> imports = new ArrayList<>(w.imports().entrySet());
        for (int i = 0; i < imports.size(); i++) {
            var e = imports.get(i);
            if (e.getValue() instanceof WorldItem.TypeItem) {
                List<TypeId> run = new ArrayList<>();
                while (i < imports.size() && imports.get(i).getValue() instanceof WorldItem.TypeItem(TypeId t)) {
                    run.add(t);
                    i++;
                }
                i--;
                items.types(run, w.pkg(), indent, body);
            } else {
                body.add(worldItem("import", e.getKey(), e.getValue(), w.pkg(), indent));
            }
        }
        for (var e : w.exports().entrySet()) body.add(worldItem("export", e.getKey(), e.getValue(), w.pkg(), indent));
        return body.text();
    }

    private String worldItem(String direction, WorldKey key, WorldItem item, PackageId pkg, String indent) {
        StringBuilder sb = new StringBuilder();
        switch (item) {
            case WorldItem.FunctionItem(Function f) -> {
                sb.append(items.preamble(f.docs(), f.stability(), f.externalId(), indent));
                sb.append(indent).append(direction).append(' ').append(ItemPrinter.id(f.name())).append(": ")
                        .append(items.signature(f, 0)).append(";\n");
            }
            case WorldItem.InterfaceItem ii -> {
                sb.append(items.preamble(ii.docs(), ii.stability(), ii.externalId(), indent));
                sb.append(indent).append(direction).append(' ');
                switch (key) {
                    case WorldKey.OfInterface k -> sb.append(items.path(ii.id(), pkg)).append(";\n");
                    case WorldKey.Name(String name) when r.get(ii.id()).name().isEmpty() -> sb.append(ItemPrinter.id(name))
                            .append(": interface {\n").append(items.interfaceBody(ii.id(), indent + "  "))
                            .append(indent).append("}\n");
                    case WorldKey.Name(String name) -> sb.append(ItemPrinter.id(name)).append(": ")
                            .append(items.path(ii.id(), pkg)).append(";\n");
                }
            }
            case WorldItem.TypeItem t -> throw new AssertionError("types are printed in runs");
        }
        return sb.toString();
    }

    private void docs(Docs docs, String indent) {
        out.append(ItemPrinter.docs(docs, indent));
    }

    private void gate(Stability s, String indent) {
        out.append(ItemPrinter.gate(s, indent));
    }
}
