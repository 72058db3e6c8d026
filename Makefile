# Entry points for people and CI. Everything real happens in CMake; this file only installs
# dependencies, configures once and calls the build.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

FUZZ_SECONDS ?= 60

.PHONY: run test build deps configure bench fuzz sanitize tsan clean

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: $(BUILD_DIR)/build.ninja

build: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The main job: redact the bundled example chat log, then serve the API on loopback.
run: build
	$(BUILD_DIR)/bin/sladd redact examples/chat.txt
	@echo
	@echo "Starting sladd-server on 127.0.0.1:50051 (plaintext, built-in policy); Ctrl-C stops it."
	@echo "From another shell:"
	@echo "  echo 'Ring meg på 912 34 567' | $(BUILD_DIR)/bin/sladd redact --server 127.0.0.1:50051"
	@echo "  or any gRPC client of sladd.v1.Redactor (proto/sladd/v1/sladd.proto; reflection is on)."
	$(BUILD_DIR)/bin/sladd-server --plaintext --listen 127.0.0.1:50051

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/run.sh $(BUILD_DIR)

# libFuzzer (clang-14) with ASan and UBSan: each target FUZZ_SECONDS on its seeds; new
# inputs collect in build-fuzz/corpus-*, crashes as build-fuzz/crash-* (make them tests).
fuzz:
	@scripts/install-deps.sh --fuzz
	CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DSLADD_FUZZ=ON -DSLADD_SANITIZE=ON \
	  -DCMAKE_CXX_FLAGS=-fsanitize-ignorelist=$(CURDIR)/tests/fuzz/ubsan-ignorelist.txt
	cmake --build build-fuzz -j $(JOBS) --target engine_fuzzer policy_fuzzer jsonl_fuzzer csv_fuzzer conversations_fuzzer
	for target in engine policy jsonl csv conversations; do \
	  mkdir -p build-fuzz/corpus-$$target && \
	  build-fuzz/bin/$${target}_fuzzer -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/crash-$$target- build-fuzz/corpus-$$target \
	    tests/fuzz/seeds/$$target || exit 1; \
	done

# Every test under AddressSanitizer and UBSan (CI runs it after make test).
sanitize:
	$(MAKE) test BUILD_DIR=build-asan BUILD_TYPE=RelWithDebInfo CMAKE_FLAGS=-DSLADD_SANITIZE=ON

# ThreadSanitizer over what runs threads in sladd's own code: the server's shared state
# (reloads, scratch pools, conversations) and the batch CLI (reader, workers, writer).
# Not the gRPC integration tests: Debian's gRPC is not instrumented, and its inlined call
# machinery then reports thousands of races (docs/RELIABILITY.md). Every process writes its
# reports to build-tsan/tsan-reports; any report fails the target. CI runs it.
TSAN_TESTS = service_state_test cli_test
TSAN_REPORTS = $(CURDIR)/build-tsan/tsan-reports
tsan:
	$(MAKE) configure BUILD_DIR=build-tsan BUILD_TYPE=RelWithDebInfo CMAKE_FLAGS=-DSLADD_TSAN=ON
	cmake --build build-tsan -j $(JOBS) --target sladd $(TSAN_TESTS)
	rm -rf $(TSAN_REPORTS) && mkdir -p $(TSAN_REPORTS)
	cd build-tsan && TSAN_OPTIONS="log_path=$(TSAN_REPORTS)/report second_deadlock_stack=1 \
	  suppressions=$(CURDIR)/tests/tsan-suppressions.txt" \
	  ctest --output-on-failure -j $(JOBS) -R '^($(subst $(eval) ,|,$(TSAN_TESTS)))$$'; \
	  status=$$?; \
	  if ls $(TSAN_REPORTS)/report.* >/dev/null 2>&1; then cat $(TSAN_REPORTS)/report.*; exit 1; fi; \
	  exit $$status

clean:
	rm -rf $(BUILD_DIR)
