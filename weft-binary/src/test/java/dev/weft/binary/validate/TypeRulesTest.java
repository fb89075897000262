package dev.weft.binary.validate;

import static dev.weft.binary.validate.Ast.STRING;
import static dev.weft.binary.validate.Ast.U32;
import static dev.weft.binary.validate.Ast.component;
import static dev.weft.binary.validate.Ast.funcType;
import static dev.weft.binary.validate.Ast.importSection;
import static dev.weft.binary.validate.Ast.invalid;
import static dev.weft.binary.validate.Ast.param;
import static dev.weft.binary.validate.Ast.ref;
import static dev.weft.binary.validate.Ast.subResource;
import static dev.weft.binary.validate.Ast.types;
import static dev.weft.binary.validate.Ast.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.PrimValType;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.TypeDef;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of type definitions (Explainer: type definitions; Binary.md validation notes). */
class TypeRulesTest {

    @Test
    void aggregatesNeedAtLeastOneMember() {
        invalid(component(types(new DefValType.Record(List.of()))), "record type must have at least one field");
        invalid(component(types(new DefValType.Variant(List.of()))), "variant type must have at least one case");
        invalid(component(types(new DefValType.Tuple(List.of()))), "tuple type must have at least one type");
        invalid(component(types(new DefValType.Flags(List.of()))), "flags must have at least one entry");
        invalid(component(types(new DefValType.Enum(List.of()))), "enum type must have at least one variant");
    }

    @Test
    void atMost32Flags() {
        List<String> flags = IntStream.range(0, 33).mapToObj(i -> "f" + i).toList();
        invalid(component(types(new DefValType.Flags(flags))), "cannot have more than 32 flags");
        valid(component(types(new DefValType.Flags(flags.subList(0, 32)))));
    }

    @Test
    void labelsAreKebabAndUnique() {
        invalid(component(types(new DefValType.Record(List.of(new DefValType.Field("a", U32), new DefValType.Field("A", U32))))),
                "record field name `A` conflicts with previous field name `a`");
        invalid(component(types(new DefValType.Enum(List.of("NevEr")))), "enum tag name `NevEr` is not in kebab case");
    }

    @Test
    void valtypeIndexMustNameADefinedValueType() {
        invalid(component(types(funcType(List.of(), null), new DefValType.ListOf(ref(0)))), "type index 0 is not a defined type");
        invalid(component(types(new DefValType.ListOf(ref(7)))), "unknown type 7: type index out of bounds");
    }

    @Test
    void ownAndBorrowReferToResources() {
        invalid(component(types(new DefValType.Own(0))), "unknown type 0: type index out of bounds");
        invalid(component(types(PrimValType.U8, new DefValType.Own(0))), "type index 0 is not a resource type");
        valid(component(importSection("r", subResource()), types(new DefValType.Own(0), new DefValType.Borrow(0))));
    }

    @Test
    void borrowNotAllowedInResults() {
        invalid(component(importSection("r", subResource()),
                        types(new DefValType.Borrow(0), new DefValType.Option(ref(1)), funcType(List.of(), ref(2)))),
                "function result cannot contain a `borrow` type");
        valid(component(importSection("r", subResource()),
                types(new DefValType.Borrow(0), funcType(List.of(param("self", ref(1))), null))));
    }

    @Test
    void streamOfCharIsNotValid() {
        invalid(component(types(new DefValType.Stream(Optional.of(PrimValType.CHAR)))), "`stream<char>` is not valid");
        valid(component(types(new DefValType.Stream(Optional.of(PrimValType.U8)), new DefValType.Future(Optional.empty()))));
    }

    @Test
    void elementSizeBound() {
        invalid(component(types(new DefValType.FixedList(PrimValType.U8, 1L << 28))), "exceeds maximum byte size");
        valid(component(types(new DefValType.FixedList(PrimValType.U8, (1L << 28) - 1))));
    }

    @Test
    void typesAreBoundedInDepthAndSize() {
        DefType[] deep = new DefType[101];
        deep[0] = PrimValType.U8;
        for (int i = 1; i < deep.length; i++) deep[i] = new DefValType.ListOf(ref(i - 1));
        invalid(component(types(deep)), "type nesting is too deep");
        // each tuple doubles the size of the tree: 2^40 nodes, but a DAG of 41 definitions
        DefType[] wide = new DefType[41];
        wide[0] = PrimValType.U8;
        for (int i = 1; i < wide.length; i++) wide[i] = new DefValType.Tuple(List.of(ref(i - 1), ref(i - 1)));
        invalid(component(types(wide)), "effective type size exceeds the limit of 1000000");
    }

    @Test
    void resourcesOnlyInConcreteComponents() {
        DefType.Resource r = new DefType.Resource(CoreValType.Num.I32, Optional.empty());
        invalid(component(types(new DefType.InstanceType(List.of(new DefType.Decl.Type(0, r))))),
                "resources can only be defined within a concrete component");
        invalid(component(types(new DefType.Resource(CoreValType.Num.F32, Optional.empty()))),
                "resources can only be represented by `i32` or `i64`");
        valid(component(types(r)));
    }

    @Test
    void destructorMustBeACoreFunction() {
        invalid(component(types(new DefType.Resource(CoreValType.Num.I32, Optional.of(0)))),
                "unknown core function 0: function index out of bounds");
    }

    @Test
    void duplicateParametersAreRejected() {
        invalid(component(types(funcType(List.of(param("foo", U32), param("FOO", STRING)), null))),
                "function parameter name `FOO` conflicts with previous parameter name `foo`");
    }

    @Test
    void typeDefinitionsAreRecordedWithSemanticTypes() {
        ValidatedComponent v = valid(component(types(
                new DefValType.Record(List.of(new DefValType.Field("a", U32))),
                new DefValType.ListOf(ref(0)),
                new DefValType.ListOf(ref(0)))));
        List<Definition.TypeDefinition> defs = v.definitions(Definition.TypeDefinition.class);
        assertEquals(3, defs.size());
        assertEquals(new Idx.Type(2), defs.get(2).index());
        TypeDef.Value second = (TypeDef.Value) defs.get(1).type();
        TypeDef.Value third = (TypeDef.Value) defs.get(2).type();
        assertEquals(new ListType(new RecordType(List.of(new dev.weft.types.Field("a", PrimitiveType.U32)))), second.type());
        // interned: equal types are one instance
        org.junit.jupiter.api.Assertions.assertSame(second.type(), third.type());
        assertEquals(Collections.emptyMap(), v.type().imports());
    }

    @Test
    void valuesAreUsedExactlyOnce() {
        ExternDesc value = new ExternDesc.Value(new ExternDesc.ValueOf(U32));
        invalid(component(importSection("v", value)), "value index 0 was not used as part of an instantiation");
        valid(component(importSection("v", value), Ast.exportSection("w", dev.weft.binary.ast.Sort.VALUE, 0)));
        invalid(component(importSection("v", value), Ast.exportSection("w", dev.weft.binary.ast.Sort.VALUE, 0),
                Ast.exportSection("x", dev.weft.binary.ast.Sort.VALUE, 0)), "value 0 cannot be used more than once");
    }
}
