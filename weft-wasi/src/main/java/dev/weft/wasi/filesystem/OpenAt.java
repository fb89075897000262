package dev.weft.wasi.filesystem;

import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code open-at}: resolves the path in the directory's sandbox, then opens a directory descriptor
 * or a file with the requested flags. Following Wasmtime: {@code directory} with
 * {@code create}/{@code exclusive}/{@code truncate} is {@code invalid}; a file opened with
 * neither {@code read} nor {@code write} is opened for reading (as POSIX's {@code O_RDONLY}), and
 * {@code create} or {@code truncate} do not by themselves make the descriptor writable. A symbolic link as the last component without {@code symlink-follow} is
 * {@code loop} (POSIX's {@code O_NOFOLLOW}). Files are always opened {@code NOFOLLOW_LINKS}: the
 * sandbox has already resolved every link that may be followed.
 */
final class OpenAt {
    private final DirectoryDescriptor directory;
    private final Set<OpenFlag> openFlags;
    private final Set<DescriptorFlag> flags;

    OpenAt(DirectoryDescriptor directory, Set<OpenFlag> openFlags, Set<DescriptorFlag> flags) {
        this.directory = directory;
        this.openFlags = openFlags.isEmpty() ? EnumSet.noneOf(OpenFlag.class) : EnumSet.copyOf(openFlags);
        this.flags = flags.isEmpty() ? EnumSet.noneOf(DescriptorFlag.class) : EnumSet.copyOf(flags);
    }

    Descriptor open(String path, boolean follow) {
        checkFlags();
        boolean exclusiveCreate = has(OpenFlag.CREATE) && has(OpenFlag.EXCLUSIVE);
        Sandbox.Target t = directory.sandbox().resolve(path, follow && !exclusiveCreate);
        Optional<BasicFileAttributes> attributes = t.attributes();
        if (attributes.isEmpty()) return create(t, path);
        if (exclusiveCreate) throw ErrorCode.EXIST.error("`" + path + "` exists");
        BasicFileAttributes a = attributes.get();
        if (a.isSymbolicLink()) throw ErrorCode.LOOP.error("`" + path + "` is a symbolic link and symlink-follow is not set");
        return a.isDirectory() ? openDirectory(t, path) : openFile(t, path);
    }

    private void checkFlags() {
        if (has(OpenFlag.DIRECTORY) && (has(OpenFlag.CREATE) || has(OpenFlag.EXCLUSIVE) || has(OpenFlag.TRUNCATE))) {
            throw ErrorCode.INVALID.error("open-flags `directory` with `create`, `exclusive` or `truncate`");
        }
        if (flags.contains(DescriptorFlag.MUTATE_DIRECTORY) && flags.contains(DescriptorFlag.WRITE)) {
            throw ErrorCode.INVALID.error("descriptor-flags `write` with `mutate-directory`");
        }
    }

    private Descriptor openDirectory(Sandbox.Target t, String path) {
        if (flags.contains(DescriptorFlag.WRITE) || has(OpenFlag.TRUNCATE)) {
            throw ErrorCode.IS_DIRECTORY.error("`" + path + "` is a directory");
        }
        if (flags.contains(DescriptorFlag.MUTATE_DIRECTORY)) directory.requireMutable("open for changes");
        return new DirectoryDescriptor(t.path(), directory.mutable());
    }

    private Descriptor openFile(Sandbox.Target t, String path) {
        if (has(OpenFlag.DIRECTORY) || t.directorySyntax()) throw ErrorCode.NOT_DIRECTORY.error("`" + path + "` is not a directory");
        if (flags.contains(DescriptorFlag.MUTATE_DIRECTORY)) {
            throw ErrorCode.INVALID.error("`mutate-directory` on the file `" + path + "`");
        }
        if (flags.contains(DescriptorFlag.WRITE) || has(OpenFlag.TRUNCATE)) directory.requireMutable("open for writing");
        Set<DescriptorFlag> mode = mode();
        return channel(t.path(), mode, options(mode, false));
    }

    private Descriptor create(Sandbox.Target t, String path) {
        if (!has(OpenFlag.CREATE)) throw ErrorCode.NO_ENTRY.error("no `" + path + "`");
        if (t.directorySyntax() || !t.named()) throw ErrorCode.IS_DIRECTORY.error("cannot create the file `" + path + "`");
        directory.requireMutable("create a file in");
        Set<DescriptorFlag> mode = mode();
        return channel(t.path(), mode, options(mode, true));
    }

    /** The flags the file descriptor gets: those asked for, and {@code read} unless only {@code write} was. */
    private Set<DescriptorFlag> mode() {
        Set<DescriptorFlag> mode = EnumSet.copyOf(flags);
        if (!mode.contains(DescriptorFlag.WRITE)) mode.add(DescriptorFlag.READ);
        return mode;
    }

    private Set<OpenOption> options(Set<DescriptorFlag> mode, boolean creating) {
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        if (mode.contains(DescriptorFlag.READ)) options.add(StandardOpenOption.READ);
        if (mode.contains(DescriptorFlag.WRITE) || creating || has(OpenFlag.TRUNCATE)) {
            options.add(StandardOpenOption.WRITE);         // Java creates and truncates only when writing
        }
        if (has(OpenFlag.TRUNCATE)) options.add(StandardOpenOption.TRUNCATE_EXISTING);
        if (creating) options.add(has(OpenFlag.EXCLUSIVE) ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (mode.contains(DescriptorFlag.FILE_INTEGRITY_SYNC)) options.add(StandardOpenOption.SYNC);
        if (mode.contains(DescriptorFlag.DATA_INTEGRITY_SYNC) || mode.contains(DescriptorFlag.REQUESTED_WRITE_SYNC)) {
            options.add(StandardOpenOption.DSYNC);
        }
        return options;
    }

    private Descriptor channel(Path path, Set<DescriptorFlag> mode, Set<OpenOption> options) {
        FileChannel channel = Io.call(() -> FileChannel.open(path, options));
        try {
            return new FileDescriptor(path, directory.mutable(), channel, mode, Metadata.type(path));
        } catch (RuntimeException e) {
            Io.run(channel::close);
            throw e;
        }
    }

    private boolean has(OpenFlag flag) {
        return openFlags.contains(flag);
    }
}
