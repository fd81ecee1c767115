"""The runtime functions generated code calls, each declared once (as ponyc's codegen declares each
`pony_*` function once): MLIR operand types, result type, and whether the call can raise.

`raises` is the contract that keeps a runtime error from being used as a value: a function that
can leave a pending exception in the actor context (it calls `ai_raise`, or allocates and so can
raise `MemoryError`) returns a dummy result then, and the front end's one call helper emits the
`ai_exc_pending` check after every such call. In `runtime/include/aithon/rt.h` the same functions
are marked `AI_MAY_RAISE`; `test/unit/test_runtime_abi.py` holds this table against the header
(names, types, and the marks), so a new raising function cannot be called unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass

P, TOK, VAL = "!llvm.ptr", "!async.token", "!async.value<i64>"


@dataclass(frozen=True)
class RtFn:
    args: tuple[str, ...]
    result: str | None
    raises: bool


def _fn(args: list[str], result: str | None = None, raises: bool = False) -> RtFn:
    return RtFn(tuple(args), result, raises)


RUNTIME: dict[str, RtFn] = {
    # exceptions: ai_raise is followed by a branch to the exception exit by its caller
    "ai_raise": _fn([P, "i32", P]),
    "ai_exc_pending": _fn([P], "i1"),
    "ai_exc_token": _fn([P], TOK),
    # program
    "ai_asyncio_run_token": _fn([P, TOK], raises=True),  # main's exception becomes the caller's
    "ai_asyncio_run_result_set": _fn([P, "i64"]),
    "ai_asyncio_run_result": _fn([P], "i64"),
    # recursion depth (RecursionError at CPython's depth)
    "ai_depth_enter": _fn([P], "i64", raises=True),
    "ai_depth_set": _fn(["i64"]),
    "ai_depth_need": _fn([P, "i32", "i64"], raises=True),
    # actors, scheduling, messages
    "ai_actor_spawn": _fn([P], P),
    "ai_actor_exit": _fn([P]),
    "ai_actor_self": _fn([P], P),
    "ai_actor_parent": _fn([P], P),
    "ai_actor_send": _fn([P, P, "i64"]),
    "ai_mailbox_wait": _fn([P], TOK),
    "ai_mailbox_pop": _fn([P], "i64", raises=True),  # RuntimeError on an empty mailbox
    "ai_safepoint": _fn([P]),
    "ai_task_token": _fn([P, TOK]),
    "ai_task_token_pure": _fn([P, TOK]),  # a task whose first step is pure (aithon/passes/purity.py)
    "ai_sleep": _fn([P, "f64"], TOK, raises=True),  # RecursionError: sleep's own frames
    "ai_frame_alloc": _fn(["i64", "i64"], P),  # coroutine frames (aithon-route-frames renames the lowering's calls)
    "ai_frame_free": _fn([P]),
    "ai_msg_export": _fn([P, P], P),  # out of memory ends the program (no check at a reply)
    "ai_msg_adopt": _fn([P, P], P),
    # strings (every allocation can raise MemoryError)
    "ai_str_const": _fn([P, P, "i64"], P, raises=True),
    "ai_str_concat": _fn([P, P, P], P, raises=True),
    "ai_str_from_i64": _fn([P, "i64"], P, raises=True),
    "ai_str_from_f64": _fn([P, "f64"], P, raises=True),
    "ai_str_from_bool": _fn([P, "i1"], P, raises=True),
    "ai_str_none": _fn([P], P, raises=True),
    "ai_str_repr": _fn([P, P], P, raises=True),
    "ai_str_len": _fn([P], "i64"),
    "ai_str_cmp": _fn([P, P], "i64"),
    "ai_str_mul": _fn([P, P, "i64"], P, raises=True),
    "ai_format_i64": _fn([P, "i64", P], P, raises=True),
    "ai_format_f64": _fn([P, "f64", P], P, raises=True),
    "ai_format_str": _fn([P, P, P], P, raises=True),
    # printing
    "ai_write_str": _fn([P, P]),
    "ai_write_cstr": _fn([P, P, "i64"]),
    "ai_write_i64": _fn([P, "i64"]),
    "ai_write_f64": _fn([P, "f64"]),
    "ai_write_bool": _fn([P, "i1"]),
    "ai_write_none": _fn([P]),
    "ai_write_list": _fn([P, P, "i32"], raises=True),
    "ai_write_flush": _fn([P, "i1"]),
    # numbers
    "ai_i64_pow": _fn([P, "i64", "i64"], "i64", raises=True),
    "ai_i64_truediv": _fn([P, "i64", "i64"], "f64", raises=True),
    "ai_f64_floordiv": _fn([P, "f64", "f64"], "f64", raises=True),
    "ai_f64_mod": _fn([P, "f64", "f64"], "f64", raises=True),
    "ai_f64_div": _fn([P, "f64", "f64"], "f64", raises=True),
    "ai_f64_pow": _fn([P, "f64", "f64"], "f64", raises=True),
    "ai_f64_to_i64": _fn([P, "f64"], "i64", raises=True),
    # value words (one i64 per Python value; runtime/src/value/VALUE.md)
    "ai_is_immortal": _fn(["i64"], "i1"),
    "ai_bool_box": _fn(["i1"], "i64"),
    "ai_float_box": _fn([P, "f64"], "i64", raises=True),
    "ai_float_unbox": _fn(["i64"], "f64"),
    # ints of any size (small words or GMP big ints; results canonical)
    "ai_int_from_i64": _fn([P, "i64"], "i64", raises=True),
    "ai_int_from_decimal": _fn([P, P, "i64"], "i64", raises=True),
    "ai_int_from_str": _fn([P, P], "i64", raises=True),  # int(str)
    **{f"ai_int_{op}": _fn([P, "i64", "i64"], "i64", raises=True)
       for op in ("add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor")},
    **{f"ai_int_{op}": _fn([P, "i64"], "i64", raises=True) for op in ("neg", "abs", "invert")},
    "ai_int_pos": _fn([P, "i64"], "i64"),
    "ai_int_cmp": _fn(["i64", "i64"], "i64"),
    "ai_int_to_f64": _fn([P, "i64"], "f64", raises=True),
    "ai_int_truediv": _fn([P, "i64", "i64"], "f64", raises=True),
    "ai_int_cmp_f64": _fn(["i64", "f64"], "i32"),
    "ai_int_from_f64": _fn([P, "f64"], "i64", raises=True),
    "ai_int_as_i64": _fn([P, "i64"], "i64", raises=True),
    "ai_int_fits_i64": _fn(["i64"], "i1"),
    "ai_int_str": _fn([P, "i64"], P, raises=True),  # ValueError beyond 4300 digits
    "ai_int_format": _fn([P, "i64", P], P, raises=True),
    "ai_write_int": _fn([P, "i64"], raises=True),
    "ai_int_hash": _fn(["i64"], "i64"),
    # any value word (int, bool, float, str, None); operator codes as enum ai_binop/ai_unop/ai_cmpop
    "ai_obj_binop": _fn([P, "i32", "i64", "i64"], "i64", raises=True),
    "ai_obj_unop": _fn([P, "i32", "i64"], "i64", raises=True),
    "ai_obj_compare": _fn([P, "i32", "i64", "i64"], "i1", raises=True),
    "ai_obj_truth": _fn([P, "i64"], "i1"),
    "ai_obj_str": _fn([P, "i64"], P, raises=True),
    "ai_obj_repr": _fn([P, "i64"], P, raises=True),
    "ai_obj_format": _fn([P, "i64", P], P, raises=True),
    "ai_write_obj": _fn([P, "i64"], raises=True),
    "ai_obj_hash": _fn([P, "i64"], "i64", raises=True),  # TypeError: unhashable type
    "ai_obj_type": _fn(["i64"], "i32"),
    "ai_obj_len": _fn([P, "i64"], "i64", raises=True),
    "ai_obj_int": _fn([P, "i64"], "i64", raises=True),
    "ai_obj_float": _fn([P, "i64"], "f64", raises=True),
    "ai_obj_abs": _fn([P, "i64"], "i64", raises=True),
    "ai_obj_round": _fn([P, "i64"], "i64", raises=True),
    "ai_obj_type_name": _fn([P, "i64"], P, raises=True),
    # lists
    "ai_list_new": _fn([P, "i64", "i32"], P, raises=True),
    "ai_list_set": _fn([P, "i64", "i64"]),
    "ai_list_get": _fn([P, P, "i64"], "i64", raises=True),
    "ai_list_len": _fn([P], "i64"),
    "ai_list_store": _fn([P, P, "i64", "i64"], raises=True),  # IndexError like ai_list_get
    "ai_list_item": _fn([P, "i64"], "i64"),  # unchecked read for iteration: small int 0 past the end
    # containers, methods, builtins, callables (issue 8; runtime/src/value/CONTAINERS.md)
    "ai_tuple_new": _fn([P, "i64", P], "i64", raises=True),
    "ai_list_from": _fn([P, "i64", P], "i64", raises=True),
    "ai_dict_from": _fn([P, "i64", P], "i64", raises=True),
    "ai_set_from": _fn([P, "i64", P], "i64", raises=True),
    "ai_bytes_new": _fn([P, P, "i64"], "i64", raises=True),
    "ai_range_new": _fn([P, "i64", "i64", "i64"], "i64", raises=True),
    "ai_slice_new": _fn([P, "i64", "i64", "i64"], "i64", raises=True),
    "ai_list_append": _fn([P, "i64", "i64"], raises=True),
    "ai_list_extend": _fn([P, "i64", "i64"], raises=True),
    "ai_set_add": _fn([P, "i64", "i64"], raises=True),
    "ai_dict_setitem": _fn([P, "i64", "i64", "i64"], raises=True),
    "ai_dict_merge": _fn([P, "i64", "i64"], raises=True),
    "ai_list_to_tuple": _fn([P, "i64"], "i64", raises=True),
    "ai_obj_getitem": _fn([P, "i64", "i64"], "i64", raises=True),
    "ai_obj_setitem": _fn([P, "i64", "i64", "i64"], raises=True),
    "ai_obj_delitem": _fn([P, "i64", "i64"], raises=True),
    "ai_obj_contains": _fn([P, "i64", "i64"], "i1", raises=True),
    "ai_obj_inplace": _fn([P, "i32", "i64", "i64"], "i64", raises=True),
    "ai_obj_getattr": _fn([P, "i64", P], "i64", raises=True),
    "ai_obj_iter": _fn([P, "i64"], "i64", raises=True),
    "ai_iter_next": _fn([P, "i64"], "i64", raises=True),
    "ai_unpack": _fn([P, "i64", "i64", "i1", "i64", P], "i1", raises=True),
    "ai_obj_method": _fn([P, "i64", "i32", "i64", P], "i64", raises=True),
    "ai_builtin": _fn([P, "i32", "i64", P], "i64", raises=True),
    "ai_function_new": _fn([P, P, P, "i64", P], "i64", raises=True),
    "ai_builtin_fn": _fn([P, "i32"], "i64", raises=True),
    "ai_method_fn": _fn([P, "i32", "i32"], "i64", raises=True),
    "ai_call": _fn([P, "i64", "i64", P], "i64", raises=True),
    "ai_write_stream": _fn([P, "i32"]),
    "ai_raise_argc": _fn([P, P, "i64", "i64"], raises=True),  # raises TypeError; called by function-object trampolines
    "ai_none_word": _fn([], "i64"),
    "ai_builtin_spread": _fn([P, "i32", "i64"], "i64", raises=True),
    "ai_method_spread": _fn([P, "i64", "i32", "i64"], "i64", raises=True),
    # Task values (create_task results kept in variables, lists, dicts)
    "ai_task_new": _fn([P, TOK, VAL], "i64", raises=True),
    "ai_task_token_of": _fn([P, "i64"], TOK, raises=True),
    "ai_task_result": _fn([P, "i64"], "i64", raises=True),
    "ai_task_done": _fn([P, "i64"], "i64", raises=True),
    "ai_sys_argv": _fn([P], "i64", raises=True),
    "ai_float_from_str": _fn([P, P], "f64", raises=True),
    "ai_int_from_str_base": _fn([P, P, "i64"], "i64", raises=True),
}

# Method and builtin names in the order of rt.h's AI_METHODS / AI_BUILTINS lists: the id of a name
# is its index + 1 (test_runtime_abi.py holds these to the header).
METHODS = """append extend insert remove pop clear index count sort reverse copy get setdefault popitem
update keys values items fromkeys add discard union intersection difference symmetric_difference
issubset issuperset isdisjoint intersection_update difference_update symmetric_difference_update
split rsplit join strip lstrip rstrip upper lower title capitalize swapcase casefold replace find
rfind rindex startswith endswith isdigit isalpha isalnum isspace isupper islower isdecimal isnumeric
istitle isidentifier isascii zfill ljust rjust center partition rpartition splitlines format encode
decode removeprefix removesuffix expandtabs hex bit_length bit_count is_integer conjugate
as_integer_ratio""".split()
BUILTINS = """abs all any bin bool chr dict divmod enumerate filter float frozenset hash hex int isinstance
iter len list map max min next oct ord pow repr reversed round set sorted str sum tuple zip type_name
math_sqrt math_floor math_ceil math_trunc math_gcd math_lcm math_factorial math_isqrt math_log
math_log2 math_log10 math_exp math_sin math_cos math_tan math_asin math_acos math_atan math_atan2
math_hypot math_fabs math_isclose math_isfinite math_isinf math_isnan math_pow math_comb math_perm
math_prod math_fsum math_copysign math_degrees math_radians math_dist time_time time_perf_counter
time_monotonic sys_exit bytes math_fmod math_modf""".split()
METHOD_ID = {name: i + 1 for i, name in enumerate(METHODS)}
BUILTIN_ID = {name: i + 1 for i, name in enumerate(BUILTINS)}
M_KW = 1 << 16

