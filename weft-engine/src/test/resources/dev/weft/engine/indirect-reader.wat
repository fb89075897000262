;; Imports the table of indirect-caller.wat and calls through it with type indices of its own
;; (CoreIndirectCallTest), different from both the caller's and the filler's.
(module
  (type $f (func (param f64) (result f64)))                ;; 0: index 2 in the filler, none in the caller
  (type $fargs (func (param f64 i32) (result f64)))        ;; 1
  (type $args (func (param i32 i32) (result i32)))         ;; 2
  (type $ii (func (param i32) (result i32)))               ;; 3
  (import "caller" "t" (table 6 funcref))
  (func (export "call") (type $args) (param $arg i32) (param $slot i32) (result i32)
    (call_indirect (type $ii) (local.get $arg) (local.get $slot)))
  (func (export "call-f64") (type $fargs) (param $arg f64) (param $slot i32) (result f64)
    (call_indirect (type $f) (local.get $arg) (local.get $slot)))
)
