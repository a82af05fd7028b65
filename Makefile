# The two commands of the README are `make run` and `make test`; both install what they need.
BUILD ?= build
JOBS ?= $(shell nproc)
MOTUS = $(BUILD)/src/cli/motus

.PHONY: setup build run test test-asan fuzz bench content-check format clean deb

FUZZ_SECONDS ?= 600

setup:
	@scripts/setup-deps

build: setup
	@cmake --preset default -S . >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@$(MAKE) --no-print-directory web/dist/index.html

# The web app rebuilds only when one of its sources is newer than the last build.
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) \
  web/index.html web/vite.config.ts web/tsconfig.json web/package-lock.json
web/dist/index.html: $(WEB_SOURCES)
	@echo "web: building web/dist"
	@cd web && npm run --silent build

## Starts Motus on SQLite at http://localhost:8080 with demo data.
run: build
	$(MOTUS) serve --demo --db sqlite:motus.db --port 8080

## Builds and runs every test suite.
test: build
	@scripts/run-tests $(BUILD)

## Every ctest suite built with ASan + UBSan in build-asan-run, next to a throwaway PostgreSQL.
## Slow, so not part of `make test`.
test-asan: setup
	@JOBS=$(JOBS) scripts/run-asan build-asan-run

## The libFuzzer targets of tests/fuzz (clang, ASan, UBSan, build-fuzz), each for FUZZ_SECONDS.
fuzz: setup
	@JOBS=$(JOBS) scripts/run-fuzz $(FUZZ_SECONDS)

bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target bench_all
	@bench/run-all $(BUILD)

## A Debian package of the built tree (build/deb/motus_<version>_<arch>.deb), lintian-checked.
deb: build
	@scripts/build-deb $(MOTUS) $(BUILD)/deb

content-check: build
	$(MOTUS) content check content

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD) build-asan build-asan-run build-fuzz
