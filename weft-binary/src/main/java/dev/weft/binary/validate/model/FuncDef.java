package dev.weft.binary.validate.model;

import java.util.List;
import java.util.Optional;

/** A component function type (an identity). */
public final class FuncDef implements AnyType {
    private final boolean async;
    private final List<Def.Named> params;
    private final Optional<VType> result;
    private final long size;

    public FuncDef(boolean async, List<Def.Named> params, Optional<VType> result) {
        this.async = async;
        this.params = List.copyOf(params);
        this.result = result;
        long s = 1;
        for (Def.Named p : this.params) s = VType.add(s, VType.sizeOf(p.type()));
        if (result.isPresent()) s = VType.add(s, VType.sizeOf(result.get()));
        this.size = s;
    }

    /** The effective size: 1 plus the sizes of the parameter and result types. */
    public long size() {
        return size;
    }

    public boolean async() {
        return async;
    }

    public List<Def.Named> params() {
        return params;
    }

    public Optional<VType> result() {
        return result;
    }

    @Override
    public String desc() {
        return "func";
    }
}
