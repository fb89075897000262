package dev.weft.binary.validate;

import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.types.ResourceType;
import java.util.Set;

/** The resources a type refers to without defining them (its "free variables"). */
final class FreeVariables {
    private FreeVariables() {}

    static void any(AnyType t, Set<ResourceType> set) {
        switch (t) {
            case ResourceRef r -> set.add(r.resource());
            case DefinedType d -> defined(d, set);
            case FuncDef f -> func(f, set);
            case InstanceTypeDef i -> instance(i, set);
            case ComponentTypeDef c -> component(c, set);
        }
    }

    static void entity(Entity e, Set<ResourceType> set) {
        switch (e) {
            case Entity.Module m -> {}
            case Entity.Func f -> func(f.type(), set);
            case Entity.Value v -> valType(v.type(), set);
            case Entity.Type t -> any(t.created(), set);
            case Entity.Instance i -> instance(i.type(), set);
            case Entity.Component c -> component(c.type(), set);
        }
    }

    static void valType(VType t, Set<ResourceType> set) {
        if (t instanceof DefinedType d) defined(d, set);
    }

    static void defined(DefinedType d, Set<ResourceType> set) {
        switch (d.def()) {
            case Def.Primitive p -> {}
            case Def.Flags f -> {}
            case Def.Enum e -> {}
            case Def.Record r -> r.fields().forEach(f -> valType(f.type(), set));
            case Def.Variant v -> v.cases().forEach(c -> c.type().ifPresent(x -> valType(x, set)));
            case Def.ListOf l -> valType(l.element(), set);
            case Def.FixedList l -> valType(l.element(), set);
            case Def.Tuple tu -> tu.types().forEach(x -> valType(x, set));
            case Def.Option o -> valType(o.type(), set);
            case Def.Result r -> {
                r.ok().ifPresent(x -> valType(x, set));
                r.err().ifPresent(x -> valType(x, set));
            }
            case Def.Own o -> set.add(o.resource().resource());
            case Def.Borrow b -> set.add(b.resource().resource());
            case Def.Stream s -> s.element().ifPresent(x -> valType(x, set));
            case Def.Future f -> f.element().ifPresent(x -> valType(x, set));
            case Def.MapOf m -> {
                valType(m.key(), set);
                valType(m.value(), set);
            }
        }
    }

    static void func(FuncDef f, Set<ResourceType> set) {
        f.params().forEach(p -> valType(p.type(), set));
        f.result().ifPresent(r -> valType(r, set));
    }

    static void instance(InstanceTypeDef i, Set<ResourceType> set) {
        i.exports().values().forEach(e -> entity(e, set));
        i.definedResources().forEach(set::remove);
    }

    static void component(ComponentTypeDef c, Set<ResourceType> set) {
        c.imports().values().forEach(e -> entity(e, set));
        c.exports().values().forEach(e -> entity(e, set));
        c.importedResources().keySet().forEach(set::remove);
        c.definedResources().keySet().forEach(set::remove);
    }
}
