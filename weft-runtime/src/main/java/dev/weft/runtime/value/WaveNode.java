package dev.weft.runtime.value;

import java.util.List;
import java.util.Optional;

/**
 * WAVE text parsed without a type: what the syntax alone can tell. A bare label may be an enum or a
 * variant case; a number may be any integer or float; {@code {}} is empty flags, {@code {:}} an empty
 * record. {@link WaveTyping} gives a node its meaning against a type. Offsets are string indices.
 */
sealed interface WaveNode {
    int start();

    int end();

    /** What the node looks like, for "expected u32, found a string". */
    String describe();

    record Number(int start, int end, String text) implements WaveNode {
        public String describe() {
            return "the number `" + text + "`";
        }
    }

    record CharLit(int start, int end, int codePoint) implements WaveNode {
        public String describe() {
            return "a char";
        }
    }

    record StringLit(int start, int end, String value) implements WaveNode {
        public String describe() {
            return "a string";
        }
    }

    record BoolLit(int start, int end, boolean value) implements WaveNode {
        public String describe() {
            return "`" + value + "`";
        }
    }

    record Tuple(int start, int end, List<WaveNode> items) implements WaveNode {
        public String describe() {
            return "a tuple";
        }
    }

    record ListLit(int start, int end, List<WaveNode> items) implements WaveNode {
        public String describe() {
            return "a list";
        }
    }

    /** {@code {a: 1, b: 2}}; {@code {:}} has no fields. */
    record Record(int start, int end, List<FieldNode> fields) implements WaveNode {
        public String describe() {
            return "a record";
        }
    }

    record FieldNode(Label label, WaveNode value) {
    }

    /** {@code {a, b}}; {@code {}} has no flags. */
    record Flags(int start, int end, List<Label> flags) implements WaveNode {
        public String describe() {
            return flags.isEmpty() ? "`{}` (empty flags)" : "flags";
        }
    }

    /** A bare label: an enum case or a variant case without payload. {@code name} has no {@code %}. */
    record Label(int start, int end, String name) implements WaveNode {
        public String describe() {
            return "`" + name + "`";
        }
    }

    /** {@code name(payload)}: a variant case with its payload. */
    record Case(int start, int end, Label label, WaveNode payload) implements WaveNode {
        public String describe() {
            return "the case `" + label.name() + "(...)`";
        }
    }

    record Some(int start, int end, WaveNode payload) implements WaveNode {
        public String describe() {
            return "`some(...)`";
        }
    }

    record None(int start, int end) implements WaveNode {
        public String describe() {
            return "`none`";
        }
    }

    /** {@code ok} or {@code err}, with or without a payload. */
    record ResultLit(int start, int end, boolean isOk, Optional<WaveNode> payload) implements WaveNode {
        public String describe() {
            return "`" + (isOk ? "ok" : "err") + (payload.isPresent() ? "(...)`" : "`");
        }
    }
}
