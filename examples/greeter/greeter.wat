;; A small component written by hand in the component text format: it exports
;; `example:greeter/api` with `add(a: u32, b: u32) -> u32` and
;; `greet(name: string) -> string` (returns "Hello, NAME!") and imports a host
;; `log: func(msg: string)` that `greet` calls once.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs greeter.wat greeter.wasm
;; (after ../shared/tools/setup-node-tools.sh)
(component
  (import "log" (func $log (param "msg" string)))

  (core module $Mem
    (memory (export "memory") 1)
    (global $bump (mut i32) (i32.const 1024))
    ;; realloc(old_ptr, old_size, align, new_size): a bump allocator
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      (local.set $p
        (i32.and
          (i32.add (global.get $bump) (i32.sub (local.get 2) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get 2))))
      (global.set $bump (i32.add (local.get $p) (local.get 3)))
      (if (i32.gt_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536)))
        (then (drop (memory.grow (i32.const 1)))))
      (local.get $p))
  )
  (core instance $mem (instantiate $Mem))

  (core func $log_lowered (canon lower (func $log) (memory (core memory $mem "memory"))))

  (core module $Impl
    (import "mem" "memory" (memory 1))
    (import "mem" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
    (import "host" "log" (func $log (param i32 i32)))
    (data (i32.const 16) "Hello, ")
    (data (i32.const 32) "!")
    (data (i32.const 48) "greet called")
    (func (export "add") (param i32 i32) (result i32)
      (i32.add (local.get 0) (local.get 1)))
    ;; greet(ptr, len) -> pointer to (ptr, len) of "Hello, " ++ name ++ "!"
    (func (export "greet") (param $ptr i32) (param $len i32) (result i32)
      (local $out i32) (local $n i32) (local $ret i32)
      (call $log (i32.const 48) (i32.const 12))
      (local.set $n (i32.add (local.get $len) (i32.const 8)))
      (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (local.get $n)))
      (memory.copy (local.get $out) (i32.const 16) (i32.const 7))
      (memory.copy (i32.add (local.get $out) (i32.const 7)) (local.get $ptr) (local.get $len))
      (memory.copy (i32.add (local.get $out) (i32.add (local.get $len) (i32.const 7))) (i32.const 32) (i32.const 1))
      (local.set $ret (call $realloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 8)))
      (i32.store (local.get $ret) (local.get $out))
      (i32.store offset=4 (local.get $ret) (local.get $n))
      (local.get $ret))
  )
  (core instance $impl (instantiate $Impl
    (with "mem" (instance $mem))
    (with "host" (instance (export "log" (func $log_lowered))))))

  (func $add (param "a" u32) (param "b" u32) (result u32)
    (canon lift (core func $impl "add")))
  (func $greet (param "name" string) (result string)
    (canon lift (core func $impl "greet") (memory (core memory $mem "memory")) (realloc (core func $mem "realloc"))))

  (instance $api
    (export "add" (func $add))
    (export "greet" (func $greet)))
  (export "example:greeter/api" (instance $api))
)
