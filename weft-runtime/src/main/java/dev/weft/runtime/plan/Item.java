package dev.weft.runtime.plan;

import dev.weft.types.CoreModuleType;
import dev.weft.types.FuncType;
import dev.weft.types.TypeDef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an entry of a component's index space denotes once planned. Component instances are not
 * run-time objects at all: an {@link Instance} is its exports, each resolved to a slot at plan time,
 * so aliasing an export of a component instance costs nothing when instantiating.
 */
public sealed interface Item {

    /** A core module, in a slot (filled from the component's own modules or from an import). */
    record CoreModule(Slot.CoreModule slot, CoreModuleType type) implements Item {}

    /**
     * A core instance. {@code staticExports} is present for an instance made of inline exports: an
     * alias of one of its exports is resolved at plan time.
     */
    record CoreInstance(Slot.CoreInstance slot, Optional<Map<String, Item>> staticExports) implements Item {}

    record CoreFunc(Slot.CoreFunc slot) implements Item {}

    record CoreMemory(Slot.CoreMemory slot) implements Item {}

    record CoreTable(Slot.CoreTable slot) implements Item {}

    record CoreGlobal(Slot.CoreGlobal slot) implements Item {}

    record CoreTag(Slot.CoreTag slot) implements Item {}

    /** A core type: nothing at run time. */
    record CoreType() implements Item {}

    /** A component function of type {@code type}. */
    record Func(Slot.Func slot, FuncType type) implements Item {}

    /** A type; a resource type also has its run-time identity in {@code resource}. */
    record Type(TypeDef type, Optional<Slot.Resource> resource) implements Item {}

    /** A component instance: its exports by name, in order. */
    record Instance(Map<String, Item> exports) implements Item {
        public Instance {
            exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        }
    }

    /** A component (code): instantiating it inlines its definitions. */
    record Component(ComponentClosure closure) implements Item {}
}
