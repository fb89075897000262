package dev.weft.cli;

import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Instance;
import dev.weft.types.ExternType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding the function a user named on the command line: an exported function ({@code add}),
 * a function of an exported instance ({@code bench:kit/api#add}), or, when that is unambiguous,
 * a function of an exported instance named without its instance ({@code add}).
 */
final class Exports {
    private final Instance instance;

    Exports(Instance instance) {
        this.instance = instance;
    }

    /** The function {@code name} stands for, or empty. */
    Optional<ComponentFunction> find(String name) {
        Optional<ComponentFunction> direct = instance.func(name);
        if (direct.isPresent() || name.contains("#")) return direct;
        List<String> owners = owners(name);
        return owners.size() == 1 ? instance.func(owners.get(0), name) : Optional.empty();
    }

    /** Why {@code name} was not found, with the names there are. */
    String whyNotFound(String name) {
        List<String> owners = owners(name);
        if (owners.size() > 1) {
            return "`" + name + "` is exported by several instances: say which, e.g. `" + owners.get(0) + "#" + name + "`";
        }
        return "no exported function `" + name + "`; the component exports: " + String.join(", ", all());
    }

    private List<String> owners(String name) {
        List<String> owners = new ArrayList<>();
        instance.exports().forEach((key, type) -> {
            if (type instanceof ExternType.Instance i && i.type().exports().get(name) instanceof ExternType.Func) {
                owners.add(key);
            }
        });
        return owners;
    }

    /** Every function the component exports, as it can be named. */
    List<String> all() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, ExternType> e : instance.exports().entrySet()) {
            switch (e.getValue()) {
                case ExternType.Func f -> names.add(e.getKey());
                case ExternType.Instance i -> i.type().exports().forEach((fn, t) -> {
                    if (t instanceof ExternType.Func) names.add(e.getKey() + "#" + fn);
                });
                default -> { }
            }
        }
        return names;
    }
}
