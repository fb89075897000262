package dev.weft.runtime.canon;

import dev.weft.abi.AddressType;
import dev.weft.abi.Flattening;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import java.util.List;

/**
 * The parameter types or the result types of a function, as {@code lift_flat_values} and
 * {@code lower_flat_values} see them: their layouts, how many core values they flatten to, and the
 * layout of {@code TupleType(ts)} in which they spill to memory when that is more than
 * {@code max_flat}.
 */
public final class ValuesLayout {
    final Layout[] types;
    /** {@code len(flatten_types(ts))}, or {@code MAX_FLAT + 1} if more than {@link Layout#MAX_FLAT}. */
    final int flatCount;
    /** {@code TupleType(ts)}; null when there are no types. */
    final Layout tuple;

    private ValuesLayout(Layout[] types, int flatCount, Layout tuple) {
        this.types = types;
        this.flatCount = flatCount;
        this.tuple = tuple;
    }

    public static ValuesLayout of(List<ValueType> ts, AddressType a) {
        Layout[] types = ts.stream().map(t -> Layout.of(t, a)).toArray(Layout[]::new);
        int flatCount = Flattening.flattenTypes(ts, a, Layout.MAX_FLAT).map(List::size).orElse(Layout.MAX_FLAT + 1);
        Layout tuple = ts.isEmpty() ? null : Layout.of(new TupleType(ts), a);
        return new ValuesLayout(types, flatCount, tuple);
    }

    /** How many types. */
    public int size() {
        return types.length;
    }

    /** The layout of the {@code i}-th type. */
    public Layout get(int i) {
        return types[i];
    }

    /** Whether {@code lift_flat_values}/{@code lower_flat_values} with {@code maxFlat} go through memory. */
    public boolean spills(int maxFlat) {
        return flatCount > maxFlat;
    }
}
