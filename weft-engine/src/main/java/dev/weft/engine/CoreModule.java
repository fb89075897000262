package dev.weft.engine;

import java.util.List;

/**
 * A decoded, validated and (depending on the engine's options) compiled core module. Immutable
 * and thread-safe: instantiate it as often as needed, the compilation is shared.
 */
public interface CoreModule {
    /** The imports, in the module's order. */
    List<CoreImport> imports();

    /** The exports, in the module's order, with the types the module declares. */
    List<CoreExport> exports();

    /**
     * Links the imports, creates the instance and runs its start function
     * (<a href="https://webassembly.github.io/spec/core/exec/modules.html#exec-instantiation">spec</a>).
     * A {@code _start} export is not called (that is WASI's business).
     *
     * @throws CoreLinkException if an import is missing or does not match
     * @throws CoreTrap if initialization or the start function traps
     */
    CoreInstance instantiate(CoreImports imports);

    /**
     * {@link #instantiate(CoreImports)} with {@code imports.get(i)} for {@code imports().get(i)}: for
     * a caller that resolved the names once (a component's plan), so that instantiating looks up
     * nothing by name. The same checks, the same failures (a null value is a missing import).
     *
     * @throws IllegalArgumentException if there are not as many values as imports
     */
    CoreInstance instantiate(List<? extends CoreExtern> imports);

    /**
     * {@link #instantiate(List)} under {@code limits}.
     *
     * @throws MemoryLimitException if a memory the module defines starts beyond the limit
     * @throws UnsupportedOperationException if the engine cannot enforce limits and some are set
     */
    default CoreInstance instantiate(List<? extends CoreExtern> imports, CoreInstanceLimits limits) {
        if (!limits.unlimited()) {
            throw new UnsupportedOperationException(getClass().getName() + " does not enforce limits");
        }
        return instantiate(imports);
    }

    /** {@link #instantiate(CoreImports)} under {@code limits}, as {@link #instantiate(List, CoreInstanceLimits)}. */
    default CoreInstance instantiate(CoreImports imports, CoreInstanceLimits limits) {
        if (!limits.unlimited()) {
            throw new UnsupportedOperationException(getClass().getName() + " does not enforce limits");
        }
        return instantiate(imports);
    }

    default CoreInstance instantiate() {
        return instantiate(CoreImports.empty());
    }
}
