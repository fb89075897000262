package dev.weft.engine;

import dev.weft.engine.chicory.ChicoryEngine;
import java.util.Objects;
import java.util.Optional;

/**
 * Compiles core modules. One engine may compile many modules, from many threads.
 *
 * <p>Today's engine is Chicory ({@link #chicory}); others implement this same interface.
 */
public interface CoreEngine {
    /**
     * Decodes, validates and (with {@link Execution#COMPILER}) compiles a core module, once.
     *
     * @throws dev.weft.errors.MalformedComponentException if the bytes are not a core module
     * @throws dev.weft.errors.InvalidComponentException if the module does not validate
     */
    default CoreModule compile(byte[] wasm) {
        return compile(wasm, 0, wasm.length);
    }

    /** Compiles the module in {@code wasm[offset..offset+length)} (e.g. one nested in a component). */
    CoreModule compile(byte[] wasm, int offset, int length);

    /**
     * {@link #compile(byte[], int, int)}, telling {@code listener} how it goes (whether the cache
     * had the module, how long it took, whether the module is compiled or interpreted and why). A
     * listener that throws does not change the compilation ({@link CoreCompileListener#guarded}).
     *
     * <p>The default, for engines that report nothing themselves, works the events out around
     * {@link #compile(byte[], int, int)}: never a cache hit, {@link CoreCompileListener.Outcome#COMPILED}
     * or (when the options say so) {@link CoreCompileListener.Outcome#INTERPRETED}, or
     * {@link CoreCompileListener.Outcome#FAILED}.
     */
    default CoreModule compile(byte[] wasm, int offset, int length, CoreCompileListener listener) {
        if (listener == CoreCompileListener.NONE) return compile(wasm, offset, length);
        Objects.checkFromIndexSize(offset, length, wasm.length);
        CoreCompileListener guarded = CoreCompileListener.guarded(listener);
        long start = System.nanoTime();
        var module = new CoreCompileListener.Module(length, GuardedCompileListener.sha256Hex(wasm, offset, length), false);
        guarded.started(module);
        CoreModule compiled;
        try {
            compiled = compile(wasm, offset, length);
        } catch (RuntimeException | Error e) {
            guarded.finished(module, new CoreCompileListener.Result(CoreCompileListener.Outcome.FAILED,
                    java.time.Duration.ofNanos(System.nanoTime() - start), Optional.of(String.valueOf(e.getMessage()))));
            throw e;
        }
        boolean interpreted = options().execution() == Execution.INTERPRETER;
        guarded.finished(module, new CoreCompileListener.Result(
                interpreted ? CoreCompileListener.Outcome.INTERPRETED : CoreCompileListener.Outcome.COMPILED,
                java.time.Duration.ofNanos(System.nanoTime() - start),
                interpreted ? Optional.of("the engine interprets") : Optional.empty()));
        return compiled;
    }

    /**
     * Decodes and validates a core module (function bodies included) without preparing it to run.
     * Errors as {@link #compile(byte[], int, int)}; their offsets are relative to {@code offset}.
     */
    void validate(byte[] wasm, int offset, int length);

    Options options();

    /** Chicory 1.7.5 with the given options. */
    static CoreEngine chicory(Options options) {
        return new ChicoryEngine(options);
    }

    /** Chicory 1.7.5 with {@link Options#defaults()}. */
    static CoreEngine chicory() {
        return chicory(Options.defaults());
    }

    /** How core code runs. */
    enum Execution {
        /** Interpret the Wasm instructions: no compile time, slower calls. */
        INTERPRETER,
        /** Translate each module to JVM bytecode once at {@link #compile}, shared by all its instances. */
        COMPILER
    }

    /**
     * Engine options.
     *
     * @param execution interpret or compile
     * @param cache where compiled code is kept between runs (only with {@link Execution#COMPILER});
     *     it holds generated JVM classes that get loaded, so it must be a trusted location
     */
    record Options(Execution execution, Optional<ModuleCache> cache) {
        public Options {
            Objects.requireNonNull(execution, "execution");
            Objects.requireNonNull(cache, "cache");
        }

        public Options(Execution execution) {
            this(execution, Optional.empty());
        }

        /** These options with compiled code kept in {@code cache}. */
        public Options withCache(ModuleCache cache) {
            return new Options(execution, Optional.of(cache));
        }

        /** The compiler: what a long-running service wants. */
        public static Options defaults() {
            return compiler();
        }

        public static Options interpreter() {
            return new Options(Execution.INTERPRETER);
        }

        public static Options compiler() {
            return new Options(Execution.COMPILER);
        }
    }
}
