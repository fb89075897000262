package dev.weft.binary.validate;

import static dev.weft.binary.validate.Ast.alias;
import static dev.weft.binary.validate.Ast.component;
import static dev.weft.binary.validate.Ast.exportSection;
import static dev.weft.binary.validate.Ast.func;
import static dev.weft.binary.validate.Ast.funcType;
import static dev.weft.binary.validate.Ast.importSection;
import static dev.weft.binary.validate.Ast.instantiate;
import static dev.weft.binary.validate.Ast.invalid;
import static dev.weft.binary.validate.Ast.nested;
import static dev.weft.binary.validate.Ast.param;
import static dev.weft.binary.validate.Ast.ref;
import static dev.weft.binary.validate.Ast.subResource;
import static dev.weft.binary.validate.Ast.types;
import static dev.weft.binary.validate.Ast.valid;
import static dev.weft.binary.validate.Ast.with;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.Sort;
import dev.weft.types.ExternType;
import dev.weft.types.OwnType;
import dev.weft.types.TypeDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Component instantiation, aliases and resource substitution. */
class InstanceRulesTest {

    /** Imports resource "r" and "f: func(x: own<r>)", exports "g" = f and "r2" = r. */
    private static Component inner() {
        return component(importSection("r", subResource()),
                types(new DefValType.Own(0), funcType(List.of(param("x", ref(1))), null)),
                importSection("f", func(2)),
                exportSection("g", Sort.FUNC, 0),
                exportSection("r2", Sort.TYPE, 0));
    }

    @Test
    void everyImportMustBeSupplied() {
        invalid(component(nested(inner()), instantiate(0)), "missing import named `r`");
    }

    @Test
    void argumentsMustHaveTheImportedKind() {
        invalid(component(nested(inner()), importSection("r", subResource()), instantiate(0, with("r", Sort.TYPE, 0),
                        with("f", Sort.COMPONENT, 0))),
                "expected func, found component");
    }

    @Test
    void argumentNamesAreUnique() {
        invalid(component(nested(inner()), importSection("r", subResource()),
                        instantiate(0, with("r", Sort.TYPE, 0), with("r", Sort.TYPE, 0))),
                "instantiation argument `r` conflicts with previous argument `r`");
    }

    @Test
    void suppliedResourcesAreSubstitutedIntoExports() {
        ValidatedComponent v = valid(component(nested(inner()),
                importSection("r", subResource()),
                types(new DefValType.Own(0), funcType(List.of(param("x", ref(1))), null)),
                importSection("f", func(2)),
                instantiate(0, with("r", Sort.TYPE, 0), with("f", Sort.FUNC, 0)),
                alias(Sort.FUNC, new Alias.Export(0, "g")),
                exportSection("g", Sort.FUNC, 1)));
        var r = ((TypeDef.Resource) ((ExternType.Type) v.type().imports().get("r")).type()).resource();
        var g = ((ExternType.Func) v.type().exports().get("g")).type();
        assertSame(r, ((OwnType) g.params().get(0).type()).resource());
    }

    @Test
    void aDifferentResourceIsATypeMismatch() {
        invalid(component(nested(inner()),
                        importSection("r", subResource()), importSection("s", subResource()),
                        types(new DefValType.Own(1), funcType(List.of(param("x", ref(2))), null)),
                        importSection("f", func(3)),
                        instantiate(0, with("r", Sort.TYPE, 0), with("f", Sort.FUNC, 0))),
                "resource types are not the same");
    }

    @Test
    void eachInstantiationDefinesFreshResources() {
        Component definer = component(types(new dev.weft.binary.ast.DefType.Resource(dev.weft.binary.ast.CoreValType.Num.I32,
                java.util.Optional.empty())), exportSection("r", Sort.TYPE, 0));
        ValidatedComponent v = valid(component(nested(definer), instantiate(0), instantiate(0),
                alias(Sort.TYPE, new Alias.Export(0, "r")), alias(Sort.TYPE, new Alias.Export(1, "r")),
                exportSection("a", Sort.TYPE, 0), exportSection("b", Sort.TYPE, 1)));
        var a = ((TypeDef.Resource) ((ExternType.Type) v.type().exports().get("a")).type()).resource();
        var b = ((TypeDef.Resource) ((ExternType.Type) v.type().exports().get("b")).type()).resource();
        assertNotSame(a, b);
        assertSame(2, v.type().definedResources().size());
    }

    @Test
    void aliasesFindExports() {
        invalid(component(nested(inner()), importSection("r", subResource()),
                        types(new DefValType.Own(0), funcType(List.of(param("x", ref(1))), null)), importSection("f", func(2)),
                        instantiate(0, with("r", Sort.TYPE, 0), with("f", Sort.FUNC, 0)),
                        alias(Sort.FUNC, new Alias.Export(0, "t"))),
                "instance 0 has no export named `t`");
        invalid(component(nested(inner()), importSection("r", subResource()),
                        types(new DefValType.Own(0), funcType(List.of(param("x", ref(1))), null)), importSection("f", func(2)),
                        instantiate(0, with("r", Sort.TYPE, 0), with("f", Sort.FUNC, 0)),
                        alias(Sort.TYPE, new Alias.Export(0, "g"))),
                "export `g` for instance 0 is not a type");
    }

    @Test
    void outerAliases() {
        invalid(component(types(dev.weft.binary.ast.PrimValType.U8), alias(Sort.TYPE, new Alias.Outer(1, 0))),
                "invalid outer alias count of 1");
        valid(component(types(dev.weft.binary.ast.PrimValType.U8), nested(component(alias(Sort.TYPE, new Alias.Outer(1, 0))))));
        invalid(component(importSection("r", subResource()), types(new DefValType.Own(0)),
                        nested(component(alias(Sort.TYPE, new Alias.Outer(1, 1))))),
                "transitively refers to resources");
        invalid(component(types(new dev.weft.binary.ast.DefType.InstanceType(List.of(
                        new dev.weft.binary.ast.DefType.Decl.AliasDecl(0, new Alias(0, Sort.FUNC, new Alias.Outer(1, 0))))))),
                "may only refer to types or instances");
    }
}
