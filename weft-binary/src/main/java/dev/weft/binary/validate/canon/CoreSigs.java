package dev.weft.binary.validate.canon;

import dev.weft.abi.AddressType;
import dev.weft.abi.CoreSignature;
import dev.weft.abi.FlatType;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreValType;
import java.util.List;
import java.util.stream.Collectors;

/** Building and printing core function types for the built-ins' signatures. */
final class CoreSigs {
    private CoreSigs() {}

    static final CoreValType I32 = CoreValType.Num.I32;
    static final CoreValType I64 = CoreValType.Num.I64;

    /** {@code (func (param params...) (result results...))}. */
    static CanonResult.CoreFunc func(List<CoreValType> params, List<CoreValType> results) {
        return new CanonResult.CoreFunc(new CoreDefType.FuncType(params, results));
    }

    /** The core type of a flattened signature. */
    static CoreDefType.FuncType of(CoreSignature sig) {
        return new CoreDefType.FuncType(core(sig.params()), core(sig.results()));
    }

    static List<CoreValType> core(List<FlatType> flat) {
        return flat.stream().map(CoreSigs::core).toList();
    }

    static CoreValType core(FlatType t) {
        return switch (t) {
            case I32 -> CoreValType.Num.I32;
            case I64 -> CoreValType.Num.I64;
            case F32 -> CoreValType.Num.F32;
            case F64 -> CoreValType.Num.F64;
        };
    }

    /** The core type of a pointer into a memory with this address type. */
    static CoreValType ptr(AddressType a) {
        return core(a.flatType());
    }

    /** A list of core types as wasmparser prints it ({@code {:?}} of {@code [ValType]}): {@code [I32, I64]}. */
    static String debug(List<CoreValType> types) {
        return types.stream().map(CoreSigs::debug).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String debug(CoreValType t) {
        return switch (t) {
            case CoreValType.Num n -> n.name();
            case CoreValType.Ref r -> "Ref(" + r + ")";
        };
    }
}
