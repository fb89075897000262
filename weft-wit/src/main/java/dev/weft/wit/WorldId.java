package dev.weft.wit;

/** The index of a world in a {@link Resolve}. */
public record WorldId(int index) {
    @Override
    public String toString() {
        return "world#" + index;
    }
}
