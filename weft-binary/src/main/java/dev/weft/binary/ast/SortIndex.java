package dev.weft.binary.ast;

/** {@code sortidx} / {@code core:sortidx}: an index into the index space of {@code sort}. */
public record SortIndex(Sort sort, int index) {
    @Override
    public String toString() {
        return "(" + sort + " " + index + ")";
    }
}
