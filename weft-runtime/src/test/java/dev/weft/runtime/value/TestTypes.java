package dev.weft.runtime.value;

import static dev.weft.types.PrimitiveType.BOOL;
import static dev.weft.types.PrimitiveType.F32;
import static dev.weft.types.PrimitiveType.F64;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;

import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FlagsType;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.List;
import java.util.Optional;

/** Types the tests share, mostly after wasm-wave's {@code tests/ui/ui.wit}. */
final class TestTypes {
    static final RecordType POINT = record(field("x", F64), field("y", F64));
    static final RecordType BASIC = record(field("required", U8), field("optional", new OptionType(U8)));
    static final RecordType OPTIONAL_FIELDS = record(field("a", new OptionType(U8)), field("b", new OptionType(U8)));
    static final RecordType KEYWORD_FIELDS = record(field("true", BOOL), field("false", BOOL),
            field("some", new OptionType(U8)), field("none", new OptionType(U8)), field("ok", result(null, null)),
            field("err", result(null, null)), field("inf", F32), field("nan", F32));
    static final EnumType HAND = new EnumType(List.of("left", "right"));
    static final EnumType KEYWORD_CASES = new EnumType(List.of("true", "false", "some", "none", "ok", "err", "inf", "nan"));
    static final FlagsType PERMISSIONS = new FlagsType(List.of("read", "write", "exec"));
    static final VariantType RESPONSE = new VariantType(List.of(new Case("empty", Optional.empty()),
            new Case("body", Optional.of(new ListType(U8))), new Case("err", Optional.of(STRING))));
    static final VariantType SHAPE = new VariantType(List.of(new Case("circle", Optional.of(F64)),
            new Case("polygon", Optional.of(new ListType(POINT))), new Case("none", Optional.empty())));
    static final TupleType PAIR = new TupleType(List.of(U32, STRING));

    private TestTypes() {
    }

    static Field field(String name, ValueType type) {
        return new Field(name, type);
    }

    static RecordType record(Field... fields) {
        return new RecordType(List.of(fields));
    }

    static ResultType result(ValueType ok, ValueType err) {
        return new ResultType(Optional.ofNullable(ok), Optional.ofNullable(err));
    }

    static OptionType option(ValueType t) {
        return new OptionType(t);
    }

    static ListType list(ValueType t) {
        return new ListType(t);
    }
}
