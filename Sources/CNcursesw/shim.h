// The wide-character ncurses API is hidden unless these are defined before the header.
#ifndef PARCOURS_CNCURSESW_SHIM_H
#define PARCOURS_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <poll.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot import (or may not read in Swift 6 mode).
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_key_f(int n) { return KEY_F0 + n; }
static inline attr_t cn_color_pair(int n) { return COLOR_PAIR(n); }
static inline int cn_ccharw_max(void) { return CCHARW_MAX; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
int wcwidth(wchar_t c);

// Terminal restoration on signals: leave curses mode, then die of the same signal with
// its default action (so the exit status still says which signal it was).
// endwin is not async-signal-safe, but the process is about to end and a stuck raw-mode
// terminal is the worse outcome; this is what most curses programs do.
static inline void cn_restore_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline const int *cn_restore_signals(int *count) {
    static const int signals[] = { SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE };
    *count = (int)(sizeof signals / sizeof signals[0]);
    return signals;
}

static inline void cn_install_restore_handlers(void) {
    int count = 0;
    const int *signals = cn_restore_signals(&count);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < count; i++) sigaction(signals[i], &action, NULL);
}

static inline void cn_remove_restore_handlers(void) {
    int count = 0;
    const int *signals = cn_restore_signals(&count);
    for (int i = 0; i < count; i++) signal(signals[i], SIG_DFL);
}

// 1 when stdin reports hang-up or error (the terminal is gone), 0 otherwise.
static inline int cn_stdin_hung_up(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) ? 1 : 0;
}
#endif
