package dev.weft.wasi.sockets;

import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * A connected TCP channel shared by its {@link TcpSocket} and the socket's two streams: each holds a
 * reference, and the channel closes when the last one is released, so that dropping the socket
 * before its streams (or the other way round) loses nothing. Also records which directions were
 * {@code shutdown}, which the streams then report as {@code closed}.
 */
final class ConnectedChannel {
    private final SocketChannel channel;
    private final ChannelReadiness readiness;
    private int references = 1;
    private boolean inputShut;
    private boolean outputShut;

    ConnectedChannel(SocketChannel channel) {
        this.channel = channel;
        this.readiness = new ChannelReadiness(channel);
    }

    SocketChannel channel() {
        return channel;
    }

    ChannelReadiness readiness() {
        return readiness;
    }

    /** One more holder (a stream). */
    synchronized ConnectedChannel retain() {
        if (references == 0) throw new IllegalStateException("the channel is already closed");
        references++;
        return this;
    }

    /** A holder is done; the last closes the channel. */
    synchronized void release() {
        if (references == 0 || --references > 0) return;
        readiness.close();
        try {
            channel.close();
        } catch (IOException e) {
            // closing a socket loses nothing the guest could still observe
        }
    }

    /** Closes the channel now, whoever still holds it (the link is closing). */
    synchronized void forceClose() {
        references = 1;
        release();
    }

    synchronized boolean inputShut() {
        return inputShut;
    }

    synchronized boolean outputShut() {
        return outputShut;
    }

    /** Stops receiving: the input stream reports {@code closed}. Idempotent. */
    synchronized void shutdownInput() throws IOException {
        if (inputShut) return;
        inputShut = true;
        if (channel.isOpen()) channel.shutdownInput();
    }

    /** Stops sending (a FIN): the output stream reports {@code closed}. Idempotent. */
    synchronized void shutdownOutput() throws IOException {
        if (outputShut) return;
        outputShut = true;
        if (channel.isOpen()) channel.shutdownOutput();
    }
}
