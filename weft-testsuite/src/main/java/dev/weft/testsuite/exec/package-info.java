/**
 * Running the conformance commands that need live instances, with Weft's runtime:
 * {@link dev.weft.testsuite.exec.InstantiatingExecutor}, the default executor of {@code weft wast} and of
 * the JUnit conformance test.
 *
 * <p>It follows Wasmtime's wast runner ({@code crates/wast/src/wast.rs}, {@code component.rs},
 * {@code spectest.rs}), whose behaviour the spec's tests were written against: the most recent
 * instance is the default target of an invoke; a named instance {@code $X} is registered for
 * later imports of {@code X}, as an instance of its exported core modules and resource types
 * ({@link dev.weft.testsuite.exec.Registry}); the host offers Wasmtime's helpers: functions, the core
 * module {@code host.simple-module} and the host resources {@code host.resource1} / {@code resource2}
 * ({@link dev.weft.testsuite.exec.HostImports}); a trap matches when its message contains the
 * expected text; results match structurally with any NaN matching any NaN
 * ({@link dev.weft.testsuite.exec.ValueMatch}). What Weft cannot run yet
 * ({@link dev.weft.runtime.UnsupportedFeatureException}) is skipped, grouped by the feature's name.
 *
 * <p>Why one {@link dev.weft.testsuite.Verdict} per command instead of Wasmtime's "stop at the first
 * error": the suite is a progress report, so every command is judged, and a command on an instance
 * that could not be made says which command failed (or was skipped) first and why.
 *
 * <p>The JSON values of the commands become runtime values typed by the function they go to or
 * come from ({@link dev.weft.testsuite.exec.ConformanceValues}, numbers as the text format writes
 * them: {@code WastNumbers}); messages show values in WAVE.
 */
package dev.weft.testsuite.exec;
