package dev.weft.testsuite;

import java.util.Optional;

/**
 * The extension point for everything that needs a live instance: instantiation, invocation, traps,
 * linking. {@link ConformanceRunner} decides what validation alone can decide and hands the rest to
 * a {@link FileSession}, one per conformance file (instances registered by name live there).
 *
 * <p>The standard implementation ({@link ConformanceRunner#standard()}) is
 * {@link dev.weft.testsuite.exec.InstantiatingExecutor}, which loads, links and instantiates
 * components with Weft's runtime the way Wasmtime's wast runner does. {@link SkippingExecutor}
 * skips everything that needs an instance, for runs that only validate ({@code weft wast --validate-only}).
 */
public interface CommandExecutor {

    /** Starts the commands of one file; the session sees them in file order. */
    FileSession open(ConformanceFile file);

    /** The state of one conformance file while it runs (named instances and definitions). */
    interface FileSession extends AutoCloseable {
        /**
         * Judges a command that validation alone cannot. Receives:
         * <ul>
         *   <li>{@code component} commands (with or without {@code definition}) after their binary
         *       validated: a definition only needs recording, the others instantiating;</li>
         *   <li>{@code instance}, {@code assert_return}, {@code assert_trap}, {@code action};</li>
         *   <li>{@code assert_unlinkable}, {@code assert_trap_instantiate}, with their binary,
         *       not validated by the runner.</li>
         * </ul>
         * Never {@code assert_invalid} / {@code assert_malformed}, entries without a binary where one
         * is needed, or unknown types: the runner judges those itself.
         *
         * @param binary the bytes of {@code command.filename()} for commands that carry a binary
         * @return the verdict; an exception other than a Weft exception is reported as a crash
         */
        Verdict execute(ConformanceCommand command, Optional<byte[]> binary);

        @Override
        default void close() {}
    }
}
