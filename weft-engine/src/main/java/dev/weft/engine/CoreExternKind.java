package dev.weft.engine;

/** The kinds of core external values (<a href="https://webassembly.github.io/spec/core/syntax/types.html#external-types">spec</a>). */
public enum CoreExternKind {
    FUNC("func"),
    TABLE("table"),
    MEMORY("memory"),
    GLOBAL("global"),
    TAG("tag");

    private final String text;

    CoreExternKind(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
