package dev.weft.runtime.plan;

import dev.weft.types.CoreModuleType;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import dev.weft.types.TypeDef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of one import of the root component, as the linker must supply it: the leaves are
 * what exists at run time (functions, core modules, resource types), each numbered per kind; the
 * linker resolves every leaf once, and {@link Step.ImportFunc} and friends copy them into slots.
 */
public sealed interface ImportNode {

    /** A function of type {@code type}: leaf {@code leaf} of the function leaves. */
    record Func(FuncType type, int leaf) implements ImportNode {}

    /** A core module of type {@code type}: leaf {@code leaf} of the module leaves. */
    record CoreModule(CoreModuleType type, int leaf) implements ImportNode {}

    /** A resource type (the component's type variable {@code type}): leaf {@code leaf} of the resource leaves. */
    record Resource(ResourceType type, int leaf) implements ImportNode {}

    /**
     * Any other type: nothing to supply at run time (a definition may be given, and is then
     * checked). A resource type declared equal to one imported before names that import's
     * resource ({@link Resource#type()}).
     */
    record Type(TypeDef type) implements ImportNode {}

    /** An instance: its exports, in order. */
    record Instance(Map<String, ImportNode> exports) implements ImportNode {
        public Instance {
            exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        }
    }
}
