package dev.weft.runtime;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.engine.CoreCompileListener;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreModule;
import dev.weft.engine.ModuleCache;
import dev.weft.runtime.cache.DiskModuleCache;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared, thread-safe context components are loaded with: which core engine runs core code
 * and how. One engine serves many components and instances.
 *
 * <pre>{@code
 * Engine engine = Engine.create();                                           // the compiler
 * Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
 * Engine engine = Engine.builder().cacheDirectory(dir).compileListener(new CompileListener() {
 *     public void finished(CompileListener.Module m, CompileListener.Result r) {
 *         log.info("core module " + m.index() + " (" + m.size() + " bytes): " + r.outcome() + " in " + r.duration());
 *     }
 * }).build();
 * }</pre>
 *
 * <p>A {@link CompileListener} ({@link Builder#compileListener}) hears, per core module of each
 * component loaded: that its compilation started (its index, size, SHA-256, whether the cache had
 * it), how it finished ({@code COMPILED}, {@code FROM_CACHE}, {@code INTERPRETED} with the reason
 * the compiler gave up, or {@code FAILED}) and how long it took, and the module cache's failures
 * (which are logged as warnings as well). The events come through the core engine
 * ({@link CoreEngine#compile(byte[], int, int, CoreCompileListener)}); a listener that throws is
 * logged and does not break loading.
 */
public final class Engine {
    private final CoreEngine core;
    private final Limits limits;
    private final Optional<CompileListener> listener;

    private Engine(CoreEngine core, Limits limits, Optional<CompileListener> listener) {
        this.core = core;
        this.limits = limits;
        this.listener = listener;
    }

    /** An engine with the defaults: Chicory, compiling core modules to JVM bytecode. */
    public static Engine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The core engine that compiles and runs core modules. */
    public CoreEngine coreEngine() {
        return core;
    }

    /** The limits of every instance made without its own ({@link InstancePre#instantiate()}). */
    public Limits limits() {
        return limits;
    }

    /** How core code runs. */
    public Execution execution() {
        return switch (core.options().execution()) {
            case INTERPRETER -> Execution.INTERPRETER;
            case COMPILER -> Execution.COMPILER;
        };
    }

    /**
     * Compiles a core module, e.g. to satisfy a component's import of a core module with
     * {@link Linker#module}.
     *
     * @throws dev.weft.errors.ComponentFormatException if the bytes are not a valid core module
     */
    public CoreModule compileModule(byte[] wasm) {
        return compile(-1, wasm, 0, wasm.length);
    }

    /** The listener of core module compilations, if any ({@link Builder#compileListener}). */
    public Optional<CompileListener> compileListener() {
        return listener;
    }

    /** Compiles the core module {@code index} of a component, telling the {@link #compileListener()}. */
    CoreModule compile(int index, ByteSlice module) {
        return compile(index, module.buffer(), module.offset(), module.length());
    }

    private CoreModule compile(int index, byte[] wasm, int offset, int length) {
        return listener.isEmpty()
                ? core.compile(wasm, offset, length)
                : core.compile(wasm, offset, length, new CoreCompileEvents(listener.get(), index));
    }

    /** Builds an {@link Engine}. */
    public static final class Builder {
        private Execution execution = Execution.COMPILER;
        private Optional<CoreEngine> core = Optional.empty();
        private Optional<Path> cacheDirectory = Optional.empty();
        private Limits limits = Limits.NONE;
        private Optional<CompileListener> listener = Optional.empty();

        private Builder() {}

        /** How core code runs (default {@link Execution#COMPILER}); ignored when {@link #coreEngine} is given. */
        public Builder execution(Execution execution) {
            this.execution = Objects.requireNonNull(execution, "execution");
            return this;
        }

        /**
         * Keeps compiled core modules in {@code directory} (created if missing), keyed by the
         * SHA-256 of their bytes and the engine version, so that a second start of the same
         * component skips compilation. The directory holds JVM classes that get loaded: it must be
         * trusted. Ignored with {@link Execution#INTERPRETER} or when {@link #coreEngine} is given.
         */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = Optional.of(directory);
            return this;
        }

        /** The limits of every instance that is not given its own (default {@link Limits#NONE}). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Tells {@code listener} about the compilation of every core module (also with a
         * {@link #coreEngine} of one's own, if it reports; else the events are worked out around
         * it). The listener must be thread-safe; its exceptions are logged and ignored.
         */
        public Builder compileListener(CompileListener listener) {
            this.listener = Optional.of(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Runs core code on {@code engine} instead of the default Chicory engine. */
        public Builder coreEngine(CoreEngine engine) {
            this.core = Optional.of(engine);
            return this;
        }

        public Engine build() {
            return new Engine(core.orElseGet(() -> CoreEngine.chicory(new CoreEngine.Options(
                    execution.core(), cacheDirectory.map(DiskModuleCache::new)))), limits, listener);
        }
    }
}
