package dev.weft.runtime.canon;

import dev.weft.abi.AddressType;
import dev.weft.abi.CoreSignature;
import dev.weft.abi.FlatType;
import dev.weft.abi.Flattening;
import dev.weft.abi.TypePredicates;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreValType;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import java.util.List;

/**
 * Everything about a function type that {@code canon lift} and {@code canon lower} compute before
 * looking at values, computed once per lifted or lowered function (at instantiation) and reused by
 * every call: the layouts of the parameters and the result, whether they spill to memory, the
 * flattened core signature, and whether a borrow scope is needed.
 */
public final class FunctionAbi {
    private final FuncType type;
    final ValuesLayout params;
    final ValuesLayout results;
    /** Whether the parameters contain a {@code borrow} (results cannot). */
    final boolean paramsContainBorrow;
    private final AddressType addressType;

    private FunctionAbi(FuncType type, AddressType a) {
        this.type = type;
        this.addressType = a;
        this.params = ValuesLayout.of(type.params().stream().map(Field::type).toList(), a);
        this.results = ValuesLayout.of(type.result().stream().toList(), a);
        this.paramsContainBorrow = type.params().stream().map(Field::type).anyMatch(TypePredicates::containsBorrow);
    }

    /** The ABI of {@code type} under {@code opts} (only the memory's address type matters here). */
    public static FunctionAbi of(FuncType type, CanonOptions opts) {
        return new FunctionAbi(type, opts.addressType());
    }

    public FuncType type() {
        return type;
    }

    public ValuesLayout params() {
        return params;
    }

    public ValuesLayout results() {
        return results;
    }

    /** {@code flatten_functype(opts, ft, context)} for a synchronous lift or lower. */
    public CoreSignature signature(Flattening.Direction direction) {
        return Flattening.flattenFuncType(type, new Flattening.Context(direction, Flattening.Concurrency.SYNC, addressType));
    }

    /** The core function type of {@link #signature}, as the engine seam spells it. */
    public CoreFuncType coreFuncType(Flattening.Direction direction) {
        CoreSignature s = signature(direction);
        return CoreFuncType.of(coreTypes(s.params()), coreTypes(s.results()));
    }

    private static List<CoreValType> coreTypes(List<FlatType> flat) {
        return flat.stream().map(t -> switch (t) {
            case I32 -> CoreValType.I32;
            case I64 -> CoreValType.I64;
            case F32 -> CoreValType.F32;
            case F64 -> CoreValType.F64;
        }).toList();
    }

    @Override
    public String toString() {
        return "canonical ABI of " + type.wit();
    }
}
