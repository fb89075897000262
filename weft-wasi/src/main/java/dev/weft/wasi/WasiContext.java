package dev.weft.wasi;

import dev.weft.runtime.Caller;
import dev.weft.runtime.HostFunction;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Value;
import dev.weft.types.Case;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every WASI module of one {@link Wasi#addToLinker} call shares: the configuration (the
 * grants) and the {@code wasi:io} resource types. A filesystem {@code read-via-stream} and a socket
 * {@code connect} both hand out {@link #inputStreams()} handles, which the {@code wasi:io/streams}
 * methods then read; a {@code subscribe} anywhere returns a {@link #pollables()} handle that
 * {@code wasi:io/poll.poll} waits on.
 *
 * <p>One context serves the instances of one {@link Wasi#addToLinker(dev.weft.runtime.Linker, WasiConfig)}
 * linker; or, with WASI linked once by {@link Wasi#addToLinker(dev.weft.runtime.Linker)}, one
 * instance, whose data it is ({@link #create}, {@link #of(Caller)}). The resource types are the same
 * for every context.
 *
 * <p>Dropping a stream or pollable handle {@linkplain AutoCloseable#close closes} its object.
 * {@link #close()} ends the run: stdout and stderr are flushed, and whatever a module registered
 * with {@link #onClose} (open sockets, say) is closed.
 */
public final class WasiContext implements AutoCloseable {
    private final WasiConfig config;
    // The resource types are constants: every context (and every linker) shares them, so that WASI
    // linked once serves instances with contexts of their own (Wasi.addToLinker(Linker)).
    private static final HostResource<Pollable> pollables = HostResource.of("pollable", Pollable.class);
    private static final HostResource<HostInputStream> inputStreams = HostResource.of("input-stream", HostInputStream.class);
    private static final HostResource<HostOutputStream> outputStreams = HostResource.of("output-stream", HostOutputStream.class);
    private static final HostResource<IoError> errors = HostResource.of("error", IoError.class);
    private static final VariantType streamErrorType = new VariantType(List.of(
            new Case("last-operation-failed", Optional.of(errors.ownType())),
            new Case("closed", Optional.empty())));
    private static final VarHandle TABLES = MethodHandles.arrayElementVarHandle(HostFunction[][].class);
    private final List<AutoCloseable> closeActions = new ArrayList<>();
    /**
     * This context's host functions, for WASI linked per instance, by module ({@link Wasi#module}):
     * a module's closures are made when one of its functions is first called
     * ({@link Definitions#moduleTable}), so a context costs only what its instance uses.
     */
    private final HostFunction[][] tables = new HostFunction[Wasi.MODULE_COUNT][];
    /**
     * What modules registered with {@link #onClose} while being made, by module: closed after
     * everything else, the last module's first, as when every module was made with the context.
     */
    private List<AutoCloseable>[] moduleCloseActions;
    /** The module being made (by the thread holding this context's lock), or -1. */
    private int building = -1;
    /** Set by {@link #close}: no module is made after it (what it registered would never be closed). */
    private boolean closed;

    public WasiContext(WasiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * A context for one instance of a component linked with {@link Wasi#addToLinker(dev.weft.runtime.Linker)}:
     * give it as the instance's data ({@code pre.instantiate(limits, WasiContext.create(config))})
     * and close it (or the instance) when the instance is done. A bad configuration fails now (the
     * preopened directories are checked, the allowed network host names resolved); the host
     * functions of each WASI package are made when the instance first calls one of them, so a
     * context costs little more than the packages its instance uses.
     *
     * @throws IllegalArgumentException if a preopened host path is not a directory
     */
    public static WasiContext create(WasiConfig config) {
        WasiContext ctx = new WasiContext(config);
        try {
            // What a module checks when made, it checks now: the preopened directories, the host
            // names TCP and UDP may reach. The other modules are made on first use.
            if (!config.preopens().isEmpty()) ctx.module(Wasi.FILESYSTEM);
            if (!config.tcp().isEmpty() || !config.udp().isEmpty()) ctx.module(Wasi.SOCKETS);
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        return ctx;
    }

    /**
     * The context of the calling instance: its data, a {@code WasiContext} or a {@link WasiView}.
     *
     * @throws IllegalStateException if the instance was given neither
     */
    public static WasiContext of(Caller caller) {
        Object data = caller.data();
        if (data instanceof WasiContext c) return c;
        if (data instanceof WasiView v) return v.wasi();
        throw new IllegalStateException("WASI is linked per instance (Wasi.addToLinker(linker)), but the instance's data is "
                + (data == null ? "missing" : "a " + data.getClass().getName())
                + ": instantiate with a WasiContext (WasiContext.create(config)) or a WasiView as data");
    }

    /** Function {@code index} of this context's table (see {@link Definitions#linkPerInstance}). */
    HostFunction function(int index) {
        int m = Definitions.moduleOf(index);
        HostFunction[] t = (HostFunction[]) TABLES.getAcquire(tables, m);
        return (t != null ? t : module(m))[Definitions.offsetInModule(index)];
    }

    /** This context's functions of module {@code m}, made now if not yet. */
    private synchronized HostFunction[] module(int m) {
        HostFunction[] t = tables[m];
        if (t != null) return t;
        if (closed) throw new Trap("the WASI context of this instance is closed");
        int previous = building;
        building = m;
        try {
            t = Definitions.moduleTable(this, m);
        } finally {
            building = previous;
        }
        TABLES.setRelease(tables, m, t);
        return t;
    }

    public WasiConfig config() {
        return config;
    }

    /** {@code wasi:io/poll.pollable}. */
    public HostResource<Pollable> pollables() {
        return pollables;
    }

    /** {@code wasi:io/streams.input-stream}. */
    public HostResource<HostInputStream> inputStreams() {
        return inputStreams;
    }

    /** {@code wasi:io/streams.output-stream}. */
    public HostResource<HostOutputStream> outputStreams() {
        return outputStreams;
    }

    /** {@code wasi:io/error.error}. */
    public HostResource<IoError> errors() {
        return errors;
    }

    /** {@code wasi:io/streams.stream-error}. */
    public VariantType streamErrorType() {
        return streamErrorType;
    }

    /** The {@code stream-error} value for {@code e}: {@code closed}, or {@code last-operation-failed} with a new error handle. */
    public Value streamError(StreamException e) {
        return switch (e) {
            case StreamException.Closed c -> Value.variant(streamErrorType, "closed");
            case StreamException.Failed f -> Value.variant(streamErrorType, "last-operation-failed", errors.own(f.error()));
        };
    }

    /** {@code own<input-stream>}, for function types. */
    public ValueType inputStreamType() {
        return inputStreams.ownType();
    }

    /** {@code own<output-stream>}, for function types. */
    public ValueType outputStreamType() {
        return outputStreams.ownType();
    }

    /** Registers {@code action} to run at {@link #close()}, after those registered later (last in, first out). */
    @SuppressWarnings("unchecked")
    public synchronized void onClose(AutoCloseable action) {
        Objects.requireNonNull(action, "action");
        if (building >= 0) {
            if (moduleCloseActions == null) moduleCloseActions = new List[Wasi.MODULE_COUNT];
            if (moduleCloseActions[building] == null) moduleCloseActions[building] = new ArrayList<>(2);
            moduleCloseActions[building].add(action);
        } else {
            closeActions.add(action);
        }
    }

    /** Runs the registered close actions; the first failure is thrown after all have run. */
    @Override
    public void close() {
        List<AutoCloseable> actions;
        synchronized (this) {
            closed = true;
            actions = new ArrayList<>();
            if (moduleCloseActions != null) {
                for (List<AutoCloseable> m : moduleCloseActions) {
                    if (m != null) actions.addAll(m);
                }
                moduleCloseActions = null;
            }
            actions.addAll(closeActions);
            closeActions.clear();
        }
        RuntimeException failure = null;
        for (int i = actions.size() - 1; i >= 0; i--) {
            try {
                actions.get(i).close();
            } catch (Exception e) {
                if (failure == null) failure = new IllegalStateException("closing the WASI context failed: " + e, e);
                else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }
}
