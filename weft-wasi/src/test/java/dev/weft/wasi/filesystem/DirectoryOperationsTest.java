package dev.weft.wasi.filesystem;

import static dev.weft.wasi.filesystem.Fs.fails;
import static dev.weft.wasi.filesystem.Fs.link;
import static dev.weft.wasi.filesystem.Fs.read;
import static dev.weft.wasi.filesystem.Fs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code *-at} methods of a directory descriptor on a temporary tree, and the escapes they refuse. */
class DirectoryOperationsTest {
    @TempDir
    Path root;
    Path host;
    DirectoryDescriptor dir;

    @BeforeEach
    void setUp() {
        host = Fs.sandbox(root);
        write(host.resolve("input.txt"), "hello");
        write(host.resolve("sub/inner.txt"), "inner");
        dir = Fs.preopen(host, false);
    }

    @Test
    void createDirectoryAt() {
        dir.createDirectoryAt("made");
        assertTrue(Files.isDirectory(host.resolve("made")));
        fails(ErrorCode.EXIST, () -> dir.createDirectoryAt("made"));
        fails(ErrorCode.EXIST, () -> dir.createDirectoryAt("."));
        fails(ErrorCode.NO_ENTRY, () -> dir.createDirectoryAt("missing/made"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.createDirectoryAt("../escaped"));
        assertFalse(Files.exists(root.resolve("escaped")));
    }

    @Test
    void statAtFollowsOrNotAsAsked() {
        link(host.resolve("ln"), "input.txt");
        Metadata.Stat file = dir.statAt(true, "ln");
        assertEquals(DescriptorType.REGULAR_FILE, file.type());
        assertEquals(5, file.size());
        assertTrue(file.modified().isPresent());
        assertEquals(DescriptorType.SYMBOLIC_LINK, dir.statAt(false, "ln").type());
        assertEquals(DescriptorType.DIRECTORY, dir.statAt(false, "sub").type());
        assertEquals(1, dir.statAt(false, "input.txt").linkCount());
        fails(ErrorCode.NO_ENTRY, () -> dir.statAt(false, "missing"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.statAt(true, "../secret.txt"));
    }

    @Test
    void setTimesAt() {
        FileTime when = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        dir.setTimesAt(true, "input.txt", null, when);
        assertEquals(Optional.of(when.toInstant()), dir.statAt(false, "input.txt").modified());
        fails(ErrorCode.NO_ENTRY, () -> dir.setTimesAt(true, "missing", null, when));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.setTimesAt(true, "../secret.txt", null, when));
    }

    @Test
    void linkAt() {
        dir.linkAt(false, "input.txt", dir, "hard.txt");
        assertEquals("hello", read(host.resolve("hard.txt")));
        assertEquals(2, dir.statAt(false, "input.txt").linkCount());
        fails(ErrorCode.EXIST, () -> dir.linkAt(false, "input.txt", dir, "hard.txt"));
        fails(ErrorCode.NO_ENTRY, () -> dir.linkAt(false, "missing", dir, "x"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.linkAt(false, "sub", dir, "dirlink"), "no hard links to directories");
    }

    @Test
    void linkAtRefusesEitherSideOutside() {
        fails(ErrorCode.NOT_PERMITTED, () -> dir.linkAt(false, "input.txt", dir, "../stolen.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.linkAt(false, "../secret.txt", dir, "secret.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.linkAt(false, "/etc/passwd", dir, "passwd"));
        assertFalse(Files.exists(root.resolve("stolen.txt")));
        assertFalse(Files.exists(host.resolve("secret.txt")));
    }

    @Test
    void readlinkAt() {
        link(host.resolve("ln"), "sub/inner.txt");
        link(host.resolve("out"), "../secret.txt");
        assertEquals("sub/inner.txt", dir.readlinkAt("ln"));
        assertEquals("../secret.txt", dir.readlinkAt("out"), "reading a link's text is not following it");
        fails(ErrorCode.INVALID, () -> dir.readlinkAt("input.txt"));
        fails(ErrorCode.NO_ENTRY, () -> dir.readlinkAt("missing"));
    }

    @Test
    void removeDirectoryAt() {
        dir.createDirectoryAt("empty");
        dir.removeDirectoryAt("empty");
        assertFalse(Files.exists(host.resolve("empty")));
        fails(ErrorCode.NOT_EMPTY, () -> dir.removeDirectoryAt("sub"));
        fails(ErrorCode.NOT_DIRECTORY, () -> dir.removeDirectoryAt("input.txt"));
        fails(ErrorCode.NO_ENTRY, () -> dir.removeDirectoryAt("missing"));
        fails(ErrorCode.INVALID, () -> dir.removeDirectoryAt("."), "never the descriptor's own directory");
        fails(ErrorCode.INVALID, () -> dir.removeDirectoryAt("sub/.."));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.removeDirectoryAt("../sandbox"));
        assertTrue(Files.isDirectory(host));
    }

    @Test
    void renameAt() {
        dir.renameAt("input.txt", dir, "sub/moved.txt");
        assertEquals("hello", read(host.resolve("sub/moved.txt")));
        assertFalse(Files.exists(host.resolve("input.txt")));
        dir.renameAt("sub/moved.txt", dir, "sub/inner.txt");
        assertEquals("hello", read(host.resolve("sub/inner.txt")), "the target is replaced");
        fails(ErrorCode.NO_ENTRY, () -> dir.renameAt("missing", dir, "x"));
        fails(ErrorCode.INVALID, () -> dir.renameAt(".", dir, "x"));
    }

    @Test
    void renameAtRefusesTargetsOutside() {
        fails(ErrorCode.NOT_PERMITTED, () -> dir.renameAt("input.txt", dir, "../input.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.renameAt("input.txt", dir, "sub/../../input.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.renameAt("../secret.txt", dir, "secret.txt"));
        link(host.resolve("up"), "..");
        fails(ErrorCode.NOT_PERMITTED, () -> dir.renameAt("input.txt", dir, "up/input.txt"));
        assertTrue(Files.exists(host.resolve("input.txt")));
        assertEquals("top secret", read(root.resolve("secret.txt")));
    }

    @Test
    void renameAtAcrossDescriptors() {
        DirectoryDescriptor sub = dir.openAt(false, "sub", Fs.open(OpenFlag.DIRECTORY), Fs.flags()).directory();
        dir.renameAt("input.txt", sub, "from-parent.txt");
        assertEquals("hello", read(host.resolve("sub/from-parent.txt")));
        fails(ErrorCode.NOT_PERMITTED, () -> sub.renameAt("from-parent.txt", dir, "../x"));
        fails(ErrorCode.NOT_PERMITTED, () -> sub.renameAt("../sub/inner.txt", dir, "x"), "`..` leaves `sub`, its own sandbox");
    }

    @Test
    void symlinkAt() {
        dir.symlinkAt("sub/inner.txt", "ln");
        assertEquals(Path.of("sub/inner.txt"), readLink(host.resolve("ln")));
        assertEquals("inner", Fs.utf8(Fs.openRead(dir, "ln").read(100, 0).bytes()));
        fails(ErrorCode.EXIST, () -> dir.symlinkAt("x", "ln"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.symlinkAt("/etc/passwd", "abs"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.symlinkAt("x", "../ln"));
        assertFalse(Files.exists(host.resolve("abs"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSymlinkMadeToLeadOutsideCannotBeFollowed() {
        dir.symlinkAt("../secret.txt", "escape");
        dir.symlinkAt("sub/../..", "up");
        fails(ErrorCode.NOT_PERMITTED, () -> Fs.openRead(dir, "escape"));
        fails(ErrorCode.NOT_PERMITTED, () -> Fs.openRead(dir, "up/secret.txt"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.statAt(true, "escape"));
        assertEquals(DescriptorType.SYMBOLIC_LINK, dir.statAt(false, "escape").type(), "the link itself is inside");
    }

    @Test
    void unlinkFileAt() {
        link(host.resolve("dangling"), "nowhere");
        dir.unlinkFileAt("input.txt");
        dir.unlinkFileAt("dangling");
        assertFalse(Files.exists(host.resolve("input.txt")));
        assertFalse(Files.exists(host.resolve("dangling"), LinkOption.NOFOLLOW_LINKS));
        fails(ErrorCode.IS_DIRECTORY, () -> dir.unlinkFileAt("sub"));
        fails(ErrorCode.IS_DIRECTORY, () -> dir.unlinkFileAt("."));
        fails(ErrorCode.NO_ENTRY, () -> dir.unlinkFileAt("input.txt"));
        fails(ErrorCode.NOT_DIRECTORY, () -> dir.unlinkFileAt("sub/inner.txt/"));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.unlinkFileAt("../secret.txt"));
        assertTrue(Files.exists(root.resolve("secret.txt")));
    }

    @Test
    void unlinkingALinkRemovesTheLinkNotItsTarget() {
        link(host.resolve("ln"), "sub/inner.txt");
        dir.unlinkFileAt("ln");
        assertTrue(Files.exists(host.resolve("sub/inner.txt")));
    }

    @Test
    void readDirectoryListsEntriesWithTheirTypes() {
        link(host.resolve("ln"), "input.txt");
        List<String> seen = new ArrayList<>();
        try (DirectoryEntries entries = dir.readDirectory()) {
            for (Optional<DirectoryEntries.Entry> e = entries.next(); e.isPresent(); e = entries.next()) {
                seen.add(e.get().name() + ":" + e.get().type().witName());
            }
            assertEquals(Optional.empty(), entries.next(), "the end stays the end");
        }
        seen.sort(null);
        assertEquals(List.of("input.txt:regular-file", "ln:symbolic-link", "sub:directory"), seen);
    }

    @Test
    void metadataHashAtIdentifiesObjects() {
        link(host.resolve("ln"), "input.txt");
        assertEquals(dir.metadataHashAt(false, "input.txt"), dir.metadataHashAt(true, "ln"));
        assertNotEquals(dir.metadataHashAt(false, "input.txt"), dir.metadataHashAt(false, "ln"));
        assertNotEquals(dir.metadataHashAt(false, "input.txt"), dir.metadataHashAt(false, "sub"));
        assertEquals(dir.metadataHash(), dir.metadataHashAt(false, "."));
        fails(ErrorCode.NOT_PERMITTED, () -> dir.metadataHashAt(false, "../secret.txt"));
    }

    @Test
    void fileDescriptorsAreNotDirectories() {
        FileDescriptor file = Fs.openRead(dir, "input.txt");
        fails(ErrorCode.NOT_DIRECTORY, file::directory);
        fails(ErrorCode.BAD_DESCRIPTOR, dir::file);
    }

    @Test
    void syncOfADirectory() {
        dir.sync(false);
        dir.sync(true);
    }

    private static Path readLink(Path p) {
        try {
            return Files.readSymbolicLink(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
