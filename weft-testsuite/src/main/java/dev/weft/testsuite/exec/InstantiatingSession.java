package dev.weft.testsuite.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.WeftException;
import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Trap;
import dev.weft.runtime.UnlinkableException;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Wave;
import dev.weft.testsuite.CommandExecutor;
import dev.weft.testsuite.CommandType;
import dev.weft.testsuite.ConformanceCommand;
import dev.weft.testsuite.ConformanceFile;
import dev.weft.testsuite.MessageMatch;
import dev.weft.testsuite.Status;
import dev.weft.testsuite.Verdict;
import dev.weft.testsuite.WastFormatException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One conformance file's commands, in order: its definitions and instances by name, the current
 * instance, what is registered for linking. See {@link InstantiatingExecutor} for the rules.
 *
 * <p>The runner judges some commands itself and never shows them here (a {@code component} that
 * does not validate, an entry without a binary). So that later commands do not run against an
 * older instance, the session finds such gaps in the file's command list and records the missing
 * instance (or definition) with the runner's reason ({@link #catchUp}).
 */
final class InstantiatingSession implements CommandExecutor.FileSession {
    private static final JsonNode NO_VALUES = JsonNodeFactory.instance.arrayNode();

    private final Engine engine;
    private final List<ConformanceCommand> commands;
    private final Map<ConformanceCommand, Integer> positions = new IdentityHashMap<>();
    private final Map<String, Slot<Component>> definitions = new HashMap<>();
    private final Map<String, Slot<Instance>> instances = new HashMap<>();
    private final Registry registry;
    private Slot<Instance> current;
    private int next;

    /** @param host the host's imports for this file (fresh per file: their state is the file's) */
    InstantiatingSession(Engine engine, ConformanceFile file, HostImports host) {
        this.engine = engine;
        this.commands = file.commands();
        for (int i = 0; i < commands.size(); i++) {
            positions.put(commands.get(i), i);
        }
        this.registry = new Registry(engine, host);
    }

    @Override
    public Verdict execute(ConformanceCommand command, Optional<byte[]> binary) {
        catchUp(command);
        return switch (command.type()) {
            case COMPONENT -> command.definition() ? define(command, binary.orElseThrow()) : instantiate(command, binary.orElseThrow());
            case INSTANCE -> instance(command);
            case ASSERT_RETURN -> assertReturn(command);
            case ACTION -> action(command);
            case ASSERT_TRAP -> assertTrap(command);
            case ASSERT_TRAP_INSTANTIATE -> assertTrapInstantiate(command, binary.orElseThrow());
            case ASSERT_UNLINKABLE -> assertUnlinkable(command, binary.orElseThrow());
            case ASSERT_INVALID, ASSERT_MALFORMED, UNKNOWN ->
                    throw new AssertionError("the runner judges " + command.typeName() + " itself");
        };
    }

    // ---- component, definition, instance --------------------------------------------------------

    private Verdict define(ConformanceCommand command, byte[] bytes) {
        String expected = "loads (definition only)";
        Component component;
        try {
            component = Component.fromBytes(engine, bytes);
        } catch (RuntimeException | Error e) {
            Verdict verdict = Verdicts.unexpected(expected, "loading", e);
            command.name().ifPresent(name -> definitions.put(name, missing(verdict, command)));
            return verdict;
        }
        command.name().ifPresent(name -> definitions.put(name, new Slot.Present<>(component, command.line())));
        return Verdict.passed("loaded (definition only)");
    }

    private Verdict instantiate(ConformanceCommand command, byte[] bytes) {
        String expected = "loads and instantiates";
        Component component;
        try {
            component = Component.fromBytes(engine, bytes);
        } catch (RuntimeException | Error e) {
            return remember(command, command.name(), Verdicts.unexpected(expected, "loading", e));
        }
        return instantiate(command, command.name(), component, expected);
    }

    private Verdict instance(ConformanceCommand command) {
        String of = command.of().orElse("(none)");
        String expected = "instantiates " + of;
        Slot<Component> definition = definitions.get(of);
        return switch (definition) {
            case null -> remember(command, command.name(),
                    Verdicts.failed("no such definition", expected, "no component definition named " + of + " before this line"));
            case Slot.Missing<Component> m -> remember(command, command.name(), inherited(m, expected, "definition " + of));
            case Slot.Present<Component> p -> instantiate(command, command.name(), p.value(), expected);
        };
    }

