package dev.weft.runtime;

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
 * }</pre>
 */
public final class Engine {
    private final CoreEngine core;
    private final Limits limits;

    private Engine(CoreEngine core, Limits limits) {
        this.core = core;
        this.limits = limits;
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
        return core.compile(wasm);
    }

    /** Builds an {@link Engine}. */
    public static final class Builder {
        private Execution execution = Execution.COMPILER;
        private Optional<CoreEngine> core = Optional.empty();
        private Optional<Path> cacheDirectory = Optional.empty();
        private Limits limits = Limits.NONE;

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

        /** Runs core code on {@code engine} instead of the default Chicory engine. */
        public Builder coreEngine(CoreEngine engine) {
            this.core = Optional.of(engine);
            return this;
        }

        public Engine build() {
            return new Engine(core.orElseGet(() -> CoreEngine.chicory(new CoreEngine.Options(
                    execution.core(), cacheDirectory.map(DiskModuleCache::new)))), limits);
        }
    }
}
