package dev.weft.runtime.value;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Random values of a type, for round-trip tests; seeded, so failures reproduce. */
final class ValueGen {
    /** Awkward pieces of text: escapes, quotes, controls, combining marks, astral and RTL characters. */
    private static final String[] PIECES = {"", "a", "hé", "\n", "\t", "\r", "\\", "\"", "'", "\u0000", "\u007f",
        "\u0301", "e\u0301", "\u200d", "\u2028", "\u00a0", "😀", "🌊", "☃", "\uFEFF", "שלום", "//", "\"\"\"", "%ok",
        "\uE000", "{x: 1}", "\u0085"};

    private final Random random;

    ValueGen(long seed) {
        this.random = new Random(seed);
    }

    Value of(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> primitive(p);
            case RecordType r -> new RecordValue(r, r.fields().stream().map(f -> of(f.type())).toList());
            case VariantType v -> {
                int i = random.nextInt(v.cases().size());
                Case c = v.cases().get(i);
                yield new VariantValue(v, i, c.type().map(this::of));
            }
            case ListType l -> Value.list(l.element(), values(l.element(), random.nextInt(4)));
            case FixedListType l -> Value.fixedList(l, values(l.element(), (int) l.length()));
            case TupleType t -> new TupleValue(t, t.types().stream().map(this::of).toList());
            case FlagsType f -> {
                Set<String> on = new HashSet<>();
                for (String n : f.names()) if (random.nextBoolean()) on.add(n);
                yield Value.flags(f, on);
            }
            case EnumType e -> new EnumValue(e, random.nextInt(e.names().size()));
            case OptionType o -> Value.option(o, random.nextInt(3) == 0 ? Optional.empty() : Optional.of(of(o.type())));
            case ResultType r -> {
                boolean ok = random.nextBoolean();
                yield new ResultValue(r, ok, (ok ? r.ok() : r.err()).map(this::of));
            }
            case MapType m -> {
                List<MapValue.Entry> entries = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    Value key = entries.isEmpty() || random.nextInt(4) > 0 ? of(m.key()) : entries.getFirst().key();
                    entries.add(new MapValue.Entry(key, of(m.value())));
                }
                yield Value.map(m, entries);
            }
            case OwnType o -> throw new IllegalArgumentException("no random handles");
            case BorrowType b -> throw new IllegalArgumentException("no random handles");
            case StreamType s -> throw new IllegalArgumentException("no random handles");
            case FutureType f -> throw new IllegalArgumentException("no random handles");
        };
    }

    private List<Value> values(ValueType element, int n) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(of(element));
        return out;
    }

    private Value primitive(PrimitiveType p) {
        return switch (p) {
            case BOOL -> Value.bool(random.nextBoolean());
            case S8 -> new S8((byte) edgy());
            case U8 -> U8.ofBits((byte) edgy());
            case S16 -> new S16((short) edgy());
            case U16 -> new U16(Short.toUnsignedInt((short) edgy()));
            case S32 -> new S32((int) edgy());
            case U32 -> U32.ofBits((int) edgy());
            case S64 -> new S64(edgy());
            case U64 -> new U64(edgy());
            case F32 -> new F32(random.nextInt(4) == 0 ? specialFloat() : Float.intBitsToFloat(random.nextInt()));
            case F64 -> new F64(random.nextInt(4) == 0 ? specialFloat() : Double.longBitsToDouble(random.nextLong()));
            case CHAR -> new Char(scalar());
            case STRING -> Value.string(string());
            case ERROR_CONTEXT -> throw new IllegalArgumentException("no random handles");
        };
    }

    /** A long biased towards the edges of every integer width. */
    private long edgy() {
        long[] edges = {0, 1, -1, 127, -128, 255, 32767, -32768, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE,
            0xFFFF_FFFFL, Long.MAX_VALUE, Long.MIN_VALUE};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong();
    }

    private float specialFloat() {
        float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
            Float.MAX_VALUE, Float.MIN_NORMAL, 0.1f, 1e20f, 1.5f, -3.1415f, 16777216f};
        return specials[random.nextInt(specials.length)];
    }

    private int scalar() {
        while (true) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x800);
            if (Char.isScalarValue(cp)) return cp;
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            if (random.nextBoolean()) sb.append(PIECES[random.nextInt(PIECES.length)]);
            else sb.appendCodePoint(scalar());
        }
        return sb.toString();
    }
}
