package dev.weft.wasi.filesystem;

import static dev.weft.wasi.filesystem.Fs.fails;
import static dev.weft.wasi.filesystem.Fs.link;
import static dev.weft.wasi.filesystem.Fs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path resolution inside a directory: what stays inside resolves, every way out is refused. */
class SandboxTest {
    @TempDir
    Path root;
    Path dir;
    Sandbox sandbox;

    @BeforeEach
    void setUp() {
        dir = Fs.sandbox(root);
        write(dir.resolve("a/b/file.txt"), "x");
        sandbox = new Sandbox(dir);
    }

    @Test
    void plainPathsResolveBelowTheRoot() {
        assertEquals(dir.resolve("a/b/file.txt"), sandbox.resolve("a/b/file.txt", true).path());
        assertEquals(dir.resolve("a/b/file.txt"), sandbox.resolve("./a//b/./file.txt", true).path());
        assertEquals(dir.resolve("new.txt"), sandbox.resolve("new.txt", false).path(), "a missing last component resolves");
        assertTrue(sandbox.resolve("a/b", false).named());
    }

    @Test
    void dotDotInsideTheRootIsAllowed() {
        assertEquals(dir.resolve("a/file.txt"), sandbox.resolve("a/b/../file.txt", false).path());
        Sandbox.Target rootItself = sandbox.resolve("a/..", false);
        assertEquals(dir, rootItself.path());
        assertFalse(rootItself.named(), "`a/..` names no entry");
        assertFalse(sandbox.resolve(".", false).named());
    }

    @Test
    void escapesWithDotDotAreNotPermitted() {
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("..", false));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("../secret.txt", true));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("a/../../secret.txt", true));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("a/b/../../../sandbox/a", true));
    }

    @Test
    void absolutePathsAreNotPermitted() {
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("/etc/passwd", true));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("/", true));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve(dir.resolve("a").toString(), true),
                "not even the host path of the sandbox itself");
    }

    @Test
    void aSymlinkToAnAbsolutePathIsNotPermitted() {
        link(dir.resolve("passwd"), "/etc/passwd");
        link(dir.resolve("inside"), dir.resolve("a").toString());
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("passwd", true));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("inside/b", true),
                "absolute even when it points inside: the guest cannot know host paths");
    }

    @Test
    void aRelativeSymlinkClimbingOutIsNotPermitted() {
        link(dir.resolve("a/up"), "../../secret.txt");
        link(dir.resolve("out"), "..");
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("a/up", true));
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("out/secret.txt", false), "an intermediate link is always followed");
    }

    @Test
    void aSymlinkChainLeavingTheRootIsNotPermitted() {
        link(dir.resolve("l1"), "a/l2");
        link(dir.resolve("a/l2"), "b/l3");
        link(dir.resolve("a/b/l3"), "../../../secret.txt");
        fails(ErrorCode.NOT_PERMITTED, () -> sandbox.resolve("l1", true));
    }

    @Test
    void symlinksInsideTheRootAreFollowed() {
        link(dir.resolve("l1"), "a/l2");
        link(dir.resolve("a/l2"), "b");
        link(dir.resolve("a/b/self"), "../b/file.txt");
        assertEquals(dir.resolve("a/b/file.txt"), sandbox.resolve("l1/file.txt", false).path());
        assertEquals(dir.resolve("a/b/file.txt"), sandbox.resolve("a/b/self", true).path());
        assertEquals(dir.resolve("a/b/self"), sandbox.resolve("a/b/self", false).path(), "the last link itself, unfollowed");
        assertEquals(dir.resolve("a/b"), sandbox.resolve("l1/", false).path(), "a trailing slash follows");
    }

    @Test
    void symlinkLoopsAreLoop() {
        link(dir.resolve("ping"), "pong");
        link(dir.resolve("pong"), "ping");
        link(dir.resolve("me"), "me/x");
        fails(ErrorCode.LOOP, () -> sandbox.resolve("ping", true));
        fails(ErrorCode.LOOP, () -> sandbox.resolve("ping/x", false));
        fails(ErrorCode.LOOP, () -> sandbox.resolve("me", true));
    }

    @Test
    void brokenPathsHaveTheirCodes() {
        fails(ErrorCode.NO_ENTRY, () -> sandbox.resolve("", true));
        fails(ErrorCode.NO_ENTRY, () -> sandbox.resolve("missing/x", true));
        fails(ErrorCode.NOT_DIRECTORY, () -> sandbox.resolve("a/b/file.txt/x", true));
        fails(ErrorCode.NOT_DIRECTORY, () -> sandbox.resolve("a/b/file.txt/", true));
        fails(ErrorCode.INVALID, () -> sandbox.resolve("a\0b", true));
        fails(ErrorCode.NAME_TOO_LONG, () -> sandbox.resolve("a/".repeat(Sandbox.MAX_PATH), true));
    }
}
