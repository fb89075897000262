package dev.weft.binary.validate;

import dev.weft.binary.ast.NameSection;
import dev.weft.types.ComponentType;
import java.util.List;
import java.util.Optional;

/**
 * The result of validation, handed to the instantiation planner: the component's type (imports and
 * exports with semantic types) and, in definition order, every definition with its resolved
 * information. Immutable; the types in it are interned (equal types are one instance).
 *
 * @param type the component's type
 * @param definitions every definition, in order
 * @param names the {@code component-name} section, if present
 */
public record ValidatedComponent(ComponentType type, List<Definition> definitions, Optional<NameSection> names) {
    public ValidatedComponent {
        definitions = List.copyOf(definitions);
    }

    /** The definitions of one kind, in order. */
    public <T extends Definition> List<T> definitions(Class<T> kind) {
        return definitions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Override
    public String toString() {
        return "ValidatedComponent[imports=" + type.imports().keySet() + ", exports=" + type.exports().keySet()
                + ", definitions=" + definitions.size() + "]";
    }
}
