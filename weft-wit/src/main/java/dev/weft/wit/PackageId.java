package dev.weft.wit;

/** The index of a package in a {@link Resolve}. */
public record PackageId(int index) {
    @Override
    public String toString() {
        return "package#" + index;
    }
}
