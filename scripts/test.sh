#!/usr/bin/env bash
# Set-up if needed, then every test: unit tests of the primitives and pallets (with their
# storage invariants), the runtime's tests, and the end-to-end tests that start the real node
# and drive it over RPC. Prints the time of each phase.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
started=$(date +%s)
"$IPLEDGER_ROOT/scripts/build.sh"
use_toolchain
cd "$IPLEDGER_ROOT"
export IPLEDGER_NODE="$IPLEDGER_NODE_BIN"
phase tests cargo test --locked --workspace
log "all tests passed in $(($(date +%s) - started)) s"
