package dev.weft.engine;

/** A core table type (<a href="https://webassembly.github.io/spec/core/syntax/types.html#table-types">spec</a>). */
public record CoreTableType(CoreLimits limits, CoreValType element) implements CoreExternType {
    public CoreTableType {
        if (!element.isReference()) {
            throw new IllegalArgumentException("table element type must be a reference type: " + element);
        }
    }

    @Override
    public CoreExternKind kind() {
        return CoreExternKind.TABLE;
    }

    @Override
    public String toString() {
        return "(table " + limits + " " + element + ")";
    }
}
