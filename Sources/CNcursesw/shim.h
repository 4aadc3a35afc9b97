// The wide-character ncurses API is hidden unless these are defined before the header.
#ifndef PARCOURS_CNCURSESW_SHIM_H
#define PARCOURS_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
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
static inline int cn_key_f(int n) { return KEY_F0 + n; }
static inline attr_t cn_color_pair(int n) { return COLOR_PAIR(n); }
int wcwidth(wchar_t c);
#endif
