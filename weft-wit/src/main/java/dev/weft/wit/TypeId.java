package dev.weft.wit;

/** The index of a type in a {@link Resolve}. */
public record TypeId(int index) {
    @Override
    public String toString() {
        return "type#" + index;
    }
}
