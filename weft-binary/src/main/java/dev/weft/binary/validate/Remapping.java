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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A substitution of resources (and of type imports by the types supplied for them), applied to types
 * by rebuilding only what changes. {@link #types} caches what each type became, so that one type
 * reached twice is rebuilt once (and stays one identity).
 */
final class Remapping {
    final Map<ResourceType, ResourceType> resources = new IdentityHashMap<>();
    Map<AnyType, AnyType> types = new IdentityHashMap<>();

    void add(ResourceType from, ResourceType to) {
        resources.put(from, to);
    }

    boolean isEmpty() {
        return resources.isEmpty() && types.isEmpty();
    }

    Entity entity(Entity e) {
        return switch (e) {
            case Entity.Module m -> m;
            case Entity.Func f -> {
                FuncDef n = func(f.type());
                yield n == f.type() ? f : new Entity.Func(n);
            }
            case Entity.Value v -> {
                VType n = valType(v.type());
                yield n == v.type() ? v : new Entity.Value(n);
            }
            case Entity.Type t -> {
                AnyType ref = any(t.referenced());
                AnyType created = t.referenced() == t.created() ? ref : any(t.created());
                yield ref == t.referenced() && created == t.created() ? t : new Entity.Type(ref, created);
            }
            case Entity.Instance i -> {
                InstanceTypeDef n = instance(i.type());
                yield n == i.type() ? i : new Entity.Instance(n);
            }
            case Entity.Component c -> {
                ComponentTypeDef n = component(c.type());
                yield n == c.type() ? c : new Entity.Component(n);
            }
        };
    }

    AnyType any(AnyType t) {
        return switch (t) {
            case ResourceRef r -> resource(r);
            case DefinedType d -> defined(d);
            case FuncDef f -> func(f);
            case InstanceTypeDef i -> instance(i);
            case ComponentTypeDef c -> component(c);
        };
    }

    ResourceRef resource(ResourceRef r) {
        AnyType cached = types.get(r);
        if (cached != null) return (ResourceRef) cached;
        ResourceType to = resources.get(r.resource());
        ResourceRef result = to == null ? r : new ResourceRef(to);
        types.put(r, result);
        return result;
    }

    VType valType(VType t) {
        return switch (t) {
            case VType.Prim p -> p;
            case DefinedType d -> defined(d);
        };
    }

    private Optional<VType> optional(Optional<VType> t) {
        if (t.isEmpty()) return t;
        VType n = valType(t.get());
        return n == t.get() ? t : Optional.of(n);
    }

    DefinedType defined(DefinedType d) {
        AnyType cached = types.get(d);
        if (cached != null) return (DefinedType) cached;
        Def def = d.def();
        Def n = switch (def) {
            case Def.Primitive p -> p;
            case Def.Flags f -> f;
            case Def.Enum e -> e;
            case Def.Record r -> {
                List<Def.Named> fields = named(r.fields());
                yield fields == r.fields() ? r : new Def.Record(fields);
            }
            case Def.Variant v -> {
                List<Def.CaseDef> cases = new ArrayList<>();
                boolean changed = false;
                for (Def.CaseDef c : v.cases()) {
                    Optional<VType> ty = optional(c.type());
                    changed |= ty != c.type();
                    cases.add(ty == c.type() ? c : new Def.CaseDef(c.name(), ty));
                }
                yield changed ? new Def.Variant(cases) : v;
            }
            case Def.ListOf l -> {
                VType e = valType(l.element());
                yield e == l.element() ? l : new Def.ListOf(e);
            }
            case Def.FixedList l -> {
                VType e = valType(l.element());
                yield e == l.element() ? l : new Def.FixedList(e, l.length());
            }
            case Def.Tuple tu -> {
                List<VType> ts = new ArrayList<>();
                boolean changed = false;
                for (VType x : tu.types()) {
                    VType y = valType(x);
                    changed |= y != x;
                    ts.add(y);
                }
                yield changed ? new Def.Tuple(ts) : tu;
            }
            case Def.Option o -> {
                VType e = valType(o.type());
                yield e == o.type() ? o : new Def.Option(e);
            }
            case Def.Result r -> {
                Optional<VType> ok = optional(r.ok());
                Optional<VType> err = optional(r.err());
                yield ok == r.ok() && err == r.err() ? r : new Def.Result(ok, err);
            }
            case Def.Own o -> {
                ResourceRef x = resource(o.resource());
                yield x == o.resource() ? o : new Def.Own(x);
            }
            case Def.Borrow b -> {
                ResourceRef x = resource(b.resource());
                yield x == b.resource() ? b : new Def.Borrow(x);
            }
            case Def.Stream s -> {
                Optional<VType> e = optional(s.element());
                yield e == s.element() ? s : new Def.Stream(e);
            }
            case Def.Future f -> {
                Optional<VType> e = optional(f.element());
                yield e == f.element() ? f : new Def.Future(e);
            }
            case Def.MapOf m -> {
                VType k = valType(m.key());
                VType v = valType(m.value());
                yield k == m.key() && v == m.value() ? m : new Def.MapOf(k, v);
            }
        };
        DefinedType result = n == def ? d : new DefinedType(n);
        types.put(d, result);
        return result;
    }

    private List<Def.Named> named(List<Def.Named> in) {
        List<Def.Named> out = new ArrayList<>(in.size());
        boolean changed = false;
        for (Def.Named f : in) {
            VType t = valType(f.type());
            changed |= t != f.type();
            out.add(t == f.type() ? f : new Def.Named(f.name(), t));
        }
        return changed ? out : in;
    }

    FuncDef func(FuncDef f) {
        AnyType cached = types.get(f);
        if (cached != null) return (FuncDef) cached;
        List<Def.Named> params = named(f.params());
        Optional<VType> result = optional(f.result());
        FuncDef n = params == f.params() && result == f.result() ? f : new FuncDef(f.async(), params, result);
        types.put(f, n);
        return n;
    }

    InstanceTypeDef instance(InstanceTypeDef i) {
        AnyType cached = types.get(i);
        if (cached != null) return (InstanceTypeDef) cached;
        boolean[] changed = {false};
        LinkedHashMap<String, Entity> exports = entities(i.exports(), changed);
        List<ResourceType> defined = new ArrayList<>();
        for (ResourceType r : i.definedResources()) defined.add(mapResource(r, changed));
        LinkedHashMap<ResourceType, List<Integer>> explicit = paths(i.explicitResources(), changed);
        InstanceTypeDef n = changed[0] ? new InstanceTypeDef(exports, defined, explicit) : i;
        types.put(i, n);
        return n;
    }

    ComponentTypeDef component(ComponentTypeDef c) {
        AnyType cached = types.get(c);
        if (cached != null) return (ComponentTypeDef) cached;
        boolean[] changed = {false};
        LinkedHashMap<String, Entity> imports = entities(c.imports(), changed);
        LinkedHashMap<String, Entity> exports = entities(c.exports(), changed);
        LinkedHashMap<ResourceType, List<Integer>> imported = paths(c.importedResources(), changed);
        LinkedHashMap<ResourceType, List<Integer>> defined = paths(c.definedResources(), changed);
        LinkedHashMap<ResourceType, List<Integer>> explicit = paths(c.explicitResources(), changed);
        ComponentTypeDef n = changed[0] ? new ComponentTypeDef(imports, exports, imported, defined, explicit) : c;
        types.put(c, n);
        return n;
    }

    private LinkedHashMap<String, Entity> entities(Map<String, Entity> in, boolean[] changed) {
        LinkedHashMap<String, Entity> out = new LinkedHashMap<>();
        for (Map.Entry<String, Entity> e : in.entrySet()) {
            Entity n = entity(e.getValue());
            changed[0] |= n != e.getValue();
            out.put(e.getKey(), n);
        }
        return out;
    }

    private ResourceType mapResource(ResourceType r, boolean[] changed) {
        ResourceType n = resources.get(r);
        if (n == null) return r;
        changed[0] = true;
        return n;
    }

    private LinkedHashMap<ResourceType, List<Integer>> paths(Map<ResourceType, List<Integer>> in, boolean[] changed) {
        LinkedHashMap<ResourceType, List<Integer>> out = new LinkedHashMap<>();
        for (Map.Entry<ResourceType, List<Integer>> e : in.entrySet()) out.put(mapResource(e.getKey(), changed), e.getValue());
        return out;
    }
}
