package dev.weft.binary.validate.names;

/** Whether a name is an import's or an export's (the first word of wasmparser's messages). */
public enum ExternKind {
    IMPORT("import"),
    EXPORT("export");

    private final String description;

    ExternKind(String description) {
        this.description = description;
    }

    /** {@code "import"} or {@code "export"}. */
    public String description() {
        return description;
    }

    /** The kind whose {@link #description()} is {@code description}. */
    public static ExternKind of(String description) {
        return switch (description) {
            case "import" -> IMPORT;
            case "export" -> EXPORT;
            default -> throw new IllegalArgumentException("not an extern kind: " + description);
        };
    }
}
