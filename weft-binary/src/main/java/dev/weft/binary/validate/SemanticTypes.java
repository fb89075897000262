package dev.weft.binary.validate;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.CoreEntity;
import dev.weft.binary.validate.model.CoreInstanceTypeDef;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ModuleTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.ComponentType;
import dev.weft.types.CoreExtern;
import dev.weft.types.CoreFuncType;
import dev.weft.types.CoreInstanceType;
import dev.weft.types.CoreModuleType;
import dev.weft.types.CoreValueType;
import dev.weft.types.EnumType;
import dev.weft.types.ExternType;
import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.FutureType;
import dev.weft.types.InstanceType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.StreamType;
import dev.weft.types.TupleType;
import dev.weft.types.TypeDef;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts the validator's types ({@code validate.model}) to the interned semantic types of
 * {@code dev.weft.types}, memoized per identity.
 */
final class SemanticTypes {
    private final TypeInterner interner;
    private final Map<Object, Object> memo = new IdentityHashMap<>();

    SemanticTypes(TypeInterner interner) {
        this.interner = interner;
    }

    TypeInterner interner() {
        return interner;
    }

    ValueType valueType(VType t) {
        return switch (t) {
            case VType.Prim p -> p.type();
            case DefinedType d -> defined(d);
        };
    }

    private Optional<ValueType> optional(Optional<VType> t) {
        return t.map(this::valueType);
    }

    private ValueType defined(DefinedType d) {
        Object cached = memo.get(d);
        if (cached != null) return (ValueType) cached;
        ValueType v = switch (d.def()) {
            case Def.Primitive p -> p.type();
            case Def.Record r -> new RecordType(fields(r.fields()));
            case Def.Variant v2 -> {
                List<Case> cases = new ArrayList<>();
                for (Def.CaseDef c : v2.cases()) cases.add(new Case(c.name(), optional(c.type())));
                yield new VariantType(cases);
            }
            case Def.ListOf l -> new ListType(valueType(l.element()));
            case Def.FixedList l -> new FixedListType(valueType(l.element()), l.length());
            case Def.Tuple tu -> new TupleType(tu.types().stream().map(this::valueType).toList());
            case Def.Flags f -> new FlagsType(f.names());
            case Def.Enum e -> new EnumType(e.names());
            case Def.Option o -> new OptionType(valueType(o.type()));
            case Def.Result r -> new ResultType(optional(r.ok()), optional(r.err()));
            case Def.Own o -> new OwnType(o.resource().resource());
            case Def.Borrow b -> new BorrowType(b.resource().resource());
            case Def.Stream s -> new StreamType(optional(s.element()));
            case Def.Future f -> new FutureType(optional(f.element()));
            case Def.MapOf m -> new MapType(valueType(m.key()), valueType(m.value()));
        };
        v = interner.intern(v);
        memo.put(d, v);
        return v;
    }

    private List<Field> fields(List<Def.Named> named) {
        List<Field> out = new ArrayList<>(named.size());
        for (Def.Named n : named) out.add(new Field(n.name(), valueType(n.type())));
        return out;
    }

    FuncType funcType(FuncDef f) {
        Object cached = memo.get(f);
        if (cached != null) return (FuncType) cached;
        FuncType ft = interner.intern(new FuncType(f.async(), fields(f.params()), optional(f.result())));
        memo.put(f, ft);
        return ft;
    }

    TypeDef typeDef(AnyType t) {
        return switch (t) {
            case ResourceRef r -> new TypeDef.Resource(r.resource());
            case DefinedType d -> new TypeDef.Value(valueType(d));
            case FuncDef f -> new TypeDef.Func(funcType(f));
            case InstanceTypeDef i -> new TypeDef.Instance(instanceType(i));
            case ComponentTypeDef c -> new TypeDef.Component(componentType(c));
        };
    }

    ExternType externType(Entity e) {
        return switch (e) {
            case Entity.Module m -> new ExternType.CoreModule(moduleType(m.type()));
            case Entity.Func f -> new ExternType.Func(funcType(f.type()));
            case Entity.Value v -> new ExternType.Value(valueType(v.type()));
            case Entity.Type t -> new ExternType.Type(typeDef(t.created()));
            case Entity.Instance i -> new ExternType.Instance(instanceType(i.type()));
            case Entity.Component c -> new ExternType.Component(componentType(c.type()));
        };
    }

    private Map<String, ExternType> externs(Map<String, Entity> in) {
        LinkedHashMap<String, ExternType> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, externType(v)));
        return out;
    }

    InstanceType instanceType(InstanceTypeDef i) {
        Object cached = memo.get(i);
        if (cached != null) return (InstanceType) cached;
        InstanceType t = interner.intern(new InstanceType(externs(i.exports()), i.definedResources()));
        memo.put(i, t);
        return t;
    }

    ComponentType componentType(ComponentTypeDef c) {
        Object cached = memo.get(c);
        if (cached != null) return (ComponentType) cached;
        ComponentType t = interner.intern(new ComponentType(externs(c.imports()), externs(c.exports()),
                new ArrayList<>(c.importedResources().keySet()), new ArrayList<>(c.definedResources().keySet())));
        memo.put(c, t);
        return t;
    }

    CoreModuleType moduleType(ModuleTypeDef m) {
        Object cached = memo.get(m);
        if (cached != null) return (CoreModuleType) cached;
        LinkedHashMap<CoreModuleType.ImportName, CoreExtern> imports = new LinkedHashMap<>();
        m.imports().forEach((k, v) -> imports.put(new CoreModuleType.ImportName(k.module(), k.name()), coreExtern(v)));
        LinkedHashMap<String, CoreExtern> exports = new LinkedHashMap<>();
        m.exports().forEach((k, v) -> exports.put(k, coreExtern(v)));
        CoreModuleType t = interner.intern(new CoreModuleType(imports, exports));
        memo.put(m, t);
        return t;
    }

    CoreInstanceType coreInstanceType(CoreInstanceTypeDef i) {
        LinkedHashMap<String, CoreExtern> exports = new LinkedHashMap<>();
        i.exports().forEach((k, v) -> exports.put(k, coreExtern(v)));
        return interner.intern(new CoreInstanceType(exports));
    }

    CoreExtern coreExtern(CoreEntity e) {
        return switch (e) {
            case CoreEntity.Func f -> new CoreExtern.Func(coreFuncType(f.type()));
            case CoreEntity.Tag t -> new CoreExtern.Tag(coreFuncType(t.type()));
            case CoreEntity.Table t -> new CoreExtern.Table((CoreValueType.Ref) coreValType(t.type().element()), limits(t.type().limits()));
            case CoreEntity.Memory m -> new CoreExtern.Memory(limits(m.type().limits()), m.type().shared(), m.type().pageSizeLog2());
            case CoreEntity.Global g -> new CoreExtern.Global(coreValType(g.type().type()), g.type().mutable());
        };
    }

    private static CoreExtern.Limits limits(CoreExternType.Limits l) {
        return new CoreExtern.Limits(l.min(), l.max(), l.is64());
    }

    CoreFuncType coreFuncType(CoreDefType.FuncType f) {
        return interner.intern(new CoreFuncType(f.params().stream().map(SemanticTypes::coreValType).toList(),
                f.results().stream().map(SemanticTypes::coreValType).toList()));
    }

    static CoreValueType coreValType(CoreValType t) {
        return switch (t) {
            case CoreValType.Num n -> CoreValueType.Num.valueOf(n.name());
            case CoreValType.Ref r -> new CoreValueType.Ref(r.nullable(), r.heap().toString());
        };
    }
}
