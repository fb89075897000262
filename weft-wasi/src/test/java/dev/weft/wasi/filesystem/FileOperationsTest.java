package dev.weft.wasi.filesystem;

import static dev.weft.wasi.filesystem.Fs.fails;
import static dev.weft.wasi.filesystem.Fs.flags;
import static dev.weft.wasi.filesystem.Fs.open;
import static dev.weft.wasi.filesystem.Fs.read;
import static dev.weft.wasi.filesystem.Fs.utf8;
import static dev.weft.wasi.filesystem.Fs.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.StreamException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code open-at} and the methods of file descriptors, streams included. */
class FileOperationsTest {
    @TempDir
    Path root;
    Path host;
    DirectoryDescriptor dir;

    @BeforeEach
    void setUp() {
        host = Fs.sandbox(root);
        write(host.resolve("input.txt"), "hello world");
        write(host.resolve("sub/inner.txt"), "inner");
        dir = Fs.preopen(host, false);
    }

    private FileDescriptor openFile(String path, Set<OpenFlag> openFlags, DescriptorFlag... flags) {
        return dir.openAt(false, path, openFlags, flags(flags)).file();
    }

    @Test
    void openAtCreatesExclusivelyOrNot() {
        FileDescriptor created = openFile("new.txt", open(OpenFlag.CREATE), DescriptorFlag.WRITE);
        assertEquals(Set.of(DescriptorFlag.WRITE), created.flags());
        assertTrue(Files.isRegularFile(host.resolve("new.txt")));
        openFile("new.txt", open(OpenFlag.CREATE), DescriptorFlag.READ).close();
        fails(ErrorCode.EXIST, () -> openFile("new.txt", open(OpenFlag.CREATE, OpenFlag.EXCLUSIVE), DescriptorFlag.WRITE));
        fails(ErrorCode.NO_ENTRY, () -> openFile("absent.txt", open(), DescriptorFlag.READ));
        fails(ErrorCode.NO_ENTRY, () -> openFile("absent/x.txt", open(OpenFlag.CREATE), DescriptorFlag.WRITE));
        created.close();
    }

    @Test
    void openAtTruncates() {
        openFile("input.txt", open(OpenFlag.TRUNCATE), DescriptorFlag.WRITE).close();
        assertEquals("", read(host.resolve("input.txt")));
    }

    @Test
    void openAtDirectories() {
        Descriptor sub = dir.openAt(false, "sub", open(OpenFlag.DIRECTORY), flags(DescriptorFlag.READ));
        assertInstanceOf(DirectoryDescriptor.class, sub);
        assertEquals(Set.of(DescriptorFlag.READ, DescriptorFlag.MUTATE_DIRECTORY), sub.flags());
        assertEquals(DescriptorType.DIRECTORY, sub.type());
        assertInstanceOf(DirectoryDescriptor.class, dir.openAt(false, "sub", open(), flags()), "no `directory` flag needed");
        fails(ErrorCode.NOT_DIRECTORY, () -> dir.openAt(false, "input.txt", open(OpenFlag.DIRECTORY), flags()));
        fails(ErrorCode.IS_DIRECTORY, () -> dir.openAt(false, "sub", open(), flags(DescriptorFlag.WRITE)));
        fails(ErrorCode.INVALID, () -> dir.openAt(false, "sub", open(OpenFlag.DIRECTORY, OpenFlag.CREATE), flags()));
        fails(ErrorCode.INVALID, () -> dir.openAt(false, "input.txt", open(), flags(DescriptorFlag.MUTATE_DIRECTORY)));
    }

    @Test
    void openAtSymlinks() {
        Fs.link(host.resolve("ln"), "input.txt");
        assertEquals("hello", utf8(dir.openAt(true, "ln", open(), flags(DescriptorFlag.READ)).file().read(5, 0).bytes()));
        fails(ErrorCode.LOOP, () -> dir.openAt(false, "ln", open(), flags(DescriptorFlag.READ)), "O_NOFOLLOW");
        fails(ErrorCode.EXIST, () -> dir.openAt(true, "ln", open(OpenFlag.CREATE, OpenFlag.EXCLUSIVE), flags(DescriptorFlag.WRITE)));
    }

