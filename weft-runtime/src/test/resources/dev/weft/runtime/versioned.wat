;; Imports a versioned interface instance and exports `run`, which returns get-value() + 1.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs versioned.wat versioned.wasm
(component
  (import "test:env/values@0.2.12" (instance $env
    (export "get-value" (func (result u32)))))
  (alias export $env "get-value" (func $get))
  (core func $get_lowered (canon lower (func $get)))
  (core module $M
    (import "env" "get-value" (func $get (result i32)))
    (func (export "run") (result i32) (i32.add (call $get) (i32.const 1))))
  (core instance $m (instantiate $M (with "env" (instance (export "get-value" (func $get_lowered))))))
  (func $run (result u32) (canon lift (core func $m "run")))
  (export "run" (func $run))
)
