package dev.weft.runtime.resource;

import dev.weft.runtime.Trap;
import java.util.Arrays;
import java.util.Objects;

/**
 * The spec's <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#table-state">{@code Table}</a>:
 * the {@code handles} table of one component instance. Core code names its elements by {@code i32}
 * index. Index 0 is reserved (never allocated); removed indices go on a free list and are reused
 * last-in first-out, which is spec-normative, so guests may rely on the exact indices.
 *
 * <p>Elements are {@link HandleElement}s (resource handles) today; waitables, waitable sets and
 * error contexts will share the table, so it holds {@code Object}s and callers check the kind
 * (the spec's {@code isinstance} checks). Not thread-safe, like the instance it belongs to.
 */
public final class HandleTable {
    /** {@code Table.MAX_LENGTH}: 2^28 - 1, so that the high 4 bits of an index are free for guests. */
    public static final int MAX_LENGTH = (1 << 28) - 1;

    private final int maxLength;
    private Object[] array = new Object[16];
    private int length = 1; // array[0] is the reserved null
    private int[] free = new int[16];
    private int freeCount;

    public HandleTable() {
        this(MAX_LENGTH);
    }

    /** A table with a smaller limit, for tests of the full-table trap. */
    HandleTable(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * {@code Table.get(i)}: the element at {@code i}, read as an unsigned {@code i32}.
     *
     * @throws Trap {@code unknown handle index i} if {@code i} is out of bounds or free
     */
    public Object get(int i) {
        if (Integer.compareUnsigned(i, length) >= 0 || array[i] == null) {
            throw new Trap("unknown handle index " + Integer.toUnsignedString(i));
        }
        return array[i];
    }

    /**
     * {@code Table.add(e)}: stores {@code e} at the most recently freed index, or at a new one.
     *
     * @throws Trap if the table already has {@link #MAX_LENGTH} elements
     */
    public int add(Object e) {
        Objects.requireNonNull(e, "element");
        if (freeCount > 0) {
            int i = free[--freeCount];
            assert array[i] == null;
            array[i] = e;
            return i;
        }
        int i = length;
        if (i > maxLength) {
            throw new Trap("handle table is full: a component instance can hold at most " + maxLength + " handles");
        }
        if (i == array.length) {
            array = Arrays.copyOf(array, Math.min(array.length * 2, maxLength + 1));
        }
        array[i] = e;
        length++;
        return i;
    }

    /**
     * {@code Table.remove(i)}: takes the element out and frees its index.
     *
     * @throws Trap {@code unknown handle index i} as {@link #get}
     */
    public Object remove(int i) {
        Object e = get(i);
        array[i] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = i;
        return e;
    }

    /** How many elements the table holds. */
    public int size() {
        return length - 1 - freeCount;
    }

    @Override
    public String toString() {
        return "handle table (" + size() + " elements)";
    }
}