    /** Links and instantiates {@code component}; the result becomes current and, if named, registered. */
    private Verdict instantiate(ConformanceCommand command, Optional<String> name, Component component, String expected) {
        Instance instance;
        try {
            instance = registry.linker().instantiatePre(component).instantiate();
        } catch (RuntimeException | Error e) {
            return remember(command, name, Verdicts.unexpected(expected, "instantiating", e));
        }
        Slot<Instance> slot = new Slot.Present<>(instance, command.line());
        current = slot;
        name.ifPresent(n -> {
            instances.put(n, slot);
            registry.register(n, instance);
        });
        return Verdict.passed("instantiated");
    }

    /** Records that the instance of {@code command} is missing, and why; returns the verdict. */
    private Verdict remember(ConformanceCommand command, Optional<String> name, Verdict verdict) {
        Slot<Instance> slot = missing(verdict, command);
        current = slot;
        name.ifPresent(n -> {
            instances.put(n, slot);
            registry.unregister(n);
        });
        return verdict;
    }

    private static <T> Slot<T> missing(Verdict verdict, ConformanceCommand command) {
        String detail = verdict.actual().orElse(verdict.reason());
        return new Slot.Missing<>(verdict.status(), verdict.reason(), detail, command.line());
    }

    /** The verdict of a command that needs what {@code missing} stands for. */
    private static Verdict inherited(Slot.Missing<?> missing, String expected, String what) {
        String actual = what + " is missing: line " + missing.line() + " " + missing.reason() + ": " + missing.detail();
        return missing.status() == Status.SKIPPED
                ? Verdicts.skipped(missing.reason(), expected, actual)
                : Verdicts.failed("depends on a command that failed (" + missing.reason() + ")", expected, actual);
    }

    // ---- assertions on instantiation --------------------------------------------------------------

    private Verdict assertTrapInstantiate(ConformanceCommand command, byte[] bytes) {
        String text = command.text().orElse("");
        String expected = "traps while instantiating with a message containing \"" + text + "\"";
        try {
            Component component = Component.fromBytes(engine, bytes);
            registry.linker().instantiatePre(component).instantiate();
        } catch (Trap e) {
            return judgeTrap(text, expected, e);
        } catch (RuntimeException | Error e) {
            return Verdicts.unexpected(expected, "instantiating", e);
        }
        return Verdicts.failed("instantiated instead of trapping", expected, "instantiated");
    }

