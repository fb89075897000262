;; A parent component that instantiates the same nested component twice. Each child has its own
;; core instance with a counter; children import `log` from the parent (which imports it from the
;; host) and an outer-aliased core module. Exports each child's `bump` and, as an instance, the
;; second child.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs nested.wat nested.wasm
(component $P
  (import "log" (func $log (param "n" u32)))
  (core module $Counter
    (import "host" "log" (func $log (param i32)))
    (global $n (mut i32) (i32.const 0))
    (func (export "bump") (result i32)
      (global.set $n (i32.add (global.get $n) (i32.const 1)))
      (call $log (global.get $n))
      (global.get $n)))
  (component $C
    (import "log" (func $log (param "n" u32)))
    (alias outer $P $Counter (core module $Counter))
    (core func $log_lowered (canon lower (func $log)))
    (core instance $c (instantiate $Counter (with "host" (instance (export "log" (func $log_lowered))))))
    (func $bump (result u32) (canon lift (core func $c "bump")))
    (export "bump" (func $bump)))
  (instance $a (instantiate $C (with "log" (func $log))))
  (instance $b (instantiate $C (with "log" (func $log))))
  (export "bump-a" (func $a "bump"))
  (export "bump-b" (func $b "bump"))
  (export "b" (instance $b))
)
