#!/usr/bin/env bash
# Build the runtime and its C tests with the system C compiler and run them.
#   run_tests.sh plain   -Wall -Wextra -Werror, -O2
#   run_tests.sh asan    AddressSanitizer + UndefinedBehaviorSanitizer (leaks checked)
#   run_tests.sh tsan    ThreadSanitizer (the mailbox and async-object tests use threads)
#   run_tests.sh diff    differential check of format/repr/arithmetic text against python3
#                        (diff/diff.py; seeds 1..3, 20000 random cases each)
#   run_tests.sh all     plain, asan, tsan in turn (and diff when python3 is available)
# Each test prints "N passed, N failed"; the script fails if any test fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rt="$(dirname "$here")"
cc="${CC:-cc}"
variant="${1:-plain}"
if [ "$variant" = all ]; then
    for v in plain asan tsan; do "$0" "$v"; done
    if command -v python3 >/dev/null; then "$0" diff; fi
    exit 0
fi
case "$variant" in
    plain) flags="-O2" ;;
    asan) flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" ;;
    tsan) flags="-O1 -g -fsanitize=thread" ;;
    diff) flags="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all" ;;
    *) echo "usage: $0 [plain|asan|tsan|all]" >&2; exit 2 ;;
esac
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 "$rt/tools/gen_printable.py" "$out/printable.c"   # repr()'s table, as CMake builds it
sources="$(find "$rt/src" -name '*.c' ! -name main.c | sort) $out/printable.c"
status=0
if [ "$variant" = diff ]; then
    # shellcheck disable=SC2086
    "$cc" -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L $flags -I"$rt/include" -I"$rt/src" \
        $sources "$here/diff/driver.c" -o "$out/driver" -lpthread -lm -lgmp
    for seed in 1 2 3; do
        echo "[diff] seed $seed"
        ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 python3 "$here/diff/diff.py" "$out/driver" "$seed" 20000 || status=1
    done
    exit $status
fi
# The runtime is compiled once per variant (two jobs at a time), then linked into each test.
mkdir -p "$out/obj"
objs=""
i=0
for src in $sources; do
    i=$((i + 1))
    obj="$out/obj/$i.o"
    objs="$objs $obj"
    # shellcheck disable=SC2086
    "$cc" -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L $flags -I"$rt/include" -I"$rt/src" \
        -c "$src" -o "$obj" &
    if [ $((i % 2)) = 0 ]; then wait; fi
done
wait
for obj in $objs; do [ -f "$obj" ] || { echo "[$variant] the runtime did not compile" >&2; exit 1; }; done
for t in "$here"/test_*.c; do
    name="$(basename "$t" .c)"
    # shellcheck disable=SC2086
    "$cc" -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L $flags -I"$rt/include" -I"$rt/src" \
        "$t" $objs -o "$out/$name" -lpthread -lm -lgmp
    echo "[$variant] $name"
    # huge allocations must fail as malloc does (the MemoryError tests), not abort the sanitizer
    if ! TSAN_OPTIONS="halt_on_error=1:allocator_may_return_null=1" \
        ASAN_OPTIONS="allocator_may_return_null=1" "$out/$name"; then
        echo "[$variant] $name FAILED" >&2
        status=1
    fi
done
exit $status
