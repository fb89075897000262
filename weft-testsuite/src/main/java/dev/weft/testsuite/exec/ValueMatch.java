package dev.weft.testsuite.exec;

import dev.weft.runtime.value.F32;
import dev.weft.runtime.value.F64;
import dev.weft.runtime.value.FlagsValue;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.MapValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.runtime.value.Wave;
import dev.weft.types.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a function returned what an {@code assert_return} expects, as Wasmtime's wast runner
 * judges it ({@code match_val} in {@code crates/wast/src/component.rs}): structurally, value by
 * value, names included (record fields, cases, flags), types not compared beyond the kind of value.
 *
 * <p>Floats: every NaN matches every NaN, whatever its sign and payload (the Component Model does
 * not promise to keep NaN payloads across a call, and {@code nan:canonical} / {@code nan:arithmetic}
 * patterns arrive here as NaNs); every other float must be the same bits, so {@code -0} does not
 * match {@code 0}.
 *
 * <p>A mismatch is described at its innermost place, in WAVE syntax:
 * {@code at field `b`, element 2: expected 7, found 8}.
 */
public final class ValueMatch {
    private ValueMatch() {}

    /** Empty when {@code actual} matches {@code expected}; otherwise where and how they differ. */
    public static Optional<String> difference(Optional<Value> expected, Optional<Value> actual) {
        if (expected.isEmpty() && actual.isEmpty()) return Optional.empty();
        if (expected.isEmpty()) return Optional.of("expected no result, found " + Wave.print(actual.get()));
        if (actual.isEmpty()) return Optional.of("expected " + Wave.print(expected.get()) + ", found no result");
        return difference(expected.get(), actual.get());
    }

    /** Empty when {@code actual} matches {@code expected}; otherwise where and how they differ. */
    public static Optional<String> difference(Value expected, Value actual) {
        return Optional.ofNullable(differ(expected, actual, ""));
    }

    /** Whether {@code actual} matches {@code expected}. */
    public static boolean matches(Value expected, Value actual) {
        return differ(expected, actual, "") == null;
    }

    /** The difference at or below {@code path}, or null when they match. */
    private static String differ(Value expected, Value actual, String path) {
        if (expected.getClass() != actual.getClass()) {
            return at(path) + "expected " + describe(expected) + ", found " + describe(actual);
        }
        return switch (expected) {
            case F32 e -> sameF32(e.value(), ((F32) actual).value()) ? null : here(expected, actual, path);
            case F64 e -> sameF64(e.value(), ((F64) actual).value()) ? null : here(expected, actual, path);
            case ListValue e -> sequence(e.elements(), ((ListValue) actual).elements(), path, "element ", expected, actual);
            case TupleValue e -> sequence(e.values(), ((TupleValue) actual).values(), path, "element ", expected, actual);
            case RecordValue e -> record(e, (RecordValue) actual, path);
            case VariantValue e -> payload(e.caseName(), e.payload(), ((VariantValue) actual).caseName(),
                    ((VariantValue) actual).payload(), path, expected, actual);
            case OptionValue e -> payload(e.isSome() ? "some" : "none", e.value(),
                    ((OptionValue) actual).isSome() ? "some" : "none", ((OptionValue) actual).value(), path, expected, actual);
            case ResultValue e -> payload(e.isOk() ? "ok" : "err", e.payload(),
                    ((ResultValue) actual).isOk() ? "ok" : "err", ((ResultValue) actual).payload(), path, expected, actual);
            case FlagsValue e -> e.flags().equals(((FlagsValue) actual).flags()) ? null : here(expected, actual, path);
            case MapValue e -> map(e, (MapValue) actual, path);
            // scalars (bool, integers, char, string), enums, handles: their own equality
            default -> expected.equals(actual) ? null : here(expected, actual, path);
        };
    }

    /** NaN matches NaN; otherwise the same bits. */
    static boolean sameF32(float expected, float actual) {
        if (Float.isNaN(expected)) return Float.isNaN(actual);
        return Float.floatToRawIntBits(expected) == Float.floatToRawIntBits(actual);
    }

    /** NaN matches NaN; otherwise the same bits. */
    static boolean sameF64(double expected, double actual) {
        if (Double.isNaN(expected)) return Double.isNaN(actual);
        return Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
    }

    private static String sequence(List<Value> expected, List<Value> actual, String path, String segment,
                                   Value whole, Value wholeActual) {
        if (expected.size() != actual.size()) {
            return at(path) + "expected " + expected.size() + " elements " + Wave.print(whole) + ", found "
                    + actual.size() + " " + Wave.print(wholeActual);
        }
        for (int i = 0; i < expected.size(); i++) {
            String d = differ(expected.get(i), actual.get(i), join(path, segment + i));
            if (d != null) return d;
        }
        return null;
    }

    private static String record(RecordValue expected, RecordValue actual, String path) {
        List<String> names = expected.type().fields().stream().map(Field::name).toList();
        List<String> actualNames = actual.type().fields().stream().map(Field::name).toList();
        if (!names.equals(actualNames)) {
            return at(path) + "expected a record with fields " + names + ", found one with " + actualNames;
        }
        for (int i = 0; i < names.size(); i++) {
            String d = differ(expected.values().get(i), actual.values().get(i), join(path, "field `" + names.get(i) + "`"));
            if (d != null) return d;
        }
        return null;
    }

    private static String payload(String label, Optional<Value> payload, String actualLabel, Optional<Value> actualPayload,
                                  String path, Value expected, Value actual) {
        if (!label.equals(actualLabel) || payload.isPresent() != actualPayload.isPresent()) {
            return here(expected, actual, path);
        }
        return payload.isEmpty() ? null : differ(payload.get(), actualPayload.get(), join(path, "`" + label + "` payload"));
    }

    private static String map(MapValue expected, MapValue actual, String path) {
        List<MapValue.Entry> e = expected.entries();
        List<MapValue.Entry> a = actual.entries();
        if (e.size() != a.size()) return here(expected, actual, path);
        for (int i = 0; i < e.size(); i++) {
            String d = differ(e.get(i).key(), a.get(i).key(), join(path, "key " + i));
            if (d == null) d = differ(e.get(i).value(), a.get(i).value(), join(path, "value " + i));
            if (d != null) return d;
        }
        return null;
    }

    private static String here(Value expected, Value actual, String path) {
        return at(path) + "expected " + Wave.print(expected) + ", found " + Wave.print(actual);
    }

    /** A value with its type, for a kind mismatch: {@code 5 (u32)}. */
    private static String describe(Value value) {
        return Wave.print(value) + " (" + value.type().wit() + ")";
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : "at " + path + ": ";
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + ", " + segment;
    }
}
