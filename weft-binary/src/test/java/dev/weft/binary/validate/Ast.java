package dev.weft.binary.validate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.Alias;
import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.ExternDesc;
import dev.weft.binary.ast.ExternName;
import dev.weft.binary.ast.Instance;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.Section;
import dev.weft.binary.ast.Sort;
import dev.weft.binary.ast.SortIndex;
import dev.weft.binary.ast.ValType;
import dev.weft.errors.InvalidComponentException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A tiny builder of component syntax trees for tests: one section per call, in the order given, so
 * that each rule can be exercised by a component of a few definitions without writing bytes.
 */
final class Ast {
    private Ast() {}

    static Component component(Section... sections) {
        return new Component(0, 0, Arrays.asList(sections));
    }

    static Section types(DefType... types) {
        return new Section.Types(0, Arrays.asList(types));
    }

    static Section importSection(String name, ExternDesc type) {
        return new Section.Imports(0, List.of(new Section.Import(0, name(name), type)));
    }

    static Section exportSection(String name, Sort sort, int index) {
        return new Section.Exports(0, List.of(new Section.Export(0, name(name), new SortIndex(sort, index), Optional.empty())));
    }

    static Section exportSection(String name, Sort sort, int index, ExternDesc ascribed) {
        return new Section.Exports(0, List.of(new Section.Export(0, name(name), new SortIndex(sort, index), Optional.of(ascribed))));
    }

    static Section nested(Component c) {
        return new Section.NestedComponent(0, c);
    }

    static Section instantiate(int component, Instance.Arg... args) {
        return new Section.Instances(0, List.of(new Instance.Instantiate(0, component, Arrays.asList(args))));
    }

    static Instance.Arg with(String name, Sort sort, int index) {
        return new Instance.Arg(0, name, new SortIndex(sort, index));
    }

    static Section alias(Sort sort, Alias.Target target) {
        return new Section.Aliases(0, List.of(new Alias(0, sort, target)));
    }

    static ExternName name(String name) {
        return new ExternName(0, 0, name, List.of());
    }

    static ExternDesc func(int typeIndex) {
        return new ExternDesc.Func(typeIndex);
    }

    static ExternDesc subResource() {
        return new ExternDesc.Type(new ExternDesc.SubResource());
    }

    static ExternDesc eq(int typeIndex) {
        return new ExternDesc.Type(new ExternDesc.Eq(typeIndex));
    }

    static DefType.Func funcType(List<DefValType.Field> params, ValType result) {
        return new DefType.Func(false, params, Optional.ofNullable(result));
    }

    static DefValType.Field param(String name, ValType type) {
        return new DefValType.Field(name, type);
    }

    static ValType ref(int typeIndex) {
        return new ValType.Ref(typeIndex);
    }

    static final ValType U32 = PrimValType.U32;
    static final ValType STRING = PrimValType.STRING;

    static ValidatedComponent valid(Component c) {
        return ComponentValidator.validate(c);
    }

    /** {@code c} must be rejected with a message containing {@code expected}. */
    static InvalidComponentException invalid(Component c, String expected) {
        InvalidComponentException e = assertThrows(InvalidComponentException.class, () -> ComponentValidator.validate(c));
        assertTrue(e.reason().contains(expected), "`" + e.reason() + "` lacks `" + expected + "`");
        return e;
    }
}
