package dev.weft.wit.resolve;

import dev.weft.wit.Docs;
import dev.weft.wit.PackageName;
import dev.weft.wit.SourceFile;
import dev.weft.wit.Span;
import dev.weft.wit.ast.Ast;
import java.util.List;

/**
 * A package gathered from its files, names not yet resolved. Each {@link Part} (a file, or the
 * body of a nested package block) has its own scope for top-level {@code use}.
 *
 * @param contentKey the source text, to accept a package defined twice with the same contents
 */
record UnresolvedPackage(PackageName name, Span nameSpan, Docs docs, List<Part> parts, boolean root, String contentKey) {
    UnresolvedPackage {
        parts = List.copyOf(parts);
    }

    record Part(SourceFile file, List<Ast.PackageItem> items) {
        Part {
            items = List.copyOf(items);
        }
    }
}
