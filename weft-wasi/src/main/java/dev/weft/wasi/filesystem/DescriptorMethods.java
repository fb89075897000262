package dev.weft.wasi.filesystem;

import static dev.weft.wasi.filesystem.FsValues.filesize;
import static dev.weft.wasi.filesystem.FsValues.follow;
import static dev.weft.wasi.filesystem.FsValues.string;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.HostFunction;
import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.wasi.WasiContext;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The methods of {@code descriptor} and {@code directory-entry-stream}, in WIT order, and
 * {@code filesystem-error-code}. Each turns its arguments into Java, runs the operation of
 * {@link Descriptor}, and answers {@code ok(...)}, or {@code err(code)} for a
 * {@link FilesystemException} (or an unchecked I/O failure): a guest never sees a Java exception.
 */
final class DescriptorMethods {
    private final WasiContext ctx;
    private final HostResource<Descriptor> descriptors;
    private final HostResource<DirectoryEntries> entries;
    private final BiConsumer<String, HostFunction> types;

    /** @param types receives each function of {@code wasi:filesystem/types} by name */
    DescriptorMethods(WasiContext ctx, HostResource<Descriptor> descriptors, HostResource<DirectoryEntries> entries,
                      BiConsumer<String, HostFunction> types) {
        this.ctx = ctx;
        this.descriptors = descriptors;
        this.entries = entries;
        this.types = types;
    }

    void define() {
        defineStreams();
        defineFileMethods();
        defineDirectoryMethods();
        defineIdentity();
        types.accept("[method]directory-entry-stream.read-directory-entry", args ->
                answer(FsTypes.ENTRY, () -> FsValues.entry(entries.get(args.get(0)).next())));
        types.accept("filesystem-error-code", args -> Optional.of(Value.option(FsTypes.OPTION_ERROR_CODE,
                ctx.errors().get(args.get(0)).code().filter(ErrorCode.class::isInstance)
                        .map(c -> FsValues.errorCode((ErrorCode) c)))));
    }

    private void defineStreams() {
        ResultType input = FsTypes.result(ctx.inputStreamType());
        ResultType output = FsTypes.result(ctx.outputStreamType());
        method("read-via-stream", input, a -> ctx.inputStreams().own(file(a).readViaStream(filesize(a.get(1)))));
        method("write-via-stream", output, a -> ctx.outputStreams().own(file(a).writeViaStream(filesize(a.get(1)))));
        method("append-via-stream", output, a -> ctx.outputStreams().own(file(a).appendViaStream()));
    }

    private void defineFileMethods() {
        action("advise", a -> file(a).advise(filesize(a.get(1)), filesize(a.get(2))));
        action("sync-data", a -> self(a).sync(true));
        method("get-flags", FsTypes.FLAGS, a -> FsValues.flags(self(a).flags()));
        method("get-type", FsTypes.TYPE, a -> FsValues.type(self(a).type()));
        action("set-size", a -> file(a).setSize(filesize(a.get(1))));
        action("set-times", a -> self(a).setTimes(FsValues.newTimestamp(a.get(1)), FsValues.newTimestamp(a.get(2))));
        method("read", FsTypes.READ, a -> FsValues.read(file(a).read(filesize(a.get(1)), filesize(a.get(2)))));
        method("write", FsTypes.SIZE, a -> Value.u64(file(a).write(FsValues.bytes(a.get(1)), filesize(a.get(2)))));
    }

    private void defineDirectoryMethods() {
        ResultType entryStream = FsTypes.result(entries.ownType());
        method("read-directory", entryStream, a -> entries.own(dir(a).readDirectory()));
        action("sync", a -> self(a).sync(false));
        action("create-directory-at", a -> dir(a).createDirectoryAt(string(a.get(1))));
        method("stat", FsTypes.STAT, a -> FsValues.stat(self(a).stat()));
        method("stat-at", FsTypes.STAT, a -> FsValues.stat(dir(a).statAt(follow(a.get(1)), string(a.get(2)))));
        action("set-times-at", a -> dir(a).setTimesAt(follow(a.get(1)), string(a.get(2)),
                FsValues.newTimestamp(a.get(3)), FsValues.newTimestamp(a.get(4))));
        action("link-at", a -> dir(a).linkAt(follow(a.get(1)), string(a.get(2)),
                descriptors.get(a.get(3)).directory(), string(a.get(4))));
        ResultType opened = FsTypes.result(descriptors.ownType());
        method("open-at", opened, a -> descriptors.own(dir(a).openAt(follow(a.get(1)), string(a.get(2)),
                FsValues.openFlags(a.get(3)), FsValues.descriptorFlags(a.get(4)))));
        method("readlink-at", FsTypes.STRING, a -> Value.string(dir(a).readlinkAt(string(a.get(1)))));
        action("remove-directory-at", a -> dir(a).removeDirectoryAt(string(a.get(1))));
        action("rename-at", a -> dir(a).renameAt(string(a.get(1)), descriptors.get(a.get(2)).directory(), string(a.get(3))));
        action("symlink-at", a -> dir(a).symlinkAt(string(a.get(1)), string(a.get(2))));
        action("unlink-file-at", a -> dir(a).unlinkFileAt(string(a.get(1))));
    }

    private void defineIdentity() {
        types.accept("[method]descriptor.is-same-object", args ->
                Optional.of(Value.bool(descriptors.get(args.get(0)).isSameObject(descriptors.get(args.get(1))))));
        method("metadata-hash", FsTypes.HASH, a -> FsValues.hash(self(a).metadataHash()));
        method("metadata-hash-at", FsTypes.HASH, a -> FsValues.hash(dir(a).metadataHashAt(follow(a.get(1)), string(a.get(2)))));
    }

    /** Defines {@code [method]descriptor.name} answering {@code ok(body(args))} of {@code type}. */
    private void method(String name, ResultType type, Function<List<Value>, Value> body) {
        types.accept("[method]descriptor." + name, args -> answer(type, () -> body.apply(args)));
    }

    /** Defines {@code [method]descriptor.name} answering {@code result<_, error-code>}. */
    private void action(String name, Consumer<List<Value>> body) {
        types.accept("[method]descriptor." + name, args -> answer(FsTypes.UNIT, () -> {
            body.accept(args);
            return null;
        }));
    }

    /** {@code ok(value)} (plain {@code ok} for a null value), or {@code err(code)} for a failure. */
    static Optional<Value> answer(ResultType type, Supplier<Value> op) {
        ErrorCode code;
        try {
            Value v = op.get();
            return Optional.of(v == null ? Value.ok(type) : Value.ok(type, v));
        } catch (FilesystemException | UncheckedIOException | InvalidPathException | UnsupportedOperationException
                 | SecurityException e) {
            code = ErrorCodes.of(e);
        }
        return Optional.of(Value.err(type, FsValues.errorCode(code)));
    }

    private Descriptor self(List<Value> args) {
        return descriptors.get(args.get(0));
    }

    private FileDescriptor file(List<Value> args) {
        return self(args).file();
    }

    private DirectoryDescriptor dir(List<Value> args) {
        return self(args).directory();
    }
}
