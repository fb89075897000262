package dev.weft.binary.decode;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.NameSection;
import dev.weft.binary.ast.Sort;
import dev.weft.errors.MalformedComponentException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code component-name} custom section. Like the core name section, its validity is not
 * required: a broken one is never a reason to reject a component, so {@link #read} answers
 * {@link Optional#empty()} and the decoder keeps the section as a plain custom section. Unknown
 * subsections and sorts are skipped, as wasmparser does.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#name-section">Binary.md: name section</a>
 */
final class NameReader {
    private NameReader() {}

    /** The custom section name that marks a component name section. */
    static final String SECTION_NAME = "component-name";

    /** Decodes {@code namedata} after the section name, or empty if it does not follow the format. */
    static Optional<NameSection> read(ByteSlice payload) {
        try {
            return Optional.of(decode(BinaryReader.of(payload)));
        } catch (MalformedComponentException e) {
            return Optional.empty();
        }
    }

    private static NameSection decode(BinaryReader r) {
        Optional<String> componentName = Optional.empty();
        Map<Sort, Map<Integer, String>> sortNames = new LinkedHashMap<>();
        while (!r.eof()) {
            int id = r.u8();
            BinaryReader sub = r.split(r.u32AsLong());
            switch (id) {
                case 0 -> {
                    componentName = Optional.of(sub.name());
                    sub.expectEnd();
                }
                case 1 -> sortNames(sub, sortNames);
                default -> { } // unknown subsection: skipped
            }
        }
        return new NameSection(componentName, sortNames);
    }

    /** {@code sortnames ::= sort:<sort> names:<namemap>}; an unknown sort skips the subsection. */
    private static void sortNames(BinaryReader sub, Map<Sort, Map<Integer, String>> out) {
        int b1 = sub.u8();
        Sort sort = b1 == 0x00 ? Sort.coreSort(sub.u8()) : Sort.componentSort(b1);
        if (sort == null) return;
        int n = sub.size(Integer.MAX_VALUE, "name map");
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int idx = sub.u32();
            names.put(idx, sub.name());
        }
        sub.expectEnd();
        out.merge(sort, Map.copyOf(names), (a, b) -> {
            Map<Integer, String> m = new HashMap<>(a);
            m.putAll(b);
            return Map.copyOf(m);
        });
    }
}
