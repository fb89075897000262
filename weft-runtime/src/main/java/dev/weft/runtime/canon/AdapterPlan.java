package dev.weft.runtime.canon;

import dev.weft.abi.Flattening;
import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.runtime.canon.CopyOp.Bulk;
import dev.weft.runtime.canon.CopyOp.CopyBorrow;
import dev.weft.runtime.canon.CopyOp.CopyFlags;
import dev.weft.runtime.canon.CopyOp.CopyList;
import dev.weft.runtime.canon.CopyOp.CopyOwn;
import dev.weft.runtime.canon.CopyOp.CopyPrim;
import dev.weft.runtime.canon.CopyOp.CopyRecord;
import dev.weft.runtime.canon.CopyOp.CopyString;
import dev.weft.runtime.canon.CopyOp.CopyVariant;
import dev.weft.types.BorrowType;
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
import dev.weft.types.VariantType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The plan of a {@link FusedAdapter}: for a function type and the options of its {@code canon lower}
 * (the caller) and {@code canon lift} (the callee), a tree of {@link CopyOp}s for the parameters
 * (caller to callee) and one for the results (callee to caller). Computed once, when the lowered
 * function is made; it depends only on the type's {@link Layout}s (the same on both sides: both
 * memories are 32-bit) and on the two string encodings.
 *
 * <p>Types whose values Weft cannot pass yet ({@code stream}, {@code future}, {@code error-context})
 * have no plan: such functions keep going through values, which fail as they always did.
 */
final class AdapterPlan {
    /** The parameters, from the caller's core values and memory into the callee's. */
    final ValuesPlan params;
    /** The result, from the callee's core values and memory into the caller's. */
    final ValuesPlan results;

    private AdapterPlan(ValuesPlan params, ValuesPlan results) {
        this.params = params;
        this.results = results;
    }

    /**
     * A function's parameters or results: the nodes of each value, and the node of their tuple,
     * through which they go when they spill to memory ({@link ValuesLayout#spills}).
     */
    record ValuesPlan(ValuesLayout layout, CopyOp[] types, CopyRecord tuple, boolean spills) {
        int flatCount() {
            return layout.flatCount;
        }

        /** Whether the source side has anything to do at all. */
        boolean checked() {
            return spills || (tuple != null && tuple.checked());
        }
    }

    /** The plan of {@code abi}'s function between a caller with {@code caller} and a callee with {@code callee} options. */
    static Optional<AdapterPlan> of(FunctionAbi abi, CanonOptions caller, CanonOptions callee) {
        try {
            ValuesPlan params = values(abi.params, Flattening.MAX_FLAT_PARAMS,
                    new Planner(caller.stringEncoding(), callee.stringEncoding(), true));
            ValuesPlan results = values(abi.results, Flattening.MAX_FLAT_RESULTS,
                    new Planner(callee.stringEncoding(), caller.stringEncoding(), false));
            return Optional.of(new AdapterPlan(params, results));
        } catch (Unfusable e) {
            return Optional.empty();
        }
    }

    private static ValuesPlan values(ValuesLayout layout, int maxFlat, Planner planner) {
        if (layout.tuple == null) return new ValuesPlan(layout, new CopyOp[0], null, false);
        CopyRecord tuple = (CopyRecord) planner.plan(layout.tuple);
        return new ValuesPlan(layout, tuple.fields(), tuple, layout.spills(maxFlat));
    }

    /** A type that no plan covers; the function keeps the value path. */
    private static final class Unfusable extends RuntimeException {
        Unfusable() {
            super(null, null, false, false);
        }
    }

