package dev.weft.binary.validate.names;

import dev.weft.errors.InvalidComponentException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of one record, variant, flags, enum or parameter list: each must be kebab case and
 * unique without regard to case ("record field name `A-b-C-d` conflicts with previous field name
 * `a-B-c-D`").
 */
public final class LabelSet {
    private final LabelKind kind;
    private final Map<String, String> byKey = new HashMap<>();
    private final List<String> labels = new ArrayList<>();

    public LabelSet(LabelKind kind) {
        this.kind = kind;
    }

    /** Checks {@code label} and adds it; returns it. */
    public String add(String label, long offset) {
        KebabNames.checkLabel(label, kind, offset);
        String previous = byKey.putIfAbsent(KebabNames.lowercase(label), label);
        if (previous != null) {
            throw new InvalidComponentException(offset, kind.description() + " name `" + label
                    + "` conflicts with previous " + kind.noun() + " name `" + previous + "`");
        }
        labels.add(label);
        return label;
    }

    /** The labels added so far, in order. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    public LabelKind kind() {
        return kind;
    }
}
