/**
 * The {@code weft} command line (picocli): {@code wast} runs conformance tests, {@code inspect}
 * looks at one component. Commands only parse arguments and format results; the work is in the
 * library modules.
 *
 * <p>Exit codes: 0 success, 1 a failure or an error the input caused (printed as {@code error: ...},
 * never a stack trace unless {@code --debug}), 2 wrong usage.
 */
package dev.weft.cli;
