package dev.weft.wit.resolve;

import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.InterfaceItem;
import dev.weft.wit.ast.WorldMember;
import java.util.ArrayList;
import java.util.List;

/** Every package-qualified path in a package's items: what the package depends on. */
final class References {
    private References() {}

    static List<Ast.QualifiedPath> qualified(List<Ast.PackageItem> items) {
        List<Ast.QualifiedPath> out = new ArrayList<>();
        for (Ast.PackageItem item : items) {
            switch (item) {
                case Ast.TopUse u -> add(out, u.path());
                case Ast.InterfaceDecl i -> interfaceItems(out, i.items());
                case Ast.WorldDecl w -> {
                    for (WorldMember m : w.items()) world(out, m);
                }
            }
        }
        return out;
    }

    private static void world(List<Ast.QualifiedPath> out, WorldMember m) {
        switch (m) {
            case WorldMember.Include inc -> add(out, inc.path());
            case InterfaceItem.Use u -> add(out, u.path());
            case InterfaceItem.TypeDecl t -> { }
            case WorldMember.ImportExport ie -> {
                switch (ie.extern()) {
                    case WorldMember.ByPath p -> add(out, p.path());
                    case WorldMember.NamedPath p -> add(out, p.path());
                    case WorldMember.NamedInline inline -> interfaceItems(out, inline.items());
                    case WorldMember.NamedFunc f -> { }
                }
            }
        }
    }

    private static void interfaceItems(List<Ast.QualifiedPath> out, List<InterfaceItem> items) {
        for (InterfaceItem item : items) {
            if (item instanceof InterfaceItem.Use u) add(out, u.path());
        }
    }

    private static void add(List<Ast.QualifiedPath> out, Ast.UsePath path) {
        if (path instanceof Ast.QualifiedPath q) out.add(q);
    }
}
