package dev.weft.runtime.value;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives a {@link WaveNode} its meaning against a {@link ValueType}: one exhaustive switch over the
 * type, one helper per kind. Where the syntax is ambiguous the type decides: a bare {@code 5} is a
 * {@code u32} or an {@code f64}; a bare value where an {@code option} (or {@code result}) is
 * expected is {@code some} (or {@code ok}) of it, unless the payload is itself an option or result.
 * A record may leave out fields of option type (they are {@code none}).
 */
final class WaveTyping {
    private final String src;

    WaveTyping(String source) {
        this.src = source;
    }

    Value value(WaveNode node, ValueType type) {
        try {
            return switch (type) {
                case PrimitiveType p -> primitive(node, p);
                case RecordType r -> record(node, r);
                case VariantType v -> variant(node, v);
                case ListType l -> list(node, l, l.element(), -1);
                case FixedListType l -> list(node, l, l.element(), l.length());
                case TupleType t -> tuple(node, t);
                case FlagsType f -> flags(node, f);
                case EnumType e -> enumCase(node, e);
                case OptionType o -> option(node, o);
                case ResultType r -> result(node, r);
                case MapType m -> map(node, m);
                case OwnType o -> throw noText(node, o);
                case BorrowType b -> throw noText(node, b);
                case StreamType s -> throw noText(node, s);
                case FutureType f -> throw noText(node, f);
            };
        } catch (ValueTypeException e) {
            throw error(node, e.getMessage());
        }
    }

    private Value primitive(WaveNode node, PrimitiveType p) {
        return switch (p) {
            case BOOL -> new Bool(as(node, WaveNode.BoolLit.class, p).value());
            case S8, U8, S16, U16, S32, U32, S64, U64 -> integer(node, p);
            case F32 -> new F32(Float.parseFloat(floatText(node, p)));
            case F64 -> new F64(Double.parseDouble(floatText(node, p)));
            case CHAR -> new Char(as(node, WaveNode.CharLit.class, p).codePoint());
            case STRING -> new Str(as(node, WaveNode.StringLit.class, p).value());
            case ERROR_CONTEXT -> throw noText(node, p);
        };
    }

