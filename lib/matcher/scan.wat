;; The matcher's scan loop (compile.ts `findInJs`) in WebAssembly: the same trie, filters and
;; leftmost-longest rule, over text the caller wrote into memory as UTF-8 (TextEncoder.encodeInto:
;; one native copy per batch of runs). A content script scans a page once, mostly before the
;; JavaScript engine has optimised its loop; WebAssembly is machine code from its first call.
;; Offsets in and out are UTF-16 code units, as JavaScript counts them. A character outside the
;; Basic Multilingual Plane (four bytes) counts two units and never starts or continues a match:
;; the caller uses this scan only for glossaries without such characters.
;; `npm run wasm` assembles this into scan-wasm.ts; a unit test checks the two agree.
(module
  ;; The glossary rules a node's outputs need (Latin boundaries, case, exclusions), asked of
  ;; JavaScript: (node, start, end) in units -> term index or -1.
  (import "env" "ask" (func $ask (param i32 i32 i32) (result i32)))
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
  ;; The text to scan (UTF-8) and where the [start, end, termIndex] triples go.
  (global $text (mut i32) (i32.const 0))
  (global $out (mut i32) (i32.const 0))
  (global $pairShift (mut i32) (i32.const 0))

  (func (export "init")
    (param $rootChild i32) (param $key i32) (param $pairBits i32) (param $passAlone i32)
    (param $acceptAs i32) (param $childStart i32) (param $childChar i32) (param $childNode i32)
    (param $text i32) (param $out i32) (param $pairShift i32)
    (global.set $rootChild (local.get $rootChild))
    (global.set $key (local.get $key))
    (global.set $pairBits (local.get $pairBits))
    (global.set $passAlone (local.get $passAlone))
    (global.set $acceptAs (local.get $acceptAs))
    (global.set $childStart (local.get $childStart))
    (global.set $childChar (local.get $childChar))
    (global.set $childNode (local.get $childNode))
    (global.set $text (local.get $text))
    (global.set $out (local.get $out))
    (global.set $pairShift (local.get $pairShift)))

  ;; The character at byte `p`, packed: its UTF-16 unit in bits 0-15 (0xFFFF for a four-byte
  ;; character, which no form holds), its length in bytes in bits 16-18, in units in bits 19-20.
  (func $decode (param $p i32) (result i32)
    (local $b0 i32)
    (local.set $b0 (i32.load8_u (local.get $p)))
    (if (i32.lt_u (local.get $b0) (i32.const 0x80))
      (then (return (i32.or (local.get $b0) (i32.const 0x90000)))))
    (if (i32.lt_u (local.get $b0) (i32.const 0xe0))
      (then (return (i32.or
        (i32.or
          (i32.shl (i32.and (local.get $b0) (i32.const 0x1f)) (i32.const 6))
          (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)))
        (i32.const 0xa0000)))))
    (if (i32.lt_u (local.get $b0) (i32.const 0xf0))
      (then (return (i32.or
        (i32.or
          (i32.shl (i32.and (local.get $b0) (i32.const 0x0f)) (i32.const 12))
          (i32.or
            (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 6))
            (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f))))
        (i32.const 0xb0000)))))
    (i32.const 0x14ffff))

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

  ;; Scans the first `size` bytes at $text; writes a triple per match at $out and returns how many.
  (func (export "scan") (param $size i32) (result i32)
    (local $p i32) (local $end i32) (local $u i32) (local $d i32)
    (local $node i32) (local $h i32) (local $accepts i32)
    (local $after i32) (local $afterU i32) (local $q i32) (local $qu i32) (local $bestEnd i32) (local $bestEndAt i32) (local $bestTerm i32)
    (local $written i32) (local $at i32)
    (local.set $p (global.get $text))
    (local.set $end (i32.add (global.get $text) (local.get $size)))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; The character at $p, decoded here rather than by $decode: this is the hot loop, and
        ;; nearly every character of a Chinese page is three bytes.
        (local.set $d (i32.load8_u (local.get $p)))
        (if (i32.ge_u (local.get $d) (i32.const 0x80))
          (then
            (if (i32.and (i32.ge_u (local.get $d) (i32.const 0xe0)) (i32.lt_u (local.get $d) (i32.const 0xf0)))
              (then (local.set $d (i32.or
                (i32.or
                  (i32.shl (i32.and (local.get $d) (i32.const 0x0f)) (i32.const 12))
                  (i32.or
                    (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 6))
                    (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f))))
                (i32.const 0xb0000))))
              (else (local.set $d (call $decode (local.get $p))))))
          (else (local.set $d (i32.or (local.get $d) (i32.const 0x90000)))))
        ;; The byte and unit just after the character at $p; the trie walk goes on from there ($q, $qu).
        (local.set $after (i32.add (local.get $p) (i32.and (i32.shr_u (local.get $d) (i32.const 16)) (i32.const 7))))
        (local.set $afterU (i32.add (local.get $u) (i32.shr_u (local.get $d) (i32.const 19))))
        (local.set $q (local.get $after))
        (local.set $qu (local.get $afterU))
        (block $next
          ;; The first-character filter: most characters end here.
          (local.set $node (i32.load (i32.add (global.get $rootChild)
            (i32.shl (i32.and (local.get $d) (i32.const 0xffff)) (i32.const 2)))))
          (br_if $next (i32.lt_s (local.get $node) (i32.const 0)))
          ;; The second-character filter, unless the first character is a term by itself.
          (if (i32.eqz (i32.load8_u (i32.add (global.get $passAlone) (local.get $node))))
            (then
              (br_if $next (i32.ge_u (local.get $q) (local.get $end)))
              (local.set $h (i32.shr_u
                (i32.xor
                  (i32.mul (local.get $node) (i32.const 0x9e3779b1))
                  (i32.mul (i32.and (call $decode (local.get $q)) (i32.const 0xffff)) (i32.const 0x85ebca6b)))
                (global.get $pairShift)))
              (br_if $next (i32.eqz (i32.and
                (i32.load (i32.add (global.get $pairBits) (i32.shl (i32.shr_u (local.get $h) (i32.const 5)) (i32.const 2))))
                (i32.shl (i32.const 1) (i32.and (local.get $h) (i32.const 31))))))))
          ;; Down the trie as far as the text goes; the longest accepted end wins.
          (local.set $bestEnd (i32.const -1))
          (local.set $bestTerm (i32.const -1))
          (block $walked
            (loop $walk
              (local.set $accepts (i32.load (i32.add (global.get $acceptAs) (i32.shl (local.get $node) (i32.const 2)))))
              (if (i32.ge_s (local.get $accepts) (i32.const 0))
                (then
                  (local.set $bestEnd (local.get $qu))
                  (local.set $bestEndAt (local.get $q))
                  (local.set $bestTerm (local.get $accepts)))
                (else
                  (if (i32.eq (local.get $accepts) (i32.const -2))
                    (then
                      (local.set $accepts (call $ask (local.get $node) (local.get $u) (local.get $qu)))
                      (if (i32.ge_s (local.get $accepts) (i32.const 0))
                        (then
                          (local.set $bestEnd (local.get $qu))
                          (local.set $bestEndAt (local.get $q))
                          (local.set $bestTerm (local.get $accepts))))))))
              (br_if $walked (i32.ge_u (local.get $q) (local.get $end)))
              (local.set $d (call $decode (local.get $q)))
              (local.set $node (call $child (local.get $node)
                (i32.load16_u (i32.add (global.get $key)
                  (i32.shl (i32.and (local.get $d) (i32.const 0xffff)) (i32.const 1))))))
              (br_if $walked (i32.lt_s (local.get $node) (i32.const 0)))
              (local.set $q (i32.add (local.get $q) (i32.and (i32.shr_u (local.get $d) (i32.const 16)) (i32.const 7))))
              (local.set $qu (i32.add (local.get $qu) (i32.shr_u (local.get $d) (i32.const 19))))
              (br $walk)))
          (br_if $next (i32.lt_s (local.get $bestEnd) (i32.const 0)))
          (local.set $at (i32.add (global.get $out) (i32.mul (local.get $written) (i32.const 12))))
          (i32.store (local.get $at) (local.get $u))
          (i32.store offset=4 (local.get $at) (local.get $bestEnd))
          (i32.store offset=8 (local.get $at) (local.get $bestTerm))
          (local.set $written (i32.add (local.get $written) (i32.const 1)))
          (local.set $p (local.get $bestEndAt))
          (local.set $u (local.get $bestEnd))
          (br $scan))
        ;; No match here: on to the next character.
        (local.set $p (local.get $after))
        (local.set $u (local.get $afterU))
        (br $scan)))
    (local.get $written))
)
