package dev.weft.binary.ast;

/** {@code canonopt}: the canonical ABI options. */
public sealed interface CanonOpt {

    /** {@code 0x00 | 0x01 | 0x02}. */
    enum StringEncoding implements CanonOpt {
        UTF8("utf8"), UTF16("utf16"), LATIN1_UTF16("latin1-utf16");

        private final String text;

        StringEncoding(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code 0x03 m:<core:memoryidx>}. */
    record Memory(int memoryIndex) implements CanonOpt {}

    /** {@code 0x04 f:<core:funcidx>}. */
    record Realloc(int funcIndex) implements CanonOpt {}

    /** {@code 0x05 f:<core:funcidx>}. */
    record PostReturn(int funcIndex) implements CanonOpt {}

    /** {@code 0x06}: {@code async} 🔀. */
    record Async() implements CanonOpt {}

    /** {@code 0x07 f:<core:funcidx>}: {@code (callback f)} 🔀. */
    record Callback(int funcIndex) implements CanonOpt {}
}
