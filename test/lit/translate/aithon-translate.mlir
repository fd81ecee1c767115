// RUN: aithon-translate %s --mlir-to-llvmir | FileCheck %s
// RUN: aithon-translate %s --obj -o %t.o
// RUN: readelf -r -W %t.o | FileCheck %s --check-prefix=RELOC
// RUN: not aithon-translate %s.missing --mlir-to-llvmir 2>&1 | FileCheck %s --check-prefix=MISSING

// llvm-dialect functions become LLVM IR definitions; a global's address is taken PC-relative in the
// object (no absolute R_X86_64_64 relocation in .text), so it links into a PIE.

// CHECK-LABEL: define i64 @add_one(i64
// CHECK: add i64 %{{.*}}, 1
llvm.func @add_one(%x: i64) -> i64 {
  %one = llvm.mlir.constant(1 : i64) : i64
  %r = llvm.add %x, %one : i64
  llvm.return %r : i64
}

llvm.mlir.global internal constant @msg("hi\00") {addr_space = 0 : i32}
llvm.func @puts(!llvm.ptr) -> i32

// CHECK-LABEL: define void @greet()
// CHECK: call i32 @puts(ptr @msg)
llvm.func @greet() {
  %p = llvm.mlir.addressof @msg : !llvm.ptr
  %r = llvm.call @puts(%p) : (!llvm.ptr) -> i32
  llvm.return
}

// RELOC: Relocation section '.rela.text'
// RELOC-NOT: R_X86_64_64{{ }}
// RELOC: puts
// MISSING: aithon-translate: error: cannot read '{{.*}}.missing': No such file or directory
