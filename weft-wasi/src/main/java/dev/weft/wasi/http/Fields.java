package dev.weft.wasi.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The host side of a {@code fields} resource ({@code headers}, {@code trailers}): name/value entries
 * in the order they were added, names compared without case (kept in lower case, as HTTP/2 and
 * Wasmtime do). Mutable when the guest made it ({@code constructor}, {@code from-list},
 * {@code clone}); an immutable view once a request or response owns the entries (their
 * {@code headers()}): then {@code set}, {@code append} and {@code delete} fail with
 * {@code immutable}.
 *
 * <p>Errors, in Wasmtime's order: a name that is not a token or a value with control characters is
 * {@code invalid-syntax}; a {@linkplain FieldRules#FORBIDDEN forbidden} name {@code forbidden}; a
 * change to immutable fields {@code immutable}. {@code get} and {@code has} of an invalid name
 * answer nothing.
 */
final class Fields {
    /** One entry; the value is not copied (callers do not change it). */
    record Entry(String name, byte[] value) {
        Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Entry> entries;
    private final boolean mutable;

    private Fields(List<Entry> entries, boolean mutable) {
        this.entries = entries;
        this.mutable = mutable;
    }

    /** New, empty, mutable fields. */
    static Fields create() {
        return new Fields(new ArrayList<>(), true);
    }

    /** Mutable fields holding {@code entries}, each checked. */
    static Fields fromList(List<Entry> entries) {
        Fields f = create();
        for (Entry e : entries) {
            String name = checkName(e.name());
            checkValue(name, e.value());
            f.entries.add(new Entry(name, e.value()));
        }
        return f;
    }

    /** Immutable fields of entries the host received (a response's headers): only their syntax is checked. */
    static Fields received(List<Entry> entries) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (FieldRules.isValidName(e.name()) && FieldRules.isValidValue(e.value())) {
                out.add(new Entry(FieldRules.canonical(e.name()), e.value()));
            }
        }
        return new Fields(Collections.unmodifiableList(out), false);
    }

    boolean isMutable() {
        return mutable;
    }

    /** {@code get}: the values of {@code name}, in order; none for an invalid name. */
    synchronized List<byte[]> get(String name) {
        if (!FieldRules.isValidName(name)) return List.of();
        String key = FieldRules.canonical(name);
        List<byte[]> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().equals(key)) out.add(e.value());
        }
        return out;
    }

    /** {@code has}. */
    boolean has(String name) {
        return !get(name).isEmpty();
    }

    /** {@code set}: replaces every value of {@code name} by {@code values} (where the first one was). */
    synchronized void set(String name, List<byte[]> values) {
        String key = checkName(name);
        for (byte[] v : values) checkValue(key, v);
        checkMutable("set");
        int at = indexOf(key);
        entries.removeIf(e -> e.name().equals(key));
        int insert = at < 0 ? entries.size() : at;
        for (byte[] v : values) entries.add(insert++, new Entry(key, v));
    }

    /** {@code delete}: removes every value of {@code name}. */
    synchronized void delete(String name) {
        String key = checkName(name);
        checkMutable("delete");
        entries.removeIf(e -> e.name().equals(key));
    }

    /** {@code append}: adds a value of {@code name} at the end. */
    synchronized void append(String name, byte[] value) {
        String key = checkName(name);
        checkValue(key, value);
        checkMutable("append");
        entries.add(new Entry(key, value));
    }

    /** {@code entries}: every entry, in order (a snapshot). */
    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** {@code clone}: a mutable copy. */
    synchronized Fields copy() {
        return new Fields(new ArrayList<>(entries), true);
    }

    /**
     * The entries as a request or response owns them: a fresh immutable snapshot (the guest's handle
     * to these fields went to the host with the constructor).
     */
    synchronized Fields freeze() {
        return new Fields(Collections.unmodifiableList(new ArrayList<>(entries)), false);
    }

    private int indexOf(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(key)) return i;
        }
        return -1;
    }

    private void checkMutable(String operation) {
        if (!mutable) {
            throw HeaderError.IMMUTABLE.exception("fields." + operation + ": these fields belong to a request or response");
        }
    }

    private static String checkName(String name) {
        if (!FieldRules.isValidName(name)) throw HeaderError.INVALID_SYNTAX.exception("not a field name: `" + name + "`");
        if (FieldRules.isForbidden(name)) throw HeaderError.FORBIDDEN.exception("the host manages `" + name + "`");
        return FieldRules.canonical(name);
    }

    private static void checkValue(String name, byte[] value) {
        if (!FieldRules.isValidValue(value)) {
            throw HeaderError.INVALID_SYNTAX.exception("the value of `" + name + "` holds control characters");
        }
    }
}
