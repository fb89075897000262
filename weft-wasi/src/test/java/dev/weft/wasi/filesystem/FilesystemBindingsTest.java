package dev.weft.wasi.filesystem;

import static dev.weft.wasi.filesystem.Fs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.VariantType;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.IoError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host functions as a guest calls them: WIT values in, {@code result} values out, every failure
 * an {@code error-code}, never a Java exception.
 */
class FilesystemBindingsTest {
    @TempDir
    Path root;
    Path host;
    WasiContext ctx;
    FilesystemBindings fs;

    @BeforeEach
    void setUp() {
        host = Fs.sandbox(root);
        write(host.resolve("input.txt"), "hello");
        ctx = new WasiContext(WasiConfig.builder().preopen(host, "/data", false).preopen(host, "/ro", true).build());
        fs = new FilesystemBindings(ctx);
    }

    private Value call(String name, Value... args) {
        return fs.types().get(name).call(List.of(args)).orElseThrow();
    }

    private Value method(String name, Descriptor self, Value... args) {
        Value[] all = new Value[args.length + 1];
        all[0] = fs.descriptors().borrow(self);
        System.arraycopy(args, 0, all, 1, args.length);
        return call("[method]descriptor." + name, all);
    }

    private static Value ok(Value result) {
        ResultValue r = assertInstanceOf(ResultValue.class, result);
        assertTrue(r.isOk(), "expected ok, found " + r);
        return r.payload().orElse(null);
    }

    private static void assertErr(String code, Value result) {
        ResultValue r = assertInstanceOf(ResultValue.class, result);
        assertEquals("err(" + code + ")", r.toString());
    }

    private Descriptor preopen(int index) {
        ListValue list = (ListValue) fs.preopens().get("get-directories").call(List.of()).orElseThrow();
        return fs.descriptors().get(((TupleValue) list.get(index)).get(0));
    }

    private static Value pathFlags(boolean follow) {
        return follow ? Value.flags(FsTypes.PATH_FLAGS, "symlink-follow") : Value.flags(FsTypes.PATH_FLAGS);
    }

    private Value openAt(Descriptor dir, String path, String... flags) {
        return method("open-at", dir, pathFlags(false), Value.string(path), Value.flags(FsTypes.OPEN_FLAGS),
                Value.flags(FsTypes.DESCRIPTOR_FLAGS, flags));
    }

    @Test
    void getDirectoriesListsThePreopensWithTheirGuestPaths() {
        ListValue list = (ListValue) fs.preopens().get("get-directories").call(List.of()).orElseThrow();
        assertEquals(2, list.size());
        assertEquals(Value.string("/data"), ((TupleValue) list.get(0)).get(1));
        assertEquals(Value.string("/ro"), ((TupleValue) list.get(1)).get(1));
        assertEquals(host, preopen(0).path());
        assertEquals(Set.of(DescriptorFlag.READ), preopen(1).flags());
    }

    @Test
    void openAtAndReadThroughValues() {
        Descriptor file = fs.descriptors().get(ok(openAt(preopen(0), "input.txt", "read")));
        TupleValue read = (TupleValue) ok(method("read", file, Value.u64(100), Value.u64(0)));
        assertEquals("[104, 101, 108, 108, 111]", read.get(0).toString());
        assertEquals(Value.bool(true), read.get(1));
        assertEquals(Value.u64(2), ok(method("write", fs.descriptors().get(ok(openAt(preopen(0), "input.txt", "write"))),
                Value.bytes(Fs.utf8("HE")), Value.u64(0))));
        assertEquals("HEllo", Fs.read(host.resolve("input.txt")));
    }

    @Test
    void failuresAreErrorCodes() {
        assertErr("not-permitted", openAt(preopen(0), "../secret.txt", "read"));
        assertErr("not-permitted", openAt(preopen(0), "/etc/passwd", "read"));
        assertErr("no-entry", openAt(preopen(0), "missing", "read"));
        assertErr("read-only", openAt(preopen(1), "input.txt", "write"));
        assertErr("not-directory", method("create-directory-at",
                fs.descriptors().get(ok(openAt(preopen(0), "input.txt", "read"))), Value.string("x")));
        assertErr("bad-descriptor", method("read", preopen(0), Value.u64(1), Value.u64(0)));
        assertErr("invalid", method("read-via-stream",
                fs.descriptors().get(ok(openAt(preopen(0), "input.txt", "read"))), Value.u64(-1)));
    }

    @Test
    void statIsADescriptorStatRecord() {
        RecordValue stat = (RecordValue) ok(method("stat-at", preopen(0), pathFlags(true), Value.string("input.txt")));
        assertEquals("regular-file", stat.get("type").toString());
        assertEquals(Value.u64(5), stat.get("size"));
        assertTrue(((OptionValue) stat.get("data-modification-timestamp")).isSome());
        assertEquals(Value.enumCase(FsTypes.DESCRIPTOR_TYPE, "directory"), ok(method("get-type", preopen(0))));
        assertEquals("{read, mutate-directory}", ok(method("get-flags", preopen(0))).toString());
        RecordValue hash = (RecordValue) ok(method("metadata-hash", preopen(0)));
        assertEquals(hash, ok(method("metadata-hash-at", preopen(0), pathFlags(false), Value.string("."))));
    }

