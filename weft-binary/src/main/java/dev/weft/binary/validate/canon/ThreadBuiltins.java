package dev.weft.binary.validate.canon;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.errors.InvalidComponentException;
import java.util.List;

/** The type and table immediates of the 🧵 thread-creating built-ins. */
final class ThreadBuiltins {
    private ThreadBuiltins() {}

    /**
     * {@code $ft} of {@code thread.new-indirect} ({@code what} = "start") and
     * {@code thread.spawn-*} ({@code what} = "spawn"): {@code (func (param $c T))} with {@code T}
     * {@code i32} (or 🐘 {@code i64}). Returns {@code T}.
     */
    static CoreValType closureType(int coreTypeIndex, String what, CanonContext ctx, int offset) {
        CoreDefType.FuncType ft = ctx.coreFuncTypeAt(coreTypeIndex, offset);
        boolean i64 = ctx.features().memory64() && ft.params().equals(List.of(CoreSigs.I64));
        if (!ft.params().equals(List.of(CoreSigs.I32)) && !i64) {
            throw new InvalidComponentException(offset,
                    what + " function must take a single `i32` argument (currently)");
        }
        if (!ft.results().isEmpty()) {
            throw new InvalidComponentException(offset, what + " function must not return any values");
        }
        return ft.params().getFirst();
    }

    /**
     * {@code $ftbl}: a table whose elements are {@code funcref}s, 32-bit (or 🐘 64-bit). Returns
     * the table's index type, {@code U} in the spec.
     */
    static CoreValType funcTable(int tableIndex, CanonContext ctx, int offset) {
        CoreExternType.Table table = ctx.coreTable(tableIndex, offset);
        if (!table.element().equals(CoreValType.Ref.FUNCREF)) {
            throw tableError(offset, "expected table element type funcref, found " + refText(table.element()));
        }
        if (table.limits().is64() && !ctx.features().memory64()) {
            throw tableError(offset, "mismatch in index type used for tables");
        }
        return table.limits().is64() ? CoreSigs.I64 : CoreSigs.I32;
    }

    /** wasmparser adds the context line in front of the subtyping error. */
    private static InvalidComponentException tableError(int offset, String detail) {
        return new InvalidComponentException(offset, "table is not a 32-bit table of (ref null (func))\n" + detail);
    }

    /** A reference type as wasmparser prints it: {@code funcref}, {@code externref}, {@code (ref $t)}. */
    private static String refText(CoreValType.Ref r) {
        if (r.nullable() && r.heap() instanceof CoreValType.HeapType.Abstract a) return a + "ref";
        return r.toString();
    }
}
