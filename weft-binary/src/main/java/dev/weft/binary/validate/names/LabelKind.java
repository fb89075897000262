package dev.weft.binary.validate.names;

/**
 * What a kebab-case label names inside a type, with the two words wasmparser uses in its messages:
 * "{description} name `X` conflicts with previous {noun} name `x`".
 */
public enum LabelKind {
    RECORD_FIELD("record field", "field"),
    VARIANT_CASE("variant case", "case"),
    FLAG("flag", "flag"),
    ENUM_TAG("enum tag", "tag"),
    FUNCTION_PARAMETER("function parameter", "parameter");

    private final String description;
    private final String noun;

    LabelKind(String description, String noun) {
        this.description = description;
        this.noun = noun;
    }

    /** For example {@code "record field"}. */
    public String description() {
        return description;
    }

    /** For example {@code "field"} (as in "previous field name"). */
    public String noun() {
        return noun;
    }
}
