# Shared settings for IPLedger's scripts. Source it; it runs nothing by itself.
# shellcheck shell=bash

IPLEDGER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IPLEDGER_CACHE="${IPLEDGER_CACHE:-$HOME/.cache/ipledger}"
# One target directory outside the checkout, shared by every clone, session and CI run.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$IPLEDGER_CACHE/target}"
# The runtime's Wasm build looks for Cargo.lock above the target directory; it is not there.
export WASM_BUILD_WORKSPACE_HINT="$IPLEDGER_ROOT"
# The build profile: `dev` (the default), the one the dev chain and the tests share (see
# [profile.dev] in Cargo.toml), or `production`, the optimised node for measurement
# (`IPLEDGER_PROFILE=production ./scripts/dev.sh`). CI and the tests use `dev`.
IPLEDGER_PROFILE="${IPLEDGER_PROFILE:-dev}"
case "$IPLEDGER_PROFILE" in
dev) IPLEDGER_PROFILE_DIR="debug" ;;
production) IPLEDGER_PROFILE_DIR="production" ;;
*)
	printf '[ipledger] error: IPLEDGER_PROFILE is dev or production, not %s\n' "$IPLEDGER_PROFILE" >&2
	exit 1
	;;
esac
IPLEDGER_NODE_BIN="$CARGO_TARGET_DIR/$IPLEDGER_PROFILE_DIR/ipledger-node"
# The dev profile's runtime build also makes the runtime with `spec_version` one higher, which
# the end-to-end upgrade test applies (runtime/build.rs); the optimised builds never do.
if [ "$IPLEDGER_PROFILE" = dev ]; then
	export IPLEDGER_BUILD_NEXT_RUNTIME=1
else
	unset IPLEDGER_BUILD_NEXT_RUNTIME
fi
# Written by scripts/setup.sh: the rustup toolchain that builds both the node and the Wasm runtime.
IPLEDGER_TOOLCHAIN_FILE="$IPLEDGER_CACHE/toolchain"

# The web origins whose pages may call a script-started node's RPC over HTTP: polkadot-js
# Apps (hosted). Not `all`: with `--dev` the node serves unsafe methods (author_insertKey, ...),
# and any page a developer opens could otherwise call them through its browser.
IPLEDGER_RPC_CORS="https://polkadot.js.org"

log() { printf '[ipledger] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Runs "$@" as a named phase and prints how long it took.
phase() {
	local name="$1" start rc
	shift
	start=$(date +%s)
	log "phase '$name' started"
	set +e
	"$@"
	rc=$?
	set -e
	log "phase '$name' took $(($(date +%s) - start)) s (exit $rc)"
	return "$rc"
}

# Runs scripts/setup.sh when the toolchain it selects is not ready, then exports it.
use_toolchain() {
	if [ ! -s "$IPLEDGER_TOOLCHAIN_FILE" ] || [ -n "${IPLEDGER_FORCE_SETUP:-}" ]; then
		phase setup "$IPLEDGER_ROOT/scripts/setup.sh"
	fi
	local tc
	tc=$(cat "$IPLEDGER_TOOLCHAIN_FILE")
	if ! rustup run "$tc" rustc --version >/dev/null 2>&1; then
		phase setup "$IPLEDGER_ROOT/scripts/setup.sh"
		tc=$(cat "$IPLEDGER_TOOLCHAIN_FILE")
	fi
	export RUSTUP_TOOLCHAIN="$tc"
	log "toolchain: $tc ($(rustc --version))"
}

# Prints the node binary a script runs: $IPLEDGER_NODE as it is (the tests give theirs), else
# the one scripts/build.sh builds (its output goes to stderr).
node_to_run() {
	if [ -n "${IPLEDGER_NODE:-}" ]; then
		[ -x "$IPLEDGER_NODE" ] || die "IPLEDGER_NODE=$IPLEDGER_NODE is not an executable"
		echo "$IPLEDGER_NODE"
	else
		"$IPLEDGER_ROOT/scripts/build.sh" >&2
		echo "$IPLEDGER_NODE_BIN"
	fi
}
