package dev.weft.binary;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.Section;
import dev.weft.binary.decode.ComponentDecoder;
import dev.weft.binary.validate.ComponentValidator;
import dev.weft.binary.validate.ValidatedComponent;
import dev.weft.errors.ComponentFormatException;

/** Entry point of the decode and validate phases: bytes in, an immutable validated component out. */
public final class ComponentBinary {
    private ComponentBinary() {}

    /**
     * Decodes a component binary into its syntax tree, without validating it.
     *
     * @throws dev.weft.errors.MalformedComponentException with a byte offset
     */
    public static Component decode(byte[] bytes) {
        return ComponentDecoder.decode(bytes);
    }

    /**
     * Decodes and validates a component binary.
     *
     * @throws ComponentFormatException (MalformedComponentException or InvalidComponentException) with a byte offset
     */
    public static ValidatedComponent validate(byte[] bytes) {
        return ComponentValidator.validate(decode(bytes));
    }

    /**
     * Decodes and validates a component binary, and has {@code core} validate the code of every core
     * module in it (nested components included), in order of appearance.
     */
    public static ValidatedComponent validate(byte[] bytes, CoreModuleValidator core) {
        Component ast = decode(bytes);
        ValidatedComponent validated = ComponentValidator.validate(ast);
        validateCoreModules(ast, core);
        return validated;
    }

    private static void validateCoreModules(Component component, CoreModuleValidator core) {
        for (Section section : component.sections()) {
            switch (section) {
                case Section.CoreModule m -> core.validate(m.module());
                case Section.NestedComponent n -> validateCoreModules(n.component(), core);
                default -> { }
            }
        }
    }
}
