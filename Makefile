# The two README commands are `make demo` and `make test`; both set up what is missing first.
PREFIX ?= /usr/local

.PHONY: all bootstrap build test test-dev test-asan test-package demo bench install clean abi-baseline

all: build

bootstrap:
	scripts/bootstrap

build: bootstrap
	cmake --preset dev
	cmake --build --preset dev

# Everything: the dev suite (C++, C ABI, Python on numpy 2 and 1.26, CLI, examples, consumers),
# the same C++/C suites under ASan+UBSan, then pip install/wheel in a clean venv.
test:
	scripts/bootstrap --test
	$(MAKE) test-dev test-asan test-package

test-dev:
	cmake --workflow --preset dev

test-asan:
	cmake --workflow --preset asan

test-package:
	scripts/check-package

# Records the C ABI of the dev build as tests/abi/librorkit.abi, after adding to the C ABI (the
# dev suite fails on removed or changed functions and types, and reports additions).
abi-baseline: build
	cmake --build --preset dev --target abi-baseline

demo: build
	scripts/demo

bench: bootstrap
	cmake --workflow --preset bench
	scripts/run-benchmarks

install: bootstrap
	cmake --workflow --preset release
	cmake --install build/release --prefix "$(PREFIX)"

clean:
	rm -rf build
