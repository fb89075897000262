package dev.weft.wit.resolve;

import dev.weft.wit.InterfaceId;
import dev.weft.wit.Span;
import dev.weft.wit.WitException;
import dev.weft.wit.WorldItem;
import dev.weft.wit.WorldKey;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.WorldMember;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code include} (WIT.md "Union of Worlds with include"): the imports and exports of the included
 * world are added to this one. Interface names are de-duplicated; plain names cannot be (even two
 * identical {@code import a: func();} may mean different things), so a plain name already there
 * is an error unless {@code with { a as b }} renames one. Only the very same type, reached twice
 * through two included worlds that include one world, is merged. {@code with} renames only plain names, and each must name something in the included world.
 */
final class Includes {
    private final Context cx;
    private final Map<WorldKey, WorldItem> imports;
    private final Map<WorldKey, WorldItem> exports;

    Includes(Context cx, Map<WorldKey, WorldItem> imports, Map<WorldKey, WorldItem> exports) {
        this.cx = cx;
        this.imports = imports;
        this.exports = exports;
    }

    void apply(WorldMember.Include inc) {
        Target.World t = cx.world(inc.path());
        ModelBuilder.WorldB included = cx.mb().world(t.id());
        assert included.resolved : "worlds are resolved in dependency order";
        String includedWhat = "world `" + (t.local() ? included.name
                : cx.mb().packageName(included.pkg).interfaceName(included.name)) + "`";
        if (t.local()) {
            Gates.reference(inc.attrs().stability(), "this `include`", included.stability, includedWhat, inc.path().span());
        }
        Map<String, Ast.Ident> renames = new LinkedHashMap<>();
        Names seen = new Names();
        for (Ast.UseName n : inc.with()) {
            seen.define(n.name().name(), n.name().span());
            renames.put(n.name().name(), n.as().orElseThrow());
        }
        Set<String> used = new HashSet<>();
        merge(included.imports, imports, renames, used, "import", includedWhat, inc.path().span());
        merge(included.exports, exports, renames, used, "export", includedWhat, inc.path().span());
        for (Ast.UseName n : inc.with()) {
            if (used.contains(n.name().name())) continue;
            boolean isInterface = included.imports.keySet().stream().anyMatch(k -> interfaceNamed(k, n.name().name()))
                    || included.exports.keySet().stream().anyMatch(k -> interfaceNamed(k, n.name().name()));
            throw new WitException(n.name().span(), isInterface
                    ? "`" + n.name().name() + "` is an interface name, and `with` can only rename plain names"
                    : "`" + n.name().name() + "` is not an import or export of " + includedWhat);
        }
    }

    private boolean interfaceNamed(WorldKey k, String name) {
        if (!(k instanceof WorldKey.OfInterface(InterfaceId id))) return false;
        return cx.mb().iface(id).name.map(name::equals).orElse(false);
    }

    private void merge(Map<WorldKey, WorldItem> from, Map<WorldKey, WorldItem> into, Map<String, Ast.Ident> renames,
                       Set<String> used, String direction, String includedWhat, Span span) {
        for (var e : from.entrySet()) {
            if (e.getKey() instanceof WorldKey.OfInterface) {
                into.putIfAbsent(e.getKey(), e.getValue());
                continue;
            }
            String name = ((WorldKey.Name) e.getKey()).name();
            Ast.Ident to = renames.get(name);
            if (to != null) used.add(name);
            if (to != null && e.getValue() instanceof WorldItem.TypeItem) {
                throw new WitException(to.span(), "`" + name + "` is a type of " + includedWhat
                        + ", and `with` can rename only functions and interfaces");
            }
            String newName = to != null ? to.name() : name;
            WorldItem item = e.getValue() instanceof WorldItem.FunctionItem(var f) && to != null
                    ? new WorldItem.FunctionItem(f.withName(newName)) : e.getValue();
            WorldKey key = new WorldKey.Name(newName);
            Optional<WorldKey> clash = into.keySet().stream()
                    .filter(k -> k instanceof WorldKey.Name(String n) && n.equalsIgnoreCase(newName)).findFirst();
            if (clash.isPresent()) {
                if (clash.get().equals(key) && item instanceof WorldItem.TypeItem && into.get(key).equals(item)) {
                    continue; // the very same type (one world included twice, through two others)
                }
                throw new WitException(to != null ? to.span() : span, "the " + direction + " `" + newName + "` of "
                        + includedWhat + " conflicts with an " + direction + " of the same name; rename it with `with { "
                        + name + " as other-name }`");
            }
            into.put(key, item);
        }
    }
}
