package dev.weft.binary.decode;

/**
 * The 8-byte preamble shared by core modules and components: {@code magic version layer}. Core
 * modules are version 1, layer 0; components (pre-standard) version 0x0d, layer 1. The messages are
 * wasmparser's: a preamble of the other kind than expected says "expected a version header for a
 * module/component".
 */
final class Preamble {
    private Preamble() {}

    static final int COMPONENT_VERSION = 0x0d;
    static final int MODULE_VERSION = 0x01;

    /** Reads and checks the preamble at the reader's position; {@code component} says which kind is expected. */
    static void read(BinaryReader r, boolean component) {
        int start = r.position();
        if (r.remaining() < 4) {
            r.skip(r.remaining());
            throw r.eofError();
        }
        if (r.u8() != 0x00 || r.u8() != 0x61 || r.u8() != 0x73 || r.u8() != 0x6d) {
            throw BinaryReader.error(start, "magic header not detected: bad magic number (expected \\0asm)");
        }
        if (r.remaining() < 4) {
            r.skip(r.remaining());
            throw r.eofError();
        }
        int version = r.u8() | r.u8() << 8;
        int layer = r.u8() | r.u8() << 8;
        boolean isModule = version == MODULE_VERSION && layer == 0;
        boolean isComponent = version == COMPONENT_VERSION && layer == 1;
        if (!isModule && !isComponent) {
            throw BinaryReader.error(start + 4, "unknown binary version and encoding combination: version 0x"
                    + Integer.toHexString(version) + ", layer 0x" + Integer.toHexString(layer)
                    + " (a component is version 0xd layer 0x1, a core module version 0x1 layer 0x0)");
        }
        if (component && !isComponent) throw BinaryReader.error(start, "expected a version header for a component");
        if (!component && !isModule) throw BinaryReader.error(start, "expected a version header for a module");
    }
}