    private Verdict assertUnlinkable(ConformanceCommand command, byte[] bytes) {
        String expected = "fails to link" + command.text().map(t -> " with a message containing \"" + t + "\"").orElse("");
        InstancePre pre;
        try {
            Component component = Component.fromBytes(engine, bytes);
            pre = registry.linker().instantiatePre(component);
        } catch (UnlinkableException e) {
            MessageMatch match = command.text()
                    .map(t -> String.valueOf(e.getMessage()).contains(t) ? MessageMatch.MATCHED : MessageMatch.MISMATCHED)
                    .orElse(MessageMatch.NOT_CHECKED);
            return Verdict.passed("failed to link", expected, "unlinkable: " + e.getMessage(), match);
        } catch (ComponentFormatException e) {
            return Verdicts.failed("rejected a component that must only fail to link", expected, Verdicts.describe(e));
        } catch (RuntimeException | Error e) {
            return Verdicts.unexpected(expected, "linking", e);
        }
        try {
            pre.instantiate();
        } catch (WeftException e) {
            return Verdicts.failed("linked, then did not instantiate", expected, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            return Verdict.crashed(expected, e);
        }
        return Verdicts.failed("linked and instantiated", expected, "instantiated");
    }

    // ---- invocations -----------------------------------------------------------------------------

    private Verdict assertReturn(ConformanceCommand command) {
        String expected = "returns " + command.expected().map(JsonValues::waveList).map(v -> v.isEmpty() ? "nothing" : v)
                .orElse("nothing");
        return invoke(command, expected, call -> {
            Optional<Value> want;
            try {
                want = ConformanceValues.expected(command.expected().orElse(NO_VALUES), call.function().type());
            } catch (ValueTypeException | WastFormatException e) {
                return Verdicts.unexpected(expected, "typing the expected result", e);
            }
            String wanted = "returns " + want.map(Wave::print).orElse("nothing");
            Optional<Value> got;
            try {
                got = call.run();
            } catch (RuntimeException | Error e) {
                return Verdicts.unexpected(wanted, "calling", e);
            }
            String actual = "returned " + got.map(Wave::print).orElse("nothing");
            return ValueMatch.difference(want, got)
                    .map(difference -> Verdicts.failed("returned another value", wanted, actual + " (" + difference + ")"))
                    .orElseGet(() -> Verdict.passed("returned the expected value"));
        });
    }

    private Verdict action(ConformanceCommand command) {
        String expected = "returns";
        return invoke(command, expected, call -> {
            try {
                call.run();
            } catch (RuntimeException | Error e) {
                return Verdicts.unexpected(expected, "calling", e);
            }
            return Verdict.passed("returned");
        });
    }

    private Verdict assertTrap(ConformanceCommand command) {
        String text = command.text().orElse("");
        String expected = "traps with a message containing \"" + text + "\"";
        return invoke(command, expected, call -> {
            Optional<Value> got;
            try {
                got = call.run();
            } catch (Trap e) {
                return judgeTrap(text, expected, e);
            } catch (RuntimeException | Error e) {
                return Verdicts.unexpected(expected, "calling", e);
            }
            return Verdicts.failed("returned instead of trapping", expected, "returned " + got.map(Wave::print).orElse("nothing"));
        });
    }

    private static Verdict judgeTrap(String text, String expected, Trap trap) {
        String actual = Verdicts.trapText(trap);
        return Verdicts.trapMatches(text, actual)
                ? Verdict.passed("trapped", expected, actual, MessageMatch.MATCHED)
                : Verdicts.failed("trapped with another message", expected, actual, MessageMatch.MISMATCHED);
    }

    /** A call ready to run: the function found and its arguments typed. */
    private record Call(ComponentFunction function, List<Value> arguments) {
        Optional<Value> run() {
            return function.call(arguments);
        }
    }

    private interface CallJudge {
        Verdict judge(Call call);
    }

    /** Finds the instance and function of the command's invoke, types the arguments, then lets {@code judge} call. */
    private Verdict invoke(ConformanceCommand command, String expected, CallJudge judge) {
        JsonNode action = command.action().orElse(null);
        if (action == null || !"invoke".equals(action.path("type").asText())) {
            return Verdicts.failed("unusable command", expected, "no `invoke` action: " + action);
        }
        String field = action.path("field").asText();
        String target = action.path("instance").isTextual() ? action.get("instance").textValue() : null;
        Slot<Instance> slot = target == null ? current : instances.get(target);
        String which = target == null ? "the current instance" : "instance " + target;
        return switch (slot) {
            case null -> Verdicts.failed("no such instance", expected,
                    target == null ? "no component was instantiated before this line" : "no instance named " + target);
            case Slot.Missing<Instance> m -> inherited(m, expected, which);
            case Slot.Present<Instance> p -> {
                Optional<ComponentFunction> function = p.value().func(field);
                if (function.isEmpty()) {
                    yield Verdicts.failed("no such export", expected, which + " (line " + p.line() + ") exports no function `"
                            + field + "`; it exports " + p.value().exports().keySet());
                }
                List<Value> arguments;
                try {
                    arguments = ConformanceValues.arguments(action.path("args"), function.get().type());
                } catch (ValueTypeException | WastFormatException e) {
                    yield Verdicts.unexpected(expected, "typing the arguments of `" + field + "`", e);
                }
                yield judge.judge(new Call(function.get(), arguments));
            }
        };
    }

    // ---- commands the runner kept to itself ------------------------------------------------------

    /**
     * Accounts for the commands between the last one executed and {@code command} that the runner
     * judged itself: a {@code component} among them did not become an instance (it has no binary or
     * did not validate), so later commands must not use the one before it.
     */
    private void catchUp(ConformanceCommand command) {
        Integer position = positions.get(command);
        if (position == null) {
            return;
        }
        for (int i = next; i < position; i++) {
            ConformanceCommand skipped = commands.get(i);
            if (skipped.type() == CommandType.COMPONENT) {
                notRun(skipped);
            }
        }
        next = Math.max(next, position + 1);
    }

    private void notRun(ConformanceCommand component) {
        boolean noBinary = component.textError().isPresent() || component.filename().isEmpty();
        Status status = noBinary ? Status.SKIPPED : Status.FAILED;
        String reason = noBinary ? "no binary" : "the component did not validate or could not be read";
        String detail = component.textError().map(t -> "the converter could not read it: " + t.lines().findFirst().orElse(""))
                .orElse(noBinary ? "no binary" : "see the verdict of line " + component.line());
        if (component.definition()) {
            component.name().ifPresent(n -> definitions.put(n, new Slot.Missing<>(status, reason, detail, component.line())));
            return;
        }
        Slot<Instance> slot = new Slot.Missing<>(status, reason, detail, component.line());
        current = slot;
        component.name().ifPresent(n -> {
            instances.put(n, slot);
            registry.unregister(n);
        });
    }
}
