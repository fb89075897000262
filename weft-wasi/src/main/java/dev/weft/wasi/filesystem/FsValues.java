package dev.weft.wasi.filesystem;

import dev.weft.runtime.value.FlagsValue;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.RecordValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.U32;
import dev.weft.runtime.value.U64;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Between WIT values and the Java objects of this package: arguments in, results out. */
final class FsValues {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private FsValues() {}

    static String string(Value v) {
        return ((Str) v).value();
    }

    static byte[] bytes(Value v) {
        return ((ListValue) v).toByteArray();
    }

    /** A {@code filesize} argument; one of 2^63 or more is {@code invalid}, as a negative {@code off_t} is to POSIX. */
    static long filesize(Value v) {
        long bits = ((U64) v).bits();
        if (bits < 0) throw ErrorCode.INVALID.error("offset or size " + Long.toUnsignedString(bits) + " beyond 2^63 - 1");
        return bits;
    }

    /** {@code path-flags}: whether {@code symlink-follow} is set. */
    static boolean follow(Value pathFlags) {
        return ((FlagsValue) pathFlags).flags().contains("symlink-follow");
    }

    static Set<OpenFlag> openFlags(Value v) {
        Set<OpenFlag> out = EnumSet.noneOf(OpenFlag.class);
        for (OpenFlag f : OpenFlag.values()) if (((FlagsValue) v).flags().contains(f.witName())) out.add(f);
        return out;
    }

    static Set<DescriptorFlag> descriptorFlags(Value v) {
        Set<DescriptorFlag> out = EnumSet.noneOf(DescriptorFlag.class);
        for (DescriptorFlag f : DescriptorFlag.values()) if (((FlagsValue) v).flags().contains(f.witName())) out.add(f);
        return out;
    }

    /** A {@code new-timestamp}: null for {@code no-change}. */
    static FileTime newTimestamp(Value v) {
        VariantValue t = (VariantValue) v;
        return switch (t.caseName()) {
            case "no-change" -> null;
            case "now" -> FileTime.from(Instant.now());
            case "timestamp" -> FileTime.from(instant((RecordValue) t.payload().orElseThrow()));
            default -> throw new AssertionError("new-timestamp case " + t.caseName());
        };
    }

    private static Instant instant(RecordValue datetime) {
        long seconds = ((U64) datetime.get("seconds")).bits();
        long nanos = ((U32) datetime.get("nanoseconds")).value();
        if (nanos >= NANOS_PER_SECOND) throw ErrorCode.INVALID.error("nanoseconds " + nanos + " out of range");
        if (seconds < 0 || seconds > Instant.MAX.getEpochSecond()) throw ErrorCode.OVERFLOW.error("timestamp out of range");
        return Instant.ofEpochSecond(seconds, nanos);
    }

    static Value errorCode(ErrorCode code) {
        return Value.enumCase(FsTypes.ERROR_CODE, code.witName());
    }

    static Value type(DescriptorType type) {
        return Value.enumCase(FsTypes.DESCRIPTOR_TYPE, type.witName());
    }

    static Value flags(Set<DescriptorFlag> flags) {
        return Value.flags(FsTypes.DESCRIPTOR_FLAGS, flags.stream().map(DescriptorFlag::witName).toArray(String[]::new));
    }

    static Value stat(Metadata.Stat s) {
        return Value.record(FsTypes.DESCRIPTOR_STAT, type(s.type()), Value.u64(s.linkCount()), Value.u64(s.size()),
                datetime(s.accessed()), datetime(s.modified()), datetime(s.statusChanged()));
    }

    static Value hash(Metadata.Hash h) {
        return Value.record(FsTypes.METADATA_HASH_VALUE, Value.u64(h.lower()), Value.u64(h.upper()));
    }

    static Value read(FileDescriptor.ReadResult r) {
        return Value.tuple(ListValue.wrapBytes(r.bytes()), Value.bool(r.end()));
    }

    static Value entry(Optional<DirectoryEntries.Entry> entry) {
        return Value.option(FsTypes.OPTION_DIRECTORY_ENTRY, entry.map(e ->
                Value.record(FsTypes.DIRECTORY_ENTRY, type(e.type()), Value.string(e.name()))));
    }

    private static Value datetime(Optional<Instant> time) {
        return Value.option(FsTypes.OPTION_DATETIME, time.map(i ->
                Value.record(FsTypes.DATETIME, Value.u64(i.getEpochSecond()), Value.u32(i.getNano()))));
    }
}
