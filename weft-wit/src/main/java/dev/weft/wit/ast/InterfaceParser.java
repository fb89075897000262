package dev.weft.wit.ast;

import dev.weft.wit.Span;
import dev.weft.wit.ast.Ast.Attrs;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Ast.UseName;
import dev.weft.wit.ast.InterfaceItem.FuncSig;
import dev.weft.wit.ast.InterfaceItem.ResourceFunc;
import dev.weft.wit.ast.InterfaceItem.ResourceFuncKind;
import dev.weft.wit.ast.InterfaceItem.TypeDecl;
import dev.weft.wit.ast.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The items of an interface (WIT.md "Item: interface", "Item: use", "Items: type"): {@code use},
 * {@code type}, {@code record}, {@code variant}, {@code enum}, {@code flags}, {@code resource}
 * and functions.
 */
final class InterfaceParser {
    private final Cursor c;
    private final AttrParser attrParser;
    private final TypeParser types;
    private final PathParser paths;

    InterfaceParser(Cursor c) {
        this.c = c;
        this.attrParser = new AttrParser(c);
        this.types = new TypeParser(c);
        this.paths = new PathParser(c);
    }

    /** {@code '{' interface-items* '}'}. */
    List<InterfaceItem> body() {
        c.expect(Kind.LBRACE);
        List<InterfaceItem> items = new ArrayList<>();
        while (true) {
            Attrs attrs = attrParser.attrs();
            if (c.at(Kind.RBRACE) && attrs.gateSpan().isEmpty() && attrs.externalIdSpan().isEmpty()) break;
            items.add(item(attrs));
        }
        c.expect(Kind.RBRACE);
        return items;
    }

    private InterfaceItem item(Attrs attrs) {
        c.rejectKeywordAsName();
        if (c.at(Kind.USE)) {
            noExternalId(attrs, "a `use`");
            return use(attrs);
        }
        if (atTypeDecl()) return typeDecl(attrs);
        if (c.atIdent()) {
            Ident name = c.ident();
            c.expect(Kind.COLON);
            FuncSig sig = funcSig();
            c.expect(Kind.SEMICOLON);
            return new InterfaceItem.Func(attrs, name, sig);
        }
        throw c.expected("`use`, a type definition or a function (`name: func(...)`)");
    }

    static void noExternalId(Attrs attrs, String what) {
        attrs.externalIdSpan().ifPresent(span -> {
            throw new dev.weft.wit.WitException(span, "`@external-id` is not allowed on " + what);
        });
    }

    /** {@code use use-path '.' '{' use-names-list '}' ';'}. */
    InterfaceItem.Use use(Attrs attrs) {
        Token first = c.expect(Kind.USE);
        Ast.UsePath path = paths.usePath();
        c.expect(Kind.DOT);
        List<UseName> names = list(Kind.LBRACE, Kind.RBRACE, "a name", a -> {
            Ident name = c.ident();
            return new UseName(name, c.eat(Kind.AS) ? Optional.of(c.ident()) : Optional.empty());
        });
        c.expect(Kind.SEMICOLON);
        return new InterfaceItem.Use(attrs, path, names, c.spanFrom(first));
    }

    boolean atTypeDecl() {
        return switch (c.peek().kind()) {
            case TYPE, RECORD, VARIANT, ENUM, FLAGS, RESOURCE -> true;
            default -> false;
        };
    }

    TypeDecl typeDecl(Attrs attrs) {
        Token keyword = c.next();
        Ident name = c.ident();
        return switch (keyword.kind()) {
            case TYPE -> {
                c.expect(Kind.EQUALS);
                TypeExpr type = types.type();
                c.expect(Kind.SEMICOLON);
                yield new InterfaceItem.Alias(attrs, name, type);
            }
            case RECORD -> new InterfaceItem.Record(attrs, name, list(Kind.LBRACE, Kind.RBRACE, "a field", a -> {
                Ident field = c.ident();
                c.expect(Kind.COLON);
                return new InterfaceItem.Field(a, field, types.type());
            }));
            case VARIANT -> new InterfaceItem.Variant(attrs, name, list(Kind.LBRACE, Kind.RBRACE, "a case", a -> {
                Ident label = c.ident();
                Optional<TypeExpr> payload = Optional.empty();
                if (c.eat(Kind.LPAREN)) {
                    payload = Optional.of(types.type());
                    c.expect(Kind.RPAREN);
                }
                return new InterfaceItem.Case(a, label, payload);
            }));
            case ENUM -> new InterfaceItem.Enum(attrs, name,
                    list(Kind.LBRACE, Kind.RBRACE, "a case", a -> new InterfaceItem.Named(a, c.ident())));
            case FLAGS -> new InterfaceItem.Flags(attrs, name,
                    list(Kind.LBRACE, Kind.RBRACE, "a flag", a -> new InterfaceItem.Named(a, c.ident())));
            case RESOURCE -> new InterfaceItem.Resource(attrs, name, resourceBody());
            default -> throw new AssertionError(keyword.kind());
        };
    }

