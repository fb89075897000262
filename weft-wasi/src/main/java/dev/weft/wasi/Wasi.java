package dev.weft.wasi;

import dev.weft.runtime.Linker;
import dev.weft.wasi.cli.CliModule;
import dev.weft.wasi.clocks.ClocksModule;
import dev.weft.wasi.filesystem.Filesystem;
import dev.weft.wasi.http.HttpModule;
import dev.weft.wasi.io.IoModule;
import dev.weft.wasi.random.RandomModule;
import dev.weft.wasi.sockets.Sockets;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds WASI 0.2 to a {@link Linker}: every interface of {@code wasi:io}, {@code clocks},
 * {@code random}, {@code cli}, {@code filesystem}, {@code sockets} and the client side of
 * {@code http} ({@code types}, {@code outgoing-handler}), defined at {@link #VERSION}
 * (the linker's semver matching serves any {@code 0.2.x} import), granting only what the
 * {@link WasiConfig} allows.
 *
 * <pre>{@code
 * Linker linker = new Linker(engine);
 * Wasi.addToLinker(linker, WasiConfig.builder().args(List.of("prog")).build());
 * Instance instance = linker.instantiate(component);
 * }</pre>
 *
 * <p>Or linked once, with a context per instance ({@link #addToLinker(Linker)}).
 */
public final class Wasi {
    /** The version every interface is defined at. */
    public static final String VERSION = "0.2.12";

    private Wasi() {}

    /** {@code wasi:io/streams} becomes {@code wasi:io/streams@0.2.12}. */
    public static String name(String unversionedInterface) {
        return unversionedInterface + "@" + VERSION;
    }

    /** The modules, in linking order. */
    public static List<WasiModule> modules() {
        List<WasiModule> modules = new ArrayList<>(MODULE_COUNT);
        for (int m = 0; m < MODULE_COUNT; m++) modules.add(module(m));
        return List.copyOf(modules);
    }

    /** How many modules {@link #modules} has. */
    static final int MODULE_COUNT = 7;
    /** The index of {@link Filesystem} (made when a context is, if it has preopens, which it checks). */
    static final int FILESYSTEM = 4;
    /** The index of {@link Sockets} (made when a context is, if it allows TCP or UDP, whose host names it resolves). */
    static final int SOCKETS = 5;

    /** A new module {@code m} of {@link #modules}, without making the others. */
    static WasiModule module(int m) {
        return switch (m) {
            case 0 -> new IoModule();
            case 1 -> new ClocksModule();
            case 2 -> new RandomModule();
            case 3 -> new CliModule();
            case FILESYSTEM -> new Filesystem();
            case SOCKETS -> new Sockets();
            case 6 -> new HttpModule();
            default -> throw new IndexOutOfBoundsException("no WASI module " + m);
        };
    }

    /**
     * Defines all of WASI in {@code linker} once, for contexts given per instance, as Wasmtime's
     * {@code add_to_linker} over a {@code WasiView}: each host function uses the {@link WasiContext}
     * that the calling instance has as its data (a {@code WasiContext}, or a {@link WasiView}).
     *
     * <pre>{@code
     * Wasi.addToLinker(linker);
     * InstancePre pre = linker.instantiatePre(component);
     * try (Instance a = pre.instantiate(limits, WasiContext.create(configA))) { ... }  // closing a closes its context
     * try (Instance b = pre.instantiate(limits, WasiContext.create(configB))) { ... }
     * }</pre>
     */
    public static void addToLinker(Linker linker) {
        Definitions.linkPerInstance(linker);
    }

    /** Defines all of WASI in {@code linker}, granting what {@code config} allows; returns the shared context. */
    public static WasiContext addToLinker(Linker linker, WasiConfig config) {
        WasiContext ctx = new WasiContext(config);
        for (WasiModule module : modules()) module.addToLinker(linker, ctx);
        return ctx;
    }
}
