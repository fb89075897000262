package dev.weft.runtime.value;

/**
 * An opaque reference to something the runtime keeps on the value's behalf: a resource, a stream or
 * future end, an error context. The runtime implements it (a table index, a host object); the value
 * model only carries it, compares it with {@code equals} and shows it with {@code toString}.
 */
public interface Handle {
}
