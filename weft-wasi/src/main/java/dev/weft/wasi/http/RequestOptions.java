package dev.weft.wasi.http;

import java.time.Duration;
import java.util.Optional;

/**
 * The host side of {@code request-options}: the three timeouts, none at first (then the client's
 * defaults: no connect or first-byte limit beyond the operating system's, no between-bytes limit).
 * Every duration is accepted.
 */
final class RequestOptions {
    private Optional<Duration> connectTimeout = Optional.empty();
    private Optional<Duration> firstByteTimeout = Optional.empty();
    private Optional<Duration> betweenBytesTimeout = Optional.empty();

    synchronized Optional<Duration> connectTimeout() {
        return connectTimeout;
    }

    synchronized void setConnectTimeout(Optional<Duration> d) {
        connectTimeout = d;
    }

    synchronized Optional<Duration> firstByteTimeout() {
        return firstByteTimeout;
    }

    synchronized void setFirstByteTimeout(Optional<Duration> d) {
        firstByteTimeout = d;
    }

    synchronized Optional<Duration> betweenBytesTimeout() {
        return betweenBytesTimeout;
    }

    synchronized void setBetweenBytesTimeout(Optional<Duration> d) {
        betweenBytesTimeout = d;
    }
}
