package dev.weft.binary.ast;

/** {@code alias ::= s:<sort> target}. Also used for alias declarators inside instance/component types. */
public record Alias(int offset, Sort sort, Target target) {

    /** The three alias targets. */
    public sealed interface Target {}

    /** {@code 0x00 i:<instanceidx> n:<name>}: {@code (alias export i n (s))}. */
    public record Export(int instanceIndex, String name) implements Target {}

    /** {@code 0x01 i:<core:instanceidx> n:<core:name>}: {@code (alias core export i n (s))}. */
    public record CoreExport(int coreInstanceIndex, String name) implements Target {}

    /** {@code 0x02 ct:<u32> idx:<u32>}: {@code (alias outer ct idx (s))}. */
    public record Outer(int count, int index) implements Target {}
}
