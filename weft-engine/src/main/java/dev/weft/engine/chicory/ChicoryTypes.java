package dev.weft.engine.chicory;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.ValType;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreLimits;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreValType;
import dev.weft.errors.InvalidComponentException;
import java.util.ArrayList;
import java.util.List;

/** Converts between Chicory's types and the seam's. */
final class ChicoryTypes {
    private ChicoryTypes() {}

    static CoreValType valType(ValType t) {
        long id = t.id();
        if (id == ValType.I32.id()) {
            return CoreValType.I32;
        } else if (id == ValType.I64.id()) {
            return CoreValType.I64;
        } else if (id == ValType.F32.id()) {
            return CoreValType.F32;
        } else if (id == ValType.F64.id()) {
            return CoreValType.F64;
        } else if (id == ValType.V128.id()) {
            return CoreValType.V128;
        } else if (id == ValType.FuncRef.id()) {
            return CoreValType.FUNCREF;
        } else if (id == ValType.ExternRef.id()) {
            return CoreValType.EXTERNREF;
        }
        throw new InvalidComponentException(0, "unsupported core value type " + t
                + " in an import or export (Weft supports i32 i64 f32 f64 v128 funcref externref there)");
    }

    static ValType valType(CoreValType t) {
        return switch (t) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            case V128 -> ValType.V128;
            case FUNCREF -> ValType.FuncRef;
            case EXTERNREF -> ValType.ExternRef;
        };
    }

    static CoreFuncType funcType(FunctionType f) {
        return new CoreFuncType(valTypes(f.params()), valTypes(f.returns()));
    }

    static FunctionType funcType(CoreFuncType f) {
        return FunctionType.of(chicoryTypes(f.params()), chicoryTypes(f.results()));
    }

    /** Chicory spells "no maximum" as {@link MemoryLimits#MAX_PAGES}. */
    static CoreMemoryType memoryType(MemoryLimits l) {
        CoreLimits limits = l.maximumPages() == MemoryLimits.MAX_PAGES
                ? CoreLimits.of(l.initialPages())
                : CoreLimits.of(l.initialPages(), l.maximumPages());
        return new CoreMemoryType(limits, l.shared());
    }

    /** Chicory spells "no maximum" as {@link TableLimits#LIMIT_MAX}. */
    static CoreLimits tableLimits(TableLimits l) {
        return l.max() == TableLimits.LIMIT_MAX ? CoreLimits.of(l.min()) : CoreLimits.of(l.min(), l.max());
    }

    private static List<CoreValType> valTypes(List<ValType> types) {
        List<CoreValType> out = new ArrayList<>(types.size());
        for (ValType t : types) {
            out.add(valType(t));
        }
        return out;
    }

    private static List<ValType> chicoryTypes(List<CoreValType> types) {
        List<ValType> out = new ArrayList<>(types.size());
        for (CoreValType t : types) {
            out.add(valType(t));
        }
        return out;
    }
}
