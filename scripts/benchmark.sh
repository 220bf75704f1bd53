#!/usr/bin/env bash
# Builds the node with `runtime-benchmarks` and regenerates the weights of IPLedger's pallets in
# runtime/src/weights/. It builds in the shared `dev` profile, so it reuses most of the dev
# build's artefacts; the runtime under test is the optimised Wasm either way (the node's host
# functions are slower there than in a release build, which only makes the weights
# conservative). The next ./scripts/build.sh relinks the normal node.
# Usage: ./scripts/benchmark.sh [pallet ...]   (default: every pallet-ip-* of the runtime)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_toolchain
cd "$IPLEDGER_ROOT"
# The benchmark CLI's own test runtime serves only `benchmark storage`, and its Wasm build cannot
# find its package through WASM_BUILD_WORKSPACE_HINT: skip it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
phase build-benchmarks cargo build --locked -p ipledger-node --features runtime-benchmarks
node="$IPLEDGER_NODE_BIN"
# In the dev profile the Wasm builder does not compact the runtime.
runtime="$CARGO_TARGET_DIR/$IPLEDGER_PROFILE_DIR/wbuild/ipledger-runtime/ipledger_runtime.wasm"
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_ip_consortium pallet_ip_parties pallet_ip_registry)
for pallet in "${pallets[@]}"; do
	phase "benchmark $pallet" "$node" benchmark pallet \
		--runtime "$runtime" \
		--genesis-builder runtime --genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' \
		--steps 50 --repeat 20 \
		--output "runtime/src/weights/$pallet.rs" \
		--header scripts/weights-header.txt
done
