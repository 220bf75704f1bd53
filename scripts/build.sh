#!/usr/bin/env bash
# Builds the node (with its Wasm runtime) in the profile the dev chain and the tests share, or
# in IPLEDGER_PROFILE (`production`: the optimised node).
# Features are resolved over the whole workspace, exactly as `cargo test --workspace` resolves
# them, so the tests reuse every artefact of this build.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_toolchain
cd "$IPLEDGER_ROOT"
phase build cargo build --locked --workspace --bins --profile "$IPLEDGER_PROFILE"
