package dev.weft.runtime.canon;

import dev.weft.runtime.value.Bool;
import dev.weft.runtime.value.Char;
import dev.weft.runtime.value.F32;
import dev.weft.runtime.value.F64;
import dev.weft.runtime.value.S16;
import dev.weft.runtime.value.S32;
import dev.weft.runtime.value.S64;
import dev.weft.runtime.value.S8;
import dev.weft.runtime.value.U16;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.U8;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ValueType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Lists of numbers, booleans and chars converted to and from their bytes in one piece: the same
 * {@code load}/{@code store} of each element as the spec's loops (little-endian, NaNs canonicalized,
 * chars checked), over one bulk copy of the list's memory instead of one bounds-checked access per
 * element.
 */
final class PrimitiveArrays {
    private PrimitiveArrays() {}

    /** Whether lists of {@code t} go through here: every primitive but {@code string} and {@code error-context}. */
    static boolean isNumeric(ValueType t) {
        return t instanceof PrimitiveType p && p != PrimitiveType.STRING && p != PrimitiveType.ERROR_CONTEXT;
    }

    /** The {@code length} elements of type {@code p} in {@code bytes}. */
    static Value[] decode(byte[] bytes, int length, PrimitiveType p) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Value[] out = new Value[length];
        for (int i = 0; i < length; i++) out[i] = decodeOne(b, p);
        return out;
    }

    private static Value decodeOne(ByteBuffer b, PrimitiveType p) {
        return switch (p) {
            case BOOL -> new Bool(Loading.convertIntToBool(b.get()));
            case U8 -> new U8(b.get() & 0xFF);
            case S8 -> new S8(b.get());
            case U16 -> new U16(b.getShort() & 0xFFFF);
            case S16 -> new S16(b.getShort());
            case U32 -> new U32(Integer.toUnsignedLong(b.getInt()));
            case S32 -> new S32(b.getInt());
            case U64 -> new U64(b.getLong());
            case S64 -> new S64(b.getLong());
            case F32 -> new F32(Loading.decodeI32AsFloat(b.getInt()));
            case F64 -> new F64(Loading.decodeI64AsFloat(b.getLong()));
            case CHAR -> Loading.convertI32ToChar(b.getInt());
            case STRING, ERROR_CONTEXT -> throw new AssertionError(p);
        };
    }

    /** The bytes of {@code elements}, each {@code size} bytes wide. */
    static byte[] encode(List<Value> elements, PrimitiveType p, int size) {
        ByteBuffer b = ByteBuffer.allocate(elements.size() * size).order(ByteOrder.LITTLE_ENDIAN);
        for (Value v : elements) encodeOne(b, v, p);
        return b.array();
    }

    private static void encodeOne(ByteBuffer b, Value v, PrimitiveType p) {
        switch (p) {
            case BOOL -> b.put((byte) (((Bool) v).value() ? 1 : 0));
            case U8 -> b.put(((U8) v).bits());
            case S8 -> b.put(((S8) v).value());
            case U16 -> b.putShort(((U16) v).bits());
            case S16 -> b.putShort(((S16) v).value());
            case U32 -> b.putInt(((U32) v).bits());
            case S32 -> b.putInt(((S32) v).value());
            case U64 -> b.putLong(((U64) v).bits());
            case S64 -> b.putLong(((S64) v).value());
            case F32 -> b.putInt(Storing.encodeFloatAsI32(((F32) v).value()));
            case F64 -> b.putLong(Storing.encodeFloatAsI64(((F64) v).value()));
            case CHAR -> b.putInt(((Char) v).codePoint());
            case STRING, ERROR_CONTEXT -> throw new AssertionError(p);
        }
    }
}
