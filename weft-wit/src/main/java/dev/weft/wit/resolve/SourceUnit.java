package dev.weft.wit.resolve;

import dev.weft.wit.ast.Ast;
import java.util.List;

/**
 * What one path on disk contributes: the parsed files of a package directory (or one file), which
 * declare one package plus any nested {@code package x { ... }} blocks. {@code root} marks the
 * root package (the one being worked on, not a dependency).
 */
public record SourceUnit(List<Ast.File> files, boolean root) {
    public SourceUnit {
        files = List.copyOf(files);
    }
}
