package dev.weft.wit;

import dev.weft.wit.ast.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The items {@link WitPrinter} prints: interface bodies, type definitions, {@code use}s, functions, types. */
final class ItemPrinter {
    private final Resolve r;

    ItemPrinter(Resolve r) {
        this.r = r;
    }

    /** Items of a body, with blank lines around the ones that take more than one line. */
    static final class Body {
        private final List<String> items = new ArrayList<>();

        void add(String item) {
            items.add(item);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0 && (multiline(items.get(i)) || multiline(items.get(i - 1)))) sb.append('\n');
                sb.append(items.get(i));
            }
            return sb.toString();
        }

        private static boolean multiline(String item) {
            return item.indexOf('\n') < item.length() - 1;
        }
    }

    /** An identifier, with {@code %} if it is spelled like a keyword. */
    static String id(String name) {
        return Token.Kind.isKeyword(name) ? "%" + name : name;
    }

    static String docs(Docs docs, String indent) {
        if (docs.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String line : docs.contents().get().split("\n", -1)) {
            sb.append(indent).append("///").append(line.isEmpty() ? "" : " " + line).append('\n');
        }
        return sb.toString();
    }

    static String gate(Stability s, String indent) {
        return switch (s) {
            case Stability.Unknown u -> "";
            case Stability.Stable st -> indent + "@since(version = " + st.since() + ")\n" + deprecated(st.deprecated(), indent);
            case Stability.Unstable un -> indent + "@unstable(feature = " + un.feature() + ")\n"
                    + deprecated(un.deprecated(), indent);
        };
    }

    private static String deprecated(Optional<SemVer> v, String indent) {
        return v.map(d -> indent + "@deprecated(version = " + d + ")\n").orElse("");
    }

    String preamble(Docs docs, Stability s, Optional<String> externalId, String indent) {
        return docs(docs, indent) + gate(s, indent)
                + externalId.map(e -> indent + "@external-id(" + quote(e) + ")\n").orElse("");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp < 0x20 || cp == 0x7f) sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            else sb.appendCodePoint(cp);
        });
        return sb.append('"').toString();
    }

    static String packageName(PackageName n) {
        StringBuilder sb = new StringBuilder();
        for (String ns : n.namespaces()) sb.append(id(ns)).append(':');
        sb.append(id(n.name()));
        for (String nested : n.nested()) sb.append('/').append(id(nested));
        return sb.toString();
    }

    /** How an interface is named from package {@code from}: its plain name, or {@code ns:pkg/name@v}. */
    String path(InterfaceId iid, PackageId from) {
        Interface i = r.get(iid);
        String name = id(i.name().orElseThrow(() -> new IllegalArgumentException("an inline interface has no path")));
        if (i.pkg().equals(from)) return name;
        PackageName p = r.get(i.pkg()).name();
        return packageName(p) + "/" + name + p.version().map(v -> "@" + v).orElse("");
    }

    String type(Type t) {
        return switch (t) {
            case Type.Primitive p -> p.type().wit();
            case Type.Named n -> id(r.get(n.id()).name());
            case Type.Own o -> id(r.get(o.id()).name());
            case Type.Borrow b -> "borrow<" + id(r.get(b.id()).name()) + ">";
            case Type.ListOf l -> "list<" + type(l.element()) + ">";
            case Type.FixedListOf l -> "list<" + type(l.element()) + ", " + l.length() + ">";
            case Type.OptionOf o -> "option<" + type(o.type()) + ">";
            case Type.ResultOf res -> result(res);
            case Type.TupleOf tu -> tu.types().stream().map(this::type).collect(Collectors.joining(", ", "tuple<", ">"));
            case Type.MapOf m -> "map<" + type(m.key()) + ", " + type(m.value()) + ">";
            case Type.FutureOf f -> f.element().map(e -> "future<" + type(e) + ">").orElse("future");
            case Type.StreamOf s -> s.element().map(e -> "stream<" + type(e) + ">").orElse("stream");
        };
    }

    private String result(Type.ResultOf res) {
        if (res.ok().isEmpty() && res.err().isEmpty()) return "result";
        if (res.err().isEmpty()) return "result<" + type(res.ok().get()) + ">";
        return "result<" + res.ok().map(this::type).orElse("_") + ", " + type(res.err().get()) + ">";
    }

    /** {@code async? func(params) -> result}, leaving out the first {@code skip} parameters. */
    String signature(Function f, int skip) {
        String params = f.params().stream().skip(skip).map(p -> id(p.name()) + ": " + type(p.type()))
                .collect(Collectors.joining(", ", "(", ")"));
        return (f.async() ? "async func" : "func") + params + f.result().map(t -> " -> " + type(t)).orElse("");
    }

    /**
     * An interface's types and functions, in the model's order: a freestanding function comes
     * after the types before the next resource that has functions still to print, and each
     * resource's functions are printed inside it.
     */
    String interfaceBody(InterfaceId iid, String indent) {
        Interface iface = r.get(iid);
        List<TypeId> types = new ArrayList<>(iface.types().values());
        Map<TypeId, List<Function>> byResource = new LinkedHashMap<>();
        for (Function f : iface.functions().values()) {
            resourceOf(f).ifPresent(res -> byResource.computeIfAbsent(res, k -> new ArrayList<>()).add(f));
        }
        Body body = new Body();
        Set<TypeId> printedResources = new HashSet<>();
        int next = 0;
        for (Function f : iface.functions().values()) {
            Optional<TypeId> res = resourceOf(f);
            if (res.isEmpty()) {
                int stop = next;
                while (stop < types.size() && !byResource.containsKey(types.get(stop))) stop++;
                next = typesUpTo(types, next, stop, iface.pkg(), indent, body, byResource, printedResources);
                body.add(preamble(f.docs(), f.stability(), f.externalId(), indent) + indent + id(f.name()) + ": "
                        + signature(f, 0) + ";\n");
            } else if (!printedResources.contains(res.get())) {
                int at = types.indexOf(res.get());
                next = typesUpTo(types, next, at + 1, iface.pkg(), indent, body, byResource, printedResources);
            }
        }
        typesUpTo(types, next, types.size(), iface.pkg(), indent, body, byResource, printedResources);
        return body.text();
    }

    private int typesUpTo(List<TypeId> types, int from, int to, PackageId pkg, String indent, Body body,
                          Map<TypeId, List<Function>> byResource, Set<TypeId> printed) {
        if (to <= from) return from;
        List<TypeId> run = types.subList(from, to);
        printed.addAll(run);
        types(run, pkg, indent, body, byResource);
        return to;
    }

    void types(List<TypeId> run, PackageId pkg, String indent, Body body) {
        types(run, pkg, indent, body, Map.of());
    }

    /** Type definitions; consecutive {@code use}d names from one interface (same docs and gate) share a {@code use}. */
    private void types(List<TypeId> run, PackageId pkg, String indent, Body body, Map<TypeId, List<Function>> fns) {
        for (int i = 0; i < run.size(); i++) {
            TypeDef d = r.get(run.get(i));
            Optional<InterfaceId> from = usedFrom(run.get(i));
            if (from.isEmpty()) {
                body.add(typeDef(run.get(i), d, indent, fns.getOrDefault(run.get(i), List.of())));
                continue;
            }
            List<String> names = new ArrayList<>();
            int j = i;
            while (j < run.size() && usedFrom(run.get(j)).equals(from) && r.get(run.get(j)).docs().equals(d.docs())
                    && r.get(run.get(j)).stability().equals(d.stability())) {
                TypeDef alias = r.get(run.get(j));
                String target = r.get(((Type.Named) ((TypeDefKind.AliasDef) alias.kind()).target()).id()).name();
                names.add(id(target) + (target.equals(alias.name()) ? "" : " as " + id(alias.name())));
                j++;
            }
            body.add(preamble(d.docs(), d.stability(), Optional.empty(), indent) + indent + "use "
                    + path(from.get(), pkg) + ".{" + String.join(", ", names) + "};\n");
            i = j - 1;
        }
    }

    /** The interface a {@code use}d name comes from (an alias of a type owned by another interface). */
    private Optional<InterfaceId> usedFrom(TypeId id) {
        TypeDef d = r.get(id);
        if (d.kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId target))
                && r.get(target).owner() instanceof TypeOwner.OfInterface(InterfaceId owner)
                && !r.get(target).owner().equals(d.owner())) {
            return Optional.of(owner);
        }
        return Optional.empty();
    }

    private static Optional<TypeId> resourceOf(Function f) {
        return switch (f.kind()) {
            case FunctionKind.Freestanding x -> Optional.empty();
            case FunctionKind.Method m -> Optional.of(m.resource());
            case FunctionKind.Static s -> Optional.of(s.resource());
            case FunctionKind.Constructor c -> Optional.of(c.resource());
        };
    }

    private String typeDef(TypeId tid, TypeDef d, String indent, List<Function> fns) {
        String head = preamble(d.docs(), d.stability(), d.externalId(), indent) + indent;
        String in = indent + "  ";
        String name = id(d.name());
        return switch (d.kind()) {
            case TypeDefKind.AliasDef a -> head + "type " + name + " = " + type(a.target()) + ";\n";
            case TypeDefKind.RecordDef rec -> head + "record " + name + " {\n" + rec.fields().stream()
                    .map(f -> docs(f.docs(), in) + in + id(f.name()) + ": " + type(f.type()) + ",\n")
                    .collect(Collectors.joining()) + indent + "}\n";
            case TypeDefKind.VariantDef v -> head + "variant " + name + " {\n" + v.cases().stream()
                    .map(c -> docs(c.docs(), in) + in + id(c.name()) + c.type().map(t -> "(" + type(t) + ")").orElse("")
                            + ",\n").collect(Collectors.joining()) + indent + "}\n";
            case TypeDefKind.EnumDef e -> head + "enum " + name + " {\n" + e.cases().stream()
                    .map(c -> docs(c.docs(), in) + in + id(c.name()) + ",\n").collect(Collectors.joining()) + indent + "}\n";
            case TypeDefKind.FlagsDef f -> head + "flags " + name + " {\n" + f.flags().stream()
                    .map(c -> docs(c.docs(), in) + in + id(c.name()) + ",\n").collect(Collectors.joining()) + indent + "}\n";
            case TypeDefKind.ResourceDef res -> fns.isEmpty() ? head + "resource " + name + ";\n"
                    : head + "resource " + name + " {\n" + fns.stream().map(f -> resourceFunction(tid, f, in))
                    .collect(Collectors.joining()) + indent + "}\n";
        };
    }

    private String resourceFunction(TypeId res, Function f, String indent) {
        String head = preamble(f.docs(), f.stability(), f.externalId(), indent) + indent;
        return switch (f.kind()) {
            case FunctionKind.Constructor c -> {
                String params = f.params().stream().map(p -> id(p.name()) + ": " + type(p.type()))
                        .collect(Collectors.joining(", ", "(", ")"));
                boolean implicit = f.result().equals(Optional.of(new Type.Own(res)));
                yield head + "constructor" + params + (implicit ? "" : " -> " + type(f.result().orElseThrow())) + ";\n";
            }
            case FunctionKind.Method m -> head + id(f.itemName()) + ": " + signature(f, 1) + ";\n";
            case FunctionKind.Static s -> head + id(f.itemName()) + ": static " + signature(f, 0) + ";\n";
            case FunctionKind.Freestanding x -> throw new AssertionError(f.name());
        };
    }
}
