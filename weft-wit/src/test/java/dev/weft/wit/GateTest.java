package dev.weft.wit;

import static dev.weft.wit.WitTesting.assertError;
import static dev.weft.wit.WitTesting.iface;
import static dev.weft.wit.WitTesting.resolve;
import static dev.weft.wit.WitTesting.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Feature gates: kept on every item, checked by WIT.md's rules, and used to leave out unstable items. */
class GateTest {
    private static final String CALC = """
            package examples:fgates-calc@0.1.2;

            @since(version = 0.1.0)
            interface calc {
              @since(version = 0.1.0)
              variant calc-error { integer-overflow, integer-underflow, unexpected }

              @since(version = 0.1.0)
              @deprecated(version = 0.1.2)
              add-one: func(x: s32) -> result<s32, calc-error>;

              @unstable(feature = fgates-calc-minus)
              sub: func(x: s32, y: s32) -> result<s32, calc-error>;

              @since(version = 0.1.0)
              resource acc {
                @since(version = 0.1.1)
                constructor();
                @unstable(feature = fgates-calc-minus)
                minus: func(x: s32);
              }
            }

            @since(version = 0.1.0)
            world w {
              @since(version = 0.1.0)
              import calc;
              @unstable(feature = fgates-calc-minus)
              export minus: func();
            }
            """;

    @Test
    void gatesAreKeptOnEveryItem() {
        Resolve r = resolve(CALC);
        Interface calc = iface(r, "calc");
        assertEquals(new Stability.Stable(SemVer.of(0, 1, 0), Optional.empty()), calc.stability());
        assertEquals(new Stability.Stable(SemVer.of(0, 1, 0), Optional.of(SemVer.of(0, 1, 2))),
                calc.functions().get("add-one").stability());
        assertEquals(new Stability.Unstable("fgates-calc-minus", Optional.empty()), calc.functions().get("sub").stability());
        assertEquals(new Stability.Stable(SemVer.of(0, 1, 0), Optional.empty()), r.get(calc.types().get("calc-error")).stability());
        assertEquals(new Stability.Stable(SemVer.of(0, 1, 1), Optional.empty()),
                calc.functions().get("[constructor]acc").stability());
        var imp = (WorldItem.InterfaceItem) world(r, "w").imports().values().iterator().next();
        assertEquals(new Stability.Stable(SemVer.of(0, 1, 0), Optional.empty()), imp.stability());
        assertEquals("@since(version = 0.1.0) @deprecated(version = 0.1.2)", calc.functions().get("add-one").stability().wit());
    }

    @Test
    void unstableItemsAreLeftOutUnlessTheirFeatureIsOn() {
        Resolve off = Wit.resolveSources(List.of(new SourceFile("calc.wit", CALC)), List.of(), WitOptions.onlyFeatures());
        Interface calc = iface(off, "calc");
        assertEquals(List.of("add-one", "[constructor]acc"), List.copyOf(calc.functions().keySet()));
        assertTrue(world(off, "w").exports().isEmpty());
        Resolve on = Wit.resolveSources(List.of(new SourceFile("calc.wit", CALC)), List.of(),
                WitOptions.onlyFeatures("fgates-calc-minus"));
        assertEquals(resolve(CALC), on);
        assertFalse(WitOptions.onlyFeatures("x").enabled("y"));
        assertTrue(WitOptions.DEFAULT.enabled("y"));
        // an ungated `use` of an unstable type is refused; a reference to a left-out item is an unknown name
        assertError("""
                package a:b@1.0.0;
                interface i { @unstable(feature = f) type t = u8; }
                interface j { @unstable(feature = f) use i.{t}; }
                """.replace("@unstable(feature = f) use", "use"), 3, 22,
                "this `use` refers to type `t`, which is gated by `@unstable(feature = f)`, so this `use` must be gated "
                        + "at least as strictly (it is not gated)");
        var e = org.junit.jupiter.api.Assertions.assertThrows(WitException.class, () -> Wit.resolveSources(
                List.of(new SourceFile("t.wit", "package a:b@1.0.0;\ninterface i { @unstable(feature = f) type t = u8; "
                        + "u: func(x: t); }\n")), List.of(), WitOptions.onlyFeatures()));
        assertEquals("name `t` is not defined", e.reason());
    }

    @Test
    void referringToAGatedItemNeedsACompatibleGate() {
        assertError("""
                package a:b@1.0.1;
                interface i {
                  @since(version = 1.0.1)
                  type t1 = u32;

                  type t2 = t1; // error
                }
                """, 6, 13, "type `t2` refers to type `t1`, which is gated by `@since(version = 1.0.1)`, so type `t2` "
                + "must be gated at least as strictly (it is not gated)");
        assertError("""
                package a:b@1.0.1;
                interface i {
                  @since(version = 1.0.1)
                  type t1 = u32;
                  @since(version = 1.0.0)
                  f: func(x: t1);
                }
                """, 6, 14, "function `f` refers to type `t1`, which is gated by `@since(version = 1.0.1)`, so function `f` "
                + "must be gated at least as strictly (it is gated by `@since(version = 1.0.0)`)");
        assertError("""
                package a:b@1.0.1;
                @unstable(feature = x)
                interface i {}
                world w { import i; }
                """, 4, 18, "this import refers to interface `i`, which is gated by `@unstable(feature = x)`, so this "
                + "import must be gated at least as strictly (it is not gated)");
        // later versions and unstable items may use earlier stable ones; gates of other packages do not bind
        resolve("""
                package a:b@1.0.1;
                interface i {
                  @since(version = 1.0.0) type t1 = u32;
                  @since(version = 1.0.1) type t2 = t1;
                  @unstable(feature = x) type t3 = t1;
                  use c:d/j@1.0.0.{u};
                  f: func(x: u);
                }
                package c:d@1.0.0 { @since(version = 1.0.0) interface j { @since(version = 1.0.0) type u = u8; } }
                """);
    }

    @Test
    void containedItemsAreGatedAtLeastAsStrictly() {
        assertError("""
                package a:b@1.0.2;
                @since(version = 1.0.2)
                interface i {
                  foo: func();  // error: no gate
                }
                """, 4, 3, "function `foo` has no feature gate, but it is inside interface `i`, which is gated by "
                + "`@since(version = 1.0.2)`");
        assertError("""
                package a:b@1.0.2;
                @since(version = 1.0.2)
                interface i {
                  @since(version = 1.0.1)
                  bar: func();  // also error: weaker gate
                }
                """, 4, 3, "function `bar` is gated by `@since(version = 1.0.1)`, which is weaker than "
                + "`@since(version = 1.0.2)` on interface `i` around it");
        assertError("""
                package a:b@1.0.2;
                @unstable(feature = x)
                interface i {
                  @unstable(feature = y)
                  bar: func();
                }
                """, 4, 3, "function `bar` is gated by `@unstable(feature = y)`, which is weaker than "
                + "`@unstable(feature = x)` on interface `i` around it");
        assertError("""
                package a:b@1.0.2;
                interface i {
                  @since(version = 1.0.0)
                  resource r { m: func(); }
                }
                """, 4, 16, "`m` has no feature gate, but it is inside resource `r`, which is gated by "
                + "`@since(version = 1.0.0)`");
    }

    @Test
    void gatesNeedAPackageVersion() {
        assertError("package a:b;\ninterface i {\n  @since(version = 1.0.0)\n  f: func();\n}\n", 3, 3,
                "package `a:b` has no version, so its items cannot have feature gates (write `package a:b@x.y.z;`)");
    }
}
