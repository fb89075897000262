package dev.weft.wasi.cli;

import dev.weft.wasi.WasiConfig;

/** What a {@code wasi:cli/terminal-input} or {@code terminal-output} handle stands for: which stdio stream is a terminal. */
public record Terminal(WasiConfig.Stdio stream) {}
