# sladd: the gRPC service and the command-line tool, on Debian 12.
#
#   docker build -t sladd:0.1.0 .
#   docker run --rm -p 50051:50051 -p 9090:9090 sladd:0.1.0
#
# The builder stage installs the build dependencies with the script CI uses and builds the
# two binaries as CI does (CMake, Ninja, Release). The runtime stage has only the shared
# libraries they link, the binaries and a CA bundle; it runs as a non-root user and writes
# nothing, so it runs with a read-only root filesystem. (No Docker engine is available where
# this was written; the runtime packages are those owning what `ldd` names on Debian 12, and
# tests/helm/chart_test.py holds the list to the built binaries.)

FROM debian:12 AS build
COPY scripts/install-deps.sh /src/scripts/install-deps.sh
RUN /src/scripts/install-deps.sh
COPY . /src
WORKDIR /src
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release \
 && cmake --build /build --target sladd sladd-server \
 && strip /build/bin/sladd /build/bin/sladd-server

FROM debian:12-slim
# The shared libraries of the two binaries (ldd build/bin/sladd-server, Debian 12).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates libabsl20220623 libc-ares2 libcivetweb1 libgrpc++1.51 libgrpc29 \
      libhyperscan5 libicu72 libphonenumber8 libprometheus-cpp-core1.0 \
      libprometheus-cpp-pull1.0 libprotobuf32 libre2-9 libsimdjson14 libssl3 zlib1g \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 sladd \
 && useradd --system --uid 10001 --gid sladd --no-create-home --shell /usr/sbin/nologin sladd
COPY --from=build /build/bin/sladd /build/bin/sladd-server /usr/local/bin/
# An example policy file; the built-in policy applies unless --config names one (mount a
# ConfigMap at /etc/sladd and pass --config=/etc/sladd/policy.json).
COPY examples/policy.json /etc/sladd/example-policy.json
USER 10001:10001
# gRPC (sladd.v1.Redactor, grpc.health.v1, reflection) and Prometheus metrics.
EXPOSE 50051 9090
HEALTHCHECK --interval=10s --timeout=4s --start-period=10s --retries=3 \
  CMD ["sladd", "health", "--server", "127.0.0.1:50051", "--timeout", "3"]
ENTRYPOINT ["sladd-server"]
# Plaintext inside the pod network; pass --tls-cert/--tls-key (from a Secret) otherwise.
CMD ["--listen=0.0.0.0:50051", "--metrics-port=9090", "--plaintext", "--drain-delay=5"]
