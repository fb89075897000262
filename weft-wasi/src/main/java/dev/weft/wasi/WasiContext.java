package dev.weft.wasi;

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
 * <p>Dropping a stream or pollable handle {@linkplain AutoCloseable#close closes} its object.
 * {@link #close()} ends the run: stdout and stderr are flushed, and whatever a module registered
 * with {@link #onClose} (open sockets, say) is closed.
 */
public final class WasiContext implements AutoCloseable {
    private final WasiConfig config;
    private final HostResource<Pollable> pollables = HostResource.of("pollable", Pollable.class);
    private final HostResource<HostInputStream> inputStreams = HostResource.of("input-stream", HostInputStream.class);
    private final HostResource<HostOutputStream> outputStreams = HostResource.of("output-stream", HostOutputStream.class);
    private final HostResource<IoError> errors = HostResource.of("error", IoError.class);
    private final VariantType streamErrorType;
    private final List<AutoCloseable> closeActions = new ArrayList<>();

    public WasiContext(WasiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.streamErrorType = new VariantType(List.of(
                new Case("last-operation-failed", Optional.of(errors.ownType())),
                new Case("closed", Optional.empty())));
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
