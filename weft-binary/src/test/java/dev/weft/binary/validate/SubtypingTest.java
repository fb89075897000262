package dev.weft.binary.validate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Subtyping of extern types, with wasmparser's messages (Explainer: Subtyping). */
class SubtypingTest {
    private static final VType U32 = VType.Prim.of(PrimitiveType.U32);
    private static final VType STRING = VType.Prim.of(PrimitiveType.STRING);

    private static DefinedType record(String... namesAndTypes) {
        List<Def.Named> fields = new java.util.ArrayList<>();
        for (String n : namesAndTypes) fields.add(new Def.Named(n, U32));
        return new DefinedType(new Def.Record(fields));
    }

    private static void mismatch(Runnable check, String expected) {
        InvalidComponentException e = assertThrows(InvalidComponentException.class, check::run);
        assertTrue(e.reason().contains(expected), "`" + e.reason() + "` lacks `" + expected + "`");
    }

    @Test
    void valueTypes() {
        mismatch(() -> Subtyping.valType(STRING, U32, 0), "expected primitive `u32` found primitive `string`");
        mismatch(() -> Subtyping.any(new DefinedType(new Def.Primitive(PrimitiveType.U32)), record("a"), 0),
                "expected record, found u32");
        mismatch(() -> Subtyping.any(record("a"), new DefinedType(new Def.Primitive(PrimitiveType.U32)), 0),
                "expected primitive, found record");
        mismatch(() -> Subtyping.valType(record("a"), U32, 0), "expected u32, found record");
        mismatch(() -> Subtyping.valType(record("a", "b"), record("a"), 0), "expected 1 fields, found 2");
        mismatch(() -> Subtyping.valType(record("b"), record("a"), 0), "expected field name `a`, found `b`");
        DefinedType withString = new DefinedType(new Def.Record(List.of(new Def.Named("x", STRING))));
        mismatch(() -> Subtyping.valType(withString, record("x"), 0), "type mismatch in record field `x`");
        mismatch(() -> Subtyping.valType(new DefinedType(new Def.Flags(List.of("a"))), new DefinedType(new Def.Flags(List.of("b"))), 0),
                "mismatch in flags elements");
        mismatch(() -> Subtyping.valType(new DefinedType(new Def.Result(Optional.empty(), Optional.empty())),
                new DefinedType(new Def.Result(Optional.of(U32), Optional.empty())), 0), "expected ok type, but found none");
        mismatch(() -> Subtyping.valType(new DefinedType(new Def.Result(Optional.of(STRING), Optional.empty())),
                new DefinedType(new Def.Result(Optional.of(U32), Optional.empty())), 0), "type mismatch in ok variant");
    }

    @Test
    void caseInsensitiveLabelsMatch() {
        Subtyping.valType(record("Ab"), record("aB"), 0);
    }

    @Test
    void functions() {
        FuncDef none = new FuncDef(false, List.of(), Optional.empty());
        FuncDef one = new FuncDef(false, List.of(new Def.Named("x", U32)), Optional.empty());
        FuncDef y = new FuncDef(false, List.of(new Def.Named("y", U32)), Optional.empty());
        FuncDef result = new FuncDef(false, List.of(), Optional.of(U32));
        mismatch(() -> Subtyping.func(one, none, 0), "expected 0 parameters, found 1");
        mismatch(() -> Subtyping.func(one, y, 0), "expected parameter named `y`, found `x`");
        mismatch(() -> Subtyping.func(result, none, 0), "expected a result, found none");
        mismatch(() -> Subtyping.func(new FuncDef(false, List.of(), Optional.of(STRING)), result, 0), "type mismatch with result type");
    }

    @Test
    void resources() {
        ResourceRef a = new ResourceRef(new ResourceType("a"));
        ResourceRef b = new ResourceRef(new ResourceType("b"));
        mismatch(() -> Subtyping.valType(new DefinedType(new Def.Own(a)), new DefinedType(new Def.Own(b)), 0),
                "resource types are not the same");
        mismatch(() -> Subtyping.valType(new DefinedType(new Def.Borrow(a)), new DefinedType(new Def.Own(a)), 0),
                "expected own, found borrow");
        mismatch(() -> Subtyping.any(record("x"), a, 0), "expected resource, found defined type");
        // two index entries of one resource are the same type
        Subtyping.any(new ResourceRef(a.resource()), a, 0);
    }

    @Test
    void instancesMayExportMore() {
        FuncDef f = new FuncDef(false, List.of(), Optional.empty());
        InstanceTypeDef small = instance("f", new Entity.Func(f));
        InstanceTypeDef big = instance("f", new Entity.Func(f), "g", new Entity.Func(f));
        Subtyping.instance(big, small, 0);
        mismatch(() -> Subtyping.instance(small, big, 0), "missing expected export `g`");
        InstanceTypeDef other = instance("f", new Entity.Func(new FuncDef(false, List.of(new Def.Named("x", U32)), Optional.empty())));
        mismatch(() -> Subtyping.instance(other, small, 0), "type mismatch in instance export `f`");
    }

    @Test
    void componentsMayImportLessAndExportMore() {
        FuncDef f = new FuncDef(false, List.of(), Optional.empty());
        ComponentTypeDef importsF = component(map("f", new Entity.Func(f)), map());
        ComponentTypeDef importsNothing = component(map(), map());
        Subtyping.component(importsNothing, importsF, 0);
        mismatch(() -> Subtyping.component(importsF, importsNothing, 0), "missing import named `f`");
        ComponentTypeDef exportsG = component(map(), map("g", new Entity.Func(f)));
        Subtyping.component(exportsG, importsNothing, 0);
        mismatch(() -> Subtyping.component(importsNothing, exportsG, 0), "missing export named `g`");
    }

    private static LinkedHashMap<String, Entity> map(Object... kv) {
        LinkedHashMap<String, Entity> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Entity) kv[i + 1]);
        return m;
    }

    private static InstanceTypeDef instance(Object... kv) {
        return new InstanceTypeDef(map(kv), List.of(), new LinkedHashMap<>());
    }

    private static ComponentTypeDef component(LinkedHashMap<String, Entity> imports, LinkedHashMap<String, Entity> exports) {
        return new ComponentTypeDef(imports, exports, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }
}
