package dev.weft.engine;

/** A core global type (<a href="https://webassembly.github.io/spec/core/syntax/types.html#global-types">spec</a>). */
public record CoreGlobalType(CoreValType type, boolean mutable) implements CoreExternType {
    @Override
    public CoreExternKind kind() {
        return CoreExternKind.GLOBAL;
    }

    @Override
    public String toString() {
        return "(global " + (mutable ? "(mut " + type + ")" : type.toString()) + ")";
    }
}
