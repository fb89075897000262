package dev.weft.binary.validate.canon;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.types.FuncType;

/** What a valid {@code canon} definition adds: a component function or a core function. */
public sealed interface CanonResult {

    /** {@code canon lift}: a new component function of type {@code type}, appended to the func index space. */
    record LiftedFunc(FuncType type) implements CanonResult {}

    /**
     * Every other {@code canon}: a new core function with exactly this signature (from the spec),
     * appended to the core func index space.
     */
    record CoreFunc(CoreDefType.FuncType type) implements CanonResult {}
}
