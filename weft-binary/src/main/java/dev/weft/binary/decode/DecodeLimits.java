package dev.weft.binary.decode;

/**
 * The decoding limits, taken from wasmparser's {@code limits.rs} so that Weft rejects what
 * wasm-tools rejects, plus a nesting limit of our own: components and component/instance types nest
 * recursively in the binary, and hostile input must get an error, not a {@link StackOverflowError}.
 */
final class DecodeLimits {
    private DecodeLimits() {}

    static final int MAX_STRING_SIZE = 100_000;
    static final int MAX_TYPES = 1_000_000;
    static final int MAX_SUPERTYPES = 1;
    static final int MAX_FUNCTIONS = 1_000_000;
    static final int MAX_IMPORTS = 1_000_000;
    static final int MAX_EXPORTS = 1_000_000;
    static final int MAX_GLOBALS = 1_000_000;
    static final int MAX_TABLES = 100;
    static final int MAX_MEMORIES = 100;
    static final int MAX_TAGS = 1_000_000;
    static final int MAX_FUNCTION_PARAMS = 1000;
    static final int MAX_FUNCTION_RETURNS = 1000;
    static final int MAX_STRUCT_FIELDS = 10_000;

    static final int MAX_MODULE_TYPE_DECLS = 100_000;
    static final int MAX_COMPONENT_TYPE_DECLS = 100_000;
    static final int MAX_INSTANCE_TYPE_DECLS = 100_000;
    static final int MAX_RECORD_FIELDS = 10_000;
    static final int MAX_VARIANT_CASES = 10_000;
    static final int MAX_TUPLE_TYPES = 10_000;
    static final int MAX_FLAG_NAMES = 1_000;
    static final int MAX_ENUM_CASES = 10_000;
    static final int MAX_INSTANTIATION_EXPORTS = 100_000;
    static final int MAX_INSTANTIATION_ARGS = 100_000;
    static final int MAX_CANONICAL_OPTIONS = 10;
    static final int MAX_START_ARGS = 1000;
    /** Attributes of one {@code nameattributes} (there are three kinds; a few duplicates are a validation matter). */
    static final int MAX_NAME_ATTRIBUTES = 100;

    /**
     * How deeply components (section 4) and component/instance types may nest, counted together.
     * Real components nest a handful of levels; 100 keeps recursion far from the default thread stack.
     */
    static final int MAX_NESTING_DEPTH = 100;
}
