package dev.weft.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Hears the compilation of each core module of the components an {@link Engine} loads
 * ({@link Engine.Builder#compileListener}): to log or measure what {@code weft run} shows on a
 * terminal. Per core module, {@link #started} once the engine knows whether its cache holds the
 * module, then {@link #finished} exactly once (also when the module is invalid and loading
 * throws), with {@link #cacheProblem} in between when the module cache fails (the engine then
 * carries on without it). Every method does nothing by default.
 *
 * <p>The methods run on the thread that loads the component ({@link Component#fromBytes}); an
 * engine shared by threads calls its listener concurrently, so a listener must be thread-safe.
 * An exception a listener throws is logged and ignored: it never breaks loading.
 */
public interface CompileListener {
    /** The engine begins with {@code module}. */
    default void started(Module module) {}

    /** The engine is done with {@code module}. */
    default void finished(Module module, Result result) {}

    /**
     * The module cache failed; the engine has logged it as a warning too.
     *
     * @param detail the failure, as text
     */
    default void cacheProblem(Module module, CacheProblem problem, String detail) {}

    /**
     * A core module being compiled.
     *
     * @param index the module's index within its component, in the order of
     *     {@link dev.weft.runtime.plan.Plan#modules()} ({@code -1} for {@link Engine#compileModule})
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its bytes, in lowercase hex
     * @param cacheHit whether the engine found its compiled code in the cache
     */
    record Module(int index, int size, String sha256, boolean cacheHit) {
        public Module {
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The first 12 hex digits of {@link #sha256}: enough to tell modules apart in a log. */
        public String shortId() {
            return sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    /** How a core module's compilation ended. */
    enum Outcome {
        /** Translated to JVM bytecode now. */
        COMPILED,
        /** Compiled code loaded from the cache ({@link Engine.Builder#cacheDirectory}). */
        FROM_CACHE,
        /** To be interpreted: the engine interprets, or its compiler could not compile it ({@link Result#reason}). */
        INTERPRETED,
        /** Malformed or invalid ({@link Result#reason}): loading the component throws. */
        FAILED
    }

    /**
     * The end of a core module's compilation.
     *
     * @param duration the time the engine spent on the module, its cache lookup included
     * @param reason why the module is {@link Outcome#INTERPRETED} or {@link Outcome#FAILED}; empty otherwise
     */
    record Result(Outcome outcome, Duration duration, Optional<String> reason) {
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What went wrong with the module cache; never fatal. */
    enum CacheProblem {
        /** Reading the cache failed: the module is compiled. */
        READ_FAILED,
        /** The cached code could not be used (damaged, or from another version): the module is compiled again. */
        DAMAGED_ENTRY,
        /** Removing a damaged entry failed. */
        REMOVE_FAILED,
        /** Storing the compiled module failed: the next load compiles it again. */
        STORE_FAILED
    }
}
