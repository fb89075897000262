package dev.weft.wasi.http;

import static dev.weft.wasi.http.RequestMethods.witMethod;

import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.U16;
import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import java.util.List;
import java.util.Optional;

/**
 * The functions of {@code incoming-request} and {@code response-outparam}, in WIT order: the server
 * side, on the handles the {@link HttpServer} passes to {@code incoming-handler.handle}.
 */
final class ServerMethods {
    private final HttpResources r;
    private final ResultType incomingBodyResult;

    ServerMethods(HttpResources r) {
        this.r = r;
        this.incomingBodyResult = HttpTypes.resultOf(r.incomingBodies().ownType());
    }

    void define(Definitions defs) {
        defs.func(HttpModule.TYPES, witMethod("incoming-request", "method"), this::method);
        defs.func(HttpModule.TYPES, witMethod("incoming-request", "path-with-query"), this::pathWithQuery);
        defs.func(HttpModule.TYPES, witMethod("incoming-request", "scheme"), this::scheme);
        defs.func(HttpModule.TYPES, witMethod("incoming-request", "authority"), this::authority);
        defs.func(HttpModule.TYPES, witMethod("incoming-request", "headers"), this::headers);
        defs.func(HttpModule.TYPES, witMethod("incoming-request", "consume"), this::consume);
        defs.func(HttpModule.TYPES, witMethod("response-outparam", "send-informational"), this::sendInformational);
        defs.func(HttpModule.TYPES, "[static]response-outparam.set", this::set);
    }

    /** {@code incoming-request.method() -> method}. */
    Optional<Value> method(List<Value> args) {
        return Optional.of(HttpValues.methodValue(request(args).method()));
    }

    /** {@code incoming-request.path-with-query() -> option<string>}. */
    Optional<Value> pathWithQuery(List<Value> args) {
        return Optional.of(HttpValues.optionString(request(args).pathWithQuery()));
    }

    /** {@code incoming-request.scheme() -> option<scheme>}. */
    Optional<Value> scheme(List<Value> args) {
        return Optional.of(Value.option(HttpTypes.OPTION_SCHEME, request(args).scheme().map(HttpValues::schemeValue)));
    }

    /** {@code incoming-request.authority() -> option<string>}. */
    Optional<Value> authority(List<Value> args) {
        return Optional.of(HttpValues.optionString(request(args).authority()));
    }

    /** {@code incoming-request.headers() -> headers}: immutable. */
    Optional<Value> headers(List<Value> args) {
        return Optional.of(r.fields().own(request(args).headers()));
    }

    /** {@code incoming-request.consume() -> result<incoming-body>}: ok the first time only. */
    Optional<Value> consume(List<Value> args) {
        return Optional.of(request(args).consume()
                .map(b -> Value.ok(incomingBodyResult, r.incomingBodies().own(b)))
                .orElseGet(() -> Value.err(incomingBodyResult)));
    }

    /**
     * {@code response-outparam.send-informational(status, headers) -> result<_, error-code>}
     * (unstable in the WIT): not supported, answered with {@code internal-error}; a status outside
     * 100 to 199 is {@code HTTP-protocol-error}.
     */
    Optional<Value> sendInformational(List<Value> args) {
        r.responseOutparams().get(args.get(0));
        r.fields().take(args.get(2));
        int status = ((U16) args.get(1)).value();
        ErrorCode code = status < 100 || status > 199 ? ErrorCode.of("HTTP-protocol-error")
                : ErrorCode.internal("informational responses are not supported");
        return Optional.of(Value.err(HttpTypes.ERROR_CODE_RESULT, code.value()));
    }

    /** {@code response-outparam.set(param, response: result<outgoing-response, error-code>)}. */
    Optional<Value> set(List<Value> args) {
        ResponseOutparam param = r.responseOutparams().take(args.get(0));
        ResultValue response = (ResultValue) args.get(1);
        if (response.isOk()) {
            param.set(r.outgoingResponses().take(response.payload().orElseThrow()));
        } else {
            param.fail(ErrorCode.fromValue(response.payload().orElseThrow()));
        }
        return Optional.empty();
    }

    private IncomingRequest request(List<Value> args) {
        return r.incomingRequests().get(args.get(0));
    }
}
