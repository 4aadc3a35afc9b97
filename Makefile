# Parcours — every set-up step a user or CI needs goes through these targets.
SWIFT ?= swift
DATA_ARG := $(if $(DATA),--data $(DATA),)

.PHONY: all build run test clean deps bench

all: build

# Installs what the build and the end-to-end tests need on Debian (as root),
# otherwise says in one line what to install.
deps:
	@sh scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

run: deps
	$(SWIFT) build -c release --product parcours
	.build/release/parcours $(DATA_ARG)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
