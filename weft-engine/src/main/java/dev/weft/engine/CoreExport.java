package dev.weft.engine;

/** One export of a core module: its name and type (as declared; an instance's values may have grown). */
public record CoreExport(String name, CoreExternType type) {
    public CoreExternKind kind() {
        return type.kind();
    }

    @Override
    public String toString() {
        return "(export \"" + name + "\" " + type + ")";
    }
}
