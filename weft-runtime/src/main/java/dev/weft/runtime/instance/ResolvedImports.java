package dev.weft.runtime.instance;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.types.FuncType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the linker supplied for the import leaves of a plan, indexed by leaf number per kind
 * ({@link dev.weft.runtime.plan.ImportNode}). Resolved and type-checked once by
 * {@link dev.weft.runtime.Linker#instantiatePre}; every instantiation copies them into slots.
 *
 * @param types the function types of the plan's lifts and lowers that mention an imported resource,
 *              keyed by identity, rewritten to name the run-time type supplied for it (a host's, or
 *              another instance's); a type not in the map is used as the plan has it
 */
public record ResolvedImports(List<Func> funcs, List<CoreModule> modules, List<ResourceDefinition> resources,
                              Map<FuncType, FuncType> types) {
    public ResolvedImports {
        funcs = List.copyOf(funcs);
        modules = List.copyOf(modules);
        resources = List.copyOf(resources);
        types = Collections.unmodifiableMap(new IdentityHashMap<>(types));
    }
}
