package dev.weft.wasi.filesystem;

import dev.weft.wasi.Definitions;
import dev.weft.runtime.LinkerInstance;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;

/**
 * {@code wasi:filesystem/types} and {@code wasi:filesystem/preopens}: the guest sees exactly the
 * directories of {@link WasiConfig#preopens()}, each under its guest path, and nothing else of the
 * host's file system (see the package documentation). A read-only preopen, and everything opened
 * through it, refuses every change with {@code read-only}.
 *
 * <p>The preopened directories are checked when the module is added to a linker: a missing one is
 * an {@link IllegalArgumentException} for the embedder, not a surprise for the guest.
 */
public final class Filesystem implements WasiModule {
    /** The interfaces defined, at {@link Wasi#VERSION}. */
    public static final String TYPES = Wasi.name("wasi:filesystem/types");
    public static final String PREOPENS = Wasi.name("wasi:filesystem/preopens");
    private static final String TYPES_UNVERSIONED = "wasi:filesystem/types";
    private static final String PREOPENS_UNVERSIONED = "wasi:filesystem/preopens";

    /** @throws IllegalArgumentException if a preopened host path is not a directory */
    @Override
    public void define(Definitions defs, WasiContext ctx) {
        FilesystemBindings bindings = new FilesystemBindings(ctx);
        defs.resource(TYPES, "descriptor", bindings.descriptors());
        defs.resource(TYPES, "directory-entry-stream", bindings.entries());
        bindings.types().forEach((name, body) -> defs.func(TYPES_UNVERSIONED, name, body));
        bindings.preopens().forEach((name, body) -> defs.func(PREOPENS_UNVERSIONED, name, body));
    }
}
