# RUN: not aithon compile %s --emit=python-ir 2>&1 | FileCheck %s
# A variable must keep one type: the second assignment is refused where it happens.

# CHECK: diagnostics-types.py:[[# @LINE + 4]]:5: error: variable 'x' changes type from int to str
# CHECK-NOT: Traceback
def f():
    x = 1
    x = "one"
    return x


print(f())
