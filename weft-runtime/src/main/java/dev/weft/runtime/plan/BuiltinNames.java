package dev.weft.runtime.plan;

import dev.weft.binary.ast.Canon;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The text-format name of a {@code canon} built-in, for messages: {@code TaskReturn} is
 * {@code task.return}, {@code StreamCancelRead} {@code stream.cancel-read}, {@code ErrorContextNew}
 * {@code error-context.new}.
 */
public final class BuiltinNames {
    private static final List<String> TWO_WORD_NAMESPACES = List.of("error-context", "waitable-set");

    private BuiltinNames() {}

    public static String of(Canon canon) {
        List<String> words = Arrays.stream(canon.getClass().getSimpleName().split("(?<=[a-z])(?=[A-Z])"))
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        int nsWords = words.size() > 2 && TWO_WORD_NAMESPACES.contains(words.get(0) + "-" + words.get(1)) ? 2 : 1;
        return String.join("-", words.subList(0, nsWords)) + "." + String.join("-", words.subList(nsWords, words.size()));
    }
}
