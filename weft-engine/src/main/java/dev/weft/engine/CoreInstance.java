package dev.weft.engine;

import java.util.Map;
import java.util.Optional;

/**
 * An instantiated core module (<a href="https://webassembly.github.io/spec/core/exec/runtime.html#module-instances">spec</a>):
 * its exports as typed handles. Look handles up once and keep them; calls through a handle do no
 * name look-up. Not thread-safe.
 */
public interface CoreInstance {
    CoreModule module();

    /** Every export by name, in the module's export order. */
    Map<String, CoreExtern> exports();

    /**
     * The {@code index}-th export in {@link CoreModule#exports()} order: the same handle as
     * {@code exports().get(name)}, without the name.
     *
     * @throws IndexOutOfBoundsException if there is no such export
     */
    default CoreExtern export(int index) {
        return exports().get(module().exports().get(index).name());
    }

    default Optional<CoreExtern> export(String name) {
        return Optional.ofNullable(exports().get(name));
    }

    /** @throws CoreLinkException if there is no function export {@code name} */
    default CoreFunction function(String name) {
        if (exports().get(name) instanceof CoreFunction f) {
            return f;
        }
        throw noExport(name, CoreExternKind.FUNC);
    }

    /** @throws CoreLinkException if there is no memory export {@code name} */
    default CoreMemory memory(String name) {
        if (exports().get(name) instanceof CoreMemory m) {
            return m;
        }
        throw noExport(name, CoreExternKind.MEMORY);
    }

    /** @throws CoreLinkException if there is no table export {@code name} */
    default CoreTable table(String name) {
        if (exports().get(name) instanceof CoreTable t) {
            return t;
        }
        throw noExport(name, CoreExternKind.TABLE);
    }

    /** @throws CoreLinkException if there is no global export {@code name} */
    default CoreGlobal global(String name) {
        if (exports().get(name) instanceof CoreGlobal g) {
            return g;
        }
        throw noExport(name, CoreExternKind.GLOBAL);
    }

    /** @throws CoreLinkException if there is no tag export {@code name} */
    default CoreTag tag(String name) {
        if (exports().get(name) instanceof CoreTag t) {
            return t;
        }
        throw noExport(name, CoreExternKind.TAG);
    }

    private CoreLinkException noExport(String name, CoreExternKind kind) {
        return CoreLinkException.noExport(name, kind, export(name).map(CoreExtern::type));
    }
}
