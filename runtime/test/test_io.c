/* Buffered stdout is never lost: flushed at print(flush=True), at exit() and, with write(2) only,
 * when a fatal signal ends the program (which still dies of that signal). Each case runs in a
 * child process whose stdout is a pipe. */
#include "util.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/io.h"

enum { END_SEGV, END_ABRT, END_FPE, END_EXIT, END_FLUSH_THEN_KILL };

/* Run the child ending `how`; returns its wait status and what it wrote in out[]. */
static int run_child(int how, char *out, size_t cap) {
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        ai_io_install_safety_net();
        ai_write_cstr(ctx, "before the end\n", 15);
        if (how == END_SEGV)
            raise(SIGSEGV);
        if (how == END_ABRT)
            abort();
        if (how == END_FPE)
            raise(SIGFPE);
        if (how == END_EXIT)
            exit(3);
        ai_write_flush(ctx, true);
        ai_write_cstr(ctx, "lost: SIGKILL cannot be caught\n", 31);
        raise(SIGKILL);
        _exit(99);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < cap && (r = read(fds[0], out + n, cap - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = 0;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

static void test_fatal_signals_flush_and_still_kill(void) {
    char out[256];
    static const int sigs[] = {SIGSEGV, SIGABRT, SIGFPE};
    for (int how = END_SEGV; how <= END_FPE; how++) {
        int st = run_child(how, out, sizeof out);
        CHECK_STR(out, "before the end\n");
        CHECK(WIFSIGNALED(st) && WTERMSIG(st) == sigs[how]);
    }
}

static void test_exit_and_explicit_flush(void) {
    char out[256];
    int st = run_child(END_EXIT, out, sizeof out);
    CHECK_STR(out, "before the end\n");
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);
    st = run_child(END_FLUSH_THEN_KILL, out, sizeof out);
    CHECK_STR(out, "before the end\n");
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
}

int main(void) {
    test_begin();
    test_fatal_signals_flush_and_still_kill();
    test_exit_and_explicit_flush();
    test_end();
    DONE();
}
