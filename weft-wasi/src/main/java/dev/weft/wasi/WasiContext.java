package dev.weft.wasi;

import dev.weft.runtime.Caller;
import dev.weft.runtime.HostFunction;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.value.Value;
import dev.weft.types.Case;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
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
    private final List<AutoCloseable> closeActions = new ArrayList<>();
    /** This context's host functions, for WASI linked per instance (Definitions#table); made on first use. */
    private volatile HostFunction[] functions;

    public WasiContext(WasiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * A context for one instance of a component linked with {@link Wasi#addToLinker(dev.weft.runtime.Linker)}:
     * give it as the instance's data ({@code pre.instantiate(limits, WasiContext.create(config))})
     * and close it (or the instance) when the instance is done. Its host functions are made here, so
     * a bad configuration fails now.
     *
     * @throws IllegalArgumentException if a preopened host path is not a directory
     */
    public static WasiContext create(WasiConfig config) {
        WasiContext ctx = new WasiContext(config);
        try {
            ctx.functions();
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
        HostFunction[] f = functions;
        return (f != null ? f : functions())[index];
    }

    private synchronized HostFunction[] functions() {
        if (functions == null) functions = Definitions.table(this);
        return functions;
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
    public synchronized void onClose(AutoCloseable action) {
        closeActions.add(Objects.requireNonNull(action, "action"));
    }

    /** Runs the registered close actions; the first failure is thrown after all have run. */
    @Override
    public void close() {
        List<AutoCloseable> actions;
        synchronized (this) {
            actions = new ArrayList<>(closeActions);
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
