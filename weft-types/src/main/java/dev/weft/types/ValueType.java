package dev.weft.types;

/**
 * A component-level value type ({@code valtype} with indices resolved): a primitive or one of the
 * {@code defvaltype} constructors of
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#type-definitions">the Explainer</a>.
 */
public sealed interface ValueType permits PrimitiveType, RecordType, VariantType, ListType, FixedListType,
        TupleType, FlagsType, EnumType, OptionType, ResultType, OwnType, BorrowType, StreamType, FutureType,
        MapType {

    /** The type in WIT syntax (anonymous: nested types are spelled out). */
    String wit();
}
