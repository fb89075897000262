package dev.weft.binary.describe;

import dev.weft.binary.ast.Component;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.Section;
import dev.weft.binary.decode.CoreModuleReader;
import dev.weft.binary.validate.ValidatedComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code weft inspect}: the component's imports and exports with their types, then its
 * sections (offset, size, what), core modules and nested components, recursively.
 */
public final class Inspector {
    private final TypePrinter printer = TypePrinter.anonymous();

    /** Describes a decoded and validated component; {@code allSections} lists every section too. */
    public List<String> describe(Component ast, ValidatedComponent validated, boolean allSections) {
        List<String> out = new ArrayList<>();
        var type = validated.type();
        out.add("imports (" + type.imports().size() + "):");
        out.addAll(printer.externs(type.imports(), 2));
        out.add("exports (" + type.exports().size() + "):");
        out.addAll(printer.externs(type.exports(), 2));
        List<String> modules = new ArrayList<>();
        List<String> components = new ArrayList<>();
        contents(ast, "", modules, components);
        out.add("core modules (" + modules.size() + "):");
        out.addAll(modules);
        out.add("nested components (" + components.size() + "):");
        out.addAll(components);
        if (allSections) {
            out.add("sections (offset, size, contents):");
            sections(ast, 2, out);
        }
        return out;
    }

    /** Core modules and nested components at every depth, named by their path ({@code 1/0} = module 0 of component 1). */
    private static void contents(Component component, String path, List<String> modules, List<String> components) {
        int module = 0;
        int nested = 0;
        for (Section s : component.sections()) {
            if (s instanceof Section.CoreModule m) {
                modules.add(String.format("  %s%d at 0x%x: %s", path, module++, m.offset(), coreModule(m)));
            } else if (s instanceof Section.NestedComponent(int offset, Component c)) {
                String name = path + nested++;
                components.add(String.format("  %s at 0x%x: %,d bytes, %d sections", name, offset, c.length(), c.sections().size()));
                contents(c, name + "/", modules, components);
            }
        }
    }

    private void sections(Component component, int indent, List<String> out) {
        String pad = " ".repeat(indent);
        List<Section> sections = component.sections();
        int end = component.offset() + component.length();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int next = i + 1 < sections.size() ? sections.get(i + 1).offset() : end;
            out.add(pad + String.format("0x%08x %,11d  %s", s.offset(), next - s.offset(), what(s)));
            if (s instanceof Section.NestedComponent(int offset, Component nested)) {
                sections(nested, indent + 4, out);
            }
        }
    }

    private static String what(Section s) {
        return switch (s) {
            case Section.Custom c -> "custom \"" + c.name() + "\"";
            case Section.Names n -> "custom \"component-name\"" + n.names().componentName().map(x -> " (" + x + ")").orElse("");
            case Section.CoreModule m -> "core module: " + coreModule(m);
            case Section.CoreInstances c -> count(c.instances().size(), "core instance");
            case Section.CoreTypes c -> count(c.types().size(), "core type");
            case Section.NestedComponent c -> "component (" + c.component().sections().size() + " sections)";
            case Section.Instances c -> count(c.instances().size(), "instance");
            case Section.Aliases c -> count(c.aliases().size(), "alias");
            case Section.Types c -> count(c.types().size(), "type");
            case Section.Canons c -> count(c.canons().size(), "canon");
            case Section.Start c -> "start (func " + c.funcIndex() + ")";
            case Section.Imports c -> count(c.imports().size(), "import");
            case Section.Exports c -> count(c.exports().size(), "export");
            case Section.Values c -> count(c.values().size(), "value");
        };
    }

    private static String coreModule(Section.CoreModule m) {
        CoreModuleSummary summary = CoreModuleReader.read(m.module());
        int functions = summary.functions().size();
        return String.format("%,d bytes, %d imports, %d exports, %,d functions, %d memories",
                m.module().length(), summary.imports().size(), summary.exports().size(), functions,
                summary.memories().size() + (int) summary.imports().stream()
                        .filter(imp -> imp.type() instanceof dev.weft.binary.ast.CoreExternType.Memory).count());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }
}
