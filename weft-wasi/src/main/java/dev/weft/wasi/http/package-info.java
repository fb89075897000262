/**
 * {@code wasi:http@0.2.12}: the client side, deny by default ({@code wasi:http/types}, every resource
 * and function, and {@code wasi:http/outgoing-handler}, over {@link java.net.http.HttpClient}), and
 * a server for {@code wasi:http/incoming-handler} components ({@link dev.weft.wasi.http.HttpServer},
 * {@code weft serve}, over the JDK's {@code com.sun.net.httpserver}).
 *
 * <p><b>The policy.</b> A guest reaches only the origins the embedder lists:
 * {@code WasiConfig.builder().allowHttp("api.example.com")} (http on 80, https on 443),
 * {@code allowHttp("http://localhost:8080")}, {@code allowHttp("example.com:*")} (any port);
 * {@code weft run --allow-http HOST[:PORT]}. With no entry, every {@code handle} answers
 * {@code HTTP-request-denied} before any network activity; so does a request to an origin not
 * listed. Hosts are compared as the request names them (no resolution: {@code localhost} does not
 * allow {@code 127.0.0.1}), redirects are never followed (a 3xx reaches the guest), no proxy or
 * cookie store is used, and the headers the host manages ({@code host}, {@code connection},
 * {@code transfer-encoding}, ...: Wasmtime's forbidden list) cannot be set by the guest at all.
 * Why: an HTTP grant is a grant to talk to a service, and a guest must not be able to widen it.
 *
 * <p><b>The shape.</b> Each resource is a Java object behind a host resource handle
 * ({@code Fields}, {@code OutgoingRequest}, {@code FutureIncomingResponse}, ...); bodies are the
 * shared {@code wasi:io} streams and futures hand out {@code wasi:io} pollables, so a guest polls a
 * response together with a clock or a socket. {@code *Methods} classes bind one Java method per WIT
 * function. Failures a guest can cause are WIT values ({@code error-code}, {@code header-error}, the
 * plain {@code result} errors of setters), never Java exceptions; a failed body stream carries its
 * {@code error-code} in the {@code wasi:io/error}, recovered by {@code http-error-code}.
 *
 * <p><b>The server: an instance per request.</b> As {@code wasmtime serve}, the server links the
 * component once ({@link dev.weft.runtime.InstancePre}) and runs every request in a fresh instance
 * of it, on a virtual thread of its own: a request sees none of another's memory, globals or
 * handles, and a guest that traps poisons only its own instance (the client gets a {@code 500},
 * the server goes on). Instantiating a prepared component is cheap (microseconds for a small one,
 * memory images for a large one), so isolation costs little. The request's {@code incoming-request}
 * has immutable headers and a body the guest reads as it arrives; the exchange thread waits for the
 * {@code response-outparam}, then streams the body as the guest writes it (so a guest may go on
 * writing after {@code set}), and cuts the connection if the body fails. The WASI context, that is
 * the grants (none by default) and the stdio streams (the server's), is shared by the requests,
 * as their configuration is; what a request opens lives in its instance's handle tables.
 *
 * <p><b>Known gaps.</b> The server speaks HTTP/1.1 only and has no time limit for a guest that never
 * answers; sockets a guest leaves open stay open until the server closes. The Java client cannot send or expose trailers (sending non-empty trailers fails the body with
 * {@code internal-error}; received trailers are none), cannot send an {@code expect} header (it is
 * dropped), and speaks HTTP/1.1 only.
 */
package dev.weft.wasi.http;
