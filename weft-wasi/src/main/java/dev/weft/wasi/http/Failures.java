package dev.weft.wasi.http;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLException;

/** What a failure of the Java HTTP client means as a {@code wasi:http} {@link ErrorCode}. */
final class Failures {
    private Failures() {}

    /** The code for {@code failure} (wrappers such as {@link CompletionException} unwrapped). */
    static ErrorCode code(Throwable failure) {
        Throwable t = unwrap(failure);
        for (Throwable c = t; c != null; c = c.getCause()) {
            ErrorCode specific = specific(c);
            if (specific != null) return specific;
        }
        return ErrorCode.internal(describe(t));
    }

    private static ErrorCode specific(Throwable t) {
        return switch (t) {
            case HttpException h -> h.code();
            case BodyPipe.Aborted a -> a.code();
            case HttpConnectTimeoutException e -> ErrorCode.of("connection-timeout");
            case HttpTimeoutException e -> ErrorCode.of("connection-read-timeout");
            case UnresolvedAddressException e -> ErrorCode.dnsError("address not available");
            case UnknownHostException e -> ErrorCode.dnsError("address not available");
            case NoRouteToHostException e -> ErrorCode.of("destination-unavailable");
            case ConnectException e -> connect(e);
            case SSLHandshakeException e -> isCertificate(e) ? ErrorCode.of("TLS-certificate-error") : ErrorCode.of("TLS-protocol-error");
            case SSLException e -> ErrorCode.of("TLS-protocol-error");
            case ProtocolException e -> ErrorCode.of("HTTP-protocol-error");
            case EOFException e -> ErrorCode.of("HTTP-response-incomplete");
            case CancellationException e -> ErrorCode.internal("the request was cancelled");
            default -> null;
        };
    }

    private static ErrorCode connect(ConnectException e) {
        if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof UnknownHostException) {
            return ErrorCode.dnsError("address not available");
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("unreachable") || m.contains("no route")) return ErrorCode.of("destination-unavailable");
        if (e.getCause() != null && !(e.getCause() instanceof ConnectException) && specific(e.getCause()) != null) {
            return specific(e.getCause());
        }
        return ErrorCode.of("connection-refused");
    }

    private static boolean isCertificate(SSLHandshakeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.security.cert.CertificateException) return true;
        }
        return String.valueOf(e.getMessage()).contains("certificat");
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        return t;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
