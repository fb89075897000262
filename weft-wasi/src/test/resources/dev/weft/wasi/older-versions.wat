;; Imports WASI at older 0.2.x versions than the host defines (0.2.12) and re-exports the functions,
;; to check the linker's semver matching: built with ../shared/tools/wat2wasm.mjs.
(component
  (import "wasi:random/random@0.2.3" (instance $random
    (export "get-random-u64" (func (result u64)))))
  (import "wasi:clocks/monotonic-clock@0.2.0" (instance $clock
    (export "resolution" (func (result u64)))))
  (import "wasi:cli/exit@0.2.0" (instance $exit
    (export "exit-with-code" (func (param "status-code" u8)))))
  (core func $random (canon lower (func $random "get-random-u64")))
  (core func $resolution (canon lower (func $clock "resolution")))
  (core func $exit (canon lower (func $exit "exit-with-code")))
  (func (export "random") (result u64) (canon lift (core func $random)))
  (func (export "resolution") (result u64) (canon lift (core func $resolution)))
  (func (export "quit") (param "code" u8) (canon lift (core func $exit)))
)
