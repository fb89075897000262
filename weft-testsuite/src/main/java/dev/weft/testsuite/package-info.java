/**
 * The conformance runner: reads the spec's reference tests in their JSON form (one {@code NAME.json}
 * per {@code .wast}, binaries beside it; the format is described in {@code ../shared/README.md}) and
 * judges each command.
 *
 * <p>{@link dev.weft.testsuite.ConformanceRunner} does what needs only decoding and validation
 * ({@code assert_malformed}, {@code assert_invalid}, validating {@code component}s) and hands every
 * command that needs a live instance to a {@link dev.weft.testsuite.CommandExecutor}: by default
 * {@link dev.weft.testsuite.exec.InstantiatingExecutor}, which instantiates the components with Weft's
 * runtime, invokes them and judges the results as Wasmtime's wast runner does (package
 * {@code dev.weft.testsuite.exec}). For runs that only validate, {@link dev.weft.testsuite.SkippingExecutor}
 * reports those commands as skipped with a reason. Either way the counts stay honest: a skip (a
 * feature Weft does not support yet, an entry without a binary) is never a pass.
 *
 * <p>The result is an immutable model ({@link dev.weft.testsuite.RunResult},
 * {@link dev.weft.testsuite.FileResult}, {@link dev.weft.testsuite.CommandOutcome},
 * {@link dev.weft.testsuite.Verdict}); the CLI ({@code weft wast}) and the JUnit wiring only format it.
 */
package dev.weft.testsuite;
