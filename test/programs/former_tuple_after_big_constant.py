# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
# The legacy front end refused the big constant first; the py front end supports it, so the
# refusal names what it does not support: the returned tuple.
big = 3 ** 80

def f(a, b):
    return a // b, a % b

print(f(big, 7))
