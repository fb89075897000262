package dev.weft.wasi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.Value;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.TupleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the WASI tests share: the real components of {@code ../shared}, and linking while filesystem or sockets are missing. */
public final class WasiTesting {
    private WasiTesting() {}

    /** {@code ../shared/components/REL}; the test is skipped, saying why, when it is missing. */
    public static Path component(String rel) {
        Path p = Path.of(System.getProperty("weft.shared", "../../shared"), "components", rel);
        assumeTrue(Files.exists(p), "../shared is missing: cannot read " + p.toAbsolutePath() + " (set -Dweft.shared=...)");
        return p;
    }

    /** Whether {@link Wasi#modules()} holds the module of class {@code className} (filesystem and sockets come later). */
    public static boolean hasModule(String className) {
        return Wasi.modules().stream().anyMatch(m -> m.getClass().getName().equals(className));
    }

    public static boolean hasFilesystem() {
        return hasModule("dev.weft.wasi.filesystem.Filesystem");
    }

    public static boolean hasSockets() {
        return hasModule("dev.weft.wasi.sockets.Sockets");
    }

    /**
     * Until {@code dev.weft.wasi.filesystem} is in {@link Wasi#modules()}: a filesystem without
     * preopens ({@code get-directories} answers an empty list; guests ask for it at start-up).
     * Does nothing once the real module is there.
     */
    public static void addEmptyFilesystemIfMissing(Linker linker) {
        if (hasFilesystem()) return;
        HostResource<Object> descriptor = linker.instance(Wasi.name("wasi:filesystem/types")).resource("descriptor", Object.class);
        TupleType entry = new TupleType(List.of(new OwnType(descriptor.type()), PrimitiveType.STRING));
        linker.instance(Wasi.name("wasi:filesystem/preopens")).func("get-directories",
                args -> Optional.of(Value.list(entry, List.of())));
    }
}
