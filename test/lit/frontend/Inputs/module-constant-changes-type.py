# A module-level name is a constant: binding it again (here to a value of another type) is refused.
x = 1
x = "one"
print(x)