    @Test
    void openAtRefusesEscapes() {
        fails(ErrorCode.NOT_PERMITTED, () -> Fs.openRead(dir, "../secret.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> Fs.openRead(dir, "/etc/passwd"));
        fails(ErrorCode.NOT_PERMITTED, () -> Fs.openRead(dir, "sub/../../secret.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> openFile("../created.txt", open(OpenFlag.CREATE), DescriptorFlag.WRITE));
        Fs.link(host.resolve("out"), "../secret.txt");
        fails(ErrorCode.NOT_PERMITTED, () -> dir.openAt(true, "out", open(OpenFlag.TRUNCATE), flags(DescriptorFlag.WRITE)));
        assertEquals("top secret", read(root.resolve("secret.txt")));
        assertFalse(Files.exists(root.resolve("created.txt")));
    }

    @Test
    void readAndWriteAtOffsets() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.READ, DescriptorFlag.WRITE);
        FileDescriptor.ReadResult r = f.read(5, 6);
        assertEquals("world", utf8(r.bytes()));
        assertTrue(r.end());
        assertFalse(f.read(3, 0).end());
        FileDescriptor.ReadResult atEnd = f.read(10, 100);
        assertEquals(0, atEnd.bytes().length);
        assertTrue(atEnd.end());
        assertEquals(5, f.write(utf8("WORLD"), 6));
        assertEquals(2, f.write(utf8("!!"), 11));
        assertEquals("hello WORLD!!", read(host.resolve("input.txt")));
    }

    @Test
    void readAndWriteNeedTheirFlags() {
        FileDescriptor reader = Fs.openRead(dir, "input.txt");
        FileDescriptor writer = openFile("input.txt", open(), DescriptorFlag.WRITE);
        fails(ErrorCode.BAD_DESCRIPTOR, () -> reader.write(utf8("x"), 0));
        fails(ErrorCode.BAD_DESCRIPTOR, () -> reader.setSize(0));
        fails(ErrorCode.BAD_DESCRIPTOR, () -> reader.writeViaStream(0));
        fails(ErrorCode.BAD_DESCRIPTOR, reader::appendViaStream);
        fails(ErrorCode.BAD_DESCRIPTOR, () -> writer.read(1, 0));
        fails(ErrorCode.BAD_DESCRIPTOR, () -> writer.readViaStream(0));
    }

    @Test
    void setSizeTruncatesAndExtends() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.WRITE);
        f.setSize(5);
        assertEquals("hello", read(host.resolve("input.txt")));
        f.setSize(8);
        assertArrayEquals(new byte[] {'h', 'e', 'l', 'l', 'o', 0, 0, 0}, Fs.utf8(read(host.resolve("input.txt"))));
        assertEquals(8, f.stat().size());
    }

    @Test
    void readViaStreamReadsToTheEndThenIsClosed() {
        HostInputStream in = Fs.openRead(dir, "input.txt").readViaStream(6);
        assertEquals("wor", utf8(in.read(3)));
        assertEquals("ld", utf8(in.blockingRead(100)));
        assertThrows(StreamException.Closed.class, () -> in.read(1));
        assertTrue(in.subscribe().ready());
        in.close();
    }

