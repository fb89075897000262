package dev.weft.runtime.plan;

/**
 * A typed index into one of the run-time arrays an instantiation fills (one array per kind). Slots
 * are numbered per kind across the whole flattened component, nested instances included.
 */
public sealed interface Slot {
    int index();

    /** A compiled core module. */
    record CoreModule(int index) implements Slot {}

    /** A core instance: its exports by name. */
    record CoreInstance(int index) implements Slot {}

    /** A core function (exported by a core instance, or made by {@code canon lower} or a built-in). */
    record CoreFunc(int index) implements Slot {}

    record CoreMemory(int index) implements Slot {}

    record CoreTable(int index) implements Slot {}

    record CoreGlobal(int index) implements Slot {}

    /** A core exception tag. */
    record CoreTag(int index) implements Slot {}

    /** A component function (lifted, or imported). */
    record Func(int index) implements Slot {}

    /** A resource type at run time: fresh per instance for defined resources, supplied for imported ones. */
    record Resource(int index) implements Slot {}

    /** A component instance's state (the spec's {@code ComponentInstance}): the root is 0. */
    record State(int index) implements Slot {}
}
