package dev.weft.runtime.value;

import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Checking values against types. A value matches a type when its own {@link Value#type()} is equal
 * to it (types are records, so equal structures are equal; resources compare by identity). On a
 * mismatch the message names the innermost place that differs, e.g.
 * {@code expected f64, found string at param `points`, element 0, field `x`}.
 */
public final class Values {
    private static final int MAX_TYPE_TEXT = 60;

    private Values() {
    }

    /** Whether {@code value} is a value of {@code type}. */
    public static boolean matches(Value value, ValueType type) {
        ValueType actual = value.type();
        return actual == type || actual.equals(type);
    }

    /** @throws ValueTypeException if {@code value} is not of {@code type} */
    public static void check(Value value, ValueType type) {
        check(value, type, "");
    }

    /**
     * @param where what the value is, for the message ({@code "param `a`"}), or empty
     * @throws ValueTypeException if {@code value} is not of {@code type}
     */
    public static void check(Value value, ValueType type, String where) {
        if (matches(value, type)) return;
        throw new ValueTypeException(mismatch(value, type, where));
    }

    /** Checks a call's arguments against the function's parameters, by count and then one by one. */
    public static void checkArguments(FuncType func, List<? extends Value> arguments) {
        List<Field> params = func.params();
        if (arguments.size() != params.size()) {
            throw new ValueTypeException("expected " + params.size() + " argument" + (params.size() == 1 ? "" : "s") + " "
                    + params.stream().map(Field::toString).collect(Collectors.joining(", ", "(", ")")) + ", got " + arguments.size());
        }
        for (int i = 0; i < params.size(); i++) {
            Value value = arguments.get(i);
            ValueType type = params.get(i).type();
            if (!matches(value, type)) {
                throw new ValueTypeException(mismatch(value, type, "param `" + params.get(i).name() + "`"));
            }
        }
    }

    /** Checks a function's result (empty for a function without one). */
    public static void checkResult(FuncType func, Optional<? extends Value> result) {
        if (func.result().isPresent() && result.isEmpty()) {
            throw new ValueTypeException("expected a result of type " + describe(func.result().get()) + ", found none");
        }
        if (func.result().isEmpty() && result.isPresent()) {
            throw new ValueTypeException("expected no result, found " + result.get());
        }
        result.ifPresent(r -> check(r, func.result().orElseThrow(), "the result"));
    }

    /** A type for a message: its WIT text, shortened when long. */
    static String describe(ValueType type) {
        String wit = type.wit();
        return wit.length() <= MAX_TYPE_TEXT ? wit : wit.substring(0, MAX_TYPE_TEXT - 3) + "...";
    }

    private static String mismatch(Value value, ValueType type, String path) {
        if (matches(value, type)) return null;
        String inner = innerMismatch(value, type, path);
        if (inner != null) return inner;
        return "expected " + describe(type) + ", found " + describe(value.type()) + (path.isEmpty() ? "" : " at " + path);
    }

    /** The mismatch inside a value whose outer shape fits {@code type}, or null to report it here. */
    private static String innerMismatch(Value value, ValueType type, String path) {
        return switch (type) {
            case RecordType r when value instanceof RecordValue v && sameNames(r, v.type()) ->
                    firstOf(v.values(), r.fields().stream().map(Field::type).toList(), path, i -> "field `" + r.fields().get(i).name() + "`");
            case TupleType t when value instanceof TupleValue v && v.values().size() == t.types().size() ->
                    firstOf(v.values(), t.types(), path, i -> "element " + i);
            case ListType l when value instanceof ListValue v && v.type() instanceof ListType ->
                    firstOf(v.elements(), Collections.nCopies(v.size(), l.element()), path, i -> "element " + i);
            case FixedListType l when value instanceof ListValue v && v.size() == l.length() ->
                    firstOf(v.elements(), Collections.nCopies(v.size(), l.element()), path, i -> "element " + i);
            case OptionType o when value instanceof OptionValue v && v.value().isPresent() ->
                    mismatch(v.value().get(), o.type(), join(path, "`some` payload"));
            case ResultType r when value instanceof ResultValue v && v.payload().isPresent()
                    && (v.isOk() ? r.ok() : r.err()).isPresent() ->
                    mismatch(v.payload().get(), (v.isOk() ? r.ok() : r.err()).get(), join(path, v.isOk() ? "`ok` payload" : "`err` payload"));
            case VariantType t when value instanceof VariantValue v && sameCases(t, v.type()) && v.payload().isPresent() ->
                    mismatch(v.payload().get(), t.cases().get(v.caseIndex()).type().orElseThrow(),
                            join(path, "case `" + v.caseName() + "` payload"));
            case MapType m when value instanceof MapValue v -> mapMismatch(v, m, path);
            default -> null;
        };
    }

    private static String firstOf(List<Value> values, List<ValueType> types, String path,
                                  IntFunction<String> segment) {
        for (int i = 0; i < values.size(); i++) {
            if (!matches(values.get(i), types.get(i))) return mismatch(values.get(i), types.get(i), join(path, segment.apply(i)));
        }
        return null;
    }

    private static String mapMismatch(MapValue value, MapType type, String path) {
        List<MapValue.Entry> entries = value.entries();
        for (int i = 0; i < entries.size(); i++) {
            MapValue.Entry e = entries.get(i);
            if (!matches(e.key(), type.key())) return mismatch(e.key(), type.key(), join(path, "key " + i));
            if (!matches(e.value(), type.value())) return mismatch(e.value(), type.value(), join(path, "value " + i));
        }
        return null;
    }

    private static boolean sameNames(RecordType a, RecordType b) {
        return a.fields().stream().map(Field::name).toList().equals(b.fields().stream().map(Field::name).toList());
    }

    private static boolean sameCases(VariantType a, VariantType b) {
        return a.cases().stream().map(c -> c.name() + c.type().isPresent()).toList()
                .equals(b.cases().stream().map(c -> c.name() + c.type().isPresent()).toList());
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + ", " + segment;
    }
}