    @Test
    void writeAndAppendViaStream() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.WRITE);
        HostOutputStream at = f.writeViaStream(6);
        assertTrue(at.checkWrite() > 0);
        at.write(utf8("W"));
        at.write(utf8("O"));
        at.flush();
        HostOutputStream append = f.appendViaStream();
        append.write(utf8("!"));
        append.blockingFlush();
        assertEquals("hello WOrld!", read(host.resolve("input.txt")));
        at.close();
        append.close();
    }

    @Test
    void streamsOutliveTheirDescriptor() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.READ);
        HostInputStream in = f.readViaStream(0);
        f.close();
        assertEquals("hello", utf8(in.read(5)), "the stream keeps the file open");
        in.close();
        fails(ErrorCode.BAD_DESCRIPTOR, () -> f.readViaStream(0), "the last user closed it");
    }

    @Test
    void aFailedStreamCarriesTheFilesystemErrorCode() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.WRITE);
        HostOutputStream out = f.writeViaStream(Long.MAX_VALUE - 1);
        StreamException.Failed e = assertThrows(StreamException.Failed.class, () -> out.write(utf8("xyz")));
        assertTrue(Set.of(ErrorCode.FILE_TOO_LARGE, ErrorCode.INVALID).contains(e.error().code().orElseThrow()),
                "EFBIG or EINVAL, as the file system says: " + e.error().debugMessage());
        SharedChannel closed = new SharedChannel(Io.call(() -> FileChannel.open(host.resolve("input.txt"), StandardOpenOption.WRITE)));
        Io.run(() -> closed.channel().close());
        StreamException.Failed bad = assertThrows(StreamException.Failed.class,
                () -> new FileStreams.Writer(closed, Optional.of(0L)).write(utf8("x")));
        assertEquals(Optional.of(ErrorCode.BAD_DESCRIPTOR), bad.error().code());
    }

    @Test
    void typeFlagsAndStat() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.READ, DescriptorFlag.DATA_INTEGRITY_SYNC);
        assertEquals(DescriptorType.REGULAR_FILE, f.type());
        assertEquals(Set.of(DescriptorFlag.READ, DescriptorFlag.DATA_INTEGRITY_SYNC), f.flags());
        Metadata.Stat s = f.stat();
        assertEquals(11, s.size());
        assertEquals(1, s.linkCount());
        assertTrue(s.statusChanged().isPresent());
    }

    @Test
    void statOfAFileRemovedWhileOpen() {
        FileDescriptor f = Fs.openRead(dir, "input.txt");
        dir.unlinkFileAt("input.txt");
        assertEquals(11, f.stat().size());
        assertEquals(0, f.stat().linkCount());
        assertEquals("hello", utf8(f.read(5, 0).bytes()));
    }

    @Test
    void setTimesOfADescriptor() {
        FileDescriptor f = Fs.openRead(dir, "input.txt");
        FileTime accessed = FileTime.from(Instant.parse("2001-02-03T04:05:06.789Z"));
        FileTime modified = FileTime.from(Instant.parse("2011-02-03T04:05:06Z"));
        f.setTimes(accessed, modified);
        assertEquals(Optional.of(modified.toInstant()), f.stat().modified());
        assertEquals(Optional.of(accessed.toInstant()), f.stat().accessed());
        f.setTimes(null, null);
        assertEquals(Optional.of(modified.toInstant()), f.stat().modified(), "no-change");
    }

    @Test
    void isSameObjectAndMetadataHash() {
        FileDescriptor a = Fs.openRead(dir, "input.txt");
        FileDescriptor b = Fs.openRead(dir, "sub/../input.txt");
        FileDescriptor c = Fs.openRead(dir, "sub/inner.txt");
        assertTrue(a.isSameObject(b));
        assertFalse(a.isSameObject(c));
        assertEquals(a.metadataHash(), b.metadataHash());
        assertEquals(a.metadataHash(), dir.metadataHashAt(false, "input.txt"));
        assertFalse(a.metadataHash().equals(c.metadataHash()));
    }

    @Test
    void adviseSyncAndSyncData() {
        FileDescriptor f = openFile("input.txt", open(), DescriptorFlag.WRITE);
        f.advise(0, 5);
        fails(ErrorCode.BAD_DESCRIPTOR, () -> dir.file().advise(0, 1), "a directory is no file");
        f.write(utf8("J"), 0);
        f.sync(true);
        f.sync(false);
        assertEquals("jello world".replace('j', 'J'), read(host.resolve("input.txt")));
    }
}
