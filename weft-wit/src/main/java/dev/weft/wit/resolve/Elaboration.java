package dev.weft.wit.resolve;

import dev.weft.wit.Docs;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.Span;
import dev.weft.wit.Stability;
import dev.weft.wit.Type;
import dev.weft.wit.TypeDef;
import dev.weft.wit.TypeDefKind;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.WitException;
import dev.weft.wit.WorldItem;
import dev.weft.wit.WorldKey;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Completes a world's imports (WIT.md "Transitive imports and worlds"): an interface that an
 * imported interface (or type) {@code use}s is imported too, before it; one that an exported
 * interface uses is imported unless it is exported. As in wit-parser, such an implicit import has
 * the gate of the item that needed it, and an interface imported for an export must not itself use
 * an exported one.
 */
final class Elaboration {
    private final ModelBuilder mb;
    private final dev.weft.wit.PackageId pid;

    Elaboration(ModelBuilder mb, dev.weft.wit.PackageId pid) {
        this.mb = mb;
        this.pid = pid;
    }

    Map<WorldKey, WorldItem> imports(Map<WorldKey, WorldItem> imports, Map<WorldKey, WorldItem> exports, Span world) {
        Map<WorldKey, WorldItem> out = new LinkedHashMap<>();
        for (var e : imports.entrySet()) {
            switch (e.getValue()) {
                case WorldItem.InterfaceItem i -> add(out, e.getKey(), i);
                case WorldItem.TypeItem t -> {
                    Stability gate = mb.type(t.id()).stability();
                    typeDependency(t.id()).ifPresent(dep -> add(out, new WorldKey.OfInterface(dep), implicit(dep, gate)));
                    out.put(e.getKey(), t);
                }
                case WorldItem.FunctionItem f -> out.put(e.getKey(), f);
            }
        }
        Set<InterfaceId> exported = new HashSet<>();
        for (WorldKey k : exports.keySet()) {
            if (k instanceof WorldKey.OfInterface(InterfaceId id)) exported.add(id);
        }
        for (var e : exports.entrySet()) {
            if (!(e.getValue() instanceof WorldItem.InterfaceItem i)) continue;
            for (InterfaceId dep : dependencies(i.id())) {
                if (exported.contains(dep)) continue;
                add(out, new WorldKey.OfInterface(dep), implicit(dep, i.stability()));
                for (InterfaceId t : transitive(dep)) {
                    if (exported.contains(t)) {
                        throw new WitException(world, mb.describe(dep, pid) + " must be imported because exported "
                                + mb.describe(i.id(), pid) + " uses it, but it uses " + mb.describe(t, pid)
                                + ", which is exported: import and export it, or export neither");
                    }
                }
            }
        }
        return out;
    }

    Map<WorldKey, WorldItem> exports(Map<WorldKey, WorldItem> exports) {
        return new LinkedHashMap<>(exports);
    }

    /** The import of {@code dep} that an item gated by {@code gate} needs: it is gated the same way. */
    private static WorldItem.InterfaceItem implicit(InterfaceId dep, Stability gate) {
        return new WorldItem.InterfaceItem(dep, Docs.NONE, gate, Optional.empty());
    }

    private void add(Map<WorldKey, WorldItem> out, WorldKey key, WorldItem.InterfaceItem item) {
        if (out.containsKey(key)) return;
        for (InterfaceId dep : dependencies(item.id())) {
            add(out, new WorldKey.OfInterface(dep), implicit(dep, item.stability()));
        }
        out.put(key, item);
    }

    /** The interfaces {@code id} {@code use}s types from, in order. */
    Set<InterfaceId> dependencies(InterfaceId id) {
        Set<InterfaceId> out = new LinkedHashSet<>();
        for (TypeId t : mb.iface(id).types.values()) {
            if (mb.type(t).kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId target))
                    && mb.type(target).owner() instanceof TypeOwner.OfInterface(InterfaceId owner) && !owner.equals(id)) {
                out.add(owner);
            }
        }
        return out;
    }

    private Set<InterfaceId> transitive(InterfaceId id) {
        Set<InterfaceId> out = new LinkedHashSet<>();
        for (InterfaceId d : dependencies(id)) {
            if (out.add(d)) out.addAll(transitive(d));
        }
        return out;
    }

    private Optional<InterfaceId> typeDependency(TypeId id) {
        TypeDef def = mb.type(id);
        if (def.kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId target))
                && mb.type(target).owner() instanceof TypeOwner.OfInterface(InterfaceId owner)) {
            return Optional.of(owner);
        }
        return Optional.empty();
    }
}
