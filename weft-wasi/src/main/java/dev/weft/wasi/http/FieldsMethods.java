package dev.weft.wasi.http;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.ResultType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.http.HeaderError.HeaderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The functions of the {@code fields} resource ({@code headers}, {@code trailers}), in WIT order. */
final class FieldsMethods {
    private final HttpResources r;
    private final ResultType fieldsResult;

    FieldsMethods(HttpResources r) {
        this.r = r;
        this.fieldsResult = new ResultType(Optional.of(r.fields().ownType()), Optional.of(HttpTypes.HEADER_ERROR));
    }

    void define(Definitions defs) {
        defs.func(HttpModule.TYPES, "[constructor]fields", this::constructor);
        defs.func(HttpModule.TYPES, "[static]fields.from-list", this::fromList);
        defs.func(HttpModule.TYPES, "[method]fields.get", this::get);
        defs.func(HttpModule.TYPES, "[method]fields.has", this::has);
        defs.func(HttpModule.TYPES, "[method]fields.set", this::set);
        defs.func(HttpModule.TYPES, "[method]fields.delete", this::delete);
        defs.func(HttpModule.TYPES, "[method]fields.append", this::append);
        defs.func(HttpModule.TYPES, "[method]fields.entries", this::entries);
        defs.func(HttpModule.TYPES, "[method]fields.clone", this::clone);
    }

    /** {@code constructor()}: empty, mutable fields. */
    Optional<Value> constructor(List<Value> args) {
        return Optional.of(r.fields().own(Fields.create()));
    }

    /** {@code from-list(entries) -> result<fields, header-error>}. */
    Optional<Value> fromList(List<Value> args) {
        List<Fields.Entry> entries = new ArrayList<>();
        for (Value e : ((ListValue) args.get(0)).elements()) {
            TupleValue t = (TupleValue) e;
            entries.add(new Fields.Entry(HttpValues.string(t.get(0)), HttpValues.bytes(t.get(1))));
        }
        try {
            return Optional.of(Value.ok(fieldsResult, r.fields().own(Fields.fromList(entries))));
        } catch (HeaderException e) {
            return Optional.of(Value.err(fieldsResult, e.error().value()));
        }
    }

    /** {@code get(name) -> list<field-value>}. */
    Optional<Value> get(List<Value> args) {
        List<Value> out = new ArrayList<>();
        for (byte[] v : fields(args).get(HttpValues.string(args.get(1)))) out.add(Value.bytes(v));
        return Optional.of(Value.list(HttpTypes.FIELD_VALUE, out));
    }

    /** {@code has(name) -> bool}. */
    Optional<Value> has(List<Value> args) {
        return Optional.of(Value.bool(fields(args).has(HttpValues.string(args.get(1)))));
    }

    /** {@code set(name, value: list<field-value>) -> result<_, header-error>}. */
    Optional<Value> set(List<Value> args) {
        List<byte[]> values = new ArrayList<>();
        for (Value v : ((ListValue) args.get(2)).elements()) values.add(HttpValues.bytes(v));
        return headerResult(() -> fields(args).set(HttpValues.string(args.get(1)), values));
    }

    /** {@code delete(name) -> result<_, header-error>}. */
    Optional<Value> delete(List<Value> args) {
        return headerResult(() -> fields(args).delete(HttpValues.string(args.get(1))));
    }

    /** {@code append(name, value) -> result<_, header-error>}. */
    Optional<Value> append(List<Value> args) {
        return headerResult(() -> fields(args).append(HttpValues.string(args.get(1)), HttpValues.bytes(args.get(2))));
    }

    /** {@code entries() -> list<tuple<field-name, field-value>>}, in order. */
    Optional<Value> entries(List<Value> args) {
        return Optional.of(entriesValue(fields(args)));
    }

    /** {@code clone() -> fields}: a mutable copy, also of immutable fields. */
    Optional<Value> clone(List<Value> args) {
        return Optional.of(r.fields().own(fields(args).copy()));
    }

    static Value entriesValue(Fields f) {
        List<Value> out = new ArrayList<>();
        for (Fields.Entry e : f.entries()) {
            out.add(Value.tuple(HttpTypes.ENTRY, List.of(Value.string(e.name()), Value.bytes(e.value()))));
        }
        return Value.list(HttpTypes.ENTRY, out);
    }

    private Fields fields(List<Value> args) {
        return r.fields().get(args.get(0));
    }

    private static Optional<Value> headerResult(Runnable op) {
        try {
            op.run();
            return Optional.of(Value.ok(HttpTypes.HEADER_RESULT));
        } catch (HeaderException e) {
            return Optional.of(Value.err(HttpTypes.HEADER_RESULT, e.error().value()));
        }
    }
}
