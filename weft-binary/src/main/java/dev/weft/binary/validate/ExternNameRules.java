package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;
import static dev.weft.binary.validate.Errors.withContext;

import dev.weft.binary.ast.ExternName;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.binary.validate.names.ComponentName;
import dev.weft.binary.validate.names.ExternKind;
import dev.weft.binary.validate.names.NameAttributes;
import dev.weft.binary.validate.names.NameSet;
import java.util.Map;

/**
 * The name rules of an import or export (wasmparser's {@code validate_extern}): the name grammar and
 * attributes (from {@code validate.names}), {@code [constructor]}/{@code [method]}/{@code [static]}
 * names against the resources named so far in the scope, and strong uniqueness.
 */
final class ExternNameRules {
    private ExternNameRules() {}

    static void validateExtern(ExternName extern, ExternKind kind, Entity entity, ResourceNames resources,
                               NameSet names, Map<String, Entity> items, long offset) {
        String name = extern.name();
        ComponentName parsed = ComponentName.parseExtern(name, kind, offset);
        NameAttributes.check(extern, parsed, entity instanceof Entity.Instance, offset);
        withContext(() -> resourceFunction(parsed, entity, resources, offset),
                () -> kind.description() + " name `" + name + "` is not valid");
        names.add(parsed, kind, offset);
        if (items.containsKey(name)) {
            throw invalid(offset, kind.description() + " name `" + name + "` conflicts with previous name `" + name + "`");
        }
        items.put(name, entity);
    }

    /** {@code [constructor]r}, {@code [method]r.m} and {@code [static]r.m} must fit the resource {@code r}. */
    private static void resourceFunction(ComponentName name, Entity entity, ResourceNames resources, long offset) {
        if (!(name instanceof ComponentName.PlainName plain)) return;
        switch (plain.kind()) {
            case LABEL -> {}
            case CONSTRUCTOR -> constructor(func(entity, offset), plain.resource().orElseThrow(), resources, offset);
            case METHOD -> method(func(entity, offset), plain.resource().orElseThrow(), resources, offset);
            case STATIC -> {
                func(entity, offset);
                if (!resources.knows(plain.resource().orElseThrow())) {
                    throw invalid(offset, "static resource name is not known in this context");
                }
            }
        }
    }

    private static FuncDef func(Entity entity, long offset) {
        if (entity instanceof Entity.Func f) return f.type();
        throw invalid(offset, "item is not a func");
    }

    private static void constructor(FuncDef f, String resource, ResourceNames resources, long offset) {
        if (f.async()) throw invalid(offset, "constructor function cannot be async");
        if (f.result().isEmpty()) throw invalid(offset, "function should return one value");
        ResourceRef r = null;
        if (f.result().get() instanceof DefinedType d) {
            if (d.def() instanceof Def.Own o) r = o.resource();
            else if (d.def() instanceof Def.Result res && res.ok().isPresent()
                    && res.ok().get() instanceof DefinedType ok && ok.def() instanceof Def.Own o) r = o.resource();
        }
        if (r == null) throw invalid(offset, "function should return `(own $T)` or `(result (own $T))`");
        resources.validateResourceName(r, resource, offset);
    }

    private static void method(FuncDef f, String resource, ResourceNames resources, long offset) {
        if (f.params().isEmpty()) throw invalid(offset, "function should have at least one argument");
        Def.Named self = f.params().get(0);
        if (!self.name().equals("self")) throw invalid(offset, "function should have a first argument called `self`");
        VType t = self.type();
        if (!(t instanceof DefinedType d && d.def() instanceof Def.Borrow b)) {
            throw invalid(offset, "function should take a first argument of `(borrow $T)`");
        }
        resources.validateResourceName(b.resource(), resource, offset);
    }
}
