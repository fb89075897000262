package dev.weft.runtime.value;

import dev.weft.types.BorrowType;
import dev.weft.types.EnumType;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Component Model value: immutable, one record (or, for lists and strings, one final class) per
 * kind of {@link ValueType}, each knowing its own {@link #type()}. Construction checks every part
 * against the type and throws {@link ValueTypeException} when it does not fit, so a value is always
 * well-typed; {@link Values#check} checks one against an expected type (a parameter, say).
 *
 * <p>Integers are held in the narrowest Java type that reads as the value itself: {@code s8} in a
 * {@code byte} ... {@code s64} in a {@code long}, {@code u8} and {@code u16} in an {@code int},
 * {@code u32} in a {@code long}; {@code u64} alone holds its two's-complement bits in a {@code long}
 * (see {@link U64}). Floats compare by {@link Float#compare}: all NaNs are equal, {@code -0.0} is not
 * {@code 0.0}. {@code toString()} is the value in WAVE text ({@link Wave#print}).
 *
 * <p>The static methods here are the short way to build values: {@code Value.u32(5)},
 * {@code Value.string("hé")}, {@code Value.some(Value.u8(1))}, {@code Value.record(point, Map.of("x", ...))}.
 */
public sealed interface Value permits Bool, S8, U8, S16, U16, S32, U32, S64, U64, F32, F64, Char, Str,
        ListValue, RecordValue, TupleValue, VariantValue, EnumValue, OptionValue, ResultValue, FlagsValue,
        MapValue, OwnHandle, BorrowHandle, StreamValue, FutureValue, ErrorContextValue {

    /** The type of this value. */
    ValueType type();

    static Bool bool(boolean value) {
        return new Bool(value);
    }

    /** @throws ValueTypeException outside {@code [-128, 127]} */
    static S8 s8(int value) {
        if (value != (byte) value) throw ValueTypeException.outOfRange("s8", value);
        return new S8((byte) value);
    }

    /** @throws ValueTypeException outside {@code [0, 255]} */
    static U8 u8(int value) {
        return new U8(value);
    }

    /** @throws ValueTypeException outside {@code [-32768, 32767]} */
    static S16 s16(int value) {
        if (value != (short) value) throw ValueTypeException.outOfRange("s16", value);
        return new S16((short) value);
    }

    /** @throws ValueTypeException outside {@code [0, 65535]} */
    static U16 u16(int value) {
        return new U16(value);
    }

    static S32 s32(int value) {
        return new S32(value);
    }

    /** @throws ValueTypeException outside {@code [0, 2^32)} */
    static U32 u32(long value) {
        return new U32(value);
    }

    static S64 s64(long value) {
        return new S64(value);
    }

    /** The {@code u64} with these two's-complement bits ({@code -1} is 2^64 - 1). */
    static U64 u64(long bits) {
        return new U64(bits);
    }

    /** @throws ValueTypeException outside {@code [0, 2^64)} */
    static U64 u64(BigInteger value) {
        return U64.of(value);
    }

    static F32 f32(float value) {
        return new F32(value);
    }

    static F64 f64(double value) {
        return new F64(value);
    }

    /** @throws ValueTypeException if {@code codePoint} is not a Unicode scalar value */
    static Char character(int codePoint) {
        return new Char(codePoint);
    }

    /** @throws ValueTypeException if {@code value} holds an unpaired surrogate */
    static Str string(String value) {
        return new Str(value);
    }

    /** A {@code list<elementType>} of {@code elements}. */
    static ListValue list(ValueType elementType, List<? extends Value> elements) {
        return ListValue.of(elementType, elements);
    }

    /** A {@code list<elementType>} of {@code elements}. */
    static ListValue list(ValueType elementType, Value... elements) {
        return ListValue.of(elementType, Arrays.asList(elements));
    }

    /** A {@code list<t, n>} of {@code elements}. */
    static ListValue fixedList(FixedListType type, List<? extends Value> elements) {
        return ListValue.fixed(type, elements);
    }

    /** A {@code list<u8>} holding a copy of {@code bytes}. */
    static ListValue bytes(byte[] bytes) {
        return ListValue.ofBytes(bytes);
    }

    /** A record from its fields by name (all of them, in any order). */
    static RecordValue record(RecordType type, Map<String, ? extends Value> fields) {
        return RecordValue.of(type, fields);
    }

    /** A record from its field values in declaration order. */
    static RecordValue record(RecordType type, Value... values) {
        return new RecordValue(type, Arrays.asList(values));
    }

    /** A tuple typed after its elements. */
    static TupleValue tuple(Value... values) {
        return TupleValue.of(Arrays.asList(values));
    }

    static TupleValue tuple(TupleType type, List<? extends Value> values) {
        return new TupleValue(type, List.copyOf(values));
    }

    /** The case {@code name}, which has no payload. */
    static VariantValue variant(VariantType type, String name) {
        return VariantValue.of(type, name, Optional.empty());
    }

    /** The case {@code name} with its payload. */
    static VariantValue variant(VariantType type, String name, Value payload) {
        return VariantValue.of(type, name, Optional.of(payload));
    }

    /** The enum case {@code name}. */
    static EnumValue enumCase(EnumType type, String name) {
        return EnumValue.of(type, name);
    }

    /** {@code some(value)}, an {@code option} of the value's type. */
    static OptionValue some(Value value) {
        return new OptionValue(new OptionType(value.type()), Optional.of(value));
    }

    /** {@code none}, an {@code option<payloadType>}. */
    static OptionValue none(ValueType payloadType) {
        return new OptionValue(new OptionType(payloadType), Optional.empty());
    }

    static OptionValue option(OptionType type, Optional<? extends Value> value) {
        return new OptionValue(type, value.map(Value.class::cast));
    }

    /** {@code ok(payload)}. */
    static ResultValue ok(ResultType type, Value payload) {
        return new ResultValue(type, true, Optional.of(payload));
    }

    /** {@code ok}, for a result without an ok type. */
    static ResultValue ok(ResultType type) {
        return new ResultValue(type, true, Optional.empty());
    }

    /** {@code err(payload)}. */
    static ResultValue err(ResultType type, Value payload) {
        return new ResultValue(type, false, Optional.of(payload));
    }

    /** {@code err}, for a result without an error type. */
    static ResultValue err(ResultType type) {
        return new ResultValue(type, false, Optional.empty());
    }

    /** The flags with {@code names} on. */
    static FlagsValue flags(FlagsType type, String... names) {
        return new FlagsValue(type, Set.copyOf(Arrays.asList(names)));
    }

    static FlagsValue flags(FlagsType type, Set<String> names) {
        return new FlagsValue(type, names);
    }

    /** A map of {@code entries}, in their iteration order. */
    static MapValue map(MapType type, Map<? extends Value, ? extends Value> entries) {
        return MapValue.of(type, entries);
    }

    /** A map of {@code entries}, in order; a key may repeat (see {@link MapValue#get}). */
    static MapValue map(MapType type, List<MapValue.Entry> entries) {
        return new MapValue(type, entries);
    }

    static OwnHandle own(OwnType type, ResourceHandle handle) {
        return new OwnHandle(type, handle);
    }

    static BorrowHandle borrow(BorrowType type, ResourceHandle handle) {
        return new BorrowHandle(type, handle);
    }
}
