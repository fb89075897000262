package dev.weft.abi;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
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
import java.util.List;
import java.util.Optional;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#flattening">Flattening</a>:
 * component types to core types ({@code flatten_type}) and component function types to core
 * function types ({@code flatten_functype}), with the spill-to-memory limits.
 *
 * <p>A fixed-length list flattens to {@code length} copies of its element, so a hostile type can
 * flatten to billions of values. {@link #flattenTypes(List, AddressType, int)} stops as soon as a
 * limit is passed; {@link #flattenFuncType} only ever flattens that far.
 */
public final class Flattening {
    private Flattening() {}

    /** {@code MAX_FLAT_PARAMS}. */
    public static final int MAX_FLAT_PARAMS = 16;
    /** {@code MAX_FLAT_ASYNC_PARAMS}: the parameter limit of {@code async}-lowered functions. */
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;
    /** {@code MAX_FLAT_RESULTS}. */
    public static final int MAX_FLAT_RESULTS = 1;

    /** The {@code context} argument of {@code flatten_functype}. */
    public enum Direction { LIFT, LOWER }

    /** The {@code async_} and {@code callback} options: sync, async (stackful) or async with a callback. */
    public enum Concurrency { SYNC, ASYNC, ASYNC_CALLBACK }

    /**
     * What {@code flatten_functype} reads from its arguments besides the function type: the
     * context, {@code opts.async_}/{@code opts.callback}, and {@code opts.memory.ptr_type()}
     * ({@code i32} when there is no memory option).
     */
    public record Context(Direction direction, Concurrency concurrency, AddressType addressType) {
        public static Context of(Direction direction, Concurrency concurrency) {
            return new Context(direction, concurrency, AddressType.I32);
        }

        boolean isAsync() {
            return concurrency != Concurrency.SYNC;
        }
    }

    /** {@code flatten_functype(opts, ft, context)}. */
    public static CoreSignature flattenFuncType(FuncType ft, Context cx) {
        List<ValueType> paramTypes = ft.params().stream().map(Field::type).toList();
        List<ValueType> resultTypes = ft.result().stream().toList();
        FlatType ptr = cx.addressType().flatType();
        AddressType a = cx.addressType();
        if (!cx.isAsync()) {
            List<FlatType> params = new ArrayList<>(spilled(paramTypes, a, MAX_FLAT_PARAMS, ptr));
            Optional<List<FlatType>> results = flattenTypes(resultTypes, a, MAX_FLAT_RESULTS);
            if (results.isPresent()) return new CoreSignature(params, results.get());
            return switch (cx.direction()) {
                case LIFT -> new CoreSignature(params, List.of(ptr));
                case LOWER -> {
                    params.add(ptr);
                    yield new CoreSignature(params, List.of());
                }
            };
        }
        return switch (cx.direction()) {
            case LIFT -> new CoreSignature(spilled(paramTypes, a, MAX_FLAT_PARAMS, ptr),
                    cx.concurrency() == Concurrency.ASYNC_CALLBACK ? List.of(FlatType.I32) : List.of());
            case LOWER -> {
                List<FlatType> params = new ArrayList<>(spilled(paramTypes, a, MAX_FLAT_ASYNC_PARAMS, ptr));
                if (!resultTypes.isEmpty()) params.add(ptr); // every value type flattens to >= 1 value
                yield new CoreSignature(params, List.of(FlatType.I32));
            }
        };
    }

    /** The flattening of {@code ts}, or a single pointer when it has more than {@code max} values. */
    private static List<FlatType> spilled(List<ValueType> ts, AddressType a, int max, FlatType ptr) {
        return flattenTypes(ts, a, max).orElse(List.of(ptr));
    }

    /** {@code flatten_types(ts, opts)}, or empty if there are more than {@code max} flat values. */
    public static Optional<List<FlatType>> flattenTypes(List<ValueType> ts, AddressType a, int max) {
        Flat out = new Flat(max);
        for (ValueType t : ts) {
            if (!flatten(t, a, out)) return Optional.empty();
        }
        return Optional.of(List.copyOf(out.types));
    }

    /** {@code flatten_types(ts, opts)} without a limit: only for types known to be small. */
    public static List<FlatType> flattenTypes(List<ValueType> ts, AddressType a) {
        return flattenTypes(ts, a, Integer.MAX_VALUE).orElseThrow();
    }

    /** {@code flatten_type(t, opts)} for a 32-bit memory. */
    public static List<FlatType> flattenType(ValueType t) {
        return flattenType(t, AddressType.I32);
    }

    /** {@code flatten_type(t, opts)} where {@code opts.memory.ptr_type()} is {@code a}. */
    public static List<FlatType> flattenType(ValueType t, AddressType a) {
        return flattenTypes(List.of(t), a);
    }

    /** {@code join(a, b)}: the tightest core type both can be bit-cast to. */
    public static FlatType join(FlatType a, FlatType b) {
        if (a == b) return a;
        if ((a == FlatType.I32 && b == FlatType.F32) || (a == FlatType.F32 && b == FlatType.I32)) return FlatType.I32;
        return FlatType.I64;
    }

    /** Appends {@code flatten_type(t)} to {@code out}; false once {@code out} passes its limit. */
    private static boolean flatten(ValueType t, AddressType a, Flat out) {
        return switch (Despecialization.despecialize(t)) {
            case PrimitiveType p -> flattenPrimitive(p, a, out);
            case ListType l -> out.add(a.flatType()) && out.add(a.flatType());
            case FixedListType l -> flattenFixedList(l, a, out);
            case RecordType r -> flattenRecord(r.fields(), a, out);
            case VariantType v -> flattenVariant(v.cases(), a, out);
            case FlagsType f -> out.add(FlatType.I32);
            case OwnType o -> out.add(FlatType.I32);
            case BorrowType b -> out.add(FlatType.I32);
            case StreamType s -> out.add(FlatType.I32);
            case FutureType f -> out.add(FlatType.I32);
            case TupleType u -> throw Alignment.despecialized(u);
            case EnumType u -> throw Alignment.despecialized(u);
            case OptionType u -> throw Alignment.despecialized(u);
            case ResultType u -> throw Alignment.despecialized(u);
            case MapType u -> throw Alignment.despecialized(u);
        };
    }

    private static boolean flattenPrimitive(PrimitiveType p, AddressType a, Flat out) {
        return switch (p) {
            case BOOL, S8, U8, S16, U16, S32, U32, CHAR, ERROR_CONTEXT -> out.add(FlatType.I32);
            case S64, U64 -> out.add(FlatType.I64);
            case F32 -> out.add(FlatType.F32);
            case F64 -> out.add(FlatType.F64);
            case STRING -> out.add(a.flatType()) && out.add(a.flatType());
        };
    }

    /** {@code flatten_list} with a length: the element's flattening, {@code length} times. */
    private static boolean flattenFixedList(FixedListType l, AddressType a, Flat out) {
        for (long i = 0; i < l.length(); i++) {
            if (!flatten(l.element(), a, out)) return false;
        }
        return true;
    }

    /** {@code flatten_record(fields, opts)}. */
    private static boolean flattenRecord(List<Field> fields, AddressType a, Flat out) {
        for (Field f : fields) {
            if (!flatten(f.type(), a, out)) return false;
        }
        return true;
    }

    /** {@code flatten_variant(cases, opts)}: the discriminant, then the case payloads joined. */
    private static boolean flattenVariant(List<Case> cases, AddressType a, Flat out) {
        if (!flattenPrimitive(Alignment.discriminantType(cases.size()), a, out)) return false;
        List<FlatType> flat = new ArrayList<>();
        for (Case c : cases) {
            if (c.type().isEmpty()) continue;
            Flat payload = new Flat(out.remaining());
            if (!flatten(c.type().get(), a, payload)) return false;
            for (int i = 0; i < payload.types.size(); i++) {
                FlatType ft = payload.types.get(i);
                if (i < flat.size()) flat.set(i, join(flat.get(i), ft));
                else flat.add(ft);
            }
        }
        for (FlatType ft : flat) {
            if (!out.add(ft)) return false;
        }
        return true;
    }

    /** A list of flat types that refuses to grow past {@code max}. */
    private static final class Flat {
        final List<FlatType> types = new ArrayList<>();
        final int max;

        Flat(int max) {
            this.max = max;
        }

        boolean add(FlatType t) {
            if (types.size() >= max) return false;
            types.add(t);
            return true;
        }

        int remaining() {
            return max - types.size();
        }
    }
}
