package dev.weft.wit.ast;

import dev.weft.wit.ast.Ast.Attrs;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Ast.UseName;
import dev.weft.wit.ast.Token.Kind;
import dev.weft.wit.ast.WorldMember.Extern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The items of a world (WIT.md "Item: world", "Item: include"). */
final class WorldParser {
    private final Cursor c;
    private final AttrParser attrParser;
    private final InterfaceParser interfaces;
    private final PathParser paths;

    WorldParser(Cursor c) {
        this.c = c;
        this.attrParser = new AttrParser(c);
        this.interfaces = new InterfaceParser(c);
        this.paths = new PathParser(c);
    }

    /** {@code '{' world-items* '}'}. */
    List<WorldMember> body() {
        c.expect(Kind.LBRACE);
        List<WorldMember> items = new ArrayList<>();
        while (true) {
            Attrs attrs = attrParser.attrs();
            if (c.at(Kind.RBRACE) && attrs.gateSpan().isEmpty() && attrs.externalIdSpan().isEmpty()) break;
            items.add(item(attrs));
        }
        c.expect(Kind.RBRACE);
        return items;
    }

    private WorldMember item(Attrs attrs) {
        Token first = c.peek();
        switch (first.kind()) {
            case IMPORT, EXPORT -> {
                c.next();
                Extern extern = extern(attrs);
                return new WorldMember.ImportExport(attrs, first.kind() == Kind.IMPORT, extern, c.spanFrom(first));
            }
            case USE -> {
                InterfaceParser.noExternalId(attrs, "a `use`");
                return interfaces.use(attrs);
            }
            case INCLUDE -> {
                InterfaceParser.noExternalId(attrs, "an `include`");
                return include(attrs);
            }
            default -> {
                if (interfaces.atTypeDecl()) {
                    InterfaceParser.noExternalId(attrs, "a type definition in a world");
                    return interfaces.typeDecl(attrs);
                }
                throw c.expected("`import`, `export`, `include`, `use` or a type definition");
            }
        }
    }

    /**
     * After {@code import} / {@code export}: {@code use-path ';'} or {@code id ':' extern-type}.
     * {@code a:b} (no space around the colon) starts a package path; {@code a: b} is a plain name.
     */
    private Extern extern(Attrs attrs) {
        c.rejectKeywordAsName();
        if (!c.atIdent()) throw c.expected("an interface name or `name: ...`");
        boolean named = c.peek(1).kind() == Kind.COLON
                && (c.peek(1).spaceBefore() || c.peek(2).spaceBefore()
                    || (c.peek(2).kind() != Kind.ID && c.peek(2).kind() != Kind.EXPLICIT_ID));
        if (!named) {
            InterfaceParser.noExternalId(attrs, "an import or export of an interface by its name (use `name: path`)");
            Ast.UsePath path = paths.usePath();
            c.expect(Kind.SEMICOLON);
            return new WorldMember.ByPath(path);
        }
        Ident name = c.ident();
        c.expect(Kind.COLON);
        if (c.at(Kind.FUNC) || c.at(Kind.ASYNC)) {
            InterfaceItem.FuncSig sig = interfaces.funcSig();
            c.expect(Kind.SEMICOLON);
            return new WorldMember.NamedFunc(name, sig);
        }
        if (c.at(Kind.INTERFACE)) {
            Token kw = c.next();
            List<InterfaceItem> items = interfaces.body();
            return new WorldMember.NamedInline(name, items, c.spanFrom(kw));
        }
        if (c.atIdent()) {
            Ast.UsePath path = paths.usePath();
            c.expect(Kind.SEMICOLON);
            return new WorldMember.NamedPath(name, path);
        }
        throw c.expected("`func`, `async func`, `interface` or an interface path");
    }

    /** {@code 'include' use-path ('with' '{' id 'as' id (',' ...)* '}')? ';'?}. */
    private WorldMember include(Attrs attrs) {
        Token first = c.expect(Kind.INCLUDE);
        Ast.UsePath path = paths.usePath();
        List<UseName> with = List.of();
        if (c.eat(Kind.WITH)) {
            with = interfaces.list(Kind.LBRACE, Kind.RBRACE, "a rename (`a as b`)", a -> {
                Ident from = c.ident();
                c.expect(Kind.AS);
                return new UseName(from, Optional.of(c.ident()));
            });
            c.eat(Kind.SEMICOLON);
        } else {
            c.expect(Kind.SEMICOLON);
        }
        return new WorldMember.Include(attrs, path, with, c.spanFrom(first));
    }
}
