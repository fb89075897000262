package dev.weft.cli;

import dev.weft.runtime.CompileListener;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CompileListener} that says on stderr when a big core module misses the cache and gets
 * compiled (tens of seconds for a 12 MB module): the user then knows the wait happens once. A hit,
 * and a module too small to make anyone wait, is silent.
 */
final class CompileProgress implements CompileListener {
    /** Modules smaller than this compile in about a second: not worth a line. */
    private static final int WORTH_SAYING = 1 << 20;

    private final PrintStream err;
    private final int worthSaying;
    /** The modules whose compilation was announced and has not finished. */
    private final Set<Module> compiling = ConcurrentHashMap.newKeySet();

    private CompileProgress(PrintStream err, int worthSaying) {
        this.err = err;
        this.worthSaying = worthSaying;
    }

    /** Reports on {@code err} the compilations of core modules of 1 MiB or more. */
    static CompileListener to(PrintStream err) {
        return to(err, WORTH_SAYING);
    }

    /** As {@link #to(PrintStream)}, for modules of {@code worthSaying} bytes or more. */
    static CompileListener to(PrintStream err, int worthSaying) {
        return new CompileProgress(err, worthSaying);
    }

    @Override
    public void started(Module module) {
        if (!module.cacheHit()) compiling(module, "first run; cached afterwards");
    }

    /** The engine could not use the cached code: it compiles the module again. */
    @Override
    public void cacheProblem(Module module, CacheProblem problem, String detail) {
        if (problem == CacheProblem.DAMAGED_ENTRY) compiling(module, "the cached code was unusable");
    }

    private void compiling(Module module, String why) {
        if (module.size() < worthSaying) return;
        synchronized (err) {
            err.printf("weft: compiling %d MB core module (%s)…%n", Math.round(module.size() / 1e6), why);
            err.flush();
        }
        compiling.add(module);
    }

    @Override
    public void finished(Module module, Result result) {
        if (!compiling.remove(module) || result.outcome() != Outcome.COMPILED) return;
        synchronized (err) {
            err.printf("weft: compiled in %.1f s%n", result.duration().toNanos() / 1e9);
            err.flush();
        }
    }
}
