package dev.weft.engine;

/** A core exception tag type: the parameters of the exception (<a href="https://webassembly.github.io/exception-handling/core/syntax/types.html#tag-types">spec</a>). */
public record CoreTagType(CoreFuncType type) implements CoreExternType {
    @Override
    public CoreExternKind kind() {
        return CoreExternKind.TAG;
    }

    @Override
    public String toString() {
        return "(tag" + CoreFuncType.clause("param", type.params()) + ")";
    }
}
