package dev.weft.runtime.value;

import dev.weft.types.MapType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code map<k, v>}: an ordered list of {@link Entry key-value entries}, as the canonical ABI
 * carries it ({@code list<tuple<k, v>>}). A map lifted from a component keeps whatever its list
 * held, repeated keys included, so {@code [("k", 1), ("k", 2)]} passes through unchanged.
 * Equality is that of the lists: same entries in the same order.
 */
public record MapValue(MapType type, List<Entry> entries) implements Value {
    /** One key and its value. */
    public record Entry(Value key, Value value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** @throws ValueTypeException if a key or value is not of the map's key or value type */
    public MapValue {
        Objects.requireNonNull(type, "type");
        entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Values.check(e.key(), type.key(), "key " + i);
            Values.check(e.value(), type.value(), "value " + i);
        }
    }

    /** The entries of {@code entries}, in its iteration order (so no repeated keys). */
    public static MapValue of(MapType type, Map<? extends Value, ? extends Value> entries) {
        List<Entry> list = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> list.add(new Entry(k, v)));
        return new MapValue(type, list);
    }

    /**
     * The value of the last entry whose key is {@code key}: the one a Java {@code Map} built from
     * the entries in order would keep. A linear search.
     */
    public Optional<Value> get(Value key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).key().equals(key)) return Optional.of(entries.get(i).value());
        }
        return Optional.empty();
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
