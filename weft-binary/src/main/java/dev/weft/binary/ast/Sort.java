package dev.weft.binary.ast;

/**
 * {@code sort} and {@code core:sort}: which index space an index points into. The core sorts carry
 * their {@code core:sort} byte; the component sorts their {@code sort} byte.
 */
public enum Sort {
    CORE_FUNC(true, 0x00, "core func"),
    CORE_TABLE(true, 0x01, "core table"),
    CORE_MEMORY(true, 0x02, "core memory"),
    CORE_GLOBAL(true, 0x03, "core global"),
    CORE_TAG(true, 0x04, "core tag"),
    CORE_TYPE(true, 0x10, "core type"),
    CORE_MODULE(true, 0x11, "core module"),
    CORE_INSTANCE(true, 0x12, "core instance"),
    FUNC(false, 0x01, "func"),
    VALUE(false, 0x02, "value"),
    TYPE(false, 0x03, "type"),
    COMPONENT(false, 0x04, "component"),
    INSTANCE(false, 0x05, "instance");

    private final boolean core;
    private final int code;
    private final String text;

    Sort(boolean core, int code, String text) {
        this.core = core;
        this.code = code;
        this.text = text;
    }

    public boolean isCore() {
        return core;
    }

    /** The {@code core:sort} byte for core sorts, the {@code sort} byte for component sorts. */
    public int code() {
        return code;
    }

    /** The text-format spelling, e.g. {@code core func}, {@code instance}. */
    public String text() {
        return text;
    }

    /** The core sort with {@code core:sort} byte {@code b}, or null. */
    public static Sort coreSort(int b) {
        for (Sort s : values()) if (s.core && s.code == b) return s;
        return null;
    }

    /** The component (non-core) sort with {@code sort} byte {@code b}, or null ({@code 0x00} is the core prefix). */
    public static Sort componentSort(int b) {
        for (Sort s : values()) if (!s.core && s.code == b) return s;
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
