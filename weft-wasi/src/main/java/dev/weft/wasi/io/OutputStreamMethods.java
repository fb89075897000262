package dev.weft.wasi.io;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiValues;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The methods of {@code wasi:io/streams.output-stream}, in WIT order. Writing more than
 * {@code check-write} allowed traps, as in Wasmtime; the blocking variants wait on
 * {@code subscribe} for each permit.
 */
final class OutputStreamMethods {
    /** The most bytes {@code blocking-write-and-flush} and {@code blocking-write-zeroes-and-flush} accept (the WIT's limit). */
    static final int BLOCKING_LIMIT = 4096;

    private final WasiContext ctx;
    private final ResultType unitResult;
    private final ResultType countResult;

    OutputStreamMethods(WasiContext ctx) {
        this.ctx = ctx;
        this.unitResult = new ResultType(Optional.empty(), Optional.of(ctx.streamErrorType()));
        this.countResult = new ResultType(Optional.of(PrimitiveType.U64), Optional.of(ctx.streamErrorType()));
    }

    void define(Definitions defs) {
        defs.func(IoModule.STREAMS, "[method]output-stream.check-write", args -> count(() -> stream(args.get(0)).checkWrite()));
        defs.func(IoModule.STREAMS, "[method]output-stream.write", args -> unit(() -> write(stream(args.get(0)), bytes(args.get(1)))));
        defs.func(IoModule.STREAMS, "[method]output-stream.blocking-write-and-flush", args -> {
            byte[] contents = limited(bytes(args.get(1)));
            return unit(() -> blockingWriteAndFlush(stream(args.get(0)), contents));
        });
        defs.func(IoModule.STREAMS, "[method]output-stream.flush", args -> unit(() -> stream(args.get(0)).flush()));
        defs.func(IoModule.STREAMS, "[method]output-stream.blocking-flush", args -> unit(() -> stream(args.get(0)).blockingFlush()));
        defs.func(IoModule.STREAMS, "[method]output-stream.subscribe", args ->
                Optional.of(ctx.pollables().own(stream(args.get(0)).subscribe())));
        defs.func(IoModule.STREAMS, "[method]output-stream.write-zeroes", args ->
                unit(() -> write(stream(args.get(0)), new byte[zeroes(args.get(1), Integer.MAX_VALUE - 8)])));
        defs.func(IoModule.STREAMS, "[method]output-stream.blocking-write-zeroes-and-flush", args -> unit(() ->
                blockingWriteAndFlush(stream(args.get(0)), new byte[zeroes(args.get(1), BLOCKING_LIMIT)])));
        defs.func(IoModule.STREAMS, "[method]output-stream.splice", args -> count(() ->
                splice(stream(args.get(0)), ctx.inputStreams().get(args.get(1)), WasiValues.u64(args.get(2)), false)));
        defs.func(IoModule.STREAMS, "[method]output-stream.blocking-splice", args -> count(() ->
                splice(stream(args.get(0)), ctx.inputStreams().get(args.get(1)), WasiValues.u64(args.get(2)), true)));
    }

    private HostOutputStream stream(Value self) {
        return ctx.outputStreams().get(self);
    }

    private static byte[] bytes(Value list) {
        ByteBuffer b = ((ListValue) list).bytes().orElseThrow();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static byte[] limited(byte[] contents) {
        if (contents.length > BLOCKING_LIMIT) {
            throw WasiValues.trap("wasi:io/streams.blocking-write-and-flush: " + contents.length
                    + " bytes exceed the limit of " + BLOCKING_LIMIT);
        }
        return contents;
    }

    private static int zeroes(Value len, int limit) {
        long n = WasiValues.u64(len);
        if (n > limit) throw WasiValues.trap("wasi:io/streams: " + Long.toUnsignedString(n) + " zeroes exceed the limit of " + limit);
        return (int) n;
    }

    /** {@code write}: at most what {@code check-write} allows now. */
    private static void write(HostOutputStream out, byte[] bytes) {
        long permit = out.checkWrite();
        if (bytes.length > permit) {
            throw WasiValues.trap("wasi:io/streams.write: " + bytes.length + " bytes exceed the " + permit
                    + " that check-write allowed");
        }
        out.write(bytes);
    }

    /** Waits for each permit, writes in pieces, then flushes and waits for the flush. */
    static void blockingWriteAndFlush(HostOutputStream out, byte[] bytes) {
        int done = 0;
        while (done < bytes.length) {
            long permit = out.checkWrite();
            if (permit == 0) {
                out.subscribe().block();
                continue;
            }
            int n = (int) Math.min(permit, bytes.length - done);
            out.write(done == 0 && n == bytes.length ? bytes : Arrays.copyOfRange(bytes, done, done + n));
            done += n;
        }
        out.blockingFlush();
    }

    /** Reads up to {@code len} bytes from {@code in} (as many as {@code out} accepts now) and writes them. */
    private static long splice(HostOutputStream out, HostInputStream in, long len, boolean blocking) {
        long permit = out.checkWrite();
        if (blocking) {
            while (permit == 0) {
                out.subscribe().block();
                permit = out.checkWrite();
            }
        }
        int n = (int) Math.min(Math.min(len, permit), WasiValues.MAX_CHUNK);
        if (n == 0) return 0;
        byte[] bytes = blocking ? in.blockingRead(n) : in.read(n);
        if (bytes.length > 0) out.write(bytes);
        return bytes.length;
    }

    private Optional<Value> unit(Runnable op) {
        try {
            op.run();
            return Optional.of(Value.ok(unitResult));
        } catch (StreamException e) {
            return Optional.of(Value.err(unitResult, ctx.streamError(e)));
        }
    }

    private Optional<Value> count(Supplier<Long> op) {
        try {
            return Optional.of(Value.ok(countResult, Value.u64(op.get())));
        } catch (StreamException e) {
            return Optional.of(Value.err(countResult, ctx.streamError(e)));
        }
    }
}
