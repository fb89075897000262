package dev.weft.wasi.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sends a guest's {@link OutgoingResponse} through an exchange: status, headers (never those the
 * server manages: the {@linkplain FieldRules#FORBIDDEN forbidden} ones and {@code content-length},
 * which the body decides), then the body as the guest writes it: with a {@code content-length}
 * when the guest declared one or had finished the body already, chunked otherwise.
 */
final class ResponseWriter {
    private static final byte[] INTERNAL_ERROR = "500 internal server error: the component gave no response\n"
            .getBytes(StandardCharsets.US_ASCII);

    private ResponseWriter() {}

    /** A {@code 500} with a short text, when the guest gave no response. */
    static void internalError(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("content-type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(500, INTERNAL_ERROR.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(INTERNAL_ERROR);
        }
    }

    /**
     * Sends {@code response}; the exchange is closed when it returns normally.
     *
     * @throws IOException if the body failed (the guest trapped or dropped it unfinished) or the
     *         client went away: the connection must then be cut, not closed cleanly
     */
    static void write(HttpExchange exchange, OutgoingResponse response) throws IOException {
        int status = response.status();
        copyHeaders(response.headers(), exchange.getResponseHeaders());
        Optional<BodyPipe> body = response.body().map(OutgoingBody::pipe);
        boolean bodyless = exchange.getRequestMethod().equals("HEAD") || status < 200 || status == 204 || status == 304;
        if (body.isEmpty() || bodyless) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            body.ifPresent(ResponseWriter::discard);
            return;
        }
        BodyPipe pipe = body.get();
        if (pipe.isFinished()) {
            byte[] all = pipe.drain();
            exchange.sendResponseHeaders(status, all.length == 0 ? -1 : all.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(all);
            }
            return;
        }
        long declared = pipe.contentLength().orElse(0);
        exchange.sendResponseHeaders(status, pipe.contentLength().isPresent() && declared == 0 ? -1 : declared);
        OutputStream out = exchange.getResponseBody();
        try {
            pipe.reader().transferTo(out);
        } catch (IOException e) {
            pipe.fail(ErrorCode.of("connection-terminated"));
            throw e;
        }
        out.close();
    }

    private static void copyHeaders(Fields fields, Headers headers) {
        for (Fields.Entry e : fields.entries()) {
            if (FieldRules.isForbidden(e.name()) || e.name().equals("content-length")) continue;
            headers.add(e.name(), new String(e.value(), StandardCharsets.ISO_8859_1));
        }
    }

    /** Reads and drops a body that cannot be sent (HEAD, 204, 304), so the guest does not wait for room. */
    private static void discard(BodyPipe pipe) {
        try (InputStream in = pipe.reader()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the guest failed its body: nothing was to be sent anyway
        }
    }
}
