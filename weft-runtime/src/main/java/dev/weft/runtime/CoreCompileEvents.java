package dev.weft.runtime;

import dev.weft.engine.CoreCompileListener;
import java.util.Objects;

/**
 * The core engine's events about one module ({@link CoreCompileListener}) as a runtime
 * {@link CompileListener} hears them: with the module's index in its component.
 */
record CoreCompileEvents(CompileListener listener, int index) implements CoreCompileListener {
    private static final System.Logger LOG = System.getLogger(CompileListener.class.getName());

    CoreCompileEvents {
        Objects.requireNonNull(listener, "listener");
    }

    private CompileListener.Module module(Module m) {
        return new CompileListener.Module(index, m.size(), m.sha256(), m.cacheHit());
    }

    @Override
    public void started(Module module) {
        try {
            listener.started(module(module));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed("started", e);
        }
    }

    @Override
    public void finished(Module module, Result result) {
        var outcome = switch (result.outcome()) {
            case COMPILED -> CompileListener.Outcome.COMPILED;
            case FROM_CACHE -> CompileListener.Outcome.FROM_CACHE;
            case INTERPRETED -> CompileListener.Outcome.INTERPRETED;
            case FAILED -> CompileListener.Outcome.FAILED;
        };
        try {
            listener.finished(module(module), new CompileListener.Result(outcome, result.duration(), result.reason()));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed("finished", e);
        }
    }

    @Override
    public void cacheProblem(Module module, CacheProblem problem, String detail) {
        var p = switch (problem) {
            case READ_FAILED -> CompileListener.CacheProblem.READ_FAILED;
            case DAMAGED_ENTRY -> CompileListener.CacheProblem.DAMAGED_ENTRY;
            case REMOVE_FAILED -> CompileListener.CacheProblem.REMOVE_FAILED;
            case STORE_FAILED -> CompileListener.CacheProblem.STORE_FAILED;
        };
        try {
            listener.cacheProblem(module(module), p, detail);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed("cacheProblem", e);
        }
    }

    private void failed(String event, Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "compile listener " + listener.getClass().getName() + " threw on " + event + ", ignored", e);
    }
}
