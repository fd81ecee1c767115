# A module-level name bound twice (here to a value of another type) is a module variable.
x = 1
x = "one"
print(x)
