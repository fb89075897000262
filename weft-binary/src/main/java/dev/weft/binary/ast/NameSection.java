package dev.weft.binary.ast;

import java.util.Map;
import java.util.Optional;

/** The {@code component-name} custom section: the component's own name and names per sort and index. */
public record NameSection(Optional<String> componentName, Map<Sort, Map<Integer, String>> sortNames) {
    public NameSection {
        sortNames = Map.copyOf(sortNames);
    }
}
