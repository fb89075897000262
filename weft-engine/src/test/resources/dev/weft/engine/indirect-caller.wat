;; Defines table "t" and calls through it (CoreIndirectCallTest). Its type indices differ from
;; those of indirect-filler.wat, which fills slots 0-2 and 4-5; slot 3 holds its own function.
(module
  (type $l (func (param i64) (result i64)))          ;; 0: index 1 in the filler
  (type $ii (func (param i32) (result i32)))         ;; 1: index 0 in the filler
  (type $args (func (param i32 i32) (result i32)))   ;; 2
  (table (export "t") 6 funcref)
  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
  (elem (i32.const 3) $double)
  ;; call slot $slot as (i32) -> i32 with $arg
  (func (export "call") (type $args) (param $arg i32) (param $slot i32) (result i32)
    (call_indirect (type $ii) (local.get $arg) (local.get $slot)))
)
