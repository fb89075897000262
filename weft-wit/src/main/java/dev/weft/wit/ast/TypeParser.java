package dev.weft.wit.ast;

import dev.weft.types.PrimitiveType;
import dev.weft.wit.Span;
import dev.weft.wit.ast.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code ty} production of WIT.md "Types", and the handle types of "Handles". */
final class TypeParser {
    /** Largest fixed-size list length (the binary format stores it as a u32). */
    static final long MAX_FIXED_LENGTH = 0xFFFF_FFFFL;

    private final Cursor c;

    TypeParser(Cursor c) {
        this.c = c;
    }

    TypeExpr type() {
        Token t = c.peek();
        PrimitiveType prim = primitive(t.kind());
        if (prim != null) {
            c.next();
            return new TypeExpr.Primitive(prim, c.span(t));
        }
        return switch (t.kind()) {
            case ID, EXPLICIT_ID -> new TypeExpr.Name(c.ident());
            case TUPLE -> tuple();
            case LIST -> list();
            case OPTION -> {
                c.next();
                c.expect(Kind.LT);
                TypeExpr inner = type();
                c.expect(Kind.GT);
                yield new TypeExpr.OptionOf(inner, c.spanFrom(t));
            }
            case RESULT -> result();
            case MAP -> map();
            case BORROW, OWN -> handle();
            case FUTURE -> {
                c.next();
                Optional<TypeExpr> element = optionalArgument();
                yield new TypeExpr.FutureOf(element, c.spanFrom(t));
            }
            case STREAM -> {
                c.next();
                Optional<TypeExpr> element = optionalArgument();
                yield new TypeExpr.StreamOf(element, c.spanFrom(t));
            }
            default -> throw c.expected("a type");
        };
    }

    static PrimitiveType primitive(Kind kind) {
        return switch (kind) {
            case BOOL -> PrimitiveType.BOOL;
            case U8 -> PrimitiveType.U8;
            case U16 -> PrimitiveType.U16;
            case U32 -> PrimitiveType.U32;
            case U64 -> PrimitiveType.U64;
            case S8 -> PrimitiveType.S8;
            case S16 -> PrimitiveType.S16;
            case S32 -> PrimitiveType.S32;
            case S64 -> PrimitiveType.S64;
            case F32 -> PrimitiveType.F32;
            case F64 -> PrimitiveType.F64;
            case CHAR -> PrimitiveType.CHAR;
            case STRING_KW -> PrimitiveType.STRING;
            case ERROR_CONTEXT -> PrimitiveType.ERROR_CONTEXT;
            default -> null;
        };
    }

    private TypeExpr tuple() {
        Token first = c.next();
        c.expect(Kind.LT);
        List<TypeExpr> types = new ArrayList<>();
        do {
            if (c.at(Kind.GT) && !types.isEmpty()) break; // trailing comma
            types.add(type());
        } while (c.eat(Kind.COMMA));
        c.expect(Kind.GT);
        return new TypeExpr.TupleOf(types, c.spanFrom(first));
    }

    private TypeExpr list() {
        Token first = c.next();
        c.expect(Kind.LT);
        TypeExpr element = type();
        if (c.eat(Kind.COMMA)) {
            long length = length();
            c.expect(Kind.GT);
            return new TypeExpr.FixedListOf(element, length, c.spanFrom(first));
        }
        c.expect(Kind.GT);
        return new TypeExpr.ListOf(element, c.spanFrom(first));
    }

    /** {@code uint ::= [1-9][0-9]*}, at most {@link #MAX_FIXED_LENGTH}. */
    private long length() {
        if (!c.at(Kind.NUMBER)) throw c.expected("a list length");
        Token t = c.next();
        String digits = c.text(t);
        Span span = c.span(t);
        if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw c.error(span, "`" + digits + "` is not a valid list length (expected a positive integer)");
        }
        if (digits.startsWith("0")) {
            throw c.error(span, "a fixed-size list length must be a positive integer without leading zeros, not `" + digits + "`");
        }
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_FIXED_LENGTH) {
            throw c.error(span, "fixed-size list length " + digits + " is too large (at most " + MAX_FIXED_LENGTH + ")");
        }
        return Long.parseLong(digits);
    }

    private TypeExpr result() {
        Token first = c.next();
        if (!c.eat(Kind.LT)) return new TypeExpr.ResultOf(Optional.empty(), Optional.empty(), c.span(first));
        if (c.eat(Kind.UNDERSCORE)) {
            c.expect(Kind.COMMA);
            TypeExpr err = type();
            c.expect(Kind.GT);
            return new TypeExpr.ResultOf(Optional.empty(), Optional.of(err), c.spanFrom(first));
        }
        TypeExpr ok = type();
        Optional<TypeExpr> err = c.eat(Kind.COMMA) ? Optional.of(type()) : Optional.empty();
        c.expect(Kind.GT);
        return new TypeExpr.ResultOf(Optional.of(ok), err, c.spanFrom(first));
    }

    /** {@code map<kt, ty>} where {@code kt} is an integer type, {@code char}, {@code bool} or {@code string}. */
    private TypeExpr map() {
        Token first = c.next();
        c.expect(Kind.LT);
        Token keyToken = c.peek();
        TypeExpr key = type();
        if (!(key instanceof TypeExpr.Primitive p) || p.type() == PrimitiveType.F32 || p.type() == PrimitiveType.F64
                || p.type() == PrimitiveType.ERROR_CONTEXT) {
            throw c.error(c.spanFrom(keyToken), "a map key must be an integer type, `char`, `bool` or `string`");
        }
        c.expect(Kind.COMMA);
        TypeExpr value = type();
        c.expect(Kind.GT);
        return new TypeExpr.MapOf(key, value, c.spanFrom(first));
    }

    private TypeExpr handle() {
        Token first = c.next();
        c.expect(Kind.LT);
        Ast.Ident resource = c.ident();
        c.expect(Kind.GT);
        return first.kind() == Kind.BORROW ? new TypeExpr.Borrow(resource, c.spanFrom(first))
                : new TypeExpr.Own(resource, c.spanFrom(first));
    }

    private Optional<TypeExpr> optionalArgument() {
        if (!c.eat(Kind.LT)) return Optional.empty();
        TypeExpr element = type();
        c.expect(Kind.GT);
        return Optional.of(element);
    }
}
