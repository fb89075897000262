package dev.weft.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a core module is instantiated against: external values by two-level name
 * ({@code module}, {@code name}). Built once, immutable, engine-neutral.
 *
 * <pre>{@code
 * CoreImports.builder()
 *     .function("env", "log", logType, args -> { ...; return null; })
 *     .instance("libc", libcInstance)          // (with "libc" (instance $libc))
 *     .define("env", "memory", libcInstance.memory("memory"))
 *     .build();
 * }</pre>
 */
public final class CoreImports {
    private static final CoreImports EMPTY = new CoreImports(Map.of());

    private final Map<Key, CoreExtern> values;

    private CoreImports(Map<Key, CoreExtern> values) {
        this.values = values;
    }

    public static CoreImports empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value supplied for {@code (module, name)}, if any. */
    public Optional<CoreExtern> lookup(String module, String name) {
        return Optional.ofNullable(values.get(new Key(module, name)));
    }

    /** How many values are supplied. */
    public int size() {
        return values.size();
    }

    private record Key(String module, String name) {
        Key {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Collects the values; each {@code (module, name)} may be defined once. */
    public static final class Builder {
        private final Map<Key, CoreExtern> values = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Supplies {@code value} for {@code (module, name)}.
         *
         * @throws IllegalArgumentException if {@code (module, name)} is already defined
         */
        public Builder define(String module, String name, CoreExtern value) {
            Objects.requireNonNull(value, "value");
            CoreExtern previous = values.putIfAbsent(new Key(module, name), value);
            if (previous != null) {
                throw new IllegalArgumentException("import \"" + module + "\" \"" + name + "\" defined twice");
            }
            return this;
        }

        /** Supplies a host function for {@code (module, name)}. */
        public Builder function(String module, String name, CoreFuncType type, CoreHostFunction body) {
            return define(module, name, CoreFunction.host(type, body));
        }

        /** Supplies every export of {@code instance} under {@code module}: {@code (with "module" (instance i))}. */
        public Builder instance(String module, CoreInstance instance) {
            instance.exports().forEach((name, value) -> define(module, name, value));
            return this;
        }

        public CoreImports build() {
            return values.isEmpty() ? EMPTY : new CoreImports(Map.copyOf(values));
        }
    }
}
