#!/usr/bin/env bash
# Builds the optimised node (`--profile production`, with `runtime-benchmarks`) and regenerates
# the weights of every benchmarked pallet of the runtime in runtime/src/weights/, all in one
# run on this machine, so that they share its units. Its artefacts live in the target
# directory's `production/` folder, beside the dev build's `debug/`; CI never builds it.
# Usage: ./scripts/benchmark.sh [pallet ...]   (default: every pallet the runtime benchmarks)
# IPLEDGER_BENCH_STEPS and IPLEDGER_BENCH_REPEAT override 50 steps and 20 repeats.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_toolchain
cd "$IPLEDGER_ROOT"
# The benchmark CLI's own test runtime serves only `benchmark storage`, and its Wasm build cannot
# find its package through WASM_BUILD_WORKSPACE_HINT: skip it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
# The upgrade test's second runtime is no part of a benchmark.
unset IPLEDGER_BUILD_NEXT_RUNTIME
phase build-benchmarks cargo build --locked -p ipledger-node --profile production \
	--features runtime-benchmarks
node="$CARGO_TARGET_DIR/production/ipledger-node"
runtime="$CARGO_TARGET_DIR/production/wbuild/ipledger-runtime/ipledger_runtime.compact.compressed.wasm"
[ -f "$runtime" ] || die "no runtime at $runtime"
pallets=("$@")
if [ ${#pallets[@]} -eq 0 ]; then
	# Two pallets keep polkadot-sdk's weights for now: pallet_collective's `close_approved`
	# benchmark counts on the prime member's default vote, which IPLedger's council does not
	# have (abstentions are nays), and pallet_membership's analysis ran for over five minutes
	# and past 10 GB of memory here. Name them to run them anyway.
	mapfile -t pallets < <("$node" benchmark pallet --runtime "$runtime" --genesis-builder runtime \
		--genesis-builder-preset development --list=pallets --no-csv-header |
		grep -vx -e pallet_collective -e pallet_membership)
fi
log "benchmarking ${pallets[*]} and the block and extrinsic overhead on $(nproc) cores of $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for pallet in "${pallets[@]}"; do
	phase "benchmark $pallet" "$node" benchmark pallet \
		--runtime "$runtime" \
		--genesis-builder runtime --genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "${IPLEDGER_BENCH_STEPS:-50}" --repeat "${IPLEDGER_BENCH_REPEAT:-20}" \
		--output "runtime/src/weights/$pallet.rs" \
		--header scripts/weights-header.txt
done
# The base weight of a block and of an extrinsic (a `System::remark`), which every block and
# every transaction is charged on top of its calls' weights: block_weights.rs and
# extrinsic_weights.rs.
phase "benchmark overhead" "$node" benchmark overhead \
	--runtime "$runtime" \
	--genesis-builder runtime --genesis-builder-preset development \
	--weight-path runtime/src/weights/ \
	--header scripts/weights-header.txt
