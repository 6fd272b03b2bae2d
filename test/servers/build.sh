#!/usr/bin/env bash
# Builds the real third-party servers the tests and the demo run, from the Go modules pinned here:
#   otelcol/  the OpenTelemetry Collector (OTLP receiver, spanmetrics connector, Prometheus, file and
#             OTLP exporters), upstream components at one release
#   jaeger/   Jaeger's all-in-one `jaeger` program (in-memory storage, query API and UI)
# Each binary lands in the cache dir under a name keyed by a hash of its go.mod, go.sum and sources,
# so a second run (or an unchanged manifest) costs nothing; Go's module and build caches make a
# rebuild after a small change cheap. Prints the path of each binary on stdout as NAME=PATH.
# Usage: test/servers/build.sh [otelcol] [jaeger]   (default: both)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${GOLDENTHREAD_SERVERS_CACHE:-$HOME/.cache/goldenthread/servers}"
# A machine starts on its own Go; the manifests need 1.25 or newer. No toolchain downloads.
export GOTOOLCHAIN=local GOFLAGS="${GOFLAGS:--buildvcs=false}"
command -v go >/dev/null || { echo "build.sh: go is not installed (needed to build the test servers)" >&2; exit 1; }
mkdir -p "$cache"

build() {
  local name="$1" package="$2" dir="$here/$1"
  local key
  key="$(cd "$dir" && cat go.mod go.sum $(ls ./*.go 2>/dev/null) | sha256sum | cut -c1-16)"
  local binary="$cache/$name-$key"
  if [ -x "$binary" ]; then
    echo "build.sh: $name up to date ($binary)" >&2
  else
    echo "build.sh: building $name ($package) …" >&2
    local started=$SECONDS
    (cd "$dir" && go build -mod=readonly -trimpath -ldflags='-s -w' -o "$binary.tmp" "$package")
    mv "$binary.tmp" "$binary"
    echo "build.sh: $name built in $((SECONDS - started)) s" >&2
  fi
  # A stable name for the tests and the demo (real-servers.mjs looks here first).
  ln -sfn "$(basename "$binary")" "$cache/$name"
  echo "$name=$cache/$name"
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(otelcol jaeger)
for target in "${targets[@]}"; do
  case "$target" in
    otelcol) build otelcol . ;;
    jaeger) build jaeger github.com/jaegertracing/jaeger/cmd/jaeger ;;
    *) echo "build.sh: unknown server '$target' (expected otelcol or jaeger)" >&2; exit 2 ;;
  esac
done
