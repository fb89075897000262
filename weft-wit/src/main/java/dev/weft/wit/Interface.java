package dev.weft.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An interface: named, or anonymous when defined inline in a world ({@code import x: interface {...}}).
 * {@code types} and {@code functions} are in definition order; resource functions are in
 * {@code functions} under their desugared names.
 */
public record Interface(Optional<String> name, PackageId pkg, Map<String, TypeId> types,
                        Map<String, Function> functions, Docs docs, Stability stability) {
    public Interface {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }
}
