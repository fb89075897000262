package dev.weft.wasi.http;

import static dev.weft.wasi.http.RequestMethods.witMethod;

import dev.weft.runtime.value.Value;
import dev.weft.types.OptionType;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import java.util.List;
import java.util.Optional;

/** The functions of {@code outgoing-body}, {@code incoming-body} and {@code future-trailers}, in WIT order. */
final class BodyMethods {
    private final HttpResources r;
    private final ResultType outputStreamResult;
    private final ResultType inputStreamResult;
    /** {@code result<option<trailers>, error-code>}. */
    private final ResultType trailersOutcome;
    /** {@code result<result<option<trailers>, error-code>>}. */
    private final ResultType trailersOnce;
    /** {@code option<result<result<option<trailers>, error-code>>>}. */
    private final OptionType trailersPoll;

    BodyMethods(HttpResources r) {
        this.r = r;
        this.outputStreamResult = HttpTypes.resultOf(r.io().outputStreamType());
        this.inputStreamResult = HttpTypes.resultOf(r.io().inputStreamType());
        this.trailersOutcome = HttpTypes.resultOrErrorCode(new OptionType(r.fields().ownType()));
        this.trailersOnce = HttpTypes.resultOf(trailersOutcome);
        this.trailersPoll = new OptionType(trailersOnce);
    }

    void define(Definitions defs) {
        defs.func(HttpModule.TYPES, witMethod("outgoing-body", "write"), this::write);
        defs.func(HttpModule.TYPES, "[static]outgoing-body.finish", this::finish);
        defs.func(HttpModule.TYPES, witMethod("incoming-body", "stream"), this::stream);
        defs.func(HttpModule.TYPES, "[static]incoming-body.finish", this::finishIncoming);
        defs.func(HttpModule.TYPES, witMethod("future-trailers", "subscribe"), this::subscribe);
        defs.func(HttpModule.TYPES, witMethod("future-trailers", "get"), this::get);
    }

    /** {@code outgoing-body.write() -> result<output-stream>}: ok the first time only. */
    Optional<Value> write(List<Value> args) {
        return Optional.of(r.outgoingBodies().get(args.get(0)).takeStream()
                .map(s -> Value.ok(outputStreamResult, r.io().outputStreams().own(s)))
                .orElseGet(() -> Value.err(outputStreamResult)));
    }

    /** {@code outgoing-body.finish(this, trailers: option<trailers>) -> result<_, error-code>}. */
    Optional<Value> finish(List<Value> args) {
        OutgoingBody body = r.outgoingBodies().take(args.get(0));
        Optional<Fields> trailers = HttpValues.option(args.get(1)).map(r.fields()::take);
        try {
            body.finish(trailers);
            return Optional.of(Value.ok(HttpTypes.ERROR_CODE_RESULT));
        } catch (HttpException e) {
            return Optional.of(Value.err(HttpTypes.ERROR_CODE_RESULT, e.code().value()));
        }
    }

    /** {@code incoming-body.stream() -> result<input-stream>}: ok the first time only. */
    Optional<Value> stream(List<Value> args) {
        return Optional.of(r.incomingBodies().get(args.get(0)).takeStream()
                .map(s -> Value.ok(inputStreamResult, r.io().inputStreams().own(s)))
                .orElseGet(() -> Value.err(inputStreamResult)));
    }

    /** {@code incoming-body.finish(this) -> future-trailers}. */
    Optional<Value> finishIncoming(List<Value> args) {
        return Optional.of(r.futureTrailers().own(r.incomingBodies().take(args.get(0)).finish()));
    }

    /** {@code future-trailers.subscribe() -> pollable}: ready at once (the body is finished). */
    Optional<Value> subscribe(List<Value> args) {
        r.futureTrailers().get(args.get(0));
        return Optional.of(r.io().pollables().own(dev.weft.wasi.io.Pollable.alwaysReady()));
    }

    /** {@code future-trailers.get() -> option<result<result<option<trailers>, error-code>>>}. */
    Optional<Value> get(List<Value> args) {
        FutureTrailers.Poll poll = r.futureTrailers().get(args.get(0)).get();
        Value once = switch (poll) {
            case FutureTrailers.Poll.Taken t -> Value.err(trailersOnce);
            case FutureTrailers.Poll.Outcome o -> Value.ok(trailersOnce, o.error()
                    .map(code -> Value.err(trailersOutcome, code.value()))
                    .orElseGet(() -> Value.ok(trailersOutcome, Value.option(new OptionType(r.fields().ownType()),
                            o.trailers().map(r.fields()::own)))));
        };
        return Optional.of(Value.option(trailersPoll, Optional.of(once)));
    }
}
