package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;
import static dev.weft.binary.validate.Errors.withContext;

import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.binary.validate.names.ExternKind;
import dev.weft.binary.validate.names.KebabNames;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subtyping of extern types (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#subtyping">Explainer: Subtyping</a>),
 * as wasmparser implements it: instances and components are checked by subtyping (an instance may
 * export more, a component may import less), functions and value types by equality. Every method
 * checks that {@code a} is a subtype of {@code b} and throws with wasmparser's message otherwise.
 */
final class Subtyping {
    private Subtyping() {}

    static void entity(Entity a, Entity b, long offset) {
        switch (a) {
            case Entity.Module m when b instanceof Entity.Module mb -> CoreSubtyping.moduleType(m.type(), mb.type(), offset);
            case Entity.Func f when b instanceof Entity.Func fb -> func(f.type(), fb.type(), offset);
            case Entity.Value v when b instanceof Entity.Value vb -> valType(v.type(), vb.type(), offset);
            case Entity.Type t when b instanceof Entity.Type tb -> any(t.referenced(), tb.referenced(), offset);
            case Entity.Instance i when b instanceof Entity.Instance ib -> instance(i.type(), ib.type(), offset);
            case Entity.Component c when b instanceof Entity.Component cb -> component(c.type(), cb.type(), offset);
            default -> throw invalid(offset, "expected " + b.desc() + ", found " + a.desc());
        }
    }

    static void any(AnyType a, AnyType b, long offset) {
        switch (a) {
            case ResourceRef r when b instanceof ResourceRef rb -> {
                if (r.resource() != rb.resource()) {
                    throw invalid(offset, "resource types are not the same (" + r.resource() + " vs. " + rb.resource() + ")");
                }
            }
            case ResourceRef r -> throw invalid(offset, "expected " + b.desc() + ", found resource");
            case DefinedType d when b instanceof DefinedType db -> defined(d, db, offset);
            case DefinedType d -> throw invalid(offset, "expected " + b.desc() + ", found defined type");
            case FuncDef f when b instanceof FuncDef fb -> func(f, fb, offset);
            case FuncDef f -> throw invalid(offset, "expected " + b.desc() + ", found func type");
            case InstanceTypeDef i when b instanceof InstanceTypeDef ib -> instance(i, ib, offset);
            case InstanceTypeDef i -> throw invalid(offset, "expected " + b.desc() + ", found instance type");
            case ComponentTypeDef c when b instanceof ComponentTypeDef cb -> component(c, cb, offset);
            case ComponentTypeDef c -> throw invalid(offset, "expected " + b.desc() + ", found component type");
        }
    }

    /** Instance subtyping: every export of {@code b} must be present in {@code a} with a subtype. */
    static void instance(InstanceTypeDef a, InstanceTypeDef b, long offset) {
        List<Entity[]> pairs = new ArrayList<>();
        for (Map.Entry<String, Entity> e : b.exports().entrySet()) {
            Entity ae = a.exports().get(e.getKey());
            if (ae == null) throw invalid(offset, "missing expected export `" + e.getKey() + "`");
            pairs.add(new Entity[] {ae, e.getValue()});
        }
        List<String> names = new ArrayList<>(b.exports().keySet());
        for (int i = 0; i < pairs.size(); i++) {
            Entity[] p = pairs.get(i);
            String name = names.get(i);
            withContext(() -> entity(p[0], p[1], offset), () -> "type mismatch in instance export `" + name + "`");
        }
    }

    /**
     * Component subtyping: the imports of {@code b} must satisfy those of {@code a}; then the exports
     * of {@code a}, with {@code b}'s imported resources substituted in, must satisfy those of {@code b}.
     */
    static void component(ComponentTypeDef a, ComponentTypeDef b, long offset) {
        Remapping importMapping = openInstanceType(new LinkedHashMap<>(b.imports()), a, ExternKind.IMPORT, offset);
        LinkedHashMap<String, Entity> aExports = new LinkedHashMap<>();
        for (Map.Entry<String, Entity> e : a.exports().entrySet()) {
            aExports.put(e.getKey(), importMapping.entity(e.getValue()));
        }
        openInstanceType(aExports, b, ExternKind.EXPORT, offset);
    }

    /** Function types must be equal (wasmparser is stricter than the spec here). */
    static void func(FuncDef a, FuncDef b, long offset) {
        if (a.params().size() != b.params().size()) {
            throw invalid(offset, "expected " + b.params().size() + " parameters, found " + a.params().size());
        }
        for (int i = 0; i < a.params().size(); i++) {
            Def.Named ap = a.params().get(i);
            Def.Named bp = b.params().get(i);
            if (!KebabNames.labelsEqual(ap.name(), bp.name())) {
                throw invalid(offset, "expected parameter named `" + bp.name() + "`, found `" + ap.name() + "`");
            }
            withContext(() -> valType(ap.type(), bp.type(), offset),
                    () -> "type mismatch in function parameter `" + ap.name() + "`");
        }
        if (a.result().isPresent() && b.result().isPresent()) {
            withContext(() -> valType(a.result().get(), b.result().get(), offset), () -> "type mismatch with result type");
        } else if (a.result().isPresent()) {
            throw invalid(offset, "expected a result, found none");
        } else if (b.result().isPresent()) {
            throw invalid(offset, "expected no result, found one");
        }
    }

    static void valType(VType a, VType b, long offset) {
        if (a instanceof VType.Prim pa && b instanceof VType.Prim pb) {
            primitive(pa, pb, offset);
        } else if (a instanceof DefinedType da && b instanceof DefinedType db) {
            defined(da, db, offset);
        } else if (a instanceof VType.Prim pa && b instanceof DefinedType db) {
            if (db.def() instanceof Def.Primitive p) primitive(pa, VType.Prim.of(p.type()), offset);
            else throw invalid(offset, "expected " + db.def().desc() + ", found " + pa);
        } else if (a instanceof DefinedType da && b instanceof VType.Prim pb) {
            if (da.def() instanceof Def.Primitive p) primitive(VType.Prim.of(p.type()), pb, offset);
            else throw invalid(offset, "expected " + pb + ", found " + da.def().desc());
        }
    }

    private static void primitive(VType.Prim a, VType.Prim b, long offset) {
        if (a.type() != b.type()) throw invalid(offset, "expected primitive `" + b + "` found primitive `" + a + "`");
    }

    private static void optional(Optional<VType> a, Optional<VType> b, String what, String ctx, long offset) {
        if (a.isPresent() && b.isPresent()) {
            withContext(() -> valType(a.get(), b.get(), offset), () -> ctx);
        } else if (a.isEmpty() && b.isPresent()) {
            throw invalid(offset, "expected " + what + " type, but found none");
        } else if (a.isPresent()) {
            throw invalid(offset, "expected " + what + " type to not be present");
        }
    }

    static void defined(DefinedType ad, DefinedType bd, long offset) {
        if (ad == bd) return;
        Def a = ad.def();
        Def b = bd.def();
        switch (a) {
            case Def.Primitive p when b instanceof Def.Primitive pb -> primitive(VType.Prim.of(p.type()), VType.Prim.of(pb.type()), offset);
            case Def.Primitive p -> throw invalid(offset, "expected " + b.desc() + ", found " + p.type().wit());
            case Def.Record r when b instanceof Def.Record rb -> record(r, rb, offset);
            case Def.Variant v when b instanceof Def.Variant vb -> variant(v, vb, offset);
            case Def.ListOf l when b instanceof Def.ListOf lb -> valType(l.element(), lb.element(), offset);
            case Def.FixedList l when b instanceof Def.FixedList lb -> {
                if (l.length() != lb.length()) {
                    throw invalid(offset, "expected fixed size " + lb.length() + ", found size " + l.length());
                }
                valType(l.element(), lb.element(), offset);
            }
            case Def.Option o when b instanceof Def.Option ob -> valType(o.type(), ob.type(), offset);
            case Def.Tuple t when b instanceof Def.Tuple tb -> tuple(t, tb, offset);
            case Def.Flags f when b instanceof Def.Flags fb -> names(f.names(), fb.names(), "flags", offset);
            case Def.Enum e when b instanceof Def.Enum eb -> names(e.names(), eb.names(), "enum", offset);
            case Def.Result r when b instanceof Def.Result rb -> {
                optional(r.ok(), rb.ok(), "ok", "type mismatch in ok variant", offset);
                optional(r.err(), rb.err(), "err", "type mismatch in err variant", offset);
            }
            case Def.Own o when b instanceof Def.Own ob -> sameResource(o.resource(), ob.resource(), offset);
            case Def.Borrow o when b instanceof Def.Borrow ob -> sameResource(o.resource(), ob.resource(), offset);
            case Def.Future f when b instanceof Def.Future fb ->
                    optional(f.element(), fb.element(), "future", "type mismatch in future", offset);
            case Def.Stream s when b instanceof Def.Stream sb ->
                    optional(s.element(), sb.element(), "stream", "type mismatch in stream", offset);
            case Def.MapOf m when b instanceof Def.MapOf mb -> {
                withContext(() -> valType(m.key(), mb.key(), offset), () -> "type mismatch in map key");
                withContext(() -> valType(m.value(), mb.value(), offset), () -> "type mismatch in map value");
            }
            default -> throw invalid(offset, "expected " + b.desc() + ", found " + a.desc());
        }
    }

    private static void sameResource(ResourceRef a, ResourceRef b, long offset) {
        if (a.resource() != b.resource()) throw invalid(offset, "resource types are not the same");
    }

    private static void record(Def.Record a, Def.Record b, long offset) {
        if (a.fields().size() != b.fields().size()) {
            throw invalid(offset, "expected " + b.fields().size() + " fields, found " + a.fields().size());
        }
        for (int i = 0; i < a.fields().size(); i++) {
            Def.Named af = a.fields().get(i);
            Def.Named bf = b.fields().get(i);
            if (!KebabNames.labelsEqual(af.name(), bf.name())) {
                throw invalid(offset, "expected field name `" + bf.name() + "`, found `" + af.name() + "`");
            }
            withContext(() -> valType(af.type(), bf.type(), offset), () -> "type mismatch in record field `" + af.name() + "`");
        }
    }

    private static void variant(Def.Variant a, Def.Variant b, long offset) {
        if (a.cases().size() != b.cases().size()) {
            throw invalid(offset, "expected " + b.cases().size() + " cases, found " + a.cases().size());
        }
        for (int i = 0; i < a.cases().size(); i++) {
            Def.CaseDef ac = a.cases().get(i);
            Def.CaseDef bc = b.cases().get(i);
            if (!KebabNames.labelsEqual(ac.name(), bc.name())) {
                throw invalid(offset, "expected case named `" + bc.name() + "`, found `" + ac.name() + "`");
            }
            if (ac.type().isPresent() && bc.type().isPresent()) {
                withContext(() -> valType(ac.type().get(), bc.type().get(), offset),
                        () -> "type mismatch in variant case `" + ac.name() + "`");
            } else if (bc.type().isPresent()) {
                throw invalid(offset, "expected case `" + ac.name() + "` to have a type, found none");
            } else if (ac.type().isPresent()) {
                throw invalid(offset, "expected case `" + ac.name() + "` to have no type");
            }
        }
    }

    private static void tuple(Def.Tuple a, Def.Tuple b, long offset) {
        if (a.types().size() != b.types().size()) {
            throw invalid(offset, "expected " + b.types().size() + " types, found " + a.types().size());
        }
        for (int i = 0; i < a.types().size(); i++) {
            int n = i;
            withContext(() -> valType(a.types().get(n), b.types().get(n), offset), () -> "type mismatch in tuple field " + n);
        }
    }

    private static void names(List<String> a, List<String> b, String desc, long offset) {
        boolean same = a.size() == b.size();
        for (int i = 0; same && i < a.size(); i++) same = KebabNames.labelsEqual(a.get(i), b.get(i));
        if (!same) throw invalid(offset, "mismatch in " + desc + " elements");
    }

    /**
     * Checks that the items {@code a} satisfy the imports (or exports) of component type {@code b},
     * returning the substitution from {@code b}'s imported (or defined) resources to those supplied,
     * and from {@code b}'s type imports to the types supplied for them.
     */
    static Remapping openInstanceType(Map<String, Entity> a, ComponentTypeDef b, ExternKind kind, long offset) {
        Map<String, Entity> entities = kind == ExternKind.IMPORT ? b.imports() : b.exports();
        Map<ResourceType, List<Integer>> resources = kind == ExternKind.IMPORT ? b.importedResources() : b.definedResources();
        List<String> names = new ArrayList<>(entities.keySet());
        Remapping mapping = new Remapping();
        outer:
        for (Map.Entry<ResourceType, List<Integer>> r : resources.entrySet()) {
            List<Integer> path = r.getValue();
            String name = names.get(path.get(0));
            Entity ty = entities.get(name);
            Entity arg = a.get(name);
            for (int k = 1; k < path.size(); k++) {
                InstanceTypeDef inst = ((Entity.Instance) ty).type();
                String exportName = new ArrayList<>(inst.exports().keySet()).get(path.get(k));
                ty = inst.exports().get(exportName);
                if (!(arg instanceof Entity.Instance ai)) continue outer;
                arg = ai.type().exports().get(exportName);
            }
            if (arg instanceof Entity.Type t && t.created() instanceof ResourceRef rr) {
                mapping.add(r.getKey(), rr.resource());
            }
        }
        List<Entity[]> toCheck = new ArrayList<>();
        for (Map.Entry<String, Entity> e : entities.entrySet()) {
            Entity arg = a.get(e.getKey());
            if (arg == null) throw invalid(offset, "missing " + kind.description() + " named `" + e.getKey() + "`");
            toCheck.add(new Entity[] {arg, e.getValue()});
        }
        Map<AnyType, AnyType> typeMap = new IdentityHashMap<>();
        for (int i = 0; i < toCheck.size(); i++) {
            Entity actual = toCheck.get(i)[0];
            mapping.types = new IdentityHashMap<>();
            Entity expected = mapping.entity(toCheck.get(i)[1]);
            String name = names.get(i);
            withContext(() -> entity(actual, expected, offset), () -> "type mismatch for " + kind.description() + " `" + name + "`");
            registerTypeRenamings(actual, toCheck.get(i)[1], typeMap);
        }
        mapping.types = typeMap;
        return mapping;
    }

    private static void registerTypeRenamings(Entity actual, Entity expected, Map<AnyType, AnyType> typeMap) {
        if (expected instanceof Entity.Type te && actual instanceof Entity.Type ta) {
            typeMap.put(te.created(), ta.created());
        } else if (expected instanceof Entity.Instance ie && actual instanceof Entity.Instance ia) {
            for (Map.Entry<String, Entity> e : ie.type().exports().entrySet()) {
                registerTypeRenamings(ia.type().exports().get(e.getKey()), e.getValue(), typeMap);
            }
        }
    }
}
