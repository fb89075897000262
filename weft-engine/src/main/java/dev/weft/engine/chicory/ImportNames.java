package dev.weft.engine.chicory;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Import names that Chicory 1.7.5's parser rejects although they are valid: {@code
 * Parser.parseImportSection} throws "malformed import kind" for a function import whose module and
 * field names are both empty, and {@code Encoding.readName} "malformed UTF-8 encoding" for a name
 * (of any import) that has a character of U+0080 or above which {@link
 * Character#isUnicodeIdentifierPart(int)} refuses (a UTF-16 unit at a time: symbols, emoji, ...).
 * Any UTF-8 string is a valid name in core Wasm.
 *
 * <p>{@link #of} renames such imports, in a copy of the module's bytes, to placeholders Chicory
 * takes: module {@link #PLACEHOLDER} (with more NULs until no import of the module has it as its
 * module name) and the import's position as the field name, so every placeholder is unique and none
 * is another import's name. {@link ModuleLayout} keeps the original names for the rest of Weft
 * ({@code CoreModule.imports()}, linking by name) and the placeholders for Chicory's {@code
 * ImportValues} ({@link ChicoryLinker}). The rewrite depends on the bytes only, and Chicory's
 * compiler reads no import names, so compiled code cached under the original bytes' key serves the
 * rewritten module as well.
 *
 * <p>Only the import section's framing is read here; a module that needs no renaming (nearly all)
 * costs a walk over its section headers and its import entries, and is parsed from its own bytes.
 * A name that is not valid UTF-8 is never renamed (Chicory rejects it, rightly), and neither is any
 * entry after one this walk does not understand: Chicory then sees those bytes as they are and
 * reports whatever is wrong with them.
 */
final class ImportNames {
    private static final int IMPORT = 2;
    private static final int KIND_FUNC = 0;
    private static final int KIND_TABLE = 1;
    private static final int KIND_MEMORY = 2;
    private static final int KIND_GLOBAL = 3;
    private static final int KIND_TAG = 4;
    /** {@code (ref null ht)} and {@code (ref ht)}: a heap type follows. */
    private static final int REF_NULL = 0x63;
    private static final int REF = 0x64;
    /** The module name of the placeholders, lengthened with NULs should an import of the module have it. */
    static final String PLACEHOLDER = "\0weft-renamed";

    private final byte[] wasm;
    private final String[] modules;
    private final String[] names;

    private ImportNames(byte[] wasm, String[] modules, String[] names) {
        this.wasm = wasm;
        this.modules = modules;
        this.names = names;
    }

    /** The module with the placeholders: what Chicory parses. */
    byte[] wasm() {
        return wasm;
    }

    /** The original module name of import {@code i}, or {@code null} if it was not renamed. */
    String module(int i) {
        return i < modules.length ? modules[i] : null;
    }

    /** The original field name of import {@code i}, or {@code null} if it was not renamed. */
    String name(int i) {
        return i < names.length ? names[i] : null;
    }

    /** Whether import {@code i} was renamed. */
    boolean renamed(int i) {
        return module(i) != null;
    }

    /** An import entry as the walk found it: where it starts, where its two names' bytes are. */
    private record Entry(int start, int moduleFrom, int moduleTo, int nameFrom, int nameTo, boolean rename) {}

    /**
     * The module in {@code wasm[offset..offset+length)} with the imports Chicory rejects renamed, or
     * {@code null} if there are none (or the framing does not check out: Chicory then reports it).
     */
    static ImportNames of(byte[] wasm, int offset, int length) {
        int end = offset + length;
        if (length < 8) return null;
        int[] pos = {offset + 8};
        try {
            while (pos[0] < end) {
                int sectionStart = pos[0];
                int id = wasm[pos[0]++] & 0xff;
                int size = CodeBodies.u32(wasm, pos, end);
                int contentStart = pos[0];
                int contentEnd = contentStart + size;
                if (contentEnd > end || contentEnd < contentStart) return null;
                if (id == IMPORT) return rename(wasm, offset, end, sectionStart, contentStart, contentEnd);
                pos[0] = contentEnd;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static ImportNames rename(byte[] wasm, int offset, int end, int sectionStart, int contentStart,
            int contentEnd) {
        if (walk(wasm, contentStart, contentEnd, null) == 0) return null; // nearly every module: one walk, nothing built
        List<Entry> entries = new ArrayList<>();
        walk(wasm, contentStart, contentEnd, entries);

        Set<String> moduleNames = new HashSet<>();
        for (Entry e : entries) {
            String module = utf8(wasm, e.moduleFrom(), e.moduleTo());
            if (module != null) moduleNames.add(module);
        }
        String placeholder = PLACEHOLDER;
        while (moduleNames.contains(placeholder)) placeholder += "\0";
        byte[] placeholderBytes = placeholder.getBytes(StandardCharsets.UTF_8);

        String[] modules = new String[entries.size()];
        String[] names = new String[entries.size()];
        ByteArrayOutputStream section = new ByteArrayOutputStream(contentEnd - contentStart + 32);
        int copied = contentStart; // the section's bytes before this are in `section`
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!e.rename()) continue;
            modules[i] = utf8(wasm, e.moduleFrom(), e.moduleTo());
            names[i] = utf8(wasm, e.nameFrom(), e.nameTo());
            section.write(wasm, copied, e.start() - copied);
            CodeBodies.writeU32(section, placeholderBytes.length);
            section.writeBytes(placeholderBytes);
            byte[] field = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
            CodeBodies.writeU32(section, field.length);
            section.writeBytes(field);
            copied = e.nameTo(); // the kind and the type follow as they are
        }
        section.write(wasm, copied, contentEnd - copied);

        ByteArrayOutputStream out = new ByteArrayOutputStream(
                end - offset - (contentEnd - contentStart) + section.size() + 5);
        out.write(wasm, offset, sectionStart - offset);
        out.write(IMPORT);
        CodeBodies.writeU32(out, section.size());
        out.writeBytes(section.toByteArray());
        out.write(wasm, contentEnd, end - contentEnd);
        return new ImportNames(out.toByteArray(), modules, names);
    }

    /**
     * Walks the import entries of the section {@code wasm[contentStart..contentEnd)} up to the first
     * it does not understand (the rest goes to Chicory as it is), adding each to {@code entries} if
     * not null; returns how many are to be renamed.
     */
    private static int walk(byte[] wasm, int contentStart, int contentEnd, List<Entry> entries) {
        int[] pos = {contentStart};
        int count = CodeBodies.u32(wasm, pos, contentEnd);
        int renamed = 0;
        try {
            for (int i = 0; i < count; i++) {
                int entry = entry(wasm, pos, contentEnd, entries);
                if (entry < 0) break;
                renamed += entry;
            }
        } catch (IllegalArgumentException e) {
            // not understood: stop here
        }
        return renamed;
    }

    /**
     * Skips the next import entry, adding it to {@code entries} if not null: 1 if it is to be
     * renamed, 0 if not, -1 if its kind is not one Chicory knows.
     */
    private static int entry(byte[] wasm, int[] pos, int end, List<Entry> entries) {
        int start = pos[0];
        int moduleFrom = nameFrom(wasm, start, end);
        int moduleTo = skipName(wasm, pos, end);
        int nameStart = pos[0];
        int nameTo = skipName(wasm, pos, end);
        int nameFrom = nameFrom(wasm, nameStart, end);
        if (pos[0] >= end) throw new IllegalArgumentException("unexpected end");
        int kind = wasm[pos[0]++] & 0xff;
        if (!skipType(wasm, pos, end, kind)) return -1;
        boolean rename = (kind == KIND_FUNC && moduleFrom == moduleTo && nameFrom == nameTo)
                || refused(wasm, moduleFrom, moduleTo) || refused(wasm, nameFrom, nameTo);
        // both names must be valid UTF-8: one that is not stays, for Chicory to reject
        rename = rename && utf8(wasm, moduleFrom, moduleTo) != null && utf8(wasm, nameFrom, nameTo) != null;
        if (entries != null) entries.add(new Entry(start, moduleFrom, moduleTo, nameFrom, nameTo, rename));
        return rename ? 1 : 0;
    }

    /** Skips a name (its length, then its bytes); returns where its bytes end. */
    private static int skipName(byte[] wasm, int[] pos, int end) {
        int length = CodeBodies.u32(wasm, pos, end);
        if (length > end - pos[0]) throw new IllegalArgumentException("name out of bounds");
        pos[0] += length;
        return pos[0];
    }

    /** Where the bytes of the name whose length is at {@code at} start. */
    private static int nameFrom(byte[] wasm, int at, int end) {
        int[] pos = {at};
        CodeBodies.u32(wasm, pos, end);
        return pos[0];
    }

    /** Skips an import's type as Chicory's parser reads it; false for a kind or form it does not know. */
    private static boolean skipType(byte[] wasm, int[] pos, int end, int kind) {
        switch (kind) {
            case KIND_FUNC -> skipLeb(wasm, pos, end);
            case KIND_TABLE -> {
                skipValType(wasm, pos, end);
                skipLimits(wasm, pos, end);
            }
            case KIND_MEMORY -> skipLimits(wasm, pos, end);
            case KIND_GLOBAL -> {
                skipValType(wasm, pos, end);
                skipByte(pos, end);
            }
            case KIND_TAG -> {
                skipByte(pos, end);
                skipLeb(wasm, pos, end);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void skipValType(byte[] wasm, int[] pos, int end) {
        long code = leb(wasm, pos, end);
        if (code == REF_NULL || code == REF) skipLeb(wasm, pos, end); // the heap type (s33)
    }

    private static void skipLimits(byte[] wasm, int[] pos, int end) {
        if (pos[0] >= end) throw new IllegalArgumentException("unexpected end");
        int flags = wasm[pos[0]++] & 0xff;
        skipLeb(wasm, pos, end);
        if ((flags & 1) != 0) skipLeb(wasm, pos, end);
    }

    private static void skipByte(int[] pos, int end) {
        if (pos[0] >= end) throw new IllegalArgumentException("unexpected end");
        pos[0]++;
    }

    private static void skipLeb(byte[] wasm, int[] pos, int end) {
        leb(wasm, pos, end);
    }

    /** An LEB128 of up to 10 bytes (its low 64 bits). */
    private static long leb(byte[] wasm, int[] pos, int end) {
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (pos[0] >= end) throw new IllegalArgumentException("unexpected end");
            int x = wasm[pos[0]++] & 0xff;
            if (shift < 64) result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) return result;
        }
        throw new IllegalArgumentException("LEB128 too long");
    }

    /** The name in {@code wasm[from..to)}, or {@code null} if it is not valid UTF-8. */
    private static String utf8(byte[] wasm, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(wasm, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether Chicory's {@code Encoding.readName} refuses the name in {@code wasm[from..to)} although
     * it is valid UTF-8: it has a UTF-16 unit of U+0080 or above that is no Unicode identifier part.
     * ASCII (nearly every name) is decided without decoding.
     */
    private static boolean refused(byte[] wasm, int from, int to) {
        int i = from;
        while (i < to && wasm[i] >= 0) i++;
        if (i == to) return false;
        String name = utf8(wasm, from, to);
        if (name == null) return false; // not UTF-8: Chicory rejects it, and rightly so
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c >= 0x80 && !Character.isUnicodeIdentifierPart(c)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "renamed imports " + Arrays.toString(modules) + " " + Arrays.toString(names);
    }
}
