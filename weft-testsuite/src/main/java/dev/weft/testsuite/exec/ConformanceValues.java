package dev.weft.testsuite.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.testsuite.WastFormatException;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of the conformance JSON ({@code ../shared/README.md}: {@code {"type": "u32", "value": "5"}},
 * {@code {"type": "record", "fields": [[name, v], ...]}}, ...) as runtime {@link Value}s, typed by the
 * function they go to or come from: the JSON says which kind of value it is, the function's
 * {@link FuncType} supplies the rest (a record's field types, a variant's cases).
 *
 * <p>Two kinds of failure, both naming the place ({@code argument 0, field `x`}):
 * <ul>
 *   <li>{@link WastFormatException}: the JSON is not a conformance value (no {@code type}, a number
 *       that is not a literal), a fault of the conformance file;</li>
 *   <li>{@link ValueTypeException}: a well-formed value that does not fit the type (a {@code string}
 *       where the function takes a {@code u32}, an unknown case): the test and the component's type
 *       disagree.</li>
 * </ul>
 */
public final class ConformanceValues {
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ConformanceValues() {}

    /** The arguments of an invoke ({@code args}, a JSON array) for a call of a function of type {@code func}. */
    public static List<Value> arguments(JsonNode args, FuncType func) {
        List<JsonNode> nodes = elements(args, "args");
        List<Field> params = func.params();
        if (nodes.size() != params.size()) {
            throw new ValueTypeException("the function takes " + count(params.size()) + " " + func.wit()
                    + ", the test passes " + nodes.size());
        }
        List<Value> values = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            values.add(value(nodes.get(i), params.get(i).type(), "argument " + i + " (`" + params.get(i).name() + "`)"));
        }
        return values;
    }

    /**
     * The expected result of an {@code assert_return} ({@code expected}, a JSON array of zero or one
     * value: a component function has at most one result) for a function of type {@code func}.
     */
    public static Optional<Value> expected(JsonNode expected, FuncType func) {
        List<JsonNode> nodes = elements(expected, "expected");
        if (nodes.size() > 1) {
            throw new ValueTypeException("the test expects " + nodes.size()
                    + " results; a component function has at most one (" + func.wit() + ")");
        }
        if (nodes.isEmpty()) {
            if (func.result().isPresent()) {
                throw new ValueTypeException("the test expects no result; the function returns " + func.result().get().wit());
            }
            return Optional.empty();
        }
        ValueType result = func.result().orElseThrow(() -> new ValueTypeException(
                "the test expects a result; the function returns none (" + func.wit() + ")"));
        return Optional.of(value(nodes.get(0), result, "the result"));
    }

    /**
     * One JSON value as a {@link Value} of {@code type}.
     *
     * @param where what the value is, for messages ({@code "argument 0"})
     */
    public static Value value(JsonNode node, ValueType type, String where) {
        String kind = kind(node, where);
        try {
            return switch (type) {
                case PrimitiveType p -> primitive(node, kind, p, where);
                case RecordType r -> record(expect(node, kind, "record", r, where), r, where);
                case VariantType v -> variant(expect(node, kind, "variant", v, where), v, where);
                case ListType l -> Value.list(l.element(), items(expect(node, kind, "list", l, where), l.element(), where));
                case FixedListType l -> Value.fixedList(l, items(expect(node, kind, "list", l, where), l.element(), where));
                case TupleType t -> tuple(expect(node, kind, "tuple", t, where), t, where);
                case EnumType e -> Value.enumCase(e, text(expect(node, kind, "enum", e, where), "value", where));
                case FlagsType f -> flags(expect(node, kind, "flags", f, where), f, where);
                case OptionType o -> option(expect(node, kind, "option", o, where), o, where);
                case ResultType r -> result(expect(node, kind, "result", r, where), r, where);
                default -> throw new ValueTypeException(where + ": the conformance JSON has no form for "
                        + type.wit() + " (found " + kind + ")");
            };
        } catch (ValueTypeException e) {
            throw e.getMessage().startsWith(where) ? e : new ValueTypeException(where + ": " + e.getMessage());
        }
    }

    private static Value primitive(JsonNode node, String kind, PrimitiveType type, String where) {
        expect(node, kind, type.wit(), type, where);
        if (type == PrimitiveType.BOOL) {
            JsonNode v = node.get("value");
            if (v == null || !v.isBoolean()) throw malformed(where, "a bool needs a boolean `value`");
            return Value.bool(v.booleanValue());
        }
        String text = text(node, "value", where);
        try {
            return switch (type) {
                case S8 -> Value.s8(integer(text, type, -(1L << 7), (1L << 7) - 1).intValue());
                case U8 -> Value.u8(integer(text, type, 0, (1L << 8) - 1).intValue());
                case S16 -> Value.s16(integer(text, type, -(1L << 15), (1L << 15) - 1).intValue());
                case U16 -> Value.u16(integer(text, type, 0, (1L << 16) - 1).intValue());
                case S32 -> Value.s32(integer(text, type, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue());
                case U32 -> Value.u32(integer(text, type, 0, (1L << 32) - 1).longValue());
                case S64 -> Value.s64(integer(text, type, Long.MIN_VALUE, Long.MAX_VALUE).longValue());
                case U64 -> Value.u64(WastNumbers.integer(text, "u64", BigInteger.ZERO, U64_MAX));
                case F32 -> Value.f32(WastNumbers.f32(text));
                case F64 -> Value.f64(WastNumbers.f64(text));
                case CHAR -> character(text, where);
                case STRING -> Value.string(text);
                case BOOL, ERROR_CONTEXT -> throw new ValueTypeException(where + ": the conformance JSON has no form for " + type.wit());
            };
        } catch (NumberFormatException e) {
            throw malformed(where, e.getMessage());
        }
    }

    private static BigInteger integer(String text, PrimitiveType type, long min, long max) {
        return WastNumbers.integer(text, type.wit(), BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    private static Value character(String text, String where) {
        if (text.codePointCount(0, text.length()) != 1) {
            throw malformed(where, "a char needs exactly one character, found \"" + text + "\"");
        }
        return Value.character(text.codePointAt(0));
    }

    private static Value record(JsonNode node, RecordType type, String where) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (JsonNode pair : elements(node.get("fields"), where + ": `fields`")) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual()) {
                throw malformed(where, "a record field must be [name, value], found " + pair);
            }
            String name = pair.get(0).textValue();
            ValueType fieldType = type.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                    .map(Field::type)
                    .orElseThrow(() -> new ValueTypeException(where + ": unknown field `" + name + "` for " + type.wit()));
            if (fields.put(name, value(pair.get(1), fieldType, where + ", field `" + name + "`")) != null) {
                throw malformed(where, "field `" + name + "` given twice");
            }
        }
        return Value.record(type, fields);
    }

    private static Value variant(JsonNode node, VariantType type, String where) {
        String name = text(node, "case", where);
        Case c = type.cases().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new ValueTypeException(where + ": unknown case `" + name + "` for " + type.wit()));
        Optional<JsonNode> payload = optional(node, "value");
        String inCase = where + ", case `" + name + "`";
        if (c.type().isEmpty()) {
            if (payload.isPresent()) throw new ValueTypeException(inCase + ": has no payload, the test gives one");
            return Value.variant(type, name);
        }
        JsonNode given = payload.orElseThrow(() ->
                new ValueTypeException(inCase + ": needs a payload of type " + c.type().get().wit() + ", the test gives none"));
        return Value.variant(type, name, value(given, c.type().get(), inCase));
    }

    private static List<Value> items(JsonNode node, ValueType element, String where) {
        List<JsonNode> nodes = elements(node.get("elements"), where + ": `elements`");
        List<Value> values = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            values.add(value(nodes.get(i), element, where + ", element " + i));
        }
        return values;
    }

    private static Value tuple(JsonNode node, TupleType type, String where) {
        List<JsonNode> nodes = elements(node.get("elements"), where + ": `elements`");
        if (nodes.size() != type.types().size()) {
            throw new ValueTypeException(where + ": " + type.wit() + " has " + type.types().size()
                    + " elements, the test gives " + nodes.size());
        }
        List<Value> values = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            values.add(value(nodes.get(i), type.types().get(i), where + ", element " + i));
        }
        return Value.tuple(type, values);
    }

    private static Value flags(JsonNode node, FlagsType type, String where) {
        Set<String> on = new LinkedHashSet<>();
        for (JsonNode flag : elements(node.get("value"), where + ": `value`")) {
            if (!flag.isTextual()) throw malformed(where, "a flag must be a string, found " + flag);
            if (!on.add(flag.textValue())) throw malformed(where, "flag `" + flag.textValue() + "` given twice");
        }
        return Value.flags(type, on);
    }

    private static Value option(JsonNode node, OptionType type, String where) {
        Optional<JsonNode> payload = optional(node, "value");
        return Value.option(type, payload.map(p -> value(p, type.type(), where + ", `some` payload")));
    }

    private static Value result(JsonNode node, ResultType type, String where) {
        JsonNode ok = node.get("ok");
        if (ok == null || !ok.isBoolean()) throw malformed(where, "a result needs a boolean `ok`");
        boolean isOk = ok.booleanValue();
        String side = isOk ? "ok" : "err";
        Optional<ValueType> sideType = isOk ? type.ok() : type.err();
        Optional<JsonNode> payload = optional(node, "value");
        String inSide = where + ", `" + side + "` payload";
        if (sideType.isPresent() != payload.isPresent()) {
            throw new ValueTypeException(where + ": `" + side + "` of " + type.wit()
                    + (sideType.isPresent() ? " needs a payload, the test gives none" : " has no payload, the test gives one"));
        }
        if (payload.isEmpty()) {
            return isOk ? Value.ok(type) : Value.err(type);
        }
        Value v = value(payload.get(), sideType.get(), inSide);
        return isOk ? Value.ok(type, v) : Value.err(type, v);
    }

    /** The {@code type} of a JSON value. */
    private static String kind(JsonNode node, String where) {
        if (node == null || !node.isObject()) throw malformed(where, "a value must be a JSON object, found " + node);
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) throw malformed(where, "a value needs a string `type`, found " + node);
        return type.textValue();
    }

    private static JsonNode expect(JsonNode node, String kind, String wanted, ValueType type, String where) {
        if (!kind.equals(wanted)) {
            throw new ValueTypeException(where + ": expected " + type.wit() + ", the test gives a " + kind + " ("
                    + JsonValues.wave(node) + ")");
        }
        return node;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) throw malformed(where, "`" + field + "` must be a string, found " + v);
        return v.textValue();
    }

    private static Optional<JsonNode> optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    private static List<JsonNode> elements(JsonNode array, String where) {
        if (array == null || !array.isArray()) throw malformed(where, "expected a JSON array, found " + array);
        List<JsonNode> nodes = new ArrayList<>(array.size());
        array.forEach(nodes::add);
        return nodes;
    }

    private static WastFormatException malformed(String where, String message) {
        return new WastFormatException(where + ": " + message);
    }

    private static String count(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
