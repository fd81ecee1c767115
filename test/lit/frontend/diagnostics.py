# RUN: not aithon compile %s --emit=python-ir 2>&1 | FileCheck %s
# Unsupported syntax is refused with one located error line, the source line and a caret.
# The first error wins; the compiler exits with status 1 and prints no Python traceback.

# CHECK: diagnostics.py:[[# @LINE + 5]]:5: error: try statement is not supported
# CHECK-NEXT: {{^}}    try:
# CHECK-NEXT: {{^}}    ^
# CHECK-NOT: Traceback
def lookup():
    try:
        table = {"a": 1}
    finally:
        pass
    return table


print(lookup())
