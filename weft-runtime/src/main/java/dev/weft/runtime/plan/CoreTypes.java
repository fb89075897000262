package dev.weft.runtime.plan;

import dev.weft.abi.AddressType;
import dev.weft.abi.CoreSignature;
import dev.weft.abi.FlatType;
import dev.weft.abi.Flattening;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreValType;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.types.CoreValueType;
import dev.weft.types.FuncType;
import java.util.List;

/** Core types as the engine seam spells them, from the validator's types. */
public final class CoreTypes {
    private CoreTypes() {}

    /** The engine's form of a core function type. */
    public static CoreFuncType funcType(dev.weft.types.CoreFuncType type) {
        return CoreFuncType.of(valTypes(type.params()), valTypes(type.results()));
    }

    public static CoreValType valType(CoreValueType type) {
        return switch (type) {
            case CoreValueType.Num n -> switch (n) {
                case I32 -> CoreValType.I32;
                case I64 -> CoreValType.I64;
                case F32 -> CoreValType.F32;
                case F64 -> CoreValType.F64;
                case V128 -> CoreValType.V128;
            };
            case CoreValueType.Ref r -> switch (r.heap()) {
                case "func" -> CoreValType.FUNCREF;
                case "extern" -> CoreValType.EXTERNREF;
                default -> throw new UnsupportedFeatureException("reference-type",
                        "core reference type " + r + " is not supported yet");
            };
        };
    }

    /**
     * The core type of a synchronous {@code canon lower} of {@code type}: {@code flatten_functype(opts,
     * ft, 'lower')} with 32-bit addresses, the only memories Weft runs (as the canon package's
     * {@code CanonLower.coreFuncType}).
     */
    public static CoreFuncType lowered(FuncType type) {
        CoreSignature s = Flattening.flattenFuncType(type,
                new Flattening.Context(Flattening.Direction.LOWER, Flattening.Concurrency.SYNC, AddressType.I32));
        return CoreFuncType.of(flatTypes(s.params()), flatTypes(s.results()));
    }

    private static List<CoreValType> flatTypes(List<FlatType> types) {
        return types.stream().map(t -> switch (t) {
            case I32 -> CoreValType.I32;
            case I64 -> CoreValType.I64;
            case F32 -> CoreValType.F32;
            case F64 -> CoreValType.F64;
        }).toList();
    }

    private static List<CoreValType> valTypes(List<CoreValueType> types) {
        return types.stream().map(CoreTypes::valType).toList();
    }

}
