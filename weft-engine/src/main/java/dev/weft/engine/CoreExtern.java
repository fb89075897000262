package dev.weft.engine;

/**
 * A core external value (<a href="https://webassembly.github.io/spec/core/exec/runtime.html#external-values">spec</a>):
 * what an instance exports and another imports. Handles keep their identity: re-exporting an
 * imported memory hands out the very same {@link CoreMemory}.
 */
public sealed interface CoreExtern permits CoreFunction, CoreTable, CoreMemory, CoreGlobal, CoreTag {
    /** The current type; for memories and tables, {@code min} is the current size. */
    CoreExternType type();

    default CoreExternKind kind() {
        return type().kind();
    }
}
