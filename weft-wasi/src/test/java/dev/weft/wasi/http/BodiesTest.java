package dev.weft.wasi.http;

import static dev.weft.wasi.Calls.ok;
import static dev.weft.wasi.Calls.streamError;
import static dev.weft.wasi.http.HttpCalls.entries;
import static dev.weft.wasi.http.HttpCalls.errorCase;
import static dev.weft.wasi.http.HttpCalls.isNone;
import static dev.weft.wasi.http.HttpCalls.isOk;
import static dev.weft.wasi.http.HttpCalls.some;
import static dev.weft.wasi.http.HttpCalls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.wasi.Calls;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Bodies and futures: {@code outgoing-body} over a {@code wasi:io} output stream, {@code incoming-body}
 * over an input stream with {@code finish} and {@code future-trailers}, {@code future-incoming-response}
 * and its pollable, and the server-side resources the host makes.
 */
class BodiesTest {
    private static final String STREAMS = "wasi:io/streams";
    private final HttpCalls calls = new HttpCalls();

    private Value noTrailers() {
        return Value.option(new dev.weft.types.OptionType(calls.r.fields().ownType()), Optional.empty());
    }

    @Test
    void anOutgoingBodyStreamsWhatTheGuestWritesUntilFinish() throws Exception {
        Value request = calls.types("[constructor]outgoing-request", calls.types("[constructor]fields"));
        Value body = ok(calls.method("outgoing-request", "body", request));
        BodyPipe pipe = calls.r.outgoingBodies().get(body).pipe();
        Value out = ok(calls.method("outgoing-body", "write", body));
        assertFalse(isOk(calls.method("outgoing-body", "write", body)), "the stream is handed out once");
        assertEquals(Value.u64(BodyPipe.CAPACITY), ok(calls.call(STREAMS, "[method]output-stream.check-write", out)));
        ok(calls.call(STREAMS, "[method]output-stream.write", out, text("hello ")));
        ok(calls.call(STREAMS, "[method]output-stream.blocking-write-and-flush", out, text("world")));
        calls.call(STREAMS, "[method]output-stream.check-write", out);
        assertTrue(isOk(calls.types("[static]outgoing-body.finish", body, noTrailers())));
        assertTrue(pipe.isFinished());
        assertEquals("hello world", new String(pipe.reader().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("closed", streamError(calls.call(STREAMS, "[method]output-stream.write", out, text("late"))));
    }

    @Test
    void aContentLengthTheBodyDoesNotMatchFailsIt() {
        Value request = calls.types("[constructor]outgoing-request", calls.fields("content-length", "3"));
        Value body = ok(calls.method("outgoing-request", "body", request));
        Value out = ok(calls.method("outgoing-body", "write", body));
        ok(calls.call(STREAMS, "[method]output-stream.write", out, text("ab")));
        Value finished = calls.types("[static]outgoing-body.finish", body, noTrailers());
        assertEquals("HTTP-request-body-size", errorCase(finished));

        Value request2 = calls.types("[constructor]outgoing-request", calls.fields("content-length", "1"));
        Value body2 = ok(calls.method("outgoing-request", "body", request2));
        Value out2 = ok(calls.method("outgoing-body", "write", body2));
        Value tooMuch = calls.call(STREAMS, "[method]output-stream.write", out2, text("ab"));
        assertEquals("last-operation-failed", streamError(tooMuch));
        Value error = ((VariantValue) ((ResultValue) tooMuch).payload().orElseThrow()).payload().orElseThrow();
        Value code = some(calls.types("http-error-code", error));
        assertEquals("HTTP-request-body-size", ((VariantValue) code).caseName());
    }

    @Test
    void droppingAnOutgoingBodyWithoutFinishFailsIt() throws Exception {
        OutgoingBody body = new OutgoingBody(java.util.OptionalLong.empty());
        body.close();
        assertThrows(BodyPipe.Aborted.class, () -> body.pipe().reader().read());
    }

    @Test
    void anIncomingBodyIsReadThenFinishedIntoTrailers() {
        Value response = calls.r.incomingResponses().own(new IncomingResponse(201,
                Fields.received(List.of(new Fields.Entry("Content-Type", "text/plain".getBytes()))),
                new ByteArrayInputStream("body bytes".getBytes()), Optional.empty()));
        assertEquals(Value.u16(201), calls.method("incoming-response", "status", response));
        Value headers = calls.method("incoming-response", "headers", response);
        assertEquals(List.of("content-type: text/plain"), entries(calls.method("fields", "entries", headers)));
        assertEquals("immutable", errorCase(calls.method("fields", "append", headers, Value.string("x"), text("y"))));

        Value body = ok(calls.method("incoming-response", "consume", response));
        assertFalse(isOk(calls.method("incoming-response", "consume", response)), "consumed once");
        Value in = ok(calls.method("incoming-body", "stream", body));
        assertFalse(isOk(calls.method("incoming-body", "stream", body)), "the stream is handed out once");
        StringBuilder read = new StringBuilder();
        while (true) {
            Value r = calls.call(STREAMS, "[method]input-stream.blocking-read", in, Value.u64(4));
            if (!((ResultValue) r).isOk()) {
                assertEquals("closed", streamError(r));
                break;
            }
            read.append(Calls.text(ok(r)));
        }
        assertEquals("body bytes", read.toString());

        Value trailers = calls.types("[static]incoming-body.finish", body);
        Value pollable = calls.method("future-trailers", "subscribe", trailers);
        assertEquals(Value.bool(true), calls.call("wasi:io/poll", "[method]pollable.ready", pollable));
        Value got = some(calls.method("future-trailers", "get", trailers));
        Value outcome = ok(got);
        assertTrue(isNone(ok(outcome)), "no trailers");
        assertFalse(isOk(some(calls.method("future-trailers", "get", trailers))), "the outcome is handed out once");
    }

    @Test
    void aFutureResponseIsPendingUntilItArrivesAndIsHandedOutOnce() {
        CompletableFuture<IncomingResponse> arrival = new CompletableFuture<>();
        Value future = calls.r.futureIncomingResponses().own(new FutureIncomingResponse(arrival));
        Value pollable = calls.method("future-incoming-response", "subscribe", future);
        assertEquals(Value.bool(false), calls.call("wasi:io/poll", "[method]pollable.ready", pollable));
        assertTrue(isNone(calls.method("future-incoming-response", "get", future)));

        Thread.ofPlatform().start(() -> arrival.complete(new IncomingResponse(204, Fields.received(List.of()),
                InputStream.nullInputStream(), Optional.empty())));
        calls.call("wasi:io/poll", "[method]pollable.block", pollable);
        assertEquals(Value.bool(true), calls.call("wasi:io/poll", "[method]pollable.ready", pollable));
        Value response = ok(ok(some(calls.method("future-incoming-response", "get", future))));
        assertEquals(Value.u16(204), calls.method("incoming-response", "status", response));
        assertFalse(isOk(some(calls.method("future-incoming-response", "get", future))), "handed out once");

        CompletableFuture<IncomingResponse> failing = new CompletableFuture<>();
        failing.completeExceptionally(ErrorCode.of("connection-refused").exception());
        Value failed = calls.r.futureIncomingResponses().own(new FutureIncomingResponse(failing));
        assertEquals("connection-refused", errorCase(ok(some(calls.method("future-incoming-response", "get", failed)))));
    }

    @Test
    void serverSideResourcesWorkForHandlesTheHostMakes() throws Exception {
        Value request = calls.r.incomingRequests().own(new IncomingRequest("PUT", Optional.of("/x?y"), Optional.of("https"),
                Optional.of("example.com"), Fields.received(List.of(new Fields.Entry("x-a", "1".getBytes()))),
                new ByteArrayInputStream("up".getBytes())));
        assertEquals(Value.variant(HttpTypes.METHOD, "put"), calls.method("incoming-request", "method", request));
        assertEquals(Value.string("/x?y"), some(calls.method("incoming-request", "path-with-query", request)));
        assertEquals(Value.variant(HttpTypes.SCHEME, "HTTPS"), some(calls.method("incoming-request", "scheme", request)));
        assertEquals(Value.string("example.com"), some(calls.method("incoming-request", "authority", request)));
        Value headers = calls.method("incoming-request", "headers", request);
        assertEquals("immutable", errorCase(calls.method("fields", "delete", headers, Value.string("x-a"))));
        assertTrue(isOk(calls.method("incoming-request", "consume", request)));
        assertFalse(isOk(calls.method("incoming-request", "consume", request)));

        ResponseOutparam param = new ResponseOutparam();
        Value response = calls.types("[constructor]outgoing-response", calls.fields("content-type", "text/plain"));
        assertEquals(Value.u16(200), calls.method("outgoing-response", "status-code", response));
        assertFalse(isOk(calls.method("outgoing-response", "set-status-code", response, Value.u16(99))));
        assertTrue(isOk(calls.method("outgoing-response", "set-status-code", response, Value.u16(404))));
        Value outHeaders = calls.method("outgoing-response", "headers", response);
        assertEquals("immutable", errorCase(calls.method("fields", "append", outHeaders, Value.string("x"), text("y"))));
        assertTrue(isOk(calls.method("outgoing-response", "body", response)));
        assertFalse(isOk(calls.method("outgoing-response", "body", response)));
        Value paramHandle = calls.r.responseOutparams().own(param);
        assertEquals("internal-error", errorCase(calls.method("response-outparam", "send-informational", paramHandle,
                Value.u16(103), calls.types("[constructor]fields"))));
        calls.types("[static]response-outparam.set", paramHandle,
                Value.ok(HttpTypes.resultOrErrorCode(calls.r.outgoingResponses().ownType()), response));
        assertEquals(404, param.response().get().status());

        ResponseOutparam failing = new ResponseOutparam();
        calls.types("[static]response-outparam.set", calls.r.responseOutparams().own(failing),
                Value.err(HttpTypes.resultOrErrorCode(calls.r.outgoingResponses().ownType()), ErrorCode.of("HTTP-upgrade-failed").value()));
        ExecutionException e = assertThrows(ExecutionException.class, () -> failing.response().get());
        assertEquals("HTTP-upgrade-failed", ((HttpException) e.getCause()).code().witName());
    }
}
