package dev.weft.wit;

import java.util.Optional;

/** World selection, as in WIT.md "Specifying a World". */
final class WorldSelection {
    private WorldSelection() {}

    static WorldId select(Resolve r, Optional<String> world) {
        if (world.isEmpty()) {
            WitPackage root = rootPackage(r, "no world was given");
            if (root.worlds().size() != 1) {
                throw new IllegalArgumentException("package `" + root.name() + "` has " + root.worlds().size()
                        + " worlds " + root.worlds().keySet() + ": say which one");
            }
            return root.worlds().values().iterator().next();
        }
        String w = world.get();
        int slash = w.lastIndexOf('/');
        if (slash < 0 || !w.contains(":")) {
            WitPackage root = rootPackage(r, "world `" + w + "` is not a full path (`ns:pkg/world`)");
            WorldId id = root.worlds().get(w);
            if (id == null) {
                throw new IllegalArgumentException("package `" + root.name() + "` has no world `" + w + "` (it has "
                        + root.worlds().keySet() + ")");
            }
            return id;
        }
        for (WitPackage p : r.packages()) {
            for (var e : p.worlds().entrySet()) {
                if (p.name().interfaceName(e.getKey()).equals(w)) return e.getValue();
            }
        }
        throw new IllegalArgumentException("no world `" + w + "` in the resolved packages");
    }

    private static WitPackage rootPackage(Resolve r, String why) {
        return r.root().map(r::get).orElseThrow(() -> new IllegalArgumentException(why + ", and there is no root package"));
    }
}
