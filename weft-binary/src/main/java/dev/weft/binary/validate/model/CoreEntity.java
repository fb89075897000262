package dev.weft.binary.validate.model;

import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;

/** The type of a core import or export ({@code EntityType} in wasmparser). */
public sealed interface CoreEntity {

    String desc();

    record Func(CoreDefType.FuncType type) implements CoreEntity {
        public String desc() { return "func"; }
    }

    record Table(CoreExternType.Table type) implements CoreEntity {
        public String desc() { return "table"; }
    }

    record Memory(CoreExternType.Memory type) implements CoreEntity {
        public String desc() { return "memory"; }
    }

    record Global(CoreExternType.Global type) implements CoreEntity {
        public String desc() { return "global"; }
    }

    record Tag(CoreDefType.FuncType type) implements CoreEntity {
        public String desc() { return "tag"; }
    }
}
