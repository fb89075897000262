package dev.weft.bindgen;

import dev.weft.binary.ComponentBinary;
import dev.weft.types.ComponentType;
import dev.weft.wit.Resolve;
import dev.weft.wit.Wit;
import dev.weft.wit.WorldId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where WIT comes from: a component binary (its type, decoded by {@link ComponentWit}) or WIT
 * sources (a {@code .wit} file or a directory, resolved by {@link Wit#resolve}). The CLI and the
 * Maven plugin read their input through here.
 *
 * @param resolve the packages
 * @param world the selected world, empty when none was asked for and there is no single one
 * @param fromComponent whether the input was a component binary
 * @param skipped what a component imports or exports that WIT cannot say ({@link ComponentWit.Decoded#skipped()})
 */
public record WitInput(Resolve resolve, Optional<WorldId> world, boolean fromComponent, List<String> skipped) {
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    public WitInput {
        skipped = List.copyOf(skipped);
    }

    /** Whether {@code path} is a Wasm binary (by its first four bytes), rather than WIT. */
    public static boolean isWasm(Path path) {
        if (!Files.isRegularFile(path)) return false;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, WASM_MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The component's WIT: one world, {@code root:component/root}. */
    /** {@code kit.wasm} to {@code Kit}, {@code my-app.component.wasm} to {@code MyApp}: the world class of a component file. */
    public static String worldClassName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$') {
                upper = true;
                continue;
            }
            sb.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (sb.isEmpty() || !Character.isJavaIdentifierStart(sb.charAt(0))) sb.insert(0, "World");
        return sb.toString();
    }

    public static WitInput component(ComponentType type) {
        ComponentWit.Decoded d = ComponentWit.decode(type);
        return new WitInput(d.resolve(), Optional.of(d.world()), true, d.skipped());
    }

    /**
     * Reads {@code path}: a component binary, or WIT. For WIT, {@code world} picks the world as
     * WIT.md's "Specifying a World" says; without it, the root package's only world if it has
     * exactly one.
     *
     * @throws dev.weft.errors.ComponentFormatException for a malformed or invalid component
     * @throws dev.weft.wit.WitException for bad WIT (with file:line:col)
     * @throws IllegalArgumentException if {@code world} names no world, or is given for a component
     * @throws UncheckedIOException if {@code path} cannot be read
     */
    public static WitInput load(Path path, Optional<String> world) {
        if (!Files.exists(path)) throw new UncheckedIOException(new java.nio.file.NoSuchFileException(path + ": no such file or directory"));
        if (isWasm(path)) {
            if (world.isPresent()) {
                throw new IllegalArgumentException("a component has exactly one world: leave out the world (`"
                        + world.get() + "`) for " + path);
            }
            try {
                return component(ComponentBinary.validate(Files.readAllBytes(path)).type());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        Resolve r = Wit.resolve(path);
        Optional<WorldId> w;
        if (world.isPresent()) {
            w = Optional.of(r.selectWorld(world));
        } else {
            w = r.root().filter(root -> r.get(root).worlds().size() == 1).map(root -> r.selectWorld(Optional.empty()));
        }
        return new WitInput(r, w, false, List.of());
    }

    /** The world, or why there is none to pick. */
    public WorldId requireWorld() {
        return world.orElseGet(() -> resolve.selectWorld(Optional.empty()));
    }
}
