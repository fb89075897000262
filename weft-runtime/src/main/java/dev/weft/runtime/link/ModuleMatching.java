package dev.weft.runtime.link;

import dev.weft.engine.CoreExport;
import dev.weft.engine.CoreExternType;
import dev.weft.engine.CoreGlobalType;
import dev.weft.engine.CoreImport;
import dev.weft.engine.CoreLimits;
import dev.weft.engine.CoreMemoryType;
import dev.weft.engine.CoreModule;
import dev.weft.engine.CoreTableType;
import dev.weft.engine.CoreTagType;
import dev.weft.runtime.plan.CoreTypes;
import dev.weft.types.CoreExtern;
import dev.weft.types.CoreModuleType;
import java.util.Optional;

/**
 * Whether a compiled core module fits an import of a core module type: it exports at least what
 * the type exports (each a subtype), and imports nothing the type does not import (each a
 * supertype), as the spec's module subtyping. Returns the first problem, if any.
 */
final class ModuleMatching {
    private ModuleMatching() {}

    static Optional<String> problem(CoreModule module, CoreModuleType expected) {
        for (var e : expected.exports().entrySet()) {
            Optional<CoreExport> found = module.exports().stream().filter(x -> x.name().equals(e.getKey())).findFirst();
            CoreExternType want = externType(e.getValue());
            if (found.isEmpty()) return Optional.of("the module has no export \"" + e.getKey() + "\" " + want);
            if (!found.get().type().matches(want)) {
                return Optional.of("export \"" + e.getKey() + "\" is " + found.get().type() + ", expected " + want);
            }
        }
        for (CoreImport imp : module.imports()) {
            CoreExtern declared = expected.imports().get(new CoreModuleType.ImportName(imp.module(), imp.name()));
            if (declared == null) {
                return Optional.of("the module imports \"" + imp.module() + "\" \"" + imp.name() + "\", which the type does not");
            }
            if (!externType(declared).matches(imp.type())) {
                return Optional.of("import \"" + imp.module() + "\" \"" + imp.name() + "\" is " + imp.type()
                        + ", the type offers " + externType(declared));
            }
        }
        return Optional.empty();
    }

    static CoreExternType externType(CoreExtern t) {
        return switch (t) {
            case CoreExtern.Func f -> CoreTypes.funcType(f.type());
            case CoreExtern.Tag g -> new CoreTagType(CoreTypes.funcType(g.type()));
            case CoreExtern.Global g -> new CoreGlobalType(CoreTypes.valType(g.type()), g.mutable());
            case CoreExtern.Memory m -> new CoreMemoryType(limits(m.limits()), m.shared());
            case CoreExtern.Table tb -> new CoreTableType(limits(tb.limits()), CoreTypes.valType(tb.element()));
        };
    }

    private static CoreLimits limits(CoreExtern.Limits l) {
        return new CoreLimits(l.min(), l.max());
    }
}
