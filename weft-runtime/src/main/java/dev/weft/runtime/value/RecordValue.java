package dev.weft.runtime.value;

import dev.weft.types.Field;
import dev.weft.types.RecordType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A {@code record}: one value per field of its type, in the type's field order. */
public record RecordValue(RecordType type, List<Value> values) implements Value {
    /** @throws ValueTypeException if the values do not match the fields by count and type */
    public RecordValue {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        List<Field> fields = type.fields();
        if (values.size() != fields.size()) {
            throw new ValueTypeException("expected " + fields.size() + " field values for " + Values.describe(type)
                    + ", found " + values.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            Values.check(values.get(i), fields.get(i).type(), "field `" + fields.get(i).name() + "`");
        }
    }

    /** The record whose fields are given by name, in any order; every field must be given, no other. */
    public static RecordValue of(RecordType type, Map<String, ? extends Value> fields) {
        List<Field> declared = type.fields();
        for (String name : fields.keySet()) {
            if (declared.stream().noneMatch(f -> f.name().equals(name))) {
                throw new ValueTypeException("unknown field `" + name + "` for " + Values.describe(type));
            }
        }
        List<Value> values = declared.stream().map(f -> {
            Value v = fields.get(f.name());
            if (v == null) throw new ValueTypeException("missing field `" + f.name() + "` (" + f.type().wit() + ")");
            return v;
        }).toList();
        return new RecordValue(type, values);
    }

    /** The value of the field {@code name}. @throws ValueTypeException if there is no such field */
    public Value get(String name) {
        List<Field> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) return values.get(i);
        }
        throw new ValueTypeException("no field `" + name + "` in " + Values.describe(type) + "; fields are "
                + fields.stream().map(Field::name).collect(Collectors.joining(", ")));
    }

    /** The fields by name, in declaration order (unmodifiable). */
    public Map<String, Value> fields() {
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) map.put(type.fields().get(i).name(), values.get(i));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
