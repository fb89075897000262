;; Imports tag "tag" "t", throws it from `throw` and re-exports it as `t`.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs tag-thrower.wat tag-thrower.wasm
(module
  (import "tag" "t" (tag $t (param i32)))
  (export "t" (tag $t))
  (func (export "throw") (param i32)
    (throw $t (local.get 0))))
