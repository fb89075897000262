package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import dev.weft.binary.ast.Instance;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.names.ExternKind;
import dev.weft.binary.validate.names.NameSet;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Component instances (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#instance-definitions">Explainer: instance definitions</a>):
 * instantiating a component type-checks the {@code with} arguments against its imports by
 * subtyping and substitutes the supplied types and resources into its exports; the resources the
 * component defines become fresh resources defined by this scope.
 */
final class ComponentInstances {
    private final Scopes scopes;

    ComponentInstances(Scopes scopes) {
        this.scopes = scopes;
    }

    InstanceTypeDef instance(Instance i) {
        return switch (i) {
            case Instance.Instantiate in -> instantiate(in);
            case Instance.FromExports fe -> fromExports(fe);
        };
    }

    private InstanceTypeDef instantiate(Instance.Instantiate in) {
        ComponentState state = scopes.current();
        long offset = in.offset();
        ComponentTypeDef component = state.componentAt(in.componentIndex(), offset);
        Map<String, Entity> args = new LinkedHashMap<>();
        for (Instance.Arg arg : in.args()) {
            Entity e = Items.argumentOf(state, arg.target(), offset);
            if (args.containsKey(arg.name())) {
                throw invalid(offset, "instantiation argument `" + arg.name() + "` conflicts with previous argument `" + arg.name() + "`");
            }
            args.put(arg.name(), e);
        }
        Remapping mapping = Subtyping.openInstanceType(args, component, ExternKind.IMPORT, offset);
        List<ResourceType> fresh = new ArrayList<>();
        for (ResourceType old : component.definedResources().keySet()) {
            ResourceType r = new ResourceType(old.name());
            fresh.add(r);
            mapping.add(old, r);
        }
        LinkedHashMap<String, Entity> exports = new LinkedHashMap<>();
        component.exports().forEach((k, v) -> exports.put(k, mapping.entity(v)));
        LinkedHashMap<ResourceType, List<Integer>> explicit = new LinkedHashMap<>();
        component.explicitResources().forEach((k, v) -> explicit.put(mapping.resources.getOrDefault(k, k), v));
        for (ResourceType r : fresh) state.definedResources.put(r, Optional.empty());
        return new InstanceTypeDef(exports, List.of(), explicit);
    }

    /** A bag of exports: no new index spaces, no new resources; its names follow the export name rules. */
    private InstanceTypeDef fromExports(Instance.FromExports fe) {
        ComponentState state = scopes.current();
        long offset = fe.offset();
        LinkedHashMap<String, Entity> exports = new LinkedHashMap<>();
        LinkedHashMap<ResourceType, List<Integer>> explicit = new LinkedHashMap<>();
        NameSet names = new NameSet();
        ResourceNames resources = new ResourceNames();
        for (Instance.InlineExport e : fe.exports()) {
            Entity entity = Items.argumentOf(state, e.target(), offset);
            switch (entity) {
                case Entity.Instance i -> i.type().explicitResources().forEach((r, path) -> {
                    List<Integer> p = new ArrayList<>();
                    p.add(exports.size());
                    p.addAll(path);
                    explicit.put(r, List.copyOf(p));
                });
                case Entity.Type t when t.created() instanceof ResourceRef r -> explicit.put(r.resource(), List.of(exports.size()));
                default -> {}
            }
            ExternNameRules.validateExtern(e.name(), ExternKind.EXPORT, entity, resources, names, exports, offset);
        }
        return new InstanceTypeDef(exports, List.of(), explicit);
    }
}
