package dev.weft.wit;

/** The index of a interface in a {@link Resolve}. */
public record InterfaceId(int index) {
    @Override
    public String toString() {
        return "interface#" + index;
    }
}
