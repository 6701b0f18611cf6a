#ifndef VEILLE_CNCURSESW_SHIM_H
#define VEILLE_CNCURSESW_SHIM_H

/* Must precede <curses.h>: without it cchar_t, wget_wch and the *_set API are hidden. */
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <curses.h>
#include <term.h>

/* Swift cannot import these: attribute macros expand through a cast macro,
   and the globals below are mutable C state that Swift 6 rejects. */
static const attr_t NCS_A_NORMAL = A_NORMAL;
static const attr_t NCS_A_BOLD = A_BOLD;
static const attr_t NCS_A_DIM = A_DIM;
static const attr_t NCS_A_REVERSE = A_REVERSE;
static const attr_t NCS_A_UNDERLINE = A_UNDERLINE;

static const mmask_t NCS_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t NCS_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t NCS_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t NCS_BUTTON5_PRESSED = BUTTON5_PRESSED;

static inline WINDOW *ncs_stdscr(void) { return stdscr; }
static inline WINDOW *ncs_curscr(void) { return curscr; }
static inline int ncs_colors(void) { return COLORS; }
static inline int ncs_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *ncs_stdout(void) { return stdout; }
static inline FILE *ncs_stdin(void) { return stdin; }

/* Valid only after newterm: the WACS table is filled in by the terminal setup. */
static inline const cchar_t *ncs_wacs(unsigned char c) { return NCURSES_WACS(c); }

#endif
