package dev.weft.runtime.value;

import dev.weft.types.FixedListType;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code list<t>} or a fixed-length {@code list<t, n>}. A list of {@code u8} is always held as a
 * {@code byte[]} of its own (copied in, never handed out: {@link #bytes()} is a read-only view and
 * {@link #toByteArray()} a copy), so byte buffers cross the API without boxing; {@link #elements()}
 * still shows it as {@link U8} values. Immutable; equal lists have equal types and elements.
 *
 * <p>Two trusted doors skip the copies for large buffers (the runtime lifting and lowering a
 * {@code list<u8>} of a megabyte): {@link #wrapBytes} takes ownership of an array, and
 * {@link #writeBytesTo} lends the list's array to a {@link ByteSink} for one call.
 */
public final class ListValue implements Value {
    private final ValueType type;
    private final ValueType elementType;
    private final List<Value> elements;
    private final byte[] bytes;

    private ListValue(ValueType type, ValueType elementType, List<Value> elements, byte[] bytes) {
        this.type = type;
        this.elementType = elementType;
        this.elements = elements;
        this.bytes = bytes;
    }

    /** A {@code list<elementType>}; a {@code list<u8>} is packed into bytes. */
    public static ListValue of(ValueType elementType, List<? extends Value> elements) {
        ListType type = new ListType(elementType);
        return make(type, elementType, elements);
    }

    /** A {@code list<t, n>}; the number of elements must be {@code n}. */
    public static ListValue fixed(FixedListType type, List<? extends Value> elements) {
        if (elements.size() != type.length()) {
            throw new ValueTypeException("expected " + type.length() + " elements for " + Values.describe(type)
                    + ", found " + elements.size());
        }
        return make(type, type.element(), elements);
    }

    /** A {@code list<u8>} holding a copy of {@code bytes}. */
    public static ListValue ofBytes(byte[] bytes) {
        return new ListValue(new ListType(PrimitiveType.U8), PrimitiveType.U8, null, bytes.clone());
    }

    /** A {@code list<u8>} holding a copy of the remaining bytes of {@code buffer} (its position is unchanged). */
    public static ListValue ofBytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return new ListValue(new ListType(PrimitiveType.U8), PrimitiveType.U8, null, copy);
    }

    /**
     * A {@code list<u8>} holding {@code bytes} itself, without a copy: the list takes ownership, and
     * the caller must not modify the array afterwards (the list would change with it).
     */
    public static ListValue wrapBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new ListValue(new ListType(PrimitiveType.U8), PrimitiveType.U8, null, bytes);
    }

    private static ListValue make(ValueType type, ValueType elementType, List<? extends Value> elements) {
        Objects.requireNonNull(elementType, "elementType");
        for (int i = 0; i < elements.size(); i++) {
            Values.check(Objects.requireNonNull(elements.get(i), "element"), elementType, "element " + i);
        }
        if (elementType == PrimitiveType.U8) {
            byte[] bytes = new byte[elements.size()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = ((U8) elements.get(i)).bits();
            return new ListValue(type, elementType, null, bytes);
        }
        return new ListValue(type, elementType, List.copyOf(elements), null);
    }

    /** Packs already-checked bytes of a {@code list<u8, n>} or {@code list<u8>} (the parser's fast path). */
    static ListValue packedBytes(ValueType type, byte[] owned) {
        return new ListValue(type, PrimitiveType.U8, null, owned);
    }

    /** A {@link ListType} or a {@link FixedListType}. */
    @Override
    public ValueType type() {
        return type;
    }

    public ValueType elementType() {
        return elementType;
    }

    public int size() {
        return bytes != null ? bytes.length : elements.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public Value get(int index) {
        return bytes != null ? new U8(Byte.toUnsignedInt(bytes[index])) : elements.get(index);
    }

    /** The elements, unmodifiable (for a {@code list<u8>}, a view boxing each byte on access). */
    public List<Value> elements() {
        if (bytes == null) return elements;
        return Collections.unmodifiableList(new AbstractList<>() {
            @Override
            public Value get(int index) {
                return ListValue.this.get(index);
            }

            @Override
            public int size() {
                return bytes.length;
            }
        });
    }

    /** Whether this is a list of {@code u8} (held as bytes). */
    public boolean isBytes() {
        return bytes != null;
    }

    /** For a list of {@code u8}, a read-only view of its bytes; otherwise empty. */
    public Optional<ByteBuffer> bytes() {
        return bytes == null ? Optional.empty() : Optional.of(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    }

    /** Receives a range of a list's own bytes, which it must only read, and not keep past the call. */
    @FunctionalInterface
    public interface ByteSink {
        void write(byte[] bytes, int offset, int length);
    }

    /**
     * Hands the bytes of a list of {@code u8} to {@code sink} in one call, without copying them
     * (the sink sees the list's own array).
     *
     * @throws ValueTypeException for any other list
     */
    public void writeBytesTo(ByteSink sink) {
        if (bytes == null) throw new ValueTypeException("expected list<u8>, found " + Values.describe(type));
        sink.write(bytes, 0, bytes.length);
    }

    /** A copy of the bytes of a list of {@code u8}. @throws ValueTypeException for any other list */
    public byte[] toByteArray() {
        if (bytes == null) throw new ValueTypeException("expected list<u8>, found " + Values.describe(type));
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ListValue other) || !type.equals(other.type)) return false;
        return bytes != null ? Arrays.equals(bytes, other.bytes) : elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + (bytes != null ? Arrays.hashCode(bytes) : elements.hashCode());
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
