package dev.weft.wasi.cli;

import static dev.weft.wasi.Calls.list;
import static dev.weft.wasi.Calls.ok;
import static dev.weft.wasi.Calls.streamError;
import static dev.weft.wasi.Calls.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Calls;
import dev.weft.wasi.WasiConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** {@code wasi:cli/stdin}, {@code stdout}, {@code stderr} and the terminals. */
class StdioTest {
    private static final String STREAMS = "wasi:io/streams";

    @Test
    void capturedStdoutAndStderr() {
        WasiConfig.Capture out = WasiConfig.Capture.create();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Calls calls = new Calls(WasiConfig.builder().stdout(out).stderr(err).build());
        Value stdout = calls.call("wasi:cli/stdout", "get-stdout");
        ok(calls.call(STREAMS, "[method]output-stream.blocking-write-and-flush", stdout, list("to out")));
        ok(calls.call(STREAMS, "[method]output-stream.blocking-write-and-flush",
                calls.call("wasi:cli/stderr", "get-stderr"), list("to err")));
        assertEquals("to out", out.text());
        assertEquals("to err", err.toString());
    }

    @Test
    void droppingAStdoutHandleKeepsStdoutOpen() throws Exception {
        WasiConfig.Capture out = WasiConfig.Capture.create();
        Calls calls = new Calls(WasiConfig.builder().stdout(out).build());
        calls.ctx.outputStreams().get(calls.call("wasi:cli/stdout", "get-stdout")).close();
        ok(calls.call(STREAMS, "[method]output-stream.write", calls.call("wasi:cli/stdout", "get-stdout"), list("still")));
        assertEquals("still", out.text());
    }

    @Test
    void stdinFromBytesIsSharedByEveryHandle() {
        Calls calls = new Calls(WasiConfig.builder().stdin("abcdef".getBytes()).build());
        Value first = calls.call("wasi:cli/stdin", "get-stdin");
        assertEquals("abc", text(ok(calls.call(STREAMS, "[method]input-stream.read", first, Value.u64(3)))));
        Value second = calls.call("wasi:cli/stdin", "get-stdin");
        assertEquals("def", text(ok(calls.call(STREAMS, "[method]input-stream.blocking-read", second, Value.u64(9)))));
        assertEquals("closed", streamError(calls.call(STREAMS, "[method]input-stream.read", first, Value.u64(1))));
    }

    @Test
    void stdinFromAJavaStream() {
        Calls calls = new Calls(WasiConfig.builder().stdin(new ByteArrayInputStream("piped".getBytes())).build());
        Value in = calls.call("wasi:cli/stdin", "get-stdin");
        assertEquals("piped", text(ok(calls.call(STREAMS, "[method]input-stream.blocking-read", in, Value.u64(99)))));
        assertEquals("closed", streamError(calls.call(STREAMS, "[method]input-stream.blocking-read", in, Value.u64(1))));
    }

    @Test
    void byDefaultStdinIsEmptyAndOutputIsDiscarded() {
        Calls calls = new Calls();
        assertEquals("closed", streamError(calls.call(STREAMS, "[method]input-stream.read",
                calls.call("wasi:cli/stdin", "get-stdin"), Value.u64(1))));
        ok(calls.call(STREAMS, "[method]output-stream.write", calls.call("wasi:cli/stdout", "get-stdout"), list("lost")));
    }

    @Test
    void noTerminalsUnlessConfigured() {
        Calls none = new Calls();
        assertTrue(((OptionValue) none.call("wasi:cli/terminal-stdin", "get-terminal-stdin")).value().isEmpty());
        assertTrue(((OptionValue) none.call("wasi:cli/terminal-stdout", "get-terminal-stdout")).value().isEmpty());
        assertTrue(((OptionValue) none.call("wasi:cli/terminal-stderr", "get-terminal-stderr")).value().isEmpty());

        Calls some = new Calls(WasiConfig.builder().terminal(WasiConfig.Stdio.STDOUT).build());
        assertTrue(((OptionValue) some.call("wasi:cli/terminal-stdout", "get-terminal-stdout")).value().isPresent());
        assertTrue(((OptionValue) some.call("wasi:cli/terminal-stderr", "get-terminal-stderr")).value().isEmpty());
    }

    @Test
    void closingTheContextFlushesStdout() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(sink);
        Calls calls = new Calls(WasiConfig.builder().stdout(buffered).build());
        ok(calls.call(STREAMS, "[method]output-stream.write", calls.call("wasi:cli/stdout", "get-stdout"), list("late")));
        assertEquals("", sink.toString(), "buffered until flushed");
        calls.ctx.close();
        assertEquals("late", sink.toString());
    }
}
