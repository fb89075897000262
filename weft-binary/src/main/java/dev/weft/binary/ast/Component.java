package dev.weft.binary.ast;

import java.util.List;

/**
 * {@code component ::= <preamble> s*:<section>*}. {@code offset} is where the preamble starts (0 for
 * the outermost component, the nested section's payload for inner ones).
 */
public record Component(int offset, int length, List<Section> sections) {
    public Component {
        sections = List.copyOf(sections);
    }
}
