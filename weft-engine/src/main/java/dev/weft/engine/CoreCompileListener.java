package dev.weft.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Hears what a {@link CoreEngine} does with one core module while it compiles it
 * ({@link CoreEngine#compile(byte[], int, int, CoreCompileListener)}): {@link #started} once the
 * engine knows whether its cache holds the module, then {@link #finished} exactly once (also when
 * the module is malformed or invalid), and {@link #cacheProblem} in between whenever the cache
 * fails it. All methods do nothing by default.
 *
 * <p>The engine calls the listener on the compiling thread; one listener given to many concurrent
 * compilations must be thread-safe. An exception a listener throws is logged and otherwise
 * ignored: it never changes the compilation. Engine-neutral: nothing of the engine's own types
 * (Chicory's) is visible here, failures are described by text.
 */
public interface CoreCompileListener {
    /** The listener that ignores everything. */
    CoreCompileListener NONE = new CoreCompileListener() {};

    /**
     * {@code listener}, with whatever its methods throw logged and ignored; {@link #NONE} and
     * listeners already guarded are returned as they are.
     */
    static CoreCompileListener guarded(CoreCompileListener listener) {
        Objects.requireNonNull(listener, "listener");
        return listener == NONE || listener instanceof GuardedCompileListener ? listener : new GuardedCompileListener(listener);
    }

    /** The engine begins with {@code module} (after its cache lookup, before decoding). */
    default void started(Module module) {}

    /** The engine is done with {@code module}; a {@link Outcome#FAILED} compilation then throws. */
    default void finished(Module module, Result result) {}

    /**
     * The cache failed the engine, which carries on without it ({@link CacheProblem#DAMAGED_ENTRY}:
     * compiling the module again). The engine also logs the problem as a warning.
     */
    default void cacheProblem(Module module, CacheProblem problem, String detail) {}

    /**
     * A core module being compiled.
     *
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its bytes, in lowercase hex
     * @param cacheHit whether the engine found compiled code for it in its {@link ModuleCache}
     */
    record Module(int size, String sha256, boolean cacheHit) {
        public Module {
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The first 12 hex digits of {@link #sha256}: enough to tell modules apart in a log. */
        public String shortId() {
            return sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    /** How a compilation ended. */
    enum Outcome {
        /** Translated to JVM bytecode now (functions too large for one JVM method may be interpreted). */
        COMPILED,
        /** Compiled code loaded from the engine's {@link ModuleCache}. */
        FROM_CACHE,
        /** The module will be interpreted: the engine is set to interpret, or its compiler gave up ({@link Result#reason}). */
        INTERPRETED,
        /** The module is malformed or invalid ({@link Result#reason}): the compilation throws. */
        FAILED
    }

    /**
     * The end of a compilation.
     *
     * @param duration from the call to compile (the cache lookup included) to this event
     * @param reason why the module is {@link Outcome#INTERPRETED} or {@link Outcome#FAILED}; empty otherwise
     */
    record Result(Outcome outcome, Duration duration, Optional<String> reason) {
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What went wrong with the {@link ModuleCache}; never fatal. */
    enum CacheProblem {
        /** Reading the cache threw: the module is compiled as if the cache had no entry. */
        READ_FAILED,
        /** The entry could not be used (damaged, or from an incompatible version): the module is compiled again. */
        DAMAGED_ENTRY,
        /** Removing a damaged entry threw. */
        REMOVE_FAILED,
        /** Storing the compiled module threw: the next run compiles it again. */
        STORE_FAILED
    }
}
