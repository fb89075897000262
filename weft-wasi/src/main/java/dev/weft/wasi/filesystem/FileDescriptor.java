package dev.weft.wasi.filesystem;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A descriptor of an open file: a {@link FileChannel} opened with the descriptor's flags, read and
 * written at explicit offsets (a WASI descriptor has no position of its own; streams keep theirs).
 * Reading needs the {@code read} flag and writing the {@code write} flag, else {@code bad-descriptor}
 * (POSIX's {@code EBADF}).
 */
final class FileDescriptor extends Descriptor {
    /** The most bytes one {@code read} returns (it may return fewer than asked). */
    static final int MAX_READ = 1 << 20;

    private final SharedChannel channel;
    private final Set<DescriptorFlag> flags;
    private final DescriptorType type;

    FileDescriptor(Path path, boolean mutable, FileChannel channel, Set<DescriptorFlag> flags, DescriptorType type) {
        super(path, mutable);
        this.channel = new SharedChannel(channel);
        this.flags = Collections.unmodifiableSet(EnumSet.copyOf(flags));
        this.type = type;
    }

    @Override
    DescriptorType type() {
        return type;
    }

    @Override
    Set<DescriptorFlag> flags() {
        return flags;
    }

    @Override
    FileDescriptor file() {
        return this;
    }

    /** {@code read-via-stream}. */
    HostInputStream readViaStream(long offset) {
        requireFlag(DescriptorFlag.READ, "read");
        return new FileStreams.Reader(channel.retain(), offset);
    }

    /** {@code write-via-stream}. */
    HostOutputStream writeViaStream(long offset) {
        requireFlag(DescriptorFlag.WRITE, "write");
        return new FileStreams.Writer(channel.retain(), Optional.of(offset));
    }

    /** {@code append-via-stream}. */
    HostOutputStream appendViaStream() {
        requireFlag(DescriptorFlag.WRITE, "write");
        return new FileStreams.Writer(channel.retain(), Optional.empty());
    }

    /**
     * {@code advise}: accepted and not acted on. Advice is a hint about future access that never
     * changes what a program computes ({@code posix_fadvise} may ignore it too), and the JDK offers
     * no way to pass it on; what is checked is that this is a file.
     */
    void advise(long offset, long length) {
        assert offset >= 0 && length >= 0 : "filesize arguments are checked when read";
    }

    /** {@code set-size}: truncates or extends (with zeros). */
    void setSize(long size) {
        requireFlag(DescriptorFlag.WRITE, "resize");
        FileChannel c = channel.channel();
        long current = Io.call(c::size);
        if (size < current) {
            Io.call(() -> c.truncate(size));
        } else if (size > current) {
            Io.call(() -> c.write(ByteBuffer.wrap(new byte[1]), size - 1));
        }
    }

    /** The outcome of {@link #read}: the bytes, and whether they reach the end of the file. */
    record ReadResult(byte[] bytes, boolean end) {}

    /** {@code read}: up to {@code length} bytes (at most {@value #MAX_READ}) at {@code offset}. */
    ReadResult read(long length, long offset) {
        requireFlag(DescriptorFlag.READ, "read");
        FileChannel c = channel.channel();
        long size = Io.call(c::size);
        int n = (int) Math.max(0, Math.min(Math.min(length, MAX_READ), size - offset));
        ByteBuffer buffer = ByteBuffer.allocate(n);
        while (buffer.hasRemaining()) {
            int r = Io.call(() -> c.read(buffer, offset + buffer.position()));
            if (r <= 0) break;
        }
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.position());
        return new ReadResult(bytes, offset + bytes.length >= Io.call(c::size));
    }

    /** {@code write}: all of {@code bytes} at {@code offset}; returns how many were written. */
    long write(byte[] bytes, long offset) {
        requireFlag(DescriptorFlag.WRITE, "write");
        FileChannel c = channel.channel();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            Io.call(() -> c.write(buffer, offset + buffer.position()));
        }
        return bytes.length;
    }

    @Override
    void sync(boolean dataOnly) {
        Io.run(() -> channel.channel().force(!dataOnly));
    }

    /** The stat of the path, or, if the file was removed or renamed since it was opened, what the open file tells. */
    @Override
    Metadata.Stat stat() {
        try {
            return super.stat();
        } catch (FilesystemException e) {
            if (e.code() != ErrorCode.NO_ENTRY) throw e;
            long size = Io.call(channel.channel()::size);
            return new Metadata.Stat(type, 0, size, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    @Override
    public void close() {
        channel.release();
    }

    private void requireFlag(DescriptorFlag flag, String what) {
        if (!flags.contains(flag)) {
            throw ErrorCode.BAD_DESCRIPTOR.error("cannot " + what + ": `" + path().getFileName() + "` was not opened with `"
                    + flag.witName() + "`");
        }
    }
}
