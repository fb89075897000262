;; For LimitsTest: spin() loops forever, grow() calls memory.grow 1 until it fails and returns the
;; size in pages, add(a, b), call-host() calls the import `wait` then returns 7, and count(n) loops n
;; times and returns n.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs limits.wat limits.wasm
(component
  (import "wait" (func $wait))
  (core func $wait-lowered (canon lower (func $wait)))
  (core module $M
    (import "host" "wait" (func $wait))
    (memory (export "memory") 1)
    (func (export "spin") (loop $l (br $l)))
    (func (export "grow") (result i32)
      (block $done
        (loop $l
          (br_if $done (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
          (br $l)))
      (memory.size))
    (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
    (func (export "call-host") (result i32) (call $wait) (i32.const 7))
    (func (export "count") (param $n i32) (result i32) (local $i i32)
      (block $done
        (loop $l
          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $l)))
      (local.get $i)))
  (core instance $host (export "wait" (func $wait-lowered)))
  (core instance $m (instantiate $M (with "host" (instance $host))))
  (func (export "spin") (canon lift (core func $m "spin")))
  (func (export "grow") (result u32) (canon lift (core func $m "grow")))
  (func (export "add") (param "a" u32) (param "b" u32) (result u32) (canon lift (core func $m "add")))
  (func (export "call-host") (result u32) (canon lift (core func $m "call-host")))
  (func (export "count") (param "n" u32) (result u32) (canon lift (core func $m "count")))
)
