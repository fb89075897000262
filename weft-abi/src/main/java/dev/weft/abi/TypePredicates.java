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
import java.util.Optional;
import java.util.function.Predicate;

/**
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#type-predicates">Type Predicates</a>:
 * whether a type contains a {@code borrow}, a {@code stream}/{@code future}, or (for the
 * {@code canonopt} rules) a {@code list} or {@code string}.
 */
public final class TypePredicates {
    private TypePredicates() {}

    /** {@code contains_borrow(t)}. */
    public static boolean containsBorrow(ValueType t) {
        return contains(t, u -> u instanceof BorrowType);
    }

    /** {@code contains_borrow(ft)}: over the parameter and result types. */
    public static boolean containsBorrow(FuncType ft) {
        return contains(ft, u -> u instanceof BorrowType);
    }

    /** {@code contains_async_value(t)}: a {@code stream} or {@code future} anywhere in {@code t}. */
    public static boolean containsAsyncValue(ValueType t) {
        return contains(t, u -> u instanceof StreamType || u instanceof FutureType);
    }

    /** {@code contains_async_value(ft)}. */
    public static boolean containsAsyncValue(FuncType ft) {
        return contains(ft, u -> u instanceof StreamType || u instanceof FutureType);
    }

    /**
     * "{@code T} contains a {@code list} or {@code string}" of
     * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canonopt-validation">canonopt validation</a>:
     * whether values of {@code t} point into linear memory, so that lowering needs {@code memory}
     * and lifting needs {@code realloc}. A fixed-length list is inline, so only its element counts;
     * a {@code map} is a list.
     */
    public static boolean containsListOrString(ValueType t) {
        return contains(t, u -> u == PrimitiveType.STRING || u instanceof ListType);
    }

    /**
     * {@code contains(t, p)}: {@code p} holds for {@code t} or, after despecialization, for a type
     * nested in it. Payloads of {@code stream}/{@code future} are nested types; {@code own} and
     * {@code borrow} have none.
     */
    public static boolean contains(ValueType t, Predicate<ValueType> p) {
        ValueType d = Despecialization.despecialize(t);
        return switch (d) {
            case PrimitiveType u -> p.test(u);
            case OwnType u -> p.test(u);
            case BorrowType u -> p.test(u);
            case FlagsType u -> p.test(u);
            case ListType u -> p.test(u) || contains(u.element(), p);
            case FixedListType u -> p.test(u) || contains(u.element(), p);
            case StreamType u -> p.test(u) || contains(u.element(), p);
            case FutureType u -> p.test(u) || contains(u.element(), p);
            case RecordType u -> p.test(u) || u.fields().stream().map(Field::type).anyMatch(f -> contains(f, p));
            case VariantType u -> p.test(u) || u.cases().stream().map(Case::type).anyMatch(c -> contains(c, p));
            case TupleType u -> throw despecialized(u);
            case EnumType u -> throw despecialized(u);
            case OptionType u -> throw despecialized(u);
            case ResultType u -> throw despecialized(u);
            case MapType u -> throw despecialized(u);
        };
    }

    /**
     * {@code contains(ft, p)} over a function's parameter and result types. The spec's
     * {@code FuncType} case tests {@code p} on the top-level types only; this one looks inside them
     * as well, which is what every caller means (a {@code list<borrow<r>>} parameter contains a
     * borrow).
     */
    public static boolean contains(FuncType ft, Predicate<ValueType> p) {
        return ft.params().stream().anyMatch(f -> contains(f.type(), p))
                || ft.result().map(r -> contains(r, p)).orElse(false);
    }

    /** {@code case None: return False}: an absent payload contains nothing. */
    private static boolean contains(Optional<ValueType> t, Predicate<ValueType> p) {
        return t.map(u -> contains(u, p)).orElse(false);
    }

    private static AssertionError despecialized(ValueType t) {
        return new AssertionError("despecialize left a specialized type: " + t.wit());
    }
}
