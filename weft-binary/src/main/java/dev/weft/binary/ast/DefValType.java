package dev.weft.binary.ast;

import java.util.List;
import java.util.Optional;

/** {@code defvaltype}: the value type constructors. */
public sealed interface DefValType extends DefType permits PrimValType, DefValType.Record, DefValType.Variant,
        DefValType.ListOf, DefValType.FixedList, DefValType.Tuple, DefValType.Flags, DefValType.Enum,
        DefValType.Option, DefValType.Result, DefValType.Own, DefValType.Borrow, DefValType.Stream,
        DefValType.Future, DefValType.MapOf {

    /** {@code 0x72 lt*:vec(<labelvaltype>)}. */
    record Record(List<Field> fields) implements DefValType {
        public Record { fields = List.copyOf(fields); }
    }

    /** {@code 0x71 case*:vec(<case>)}. */
    record Variant(List<Case> cases) implements DefValType {
        public Variant { cases = List.copyOf(cases); }
    }

    /** {@code 0x70 t:<valtype>}. */
    record ListOf(ValType element) implements DefValType {}

    /** {@code 0x67 t:<valtype> len:<u32>} 🔧. */
    record FixedList(ValType element, long length) implements DefValType {}

    /** {@code 0x6f t*:vec(<valtype>)}. */
    record Tuple(List<ValType> types) implements DefValType {
        public Tuple { types = List.copyOf(types); }
    }

    /** {@code 0x6e l*:vec(<labellit>)}. */
    record Flags(List<String> labels) implements DefValType {
        public Flags { labels = List.copyOf(labels); }
    }

    /** {@code 0x6d l*:vec(<labellit>)}. */
    record Enum(List<String> labels) implements DefValType {
        public Enum { labels = List.copyOf(labels); }
    }

    /** {@code 0x6b t:<valtype>}. */
    record Option(ValType type) implements DefValType {}

    /** {@code 0x6a t?:<valtype>? u?:<valtype>?}. */
    record Result(Optional<ValType> ok, Optional<ValType> err) implements DefValType {}

    /** {@code 0x69 i:<typeidx>}. */
    record Own(int typeIndex) implements DefValType {}

    /** {@code 0x68 i:<typeidx>}. */
    record Borrow(int typeIndex) implements DefValType {}

    /** {@code 0x66 t?:<valtype>?} 🔀. */
    record Stream(Optional<ValType> element) implements DefValType {}

    /** {@code 0x65 t?:<valtype>?} 🔀. */
    record Future(Optional<ValType> element) implements DefValType {}

    /** {@code 0x63 k:<valtype> v:<valtype>} 🗺️. */
    record MapOf(ValType key, ValType value) implements DefValType {}

    /** {@code labelvaltype ::= l:<labellit> t:<valtype>}. */
    record Field(String label, ValType type) {}

    /** {@code case ::= l:<labellit> t?:<valtype>? 0x00}. */
    record Case(String label, Optional<ValType> type) {}
}
