package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code stat}, {@code stat-at}, {@code metadata-hash} and {@code set-times} read and write:
 * the attributes of a host path. On Unix the {@code unix:} attribute view gives the link count, the
 * status-change time, the file type bits and the device and inode that identify an object; elsewhere
 * the basic view stands in (link count 1, no status-change time, identity by the file key).
 */
final class Metadata {
    private static final String UNIX = "unix:mode,ino,dev,nlink,size,lastAccessTime,lastModifiedTime,ctime";
    /** Keys the metadata hash, so that guests cannot read raw inode numbers from it (as Wasmtime does). */
    private static final long KEY = new SecureRandom().nextLong();

    private Metadata() {}

    /** {@code descriptor-stat}. */
    record Stat(DescriptorType type, long linkCount, long size, Optional<Instant> accessed, Optional<Instant> modified,
                Optional<Instant> statusChanged) {
        Stat {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code metadata-hash-value}: 128 bits identifying a file system object within this process. */
    record Hash(long lower, long upper) {}

    /** The stat of {@code path}, following a symbolic link there if {@code follow}. */
    static Stat stat(Path path, boolean follow) {
        Map<String, Object> unix = unixAttributes(path, follow);
        if (unix != null) return unixStat(unix);
        BasicFileAttributes a = Io.call(() -> Files.readAttributes(path, BasicFileAttributes.class, options(follow)));
        return new Stat(type(a), 1, a.size(), instant(a.lastAccessTime()), instant(a.lastModifiedTime()), Optional.empty());
    }

    /** The type of the object at {@code path}, not following a symbolic link there. */
    static DescriptorType type(Path path) {
        Map<String, Object> unix = unixAttributes(path, false);
        if (unix != null) return type(((Number) unix.get("mode")).intValue());
        return type(Io.call(() -> Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
    }

    /** The metadata hash of {@code path}: equal for two paths exactly when they name the same object. */
    static Hash hash(Path path, boolean follow) {
        Map<String, Object> unix = unixAttributes(path, follow);
        if (unix != null) return hash(((Number) unix.get("dev")).longValue(), ((Number) unix.get("ino")).longValue());
        BasicFileAttributes a = Io.call(() -> Files.readAttributes(path, BasicFileAttributes.class, options(follow)));
        Object key = a.fileKey();
        return hash(key == null ? path.toAbsolutePath().normalize().hashCode() : key.hashCode(), 0);
    }

    /** Sets the access and modification times of {@code path}; a null time stays as it is. */
    static void setTimes(Path path, boolean follow, FileTime accessed, FileTime modified) {
        if (accessed == null && modified == null) {
            Io.call(() -> Files.readAttributes(path, BasicFileAttributes.class, options(follow)));
            return;
        }
        BasicFileAttributeView view = Files.getFileAttributeView(path, BasicFileAttributeView.class, options(follow));
        Io.run(() -> view.setTimes(modified, accessed, null));
    }

    static DescriptorType type(BasicFileAttributes a) {
        if (a.isSymbolicLink()) return DescriptorType.SYMBOLIC_LINK;
        if (a.isDirectory()) return DescriptorType.DIRECTORY;
        if (a.isRegularFile()) return DescriptorType.REGULAR_FILE;
        return DescriptorType.UNKNOWN;
    }

    /** The type from the {@code S_IFMT} bits of a Unix mode. */
    static DescriptorType type(int mode) {
        return switch (mode & 0170000) {
            case 0140000 -> DescriptorType.SOCKET;
            case 0120000 -> DescriptorType.SYMBOLIC_LINK;
            case 0100000 -> DescriptorType.REGULAR_FILE;
            case 0060000 -> DescriptorType.BLOCK_DEVICE;
            case 0040000 -> DescriptorType.DIRECTORY;
            case 0020000 -> DescriptorType.CHARACTER_DEVICE;
            case 0010000 -> DescriptorType.FIFO;
            default -> DescriptorType.UNKNOWN;
        };
    }

    /** A time as a WASI {@code datetime} can hold it: none before the epoch. */
    static Optional<Instant> instant(FileTime time) {
        if (time == null) return Optional.empty();
        Instant i = time.toInstant();
        return i.isBefore(Instant.EPOCH) ? Optional.empty() : Optional.of(i);
    }

    private static Stat unixStat(Map<String, Object> a) {
        return new Stat(type(((Number) a.get("mode")).intValue()), ((Number) a.get("nlink")).longValue(),
                ((Number) a.get("size")).longValue(), instant((FileTime) a.get("lastAccessTime")),
                instant((FileTime) a.get("lastModifiedTime")), instant((FileTime) a.get("ctime")));
    }

    /** The {@code unix:} attributes, or null where that view does not exist. */
    private static Map<String, Object> unixAttributes(Path path, boolean follow) {
        try {
            return Files.readAttributes(path, UNIX, options(follow));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        } catch (IOException e) {
            throw ErrorCodes.exception(e);
        }
    }

    private static Hash hash(long device, long inode) {
        return new Hash(mix(device * 0x9E3779B97F4A7C15L ^ inode ^ KEY), mix(inode * 0xC2B2AE3D27D4EB4FL ^ device ^ ~KEY));
    }

    /** SplitMix64's finalizer: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static LinkOption[] options(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }
}
