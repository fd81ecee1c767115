# RUN: not aithon compile %s --emit=python-ir 2>&1 | FileCheck %s
# Unsupported syntax is refused with one located error line, the source line and a caret.
# The first error wins; the compiler exits with status 1 and prints no Python traceback.

# CHECK: diagnostics.py:[[# @LINE + 5]]:13: error: dict literal is not supported
# CHECK-NEXT: {{^}}    table = {"a": 1}
# CHECK-NEXT: {{^}}            ^
# CHECK-NOT: Traceback
def lookup():
    table = {"a": 1}
    return table


print(lookup())
