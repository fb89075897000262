package dev.weft.engine;

/** One import of a core module: its two-level name and the type it requires. */
public record CoreImport(String module, String name, CoreExternType type) {
    public CoreExternKind kind() {
        return type.kind();
    }

    @Override
    public String toString() {
        return "(import \"" + module + "\" \"" + name + "\" " + type + ")";
    }
}
