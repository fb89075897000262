package dev.weft.binary.validate;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreInstance;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.Instance;
import dev.weft.binary.ast.NameSection;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.decode.CoreModuleReader;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.CoreInstanceTypeDef;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ModuleTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.errors.InvalidComponentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a decoded component (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md">Explainer</a>,
 * the validation notes of <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md">Binary.md</a>),
 * definition by definition, as wasmparser does, and returns the {@link ValidatedComponent}.
 * Each section kind is one case of {@link #section}; the rules live in the classes named after them.
 */
public final class ComponentValidator {
    private final Scopes scopes = new Scopes();
    private final SemanticTypes semantic = new SemanticTypes(new TypeInterner());
    private final TypeDefinitions typeDefs = new TypeDefinitions(scopes, semantic);
    private final CoreDefinitions core = new CoreDefinitions(scopes);
    private final ImportsExports externs = new ImportsExports(scopes, typeDefs);
    private final Aliases aliases = new Aliases(scopes, core, externs);
    private final ComponentTypes types = new ComponentTypes(scopes, typeDefs, core, externs, aliases);
    private final ComponentInstances instances = new ComponentInstances(scopes);
    private final CanonDefinitions canons = new CanonDefinitions(scopes, semantic);

    private ComponentValidator() {}

    /**
     * Validates {@code component}.
     *
     * @throws InvalidComponentException with wasmparser's message and the offset of the offending definition
     */
    public static ValidatedComponent validate(Component component) {
        return new ComponentValidator().component(component).validated();
    }

    private record Result(ComponentTypeDef type, ValidatedComponent validated) {}

    private Result component(Component component) {
        ComponentState state = new ComponentState(ComponentState.Kind.COMPONENT);
        scopes.push(state);
        try {
            Recorder rec = new Recorder();
            for (Section s : component.sections()) section(s, state, rec);
            long end = component.offset() + component.length();
            Values.checkAllUsed(state, end);
            ComponentTypeDef type = ImportsExports.finish(state, end);
            TypeDefinitions.checkSize(type.size(), end);
            return new Result(type, new ValidatedComponent(semantic.componentType(type), rec.definitions, rec.names));
        } finally {
            scopes.pop();
        }
    }

    /** What is recorded of one concrete component. */
    private static final class Recorder {
        final List<Definition> definitions = new ArrayList<>();
        Optional<NameSection> names = Optional.empty();
    }

    private void section(Section section, ComponentState state, Recorder rec) {
        switch (section) {
            case Section.Custom c -> {}
            case Section.Names n -> rec.names = Optional.of(n.names());
            case Section.CoreModule m -> coreModule(m, state, rec);
            case Section.CoreInstances s -> s.instances().forEach(i -> coreInstance(i, state, rec));
            case Section.CoreTypes s -> s.types().forEach(t -> coreType(t, s.offset(), state, rec));
            case Section.NestedComponent n -> nestedComponent(n, state, rec);
            case Section.Instances s -> s.instances().forEach(i -> instance(i, state, rec));
            case Section.Aliases s -> s.aliases().forEach(a -> alias(a, state, rec));
            case Section.Types s -> s.types().forEach(t -> type(t, s.offset(), state, rec));
            case Section.Canons s -> s.canons().forEach(c -> canon(c, state, rec));
            case Section.Start s -> Values.start(s, state, rec.definitions);
            case Section.Imports s -> s.imports().forEach(i -> importDef(i, state, rec));
            case Section.Exports s -> s.exports().forEach(e -> exportDef(e, state, rec));
            case Section.Values s -> s.values().forEach(v -> Values.value(v, state, typeDefs, semantic, rec.definitions));
        }
    }

    private void coreModule(Section.CoreModule m, ComponentState state, Recorder rec) {
        CoreModuleSummary summary = CoreModuleReader.read(m.module());
        ModuleTypeDef type = core.moduleType(summary, m.offset());
        Idx.CoreModule idx = new Idx.CoreModule(state.coreModules.size());
        state.coreModules.add(type);
        rec.definitions.add(new Definition.CoreModule(idx, m.module(), summary, semantic.moduleType(type)));
    }

    private void coreInstance(CoreInstance i, ComponentState state, Recorder rec) {
        CoreInstanceTypeDef type = core.coreInstance(i);
        Idx.CoreInstance idx = new Idx.CoreInstance(state.coreInstances.size());
        state.coreInstances.add(type);
        rec.definitions.add(switch (i) {
            case CoreInstance.Instantiate in -> new Definition.CoreInstantiate(idx, new Idx.CoreModule(in.moduleIndex()),
                    in.args().stream().map(a -> new Definition.CoreArg(a.name(), new Idx.CoreInstance(a.instance().index()))).toList(),
                    semantic.coreInstanceType(type));
            case CoreInstance.FromExports fe -> new Definition.CoreInstanceFromExports(idx,
                    fe.exports().stream().map(e -> new Definition.Item(e.name(), Idx.of(e.target().sort(), e.target().index()))).toList(),
                    semantic.coreInstanceType(type));
        });
    }

    private void coreType(CoreDefType t, long offset, ComponentState state, Recorder rec) {
        int before = state.coreTypes.size();
        core.addCoreType(t, offset);
        for (int i = before; i < state.coreTypes.size(); i++) rec.definitions.add(new Definition.CoreTypeDef(new Idx.CoreType(i)));
    }

    private void nestedComponent(Section.NestedComponent n, ComponentState state, Recorder rec) {
        Result nested = component(n.component());
        Idx.Component idx = new Idx.Component(state.components.size());
        state.components.add(nested.type());
        rec.definitions.add(new Definition.NestedComponent(idx, nested.validated()));
    }

    private void instance(Instance i, ComponentState state, Recorder rec) {
        InstanceTypeDef type = instances.instance(i);
        Idx.Instance idx = new Idx.Instance(state.instances.size());
        state.instances.add(type);
        rec.definitions.add(switch (i) {
            case Instance.Instantiate in -> new Definition.Instantiate(idx, new Idx.Component(in.componentIndex()),
                    in.args().stream().map(a -> new Definition.Item(a.name(), Idx.of(a.target().sort(), a.target().index()))).toList(),
                    semantic.instanceType(type));
            case Instance.FromExports fe -> new Definition.InstanceFromExports(idx,
                    fe.exports().stream().map(e -> new Definition.Item(e.name().name(), Idx.of(e.target().sort(), e.target().index()))).toList(),
                    semantic.instanceType(type));
        });
    }

    private void alias(Alias a, ComponentState state, Recorder rec) {
        Idx idx = Idx.of(a.sort(), size(state, a.sort()));
        Entity entity = aliases.add(a, a.offset());
        rec.definitions.add(switch (a.target()) {
            case Alias.Export e -> new Definition.AliasExport(idx, new Idx.Instance(e.instanceIndex()), e.name(), semantic.externType(entity));
            case Alias.CoreExport e -> new Definition.AliasCoreExport(idx, new Idx.CoreInstance(e.coreInstanceIndex()), e.name());
            case Alias.Outer o -> new Definition.AliasOuter(idx, o.count(), Idx.of(a.sort(), o.index()));
        });
    }

    private void type(DefType t, long offset, ComponentState state, Recorder rec) {
        Idx.Type idx = new Idx.Type(state.types.size());
        AnyType type = types.addType(t, offset);
        if (t instanceof DefType.Resource r && type instanceof ResourceRef ref) {
            rec.definitions.add(new Definition.ResourceDefinition(idx, ref.resource(), r.rep(), r.destructor().map(Idx.CoreFunc::new)));
        } else {
            rec.definitions.add(new Definition.TypeDefinition(idx, semantic.typeDef(type)));
        }
    }

    private void canon(Canon c, ComponentState state, Recorder rec) {
        int funcs = state.funcs.size();
        int coreFuncs = state.coreFuncs.size();
        canons.add(c);
        rec.definitions.add(switch (c) {
            case Canon.Lift l -> new Definition.Lift(new Idx.Func(funcs), new Idx.CoreFunc(l.coreFuncIndex()),
                    canons.funcType(funcs, c.offset()), CanonOptions.of(l.opts()));
            case Canon.Lower l -> new Definition.Lower(new Idx.CoreFunc(coreFuncs), new Idx.Func(l.funcIndex()),
                    canons.funcType(l.funcIndex(), c.offset()), CanonOptions.of(l.opts()));
            default -> Builtins.definition(c, coreFuncs, state, semantic);
        });
    }

    private void importDef(Section.Import i, ComponentState state, Recorder rec) {
        Entity entity = externs.checkTypeRef(i.type(), i.name().name(), i.offset());
        Idx idx = Idx.of(sortOf(entity), size(state, sortOf(entity)));
        entity = externs.addImport(i.name(), entity, i.offset());
        rec.definitions.add(new Definition.Import(idx, i.name().name(), semantic.externType(entity)));
    }

    private void exportDef(Section.Export e, ComponentState state, Recorder rec) {
        Entity entity = externs.exportToEntity(e, e.offset());
        Idx idx = Idx.of(sortOf(entity), size(state, sortOf(entity)));
        entity = externs.addExport(e.name(), entity, e.offset());
        rec.definitions.add(new Definition.Export(idx, e.name().name(), Idx.of(e.target().sort(), e.target().index()),
                semantic.externType(entity)));
    }

    static Sort sortOf(Entity e) {
        return switch (e) {
            case Entity.Module m -> Sort.CORE_MODULE;
            case Entity.Func f -> Sort.FUNC;
            case Entity.Value v -> Sort.VALUE;
            case Entity.Type t -> Sort.TYPE;
            case Entity.Instance i -> Sort.INSTANCE;
            case Entity.Component c -> Sort.COMPONENT;
        };
    }

    static int size(ComponentState s, Sort sort) {
        return switch (sort) {
            case CORE_FUNC -> s.coreFuncs.size();
            case CORE_TABLE -> s.coreTables.size();
            case CORE_MEMORY -> s.coreMemories.size();
            case CORE_GLOBAL -> s.coreGlobals.size();
            case CORE_TAG -> s.coreTags.size();
            case CORE_TYPE -> s.coreTypes.size();
            case CORE_MODULE -> s.coreModules.size();
            case CORE_INSTANCE -> s.coreInstances.size();
            case FUNC -> s.funcs.size();
            case VALUE -> s.values.size();
            case TYPE -> s.types.size();
            case COMPONENT -> s.components.size();
            case INSTANCE -> s.instances.size();
        };
    }
}
