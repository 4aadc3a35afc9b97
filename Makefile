# Parcours — every set-up step a user or CI needs goes through these targets.
SWIFT ?= swift
DATA_ARG := $(if $(DATA),--data $(DATA),)

.PHONY: all build run test clean deps bench

all: build

# Installs what the build and the end-to-end tests need on Debian (as root; python3
# reads the CSV exports and the attendance sheet back in tests; chromium and
# poppler-utils print the attendance sheet to PDF and turn its pages into images, as a
# funder will see it; python3's icalendar parses the calendar export as a calendar would),
# otherwise says in one line what to install.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "Parcours needs:$$missing (sudo apt-get install$$missing), then run make again." >&2; exit 1; \
	  fi; \
	fi
	@# python3's icalendar reads the calendar export back in tests: Debian's package when
	@# python3 is Debian's, else pip (a python3 of its own, such as pyenv's).
	@python3 -c 'import icalendar' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing: python3-icalendar"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-icalendar >/dev/null 2>&1 || \
	      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-icalendar >/dev/null 2>&1; }; \
	  fi; \
	  python3 -c 'import icalendar' 2>/dev/null || python3 -m pip install -q icalendar 2>/dev/null || \
	    python3 -m pip install -q --break-system-packages icalendar 2>/dev/null || \
	    { echo "Parcours' tests need python3's icalendar (sudo apt-get install python3-icalendar, or pip install icalendar), then run make again." >&2; exit 1; }; \
	}

build: deps
	$(SWIFT) build

run: deps
	$(SWIFT) build -c release --product parcours
	.build/release/parcours $(DATA_ARG)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Speed at 10^4, 10^5 and 10^6 events (BENCH_MAX=100000 for a quick run, 10000000 adds
# 10^7: generated, about 4 GB, half an hour), against a
# Python 3 baseline on the same files. Built in its own build directory; it drives the
# interface through ParcoursTUI's public InterfaceDriver.
BENCH_MAX ?= 100000
BENCH_RUNS ?= 5
bench: deps
	$(SWIFT) build -c release --scratch-path .build-bench --product parcours-bench
	$(SWIFT) build -c release --scratch-path .build-bench --product parcours
	.build-bench/release/parcours-bench --max $(BENCH_MAX) --runs $(BENCH_RUNS)

clean:
	rm -rf .build .build-bench
