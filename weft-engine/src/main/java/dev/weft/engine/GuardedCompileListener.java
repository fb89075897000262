package dev.weft.engine;

import java.util.Objects;

/** {@link CoreCompileListener#guarded}: a listener whose exceptions are logged, never thrown. */
record GuardedCompileListener(CoreCompileListener listener) implements CoreCompileListener {
    private static final System.Logger LOG = System.getLogger(CoreCompileListener.class.getName());

    GuardedCompileListener {
        Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void started(Module module) {
        try {
            listener.started(module);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed("started", e);
        }
    }

    @Override
    public void finished(Module module, Result result) {
        try {
            listener.finished(module, result);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed("finished", e);
        }
    }

    @Override
    public void cacheProblem(Module module, CacheProblem problem, String detail) {
        try {
            listener.cacheProblem(module, problem, detail);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failed("cacheProblem", e);
        }
    }

    /** The SHA-256 of {@code wasm[offset..offset+length)} in lowercase hex. */
    static String sha256Hex(byte[] wasm, int offset, int length) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(wasm, offset, length);
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }

    private void failed(String event, Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "compile listener " + listener.getClass().getName() + " threw on " + event + ", ignored", e);
    }
}
