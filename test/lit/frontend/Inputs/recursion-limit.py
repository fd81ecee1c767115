# The deepest recursion CPython 3.11 allows from the module body (limit 1000), then one level more.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(998))
print(depth(999))
