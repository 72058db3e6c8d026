# Entry points for people and CI. Everything real happens in CMake; this file only installs
# dependencies, configures once and calls the build.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: run test build deps configure bench clean

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

clean:
	rm -rf $(BUILD_DIR)
