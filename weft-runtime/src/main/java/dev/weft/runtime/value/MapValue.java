package dev.weft.runtime.value;

import dev.weft.types.MapType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code map<k, v>}: entries with distinct keys, kept in the order given (equality ignores the
 * order, as for any {@link Map}).
 */
public record MapValue(MapType type, Map<Value, Value> entries) implements Value {
    /** @throws ValueTypeException if a key or value is not of the map's key or value type */
    public MapValue {
        Objects.requireNonNull(type, "type");
        Map<Value, Value> copy = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<Value, Value> e : entries.entrySet()) {
            Values.check(Objects.requireNonNull(e.getKey(), "key"), type.key(), "key " + i);
            Values.check(Objects.requireNonNull(e.getValue(), "value"), type.value(), "value " + i);
            copy.put(e.getKey(), e.getValue());
            i++;
        }
        entries = Collections.unmodifiableMap(copy);
    }

    public Optional<Value> get(Value key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
