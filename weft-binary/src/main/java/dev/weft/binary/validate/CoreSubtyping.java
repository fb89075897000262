package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;
import static dev.weft.binary.validate.Errors.withContext;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.validate.model.CoreEntity;
import dev.weft.binary.validate.model.ModuleTypeDef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Matching of core extern types (core Wasm import matching) and core module type subtyping. */
final class CoreSubtyping {
    private CoreSubtyping() {}

    /** Module types: {@code a} may import less and export more than {@code b}. */
    static void moduleType(ModuleTypeDef a, ModuleTypeDef b, long offset) {
        for (Map.Entry<ModuleTypeDef.ImportName, CoreEntity> e : a.imports().entrySet()) {
            CoreEntity bi = b.imports().get(e.getKey());
            ModuleTypeDef.ImportName k = e.getKey();
            if (bi == null) throw invalid(offset, "missing expected import `" + k.module() + "::" + k.name() + "`");
            withContext(() -> entity(bi, e.getValue(), offset), () -> "type mismatch in import `" + k.module() + "::" + k.name() + "`");
        }
        for (Map.Entry<String, CoreEntity> e : b.exports().entrySet()) {
            CoreEntity ae = a.exports().get(e.getKey());
            if (ae == null) throw invalid(offset, "missing expected export `" + e.getKey() + "`");
            withContext(() -> entity(ae, e.getValue(), offset), () -> "type mismatch in export `" + e.getKey() + "`");
        }
    }

    /** Checks that {@code a} matches (can be supplied for) {@code b}. */
    static void entity(CoreEntity a, CoreEntity b, long offset) {
        switch (a) {
            case CoreEntity.Func f when b instanceof CoreEntity.Func fb -> func(f.type(), fb.type(), offset);
            case CoreEntity.Table t when b instanceof CoreEntity.Table tb -> table(t.type(), tb.type(), offset);
            case CoreEntity.Memory m when b instanceof CoreEntity.Memory mb -> memory(m.type(), mb.type(), offset);
            case CoreEntity.Global g when b instanceof CoreEntity.Global gb -> global(g.type(), gb.type(), offset);
            case CoreEntity.Tag t when b instanceof CoreEntity.Tag tb -> func(t.type(), tb.type(), offset);
            default -> throw invalid(offset, "expected " + b.desc() + ", found " + a.desc());
        }
    }

    static void func(CoreDefType.FuncType a, CoreDefType.FuncType b, long offset) {
        if (!a.equals(b)) throw invalid(offset, "expected: " + text(b) + "\nfound:    " + text(a));
    }

    static void global(CoreExternType.Global a, CoreExternType.Global b, long offset) {
        if (a.mutable() != b.mutable()) throw invalid(offset, "global types differ in mutability");
        if (!a.type().equals(b.type())) {
            throw invalid(offset, "expected global type " + text(b.type()) + ", found " + text(a.type()));
        }
    }

    static void table(CoreExternType.Table a, CoreExternType.Table b, long offset) {
        if (!a.element().equals(b.element())) {
            throw invalid(offset, "expected table element type " + text(b.element()) + ", found " + text(a.element()));
        }
        if (a.limits().is64() != b.limits().is64()) throw invalid(offset, "mismatch in index type used for tables");
        if (!limitsMatch(a.limits(), b.limits())) throw invalid(offset, "mismatch in table limits");
    }

    static void memory(CoreExternType.Memory a, CoreExternType.Memory b, long offset) {
        if (a.shared() != b.shared()) throw invalid(offset, "mismatch in the shared flag for memories");
        if (a.memory64() != b.memory64()) throw invalid(offset, "mismatch in index type used for memories");
        if (!limitsMatch(a.limits(), b.limits())) throw invalid(offset, "mismatch in memory limits");
        if (a.pageSizeLog2() != b.pageSizeLog2()) throw invalid(offset, "mismatch in memory page size");
    }

    private static boolean limitsMatch(CoreExternType.Limits a, CoreExternType.Limits b) {
        if (Long.compareUnsigned(a.min(), b.min()) < 0) return false;
        if (b.max().isEmpty()) return true;
        return a.max().isPresent() && Long.compareUnsigned(a.max().getAsLong(), b.max().getAsLong()) <= 0;
    }

    /** A core function type in text format, e.g. {@code (func (param i32) (result i64))}. */
    static String text(CoreDefType.FuncType f) {
        StringBuilder sb = new StringBuilder("(func");
        if (!f.params().isEmpty()) sb.append(" (param ").append(texts(f.params())).append(')');
        if (!f.results().isEmpty()) sb.append(" (result ").append(texts(f.results())).append(')');
        return sb.append(')').toString();
    }

    private static String texts(List<CoreValType> ts) {
        return ts.stream().map(CoreSubtyping::text).collect(Collectors.joining(" "));
    }

    static String text(CoreValType t) {
        return switch (t) {
            case CoreValType.Num n -> n.toString();
            case CoreValType.Ref r when r.nullable() && r.heap() instanceof CoreValType.HeapType.Abstract a -> a + "ref";
            case CoreValType.Ref r -> r.toString();
        };
    }
}