    private Value integer(WaveNode node, PrimitiveType p) {
        WaveNode.Number n = as(node, WaveNode.Number.class, p);
        String text = n.text();
        if (text.endsWith("inf") || text.equals("nan") || text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            throw error(n, "expected an integer for " + p + ", found `" + text + "`");
        }
        boolean unsigned = p == PrimitiveType.U8 || p == PrimitiveType.U16 || p == PrimitiveType.U32 || p == PrimitiveType.U64;
        if (unsigned && text.startsWith("-")) throw error(n, p + " cannot be negative, found `" + text + "`");
        BigInteger v = text.length() <= 18 ? BigInteger.valueOf(Long.parseLong(text)) : new BigInteger(text);
        int bits = switch (p) {
            case S8, U8 -> 8;
            case S16, U16 -> 16;
            case S32, U32 -> 32;
            default -> 64;
        };
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw error(n, "`" + text + "` is out of range for " + p + " (" + min + " to " + max + ")");
        }
        return switch (p) {
            case S8 -> new S8(v.byteValue());
            case U8 -> new U8(v.intValue());
            case S16 -> new S16(v.shortValue());
            case U16 -> new U16(v.intValue());
            case S32 -> new S32(v.intValue());
            case U32 -> new U32(v.longValue());
            case S64 -> new S64(v.longValue());
            case U64 -> new U64(v.longValue());
            default -> throw new AssertionError(p);
        };
    }

    /** The text of a float in a form {@link Float#parseFloat} and {@link Double#parseDouble} read. */
    private String floatText(WaveNode node, PrimitiveType p) {
        String text = as(node, WaveNode.Number.class, p).text();
        return switch (text) {
            case "nan" -> "NaN";
            case "inf" -> "Infinity";
            case "-inf" -> "-Infinity";
            default -> text;
        };
    }

    private Value record(WaveNode node, RecordType type) {
        if (node instanceof WaveNode.Flags f && f.flags().isEmpty()) {
            throw error(node, "expected " + Values.describe(type) + ", found `{}` (empty flags); an empty record is written `{:}`");
        }
        WaveNode.Record r = as(node, WaveNode.Record.class, type);
        Map<String, WaveNode> given = new HashMap<>();
        for (WaveNode.FieldNode f : r.fields()) {
            String name = f.label().name();
            if (type.fields().stream().noneMatch(d -> d.name().equals(name))) {
                throw error(f.label(), "unknown field `" + name + "`; the fields are "
                        + type.fields().stream().map(Field::toString).collect(Collectors.joining(", ")));
            }
            given.put(name, f.value());
        }
        List<Value> values = new ArrayList<>();
        for (Field d : type.fields()) {
            WaveNode v = given.get(d.name());
            if (v != null) {
                values.add(value(v, d.type()));
            } else if (d.type() instanceof OptionType o) {
                values.add(new OptionValue(o, Optional.empty()));
            } else {
                throw error(r, "missing field `" + d.name() + "` (" + d.type().wit() + ")");
            }
        }
        return new RecordValue(type, values);
    }

    private Value variant(WaveNode node, VariantType type) {
        List<String> names = type.cases().stream().map(Case::name).toList();
        WaveNode.Label label = switch (node) {
            case WaveNode.Label l -> l;
            case WaveNode.Case c -> c.label();
            default -> throw keywordOrMismatch(node, type, names);
        };
        int index = names.indexOf(label.name());
        if (index < 0) {
            throw error(label, "unknown case `" + label.name() + "`; the cases are "
                    + type.cases().stream().map(Case::toString).collect(Collectors.joining(", ")));
        }
        Case c = type.cases().get(index);
        Optional<WaveNode> payload = node instanceof WaveNode.Case withPayload ? Optional.of(withPayload.payload()) : Optional.empty();
        if (c.type().isPresent() && payload.isEmpty()) {
            throw error(node, "case `" + c.name() + "` needs a payload of type " + c.type().get().wit() + ": write `" + c.name() + "(...)`");
        }
        if (c.type().isEmpty() && payload.isPresent()) throw error(node, "case `" + c.name() + "` has no payload");
        return new VariantValue(type, index, payload.map(p -> value(p, c.type().get())));
    }

    private Value enumCase(WaveNode node, EnumType type) {
        if (node instanceof WaveNode.Case c && type.names().contains(c.label().name())) {
            throw error(node, "enum case `" + c.label().name() + "` has no payload");
        }
        if (!(node instanceof WaveNode.Label label)) throw keywordOrMismatch(node, type, type.names());
        int index = type.names().indexOf(label.name());
        if (index < 0) throw error(label, "unknown case `" + label.name() + "`; the cases are " + String.join(", ", type.names()));
        return new EnumValue(type, index);
    }

    /** A keyword where a case was expected: a hint to escape it when the type has such a case. */
    private WaveSyntaxException keywordOrMismatch(WaveNode node, ValueType type, List<String> caseNames) {
        String keyword = switch (node) {
            case WaveNode.BoolLit b -> String.valueOf(b.value());
            case WaveNode.None n -> "none";
            case WaveNode.Some s -> "some";
            case WaveNode.ResultLit r -> r.isOk() ? "ok" : "err";
            case WaveNode.Number n -> n.text();
            default -> null;
        };
        if (keyword != null && caseNames.contains(keyword)) {
            return error(node, "`" + keyword + "` is a WAVE keyword: write the case as `%" + keyword + "`");
        }
        return mismatch(node, type);
    }

    private Value option(WaveNode node, OptionType type) {
        return switch (node) {
            case WaveNode.Some s -> new OptionValue(type, Optional.of(value(s.payload(), type.type())));
            case WaveNode.None n -> new OptionValue(type, Optional.empty());
            default -> {
                if (!flattenable(type.type())) {
                    throw error(node, "expected " + Values.describe(type) + ", found " + node.describe()
                            + " (an option of an option or result is written with `some(...)` or `none`)");
                }
                yield new OptionValue(type, Optional.of(value(node, type.type())));
            }
        };
    }

    private Value result(WaveNode node, ResultType type) {
        if (node instanceof WaveNode.ResultLit r) {
            Optional<ValueType> side = r.isOk() ? type.ok() : type.err();
            String name = r.isOk() ? "ok" : "err";
            if (side.isPresent() && r.payload().isEmpty()) {
                throw error(node, "`" + name + "` of " + Values.describe(type) + " needs a payload of type " + side.get().wit());
            }
            if (side.isEmpty() && r.payload().isPresent()) {
                throw error(node, "`" + name + "` of " + Values.describe(type) + " has no payload: write `" + name + "`");
            }
            return new ResultValue(type, r.isOk(), r.payload().map(p -> value(p, side.get())));
        }
        if (type.ok().isEmpty() || !flattenable(type.ok().get())) throw mismatch(node, type);
        return new ResultValue(type, true, Optional.of(value(node, type.ok().get())));
    }

    /** Whether a bare payload may stand for {@code some(payload)} / {@code ok(payload)} (as in wasm-wave). */
    private static boolean flattenable(ValueType payload) {
        return !(payload instanceof OptionType) && !(payload instanceof ResultType);
    }

    private Value flags(WaveNode node, FlagsType type) {
        WaveNode.Flags f = as(node, WaveNode.Flags.class, type);
        List<String> on = new ArrayList<>();
        for (WaveNode.Label label : f.flags()) {
            if (!type.names().contains(label.name())) {
                throw error(label, "unknown flag `" + label.name() + "`; the flags are " + String.join(", ", type.names()));
            }
            on.add(label.name());
        }
        return new FlagsValue(type, Set.copyOf(on));
    }

    private Value list(WaveNode node, ValueType type, ValueType element, long length) {
        List<WaveNode> items = as(node, WaveNode.ListLit.class, type).items();
        if (length >= 0 && items.size() != length) {
            throw error(node, "expected " + length + " elements for " + Values.describe(type) + ", found " + items.size());
        }
        if (element == PrimitiveType.U8) {
            byte[] bytes = new byte[items.size()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = ((U8) integer(items.get(i), PrimitiveType.U8)).bits();
            return ListValue.packedBytes(type, bytes);
        }
        List<Value> values = new ArrayList<>(items.size());
        for (WaveNode item : items) values.add(value(item, element));
        return type instanceof FixedListType f ? ListValue.fixed(f, values) : ListValue.of(element, values);
    }

    private Value tuple(WaveNode node, TupleType type) {
        List<WaveNode> items = as(node, WaveNode.Tuple.class, type).items();
        if (items.size() != type.types().size()) {
            throw error(node, "expected " + type.types().size() + " elements for " + Values.describe(type) + ", found " + items.size());
        }
        List<Value> values = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) values.add(value(items.get(i), type.types().get(i)));
        return new TupleValue(type, values);
    }

    /**
     * A map is written as a list of {@code (key, value)} pairs (its canonical ABI form; WAVE has no
     * map syntax). A key may repeat, as in the ABI's list, so that every printed map reads back.
     */
    private Value map(WaveNode node, MapType type) {
        List<WaveNode> items = as(node, WaveNode.ListLit.class, type).items();
        List<MapValue.Entry> entries = new ArrayList<>(items.size());
        for (WaveNode item : items) {
            if (!(item instanceof WaveNode.Tuple pair) || pair.items().size() != 2) {
                throw error(item, "expected a `(key, value)` pair of " + Values.describe(type) + ", found " + item.describe());
            }
            Value key = value(pair.items().get(0), type.key());
            entries.add(new MapValue.Entry(key, value(pair.items().get(1), type.value())));
        }
        return new MapValue(type, entries);
    }

    private WaveSyntaxException noText(WaveNode node, ValueType type) {
        return error(node, type.wit() + " values have no WAVE text (WAVE has no syntax for handles); pass them through the Java API");
    }

    private <T extends WaveNode> T as(WaveNode node, Class<T> kind, ValueType expected) {
        if (kind.isInstance(node)) return kind.cast(node);
        throw mismatch(node, expected);
    }

    private WaveSyntaxException mismatch(WaveNode node, ValueType expected) {
        return error(node, "expected " + Values.describe(expected) + ", found " + node.describe());
    }

    private WaveSyntaxException error(WaveNode node, String reason) {
        return new WaveSyntaxException(src, node.start(), node.end(), reason);
    }
}
