package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.oneItem;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefType.Decl;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.DefValType.Case;
import dev.weft.binary.ast.DefValType.Field;
import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.ast.ValType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Section 7 (types): every type constructor of Binary.md, the declarators and their errors. */
class TypeReaderTest {

    private static List<DefType> types(Bytes... items) {
        return only(decode(Bytes.component().vecSection(7, items)), Section.Types.class).types();
    }

    private static DefType type(Bytes item) {
        return types(item).get(0);
    }

    @Test
    void primitives() {
        Bytes[] items = Arrays.stream(PrimValType.values()).map(p -> Bytes.of(p.opcode())).toArray(Bytes[]::new);
        assertEquals(List.of(PrimValType.values()), types(items));
    }

    @Test
    void definedValueTypes() {
        List<DefType> t = types(
                Bytes.of(0x72, 0x02).str("a").b(0x7f).str("b").b(0x7d),
                Bytes.of(0x71, 0x02).str("x").b(0x01, 0x7e, 0x00).str("y").b(0x00, 0x00),
                Bytes.of(0x70, 0x7b),
                Bytes.of(0x67, 0x7d, 0x03),
                Bytes.of(0x6f, 0x02, 0x7c, 0x79),
                Bytes.of(0x6e, 0x02).str("f1").str("f2"),
                Bytes.of(0x6d, 0x02).str("e1").str("e2"),
                Bytes.of(0x6b, 0x7a),
                Bytes.of(0x6a, 0x00, 0x00),
                Bytes.of(0x6a, 0x01, 0x76, 0x01, 0x75),
                Bytes.of(0x69, 0x00),
                Bytes.of(0x68, 0x05),
                Bytes.of(0x66, 0x01, 0x7d),
                Bytes.of(0x66, 0x00),
                Bytes.of(0x65, 0x01, 0x73),
                Bytes.of(0x65, 0x00),
                Bytes.of(0x63, 0x73, 0x79),
                Bytes.of(0x70, 0x02),
                Bytes.of(0x70).u32(300));
        assertEquals(List.of(
                new DefValType.Record(List.of(new Field("a", PrimValType.BOOL), new Field("b", PrimValType.U8))),
                new DefValType.Variant(List.of(new Case("x", Optional.of(PrimValType.S8)), new Case("y", Optional.empty()))),
                new DefValType.ListOf(PrimValType.U16),
                new DefValType.FixedList(PrimValType.U8, 3),
                new DefValType.Tuple(List.of(PrimValType.S16, PrimValType.U32)),
                new DefValType.Flags(List.of("f1", "f2")),
                new DefValType.Enum(List.of("e1", "e2")),
                new DefValType.Option(PrimValType.S32),
                new DefValType.Result(Optional.empty(), Optional.empty()),
                new DefValType.Result(Optional.of(PrimValType.F32), Optional.of(PrimValType.F64)),
                new DefValType.Own(0),
                new DefValType.Borrow(5),
                new DefValType.Stream(Optional.of(PrimValType.U8)),
                new DefValType.Stream(Optional.empty()),
                new DefValType.Future(Optional.of(PrimValType.STRING)),
                new DefValType.Future(Optional.empty()),
                new DefValType.MapOf(PrimValType.STRING, PrimValType.U32),
                new DefValType.ListOf(new ValType.Ref(2)),
                new DefValType.ListOf(new ValType.Ref(300))), t);
    }

    @Test
    void funcTypes() {
        assertEquals(List.of(
                new DefType.Func(false, List.of(), Optional.empty()),
                new DefType.Func(false, List.of(new Field("p", PrimValType.BOOL)), Optional.of(PrimValType.U32)),
                new DefType.Func(true, List.of(), Optional.empty())),
                types(Bytes.of(0x40, 0x00, 0x01, 0x00),
                        Bytes.of(0x40, 0x01).str("p").b(0x7f, 0x00, 0x79),
                        Bytes.of(0x43, 0x00, 0x01, 0x00)));
    }

