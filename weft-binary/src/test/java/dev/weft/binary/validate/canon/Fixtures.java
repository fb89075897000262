package dev.weft.binary.validate.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared helpers of the canon tests. */
final class Fixtures {
    private Fixtures() {}

    static final CoreValType I32 = CoreValType.Num.I32;
    static final CoreValType I64 = CoreValType.Num.I64;
    static final CoreValType F32 = CoreValType.Num.F32;
    static final int OFFSET = 0x42;

    static FuncType ft(boolean async, List<ValueType> params, ValueType result) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) fields.add(new Field("p" + i, params.get(i)));
        return new FuncType(async, fields, Optional.ofNullable(result));
    }

    static CoreDefType.FuncType core(List<CoreValType> params, List<CoreValType> results) {
        return new CoreDefType.FuncType(params, results);
    }

    /** Validates and expects a core function of exactly this type. */
    static void assertCore(List<CoreValType> params, List<CoreValType> results, Canon canon, CanonContext ctx) {
        assertEquals(new CanonResult.CoreFunc(core(params, results)), CanonValidator.validate(canon, ctx));
    }

    /** Validates and expects exactly this message at {@link #OFFSET}. */
    static void assertInvalid(String reason, Canon canon, CanonContext ctx) {
        InvalidComponentException e = assertThrows(InvalidComponentException.class,
                () -> CanonValidator.validate(canon, ctx));
        assertEquals(reason, e.reason());
        assertEquals(OFFSET, e.offset());
    }
}
