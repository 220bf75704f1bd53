#!/usr/bin/env bash
# `cargo fmt --check` and `cargo clippy --all-targets -- -D warnings`, with the machine's default
# toolchain, as a reviewer runs them. Clippy checks without the Wasm build (SKIP_WASM_BUILD=1):
# it reads the same sources the Wasm runtime is built from.
#
# .rustfmt.toml is polkadot-sdk's; some of its options (import granularity, comment wrapping)
# only take effect with a nightly rustfmt. `cargo +nightly fmt --all && cargo fmt --all` applies
# them and leaves the code as the stable check wants it.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$IPLEDGER_ROOT"
unset RUSTUP_TOOLCHAIN
phase fmt cargo fmt --all --check
phase clippy env SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --all-targets -- -D warnings
