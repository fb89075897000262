package dev.weft.types;

/**
 * The type of a component import or export ({@code externtype} with every index resolved): a core
 * module, a function, a value, a type, a component or an instance.
 */
public sealed interface ExternType {

    /** {@code (core module (type ...))}. */
    record CoreModule(CoreModuleType type) implements ExternType {}

    /** {@code (func (type ...))}. */
    record Func(FuncType type) implements ExternType {}

    /** {@code (value ...)} 🪙. */
    record Value(ValueType type) implements ExternType {}

    /** {@code (type ...)}: the type itself (a value type, a resource, a func, component or instance type). */
    record Type(TypeDef type) implements ExternType {}

    /** {@code (component (type ...))}. */
    record Component(ComponentType type) implements ExternType {}

    /** {@code (instance (type ...))}. */
    record Instance(InstanceType type) implements ExternType {}
}
