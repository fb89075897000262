package dev.weft.cli;

import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import picocli.CommandLine.Option;

/** {@code --interpret} and {@code --no-cache}: how core code runs, for every command that runs components. */
final class EngineOptions {
    @Option(names = "--interpret", description = "Interpret core code instead of compiling it to JVM bytecode.")
    boolean interpret;

    @Option(names = "--no-cache", description = "Do not keep compiled code between runs (default: in $XDG_CACHE_HOME/weft or ~/.cache/weft).")
    boolean noCache;

    /**
     * An engine builder for these options: the interpreter, or the compiler with the standard
     * on-disk cache unless {@code --no-cache}; on a terminal, long compilations print progress.
     */
    Engine.Builder builder(boolean terminal) {
        if (interpret) return Engine.builder().execution(Execution.INTERPRETER);
        Engine.Builder builder = Engine.builder().execution(Execution.COMPILER);
        if (noCache) return builder;
        builder.cacheDirectory(CacheDirectory.standard());
        if (terminal) builder.compileListener(CompileProgress.to(System.err));
        return builder;
    }
}