    @Test
    void setTimesTakesNewTimestamps() {
        VariantType ts = new VariantType(List.of(new dev.weft.types.Case("no-change", java.util.Optional.empty()),
                new dev.weft.types.Case("now", java.util.Optional.empty()),
                new dev.weft.types.Case("timestamp", java.util.Optional.of(FsTypes.DATETIME))));
        Value when = Value.variant(ts, "timestamp", Value.record(FsTypes.DATETIME, Value.u64(1_000_000_000L), Value.u32(5)));
        ok(method("set-times-at", preopen(0), pathFlags(false), Value.string("input.txt"), Value.variant(ts, "no-change"), when));
        RecordValue stat = (RecordValue) ok(method("stat-at", preopen(0), pathFlags(false), Value.string("input.txt")));
        assertEquals("some({seconds: 1000000000, nanoseconds: 5})", stat.get("data-modification-timestamp").toString());
        Value badNanos = Value.variant(ts, "timestamp", Value.record(FsTypes.DATETIME, Value.u64(0), Value.u32(1_000_000_000L)));
        assertErr("invalid", method("set-times", preopen(0), Value.variant(ts, "now"), badNanos));
    }

    @Test
    void readDirectoryStreamsEntries() {
        Value stream = ok(method("read-directory", preopen(0)));
        String entry = "[method]directory-entry-stream.read-directory-entry";
        BorrowHandle borrowed = fs.entries().borrow(fs.entries().get(stream));
        assertEquals("some({type: regular-file, name: \"input.txt\"})", ok(call(entry, borrowed)).toString());
        assertEquals("none", ok(call(entry, borrowed)).toString());
    }

    @Test
    void readViaStreamGivesAnInputStreamOfTheContext() {
        Descriptor file = fs.descriptors().get(ok(openAt(preopen(0), "input.txt", "read")));
        HostInputStream in = ctx.inputStreams().get(ok(method("read-via-stream", file, Value.u64(1))));
        assertEquals("ello", Fs.utf8(in.read(10)));
        assertTrue(ctx.outputStreams().get(ok(method("append-via-stream",
                fs.descriptors().get(ok(openAt(preopen(0), "input.txt", "write")))))).checkWrite() > 0);
    }

    @Test
    void filesystemErrorCodeRecoversTheCodeOfAStreamError() {
        Value code = fs.types().get("filesystem-error-code")
                .call(List.of(ctx.errors().borrow(IoError.of("gone", ErrorCode.NO_ENTRY)))).orElseThrow();
        assertEquals("some(no-entry)", code.toString());
        Value none = fs.types().get("filesystem-error-code").call(List.of(ctx.errors().borrow(IoError.of("no code")))).orElseThrow();
        assertEquals("none", none.toString());
        Value other = fs.types().get("filesystem-error-code")
                .call(List.of(ctx.errors().borrow(IoError.of("net", dev.weft.wasi.sockets.ErrorCode.TIMEOUT)))).orElseThrow();
        assertEquals("none", other.toString(), "a sockets code is no filesystem code");
    }

    @Test
    void isSameObject() {
        Value same = method("is-same-object", preopen(0), fs.descriptors().borrow(preopen(1)));
        assertEquals(Value.bool(true), same);
    }

    @Test
    void aMissingPreopenIsTheEmbeddersError() {
        WasiContext bad = new WasiContext(WasiConfig.builder().preopen(root.resolve("nope"), "/x", false).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FilesystemBindings(bad));
        assertTrue(e.getMessage().contains("cannot preopen"), e.getMessage());
    }

    @Test
    void everyFunctionOfTheWitIsDefined() throws IOException {
        Path wit = Path.of(System.getProperty("weft.shared", "../../shared"), "wit", "wasi-0.2.12", "wasi-filesystem", "package.wit");
        assumeTrue(Files.exists(wit), "../shared is missing: cannot read " + wit.toAbsolutePath() + " (set -Dweft.shared=...)");
        Set<String> expected = new TreeSet<>();
        String resource = null;
        Matcher m = Pattern.compile("resource ([a-z-]+) \\{|^\\s*([a-z-]+): func", Pattern.MULTILINE).matcher(Files.readString(wit));
        while (m.find()) {
            if (m.group(1) != null) {
                resource = m.group(1);
            } else if (!m.group(2).equals("get-directories")) {
                expected.add(m.group(2).equals("filesystem-error-code") ? m.group(2) : "[method]" + resource + "." + m.group(2));
            }
        }
        assertEquals(29, expected.size(), "27 methods of descriptor, 1 of directory-entry-stream, filesystem-error-code");
        assertEquals(expected, new TreeSet<>(fs.types().keySet()));
        assertEquals(Set.of("get-directories"), fs.preopens().keySet());
    }
}
