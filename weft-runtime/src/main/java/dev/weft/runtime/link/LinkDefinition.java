package dev.weft.runtime.link;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.HostFunction;
import dev.weft.runtime.instance.Frame;
import dev.weft.runtime.instance.Func;
import dev.weft.runtime.plan.Item;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.types.FuncType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link dev.weft.runtime.Linker} holds under a name, before it is matched against an
 * import: the host's definitions, the exports of other component instances, compiled modules, or
 * the "trap when called" stand-in for unknown imports.
 */
public sealed interface LinkDefinition {

    /**
     * A host function; {@code declared} is its type when the host gave one (checked at link time).
     * Exactly one of {@code body} and {@code callerBody} (a function taking the calling instance) is set.
     */
    record HostFunc(Optional<FuncType> declared, HostFunction body, HostFunction.WithCaller callerBody)
            implements LinkDefinition {
        public HostFunc(Optional<FuncType> declared, HostFunction body) {
            this(declared, body, null);
        }

        public HostFunc(Optional<FuncType> declared, HostFunction.WithCaller callerBody) {
            this(declared, null, callerBody);
        }
    }

    /** A function of another component instance (or any run-time function). */
    record InstanceFunc(Func func) implements LinkDefinition {}

    /** An instance the host assembles: its definitions by name. */
    record HostInstance(Map<String, LinkDefinition> exports) implements LinkDefinition {
        public HostInstance {
            exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        }
    }

    /** The exports of a live component instance: shared-nothing, it keeps its own memory. */
    record ComponentExports(Map<String, Item> exports, Frame frame) implements LinkDefinition {}

    /** A compiled core module, for an import of a core module type. */
    record Module(CoreModule module) implements LinkDefinition {}

    /**
     * A resource type defined at run time, by the host or by a component instance: every import it
     * satisfies becomes this very type.
     */
    record Resource(ResourceDefinition definition) implements LinkDefinition {}

    /** Anything: functions that trap when called (Wasmtime's {@code --trap-unknown-imports}). */
    record Traps() implements LinkDefinition {}

    /** A non-resource type export of a component instance: nothing to supply at run time. */
    record StaticType() implements LinkDefinition {}

    /** A word for messages: {@code found func}, {@code found instance}, ... */
    static String kind(LinkDefinition d) {
        return switch (d) {
            case HostFunc h -> h.declared().map(FuncType::wit).orElse("func");
            case InstanceFunc f -> f.func().type().wit();
            case HostInstance h -> "instance";
            case ComponentExports c -> "instance";
            case Module m -> "core module";
            case Resource r -> "resource";
            case Traps t -> "trapping stand-in";
            case StaticType t -> "type";
        };
    }
}
