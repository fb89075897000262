package dev.weft.types;

/** What a component type index denotes: a value type, a resource, or a func, component or instance type. */
public sealed interface TypeDef {

    record Value(ValueType type) implements TypeDef {}

    record Resource(ResourceType resource) implements TypeDef {}

    record Func(FuncType type) implements TypeDef {}

    record Component(ComponentType type) implements TypeDef {}

    record Instance(InstanceType type) implements TypeDef {}
}
