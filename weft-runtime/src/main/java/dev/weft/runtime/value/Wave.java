package dev.weft.runtime.value;

import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.OptionType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * WAVE, the WebAssembly Value Encoding: the text form of Component Model values that
 * {@code wasmtime run --invoke} and wasm-tools use, following wasm-wave's grammar
 * ({@code crates/wasm-wave/wave_ebnf.md} in wasm-tools).
 *
 * <pre>
 * bool        true, false               char      'x', '\'', '&#92;u{1F600}'
 * integers    123, -9                   string    "abc\t\"q\"\n", or a """ multiline string
 * floats      3.14, 6.022e+23, nan, inf, -inf
 * tuple       ("abc", 123)              list      [1, 2, 3], []
 * record      {x: 1.0, y: 2.0}          (option fields may be left out; all left out: {:})
 * variant     days(30), forever         enum      south   (keywords as cases: %none)
 * option      some(1), none, or 1       result    ok(1), err("oops"), ok, or 1
 * flags       {read, write}, {}         map       [("k", 1)] (WAVE has none; this is its ABI form)
 * comments    // to the end of the line
 * </pre>
 *
 * Parsing is type-directed: the type decides what {@code 5} or {@code south} means. A bare value
 * stands for {@code some}/{@code ok} of it unless the payload is itself an option or result.
 * Printing gives canonical text that parses back to an equal value (handles excepted: WAVE has
 * no syntax for them). Errors are {@link WaveSyntaxException}s with the column and a caret line.
 */
public final class Wave {
    private Wave() {
    }

    /** Parses {@code text} as one value of {@code type}. @throws WaveSyntaxException if it is not one */
    public static Value parse(String text, ValueType type) {
        WaveNode node = WaveParser.parseValue(text);
        return new WaveTyping(text).value(node, type);
    }

    /** The canonical WAVE text of {@code value}. */
    public static String print(Value value) {
        return WavePrinter.print(value);
    }

    /** {@code name(arg, arg)} in WAVE, e.g. {@code add(2, 3)}. */
    public static String printCall(String name, List<? extends Value> arguments) {
        return arguments.stream().map(Wave::print).collect(Collectors.joining(", ", name + "(", ")"));
    }

    /**
     * Splits {@code name(arg, ...)} into the name and the arguments' text, checking the syntax but
     * no types. @throws WaveSyntaxException if it is not a call
     */
    public static Call parseCall(String text) {
        WaveParser.ParsedCall call = WaveParser.parseCall(text);
        return new Call(call.name(), call.arguments().stream().map(a -> text.substring(a.start(), a.end())).toList());
    }

    /**
     * Parses {@code name(arg, ...)} and each argument against the parameters of the function
     * {@code lookup} finds for the name (as written: {@code add}, {@code iface#add},
     * {@code pkg:ns/iface#add}, {@code [method]r.m}). Trailing {@code option} arguments may be left
     * out; they are {@code none}.
     *
     * @throws WaveSyntaxException if the text is not a call, the function is unknown, or the arguments do not fit
     */
    public static Invocation parseInvocation(String text, Function<String, Optional<FuncType>> lookup) {
        WaveParser.ParsedCall call = WaveParser.parseCall(text);
        FuncType type = lookup.apply(call.name()).orElseThrow(() ->
                new WaveSyntaxException(text, call.nameStart(), call.nameEnd(), "unknown function `" + call.name() + "`"));
        List<Field> params = type.params();
        List<WaveNode> args = call.arguments();
        String signature = params.stream().map(Field::toString).collect(Collectors.joining(", ", "(", ")"));
        if (args.size() > params.size()) {
            WaveNode extra = args.get(params.size());
            throw new WaveSyntaxException(text, extra.start(), args.get(args.size() - 1).end(), "`" + call.name() + "` takes "
                    + count(params.size()) + " " + signature + ", found " + args.size());
        }
        WaveTyping typing = new WaveTyping(text);
        List<Value> values = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            Field param = params.get(i);
            if (i < args.size()) {
                try {
                    values.add(typing.value(args.get(i), param.type()));
                } catch (WaveSyntaxException e) {
                    throw e.withReason(text, e.reason() + " in param `" + param.name() + "`");
                }
            } else if (param.type() instanceof OptionType o) {
                values.add(new OptionValue(o, Optional.empty()));
            } else {
                throw new WaveSyntaxException(text, call.close(), call.close() + 1, "missing param `" + param.name() + "` ("
                        + param.type().wit() + "): `" + call.name() + "` takes " + count(params.size()) + " " + signature);
            }
        }
        return new Invocation(call.name(), type, values);
    }

    private static String count(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
