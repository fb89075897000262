package dev.weft.wasi.http;

import dev.weft.runtime.Linker;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;
import dev.weft.wasi.io.IoError;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:http@0.2.12}, client side: every resource and function of {@code wasi:http/types},
 * and {@code wasi:http/outgoing-handler}, sending only what the configuration's
 * {@linkplain dev.weft.wasi.WasiConfig.Builder#allowHttp allow-list} names (nothing by default:
 * {@code HTTP-request-denied}).
 */
public final class HttpModule implements WasiModule {
    static final String TYPES = "wasi:http/types";
    static final String OUTGOING_HANDLER = "wasi:http/outgoing-handler";

    @Override
    public void addToLinker(Linker linker, WasiContext ctx) {
        define(Definitions.into(linker), ctx);
    }

    /** Defines the two interfaces in {@code defs}, under the policy of {@code ctx}'s configuration. */
    public void define(Definitions defs, WasiContext ctx) {
        define(defs, ctx, HttpPolicy.of(ctx.config()));
    }

    HttpResources define(Definitions defs, WasiContext ctx, HttpPolicy policy) {
        HttpResources r = HttpResources.create(ctx);
        defs.resource(TYPES, "fields", r.fields());
        defs.resource(TYPES, "incoming-request", r.incomingRequests());
        defs.resource(TYPES, "outgoing-request", r.outgoingRequests());
        defs.resource(TYPES, "request-options", r.requestOptions());
        defs.resource(TYPES, "response-outparam", r.responseOutparams());
        defs.resource(TYPES, "incoming-response", r.incomingResponses());
        defs.resource(TYPES, "incoming-body", r.incomingBodies());
        defs.resource(TYPES, "future-trailers", r.futureTrailers());
        defs.resource(TYPES, "outgoing-response", r.outgoingResponses());
        defs.resource(TYPES, "outgoing-body", r.outgoingBodies());
        defs.resource(TYPES, "future-incoming-response", r.futureIncomingResponses());
        defs.func(TYPES, "http-error-code", args -> httpErrorCode(r, args));
        new FieldsMethods(r).define(defs);
        new ServerMethods(r).define(defs);
        new RequestMethods(r).define(defs);
        new ResponseMethods(r).define(defs);
        new BodyMethods(r).define(defs);

        OutgoingHandler handler = new OutgoingHandler(policy);
        ctx.onClose(handler);
        ResultType handled = HttpTypes.resultOrErrorCode(r.futureIncomingResponses().ownType());
        defs.func(OUTGOING_HANDLER, "handle", args -> handle(r, handler, handled, args));
        return r;
    }

    /** {@code http-error-code(err: borrow<io-error>) -> option<error-code>}: the code of a body stream's error. */
    static Optional<Value> httpErrorCode(HttpResources r, List<Value> args) {
        IoError error = r.io().errors().get(args.get(0));
        Optional<Value> code = error.code().filter(ErrorCode.class::isInstance).map(c -> ((ErrorCode) c).value());
        return Optional.of(Value.option(HttpTypes.OPTION_ERROR_CODE, code));
    }

    /** {@code handle(request: outgoing-request, options: option<request-options>) -> result<future-incoming-response, error-code>}. */
    static Optional<Value> handle(HttpResources r, OutgoingHandler handler, ResultType type, List<Value> args) {
        OutgoingRequest request = r.outgoingRequests().take(args.get(0));
        Optional<RequestOptions> options = ((OptionValue) args.get(1)).value().map(r.requestOptions()::take);
        try {
            return Optional.of(Value.ok(type, r.futureIncomingResponses().own(handler.handle(request, options))));
        } catch (HttpException e) {
            return Optional.of(Value.err(type, e.code().value()));
        }
    }
}
