package dev.weft.wit.ast;

import dev.weft.wit.Span;
import dev.weft.wit.ast.Ast.Attrs;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Ast.UseName;
import dev.weft.wit.ast.Ast.UsePath;
import java.util.List;

/** An item of a world: {@code import}, {@code export}, {@code include}, {@code use}, a type definition. */
public sealed interface WorldMember permits WorldMember.ImportExport, WorldMember.Include, InterfaceItem.Use,
        InterfaceItem.TypeDecl {
    Attrs attrs();

    /** {@code import ...;} or {@code export ...;}. */
    record ImportExport(Attrs attrs, boolean isImport, Extern extern, Span span) implements WorldMember {}

    /** {@code include path (with { a as b, ... })?;}. */
    record Include(Attrs attrs, UsePath path, List<UseName> with, Span span) implements WorldMember {
        public Include {
            with = List.copyOf(with);
        }
    }

    /** What is imported or exported. */
    sealed interface Extern {}

    /** {@code import path;}: an interface, under its interface name. */
    record ByPath(UsePath path) implements Extern {}

    /** {@code import name: func(...);}. */
    record NamedFunc(Ident name, InterfaceItem.FuncSig sig) implements Extern {}

    /** {@code import name: interface { ... }}. */
    record NamedInline(Ident name, List<InterfaceItem> items, Span span) implements Extern {
        public NamedInline {
            items = List.copyOf(items);
        }
    }

    /** {@code import name: path;} 🏷️: a named interface under a plain name. */
    record NamedPath(Ident name, UsePath path) implements Extern {}
}
