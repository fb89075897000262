package dev.weft.wasi.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream onto a blocking {@link OutputStream}: writes go straight through, so it is
 * always ready and accepts {@link #PERMIT} bytes at a time. The first {@link IOException} fails the
 * stream ({@code last-operation-failed}); later calls find it {@code closed}.
 */
final class JavaOutputStream extends HostOutputStream {
    /** What {@code check-write} grants. */
    static final long PERMIT = 1 << 20;

    private final OutputStream out;
    private final boolean closeTarget;
    private boolean broken;

    JavaOutputStream(OutputStream out, boolean closeTarget) {
        this.out = out;
        this.closeTarget = closeTarget;
    }

    @Override
    public synchronized long checkWrite() {
        if (broken) throw StreamException.closed();
        return PERMIT;
    }

    @Override
    public synchronized void write(byte[] bytes) {
        if (broken) throw StreamException.closed();
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public synchronized void flush() {
        if (broken) throw StreamException.closed();
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public Pollable subscribe() {
        return Pollable.alwaysReady();
    }

    @Override
    public synchronized void close() {
        try {
            out.flush();
            if (closeTarget) out.close();
        } catch (IOException ignored) {
            // the guest dropped the stream; a late failure has nobody to go to
        }
    }

    private StreamException fail(IOException e) {
        broken = true;
        return StreamException.failed(IoError.of(e));
    }
}