    /** {@code ';'} or {@code '{' (gate external-id? resource-method)* '}'}. */
    private List<ResourceFunc> resourceBody() {
        if (c.eat(Kind.SEMICOLON)) return List.of();
        c.expect(Kind.LBRACE);
        List<ResourceFunc> funcs = new ArrayList<>();
        while (true) {
            Attrs attrs = attrParser.attrs();
            if (c.at(Kind.RBRACE) && attrs.gateSpan().isEmpty() && attrs.externalIdSpan().isEmpty()) break;
            funcs.add(resourceFunc(attrs));
        }
        c.expect(Kind.RBRACE);
        return funcs;
    }

    private ResourceFunc resourceFunc(Attrs attrs) {
        c.rejectKeywordAsName();
        if (c.at(Kind.CONSTRUCTOR)) {
            Token t = c.next();
            Ident name = new Ident("constructor", c.span(t));
            Token params = c.peek();
            List<InterfaceItem.Param> ps = params();
            Optional<TypeExpr> result = c.eat(Kind.ARROW) ? Optional.of(types.type()) : Optional.empty();
            c.expect(Kind.SEMICOLON);
            return new ResourceFunc(attrs, ResourceFuncKind.CONSTRUCTOR, name,
                    new FuncSig(false, ps, result, c.spanFrom(params)));
        }
        if (!c.atIdent()) throw c.expected("`constructor` or a function (`name: func(...)`)");
        Ident name = c.ident();
        c.expect(Kind.COLON);
        boolean isStatic = c.eat(Kind.STATIC);
        FuncSig sig = funcSig();
        c.expect(Kind.SEMICOLON);
        return new ResourceFunc(attrs, isStatic ? ResourceFuncKind.STATIC : ResourceFuncKind.METHOD, name, sig);
    }

    /** {@code 'async'? 'func' param-list result-list}. */
    FuncSig funcSig() {
        Token first = c.peek();
        boolean async = c.eat(Kind.ASYNC);
        if (!c.at(Kind.FUNC)) throw c.expected(async ? "`func`" : "`func` or `async func`");
        c.next();
        List<InterfaceItem.Param> params = params();
        Optional<TypeExpr> result = c.eat(Kind.ARROW) ? Optional.of(types.type()) : Optional.empty();
        return new FuncSig(async, params, result, c.spanFrom(first));
    }

    private List<InterfaceItem.Param> params() {
        return list(Kind.LPAREN, Kind.RPAREN, "a parameter", a -> {
            Ident name = c.ident();
            c.expect(Kind.COLON);
            return new InterfaceItem.Param(name, types.type());
        });
    }

    /**
     * {@code open (item (',' item)* ','?)? close}; each item gets its doc comments. Lists in braces
     * (fields, cases, flags, use names) must not be empty; parameter lists may be.
     */
    <T> List<T> list(Kind open, Kind close, String what, Function<Attrs, T> item) {
        Token start = c.expect(open);
        List<T> out = new ArrayList<>();
        while (!c.at(close)) {
            Attrs attrs = Attrs.of(AttrParser.docs(c.peek().docs()));
            if (c.at(Kind.AT)) throw c.error(c.span(c.peek()), "attributes are not allowed on " + what);
            out.add(item.apply(attrs));
            if (!c.eat(Kind.COMMA)) break;
        }
        if (!c.at(close)) throw c.expected("',' or " + close.description());
        Span span = c.spanFrom(start);
        c.next();
        if (out.isEmpty() && open == Kind.LBRACE) {
            throw c.error(new Span(c.file, span.start(), c.previous().end()), "expected at least one " + what.substring(2));
        }
        return out;
    }
}
