"""`aithon-py-specialize` (placeholder, filled in below)."""
NAME = "aithon-py-specialize"
SUMMARY = "inline fast paths for py ops on small ints and floats"


def run(op, pass_) -> None:
    pass
