;; The matcher's scan loop (compile.ts `find`), in WebAssembly: the same trie, filters and
;; leftmost-longest rule, reading the page's text through the JS String Builtins (no copy).
;; A content script's scan runs once per page, mostly before the JavaScript engine has optimised
;; it; WebAssembly is compiled to machine code before its first call.
;; `npm run wasm` assembles this into scan-wasm.ts; a unit test checks the two agree.
(module
  (import "wasm:js-string" "charCodeAt" (func $charCodeAt (param externref i32) (result i32)))
  ;; The glossary rules a node's outputs need (Latin boundaries, case, exclusions): asked of JS.
  ;; (node, start, end, from, to) -> term index or -1.
  (import "env" "ask" (func $ask (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory 1))

  ;; Where compile.ts laid out its tables in memory (byte offsets), and the pair hash's shift.
  (global $rootChild (mut i32) (i32.const 0))
  (global $key (mut i32) (i32.const 0))
  (global $pairBits (mut i32) (i32.const 0))
  (global $passAlone (mut i32) (i32.const 0))
  (global $acceptAs (mut i32) (i32.const 0))
  (global $childStart (mut i32) (i32.const 0))
  (global $childChar (mut i32) (i32.const 0))
  (global $childNode (mut i32) (i32.const 0))
  (global $out (mut i32) (i32.const 0))
  ;; findRanges() reads its [from, to) pairs here.
  (global $ranges (mut i32) (i32.const 0))
  (global $outCap (mut i32) (i32.const 0))
  (global $pairShift (mut i32) (i32.const 0))
  ;; Where the last find() stopped (to < `to` when the output area filled up).
  (global $resume (mut i32) (i32.const 0))
  ;; Triples written so far by the call in progress.
  (global $written (mut i32) (i32.const 0))

  (func (export "init")
    (param $rootChild i32) (param $key i32) (param $pairBits i32) (param $passAlone i32)
    (param $acceptAs i32) (param $childStart i32) (param $childChar i32) (param $childNode i32)
    (param $out i32) (param $outCap i32) (param $ranges i32) (param $pairShift i32)
    (global.set $rootChild (local.get $rootChild))
    (global.set $key (local.get $key))
    (global.set $pairBits (local.get $pairBits))
    (global.set $passAlone (local.get $passAlone))
    (global.set $acceptAs (local.get $acceptAs))
    (global.set $childStart (local.get $childStart))
    (global.set $childChar (local.get $childChar))
    (global.set $childNode (local.get $childNode))
    (global.set $out (local.get $out))
    (global.set $outCap (local.get $outCap))
    (global.set $ranges (local.get $ranges))
    (global.set $pairShift (local.get $pairShift)))

  (func (export "resume") (result i32) (global.get $resume))

  ;; The child of `node` along key character `code`, or -1 (binary search of its sorted children).
  (func $child (param $node i32) (param $code i32) (result i32)
    (local $lo i32) (local $hi i32) (local $mid i32) (local $c i32)
    (local.set $lo (i32.load (i32.add (global.get $childStart) (i32.shl (local.get $node) (i32.const 2)))))
    (local.set $hi (i32.sub
      (i32.load (i32.add (global.get $childStart) (i32.shl (i32.add (local.get $node) (i32.const 1)) (i32.const 2))))
      (i32.const 1)))
    (block $none
      (loop $search
        (br_if $none (i32.gt_s (local.get $lo) (local.get $hi)))
        (local.set $mid (i32.shr_s (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
        (local.set $c (i32.load16_u (i32.add (global.get $childChar) (i32.shl (local.get $mid) (i32.const 1)))))
        (if (i32.eq (local.get $c) (local.get $code))
          (then (return (i32.load (i32.add (global.get $childNode) (i32.shl (local.get $mid) (i32.const 2)))))))
        (if (i32.lt_u (local.get $c) (local.get $code))
          (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
          (else (local.set $hi (i32.sub (local.get $mid) (i32.const 1)))))
        (br $search)))
    (i32.const -1))

  ;; Appends [start, end, termIndex] triples for text[from, to) at $out (after $written of them).
  ;; Returns 1 if it stopped early because $outCap triples are written (resume() says where), else 0.
  (func $scan (param $text externref) (param $from i32) (param $to i32) (result i32)
    (local $i i32) (local $j i32) (local $node i32) (local $h i32) (local $accepts i32)
    (local $bestEnd i32) (local $bestTerm i32) (local $at i32)
    (local.set $i (local.get $from))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_s (local.get $i) (local.get $to)))
        (block $next
          ;; The first-character filter: most characters end here.
          (local.set $node (i32.load (i32.add (global.get $rootChild)
            (i32.shl (call $charCodeAt (local.get $text) (local.get $i)) (i32.const 2)))))
          (br_if $next (i32.lt_s (local.get $node) (i32.const 0)))
          ;; The second-character filter, unless the first character is a term by itself.
          (if (i32.eqz (i32.load8_u (i32.add (global.get $passAlone) (local.get $node))))
            (then
              (br_if $next (i32.ge_s (i32.add (local.get $i) (i32.const 1)) (local.get $to)))
              (local.set $h (i32.shr_u
                (i32.xor
                  (i32.mul (local.get $node) (i32.const 0x9e3779b1))
                  (i32.mul (call $charCodeAt (local.get $text) (i32.add (local.get $i) (i32.const 1))) (i32.const 0x85ebca6b)))
                (global.get $pairShift)))
              (br_if $next (i32.eqz (i32.and
                (i32.load (i32.add (global.get $pairBits) (i32.shl (i32.shr_u (local.get $h) (i32.const 5)) (i32.const 2))))
                (i32.shl (i32.const 1) (i32.and (local.get $h) (i32.const 31))))))))
          ;; Down the trie as far as the text goes; the longest accepted end wins.
          (local.set $bestEnd (i32.const -1))
          (local.set $bestTerm (i32.const -1))
          (local.set $j (i32.add (local.get $i) (i32.const 1)))
          (block $walked
            (loop $walk
              (local.set $accepts (i32.load (i32.add (global.get $acceptAs) (i32.shl (local.get $node) (i32.const 2)))))
              (if (i32.ge_s (local.get $accepts) (i32.const 0))
                (then
                  (local.set $bestEnd (local.get $j))
                  (local.set $bestTerm (local.get $accepts)))
                (else
                  (if (i32.eq (local.get $accepts) (i32.const -2))
                    (then
                      (local.set $accepts (call $ask (local.get $node) (local.get $i) (local.get $j) (local.get $from) (local.get $to)))
                      (if (i32.ge_s (local.get $accepts) (i32.const 0))
                        (then
                          (local.set $bestEnd (local.get $j))
                          (local.set $bestTerm (local.get $accepts))))))))
              (br_if $walked (i32.ge_s (local.get $j) (local.get $to)))
              (local.set $node (call $child (local.get $node)
                (i32.load16_u (i32.add (global.get $key)
                  (i32.shl (call $charCodeAt (local.get $text) (local.get $j)) (i32.const 1))))))
              (br_if $walked (i32.lt_s (local.get $node) (i32.const 0)))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $walk)))
          (br_if $next (i32.le_s (local.get $bestEnd) (i32.const 0)))
          (local.set $at (i32.add (global.get $out) (i32.mul (global.get $written) (i32.const 12))))
          (i32.store (local.get $at) (local.get $i))
          (i32.store offset=4 (local.get $at) (local.get $bestEnd))
          (i32.store offset=8 (local.get $at) (local.get $bestTerm))
          (global.set $written (i32.add (global.get $written) (i32.const 1)))
          (local.set $i (local.get $bestEnd))
          (if (i32.ge_s (global.get $written) (global.get $outCap))
            (then
              (global.set $resume (local.get $i))
              (return (i32.const 1))))
          (br $scan))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scan)))
    (global.set $resume (local.get $to))
    (i32.const 0))

  ;; Writes the triples for text[from, to) at $out; returns how many. Stops early when $outCap
  ;; triples are written; resume() then says where to go on.
  (func (export "find") (param $text externref) (param $from i32) (param $to i32) (result i32)
    (global.set $written (i32.const 0))
    (drop (call $scan (local.get $text) (local.get $from) (local.get $to)))
    (global.get $written))

  ;; The same over `count` [from, to) ranges of one text (many runs joined: one call instead of
  ;; one per run). The caller keeps the ranges' length within $outCap, so the output never fills.
  (func (export "findRanges") (param $text externref) (param $count i32) (result i32)
    (local $r i32) (local $at i32)
    (global.set $written (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_s (local.get $r) (local.get $count)))
        (local.set $at (i32.add (global.get $ranges) (i32.shl (local.get $r) (i32.const 3))))
        (drop (call $scan (local.get $text) (i32.load (local.get $at)) (i32.load offset=4 (local.get $at))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each)))
    (global.get $written)))
