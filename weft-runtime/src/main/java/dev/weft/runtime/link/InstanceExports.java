package dev.weft.runtime.link;

import dev.weft.runtime.instance.Frame;
import dev.weft.runtime.plan.Item;

/** The exports of a live component instance, seen as linker definitions for another component's imports. */
final class InstanceExports {
    private InstanceExports() {}

    static LinkDefinition definition(Item item, Frame frame) {
        return switch (item) {
            case Item.Func f -> new LinkDefinition.InstanceFunc(frame.func(f.slot()));
            case Item.Instance i -> new LinkDefinition.ComponentExports(i.exports(), frame);
            case Item.CoreModule m -> new LinkDefinition.Module(frame.module(m.slot()));
            case Item.Type t when t.resource().isPresent() -> new LinkDefinition.Resource(frame.resource(t.resource().get()));
            case Item.Type t -> new LinkDefinition.StaticType();
            case Item.Component c -> new LinkDefinition.StaticType();
            case Item.CoreInstance c -> throw new AssertionError("a component cannot export a core instance");
            case Item.CoreFunc c -> throw new AssertionError("a component cannot export a core function");
            case Item.CoreMemory c -> throw new AssertionError("a component cannot export a core memory");
            case Item.CoreTable c -> throw new AssertionError("a component cannot export a core table");
            case Item.CoreGlobal c -> throw new AssertionError("a component cannot export a core global");
            case Item.CoreTag c -> throw new AssertionError("a component cannot export a core tag");
            case Item.CoreType c -> throw new AssertionError("a component cannot export a core type");
        };
    }
}
