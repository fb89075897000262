package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import java.util.ArrayList;
import java.util.List;

/**
 * The stack of enclosing scopes (components, component types, instance types), innermost last;
 * outer aliases count outwards from the innermost.
 */
final class Scopes {
    private final List<ComponentState> stack = new ArrayList<>();

    ComponentState current() {
        return stack.get(stack.size() - 1);
    }

    void push(ComponentState state) {
        stack.add(state);
    }

    ComponentState pop() {
        return stack.remove(stack.size() - 1);
    }

    int depth() {
        return stack.size();
    }

    /** The scope {@code count} levels out ("invalid outer alias count of N"). */
    ComponentState outer(int count, long offset) {
        if (count < 0 || count >= stack.size()) {
            throw invalid(offset, "invalid outer alias count of " + Integer.toUnsignedString(count));
        }
        return stack.get(stack.size() - 1 - count);
    }

    /** The scope at {@code position} from the outermost (0), or null. */
    ComponentState at(int position) {
        return position >= 0 && position < stack.size() ? stack.get(position) : null;
    }
}
