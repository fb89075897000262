package dev.weft.runtime.value;

import java.util.List;

/**
 * A function call as written, before any type is known: the function name ({@code add},
 * {@code bench:kit/api#add}, {@code [method]counter.get}) and each argument's WAVE text.
 */
public record Call(String name, List<String> arguments) {
    public Call {
        arguments = List.copyOf(arguments);
    }
}
