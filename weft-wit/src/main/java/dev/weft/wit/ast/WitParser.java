package dev.weft.wit.ast;

import dev.weft.wit.SourceFile;
import dev.weft.wit.Span;
import dev.weft.wit.ast.Ast.Attrs;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses one WIT file (WIT.md "Top-level items"):
 * {@code wit-file ::= (package-decl ';')? (package-items | nested-package-definition)*}.
 * Syntax errors throw {@link dev.weft.wit.WitException} with the span of the offending token.
 */
public final class WitParser {
    private final Cursor c;
    private final AttrParser attrParser;
    private final PathParser paths;

    private WitParser(SourceFile file) {
        this.c = new Cursor(file);
        this.attrParser = new AttrParser(c);
        this.paths = new PathParser(c);
    }

    /** The syntax tree of {@code file}. */
    public static Ast.File parse(SourceFile file) {
        return new WitParser(file).file();
    }

    private Ast.File file() {
        Optional<Ast.PackageDecl> decl = Optional.empty();
        List<Ast.PackageItem> items = new ArrayList<>();
        List<Ast.NestedPackage> nested = new ArrayList<>();
        if (c.at(Kind.PACKAGE)) {
            Token docsAt = c.peek();
            c.next();
            Ast.PackageDecl d = paths.packageName(AttrParser.docs(docsAt.docs()));
            if (c.eat(Kind.SEMICOLON)) decl = Optional.of(d);
            else nested.add(nestedBody(d));
        }
        while (!c.at(Kind.EOF)) {
            if (c.at(Kind.PACKAGE)) {
                Token kw = c.next();
                Ast.PackageDecl d = paths.packageName(AttrParser.docs(kw.docs()));
                if (!c.at(Kind.LBRACE)) {
                    throw c.error(new Span(c.file, kw.start(), d.span().end()), "a `package ...;` declaration must come "
                            + "first in the file (later ones need a body: `package " + d.name() + " { ... }`)");
                }
                nested.add(nestedBody(d));
            } else {
                items.add(packageItem(attrParser.attrs()));
            }
        }
        return new Ast.File(c.file, decl, items, nested);
    }

    private Ast.NestedPackage nestedBody(Ast.PackageDecl decl) {
        Token open = c.expect(Kind.LBRACE);
        List<Ast.PackageItem> items = new ArrayList<>();
        while (!c.at(Kind.RBRACE)) {
            if (c.at(Kind.EOF)) throw c.expected("'}' closing `package " + decl.name() + " {`");
            if (c.at(Kind.PACKAGE)) {
                throw c.error(c.span(c.peek()), "package blocks cannot be nested in other package blocks");
            }
            items.add(packageItem(attrParser.attrs()));
        }
        c.next();
        return new Ast.NestedPackage(decl, items, c.spanFrom(open));
    }

    private Ast.PackageItem packageItem(Attrs attrs) {
        Token first = c.peek();
        return switch (first.kind()) {
            case USE -> {
                attrs.gateSpan().or(attrs::externalIdSpan).ifPresent(span -> {
                    throw c.error(span, "attributes are not allowed on a top-level `use`");
                });
                c.next();
                Ast.UsePath path = paths.usePath();
                Ident name = c.eat(Kind.AS) ? c.ident() : path.name();
                c.expect(Kind.SEMICOLON);
                yield new Ast.TopUse(path, name, c.spanFrom(first));
            }
            case INTERFACE -> {
                InterfaceParser.noExternalId(attrs, "an interface");
                c.next();
                Ident name = c.ident();
                var items = new InterfaceParser(c).body();
                yield new Ast.InterfaceDecl(attrs, name, items, c.spanFrom(first));
            }
            case WORLD -> {
                InterfaceParser.noExternalId(attrs, "a world");
                c.next();
                Ident name = c.ident();
                var items = new WorldParser(c).body();
                yield new Ast.WorldDecl(attrs, name, items, c.spanFrom(first));
            }
            default -> throw c.expected("`package`, `use`, `interface` or `world`");
        };
    }
}
