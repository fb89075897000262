package dev.weft.binary.ast;

import java.util.List;

/** {@code instance ::= ie:<instanceexpr>}. */
public sealed interface Instance {
    int offset();

    /** {@code 0x00 c:<componentidx> arg*:vec(<instantiatearg>)}. */
    record Instantiate(int offset, int componentIndex, List<Arg> args) implements Instance {
        public Instantiate { args = List.copyOf(args); }
    }

    /** {@code 0x01 e*:vec(<inlineexport>)}. */
    record FromExports(int offset, List<InlineExport> exports) implements Instance {
        public FromExports { exports = List.copyOf(exports); }
    }

    /** {@code instantiatearg ::= n:<name> si:<sortidx>}. */
    record Arg(int offset, String name, SortIndex target) {}

    /** {@code inlineexport ::= na:<nameattributes> si:<sortidx>}. */
    record InlineExport(int offset, ExternName name, SortIndex target) {}
}
