package dev.weft.binary.validate.canon;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.ValType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Index spaces as lists, with wasmparser's messages for bad indices. */
final class FakeContext implements CanonContext {
    final List<CoreDefType.FuncType> coreFuncs = new ArrayList<>();
    final List<CoreExternType.Memory> memories = new ArrayList<>();
    final List<CoreExternType.Table> tables = new ArrayList<>();
    final List<Object> coreTypes = new ArrayList<>();
    final List<FuncType> funcs = new ArrayList<>();
    /** FuncType, ResourceType or ValueType. */
    final List<Object> types = new ArrayList<>();
    final Map<ResourceType, CoreValType> localReps = new HashMap<>();
    CanonFeatures features = CanonFeatures.ALL;
    Optional<CoreValType> contextType = Optional.empty();

    static CoreExternType.Memory memory32() {
        return new CoreExternType.Memory(new CoreExternType.Limits(1, OptionalLong.empty(), false), false, false, 16);
    }

    static CoreExternType.Memory memory64() {
        return new CoreExternType.Memory(new CoreExternType.Limits(1, OptionalLong.empty(), true), false, true, 16);
    }

    static CoreExternType.Table table(CoreValType.Ref element, boolean is64) {
        return new CoreExternType.Table(element, new CoreExternType.Limits(1, OptionalLong.empty(), is64));
    }

    int addCoreFunc(List<CoreValType> params, List<CoreValType> results) {
        coreFuncs.add(new CoreDefType.FuncType(params, results));
        return coreFuncs.size() - 1;
    }

    int addMemory(CoreExternType.Memory m) {
        memories.add(m);
        return memories.size() - 1;
    }

    int addType(Object t) {
        types.add(t);
        return types.size() - 1;
    }

    int addFunc(FuncType ft) {
        funcs.add(ft);
        return funcs.size() - 1;
    }

    @Override
    public CoreDefType.FuncType coreFunc(int i, int offset) {
        return at(coreFuncs, i, offset, "unknown core function " + i + ": function index out of bounds");
    }

    @Override
    public CoreExternType.Memory coreMemory(int i, int offset) {
        return at(memories, i, offset, "unknown memory " + i + ": memory index out of bounds");
    }

    @Override
    public CoreExternType.Table coreTable(int i, int offset) {
        return at(tables, i, offset, "unknown table " + i + ": table index out of bounds");
    }

    @Override
    public CoreDefType.FuncType coreFuncTypeAt(int i, int offset) {
        Object t = at(coreTypes, i, offset, "unknown core type " + i + ": type index out of bounds");
        if (t instanceof CoreDefType.FuncType f) return f;
        throw new InvalidComponentException(offset, "core type index " + i + " is not a function type");
    }

    @Override
    public FuncType func(int i, int offset) {
        return at(funcs, i, offset, "unknown function " + i + ": function index out of bounds");
    }

    @Override
    public FuncType funcTypeAt(int i, int offset) {
        if (type(i, offset) instanceof FuncType f) return f;
        throw new InvalidComponentException(offset, "type index " + i + " is not a function type");
    }

    @Override
    public ResourceType resourceTypeAt(int i, int offset) {
        if (type(i, offset) instanceof ResourceType r) return r;
        throw new InvalidComponentException(offset, "type index " + i + " is not a resource type");
    }

    @Override
    public Optional<CoreValType> localResourceRep(ResourceType resource) {
        return Optional.ofNullable(localReps.get(resource));
    }

    @Override
    public ValueType valueTypeAt(int i, int offset) {
        if (type(i, offset) instanceof ValueType v) return v;
        throw new InvalidComponentException(offset, "type index " + i + " is not a defined type");
    }

    @Override
    public ValueType resolve(ValType t, int offset) {
        return switch (t) {
            case PrimValType p -> PrimitiveType.valueOf(p.name());
            case ValType.Ref r -> valueTypeAt(r.typeIndex(), offset);
        };
    }

    @Override
    public Optional<CoreValType> contextType() {
        return contextType;
    }

    @Override
    public CanonFeatures features() {
        return features;
    }

    private Object type(int i, int offset) {
        return at(types, i, offset, "unknown type " + i + ": type index out of bounds");
    }

    private static <T> T at(List<T> list, int i, int offset, String message) {
        if (i < 0 || i >= list.size()) throw new InvalidComponentException(offset, message);
        return list.get(i);
    }
}
