/**
 * {@code wasi:http@0.2.12}, the client side, deny by default: {@code wasi:http/types} (every resource
 * and function) and {@code wasi:http/outgoing-handler}, over {@link java.net.http.HttpClient}.
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
 * <p><b>Known gaps.</b> No server side ({@code incoming-handler}): the {@code incoming-request} and
 * {@code response-outparam} functions work, but only host code can make those handles. The Java
 * client cannot send or expose trailers (sending non-empty trailers fails the body with
 * {@code internal-error}; received trailers are none), cannot send an {@code expect} header (it is
 * dropped), and speaks HTTP/1.1 only.
 */
package dev.weft.wasi.http;
