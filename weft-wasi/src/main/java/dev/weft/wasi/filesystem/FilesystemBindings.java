package dev.weft.wasi.filesystem;

import dev.weft.runtime.HostFunction;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.types.TupleType;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host side of {@code wasi:filesystem} for one {@link WasiContext}: the two resource types and
 * the functions of {@code types} and {@code preopens} by WIT name, ready to define in a linker (and
 * to call directly in tests). Making it checks the preopened directories.
 */
final class FilesystemBindings {
    /** Constants: every context shares the resource types. */
    private static final HostResource<Descriptor> descriptors = HostResource.of("descriptor", Descriptor.class, Descriptor::close);
    private static final HostResource<DirectoryEntries> entries =
            HostResource.of("directory-entry-stream", DirectoryEntries.class, DirectoryEntries::close);
    private final Map<String, HostFunction> types = new LinkedHashMap<>();
    private final Map<String, HostFunction> preopens = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if a preopened host path is not a directory */
    FilesystemBindings(WasiContext ctx) {
        List<Preopened> dirs = preopens(ctx.config());
        new DescriptorMethods(ctx, descriptors, entries, types::put).define();
        TupleType pair = new TupleType(List.of(descriptors.ownType(), PrimitiveType.STRING));
        preopens.put("get-directories", args -> Optional.of(directories(dirs, pair)));
    }

    HostResource<Descriptor> descriptors() {
        return descriptors;
    }

    HostResource<DirectoryEntries> entries() {
        return entries;
    }

    /** The functions of {@code wasi:filesystem/types}, by name ({@code [method]descriptor.open-at}, ...). */
    Map<String, HostFunction> types() {
        return types;
    }

    /** The functions of {@code wasi:filesystem/preopens}. */
    Map<String, HostFunction> preopens() {
        return preopens;
    }

    /** A checked preopen: its directory (real path, mutability) and its guest path. */
    private record Preopened(DirectoryDescriptor prototype, String guestPath) {}

    private static List<Preopened> preopens(WasiConfig config) {
        List<Preopened> out = new ArrayList<>();
        for (WasiConfig.Preopen p : config.preopens()) {
            out.add(new Preopened(DirectoryDescriptor.preopen(p.hostPath(), p.readOnly()), p.guestPath()));
        }
        return out;
    }

    /** {@code get-directories}: a new descriptor for each preopen, with its guest path. */
    private Value directories(List<Preopened> dirs, TupleType pair) {
        List<Value> out = new ArrayList<>();
        for (Preopened p : dirs) {
            Descriptor d = new DirectoryDescriptor(p.prototype().path(), p.prototype().mutable());
            out.add(Value.tuple(pair, List.of(descriptors.own(d), Value.string(p.guestPath()))));
        }
        return Value.list(pair, out);
    }
}
