package dev.weft.binary.validate;

import dev.weft.binary.ast.Sort;

/**
 * A typed index into one of a component's thirteen index spaces
 * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#index-spaces">Explainer: index spaces</a>).
 */
public sealed interface Idx {
    int index();

    Sort sort();

    record CoreFunc(int index) implements Idx { public Sort sort() { return Sort.CORE_FUNC; } }

    record CoreTable(int index) implements Idx { public Sort sort() { return Sort.CORE_TABLE; } }

    record CoreMemory(int index) implements Idx { public Sort sort() { return Sort.CORE_MEMORY; } }

    record CoreGlobal(int index) implements Idx { public Sort sort() { return Sort.CORE_GLOBAL; } }

    record CoreTag(int index) implements Idx { public Sort sort() { return Sort.CORE_TAG; } }

    record CoreType(int index) implements Idx { public Sort sort() { return Sort.CORE_TYPE; } }

    record CoreModule(int index) implements Idx { public Sort sort() { return Sort.CORE_MODULE; } }

    record CoreInstance(int index) implements Idx { public Sort sort() { return Sort.CORE_INSTANCE; } }

    record Func(int index) implements Idx { public Sort sort() { return Sort.FUNC; } }

    record Value(int index) implements Idx { public Sort sort() { return Sort.VALUE; } }

    record Type(int index) implements Idx { public Sort sort() { return Sort.TYPE; } }

    record Component(int index) implements Idx { public Sort sort() { return Sort.COMPONENT; } }

    record Instance(int index) implements Idx { public Sort sort() { return Sort.INSTANCE; } }

    /** The index {@code index} in the space of {@code sort}. */
    static Idx of(Sort sort, int index) {
        return switch (sort) {
            case CORE_FUNC -> new CoreFunc(index);
            case CORE_TABLE -> new CoreTable(index);
            case CORE_MEMORY -> new CoreMemory(index);
            case CORE_GLOBAL -> new CoreGlobal(index);
            case CORE_TAG -> new CoreTag(index);
            case CORE_TYPE -> new CoreType(index);
            case CORE_MODULE -> new CoreModule(index);
            case CORE_INSTANCE -> new CoreInstance(index);
            case FUNC -> new Func(index);
            case VALUE -> new Value(index);
            case TYPE -> new Type(index);
            case COMPONENT -> new Component(index);
            case INSTANCE -> new Instance(index);
        };
    }
}
