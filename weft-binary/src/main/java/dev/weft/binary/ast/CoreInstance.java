package dev.weft.binary.ast;

import java.util.List;

/** {@code core:instance ::= ie:<core:instanceexpr>}. */
public sealed interface CoreInstance {
    int offset();

    /** {@code 0x00 m:<moduleidx> arg*:vec(<core:instantiatearg>)}. */
    record Instantiate(int offset, int moduleIndex, List<Arg> args) implements CoreInstance {
        public Instantiate { args = List.copyOf(args); }
    }

    /** {@code 0x01 e*:vec(<core:inlineexport>)}. */
    record FromExports(int offset, List<InlineExport> exports) implements CoreInstance {
        public FromExports { exports = List.copyOf(exports); }
    }

    /** {@code core:instantiatearg ::= n:<core:name> 0x12 i:<instanceidx>} (the sort byte is kept for validation). */
    record Arg(int offset, String name, SortIndex instance) {}

    /** {@code core:inlineexport ::= n:<core:name> si:<core:sortidx>}. */
    record InlineExport(int offset, String name, SortIndex target) {}
}
