package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fused path builds no {@code Value}, by construction: no class that a {@link FusedAdapter}
 * can reach (following every class named in the constant pools, transitively, through Weft's
 * runtime) names a class of {@code dev.weft.runtime.value}, except {@code ResourceHandle} (and its
 * super-interface {@code Handle}), which a resource's representation implements so that handle
 * values can carry it. The same walk from {@link CanonLift} does reach the values, which shows
 * that the walk sees them.
 */
class FusedNoValuesTest {
    private static final Pattern CLASS_NAME = Pattern.compile("dev/weft/[\\w/$]+");
    private static final String VALUES = "dev/weft/runtime/value/";

    @Test
    void nothingTheFusedAdapterReachesNamesAValue() {
        Set<String> reached = reachable("dev/weft/runtime/canon/FusedAdapter");
        for (String expected : new String[] {"FusedLifting", "FusedLowering", "Strings", "Strings$GuestString", "Handles",
            "AbiChecks", "BulkCopy", "LiftedTarget", "AdapterPlan", "CopyOp$CopyString", "Transfer", "Copier"}) {
            assertTrue(reached.contains("dev/weft/runtime/canon/" + expected), expected + " is reached");
        }
        Set<String> values = new TreeSet<>();
        for (String c : reached) {
            if (c.startsWith(VALUES)) values.add(c.substring(VALUES.length()));
        }
        assertEquals(Set.of("Handle", "ResourceHandle"), values);
    }

    @Test
    void theWalkFindsValuesWhereThereAreSome() {
        Set<String> reached = reachable("dev/weft/runtime/canon/CanonLift");
        assertTrue(reached.contains(VALUES + "Value") && reached.contains(VALUES + "Str"), reached.toString());
    }

    /** Every class of Weft's runtime reachable from {@code root}, and every Weft class they name. */
    private static Set<String> reachable(String root) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            String c = todo.poll();
            if (!seen.add(c) || !c.startsWith("dev/weft/runtime/")) continue;
            for (String named : namedClasses(c)) {
                if (!seen.contains(named)) todo.add(named);
            }
        }
        return seen;
    }

    /** The Weft classes named anywhere in the constant pool of class {@code name} (class entries and descriptors). */
    private static Set<String> namedClasses(String name) {
        Set<String> out = new TreeSet<>();
        try (InputStream in = FusedNoValuesTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            if (in == null) return out; // a package name matched as a class: nothing to read
            DataInputStream d = new DataInputStream(in);
            d.readInt();
            d.readUnsignedShort();
            d.readUnsignedShort();
            int count = d.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher m = CLASS_NAME.matcher(d.readUTF());
                        while (m.find()) out.add(m.group());
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> d.skipNBytes(4);
                    case 5, 6 -> {
                        d.skipNBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> d.skipNBytes(2);
                    case 15 -> d.skipNBytes(3);
                    default -> throw new IllegalStateException("constant pool tag " + tag + " in " + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
