package dev.weft.wit.ast;

import dev.weft.wit.Span;
import dev.weft.wit.ast.Ast.Attrs;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Ast.UseName;
import dev.weft.wit.ast.Ast.UsePath;
import java.util.List;
import java.util.Optional;

/** An item of an interface: {@code use}, a type definition, or a function. */
public sealed interface InterfaceItem {
    Attrs attrs();

    /** {@code use path.{a, b as c};} (also a world item). */
    record Use(Attrs attrs, UsePath path, List<UseName> names, Span span) implements InterfaceItem, WorldMember {
        public Use {
            names = List.copyOf(names);
        }
    }

    /** {@code name: func(...)}. */
    record Func(Attrs attrs, Ident name, FuncSig sig) implements InterfaceItem {}

    /** A type definition (also a world item). */
    sealed interface TypeDecl extends InterfaceItem, WorldMember {
        Ident name();
    }

    record Alias(Attrs attrs, Ident name, TypeExpr type) implements TypeDecl {}

    record Record(Attrs attrs, Ident name, List<Field> fields) implements TypeDecl {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    record Variant(Attrs attrs, Ident name, List<Case> cases) implements TypeDecl {
        public Variant {
            cases = List.copyOf(cases);
        }
    }

    record Enum(Attrs attrs, Ident name, List<Named> cases) implements TypeDecl {
        public Enum {
            cases = List.copyOf(cases);
        }
    }

    record Flags(Attrs attrs, Ident name, List<Named> flags) implements TypeDecl {
        public Flags {
            flags = List.copyOf(flags);
        }
    }

    /** {@code resource name;} or {@code resource name { functions }}. */
    record Resource(Attrs attrs, Ident name, List<ResourceFunc> funcs) implements TypeDecl {
        public Resource {
            funcs = List.copyOf(funcs);
        }
    }

    /** A record field. */
    record Field(Attrs attrs, Ident name, TypeExpr type) {}

    /** A variant case. */
    record Case(Attrs attrs, Ident name, Optional<TypeExpr> type) {}

    /** An enum case or a flag. */
    record Named(Attrs attrs, Ident name) {}

    /** The kinds of resource function. */
    enum ResourceFuncKind { METHOD, STATIC, CONSTRUCTOR }

    /** A resource function; for a constructor {@code name} is the {@code constructor} keyword. */
    record ResourceFunc(Attrs attrs, ResourceFuncKind kind, Ident name, FuncSig sig) {}

    /** {@code async? func(params) (-> result)?}. */
    record FuncSig(boolean async, List<Param> params, Optional<TypeExpr> result, Span span) {
        public FuncSig {
            params = List.copyOf(params);
        }
    }

    /** {@code name: type}. */
    record Param(Ident name, TypeExpr type) {}
}
