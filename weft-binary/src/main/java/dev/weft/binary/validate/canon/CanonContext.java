package dev.weft.binary.validate.canon;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.ValType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.Optional;

/**
 * What {@link CanonValidator} needs from the component validator's index spaces, as of the point
 * where the {@code canon} definition appears. Every look-up takes the {@code offset} of the
 * definition and throws {@link InvalidComponentException} with wasmparser's message when the index
 * is out of bounds or of the wrong kind (messages listed per method). Implementations must not
 * record anything: {@link CanonValidator#validate} adds nothing to any index space, the caller
 * appends the {@link CanonResult} it gets back.
 */
public interface CanonContext {

    /**
     * The type of core function {@code coreFuncIndex} (callee of {@code lift}, {@code realloc},
     * {@code post-return}, {@code callback}).
     *
     * @throws InvalidComponentException "unknown core function N: function index out of bounds"
     */
    CoreDefType.FuncType coreFunc(int coreFuncIndex, int offset);

    /**
     * Core memory {@code memoryIndex} (the {@code memory} option, {@code waitable-set.wait/poll}).
     *
     * @throws InvalidComponentException "unknown memory N: memory index out of bounds"
     */
    CoreExternType.Memory coreMemory(int memoryIndex, int offset);

    /**
     * Core table {@code tableIndex} ({@code thread.new-indirect}, {@code thread.spawn-indirect}).
     *
     * @throws InvalidComponentException "unknown table N: table index out of bounds"
     */
    CoreExternType.Table coreTable(int tableIndex, int offset);

    /**
     * The core type at {@code coreTypeIndex}, which must be a function type ({@code thread.*}
     * built-ins taking a {@code $ft}).
     *
     * @throws InvalidComponentException "unknown core type N: type index out of bounds", or
     *     "core type index N is not a function type"
     */
    CoreDefType.FuncType coreFuncTypeAt(int coreTypeIndex, int offset);

    /**
     * The type of component function {@code funcIndex} (the callee of {@code lower}).
     *
     * @throws InvalidComponentException "unknown function N: function index out of bounds"
     */
    FuncType func(int funcIndex, int offset);

    /**
     * The component type at {@code typeIndex}, which must be a function type ({@code lift}).
     *
     * @throws InvalidComponentException "unknown type N: type index out of bounds", or
     *     "type index N is not a function type"
     */
    FuncType funcTypeAt(int typeIndex, int offset);

    /**
     * The component type at {@code typeIndex}, which must be a resource type
     * ({@code resource.new/drop/rep}).
     *
     * @throws InvalidComponentException "unknown type N: type index out of bounds", or
     *     "type index N is not a resource type"
     */
    ResourceType resourceTypeAt(int typeIndex, int offset);

    /**
     * The representation type of {@code resource} if it is defined by this very component (not
     * imported, not from a nested component), else empty. {@code resource.new} and
     * {@code resource.rep} fail with "not a local resource" on empty.
     */
    Optional<CoreValType> localResourceRep(ResourceType resource);

    /**
     * The component type at {@code typeIndex}, which must be a defined value type
     * ({@code stream.*}, {@code future.*}); the caller of this checks for stream/future.
     *
     * @throws InvalidComponentException "unknown type N: type index out of bounds", or
     *     "type index N is not a defined type"
     */
    ValueType valueTypeAt(int typeIndex, int offset);

    /**
     * Resolves a {@code valtype} (primitive or type index) to its semantic type
     * ({@code task.return}'s result).
     *
     * @throws InvalidComponentException as {@link #valueTypeAt}
     */
    ValueType resolve(ValType type, int offset);

    /**
     * The core type the first successful {@code context.get/set} of this component used, if any
     * (wasmparser's {@code context_type}): all of them must agree. The component validator records
     * {@code Canon.ContextGet.type()} / {@code Canon.ContextSet.type()} after the first successful
     * validation and returns it here. Defaults to empty (no memory of earlier definitions).
     */
    default Optional<CoreValType> contextType() {
        return Optional.empty();
    }

    /** The proposals that are enabled; defaults to {@link CanonFeatures#ALL}. */
    default CanonFeatures features() {
        return CanonFeatures.ALL;
    }
}
