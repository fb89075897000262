package dev.weft.wasi.http;

import static dev.weft.wasi.http.RequestMethods.witMethod;

import dev.weft.runtime.value.U16;
import dev.weft.runtime.value.Value;
import dev.weft.types.OptionType;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import java.util.List;
import java.util.Optional;

/** The functions of {@code incoming-response}, {@code future-incoming-response} and {@code outgoing-response}, in WIT order. */
final class ResponseMethods {
    private final HttpResources r;
    private final ResultType incomingBodyResult;
    private final ResultType outgoingBodyResult;
    /** {@code result<incoming-response, error-code>}. */
    private final ResultType responseOutcome;
    /** {@code result<result<incoming-response, error-code>>}. */
    private final ResultType responseOnce;
    /** {@code option<result<result<incoming-response, error-code>>>}. */
    private final OptionType responsePoll;

    ResponseMethods(HttpResources r) {
        this.r = r;
        this.incomingBodyResult = HttpTypes.resultOf(r.incomingBodies().ownType());
        this.outgoingBodyResult = HttpTypes.resultOf(r.outgoingBodies().ownType());
        this.responseOutcome = HttpTypes.resultOrErrorCode(r.incomingResponses().ownType());
        this.responseOnce = HttpTypes.resultOf(responseOutcome);
        this.responsePoll = new OptionType(responseOnce);
    }

    void define(Definitions defs) {
        defs.func(HttpModule.TYPES, witMethod("incoming-response", "status"), this::status);
        defs.func(HttpModule.TYPES, witMethod("incoming-response", "headers"), this::headers);
        defs.func(HttpModule.TYPES, witMethod("incoming-response", "consume"), this::consume);
        defs.func(HttpModule.TYPES, "[constructor]outgoing-response", this::constructor);
        defs.func(HttpModule.TYPES, witMethod("outgoing-response", "status-code"), this::statusCode);
        defs.func(HttpModule.TYPES, witMethod("outgoing-response", "set-status-code"), this::setStatusCode);
        defs.func(HttpModule.TYPES, witMethod("outgoing-response", "headers"), this::outgoingHeaders);
        defs.func(HttpModule.TYPES, witMethod("outgoing-response", "body"), this::body);
        defs.func(HttpModule.TYPES, witMethod("future-incoming-response", "subscribe"), this::subscribe);
        defs.func(HttpModule.TYPES, witMethod("future-incoming-response", "get"), this::get);
    }

    /** {@code incoming-response.status() -> status-code}. */
    Optional<Value> status(List<Value> args) {
        return Optional.of(Value.u16(r.incomingResponses().get(args.get(0)).status()));
    }

    /** {@code incoming-response.headers() -> headers}: immutable. */
    Optional<Value> headers(List<Value> args) {
        return Optional.of(r.fields().own(r.incomingResponses().get(args.get(0)).headers()));
    }

    /** {@code incoming-response.consume() -> result<incoming-body>}: ok the first time only. */
    Optional<Value> consume(List<Value> args) {
        return Optional.of(r.incomingResponses().get(args.get(0)).consume()
                .map(b -> Value.ok(incomingBodyResult, r.incomingBodies().own(b)))
                .orElseGet(() -> Value.err(incomingBodyResult)));
    }

    /** {@code outgoing-response.constructor(headers)}: status 200; the headers become immutable. */
    Optional<Value> constructor(List<Value> args) {
        return Optional.of(r.outgoingResponses().own(new OutgoingResponse(r.fields().take(args.get(0)))));
    }

    /** {@code outgoing-response.status-code() -> status-code}. */
    Optional<Value> statusCode(List<Value> args) {
        return Optional.of(Value.u16(r.outgoingResponses().get(args.get(0)).status()));
    }

    /** {@code outgoing-response.set-status-code(status-code) -> result}: err unless 100 to 999. */
    Optional<Value> setStatusCode(List<Value> args) {
        return RequestMethods.result(r.outgoingResponses().get(args.get(0)).setStatus(((U16) args.get(1)).value()));
    }

    /** {@code outgoing-response.headers() -> headers}: immutable. */
    Optional<Value> outgoingHeaders(List<Value> args) {
        return Optional.of(r.fields().own(r.outgoingResponses().get(args.get(0)).headers()));
    }

    /** {@code outgoing-response.body() -> result<outgoing-body>}: ok the first time only. */
    Optional<Value> body(List<Value> args) {
        return Optional.of(r.outgoingResponses().get(args.get(0)).takeBody()
                .map(b -> Value.ok(outgoingBodyResult, r.outgoingBodies().own(b)))
                .orElseGet(() -> Value.err(outgoingBodyResult)));
    }

    /** {@code future-incoming-response.subscribe() -> pollable}: ready when the response arrived or failed. */
    Optional<Value> subscribe(List<Value> args) {
        return Optional.of(r.io().pollables().own(r.futureIncomingResponses().get(args.get(0)).subscribe()));
    }

    /** {@code future-incoming-response.get() -> option<result<result<incoming-response, error-code>>>}. */
    Optional<Value> get(List<Value> args) {
        Optional<Value> once = switch (r.futureIncomingResponses().get(args.get(0)).get()) {
            case FutureIncomingResponse.Poll.Pending p -> Optional.empty();
            case FutureIncomingResponse.Poll.Taken t -> Optional.of(Value.err(responseOnce));
            case FutureIncomingResponse.Poll.Response resp -> Optional.of(Value.ok(responseOnce,
                    Value.ok(responseOutcome, r.incomingResponses().own(resp.response()))));
            case FutureIncomingResponse.Poll.Failed f -> Optional.of(Value.ok(responseOnce,
                    Value.err(responseOutcome, f.code().value())));
        };
        return Optional.of(Value.option(responsePoll, once));
    }
}
