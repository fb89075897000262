package dev.weft.wasi.io;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.ListType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiValues;
import java.util.Optional;
import java.util.function.Supplier;

/** The methods of {@code wasi:io/streams.input-stream}, in WIT order. */
final class InputStreamMethods {
    private final WasiContext ctx;
    private final ResultType bytesResult;
    private final ResultType countResult;

    InputStreamMethods(WasiContext ctx) {
        this.ctx = ctx;
        this.bytesResult = new ResultType(Optional.of(new ListType(PrimitiveType.U8)), Optional.of(ctx.streamErrorType()));
        this.countResult = new ResultType(Optional.of(PrimitiveType.U64), Optional.of(ctx.streamErrorType()));
    }

    void define(Definitions defs) {
        defs.func(IoModule.STREAMS, "[method]input-stream.read", args ->
                bytes(() -> stream(args.get(0)).read(WasiValues.chunk(args.get(1)))));
        defs.func(IoModule.STREAMS, "[method]input-stream.blocking-read", args ->
                bytes(() -> stream(args.get(0)).blockingRead(WasiValues.chunk(args.get(1)))));
        defs.func(IoModule.STREAMS, "[method]input-stream.skip", args ->
                count(() -> stream(args.get(0)).skip(WasiValues.u64(args.get(1)))));
        defs.func(IoModule.STREAMS, "[method]input-stream.blocking-skip", args ->
                count(() -> stream(args.get(0)).blockingSkip(WasiValues.u64(args.get(1)))));
        defs.func(IoModule.STREAMS, "[method]input-stream.subscribe", args ->
                Optional.of(ctx.pollables().own(stream(args.get(0)).subscribe())));
    }

    private HostInputStream stream(Value self) {
        return ctx.inputStreams().get(self);
    }

    private Optional<Value> bytes(Supplier<byte[]> op) {
        try {
            return Optional.of(Value.ok(bytesResult, ListValue.wrapBytes(op.get())));
        } catch (StreamException e) {
            return Optional.of(Value.err(bytesResult, ctx.streamError(e)));
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
