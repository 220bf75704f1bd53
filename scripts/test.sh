#!/usr/bin/env bash
# Set-up if needed, then every test: unit tests of the primitives and pallets (with their
# storage invariants), the runtime's tests, the end-to-end tests that start the real node and
# drive it over RPC, one run of every benchmark, and the runtime upgrade under try-runtime.
# Prints the time of each phase.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
started=$(date +%s)
"$IPLEDGER_ROOT/scripts/build.sh"
use_toolchain
cd "$IPLEDGER_ROOT"
export IPLEDGER_NODE="$IPLEDGER_NODE_BIN"
# The JavaScript clients the end-to-end tests run (tests/js, versions locked).
command -v npm >/dev/null 2>&1 || "$IPLEDGER_ROOT/scripts/setup.sh"
phase js-packages npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
phase tests cargo test --locked --workspace --no-fail-fast
# Every benchmark runs once on the pallet's mock (their weights come from scripts/benchmark.sh).
phase benchmark-tests cargo test --locked -p pallet-ip-parties -p pallet-ip-registry -p pallet-ip-licensing -p pallet-ip-enforcement -p pallet-ip-consortium \
	--features pallet-ip-parties/runtime-benchmarks,pallet-ip-registry/runtime-benchmarks,pallet-ip-licensing/runtime-benchmarks,pallet-ip-enforcement/runtime-benchmarks,pallet-ip-consortium/runtime-benchmarks \
	benchmarking
# The runtime upgrade as the try-runtime CLI runs it (migrations' checks, every try_state), natively.
phase try-runtime env SKIP_WASM_BUILD=1 cargo test --locked -p ipledger-runtime --features try-runtime \
	try_runtime
# The weights table in docs/ agrees with the weight files.
phase weights-table python3 "$IPLEDGER_ROOT/scripts/weights-table.py" --check
log "all tests passed in $(($(date +%s) - started)) s"
