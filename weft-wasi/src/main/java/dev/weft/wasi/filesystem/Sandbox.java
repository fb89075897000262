package dev.weft.wasi.filesystem;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Path resolution inside one directory descriptor: the WASI sandbox. A guest path is resolved
 * component by component against the descriptor's host directory (the sandbox root), never by the
 * operating system: {@code .} stays, {@code ..} goes up but never above the root, and every symbolic
 * link met on the way is read (without following it) and its target spliced into the walk, so that a
 * link can lead only where the same path written out could. The result is a host path whose
 * directories are all real directories inside the root; only its last component may still be a
 * symbolic link (when the caller asked not to follow it).
 *
 * <p>Refused, as <a href="https://github.com/WebAssembly/wasi-filesystem/blob/main/path-resolution.md">
 * WASI path resolution</a> says, with {@code not-permitted}: an absolute path, a {@code ..} that would
 * leave the root, a symbolic link whose target is absolute or climbs out of the root. More than
 * {@value #MAX_SYMLINKS} links in one resolution is a {@code loop}; a missing directory on the way is
 * {@code no-entry}, a file used as one {@code not-directory}.
 *
 * <p>The root is a host path, not an open directory handle (Java has no {@code openat}): a host
 * process replacing a directory of the tree with a symbolic link between the check and the use could
 * still redirect one operation. The guest itself cannot: its operations run one at a time.
 */
final class Sandbox {
    /** Symbolic links followed in one resolution before giving up with {@code loop} (Linux's MAXSYMLINKS). */
    static final int MAX_SYMLINKS = 40;
    /** The longest path accepted, in UTF-16 units (Linux's PATH_MAX). */
    static final int MAX_PATH = 4096;

    private final Path root;

    /** @param root an absolute host directory without symbolic links ({@link Path#toRealPath}) */
    Sandbox(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    Path root() {
        return root;
    }

    /**
     * Where {@code path} leads.
     *
     * @param path the guest's path, relative to the root
     * @param followLast whether a symbolic link as the last component is followed (a trailing
     *        {@code /} follows it always, as in POSIX)
     * @throws FilesystemException with the WASI code if the path is invalid or escapes
     */
    Target resolve(String path, boolean followLast) {
        check(path);
        boolean directorySyntax = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..")
                || path.equals(".") || path.equals("..");
        Walk walk = new Walk(path, followLast || directorySyntax);
        walk.run();
        Target target = new Target(walk.here(), walk.named, directorySyntax);
        if (directorySyntax) requireDirectoryIfPresent(target);
        return target;
    }

    /** The outcome of {@link #resolve}. */
    record Target(Path path, boolean named, boolean directorySyntax) {
        /**
         * @param path the host path, inside the root
         * @param named whether the path ends in a name (else it ended in {@code .} or {@code ..}, or
         *        is the root itself: there is no entry of a parent to create, remove or rename)
         * @param directorySyntax whether the path ends in {@code /}, {@code .} or {@code ..}: it must
         *        name a directory
         */
        Target {
            Objects.requireNonNull(path, "path");
        }

        /** The attributes of the entry itself (not following a link), or empty if there is none. */
        Optional<BasicFileAttributes> attributes() {
            return Io.lstat(path);
        }

        boolean exists() {
            return attributes().isPresent();
        }
    }

    private static void check(String path) {
        if (path.isEmpty()) throw ErrorCode.NO_ENTRY.error("empty path");
        if (path.startsWith("/")) throw ErrorCode.NOT_PERMITTED.error("absolute path `" + path + "`: paths are relative to a descriptor");
        if (path.indexOf('\0') >= 0) throw ErrorCode.INVALID.error("path holds a NUL character");
        if (path.length() > MAX_PATH) throw ErrorCode.NAME_TOO_LONG.error("path longer than " + MAX_PATH);
    }

    private static void requireDirectoryIfPresent(Target target) {
        if (Files.exists(target.path()) && !Files.isDirectory(target.path())) {
            throw ErrorCode.NOT_DIRECTORY.error("`" + target.path().getFileName() + "` is not a directory");
        }
    }

    /** One resolution: the components still to walk, and the directories walked so far below the root. */
    private final class Walk {
        private final String original;
        private final boolean followLast;
        private final Deque<String> pending = new ArrayDeque<>();
        private final Deque<String> done = new ArrayDeque<>();
        private int links;
        private boolean named;

        Walk(String original, boolean followLast) {
            this.original = original;
            this.followLast = followLast;
            pushFront(original);
        }

        void run() {
            while (!pending.isEmpty()) {
                String component = pending.pop();
                switch (component) {
                    case "." -> named = false;
                    case ".." -> up();
                    default -> step(component, pending.isEmpty());
                }
            }
        }

        Path here() {
            Path p = root;
            for (String c : done) p = p.resolve(c);
            return p;
        }

        private void up() {
            if (done.isEmpty()) {
                throw ErrorCode.NOT_PERMITTED.error("`" + original + "` leads out of the directory");
            }
            done.removeLast();
            named = false;
        }

        private void step(String component, boolean last) {
            checkComponent(component);
            Path p = here().resolve(component);
            Optional<BasicFileAttributes> attributes = Io.lstat(p);
            if (attributes.isPresent() && attributes.get().isSymbolicLink() && (!last || followLast)) {
                follow(p);
                return;
            }
            if (!last && attributes.isEmpty()) {
                throw ErrorCode.NO_ENTRY.error("no directory `" + component + "` on the way to `" + original + "`");
            }
            if (!last && !attributes.get().isDirectory()) {
                throw ErrorCode.NOT_DIRECTORY.error("`" + component + "` on the way to `" + original + "` is not a directory");
            }
            done.addLast(component);
            named = true;
        }

        /** Splices the target of the link at {@code link} into the walk, relative to the link's directory. */
        private void follow(Path link) {
            if (++links > MAX_SYMLINKS) {
                throw ErrorCode.LOOP.error("more than " + MAX_SYMLINKS + " symbolic links resolving `" + original + "`");
            }
            String target = Io.call(() -> Files.readSymbolicLink(link)).toString();
            if (target.isEmpty()) throw ErrorCode.NO_ENTRY.error("empty symbolic link `" + link.getFileName() + "`");
            if (target.startsWith("/") || Path.of(target).isAbsolute()) {
                throw ErrorCode.NOT_PERMITTED.error("symbolic link `" + link.getFileName() + "` points to the absolute path `"
                        + target + "`, outside the directory");
            }
            pushFront(target);
        }

        /** Puts the components of {@code path} before the pending ones, in order; empty ones ({@code a//b}) drop out. */
        private void pushFront(String path) {
            String[] parts = path.split("/");
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].isEmpty()) pending.push(parts[i]);
            }
        }
    }

    /** On a file system whose separator is not {@code /}, a component holding it (or a drive colon) could jump. */
    private static void checkComponent(String component) {
        if (File.separatorChar != '/' && (component.indexOf(File.separatorChar) >= 0 || component.indexOf(':') >= 0)) {
            throw ErrorCode.INVALID.error("`" + component + "` holds a host path separator");
        }
    }
}
