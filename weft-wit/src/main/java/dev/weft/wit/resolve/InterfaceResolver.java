package dev.weft.wit.resolve;

import dev.weft.wit.Function;
import dev.weft.wit.FunctionKind;
import dev.weft.wit.InterfaceId;
import dev.weft.wit.Stability;
import dev.weft.wit.Type;
import dev.weft.wit.TypeId;
import dev.weft.wit.TypeOwner;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import dev.weft.wit.ast.InterfaceItem;
import dev.weft.wit.ast.InterfaceItem.ResourceFunc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the items of one interface (WIT.md "WIT Interfaces"): {@code use}s and type
 * definitions into named types, then functions, with resource functions desugared as in
 * "Item: resource" ({@code [constructor]r}, {@code [method]r.f} with {@code self: borrow<r>},
 * {@code [static]r.f}). Types and functions share one namespace.
 */
final class InterfaceResolver {
    private final Context cx;
    private final InterfaceId id;
    private final ModelBuilder.Iface iface;
    private final String what;
    private final Names names = new Names();
    private final TypeDefs types;

    private InterfaceResolver(Context cx, InterfaceId id, String what) {
        this.cx = cx;
        this.id = id;
        this.iface = cx.mb().iface(id);
        this.what = what;
        this.types = new TypeDefs(cx, new TypeOwner.OfInterface(id), names, iface.stability, what);
    }

    /** Resolves {@code items} into interface {@code id}; {@code what} names it in messages. */
    static void resolve(Context cx, InterfaceId id, List<InterfaceItem> items, String what) {
        new InterfaceResolver(cx, id, what).run(items);
    }

    private void run(List<InterfaceItem> items) {
        List<TypeId> resourceIds = new ArrayList<>();
        for (InterfaceItem item : items) {
            switch (item) {
                case InterfaceItem.Use u -> types.use(u);
                case InterfaceItem.TypeDecl d -> resourceIds.add(types.declare(d));
                case InterfaceItem.Func f -> {
                    cx.gates().item(f.attrs(), "function `" + f.name().name() + "`", f.name().span(), iface.stability, what);
                    names.define(f.name().name(), f.name().span());
                }
            }
        }
        types.resolveBodies();
        iface.types.putAll(types.scope);
        int declared = 0;
        for (InterfaceItem item : items) {
            switch (item) {
                case InterfaceItem.Use u -> { }
                case InterfaceItem.Func f -> add(function(f.attrs(), f.name().name(), f.sig(), FunctionKind.FREESTANDING,
                        null));
                case InterfaceItem.TypeDecl d -> {
                    TypeId tid = resourceIds.get(declared++);
                    if (d instanceof InterfaceItem.Resource r) resourceFunctions(r, tid);
                }
            }
        }
        iface.resolved = true;
    }

    private void add(Function f) {
        iface.functions.put(f.name(), f);
    }

    private void resourceFunctions(InterfaceItem.Resource r, TypeId rid) {
        String res = r.name().name();
        Stability gate = cx.mb().type(rid).stability();
        Names methods = new Names();
        boolean constructor = false;
        for (ResourceFunc f : r.funcs()) {
            cx.gates().item(f.attrs(), "`" + f.name().name() + "`", f.name().span(), gate, "resource `" + res + "`");
            switch (f.kind()) {
                case CONSTRUCTOR -> {
                    if (constructor) {
                        throw new WitException(f.name().span(), "resource `" + res + "` has more than one constructor");
                    }
                    constructor = true;
                    Function fn = function(f.attrs(), "[constructor]" + res, f.sig(), new FunctionKind.Constructor(rid), rid);
                    add(checkConstructorResult(fn, f, rid, res));
                }
                case METHOD -> {
                    methods.define(f.name().name(), f.name().span());
                    add(function(f.attrs(), "[method]" + res + "." + f.name().name(), f.sig(), new FunctionKind.Method(rid),
                            rid));
                }
                case STATIC -> {
                    methods.define(f.name().name(), f.name().span());
                    add(function(f.attrs(), "[static]" + res + "." + f.name().name(), f.sig(), new FunctionKind.Static(rid),
                            rid));
                }
            }
        }
    }

    /** Fallible constructors return {@code result<r>} or {@code result<r, e>}; infallible ones return {@code r}. */
    private Function checkConstructorResult(Function fn, ResourceFunc f, TypeId rid, String res) {
        if (f.sig().result().isEmpty()) {
            return new Function(fn.name(), fn.kind(), false, fn.params(), Optional.of(new Type.Own(rid)), fn.docs(),
                    fn.stability(), fn.externalId());
        }
        if (!(fn.result().get() instanceof Type.ResultOf(Optional<Type> ok, Optional<Type> err)
                && ok.isPresent() && ok.get().equals(new Type.Own(rid)))) {
            throw new WitException(f.sig().result().get().span(), "the result of a constructor must be `result<" + res
                    + ">` or `result<" + res + ", error-type>` (or left out)");
        }
        return fn;
    }

    private Function function(Ast.Attrs attrs, String name, InterfaceItem.FuncSig sig, FunctionKind kind, TypeId resource) {
        TypeResolver.Referrer r = new TypeResolver.Referrer("function `" + name + "`", attrs.stability(), null);
        return resolveFunction(types.resolver, r, attrs, name, sig, kind, resource);
    }

    /** A function's parameters (names unique ignoring case, {@code self} first for a method) and result. */
    static Function resolveFunction(TypeResolver resolver, TypeResolver.Referrer r, Ast.Attrs attrs, String name,
                                    InterfaceItem.FuncSig sig, FunctionKind kind, TypeId resource) {
        Names params = new Names();
        List<Function.Param> ps = new ArrayList<>();
        if (kind instanceof FunctionKind.Method) {
            ps.add(new Function.Param("self", new Type.Borrow(resource)));
            params.define("self", sig.span());
        }
        for (InterfaceItem.Param p : sig.params()) {
            if (kind instanceof FunctionKind.Method && p.name().name().equalsIgnoreCase("self")) {
                throw new WitException(p.name().span(), "a method has an implicit `self` parameter; another parameter "
                        + "cannot be called `" + p.name().name() + "`");
            }
            params.define(p.name().name(), p.name().span());
            ps.add(new Function.Param(p.name().name(), resolver.value(p.type(), r)));
        }
        Optional<Type> result = sig.result().map(t -> resolver.value(t, r));
        return new Function(name, kind, sig.async(), ps, result, attrs.docs(), attrs.stability(), attrs.externalId());
    }
}