    /** Plans values moving from a side with encoding {@code from} to one with {@code to}. */
    private record Planner(StringEncoding from, StringEncoding to, boolean borrows) {
        CopyOp plan(Layout t) {
            return switch (t.type()) {
                case PrimitiveType p -> primitive(p);
                case ListType l -> list(t);
                case MapType m -> list(t);
                case FixedListType l -> fixedList(t, l);
                case RecordType r -> record(t, t.children, t.offsets);
                case TupleType u -> record(t, t.children, t.offsets);
                case VariantType v -> variant(t);
                case EnumType e -> variant(t);
                case OptionType o -> variant(t);
                case ResultType r -> variant(t);
                case FlagsType f -> flags(t, f);
                case OwnType o -> new CopyOwn(o.resource());
                case BorrowType b -> {
                    if (!borrows) throw new Unfusable(); // results cannot hold borrows: validation rules them out
                    yield new CopyBorrow(b.resource());
                }
                case StreamType s -> throw new Unfusable();
                case FutureType f -> throw new Unfusable();
            };
        }

        private CopyOp primitive(PrimitiveType p) {
            return switch (p) {
                case STRING -> new CopyString(from, to);
                case ERROR_CONTEXT -> throw new Unfusable();
                default -> new CopyPrim(p);
            };
        }

        private CopyOp list(Layout t) {
            Layout e = t.element();
            return new CopyList(plan(e), e.size, e.alignment, bulk(e));
        }

        /** A fixed-length list is a tuple of its elements, one after the other. */
        private CopyOp fixedList(Layout t, FixedListType l) {
            Layout[] elements = new Layout[(int) l.length()];
            long[] offsets = new long[elements.length];
            Arrays.fill(elements, t.element());
            for (int i = 0; i < offsets.length; i++) offsets[i] = i * t.element().size;
            return record(t, elements, offsets);
        }

        private CopyOp record(Layout t, Layout[] fields, long[] offsets) {
            CopyOp[] ops = new CopyOp[fields.length];
            boolean checked = false;
            for (int i = 0; i < ops.length; i++) {
                ops[i] = i > 0 && fields[i] == fields[i - 1] ? ops[i - 1] : plan(fields[i]);
                checked |= ops[i].checked();
            }
            return new CopyRecord(ops, offsets, flatCount(t), checked);
        }

        private CopyOp variant(Layout t) {
            CopyOp[] cases = new CopyOp[t.children.length];
            for (int i = 0; i < cases.length; i++) cases[i] = t.children[i] == null ? null : plan(t.children[i]);
            return new CopyVariant(cases, t.discriminantSize, t.payloadOffset, flatCount(t));
        }

        private static CopyOp flags(Layout t, FlagsType f) {
            int n = f.names().size();
            if (n == 0 || n > 32) throw new Unfusable();
            return new CopyFlags(n == 32 ? -1 : (1 << n) - 1, (int) t.size);
        }

        private static int flatCount(Layout t) {
            return t.flat == null ? -1 : t.flat.length;
        }
    }

    /** How a list of {@code e} is copied: in bulk when its bytes need no element-wise work. */
    static Bulk bulk(Layout e) {
        if (e.type() instanceof PrimitiveType p) {
            return switch (p) {
                case BOOL -> Bulk.BOOLS;
                case F32 -> Bulk.F32S;
                case F64 -> Bulk.F64S;
                case CHAR -> Bulk.CHARS;
                case STRING, ERROR_CONTEXT -> Bulk.NONE;
                default -> Bulk.BYTES;
            };
        }
        return plainBytes(e) ? Bulk.BYTES : Bulk.NONE;
    }

    /**
     * Whether every byte of a value of {@code t} belongs to an integer: lifting and lowering it
     * copies its bytes unchanged, and there is no padding whose bytes lowering would not write.
     */
    private static boolean plainBytes(Layout t) {
        return switch (t.type()) {
            case PrimitiveType p -> p != PrimitiveType.BOOL && p != PrimitiveType.F32 && p != PrimitiveType.F64
                    && p != PrimitiveType.CHAR && p != PrimitiveType.STRING && p != PrimitiveType.ERROR_CONTEXT;
            case FixedListType l -> plainBytes(t.element());
            case RecordType r -> fieldsArePlainAndPacked(t);
            case TupleType u -> fieldsArePlainAndPacked(t);
            default -> false;
        };
    }

    private static boolean fieldsArePlainAndPacked(Layout t) {
        long sum = 0;
        for (Layout f : t.children) {
            if (!plainBytes(f)) return false;
            sum += f.size;
        }
        return sum == t.size;
    }
}
