package dev.weft.wit.ast;

import dev.weft.wit.PackageName;
import dev.weft.wit.SemVer;
import dev.weft.wit.Span;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Ast.UsePath;
import dev.weft.wit.ast.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Package names ({@code package-decl}) and paths to interfaces and worlds ({@code use-path}):
 * {@code id}, {@code ns:pkg/id@version}, and with nesting 🪺 {@code ns:ns2:pkg/nested/id@version}.
 */
final class PathParser {
    private final Cursor c;

    PathParser(Cursor c) {
        this.c = c;
    }

    /** {@code ( id ':' )+ id ( '/' id )* ('@' valid-semver)?} after {@code package}. */
    Ast.PackageDecl packageName(dev.weft.wit.Docs docs) {
        Token first = c.peek();
        List<String> colon = new ArrayList<>();
        colon.add(c.ident().name());
        if (!c.at(Kind.COLON)) throw c.expected("':' (a package name looks like `namespace:name`)");
        while (c.eat(Kind.COLON)) colon.add(c.ident().name());
        List<String> nested = new ArrayList<>();
        while (c.eat(Kind.SLASH)) nested.add(c.ident().name());
        Optional<SemVer> version = c.eat(Kind.AT) ? Optional.of(AttrParser.version(c)) : Optional.empty();
        PackageName name = new PackageName(colon.subList(0, colon.size() - 1), colon.get(colon.size() - 1), nested, version);
        return new Ast.PackageDecl(name, docs, c.spanFrom(first));
    }

    /** A {@code use-path}. */
    UsePath usePath() {
        Token first = c.peek();
        Ident head = c.ident();
        if (!c.at(Kind.COLON)) return new Ast.LocalPath(head);
        List<String> colon = new ArrayList<>();
        colon.add(head.name());
        while (c.eat(Kind.COLON)) colon.add(c.ident().name());
        if (!c.at(Kind.SLASH)) {
            throw c.error(c.spanFrom(first), "`" + String.join(":", colon)
                    + "` names a package, not an interface or world (expected `" + String.join(":", colon) + "/name`)");
        }
        List<Ident> segments = new ArrayList<>();
        while (c.eat(Kind.SLASH)) segments.add(c.ident());
        Ident name = segments.remove(segments.size() - 1);
        Optional<SemVer> version = c.eat(Kind.AT) ? Optional.of(AttrParser.version(c)) : Optional.empty();
        Span span = c.spanFrom(first);
        PackageName pkg = new PackageName(colon.subList(0, colon.size() - 1), colon.get(colon.size() - 1),
                segments.stream().map(Ident::name).toList(), version);
        return new Ast.QualifiedPath(pkg, name, span, span);
    }
}
