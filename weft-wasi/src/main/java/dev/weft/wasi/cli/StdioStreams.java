package dev.weft.wasi.cli;

import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.HostStreams;
import dev.weft.wasi.io.Pollable;
import dev.weft.wasi.io.StreamException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The three stdio streams of one link, made on first use from the {@link WasiConfig}. Every
 * {@code get-stdout} hands out a new handle to the same stream; dropping a handle does not close
 * the stream (the next {@code get-stdout} must still work), {@link WasiContext#close()} flushes it.
 */
final class StdioStreams {
    private final WasiContext ctx;
    private HostInputStream stdin;
    private HostOutputStream stdout;
    private HostOutputStream stderr;

    StdioStreams(WasiContext ctx) {
        this.ctx = ctx;
    }

    synchronized HostInputStream stdin() {
        if (stdin == null) stdin = new Shared(input(ctx.config().stdin()));
        return stdin;
    }

    synchronized HostOutputStream stdout() {
        if (stdout == null) stdout = shared(output(ctx.config().stdout(), System.out));
        return stdout;
    }

    synchronized HostOutputStream stderr() {
        if (stderr == null) stderr = shared(output(ctx.config().stderr(), System.err));
        return stderr;
    }

    private HostOutputStream shared(HostOutputStream out) {
        SharedOutput s = new SharedOutput(out);
        ctx.onClose(() -> {
            try {
                out.flush();
            } catch (StreamException e) {
                // a broken stdout at the end of the run: the guest already saw the failure, if it wrote
            }
        });
        return s;
    }

    private static HostInputStream input(WasiConfig.Input in) {
        return switch (in) {
            case WasiConfig.Input.Bytes b -> HostStreams.ofBytes(b.bytes());
            case WasiConfig.Input.Stream s -> HostStreams.of(s.in(), false);
            case WasiConfig.Input.Inherit i -> HostStreams.of(System.in, false);
        };
    }

    private static HostOutputStream output(WasiConfig.Output out, PrintStream inherited) {
        return switch (out) {
            case WasiConfig.Output.Discard d -> HostStreams.discard();
            case WasiConfig.Output.Inherit i -> HostStreams.of(inherited, false);
            case WasiConfig.Output.Stream s -> HostStreams.of(s.out(), false);
            case WasiConfig.Capture c -> HostStreams.of(new CaptureStream(c), false);
        };
    }

    /** Appends to a {@link WasiConfig.Capture}. */
    private static final class CaptureStream extends OutputStream {
        private final WasiConfig.Capture capture;

        CaptureStream(WasiConfig.Capture capture) {
            this.capture = capture;
        }

        @Override
        public void write(int b) {
            capture.append(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            capture.append(java.util.Arrays.copyOfRange(b, off, off + len));
        }
    }

    /** stdin as handed to the guest: every operation but {@code close}. */
    private static final class Shared extends HostInputStream {
        private final HostInputStream in;

        Shared(HostInputStream in) {
            this.in = in;
        }

        @Override
        public byte[] read(long len) {
            return in.read(len);
        }

        @Override
        public byte[] blockingRead(long len) {
            return in.blockingRead(len);
        }

        @Override
        public Pollable subscribe() {
            return in.subscribe();
        }
    }

    /** stdout or stderr as handed to the guest: every operation but {@code close}. */
    private static final class SharedOutput extends HostOutputStream {
        private final HostOutputStream out;

        SharedOutput(HostOutputStream out) {
            this.out = out;
        }

        @Override
        public long checkWrite() {
            return out.checkWrite();
        }

        @Override
        public void write(byte[] bytes) {
            out.write(bytes);
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void blockingFlush() {
            out.blockingFlush();
        }

        @Override
        public Pollable subscribe() {
            return out.subscribe();
        }
    }
}
