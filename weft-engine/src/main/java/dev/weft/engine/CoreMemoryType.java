package dev.weft.engine;

/** A core memory type, limits in 64 KiB pages (<a href="https://webassembly.github.io/spec/core/syntax/types.html#memory-types">spec</a>). */
public record CoreMemoryType(CoreLimits limits, boolean shared) implements CoreExternType {
    /** Bytes in one page. */
    public static final int PAGE_SIZE = 65536;

    public static CoreMemoryType of(CoreLimits limits) {
        return new CoreMemoryType(limits, false);
    }

    @Override
    public CoreExternKind kind() {
        return CoreExternKind.MEMORY;
    }

    @Override
    public String toString() {
        return "(memory " + limits + (shared ? " shared" : "") + ")";
    }
}
