package dev.weft.wit;

import static dev.weft.wit.WitTesting.iface;
import static dev.weft.wit.WitTesting.packageDirs;
import static dev.weft.wit.WitTesting.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.FuncType;
import dev.weft.types.OwnType;
import dev.weft.types.ResultType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every package of {@code shared/wit/wasi-0.2.12} and {@code wasi-0.3.0} parses, resolves and round-trips. */
class WasiPackagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"wasi-0.2.12", "wasi-0.3.0"})
    void everyPackageResolvesAndRoundTrips(String set) throws Exception {
        List<Path> dirs = packageDirs(set);
        Resolve r = Wit.resolvePackages(dirs, WitOptions.DEFAULT);
        assertEquals(dirs.size(), r.packages().size());
        String version = set.substring("wasi-".length());
        for (WitPackage p : r.packages()) {
            assertEquals(Optional.of(SemVer.parse(version)), p.name().version(), p.name().toString());
            assertFalse(p.interfaces().isEmpty(), p.name() + " has interfaces");
            assertFalse(p.worlds().isEmpty(), p.name() + " has worlds");
        }
        // dependency order: a package comes after every package it uses
        for (int i = 0; i < r.interfaces().size(); i++) {
            for (TypeId t : r.interfaces().get(i).types().values()) {
                if (r.get(t).kind() instanceof TypeDefKind.AliasDef(Type.Named(TypeId target))
                        && r.get(target).owner() instanceof TypeOwner.OfInterface(InterfaceId owner)) {
                    assertTrue(r.get(owner).pkg().index() <= r.interfaces().get(i).pkg().index());
                }
            }
        }
        // every named non-resource type has a semantic value type, every function a FuncType
        for (int i = 0; i < r.types().size(); i++) {
            assertEquals(!r.isResource(new TypeId(i)), r.valueType(new TypeId(i)).isPresent(), r.types().get(i).name());
        }
        for (Interface i : r.interfaces()) i.functions().values().forEach(r::funcType);
        WitTesting.roundTrip(r);
        // the same through the directory entry point (a directory of package directories)
        assertEquals(r, Wit.resolve(dirs.get(0).getParent()));
    }

    /**
     * Counted independently from the source text: types are the 66 (47) definitions plus the 53 (20)
     * names brought in by {@code use}; functions are the {@code func(} and {@code constructor(}.
     */
    @Test
    void countsOfTheTwoSets() throws Exception {
        Resolve r2 = Wit.resolvePackages(packageDirs("wasi-0.2.12"), WitOptions.DEFAULT);
        Resolve r3 = Wit.resolvePackages(packageDirs("wasi-0.3.0"), WitOptions.DEFAULT);
        System.out.println("wasi-0.2.12: " + summary(r2));
        System.out.println("wasi-0.3.0: " + summary(r3));
        assertEquals("packages=7 interfaces=32 worlds=9 types=119 functions=181", summary(r2));
        assertEquals("packages=6 interfaces=26 worlds=8 types=67 functions=130", summary(r3));
    }

    static String summary(Resolve r) {
        long functions = r.interfaces().stream().mapToLong(i -> i.functions().size()).sum();
        return "packages=" + r.packages().size() + " interfaces=" + r.interfaces().size() + " worlds="
                + r.worlds().size() + " types=" + r.types().size() + " functions=" + functions;
    }

    @Test
    void wasiHttp0212() throws Exception {
        Resolve r = Wit.resolvePackages(packageDirs("wasi-0.2.12"), WitOptions.DEFAULT);
        InterfaceId typesId = r.findInterface("wasi:http/types@0.2.12").orElseThrow();
        Interface types = r.get(typesId);
        // `use wasi:io/error@0.2.12.{error as io-error}`: a renamed alias of the resource in wasi:io/error
        TypeDef ioError = r.get(types.types().get("io-error"));
        TypeId target = ((Type.Named) ((TypeDefKind.AliasDef) ioError.kind()).target()).id();
        assertEquals("error", r.get(target).name());
        assertEquals(Optional.of("wasi:io/error@0.2.12"),
                r.interfaceName(((TypeOwner.OfInterface) r.get(target).owner()).id()));
        assertTrue(r.isResource(types.types().get("io-error")));
        // `type headers = fields;` aliases a resource; using it is an owned handle
        assertTrue(r.isResource(types.types().get("headers")));
        Function ctor = types.functions().get("[constructor]outgoing-request");
        assertEquals(List.of("headers"), ctor.params().stream().map(Function.Param::name).toList());
        assertEquals(new Type.Own(types.types().get("headers")), ctor.params().get(0).type());
        assertEquals(Optional.of(new Type.Own(types.types().get("outgoing-request"))), ctor.result());
        // `%stream` escapes the keyword
        assertTrue(types.functions().containsKey("[method]incoming-body.stream"));
        // the unstable method keeps its gate
        assertEquals(new Stability.Unstable("informational-outbound-responses", Optional.empty()),
                types.functions().get("[method]response-outparam.send-informational").stability());
        FuncType set = r.funcType(types.functions().get("[static]response-outparam.set"));
        assertInstanceOf(OwnType.class, set.params().get(0).type());
        assertInstanceOf(ResultType.class, set.params().get(1).type());
        // the proxy world: include merged, implicit imports written out before their users
        World proxy = r.get(r.findPackage(PackageName.of("wasi", "http", SemVer.of(0, 2, 12))).map(r::get)
                .orElseThrow().worlds().get("proxy"));
        List<String> imports = names(r, proxy.imports().keySet());
        assertEquals(List.of("wasi:io/poll@0.2.12", "wasi:clocks/monotonic-clock@0.2.12", "wasi:clocks/wall-clock@0.2.12",
                "wasi:random/random@0.2.12", "wasi:io/error@0.2.12", "wasi:io/streams@0.2.12", "wasi:cli/stdout@0.2.12",
                "wasi:cli/stderr@0.2.12", "wasi:cli/stdin@0.2.12", "wasi:http/types@0.2.12",
                "wasi:http/outgoing-handler@0.2.12"), imports);
        assertEquals(List.of("wasi:http/incoming-handler@0.2.12"), names(r, proxy.exports().keySet()));
    }

    @Test
    void wasiCli030() throws Exception {
        Resolve r = Wit.resolvePackages(packageDirs("wasi-0.3.0"), WitOptions.DEFAULT);
        Interface run = r.get(r.findInterface("wasi:cli/run@0.3.0").orElseThrow());
        assertTrue(run.functions().get("run").async());
        Interface stdin = r.get(r.findInterface("wasi:cli/stdin@0.3.0").orElseThrow());
        assertEquals("tuple<stream<u8>, future<result<_, enum { io, illegal-byte-sequence, pipe }>>>",
                r.funcType(stdin.functions().get("read-via-stream")).result().orElseThrow().wit());
        World command = world(r, "command");
        assertTrue(command.imports().size() > 15, "includes are merged: " + command.imports().size());
        assertEquals(List.of("wasi:cli/run@0.3.0"), names(r, command.exports().keySet()));
        // the unstable timezone interface is kept, gated, unless its feature is off
        assertTrue(r.findInterface("wasi:clocks/timezone@0.3.0").isPresent());
        Resolve stable = Wit.resolvePackages(packageDirs("wasi-0.3.0"), WitOptions.onlyFeatures());
        assertTrue(stable.findInterface("wasi:clocks/timezone@0.3.0").isEmpty());
        assertEquals(command.imports().size() - 1, world(stable, "command").imports().size());
        assertEquals(iface(r, "system-clock"), iface(stable, "system-clock"));
    }

    static List<String> names(Resolve r, java.util.Collection<WorldKey> keys) {
        return keys.stream().map(k -> switch (k) {
            case WorldKey.Name n -> n.name();
            case WorldKey.OfInterface i -> r.interfaceName(i.id()).orElseThrow();
        }).collect(Collectors.toList());
    }
}
