package dev.weft.wasi.http;

import dev.weft.runtime.HostResource;
import dev.weft.wasi.WasiContext;

/**
 * The resource types of {@code wasi:http/types} for one link, beside the shared {@code wasi:io} ones
 * of the {@link WasiContext}. Dropping a handle closes what needs closing: an unread response body,
 * an unfinished outgoing body (which fails its request), a response-outparam never set.
 */
record HttpResources(
        WasiContext io,
        HostResource<Fields> fields,
        HostResource<IncomingRequest> incomingRequests,
        HostResource<OutgoingRequest> outgoingRequests,
        HostResource<RequestOptions> requestOptions,
        HostResource<ResponseOutparam> responseOutparams,
        HostResource<IncomingResponse> incomingResponses,
        HostResource<IncomingBody> incomingBodies,
        HostResource<FutureTrailers> futureTrailers,
        HostResource<OutgoingResponse> outgoingResponses,
        HostResource<OutgoingBody> outgoingBodies,
        HostResource<FutureIncomingResponse> futureIncomingResponses) {

    /** The resource types of every context: constants, so that WASI linked once serves contexts made per instance. */
    private static final HttpResources TYPES = new HttpResources(null,
            HostResource.of("fields", Fields.class, f -> { }),
            HostResource.of("incoming-request", IncomingRequest.class),
            HostResource.of("outgoing-request", OutgoingRequest.class, r -> { }),
            HostResource.of("request-options", RequestOptions.class, o -> { }),
            HostResource.of("response-outparam", ResponseOutparam.class, ResponseOutparam::dropped),
            HostResource.of("incoming-response", IncomingResponse.class),
            HostResource.of("incoming-body", IncomingBody.class),
            HostResource.of("future-trailers", FutureTrailers.class, t -> { }),
            HostResource.of("outgoing-response", OutgoingResponse.class, r -> { }),
            HostResource.of("outgoing-body", OutgoingBody.class),
            HostResource.of("future-incoming-response", FutureIncomingResponse.class));

    /** The resource types (the same for every context) with {@code io}'s context. */
    static HttpResources create(WasiContext io) {
        HttpResources t = TYPES;
        return new HttpResources(io, t.fields, t.incomingRequests, t.outgoingRequests, t.requestOptions,
                t.responseOutparams, t.incomingResponses, t.incomingBodies, t.futureTrailers, t.outgoingResponses,
                t.outgoingBodies, t.futureIncomingResponses);
    }

    /** The resource types alone (no context: {@link #io()} is null). */
    static HttpResources types() {
        return TYPES;
    }
}
