package dev.weft.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A resolved package: its named interfaces and worlds, in definition order. */
public record WitPackage(PackageName name, Docs docs, Map<String, InterfaceId> interfaces, Map<String, WorldId> worlds) {
    public WitPackage {
        interfaces = Collections.unmodifiableMap(new LinkedHashMap<>(interfaces));
        worlds = Collections.unmodifiableMap(new LinkedHashMap<>(worlds));
    }
}
