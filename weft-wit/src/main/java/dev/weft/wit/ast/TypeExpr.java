package dev.weft.wit.ast;

import dev.weft.types.PrimitiveType;
import dev.weft.wit.Span;
import java.util.List;
import java.util.Optional;

/** A type as written ({@code ty} in WIT.md), before names are resolved. */
public sealed interface TypeExpr {
    Span span();

    record Primitive(PrimitiveType type, Span span) implements TypeExpr {}

    /** A name: a type of the enclosing interface or world (an owned handle if it names a resource). */
    record Name(Ast.Ident name) implements TypeExpr {
        @Override
        public Span span() {
            return name.span();
        }
    }

    record Borrow(Ast.Ident resource, Span span) implements TypeExpr {}

    /** {@code own<r>}, the explicit spelling of {@code r}. */
    record Own(Ast.Ident resource, Span span) implements TypeExpr {}

    record ListOf(TypeExpr element, Span span) implements TypeExpr {}

    record FixedListOf(TypeExpr element, long length, Span span) implements TypeExpr {}

    record OptionOf(TypeExpr type, Span span) implements TypeExpr {}

    record ResultOf(Optional<TypeExpr> ok, Optional<TypeExpr> err, Span span) implements TypeExpr {}

    record TupleOf(List<TypeExpr> types, Span span) implements TypeExpr {
        public TupleOf {
            types = List.copyOf(types);
        }
    }

    record MapOf(TypeExpr key, TypeExpr value, Span span) implements TypeExpr {}

    record FutureOf(Optional<TypeExpr> element, Span span) implements TypeExpr {}

    record StreamOf(Optional<TypeExpr> element, Span span) implements TypeExpr {}
}
