package dev.weft.engine.chicory;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreModule;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.Optional;
import dev.weft.engine.ModuleCache;
import java.util.function.Function;

/**
 * The {@link CoreEngine} on Chicory 1.7.5. Chicory's {@code Parser} decodes and validates (function
 * bodies included); with {@link Execution#COMPILER}, {@code MachineFactoryCompiler} then translates
 * the module to JVM classes once, and every instance of the module reuses them.
 */
public final class ChicoryEngine implements CoreEngine {
    private static final System.Logger LOG = System.getLogger(ChicoryEngine.class.getName());

    private final Options options;

    public ChicoryEngine(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public CoreModule compile(byte[] wasm, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, wasm.length);
        WasmModule module = parse(wasm, offset, length);
        ModuleLayout layout = ModuleLayout.of(module);
        return switch (options.execution()) {
            case INTERPRETER -> new ChicoryModule(module, InterpreterMachine::new, Execution.INTERPRETER, layout);
            case COMPILER -> compiled(module, layout, options.cache());
        };
    }

    @Override
    public void validate(byte[] wasm, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, wasm.length);
        ModuleLayout.of(parse(wasm, offset, length));
    }

    private static WasmModule parse(byte[] wasm, int offset, int length) {
        try {
            return Parser.builder().build().parse(() -> new ByteArrayInputStream(wasm, offset, length));
        } catch (RuntimeException | StackOverflowError e) {
            throw ChicoryErrors.format(e);
        }
    }

    /**
     * Functions too large for one JVM method are interpreted (Chicory's fallback, silent). Should
     * the compiler fail on a module that validated, that is Chicory's limit, not the module's
     * fault: the whole module is interpreted instead, with a warning.
     */
    private static ChicoryModule compiled(WasmModule module, ModuleLayout layout, Optional<ModuleCache> cache) {
        Function<Instance, Machine> machines;
        try {
            var builder = MachineFactoryCompiler.builder(module).withInterpreterFallback(InterpreterFallback.SILENT);
            if (cache.isPresent()) builder = builder.withCache(new ChicoryCache(cache.get()));
            machines = builder.compile();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "Chicory could not compile a core module, interpreting it instead: " + e);
            return new ChicoryModule(module, InterpreterMachine::new, Execution.INTERPRETER, layout);
        }
        return new ChicoryModule(module, machines, Execution.COMPILER, layout);
    }
}