    @Test
    void resourceTypes() {
        assertEquals(List.of(new DefType.Resource(CoreValType.Num.I32, Optional.empty()),
                        new DefType.Resource(CoreValType.Num.I32, Optional.of(7))),
                types(Bytes.of(0x3f, 0x7f, 0x00), Bytes.of(0x3f, 0x7f, 0x01, 0x07)));
        malformed(oneItem(7, Bytes.of(0x3f, 0x7f, 0x02)), "invalid leading byte (0x2) for resource destructor", 13);
    }

    @Test
    void componentType() {
        var t = type(Bytes.of(0x41, 0x05)
                .b(0x01, 0x73)                                 // type string
                .b(0x03, 0x00).str("a").b(0x03, 0x00, 0x00)    // import "a" (type (eq 0))
                .b(0x00, 0x60, 0x00, 0x00)                     // core type
                .b(0x02, 0x03, 0x02, 0x01, 0x00)               // alias outer 1 0 (type)
                .b(0x04, 0x00).str("b").b(0x01, 0x02));        // export "b" (func 2)
        int d = FIRST_ITEM + 2;
        assertEquals(new DefType.ComponentType(List.of(
                new Decl.Type(d, PrimValType.STRING),
                new Decl.Import(d + 2, new ExternName(d + 3, 0, "a", List.of()), new ExternDesc.Type(new ExternDesc.Eq(0))),
                new Decl.CoreType(d + 9, CoreDefType.RecGroup.single(new CoreDefType.FuncType(List.of(), List.of()))),
                new Decl.AliasDecl(d + 13, new Alias(d + 14, Sort.TYPE, new Alias.Outer(1, 0))),
                new Decl.Export(d + 18, new ExternName(d + 19, 0, "b", List.of()), new ExternDesc.Func(2)))), t);
    }

    @Test
    void instanceType() {
        var t = type(Bytes.of(0x42, 0x02)
                .b(0x01, 0x40, 0x00, 0x01, 0x00)
                .b(0x04, 0x00).str("t").b(0x03, 0x01));
        int d = FIRST_ITEM + 2;
        assertEquals(new DefType.InstanceType(List.of(
                new Decl.Type(d, new DefType.Func(false, List.of(), Optional.empty())),
                new Decl.Export(d + 5, new ExternName(d + 6, 0, "t", List.of()), new ExternDesc.Type(new ExternDesc.SubResource())))), t);
    }

    @Test
    void declaratorErrors() {
        malformed(oneItem(7, Bytes.of(0x41, 0x01, 0x05, 0x73)),
                "invalid leading byte (0x5) for component or instance type declaration", 13);
        malformed(oneItem(7, Bytes.of(0x42, 0x01, 0x03, 0x00).str("a").b(0x03, 0x01)),
                "invalid leading byte (0x3) for component or instance type declaration", 13);
    }

    @Test
    void typeErrors() {
        malformed(oneItem(7, Bytes.of(0x62)), "invalid leading byte (0x62) for component defined type", FIRST_ITEM);
        malformed(oneItem(7, Bytes.of(0x44)), "invalid leading byte (0x44) for component defined type", FIRST_ITEM);
        malformed(oneItem(7, Bytes.of(0x3e)), "invalid leading byte (0x3e) for component defined type", FIRST_ITEM);
        malformed(oneItem(7, Bytes.of(0x71, 0x01).str("c").b(0x00, 0x01)), "invalid leading byte (0x1) for zero byte required", 16);
        malformed(oneItem(7, Bytes.of(0x40, 0x00, 0x01, 0x01)), "invalid leading byte (0x1) for number of results", 14);
        malformed(oneItem(7, Bytes.of(0x40, 0x00, 0x02, 0x00)), "invalid leading byte (0x2) for component function results", 13);
        malformed(oneItem(7, Bytes.of(0x6b, 0x80)), "unexpected end-of-file", 13);
        malformed(oneItem(7, Bytes.of(0x66, 0x02)), "invalid leading byte (0x2) for optional component value type", 12);
        malformed(oneItem(7, Bytes.of(0x6e).u32(1001)), "flag names size is out of bounds", 12);
        malformed(oneItem(7, Bytes.of(0x72, 0x01).str("a").b(0xff, 0xff, 0xff, 0xff, 0x4f)), "invalid var_s33: integer too large", 19);
    }
}
