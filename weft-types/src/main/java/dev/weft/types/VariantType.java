package dev.weft.types;

import java.util.List;
import java.util.stream.Collectors;

/** {@code (variant (case l t?)+)}. */
public record VariantType(List<Case> cases) implements ValueType {
    public VariantType {
        cases = List.copyOf(cases);
    }

    @Override
    public String wit() {
        return cases.stream().map(Case::toString).collect(Collectors.joining(", ", "variant { ", " }"));
    }
}
