package dev.weft.runtime.cache;

import dev.weft.engine.ModuleCache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ModuleCache} in a directory: one file per module, named after the SHA-256 of its key,
 * under a subdirectory per {@link EngineVersion}. Each file is {@code WEFTMOD} + format byte, the
 * SHA-256 of the key and the payload, then the payload; a file that does not check out (truncated,
 * edited, or moved to another key's name) is deleted and reads as absent. Writers write a temporary file and move it into place atomically, so
 * concurrent processes never see half an entry. A cache never breaks loading: I/O failures are
 * logged and treated as misses.
 */
public final class DiskModuleCache implements ModuleCache {
    private static final System.Logger LOG = System.getLogger(DiskModuleCache.class.getName());
    private static final byte[] MAGIC = {'W', 'E', 'F', 'T', 'M', 'O', 'D', (byte) EngineVersion.FORMAT};
    private static final int HEADER = MAGIC.length + 32;

    private final Path directory;

    /** A cache under {@code root}, for the running engine version. */
    public DiskModuleCache(Path root) {
        this(root, EngineVersion.current());
    }

    DiskModuleCache(Path root, String engineVersion) {
        this.directory = Objects.requireNonNull(root, "root").resolve(engineVersion);
    }

    /** Where the entries are. */
    public Path directory() {
        return directory;
    }

    /** The file of {@code key}. */
    Path file(String key) {
        return directory.resolve(HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8))) + ".bin");
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            byte[] entry = Files.readAllBytes(file);
            Optional<byte[]> payload = payload(key, entry);
            if (payload.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "deleting damaged module cache entry " + file);
                Files.deleteIfExists(file);
            }
            return payload;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read module cache entry " + file + ": " + e);
            return Optional.empty();
        }
    }

    @Override
    public void putIfAbsent(String key, byte[] data) {
        Path file = file(key);
        if (Files.exists(file)) return;
        Path tmp = null;
        try {
            Files.createDirectories(directory);
            tmp = Files.createTempFile(directory, "entry", ".tmp");
            Files.write(tmp, entry(key, data));
            move(tmp, file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write module cache entry " + file + ": " + e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public void remove(String key) {
        Path file = file(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete module cache entry " + file + ": " + e);
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // another writer got there first with the same content
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException raced) {
                // as above
            }
        }
    }

    private static byte[] entry(String key, byte[] data) {
        return ByteBuffer.allocate(HEADER + data.length).put(MAGIC).put(checksum(key, data, 0, data.length)).put(data).array();
    }

    private static Optional<byte[]> payload(String key, byte[] entry) {
        if (entry.length < HEADER || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return Optional.empty();
        boolean intact = Arrays.equals(entry, MAGIC.length, HEADER, checksum(key, entry, HEADER, entry.length - HEADER), 0, 32);
        return intact ? Optional.of(Arrays.copyOfRange(entry, HEADER, entry.length)) : Optional.empty();
    }

    /** The SHA-256 of {@code key} (UTF-8, then a 0 byte) and {@code data[offset..offset+length)}. */
    private static byte[] checksum(String key, byte[] data, int offset, int length) {
        MessageDigest sha = sha256();
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(data, offset, length);
        return sha.digest();
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }

    @Override
    public String toString() {
        return "DiskModuleCache[" + directory + "]";
    }
}
