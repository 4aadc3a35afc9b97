#!/bin/sh
# Makes sure the system packages Parcours needs are present:
# the wide-character ncurses headers (build) and tmux (end-to-end tests).
missing=""
[ -f /usr/include/ncursesw/curses.h ] || [ -f /usr/include/ncursesw/ncurses.h ] || missing="$missing libncursesw5-dev"
command -v tmux >/dev/null 2>&1 || missing="$missing tmux"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || exit 1
else
    echo "Parcours needs:$missing — install them (e.g. sudo apt-get install$missing) and run make again." >&2
    exit 1
fi
