;; Imports tag "tag" "t" and "thrower" "throw"; `run` calls `throw` and returns the payload of the
;; `t` it catches (99 if `throw` returned).
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs tag-catcher.wat tag-catcher.wasm
(module
  (import "tag" "t" (tag $t (param i32)))
  (import "thrower" "throw" (func $throw (param i32)))
  (func (export "run") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $t $h)
        (call $throw (local.get 0)))
      (return (i32.const 99)))))
