package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.CoreInstanceTypeDef;
import dev.weft.binary.validate.model.CoreTypeEntry;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ModuleTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.binary.validate.names.NameSet;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One scope of validation: a concrete component, a component type or an instance type, with its
 * index spaces (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#index-spaces">Explainer: index spaces</a>)
 * built definition by definition, and the bookkeeping of imports, exports and resources
 * ({@code ComponentState} in wasmparser). The {@code *At} look-ups throw wasmparser's messages.
 */
final class ComponentState {

    enum Kind { COMPONENT, INSTANCE_TYPE, COMPONENT_TYPE }

    final Kind kind;

    // core index spaces
    final List<CoreTypeEntry> coreTypes = new ArrayList<>();
    final List<CoreDefType.FuncType> coreFuncs = new ArrayList<>();
    final List<CoreDefType.FuncType> coreTags = new ArrayList<>();
    final List<ModuleTypeDef> coreModules = new ArrayList<>();
    final List<CoreInstanceTypeDef> coreInstances = new ArrayList<>();
    final List<CoreExternType.Memory> coreMemories = new ArrayList<>();
    final List<CoreExternType.Table> coreTables = new ArrayList<>();
    final List<CoreExternType.Global> coreGlobals = new ArrayList<>();

    // component index spaces
    final List<AnyType> types = new ArrayList<>();
    final List<FuncDef> funcs = new ArrayList<>();
    final List<ValueSlot> values = new ArrayList<>();
    final List<InstanceTypeDef> instances = new ArrayList<>();
    final List<ComponentTypeDef> components = new ArrayList<>();

    final LinkedHashMap<String, Entity> imports = new LinkedHashMap<>();
    final LinkedHashMap<String, Entity> exports = new LinkedHashMap<>();
    final NameSet importNames = new NameSet();
    final NameSet exportNames = new NameSet();

    boolean hasStart;
    Optional<CoreValType> contextType = Optional.empty();

    /** Resources imported (the "type variables" of this component), with their import paths. */
    final LinkedHashMap<ResourceType, List<Integer>> importedResources = new LinkedHashMap<>();
    /** Resources defined here or by instances created here; the representation if known. */
    final LinkedHashMap<ResourceType, Optional<CoreValType>> definedResources = new LinkedHashMap<>();
    /** Resources exported explicitly, with their export paths. */
    final LinkedHashMap<ResourceType, List<Integer>> explicitResources = new LinkedHashMap<>();
    /** Types that exports (resp. imports) may refer to. */
    final Set<AnyType> exportedTypes = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<AnyType> importedTypes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The names of top-level resources, for {@code [method]r.m}-style names. */
    final ResourceNames exportedResourceNames = new ResourceNames();
    final ResourceNames importedResourceNames = new ResourceNames();

    /** A value and whether it has been used (values must be used exactly once). */
    static final class ValueSlot {
        final VType type;
        boolean used;

        ValueSlot(VType type, boolean used) {
            this.type = type;
            this.used = used;
        }
    }

    ComponentState(Kind kind) {
        this.kind = kind;
    }

    // ---- look-ups ----

    CoreTypeEntry coreTypeAt(int idx, long offset) {
        if (idx < 0 || idx >= coreTypes.size()) throw invalid(offset, "unknown type " + u(idx) + ": type index out of bounds");
        return coreTypes.get(idx);
    }

    AnyType typeAt(int idx, long offset) {
        if (idx < 0 || idx >= types.size()) throw invalid(offset, "unknown type " + u(idx) + ": type index out of bounds");
        return types.get(idx);
    }

    FuncDef funcTypeAt(int idx, long offset) {
        if (typeAt(idx, offset) instanceof FuncDef f) return f;
        throw invalid(offset, "type index " + u(idx) + " is not a function type");
    }

    DefinedType definedTypeAt(int idx, long offset) {
        if (typeAt(idx, offset) instanceof DefinedType d) return d;
        throw invalid(offset, "type index " + u(idx) + " is not a defined type");
    }

    ResourceRef resourceAt(int idx, long offset) {
        if (typeAt(idx, offset) instanceof ResourceRef r) return r;
        throw invalid(offset, "type index " + u(idx) + " is not a resource type");
    }

    FuncDef funcAt(int idx, long offset) {
        if (idx < 0 || idx >= funcs.size()) throw invalid(offset, "unknown function " + u(idx) + ": function index out of bounds");
        return funcs.get(idx);
    }

    ComponentTypeDef componentAt(int idx, long offset) {
        if (idx < 0 || idx >= components.size()) {
            throw invalid(offset, "unknown component " + u(idx) + ": component index out of bounds");
        }
        return components.get(idx);
    }

    InstanceTypeDef instanceAt(int idx, long offset) {
        if (idx < 0 || idx >= instances.size()) throw invalid(offset, "unknown instance " + u(idx) + ": instance index out of bounds");
        return instances.get(idx);
    }

    /** A value, marking it used ("value N cannot be used more than once"). */
    VType useValue(int idx, long offset) {
        if (idx < 0 || idx >= values.size()) throw invalid(offset, "unknown value " + u(idx) + ": value index out of bounds");
        ValueSlot slot = values.get(idx);
        if (slot.used) throw invalid(offset, "value " + u(idx) + " cannot be used more than once");
        slot.used = true;
        return slot.type;
    }

    CoreDefType.FuncType coreFuncAt(int idx, long offset) {
        if (idx < 0 || idx >= coreFuncs.size()) {
            throw invalid(offset, "unknown core function " + u(idx) + ": function index out of bounds");
        }
        return coreFuncs.get(idx);
    }

    ModuleTypeDef moduleAt(int idx, long offset) {
        if (idx < 0 || idx >= coreModules.size()) throw invalid(offset, "unknown module " + u(idx) + ": module index out of bounds");
        return coreModules.get(idx);
    }

    CoreInstanceTypeDef coreInstanceAt(int idx, long offset) {
        if (idx < 0 || idx >= coreInstances.size()) {
            throw invalid(offset, "unknown core instance " + u(idx) + ": instance index out of bounds");
        }
        return coreInstances.get(idx);
    }

    CoreExternType.Global globalAt(int idx, long offset) {
        if (idx < 0 || idx >= coreGlobals.size()) throw invalid(offset, "unknown global " + u(idx) + ": global index out of bounds");
        return coreGlobals.get(idx);
    }

    CoreExternType.Table tableAt(int idx, long offset) {
        if (idx < 0 || idx >= coreTables.size()) throw invalid(offset, "unknown table " + u(idx) + ": table index out of bounds");
        return coreTables.get(idx);
    }

    CoreExternType.Memory memoryAt(int idx, long offset) {
        if (idx < 0 || idx >= coreMemories.size()) throw invalid(offset, "unknown memory " + u(idx) + ": memory index out of bounds");
        return coreMemories.get(idx);
    }

    CoreDefType.FuncType tagAt(int idx, long offset) {
        if (idx < 0 || idx >= coreTags.size()) throw invalid(offset, "unknown tag " + u(idx) + ": tag index out of bounds");
        return coreTags.get(idx);
    }

    /** The function type a core type index names ("core type index N is not a function type"). */
    CoreDefType.FuncType coreFuncTypeAt(int idx, long offset) {
        if (coreTypeAt(idx, offset) instanceof CoreTypeEntry.Sub s && s.type().composite() instanceof CoreDefType.FuncType f) {
            return f;
        }
        throw invalid(offset, "core type index " + u(idx) + " is not a function type");
    }

    /** Indices are unsigned 32-bit numbers. */
    static String u(int idx) {
        return Integer.toUnsignedString(idx);
    }
}
