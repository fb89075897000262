package dev.weft.wit;

import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.WitParser;
import dev.weft.wit.resolve.Loader;
import dev.weft.wit.resolve.SourceUnit;
import dev.weft.wit.resolve.WitResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry points: parse and resolve WIT from files, directories or text. Every failure is a
 * {@link WitException} that says where.
 *
 * <pre>{@code
 * Resolve r = Wit.resolve(Path.of("wit"));            // wit/*.wit + wit/deps/*
 * WorldId w = r.selectWorld(Optional.empty());
 * System.out.print(WitPrinter.printAll(r));
 * }</pre>
 */
public final class Wit {
    private Wit() {}

    /** {@link #resolve(Path, WitOptions)} with all features on. */
    public static Resolve resolve(Path path) {
        return resolve(path, WitOptions.DEFAULT);
    }

    /**
     * Resolves what is at {@code path}: a {@code .wit} file (the root package, dependencies inline);
     * a directory with {@code .wit} files (the root package, dependencies in {@code deps/}); or a
     * directory of package directories and files only (each a package, no root).
     */
    public static Resolve resolve(Path path, WitOptions options) {
        if (Files.isDirectory(path) && !Loader.hasWitFiles(path)) {
            return WitResolver.resolve(Loader.packages(path), options);
        }
        return WitResolver.resolve(Loader.root(path), options);
    }

    /** The root package in {@code dir} ({@code *.wit}) with its dependencies in {@code dir/deps}. */
    public static Resolve resolveDir(Path dir, WitOptions options) {
        return WitResolver.resolve(Loader.root(dir), options);
    }

    /** Each path (a {@code .wit} file or a directory of them) is a package; there is no root. */
    public static Resolve resolvePackages(List<Path> packages, WitOptions options) {
        return WitResolver.resolve(packages.stream().map(p -> Loader.unit(p, false)).toList(), options);
    }

    /** One file of WIT text, the root package (dependencies as nested {@code package x { ... }} blocks). */
    public static Resolve resolveText(String name, String text) {
        return resolveSources(List.of(new SourceFile(name, text)), List.of(), WitOptions.DEFAULT);
    }

    /**
     * WIT from memory: {@code root} files form the root package (none: no root); each list in
     * {@code deps} is one dependency package (one or more files).
     */
    public static Resolve resolveSources(List<SourceFile> root, List<List<SourceFile>> deps, WitOptions options) {
        List<SourceUnit> units = new ArrayList<>();
        for (List<SourceFile> dep : deps) units.add(new SourceUnit(dep.stream().map(WitParser::parse).toList(), false));
        if (!root.isEmpty()) units.add(new SourceUnit(root.stream().map(WitParser::parse).toList(), true));
        return WitResolver.resolve(units, options);
    }

    /** The syntax tree of one file, names unresolved. */
    public static Ast.File parse(SourceFile file) {
        return WitParser.parse(file);
    }
}
