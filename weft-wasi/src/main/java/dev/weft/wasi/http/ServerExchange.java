package dev.weft.wasi.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * One request of the {@link HttpServer}: the guest's {@code handle} runs on a virtual thread of its
 * own, in a fresh instance, while this (the exchange's) thread waits for the
 * {@code response-outparam} and then streams the response as the guest writes it. A guest that
 * traps, answers an error or returns without an answer gets the client a {@code 500}; a failure
 * after the response started cuts the connection (an exception out of {@link #handle} makes the
 * JDK server close it, so a truncated body never looks complete).
 */
final class ServerExchange implements HttpHandler {
    private final IncomingHandler handler;
    private final Consumer<String> log;

    ServerExchange(IncomingHandler handler, Consumer<String> log) {
        this.handler = handler;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String what = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
        IncomingRequest request = ExchangeRequests.incomingRequest(exchange);
        ResponseOutparam out = new ResponseOutparam();
        Thread.ofVirtual().name("weft-guest " + what).start(() -> runGuest(request, out, what));
        OutgoingResponse response;
        try {
            response = out.response().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof HttpException h) log.accept(what + ": no response: " + h.code());
            ResponseWriter.internalError(exchange);
            return;
        }
        try {
            ResponseWriter.write(exchange, response);
        } catch (IOException e) {
            log.accept(what + ": the response was cut: " + e.getMessage());
            throw e;
        }
    }

    /** Calls the guest; whatever happens, the outparam and the body end, so the exchange thread never waits forever. */
    private void runGuest(IncomingRequest request, ResponseOutparam out, String what) {
        String failure = null;
        try {
            handler.handle(request, out);
        } catch (Throwable t) {
            failure = "the guest failed: " + t;
            log.accept(what + ": " + failure);
        } finally {
            request.close();
            end(out, failure, what);
        }
    }

    private void end(ResponseOutparam out, String failure, String what) {
        String why = failure != null ? failure : "the guest returned without response-outparam.set";
        // logged before the 500 goes out (the guest has returned: nothing else completes the outparam now)
        if (failure == null && !out.response().isDone()) log.accept(what + ": " + why);
        if (out.response().completeExceptionally(new IllegalStateException(why))) {
            // the exchange answers 500
        } else if (!out.response().isCompletedExceptionally()) {
            ErrorCode code = ErrorCode.internal(failure != null ? failure : "the guest returned without outgoing-body.finish");
            out.response().join().body().ifPresent(b -> b.pipe().fail(code));
        }
    }
}
