package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.oneItem;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreDefType.ArrayType;
import dev.weft.binary.ast.CoreDefType.FieldType;
import dev.weft.binary.ast.CoreDefType.FuncType;
import dev.weft.binary.ast.CoreDefType.ModuleDecl;
import dev.weft.binary.ast.CoreDefType.RecGroup;
import dev.weft.binary.ast.CoreDefType.StructType;
import dev.weft.binary.ast.CoreDefType.SubType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreStorageType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.CoreValType.HeapType;
import dev.weft.binary.ast.Section;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Section 3 (core types): function types, GC recursion groups and subtypes, module types. */
class CoreTypeReaderTest {

    private static CoreDefType coreType(Bytes item) {
        var types = only(decode(oneItem(3, item)), Section.CoreTypes.class).types();
        assertEquals(1, types.size());
        return types.get(0);
    }

    @Test
    void funcType() {
        var t = coreType(Bytes.of(0x60, 0x02, 0x7f, 0x7e, 0x02, 0x7d, 0x7c));
        assertEquals(RecGroup.single(new FuncType(
                List.of(CoreValType.Num.I32, CoreValType.Num.I64),
                List.of(CoreValType.Num.F32, CoreValType.Num.F64))), t);
    }

    @Test
    void referenceTypes() {
        var t = coreType(Bytes.of(0x60, 0x05, 0x70, 0x6f, 0x63, 0x6e, 0x64, 0x03, 0x7b, 0x00));
        FuncType f = (FuncType) ((RecGroup) t).types().get(0).composite();
        assertEquals(List.of(CoreValType.Ref.FUNCREF, CoreValType.Ref.EXTERNREF,
                new CoreValType.Ref(true, HeapType.Abstract.ANY),
                new CoreValType.Ref(false, new HeapType.Concrete(3)),
                CoreValType.Num.V128), f.params());
    }

    @Test
    void nonFinalSubtypeNeedsTheZeroPrefix() {
        var t = coreType(Bytes.of(0x00, 0x50, 0x00, 0x60, 0x00, 0x00));
        assertEquals(new RecGroup(false, List.of(new SubType(false, List.of(), new FuncType(List.of(), List.of())))), t);
        malformed(oneItem(3, Bytes.of(0x00, 0x60, 0x00, 0x00)), "invalid leading byte (0x60) for non-final sub type", FIRST_ITEM + 1);
    }

    @Test
    void recGroupWithStructArrayAndSupertype() {
        var t = coreType(Bytes.of(0x4e, 0x03,
                0x5f, 0x02, 0x78, 0x01, 0x7f, 0x00,          // (struct (field (mut i8)) (field i32))
                0x5e, 0x77, 0x00,                            // (array i16)
                0x4f, 0x01, 0x00, 0x5f, 0x00));              // (sub final 0 (struct))
        assertEquals(new RecGroup(true, List.of(
                new SubType(true, List.of(), new StructType(List.of(
                        new FieldType(CoreStorageType.Packed.I8, true), new FieldType(CoreValType.Num.I32, false)))),
                new SubType(true, List.of(), new ArrayType(new FieldType(CoreStorageType.Packed.I16, false))),
                new SubType(true, List.of(0), new StructType(List.of())))), t);
    }

    @Test
    void moduleType() {
        var t = coreType(Bytes.of(0x50, 0x04)
                .b(0x01, 0x60, 0x00, 0x00)                                   // type
                .b(0x00).str("a").str("b").b(0x02, 0x00, 0x01)              // import "a" "b" (memory 1)
                .b(0x02, 0x10, 0x01, 0x01, 0x00)                             // alias outer 1 0 (type)
                .b(0x03).str("e").b(0x00, 0x00));                            // export "e" (func 0)
        int d = FIRST_ITEM + 2;
        assertEquals(new CoreDefType.ModuleType(List.of(
                new ModuleDecl.Type(d, RecGroup.single(new FuncType(List.of(), List.of()))),
                new ModuleDecl.Import(d + 4, "a", "b", new CoreExternType.Memory(
                        new CoreExternType.Limits(1, OptionalLong.empty(), false), false, false, 16)),
                new ModuleDecl.OuterAlias(d + 12, 1, 0),
                new ModuleDecl.Export(d + 17, "e", new CoreExternType.Func(0)))), t);
    }

    @Test
    void moduleTypeErrors() {
        malformed(oneItem(3, Bytes.of(0x50, 0x01, 0x04, 0x60, 0x00, 0x00)), "invalid leading byte (0x4) for type definition", 13);
        malformed(oneItem(3, Bytes.of(0x50, 0x01, 0x02, 0x00, 0x01, 0x01, 0x00)), "invalid leading byte (0x0) for outer alias kind", 14);
        malformed(oneItem(3, Bytes.of(0x50, 0x01, 0x02, 0x10, 0x00, 0x01, 0x00)), "invalid leading byte (0x0) for outer alias target", 15);
        // a module type inside a module type is read as a non-final subtype whose composite is not a type
        malformed(Bytes.component().vecSection(3, Bytes.of(0x50, 0x02, 0x01, 0x50, 0x00, 0x01, 0x60, 0x00, 0x00)),
                "invalid leading byte (0x1) for type", 16);
        malformed(oneItem(3, Bytes.of(0x50, 0x01, 0x00).str("a").str("b").b(0x05)),
                "invalid leading byte (0x5) for external kind", 18);
    }

    @Test
    void typeErrors() {
        malformed(oneItem(3, Bytes.of(0x61)), "invalid leading byte (0x61) for type", FIRST_ITEM);
        malformed(oneItem(3, Bytes.of(0x60, 0x01, 0x40, 0x00)), "invalid value type", 13);
        malformed(oneItem(3, Bytes.of(0x60, 0x01, 0x63, 0x40, 0x00)), "invalid heap type", 14);
        malformed(oneItem(3, Bytes.of(0x5e, 0x7f, 0x02)), "malformed mutability byte for field type", 13);
        malformed(oneItem(3, Bytes.of(0x4f, 0x02, 0x00, 0x01, 0x60, 0x00, 0x00)), "supertype idxs size is out of bounds", 12);
        malformed(oneItem(3, Bytes.of(0x60).u32(1001)), "function params size is out of bounds", 12);
    }
}
