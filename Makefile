# The two commands of the README are `make run` and `make test`; both install what they need.
BUILD ?= build
JOBS ?= $(shell nproc)
MOTUS = $(BUILD)/src/cli/motus

.PHONY: setup build run test test-asan bench content-check format clean

setup:
	@scripts/setup-deps

build: setup
	@cmake --preset default -S . >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

## Starts Motus on SQLite at http://localhost:8080 with demo data.
run: build
	$(MOTUS) serve --demo --db sqlite:motus.db --port 8080

## Builds and runs every test suite.
test: build
	@scripts/run-tests $(BUILD)

test-asan: setup
	@cmake --preset asan -S . >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ctest -j $(JOBS) --output-on-failure

bench: build
	@bench/run-all $(BUILD)

content-check: build
	$(MOTUS) content check content

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD) build-asan
