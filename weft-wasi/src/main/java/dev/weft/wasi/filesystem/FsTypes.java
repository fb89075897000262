package dev.weft.wasi.filesystem;

import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FlagsType;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResultType;
import dev.weft.types.TupleType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * The value types of {@code wasi:filesystem/types@0.2.12}, spelled as the WIT spells them (types are
 * structural: a value matches an import's type when names and shapes agree). Result types that hold
 * resource handles are built where the resource types are known ({@link DescriptorMethods}).
 */
final class FsTypes {
    static final EnumType DESCRIPTOR_TYPE = new EnumType(DescriptorType.witNames());
    static final FlagsType DESCRIPTOR_FLAGS = new FlagsType(DescriptorFlag.witNames());
    static final FlagsType PATH_FLAGS = new FlagsType(List.of("symlink-follow"));
    static final FlagsType OPEN_FLAGS = new FlagsType(OpenFlag.witNames());
    static final EnumType ERROR_CODE = new EnumType(ErrorCode.witNames());
    static final EnumType ADVICE = new EnumType(List.of("normal", "sequential", "random", "will-need", "dont-need", "no-reuse"));

    /** {@code wasi:clocks/wall-clock.datetime}. */
    static final RecordType DATETIME = new RecordType(List.of(
            new Field("seconds", PrimitiveType.U64), new Field("nanoseconds", PrimitiveType.U32)));
    static final OptionType OPTION_DATETIME = new OptionType(DATETIME);

    static final RecordType DESCRIPTOR_STAT = new RecordType(List.of(
            new Field("type", DESCRIPTOR_TYPE),
            new Field("link-count", PrimitiveType.U64),
            new Field("size", PrimitiveType.U64),
            new Field("data-access-timestamp", OPTION_DATETIME),
            new Field("data-modification-timestamp", OPTION_DATETIME),
            new Field("status-change-timestamp", OPTION_DATETIME)));

    static final RecordType DIRECTORY_ENTRY = new RecordType(List.of(
            new Field("type", DESCRIPTOR_TYPE), new Field("name", PrimitiveType.STRING)));

    static final RecordType METADATA_HASH_VALUE = new RecordType(List.of(
            new Field("lower", PrimitiveType.U64), new Field("upper", PrimitiveType.U64)));

    static final ResultType UNIT = result(null);
    static final ResultType FLAGS = result(DESCRIPTOR_FLAGS);
    static final ResultType TYPE = result(DESCRIPTOR_TYPE);
    static final ResultType STAT = result(DESCRIPTOR_STAT);
    static final ResultType HASH = result(METADATA_HASH_VALUE);
    static final ResultType READ = result(new TupleType(List.of(new ListType(PrimitiveType.U8), PrimitiveType.BOOL)));
    static final ResultType SIZE = result(PrimitiveType.U64);
    static final ResultType STRING = result(PrimitiveType.STRING);
    static final OptionType OPTION_DIRECTORY_ENTRY = new OptionType(DIRECTORY_ENTRY);
    static final ResultType ENTRY = result(OPTION_DIRECTORY_ENTRY);
    static final OptionType OPTION_ERROR_CODE = new OptionType(ERROR_CODE);

    private FsTypes() {}

    /** {@code result<ok, error-code>}; a null {@code ok} is {@code result<_, error-code>}. */
    static ResultType result(ValueType ok) {
        return new ResultType(Optional.ofNullable(ok), Optional.of(ERROR_CODE));
    }
}
