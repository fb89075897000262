(component
  (type $ty-wasi:sockets/network@0.2.12 (;0;)
    (instance
      (export (;0;) "network" (type (sub resource)))
      (type (;1;) (enum "ipv4" "ipv6"))
      (export (;2;) "ip-address-family" (type (eq 1)))
      (type (;3;) (enum "unknown" "access-denied" "not-supported" "invalid-argument" "out-of-memory" "timeout" "concurrency-conflict" "not-in-progress" "would-block" "invalid-state" "new-socket-limit" "address-not-bindable" "address-in-use" "remote-unreachable" "connection-refused" "connection-reset" "connection-aborted" "datagram-too-large" "name-unresolvable" "temporary-resolver-failure" "permanent-resolver-failure"))
      (export (;4;) "error-code" (type (eq 3)))
      (type (;5;) (tuple u8 u8 u8 u8))
      (export (;6;) "ipv4-address" (type (eq 5)))
      (type (;7;) (record (field "port" u16) (field "address" 6)))
      (export (;8;) "ipv4-socket-address" (type (eq 7)))
      (type (;9;) (tuple u16 u16 u16 u16 u16 u16 u16 u16))
      (export (;10;) "ipv6-address" (type (eq 9)))
      (type (;11;) (record (field "port" u16) (field "flow-info" u32) (field "address" 10) (field "scope-id" u32)))
      (export (;12;) "ipv6-socket-address" (type (eq 11)))
      (type (;13;) (variant (case "ipv4" 8) (case "ipv6" 12)))
      (export (;14;) "ip-socket-address" (type (eq 13)))
      (type (;15;) (variant (case "ipv4" 6) (case "ipv6" 10)))
      (export (;16;) "ip-address" (type (eq 15)))
    )
  )
  (import "wasi:sockets/network@0.2.12" (instance $wasi:sockets/network@0.2.12 (;0;) (type $ty-wasi:sockets/network@0.2.12)))
  (alias export $wasi:sockets/network@0.2.12 "network" (type $network (;1;)))
  (type $ty-wasi:sockets/instance-network@0.2.12 (;2;)
    (instance
      (alias outer 1 $network (type (;0;)))
      (export (;1;) "network" (type (eq 0)))
      (type (;2;) (own 1))
      (type (;3;) (func (result 2)))
      (export (;0;) "instance-network" (func (type 3)))
    )
  )
  (import "wasi:sockets/instance-network@0.2.12" (instance $wasi:sockets/instance-network@0.2.12 (;1;) (type $ty-wasi:sockets/instance-network@0.2.12)))
  (type $ty-wasi:io/error@0.2.12 (;3;)
    (instance
      (export (;0;) "error" (type (sub resource)))
    )
  )
  (import "wasi:io/error@0.2.12" (instance $wasi:io/error@0.2.12 (;2;) (type $ty-wasi:io/error@0.2.12)))
  (type $ty-wasi:io/poll@0.2.12 (;4;)
    (instance
      (export (;0;) "pollable" (type (sub resource)))
      (type (;1;) (borrow 0))
      (type (;2;) (func (param "self" 1)))
      (export (;0;) "[method]pollable.block" (func (type 2)))
    )
  )
  (import "wasi:io/poll@0.2.12" (instance $wasi:io/poll@0.2.12 (;3;) (type $ty-wasi:io/poll@0.2.12)))
  (alias export $wasi:io/error@0.2.12 "error" (type $error (;5;)))
  (type $ty-wasi:io/streams@0.2.12 (;6;)
    (instance
      (export (;0;) "input-stream" (type (sub resource)))
      (export (;1;) "output-stream" (type (sub resource)))
      (alias outer 1 $error (type (;2;)))
      (export (;3;) "error" (type (eq 2)))
      (type (;4;) (own 3))
      (type (;5;) (variant (case "last-operation-failed" 4) (case "closed")))
      (export (;6;) "stream-error" (type (eq 5)))
      (type (;7;) (borrow 0))
      (type (;8;) (list u8))
      (type (;9;) (result 8 (error 6)))
      (type (;10;) (func (param "self" 7) (param "len" u64) (result 9)))
      (export (;0;) "[method]input-stream.blocking-read" (func (type 10)))
      (type (;11;) (borrow 1))
      (type (;12;) (result (error 6)))
      (type (;13;) (func (param "self" 11) (param "contents" 8) (result 12)))
      (export (;1;) "[method]output-stream.blocking-write-and-flush" (func (type 13)))
    )
  )
  (import "wasi:io/streams@0.2.12" (instance $wasi:io/streams@0.2.12 (;4;) (type $ty-wasi:io/streams@0.2.12)))
  (alias export $wasi:sockets/network@0.2.12 "network" (type $"#type7 network" (@name "network") (;7;)))
  (alias export $wasi:sockets/network@0.2.12 "ip-socket-address" (type $ip-socket-address (;8;)))
  (alias export $wasi:sockets/network@0.2.12 "error-code" (type $error-code (;9;)))
  (alias export $wasi:io/streams@0.2.12 "input-stream" (type $input-stream (;10;)))
  (alias export $wasi:io/streams@0.2.12 "output-stream" (type $output-stream (;11;)))
  (alias export $wasi:io/poll@0.2.12 "pollable" (type $pollable (;12;)))
  (type $ty-wasi:sockets/tcp@0.2.12 (;13;)
    (instance
      (export (;0;) "tcp-socket" (type (sub resource)))
      (alias outer 1 $"#type7 network" (type (;1;)))
      (export (;2;) "network" (type (eq 1)))
      (alias outer 1 $ip-socket-address (type (;3;)))
      (export (;4;) "ip-socket-address" (type (eq 3)))
      (alias outer 1 $error-code (type (;5;)))
      (export (;6;) "error-code" (type (eq 5)))
      (alias outer 1 $input-stream (type (;7;)))
      (export (;8;) "input-stream" (type (eq 7)))
      (alias outer 1 $output-stream (type (;9;)))
      (export (;10;) "output-stream" (type (eq 9)))
      (alias outer 1 $pollable (type (;11;)))
      (export (;12;) "pollable" (type (eq 11)))
      (type (;13;) (borrow 0))
      (type (;14;) (borrow 2))
      (type (;15;) (result (error 6)))
      (type (;16;) (func (param "self" 13) (param "network" 14) (param "remote-address" 4) (result 15)))
      (export (;0;) "[method]tcp-socket.start-connect" (func (type 16)))
      (type (;17;) (own 8))
      (type (;18;) (own 10))
      (type (;19;) (tuple 17 18))
      (type (;20;) (result 19 (error 6)))
      (type (;21;) (func (param "self" 13) (result 20)))
      (export (;1;) "[method]tcp-socket.finish-connect" (func (type 21)))
      (type (;22;) (own 12))
      (type (;23;) (func (param "self" 13) (result 22)))
      (export (;2;) "[method]tcp-socket.subscribe" (func (type 23)))
    )
  )
  (import "wasi:sockets/tcp@0.2.12" (instance $wasi:sockets/tcp@0.2.12 (;5;) (type $ty-wasi:sockets/tcp@0.2.12)))
  (alias export $wasi:sockets/network@0.2.12 "ip-address-family" (type $ip-address-family (;14;)))
  (alias export $wasi:sockets/tcp@0.2.12 "tcp-socket" (type $tcp-socket (;15;)))
  (alias export $wasi:sockets/network@0.2.12 "error-code" (type $"#type16 error-code" (@name "error-code") (;16;)))
  (type $ty-wasi:sockets/tcp-create-socket@0.2.12 (;17;)
    (instance
      (alias outer 1 $ip-address-family (type (;0;)))
      (export (;1;) "ip-address-family" (type (eq 0)))
      (alias outer 1 $tcp-socket (type (;2;)))
      (export (;3;) "tcp-socket" (type (eq 2)))
      (alias outer 1 $"#type16 error-code" (type (;4;)))
      (export (;5;) "error-code" (type (eq 4)))
      (type (;6;) (own 3))
      (type (;7;) (result 6 (error 5)))
      (type (;8;) (func (param "address-family" 1) (result 7)))
      (export (;0;) "create-tcp-socket" (func (type 8)))
    )
  )
  (import "wasi:sockets/tcp-create-socket@0.2.12" (instance $wasi:sockets/tcp-create-socket@0.2.12 (;6;) (type $ty-wasi:sockets/tcp-create-socket@0.2.12)))
  (alias export $wasi:sockets/network@0.2.12 "network" (type $"#type18 network" (@name "network") (;18;)))
  (alias export $wasi:sockets/network@0.2.12 "error-code" (type $"#type19 error-code" (@name "error-code") (;19;)))
  (alias export $wasi:sockets/network@0.2.12 "ip-address" (type $ip-address (;20;)))
  (alias export $wasi:io/poll@0.2.12 "pollable" (type $"#type21 pollable" (@name "pollable") (;21;)))
  (type $ty-wasi:sockets/ip-name-lookup@0.2.12 (;22;)
    (instance
      (alias outer 1 $"#type18 network" (type (;0;)))
      (export (;1;) "network" (type (eq 0)))
      (export (;2;) "resolve-address-stream" (type (sub resource)))
      (alias outer 1 $"#type19 error-code" (type (;3;)))
      (export (;4;) "error-code" (type (eq 3)))
      (alias outer 1 $ip-address (type (;5;)))
      (export (;6;) "ip-address" (type (eq 5)))
      (alias outer 1 $"#type21 pollable" (type (;7;)))
      (export (;8;) "pollable" (type (eq 7)))
      (type (;9;) (borrow 2))
      (type (;10;) (option 6))
      (type (;11;) (result 10 (error 4)))
      (type (;12;) (func (param "self" 9) (result 11)))
      (export (;0;) "[method]resolve-address-stream.resolve-next-address" (func (type 12)))
      (type (;13;) (own 8))
      (type (;14;) (func (param "self" 9) (result 13)))
      (export (;1;) "[method]resolve-address-stream.subscribe" (func (type 14)))
      (type (;15;) (borrow 1))
      (type (;16;) (own 2))
      (type (;17;) (result 16 (error 4)))
      (type (;18;) (func (param "network" 15) (param "name" string) (result 17)))
      (export (;2;) "resolve-addresses" (func (type 18)))
    )
  )
  (import "wasi:sockets/ip-name-lookup@0.2.12" (instance $wasi:sockets/ip-name-lookup@0.2.12 (;7;) (type $ty-wasi:sockets/ip-name-lookup@0.2.12)))
  (core module $main (;0;)
    (type (;0;) (func (result i32)))
    (type (;1;) (func (param i32)))
    (type (;2;) (func (param i32 i32)))
    (type (;3;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
    (type (;4;) (func (param i32) (result i32)))
    (type (;5;) (func (param i32 i32 i32 i32)))
    (type (;6;) (func (param i32 i64 i32)))
    (type (;7;) (func (param i32 i32 i32 i32) (result i32)))
    (type (;8;) (func (param i32 i32) (result i32)))
    (import "wasi:sockets/instance-network@0.2.12" "instance-network" (func $instance-network (;0;) (type 0)))
    (import "wasi:sockets/network@0.2.12" "[resource-drop]network" (func $drop-network (;1;) (type 1)))
    (import "wasi:sockets/tcp-create-socket@0.2.12" "create-tcp-socket" (func $create-tcp-socket (;2;) (type 2)))
    (import "wasi:sockets/tcp@0.2.12" "[method]tcp-socket.start-connect" (func $start-connect (;3;) (type 3)))
    (import "wasi:sockets/tcp@0.2.12" "[method]tcp-socket.finish-connect" (func $finish-connect (;4;) (type 2)))
    (import "wasi:sockets/tcp@0.2.12" "[method]tcp-socket.subscribe" (func $tcp-subscribe (;5;) (type 4)))
    (import "wasi:sockets/tcp@0.2.12" "[resource-drop]tcp-socket" (func $drop-tcp-socket (;6;) (type 1)))
    (import "wasi:sockets/ip-name-lookup@0.2.12" "resolve-addresses" (func $resolve-addresses (;7;) (type 5)))
    (import "wasi:sockets/ip-name-lookup@0.2.12" "[method]resolve-address-stream.resolve-next-address" (func $resolve-next-address (;8;) (type 2)))
    (import "wasi:sockets/ip-name-lookup@0.2.12" "[method]resolve-address-stream.subscribe" (func $resolve-subscribe (;9;) (type 4)))
    (import "wasi:sockets/ip-name-lookup@0.2.12" "[resource-drop]resolve-address-stream" (func $drop-resolve (;10;) (type 1)))
    (import "wasi:io/poll@0.2.12" "[method]pollable.block" (func $block (;11;) (type 1)))
    (import "wasi:io/poll@0.2.12" "[resource-drop]pollable" (func $drop-pollable (;12;) (type 1)))
    (import "wasi:io/streams@0.2.12" "[method]output-stream.blocking-write-and-flush" (func $blocking-write-and-flush (;13;) (type 5)))
    (import "wasi:io/streams@0.2.12" "[method]input-stream.blocking-read" (func $blocking-read (;14;) (type 6)))
    (import "wasi:io/streams@0.2.12" "[resource-drop]input-stream" (func $drop-input-stream (;15;) (type 1)))
    (import "wasi:io/streams@0.2.12" "[resource-drop]output-stream" (func $drop-output-stream (;16;) (type 1)))
    (memory (;0;) 1)
    (global $heap (;0;) (mut i32) i32.const 4096)
    (export "memory" (memory 0))
    (export "cabi_realloc" (func 17))
    (export "echo" (func 19))
    (export "lookup" (func 20))
    (func (;17;) (type 7) (param $old i32) (param $old-size i32) (param $align i32) (param $size i32) (result i32)
      (local $p i32)
      global.get $heap
      local.get $align
      i32.const 1
      i32.sub
      i32.add
      i32.const 0
      local.get $align
      i32.sub
      i32.and
      local.set $p
      local.get $p
      local.get $size
      i32.add
      global.set $heap
      local.get $old-size
      if ;; label = @1
        local.get $p
        local.get $old
        local.get $old-size
        memory.copy
      end
      local.get $p
    )
    (func $wait (;18;) (type 1) (param $pollable i32)
      local.get $pollable
      call $block
      local.get $pollable
      call $drop-pollable
    )
    (func (;19;) (type 4) (param $port i32) (result i32)
      (local $net i32) (local $sock i32) (local $in i32) (local $out i32) (local $got i32) (local $n i32) (local $tries i32)
      call $instance-network
      local.set $net
      i32.const 0
      i32.const 1024
      call $create-tcp-socket
      i32.const 1024
      i32.load8_u
      if ;; label = @1
        i32.const 100
        i32.const 1028
        i32.load8_u
        i32.add
        return
      end
      i32.const 1028
      i32.load
      local.set $sock
      local.get $sock
      local.get $net
      i32.const 0
      local.get $port
      i32.const 127
      i32.const 0
      i32.const 0
      i32.const 1
      i32.const 0
      i32.const 0
      i32.const 0
      i32.const 0
      i32.const 0
      i32.const 0
      i32.const 1024
      call $start-connect
      i32.const 1024
      i32.load8_u
      if ;; label = @1
        i32.const 100
        i32.const 1025
        i32.load8_u
        i32.add
        return
      end
      local.get $sock
      call $tcp-subscribe
      call $wait
      local.get $sock
      i32.const 1024
      call $finish-connect
      i32.const 1024
      i32.load8_u
      if ;; label = @1
        i32.const 100
        i32.const 1028
        i32.load8_u
        i32.add
        return
      end
      i32.const 1028
      i32.load
      local.set $in
      i32.const 1032
      i32.load
      local.set $out
      local.get $out
      i32.const 16
      i32.const 4
      i32.const 1024
      call $blocking-write-and-flush
      i32.const 1024
      i32.load8_u
      if ;; label = @1
        i32.const 200
        return
      end
      block $done
        loop $more
          local.get $got
          i32.const 4
          i32.ge_u
          br_if $done
          local.get $tries
          i32.const 100
          i32.ge_u
          br_if $done
          local.get $tries
          i32.const 1
          i32.add
          local.set $tries
          local.get $in
          i32.const 4
          local.get $got
          i32.sub
          i64.extend_i32_u
          i32.const 1024
          call $blocking-read
          i32.const 1024
          i32.load8_u
          if ;; label = @3
            i32.const 201
            return
          end
          i32.const 1032
          i32.load
          local.set $n
          i32.const 64
          local.get $got
          i32.add
          i32.const 1028
          i32.load
          local.get $n
          memory.copy
          local.get $got
          local.get $n
          i32.add
          local.set $got
          br $more
        end
      end
      local.get $in
      call $drop-input-stream
      local.get $out
      call $drop-output-stream
      local.get $sock
      call $drop-tcp-socket
      local.get $net
      call $drop-network
      i32.const 64
      i32.load
      i32.const 16
      i32.load
      i32.ne
      if ;; label = @1
        i32.const 300
        return
      end
      i32.const 0
    )
    (func (;20;) (type 8) (param $name i32) (param $len i32) (result i32)
      (local $net i32) (local $stream i32) (local $result i32)
      call $instance-network
      local.set $net
      local.get $net
      local.get $name
      local.get $len
      i32.const 1024
      call $resolve-addresses
      i32.const 1024
      i32.load8_u
      if ;; label = @1
        local.get $net
        call $drop-network
        i32.const 100
        i32.const 1028
        i32.load8_u
        i32.add
        return
      end
      i32.const 1028
      i32.load
      local.set $stream
      local.get $stream
      call $resolve-subscribe
      call $wait
      local.get $stream
      i32.const 1024
      call $resolve-next-address
      i32.const 1024
      i32.load8_u
      if (result i32) ;; label = @1
        i32.const 100
        i32.const 1026
        i32.load8_u
        i32.add
      else
        i32.const 1026
        i32.load8_u
        if (result i32) ;; label = @2
          i32.const 10
          i32.const 1028
          i32.load8_u
          i32.add
        else
          i32.const 1
        end
      end
      local.set $result
      local.get $stream
      call $drop-resolve
      local.get $net
      call $drop-network
      local.get $result
    )
    (data (;0;) (i32.const 16) "ping")
    (@producers
      (processed-by "wit-component" "0.259.0")
    )
  )
  (core module $wit-component-shim-module (;1;)
    (type (;0;) (func (param i32 i32)))
    (type (;1;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
    (type (;2;) (func (param i32 i32 i32 i32)))
    (type (;3;) (func (param i32 i64 i32)))
    (table (;0;) 7 7 funcref)
    (export "0" (func 0))
    (export "1" (func 1))
    (export "2" (func 2))
    (export "3" (func 3))
    (export "4" (func 4))
    (export "5" (func 5))
    (export "6" (func 6))
    (export "$imports" (table 0))
    (func (;0;) (type 0) (param i32 i32)
      local.get 0
      local.get 1
      i32.const 0
      call_indirect (type 0)
    )
    (func (;1;) (type 1) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
      local.get 0
      local.get 1
      local.get 2
      local.get 3
      local.get 4
      local.get 5
      local.get 6
      local.get 7
      local.get 8
      local.get 9
      local.get 10
      local.get 11
      local.get 12
      local.get 13
      local.get 14
      i32.const 1
      call_indirect (type 1)
    )
    (func (;2;) (type 0) (param i32 i32)
      local.get 0
      local.get 1
      i32.const 2
      call_indirect (type 0)
    )
    (func (;3;) (type 2) (param i32 i32 i32 i32)
      local.get 0
      local.get 1
      local.get 2
      local.get 3
      i32.const 3
      call_indirect (type 2)
    )
    (func (;4;) (type 0) (param i32 i32)
      local.get 0
      local.get 1
      i32.const 4
      call_indirect (type 0)
    )
    (func (;5;) (type 2) (param i32 i32 i32 i32)
      local.get 0
      local.get 1
      local.get 2
      local.get 3
      i32.const 5
      call_indirect (type 2)
    )
    (func (;6;) (type 3) (param i32 i64 i32)
      local.get 0
      local.get 1
      local.get 2
      i32.const 6
      call_indirect (type 3)
    )
    (@producers
      (processed-by "wit-component" "0.259.0")
    )
  )
  (core instance $wit-component-shim-instance (;0;) (instantiate $wit-component-shim-module))
  (alias export $wasi:sockets/instance-network@0.2.12 "instance-network" (func $instance-network (;0;)))
  (core func $instance-network (;0;) (canon lower (func $instance-network)))
  (core instance $wasi:sockets/instance-network@0.2.12 (;1;)
    (export "instance-network" (func $instance-network))
  )
  (alias export $wasi:sockets/network@0.2.12 "network" (type $"#type23 network" (@name "network") (;23;)))
  (core func $resource.drop (;1;) (canon resource.drop $"#type23 network"))
  (core instance $wasi:sockets/network@0.2.12 (;2;)
    (export "[resource-drop]network" (func $resource.drop))
  )
  (alias core export $wit-component-shim-instance "0" (core func $indirect-wasi:sockets/tcp-create-socket@0.2.12-create-tcp-socket (;2;)))
  (core instance $wasi:sockets/tcp-create-socket@0.2.12 (;3;)
    (export "create-tcp-socket" (func $indirect-wasi:sockets/tcp-create-socket@0.2.12-create-tcp-socket))
  )
  (alias core export $wit-component-shim-instance "1" (core func $"indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.start-connect" (;3;)))
  (alias core export $wit-component-shim-instance "2" (core func $"indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.finish-connect" (;4;)))
  (alias export $wasi:sockets/tcp@0.2.12 "[method]tcp-socket.subscribe" (func $"[method]tcp-socket.subscribe" (;1;)))
  (core func $"[method]tcp-socket.subscribe" (;5;) (canon lower (func $"[method]tcp-socket.subscribe")))
  (alias export $wasi:sockets/tcp@0.2.12 "tcp-socket" (type $"#type24 tcp-socket" (@name "tcp-socket") (;24;)))
  (core func $"#core-func6 resource.drop" (@name "resource.drop") (;6;) (canon resource.drop $"#type24 tcp-socket"))
  (core instance $wasi:sockets/tcp@0.2.12 (;4;)
    (export "[method]tcp-socket.start-connect" (func $"indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.start-connect"))
    (export "[method]tcp-socket.finish-connect" (func $"indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.finish-connect"))
    (export "[method]tcp-socket.subscribe" (func $"[method]tcp-socket.subscribe"))
    (export "[resource-drop]tcp-socket" (func $"#core-func6 resource.drop"))
  )
  (alias core export $wit-component-shim-instance "3" (core func $indirect-wasi:sockets/ip-name-lookup@0.2.12-resolve-addresses (;7;)))
  (alias core export $wit-component-shim-instance "4" (core func $"indirect-wasi:sockets/ip-name-lookup@0.2.12-[method]resolve-address-stream.resolve-next-address" (;8;)))
  (alias export $wasi:sockets/ip-name-lookup@0.2.12 "[method]resolve-address-stream.subscribe" (func $"[method]resolve-address-stream.subscribe" (;2;)))
  (core func $"[method]resolve-address-stream.subscribe" (;9;) (canon lower (func $"[method]resolve-address-stream.subscribe")))
  (alias export $wasi:sockets/ip-name-lookup@0.2.12 "resolve-address-stream" (type $resolve-address-stream (;25;)))
  (core func $"#core-func10 resource.drop" (@name "resource.drop") (;10;) (canon resource.drop $resolve-address-stream))
  (core instance $wasi:sockets/ip-name-lookup@0.2.12 (;5;)
    (export "resolve-addresses" (func $indirect-wasi:sockets/ip-name-lookup@0.2.12-resolve-addresses))
    (export "[method]resolve-address-stream.resolve-next-address" (func $"indirect-wasi:sockets/ip-name-lookup@0.2.12-[method]resolve-address-stream.resolve-next-address"))
    (export "[method]resolve-address-stream.subscribe" (func $"[method]resolve-address-stream.subscribe"))
    (export "[resource-drop]resolve-address-stream" (func $"#core-func10 resource.drop"))
  )
  (alias export $wasi:io/poll@0.2.12 "[method]pollable.block" (func $"[method]pollable.block" (;3;)))
  (core func $"[method]pollable.block" (;11;) (canon lower (func $"[method]pollable.block")))
  (alias export $wasi:io/poll@0.2.12 "pollable" (type $"#type26 pollable" (@name "pollable") (;26;)))
  (core func $"#core-func12 resource.drop" (@name "resource.drop") (;12;) (canon resource.drop $"#type26 pollable"))
  (core instance $wasi:io/poll@0.2.12 (;6;)
    (export "[method]pollable.block" (func $"[method]pollable.block"))
    (export "[resource-drop]pollable" (func $"#core-func12 resource.drop"))
  )
  (alias core export $wit-component-shim-instance "5" (core func $"indirect-wasi:io/streams@0.2.12-[method]output-stream.blocking-write-and-flush" (;13;)))
  (alias core export $wit-component-shim-instance "6" (core func $"indirect-wasi:io/streams@0.2.12-[method]input-stream.blocking-read" (;14;)))
  (alias export $wasi:io/streams@0.2.12 "input-stream" (type $"#type27 input-stream" (@name "input-stream") (;27;)))
  (core func $"#core-func15 resource.drop" (@name "resource.drop") (;15;) (canon resource.drop $"#type27 input-stream"))
  (alias export $wasi:io/streams@0.2.12 "output-stream" (type $"#type28 output-stream" (@name "output-stream") (;28;)))
  (core func $"#core-func16 resource.drop" (@name "resource.drop") (;16;) (canon resource.drop $"#type28 output-stream"))
  (core instance $wasi:io/streams@0.2.12 (;7;)
    (export "[method]output-stream.blocking-write-and-flush" (func $"indirect-wasi:io/streams@0.2.12-[method]output-stream.blocking-write-and-flush"))
    (export "[method]input-stream.blocking-read" (func $"indirect-wasi:io/streams@0.2.12-[method]input-stream.blocking-read"))
    (export "[resource-drop]input-stream" (func $"#core-func15 resource.drop"))
    (export "[resource-drop]output-stream" (func $"#core-func16 resource.drop"))
  )
  (core instance $main (;8;) (instantiate $main
      (with "wasi:sockets/instance-network@0.2.12" (instance $wasi:sockets/instance-network@0.2.12))
      (with "wasi:sockets/network@0.2.12" (instance $wasi:sockets/network@0.2.12))
      (with "wasi:sockets/tcp-create-socket@0.2.12" (instance $wasi:sockets/tcp-create-socket@0.2.12))
      (with "wasi:sockets/tcp@0.2.12" (instance $wasi:sockets/tcp@0.2.12))
      (with "wasi:sockets/ip-name-lookup@0.2.12" (instance $wasi:sockets/ip-name-lookup@0.2.12))
      (with "wasi:io/poll@0.2.12" (instance $wasi:io/poll@0.2.12))
      (with "wasi:io/streams@0.2.12" (instance $wasi:io/streams@0.2.12))
    )
  )
  (alias core export $main "memory" (core memory $memory (;0;)))
  (core module $wit-component-fixup (;2;)
    (type (;0;) (func (param i32 i32)))
    (type (;1;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
    (type (;2;) (func (param i32 i32 i32 i32)))
    (type (;3;) (func (param i32 i64 i32)))
    (import "actual" "0" (func (;0;) (type 0)))
    (import "actual" "1" (func (;1;) (type 1)))
    (import "actual" "2" (func (;2;) (type 0)))
    (import "actual" "3" (func (;3;) (type 2)))
    (import "actual" "4" (func (;4;) (type 0)))
    (import "actual" "5" (func (;5;) (type 2)))
    (import "actual" "6" (func (;6;) (type 3)))
    (import "shim" "$imports" (table (;0;) 7 7 funcref))
    (elem (;0;) (i32.const 0) func 0 1 2 3 4 5 6)
    (@producers
      (processed-by "wit-component" "0.259.0")
    )
  )
  (alias export $wasi:sockets/tcp-create-socket@0.2.12 "create-tcp-socket" (func $create-tcp-socket (;4;)))
  (core func $"#core-func17 indirect-wasi:sockets/tcp-create-socket@0.2.12-create-tcp-socket" (@name "indirect-wasi:sockets/tcp-create-socket@0.2.12-create-tcp-socket") (;17;) (canon lower (func $create-tcp-socket) (memory $memory)))
  (alias export $wasi:sockets/tcp@0.2.12 "[method]tcp-socket.start-connect" (func $"[method]tcp-socket.start-connect" (;5;)))
  (core func $"#core-func18 indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.start-connect" (@name "indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.start-connect") (;18;) (canon lower (func $"[method]tcp-socket.start-connect") (memory $memory)))
  (alias export $wasi:sockets/tcp@0.2.12 "[method]tcp-socket.finish-connect" (func $"[method]tcp-socket.finish-connect" (;6;)))
  (core func $"#core-func19 indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.finish-connect" (@name "indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.finish-connect") (;19;) (canon lower (func $"[method]tcp-socket.finish-connect") (memory $memory)))
  (alias export $wasi:sockets/ip-name-lookup@0.2.12 "resolve-addresses" (func $resolve-addresses (;7;)))
  (core func $"#core-func20 indirect-wasi:sockets/ip-name-lookup@0.2.12-resolve-addresses" (@name "indirect-wasi:sockets/ip-name-lookup@0.2.12-resolve-addresses") (;20;) (canon lower (func $resolve-addresses) (memory $memory) string-encoding=utf8))
  (alias export $wasi:sockets/ip-name-lookup@0.2.12 "[method]resolve-address-stream.resolve-next-address" (func $"[method]resolve-address-stream.resolve-next-address" (;8;)))
  (core func $"#core-func21 indirect-wasi:sockets/ip-name-lookup@0.2.12-[method]resolve-address-stream.resolve-next-address" (@name "indirect-wasi:sockets/ip-name-lookup@0.2.12-[method]resolve-address-stream.resolve-next-address") (;21;) (canon lower (func $"[method]resolve-address-stream.resolve-next-address") (memory $memory)))
  (alias export $wasi:io/streams@0.2.12 "[method]output-stream.blocking-write-and-flush" (func $"[method]output-stream.blocking-write-and-flush" (;9;)))
  (core func $"#core-func22 indirect-wasi:io/streams@0.2.12-[method]output-stream.blocking-write-and-flush" (@name "indirect-wasi:io/streams@0.2.12-[method]output-stream.blocking-write-and-flush") (;22;) (canon lower (func $"[method]output-stream.blocking-write-and-flush") (memory $memory)))
  (alias export $wasi:io/streams@0.2.12 "[method]input-stream.blocking-read" (func $"[method]input-stream.blocking-read" (;10;)))
  (alias core export $main "cabi_realloc" (core func $cabi_realloc (;23;)))
  (core func $"#core-func24 indirect-wasi:io/streams@0.2.12-[method]input-stream.blocking-read" (@name "indirect-wasi:io/streams@0.2.12-[method]input-stream.blocking-read") (;24;) (canon lower (func $"[method]input-stream.blocking-read") (memory $memory) (realloc $cabi_realloc)))
  (core instance $actual (;9;)
    (export "0" (func $"#core-func17 indirect-wasi:sockets/tcp-create-socket@0.2.12-create-tcp-socket"))
    (export "1" (func $"#core-func18 indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.start-connect"))
    (export "2" (func $"#core-func19 indirect-wasi:sockets/tcp@0.2.12-[method]tcp-socket.finish-connect"))
    (export "3" (func $"#core-func20 indirect-wasi:sockets/ip-name-lookup@0.2.12-resolve-addresses"))
    (export "4" (func $"#core-func21 indirect-wasi:sockets/ip-name-lookup@0.2.12-[method]resolve-address-stream.resolve-next-address"))
    (export "5" (func $"#core-func22 indirect-wasi:io/streams@0.2.12-[method]output-stream.blocking-write-and-flush"))
    (export "6" (func $"#core-func24 indirect-wasi:io/streams@0.2.12-[method]input-stream.blocking-read"))
  )
  (core instance $fixup (;10;) (instantiate $wit-component-fixup
      (with "actual" (instance $actual))
      (with "shim" (instance $wit-component-shim-instance))
    )
  )
  (type (;29;) (func (param "port" u16) (result u32)))
  (alias core export $main "echo" (core func $echo (;25;)))
  (func $echo (;11;) (type 29) (canon lift (core func $echo)))
  (export $"#func12 echo" (@name "echo") (;12;) "echo" (func $echo))
  (type (;30;) (func (param "name" string) (result u32)))
  (alias core export $main "lookup" (core func $lookup (;26;)))
  (func $lookup (;13;) (type 30) (canon lift (core func $lookup) (memory $memory) (realloc $cabi_realloc) string-encoding=utf8))
  (export $"#func14 lookup" (@name "lookup") (;14;) "lookup" (func $lookup))
  (@producers
    (processed-by "wit-component" "0.259.0")
  )
)
