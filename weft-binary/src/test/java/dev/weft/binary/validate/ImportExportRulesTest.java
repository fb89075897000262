package dev.weft.binary.validate;

import static dev.weft.binary.validate.Ast.U32;
import static dev.weft.binary.validate.Ast.component;
import static dev.weft.binary.validate.Ast.eq;
import static dev.weft.binary.validate.Ast.exportSection;
import static dev.weft.binary.validate.Ast.func;
import static dev.weft.binary.validate.Ast.funcType;
import static dev.weft.binary.validate.Ast.importSection;
import static dev.weft.binary.validate.Ast.invalid;
import static dev.weft.binary.validate.Ast.param;
import static dev.weft.binary.validate.Ast.ref;
import static dev.weft.binary.validate.Ast.subResource;
import static dev.weft.binary.validate.Ast.types;
import static dev.weft.binary.validate.Ast.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.Sort;
import dev.weft.types.ExternType;
import dev.weft.types.OwnType;
import dev.weft.types.TypeDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Imports and exports: named types, resource function names, ascriptions, name uniqueness. */
class ImportExportRulesTest {
    private static final DefValType.Record RECORD = new DefValType.Record(List.of(new DefValType.Field("x", U32)));

    @Test
    void importedFunctionsMayOnlyNameImportedTypes() {
        // the record is imported as type 1; a function over the import is fine ...
        valid(component(types(RECORD), importSection("r", eq(0)),
                types(funcType(List.of(param("x", ref(1))), null)), importSection("f", func(2))));
        // ... but not over the record's own definition
        invalid(component(types(RECORD), importSection("r", eq(0)),
                types(funcType(List.of(param("x", ref(0))), null)), importSection("f", func(2))),
                "func not valid to be used as import");
    }

    @Test
    void exportedFunctionsMayOnlyNameExportedTypes() {
        // an imported record may be exported by function exports (imports are nameable by exports too)
        valid(component(types(RECORD), importSection("r", eq(0)),
                types(funcType(List.of(param("x", ref(1))), null)), importSection("f", func(2)),
                exportSection("g", Sort.FUNC, 0)));
        invalid(component(types(RECORD, funcType(List.of(param("x", ref(0))), null)),
                        exportSection("t", Sort.TYPE, 1)),
                "type not valid to be used as export");
    }

    @Test
    void localResourcesCannotBeImported() {
        invalid(component(types(new DefType.Resource(CoreValType.Num.I32, Optional.empty()), new DefValType.Own(0),
                        funcType(List.of(), ref(1))), importSection("f", func(2))),
                "func not valid to be used as import");
    }

    @Test
    void constructorsReturnTheirResource() {
        valid(component(importSection("r", subResource()), types(new DefValType.Own(0), funcType(List.of(), ref(1))),
                importSection("[constructor]r", func(2))));
        invalid(component(importSection("r", subResource()), types(funcType(List.of(), U32)),
                        importSection("[constructor]r", func(1))),
                "function should return `(own $T)` or `(result (own $T))`");
        invalid(component(importSection("r", subResource()), importSection("s", subResource()),
                        types(new DefValType.Own(1), funcType(List.of(), ref(2))), importSection("[constructor]r", func(3))),
                "function does not match expected resource name `s`");
    }

    @Test
    void methodsTakeSelfFirst() {
        valid(component(importSection("r", subResource()), types(new DefValType.Borrow(0),
                funcType(List.of(param("self", ref(1))), null)), importSection("[method]r.m", func(2))));
        invalid(component(importSection("r", subResource()), types(new DefValType.Borrow(0),
                        funcType(List.of(param("this", ref(1))), null)), importSection("[method]r.m", func(2))),
                "should have a first argument called `self`");
        invalid(component(importSection("r", subResource()), types(funcType(List.of(param("self", U32)), null)),
                        importSection("[method]r.m", func(1))),
                "should take a first argument of `(borrow $T)`");
        invalid(component(types(funcType(List.of(), null)), importSection("[static]r.m", func(0))),
                "static resource name is not known in this context");
    }

    @Test
    void ascribedTypesMustBeSupertypes() {
        invalid(component(types(funcType(List.of(), null), funcType(List.of(param("a", U32)), null)),
                        importSection("f", func(0)), exportSection("g", Sort.FUNC, 0, func(1))),
                "ascribed type of export is not compatible");
    }

    @Test
    void namesAreStronglyUnique() {
        invalid(component(types(funcType(List.of(), null)), importSection("a", func(0)), importSection("A", func(0))),
                "import name `A` conflicts with previous name `a`");
    }

    @Test
    void exportsIntroduceIndicesAndResourceIdentitiesFlowThrough() {
        ValidatedComponent v = valid(component(importSection("r", subResource()),
                types(new DefValType.Own(0), funcType(List.of(), ref(1))),
                importSection("[constructor]r", func(2)),
                exportSection("r2", Sort.TYPE, 0),
                exportSection("c", Sort.FUNC, 0)));
        List<Definition.Export> exports = v.definitions(Definition.Export.class);
        assertEquals(new Idx.Type(3), exports.get(0).index());
        assertEquals(new Idx.Func(1), exports.get(1).index());
        TypeDef.Resource imported = (TypeDef.Resource) ((ExternType.Type) v.type().imports().get("r")).type();
        ExternType.Func c = (ExternType.Func) v.type().exports().get("c");
        assertSame(imported.resource(), ((OwnType) c.type().result().orElseThrow()).resource());
        assertEquals(List.of(imported.resource()), v.type().importedResources());
    }
}
