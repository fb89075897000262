package dev.weft.wasi.filesystem;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The streams of {@code read-via-stream}, {@code write-via-stream} and {@code append-via-stream}:
 * positional reads and writes of a shared file, each stream with its own position. Files are always
 * ready (reads and writes complete at once), so {@code subscribe} returns a ready pollable. A failure
 * becomes {@code last-operation-failed} with an error whose {@code filesystem-error-code} is the
 * WASI code of the failure.
 */
final class FileStreams {
    /** How much {@code check-write} allows at a time. */
    static final long WRITE_BUDGET = 1 << 20;

    private FileStreams() {}

    /** {@code read-via-stream}: reads from {@code position} on; the end of the file is {@code closed}. */
    static final class Reader extends HostInputStream {
        private final SharedChannel file;
        private long position;
        private boolean closed;

        Reader(SharedChannel file, long position) {
            this.file = file;
            this.position = position;
        }

        @Override
        public byte[] read(long len) {
            if (closed) throw StreamException.closed();
            if (len <= 0) return new byte[0];
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(len, FileDescriptor.MAX_READ));
            int n;
            try {
                n = file.channel().read(buffer, position);
            } catch (IOException | NonReadableChannelException e) {
                throw failed(e);
            }
            if (n < 0) throw StreamException.closed();
            position += n;
            return Arrays.copyOf(buffer.array(), n);
        }

        @Override
        public Pollable subscribe() {
            return Pollable.alwaysReady();
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            file.release();
        }
    }

    /** {@code write-via-stream} from a position, or {@code append-via-stream} (position empty: always at the end). */
    static final class Writer extends HostOutputStream {
        private final SharedChannel file;
        private final boolean append;
        private long position;
        private boolean closed;

        Writer(SharedChannel file, Optional<Long> position) {
            this.file = file;
            this.append = position.isEmpty();
            this.position = position.orElse(0L);
        }

        @Override
        public long checkWrite() {
            if (closed) throw StreamException.closed();
            return WRITE_BUDGET;
        }

        @Override
        public void write(byte[] bytes) {
            if (closed) throw StreamException.closed();
            FileChannel channel = file.channel();
            try {
                long at = append ? channel.size() : position;
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer, at + buffer.position());
                position = at + bytes.length;
            } catch (IOException | NonWritableChannelException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() {
            if (closed) throw StreamException.closed();
        }

        @Override
        public Pollable subscribe() {
            return Pollable.alwaysReady();
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            file.release();
        }
    }

    private static StreamException failed(Exception e) {
        ErrorCode code = e instanceof IOException io ? ErrorCodes.of(io) : ErrorCodes.of((RuntimeException) e);
        return StreamException.failed(IoError.of(code.witName() + ": " + e.getMessage(), code));
    }
}
