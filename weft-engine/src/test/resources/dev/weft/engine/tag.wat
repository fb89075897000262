;; Defines and exports an exception tag `t` carrying an i32.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs tag.wat tag.wasm
(module
  (tag (export "t") (param i32)))
