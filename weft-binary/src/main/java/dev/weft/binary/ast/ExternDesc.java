package dev.weft.binary.ast;

/** {@code externtype}: the type of an import or export, by index into the relevant type space. */
public sealed interface ExternDesc {

    /** {@code 0x00 0x11 i:<core:typeidx>}: {@code (core module (type i))}. */
    record CoreModule(int coreTypeIndex) implements ExternDesc {}

    /** {@code 0x01 i:<typeidx>}: {@code (func (type i))}. */
    record Func(int typeIndex) implements ExternDesc {}

    /** {@code 0x02 b:<valuebound>}: {@code (value b)} 🪙. */
    record Value(ValueBound bound) implements ExternDesc {}

    /** {@code 0x03 b:<typebound>}: {@code (type b)}. */
    record Type(TypeBound bound) implements ExternDesc {}

    /** {@code 0x04 i:<typeidx>}: {@code (component (type i))}. */
    record Component(int typeIndex) implements ExternDesc {}

    /** {@code 0x05 i:<typeidx>}: {@code (instance (type i))}. */
    record Instance(int typeIndex) implements ExternDesc {}

    /** {@code typebound}. */
    sealed interface TypeBound {}

    /** {@code 0x00 i:<typeidx>}: {@code (eq i)}. */
    record Eq(int typeIndex) implements TypeBound {}

    /** {@code 0x01}: {@code (sub resource)}. */
    record SubResource() implements TypeBound {}

    /** {@code valuebound}. */
    sealed interface ValueBound {}

    /** {@code 0x00 i:<valueidx>}: {@code (eq i)} 🪙. */
    record ValueEq(int valueIndex) implements ValueBound {}

    /** {@code 0x01 t:<valtype>} 🪙. */
    record ValueOf(ValType type) implements ValueBound {}
}
