package dev.weft.abi;

import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.OptionType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Short constructors for the tests' types. */
final class T {
    private T() {}

    static RecordType record(ValueType... types) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) fields.add(new Field("f" + i, types[i]));
        return new RecordType(fields);
    }

    static TupleType tuple(ValueType... types) {
        return new TupleType(Arrays.asList(types));
    }

    static Case c(String name, ValueType t) {
        return new Case(name, Optional.ofNullable(t));
    }

    static VariantType variant(Case... cases) {
        return new VariantType(Arrays.asList(cases));
    }

    static VariantType variantOfSize(int n) {
        return new VariantType(IntStream.range(0, n).mapToObj(i -> new Case("c" + i, Optional.empty())).toList());
    }

    static FlagsType flags(int n) {
        return new FlagsType(IntStream.range(0, n).mapToObj(i -> "f" + i).toList());
    }

    static EnumType enumOf(String... names) {
        return new EnumType(Arrays.asList(names));
    }

    static OptionType option(ValueType t) {
        return new OptionType(t);
    }

    static ResultType result(ValueType ok, ValueType err) {
        return new ResultType(Optional.ofNullable(ok), Optional.ofNullable(err));
    }

    static FuncType func(boolean async, List<ValueType> params, ValueType result) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) fields.add(new Field("p" + i, params.get(i)));
        return new FuncType(async, fields, Optional.ofNullable(result));
    }

    static List<ValueType> times(int n, ValueType t) {
        return java.util.Collections.nCopies(n, t);
    }
}
