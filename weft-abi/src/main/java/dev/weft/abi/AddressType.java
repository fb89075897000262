package dev.weft.abi;

/**
 * The address type of a linear memory ({@code ptr_type} in the spec): {@code i32}, or {@code i64}
 * with 🐘 64-bit memories. Decides the size of pointers and the core type they flatten to.
 */
public enum AddressType {
    I32(4, FlatType.I32),
    I64(8, FlatType.I64);

    private final int size;
    private final FlatType flatType;

    AddressType(int size, FlatType flatType) {
        this.size = size;
        this.flatType = flatType;
    }

    /** {@code ptr_size(ptr_type)}: 4 or 8 bytes. */
    public int ptrSize() {
        return size;
    }

    /** The core type of a pointer: {@code i32} or {@code i64}. */
    public FlatType flatType() {
        return flatType;
    }
}
