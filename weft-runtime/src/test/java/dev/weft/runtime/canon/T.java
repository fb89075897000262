package dev.weft.runtime.canon;

import dev.weft.abi.AddressType;
import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.types.Case;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.RecordType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Short ways to build types and contexts in tests. */
final class T {
    private T() {}

    static Layout layout(ValueType t) {
        return Layout.of(t, AddressType.I32);
    }

    static RecordType record(Object... namesAndTypes) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new Field((String) namesAndTypes[i], (ValueType) namesAndTypes[i + 1]));
        }
        return new RecordType(fields);
    }

    /** A variant of cases named c0, c1, ... with the given payloads (null: none). */
    static VariantType variant(ValueType... payloads) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) cases.add(new Case("c" + i, Optional.ofNullable(payloads[i])));
        return new VariantType(cases);
    }

    /** A function with parameters p0, p1, ... */
    static FuncType func(List<ValueType> params, ValueType result) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) fields.add(new Field("p" + i, params.get(i)));
        return new FuncType(false, fields, Optional.ofNullable(result));
    }

    /** A memory, its realloc and a context over them. */
    record Env(FakeMemory memory, FakeRealloc realloc, ComponentInstanceState inst, LiftLowerContext cx) {
        static Env of(StringEncoding encoding) {
            FakeMemory memory = new FakeMemory();
            FakeRealloc realloc = new FakeRealloc(memory);
            ComponentInstanceState inst = new ComponentInstanceState();
            return new Env(memory, realloc, inst, new LiftLowerContext(CanonOptions.of(encoding, memory, realloc), inst));
        }

        static Env utf8() {
            return of(StringEncoding.UTF8);
        }

        CanonOptions opts() {
            return cx.opts();
        }
    }
}
