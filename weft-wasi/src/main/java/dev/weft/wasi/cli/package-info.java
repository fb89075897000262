/**
 * {@code wasi:cli}: environment, exit, stdio and terminals.
 *
 * <p>Why {@code exit} throws: a guest calling {@code exit} must not run another instruction, and the
 * only way out of the middle of core code is to unwind it; {@link dev.weft.wasi.WasiExit} carries the
 * code to the driver ({@link dev.weft.wasi.WasiCommand}), which catches it. Stdio streams are made on
 * first use and shared by every handle, so dropping one handle never closes the process's stdout.
 */
package dev.weft.wasi.cli;
