package dev.weft.runtime.instance;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.resource.ResourceDefinition;
import java.util.List;

/**
 * What the linker supplied for the import leaves of a plan, indexed by leaf number per kind
 * ({@link dev.weft.runtime.plan.ImportNode}). Resolved and type-checked once by
 * {@link dev.weft.runtime.Linker#instantiatePre}; every instantiation copies them into slots.
 */
public record ResolvedImports(List<Func> funcs, List<CoreModule> modules, List<ResourceDefinition> resources) {
    public ResolvedImports {
        funcs = List.copyOf(funcs);
        modules = List.copyOf(modules);
        resources = List.copyOf(resources);
    }
}
