package dev.weft.wit;

import dev.weft.types.PrimitiveType;
import java.util.List;
import java.util.Optional;

/**
 * A resolved reference to a type, as written in a field, parameter, result or alias: a primitive,
 * a named type ({@link TypeId}), a handle to a resource, or an anonymous type constructor.
 *
 * <p>A resource name in a value position is an owned handle ({@link Own}); {@link Named} never
 * denotes a resource except as the target of an alias ({@code type headers = fields;}).
 */
public sealed interface Type {

    /** {@code bool}, {@code u8}, ..., {@code string}, {@code error-context}. */
    record Primitive(PrimitiveType type) implements Type {}

    /** A named type definition: record, variant, enum, flags, alias (or, as an alias target, a resource). */
    record Named(TypeId id) implements Type {}

    /** {@code r} or {@code own<r>}: an owned handle; {@code id} is the name used (maybe an alias of the resource). */
    record Own(TypeId id) implements Type {}

    /** {@code borrow<r>}. */
    record Borrow(TypeId id) implements Type {}

    /** {@code list<t>}. */
    record ListOf(Type element) implements Type {}

    /** {@code list<t, n>} 🔧. */
    record FixedListOf(Type element, long length) implements Type {}

    /** {@code option<t>}. */
    record OptionOf(Type type) implements Type {}

    /** {@code result}, {@code result<t>}, {@code result<_, e>}, {@code result<t, e>}. */
    record ResultOf(Optional<Type> ok, Optional<Type> err) implements Type {}

    /** {@code tuple<t, ...>}. */
    record TupleOf(List<Type> types) implements Type {
        public TupleOf {
            types = List.copyOf(types);
        }
    }

    /** {@code map<k, v>} 🗺️. */
    record MapOf(Type key, Type value) implements Type {}

    /** {@code future} or {@code future<t>}. */
    record FutureOf(Optional<Type> element) implements Type {}

    /** {@code stream} or {@code stream<t>}. */
    record StreamOf(Optional<Type> element) implements Type {}
}
