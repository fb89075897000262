/**
 * {@code wasi:clocks}: monotonic and wall clocks, always granted.
 *
 * <p>Why a pollable per subscription holds a {@link System#nanoTime()} deadline: {@code wasi:io/poll}
 * can then sleep exactly until the earliest one instead of spinning, and a deadline needs no thread.
 */
package dev.weft.wasi.clocks;
