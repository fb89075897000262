package dev.weft.wasi.http;

import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiValues;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The functions of {@code outgoing-request} and {@code request-options}, in WIT order. */
final class RequestMethods {
    private static final String REQUEST = "outgoing-request";
    private static final String OPTIONS = "request-options";

    private final HttpResources r;
    private final ResultType bodyResult;

    RequestMethods(HttpResources r) {
        this.r = r;
        this.bodyResult = HttpTypes.resultOf(r.outgoingBodies().ownType());
    }

    void define(Definitions defs) {
        defs.func(HttpModule.TYPES, "[constructor]" + REQUEST, this::constructor);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "body"), this::body);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "method"), this::method);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "set-method"), this::setMethod);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "path-with-query"), this::pathWithQuery);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "set-path-with-query"), this::setPathWithQuery);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "scheme"), this::scheme);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "set-scheme"), this::setScheme);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "authority"), this::authority);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "set-authority"), this::setAuthority);
        defs.func(HttpModule.TYPES, witMethod(REQUEST, "headers"), this::headers);

        defs.func(HttpModule.TYPES, "[constructor]" + OPTIONS, this::optionsConstructor);
        defs.func(HttpModule.TYPES, witMethod(OPTIONS, "connect-timeout"), this::connectTimeout);
        defs.func(HttpModule.TYPES, witMethod(OPTIONS, "set-connect-timeout"), this::setConnectTimeout);
        defs.func(HttpModule.TYPES, witMethod(OPTIONS, "first-byte-timeout"), this::firstByteTimeout);
        defs.func(HttpModule.TYPES, witMethod(OPTIONS, "set-first-byte-timeout"), this::setFirstByteTimeout);
        defs.func(HttpModule.TYPES, witMethod(OPTIONS, "between-bytes-timeout"), this::betweenBytesTimeout);
        defs.func(HttpModule.TYPES, witMethod(OPTIONS, "set-between-bytes-timeout"), this::setBetweenBytesTimeout);
    }

    static String witMethod(String resource, String name) {
        return "[method]" + resource + "." + name;
    }

    /** {@code constructor(headers: headers)}: takes the headers, which become immutable. */
    Optional<Value> constructor(List<Value> args) {
        return Optional.of(r.outgoingRequests().own(new OutgoingRequest(r.fields().take(args.get(0)))));
    }

    /** {@code body() -> result<outgoing-body>}: ok the first time only. */
    Optional<Value> body(List<Value> args) {
        return Optional.of(request(args).takeBody()
                .map(b -> Value.ok(bodyResult, r.outgoingBodies().own(b)))
                .orElseGet(() -> Value.err(bodyResult)));
    }

    /** {@code method() -> method}. */
    Optional<Value> method(List<Value> args) {
        return Optional.of(HttpValues.methodValue(request(args).method()));
    }

    /** {@code set-method(method) -> result}: err for an {@code other} that is not a token. */
    Optional<Value> setMethod(List<Value> args) {
        return result(request(args).setMethod(HttpValues.method(args.get(1))));
    }

    /** {@code path-with-query() -> option<string>}. */
    Optional<Value> pathWithQuery(List<Value> args) {
        return Optional.of(HttpValues.optionString(request(args).pathWithQuery()));
    }

    /** {@code set-path-with-query(option<string>) -> result}. */
    Optional<Value> setPathWithQuery(List<Value> args) {
        return result(request(args).setPathWithQuery(HttpValues.option(args.get(1)).map(HttpValues::string)));
    }

    /** {@code scheme() -> option<scheme>}. */
    Optional<Value> scheme(List<Value> args) {
        return Optional.of(Value.option(HttpTypes.OPTION_SCHEME, request(args).scheme().map(HttpValues::schemeValue)));
    }

    /** {@code set-scheme(option<scheme>) -> result}. */
    Optional<Value> setScheme(List<Value> args) {
        return result(request(args).setScheme(HttpValues.option(args.get(1)).map(HttpValues::scheme)));
    }

    /** {@code authority() -> option<string>}. */
    Optional<Value> authority(List<Value> args) {
        return Optional.of(HttpValues.optionString(request(args).authority()));
    }

    /** {@code set-authority(option<string>) -> result}. */
    Optional<Value> setAuthority(List<Value> args) {
        return result(request(args).setAuthority(HttpValues.option(args.get(1)).map(HttpValues::string)));
    }

    /** {@code headers() -> headers}: an immutable handle to the request's headers. */
    Optional<Value> headers(List<Value> args) {
        return Optional.of(r.fields().own(request(args).headers()));
    }

    /** {@code request-options.constructor()}: no timeouts set. */
    Optional<Value> optionsConstructor(List<Value> args) {
        return Optional.of(r.requestOptions().own(new RequestOptions()));
    }

    /** {@code connect-timeout() -> option<duration>}. */
    Optional<Value> connectTimeout(List<Value> args) {
        return timeout(args, RequestOptions::connectTimeout);
    }

    /** {@code set-connect-timeout(option<duration>) -> result}: any duration is accepted. */
    Optional<Value> setConnectTimeout(List<Value> args) {
        return setTimeout(args, RequestOptions::setConnectTimeout);
    }

    /** {@code first-byte-timeout() -> option<duration>}. */
    Optional<Value> firstByteTimeout(List<Value> args) {
        return timeout(args, RequestOptions::firstByteTimeout);
    }

    /** {@code set-first-byte-timeout(option<duration>) -> result}. */
    Optional<Value> setFirstByteTimeout(List<Value> args) {
        return setTimeout(args, RequestOptions::setFirstByteTimeout);
    }

    /** {@code between-bytes-timeout() -> option<duration>}. */
    Optional<Value> betweenBytesTimeout(List<Value> args) {
        return timeout(args, RequestOptions::betweenBytesTimeout);
    }

    /** {@code set-between-bytes-timeout(option<duration>) -> result}. */
    Optional<Value> setBetweenBytesTimeout(List<Value> args) {
        return setTimeout(args, RequestOptions::setBetweenBytesTimeout);
    }

    private Optional<Value> timeout(List<Value> args, Function<RequestOptions, Optional<Duration>> getter) {
        Optional<Duration> d = getter.apply(r.requestOptions().get(args.get(0)));
        return Optional.of(Value.option(HttpTypes.OPTION_DURATION, d.map(x -> Value.u64(x.toNanos()))));
    }

    private Optional<Value> setTimeout(List<Value> args, BiConsumer<RequestOptions, Optional<Duration>> setter) {
        Optional<Duration> d = HttpValues.option(args.get(1)).map(v -> Duration.ofNanos(WasiValues.u64(v)));
        setter.accept(r.requestOptions().get(args.get(0)), d);
        return result(true);
    }

    private OutgoingRequest request(List<Value> args) {
        return r.outgoingRequests().get(args.get(0));
    }

    static Optional<Value> result(boolean ok) {
        return Optional.of(ok ? Value.ok(HttpTypes.RESULT) : Value.err(HttpTypes.RESULT));
    }
}
