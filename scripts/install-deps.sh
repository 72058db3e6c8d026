#!/usr/bin/env bash
# Installs the Debian 12 packages sladd builds with. Idempotent: when every package is
# present it only runs dpkg-query and exits.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libre2-dev libabsl-dev libicu-dev
  libprotobuf-dev protobuf-compiler
  libgrpc++-dev protobuf-compiler-grpc
  libphonenumber-dev libssl-dev zlib1g-dev
  libsimdjson-dev rapidjson-dev libcli11-dev
  prometheus-cpp-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-grpcio python3-protobuf openssl
  time gzip python3-yaml
  # Word lists: the test that near_term_words.txt and english_terms.txt are current with
  # the lexicons.
  wamerican wbritish
)
# make fuzz: clang with libFuzzer.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi
# Hyperscan needs x86-64 SSSE3; Vectorscan is its drop-in elsewhere (same libhs.pc).
if [ "$(dpkg --print-architecture)" = "amd64" ]; then
  packages+=(libhyperscan-dev)
else
  packages+=(libvectorscan-dev)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
