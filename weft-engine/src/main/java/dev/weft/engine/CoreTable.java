package dev.weft.engine;

import java.util.Optional;

/** A core table (<a href="https://webassembly.github.io/spec/core/exec/runtime.html#table-instances">spec</a>). */
public non-sealed interface CoreTable extends CoreExtern {
    @Override
    CoreTableType type();

    /** The current number of elements. */
    int size();

    /**
     * The function at {@code index} of a funcref table, empty if that element is null.
     *
     * @throws CoreTrap if {@code index} is out of bounds
     * @throws IllegalStateException if this is not a funcref table
     */
    Optional<CoreFunction> function(int index);
}
