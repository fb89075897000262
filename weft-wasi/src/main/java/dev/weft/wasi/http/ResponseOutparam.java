package dev.weft.wasi.http;

import java.util.concurrent.CompletableFuture;

/**
 * The host side of a {@code response-outparam}: where a guest's {@code incoming-handler} puts its
 * response, made by the {@link HttpServer}. {@code set} completes {@link #response()}: with the
 * {@link OutgoingResponse}, or exceptionally with an {@link HttpException} for the guest's error code.
 */
final class ResponseOutparam {
    private final CompletableFuture<OutgoingResponse> response = new CompletableFuture<>();

    /** What the guest answered, once it did. */
    CompletableFuture<OutgoingResponse> response() {
        return response;
    }

    /** {@code set} with a response. */
    void set(OutgoingResponse r) {
        response.complete(r);
    }

    /** {@code set} with an error. */
    void fail(ErrorCode code) {
        response.completeExceptionally(code.exception());
    }

    /** Dropped without {@code set}: the guest gave no response. */
    void dropped() {
        response.completeExceptionally(ErrorCode.internal("the response-outparam was dropped without response-outparam.set")
                .exception());
    }
}
