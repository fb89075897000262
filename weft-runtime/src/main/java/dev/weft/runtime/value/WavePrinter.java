package dev.weft.runtime.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes values as canonical WAVE text, the way wasm-wave's writer does (so output matches
 * {@code wasmtime run --invoke}): {@code ", "} between items, {@code some(...)} and {@code ok(...)}
 * always explicit, record fields that are {@code none} left out ({@code {:}} when none is left),
 * keywords used as case names escaped with {@code %}, floats in shortest plain decimal ({@code 1.0},
 * {@code 0.1}, {@code 1e-45} as {@code 0.000...1}, {@code nan}, {@code inf}). Handles have no WAVE
 * form; they print as {@code <own<r> handle>}, which does not parse back.
 */
final class WavePrinter {
    static final Set<String> KEYWORDS = Set.of("true", "false", "some", "none", "ok", "err", "inf", "nan");

    private WavePrinter() {
    }

    static String print(Value value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Value value) {
        switch (value) {
            case Bool v -> out.append(v.value());
            case S8 v -> out.append(v.value());
            case U8 v -> out.append(v.value());
            case S16 v -> out.append(v.value());
            case U16 v -> out.append(v.value());
            case S32 v -> out.append(v.value());
            case U32 v -> out.append(v.value());
            case S64 v -> out.append(v.value());
            case U64 v -> out.append(Long.toUnsignedString(v.bits()));
            case F32 v -> out.append(formatF32(v.value()));
            case F64 v -> out.append(formatF64(v.value()));
            case Char v -> quoted(out, '\'', Character.toString(v.codePoint()));
            case Str v -> quoted(out, '"', v.value());
            case ListValue v -> list(out, v);
            case RecordValue v -> record(out, v);
            case TupleValue v -> sequence(out, "(", v.values(), ")");
            case VariantValue v -> caseWithPayload(out, label(v.caseName()), v.payload());
            case EnumValue v -> out.append(label(v.name()));
            case OptionValue v -> {
                if (v.value().isPresent()) caseWithPayload(out, "some", v.value());
                else out.append("none");
            }
            case ResultValue v -> caseWithPayload(out, v.isOk() ? "ok" : "err", v.payload());
            case FlagsValue v -> out.append('{').append(String.join(", ", v.flags())).append('}');
            case MapValue v -> map(out, v);
            case OwnHandle v -> opaque(out, v.type().wit(), v.handle());
            case BorrowHandle v -> opaque(out, v.type().wit(), v.handle());
            case StreamValue v -> opaque(out, v.type().wit(), v.handle());
            case FutureValue v -> opaque(out, v.type().wit(), v.handle());
            case ErrorContextValue v -> opaque(out, v.type().wit(), v.handle());
        }
    }

    private static void list(StringBuilder out, ListValue list) {
        if (list.bytes().isEmpty()) {
            sequence(out, "[", list.elements(), "]");
            return;
        }
        out.append('[');
        var bytes = list.bytes().get();
        for (int i = 0; bytes.hasRemaining(); i++) {
            if (i > 0) out.append(", ");
            out.append(Byte.toUnsignedInt(bytes.get()));
        }
        out.append(']');
    }

    private static void record(StringBuilder out, RecordValue record) {
        out.append('{');
        boolean first = true;
        for (int i = 0; i < record.values().size(); i++) {
            Value v = record.values().get(i);
            if (v instanceof OptionValue o && o.value().isEmpty()) continue;
            if (!first) out.append(", ");
            first = false;
            out.append(record.type().fields().get(i).name()).append(": ");
            write(out, v);
        }
        out.append(first ? ":}" : "}");
    }

    private static void map(StringBuilder out, MapValue map) {
        out.append('[');
        boolean first = true;
        for (MapValue.Entry e : map.entries()) {
            if (!first) out.append(", ");
            first = false;
            out.append('(');
            write(out, e.key());
            out.append(", ");
            write(out, e.value());
            out.append(')');
        }
        out.append(']');
    }

    private static void sequence(StringBuilder out, String open, List<Value> values, String close) {
        out.append(open);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(", ");
            write(out, values.get(i));
        }
        out.append(close);
    }

    private static void caseWithPayload(StringBuilder out, String label, Optional<Value> payload) {
        out.append(label);
        if (payload.isPresent()) {
            out.append('(');
            write(out, payload.get());
            out.append(')');
        }
    }

    private static void opaque(StringBuilder out, String wit, Handle handle) {
        out.append('<').append(wit).append(' ').append(handle).append('>');
    }

    /** A case name, with {@code %} when it is a WAVE keyword. */
    static String label(String name) {
        return KEYWORDS.contains(name) ? "%" + name : name;
    }

    private static void quoted(StringBuilder out, char quote, String text) {
        out.append(quote);
        text.codePoints().forEach(cp -> escape(out, cp));
        out.append(quote);
    }

    /**
     * One character in a char or string: {@code \\ \" \' \t \n \r} escaped by name; control, format,
     * unassigned, private-use, separator and combining characters as {@code \}{@code u{hex}} (close to
     * Rust's {@code escape_debug}, which wasm-wave uses); everything else as itself.
     */
    static void escape(StringBuilder out, int cp) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '"' -> out.append("\\\"");
            case '\'' -> out.append("\\'");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> {
                if (needsUnicodeEscape(cp)) out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                else out.appendCodePoint(cp);
            }
        }
    }

    private static boolean needsUnicodeEscape(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    /**
     * An integral float keeps a {@code .0} ({@code 2.0}, not Rust's {@code 2}), so that a printed
     * float never reads as an integer to a person; WAVE parses both.
     */
    private static String pointed(String plain) {
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    /** Shortest decimal that reads back as {@code f}, without exponent (as Rust's {@code Display}, but see {@link #pointed}). */
    static String formatF32(float f) {
        if (Float.isNaN(f)) return "nan";
        if (Float.isInfinite(f)) return f > 0 ? "inf" : "-inf";
        if (f == 0) return Float.floatToRawIntBits(f) < 0 ? "-0.0" : "0.0";
        BigDecimal d = new BigDecimal(Float.toString(f)).stripTrailingZeros();
        if (d.precision() == 2) {
            // Java keeps two digits where one would do (1.4E-45 for 1e-45); Rust prints the shortest.
            BigDecimal one = d.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (Float.parseFloat(one.toString()) == f) d = one;
        }
        return pointed(d.toPlainString());
    }

    /** As {@link #formatF32}, for an {@code f64}. */
    static String formatF64(double f) {
        if (Double.isNaN(f)) return "nan";
        if (Double.isInfinite(f)) return f > 0 ? "inf" : "-inf";
        if (f == 0) return Double.doubleToRawLongBits(f) < 0 ? "-0.0" : "0.0";
        BigDecimal d = new BigDecimal(Double.toString(f)).stripTrailingZeros();
        if (d.precision() == 2) {
            BigDecimal one = d.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == f) d = one;
        }
        return pointed(d.toPlainString());
    }
}
