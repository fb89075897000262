package dev.weft.wit;

import java.util.Optional;

/**
 * The documentation of an item: the text of the {@code ///} and {@code /** *}{@code /} comments
 * before it, without the comment markers (and without one space after {@code ///}), lines joined
 * by {@code \n}.
 */
public record Docs(Optional<String> contents) {
    public static final Docs NONE = new Docs(Optional.empty());

    public static Docs of(String contents) {
        return contents == null || contents.isEmpty() ? NONE : new Docs(Optional.of(contents));
    }

    public boolean isEmpty() {
        return contents.isEmpty();
    }
}
