;; Lowers an async import with the `async` option, which Weft does not support yet.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs async-lower.wat async-lower.wasm
(component
  (import "f" (func $f async))
  (core func (canon lower (func $f) async))
)
