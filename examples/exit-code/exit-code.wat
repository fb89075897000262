;; A wasi:cli command that exits with the code given as its first argument
;; (default 3), through `wasi:cli/exit.exit-with-code` (WASI 0.2's unstable
;; `cli-exit-with-code` feature). c-hello cannot carry its `return 3` to the
;; host: built with the preview1 adapter it imports only `exit(result)`, so any
;; non-zero code becomes `exit(err)`, i.e. 1 (as in Wasmtime). This component
;; shows that `weft run` propagates a code the guest *can* express.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs exit-code.wat exit-code.wasm
(component
  (import "wasi:cli/exit@0.2.12" (instance $exit
    (export "exit-with-code" (func (param "status-code" u8)))))
  (import "wasi:cli/environment@0.2.12" (instance $env
    (export "get-arguments" (func (result (list string))))))

  (core module $Mem
    (memory (export "memory") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      (local.set $p
        (i32.and
          (i32.add (global.get $bump) (i32.sub (local.get 2) (i32.const 1)))
          (i32.sub (i32.const 0) (local.get 2))))
      (global.set $bump (i32.add (local.get $p) (local.get 3)))
      (local.get $p)))
  (core instance $mem (instantiate $Mem))

  (alias export $exit "exit-with-code" (func $exit-with-code))
  (alias export $env "get-arguments" (func $get-arguments))
  (core func $exit_lowered (canon lower (func $exit-with-code)))
  (core func $args_lowered (canon lower (func $get-arguments)
    (memory (core memory $mem "memory")) (realloc (core func $mem "realloc"))))

  (core module $Main
    (import "mem" "memory" (memory 1))
    (import "host" "exit-with-code" (func $exit (param i32)))
    (import "host" "get-arguments" (func $args (param i32)))
    ;; run: argv[1] parsed as decimal digits (default 3), then exit-with-code
    (func (export "run") (result i32)
      (local $list i32) (local $n i32) (local $s i32) (local $len i32)
      (local $i i32) (local $code i32)
      (call $args (i32.const 16))
      (local.set $list (i32.load (i32.const 16)))
      (local.set $n (i32.load (i32.const 20)))
      (local.set $code (i32.const 3))
      (if (i32.ge_u (local.get $n) (i32.const 2))
        (then
          (local.set $s (i32.load (i32.add (local.get $list) (i32.const 8))))
          (local.set $len (i32.load (i32.add (local.get $list) (i32.const 12))))
          (local.set $code (i32.const 0))
          (block $done
            (loop $digits
              (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
              (local.set $code
                (i32.add (i32.mul (local.get $code) (i32.const 10))
                  (i32.sub (i32.load8_u (i32.add (local.get $s) (local.get $i))) (i32.const 48))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $digits)))))
      (call $exit (local.get $code))
      (unreachable)))
  (core instance $main (instantiate $Main
    (with "mem" (instance $mem))
    (with "host" (instance
      (export "exit-with-code" (func $exit_lowered))
      (export "get-arguments" (func $args_lowered))))))

  (func $run (result (result)) (canon lift (core func $main "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.12" (instance $run-instance))
)
