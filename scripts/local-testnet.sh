#!/usr/bin/env bash
# Starts a local test network of N validators (1 to 6, default 4) on loopback: Alice, Bob, ...
# each with the development keys of its name, a development node key, a base path of its own
# and its own ports, all on the chain `local_testnet_N` (N offices that form the council and
# run the validators; the network is permissioned to their nodes). Prints each node's
# endpoints; Ctrl-C stops them all.
#
# Node i (from 1) listens on p2p 30332+i, RPC 9943+i and Prometheus 9614+i, so the first node
# has the usual ports (30333, 9944, 9615). State is kept under $IPLEDGER_TESTNET_DIR (default
# ~/.cache/ipledger/testnet-N) between runs; `--fresh` starts from genesis again.
# Usage: ./scripts/local-testnet.sh [N] [--fresh] [-- extra node arguments]
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=4
fresh=
extra=()
while [ $# -gt 0 ]; do
	case "$1" in
	--fresh) fresh=1 ;;
	--) shift; extra=("$@"); break ;;
	[0-9]*) count="$1" ;;
	*) die "unknown argument '$1'; usage: $0 [N] [--fresh] [-- node arguments]" ;;
	esac
	shift
done
case "$count" in [1-6]) ;; *) die "N must be 1 to 6 (one validator per development account)" ;; esac

"$IPLEDGER_ROOT/scripts/build.sh"
node="$IPLEDGER_NODE_BIN"
dir="${IPLEDGER_TESTNET_DIR:-$IPLEDGER_CACHE/testnet-$count}"
[ -z "$fresh" ] || rm -rf "$dir"
mkdir -p "$dir"
chain="local_testnet_$count"
names=(alice bob charlie dave eve ferdie)
# The development node keys' peer ids (runtime/src/genesis_config_presets.rs).
peers=(
	12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp
	12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD
	12D3KooWSCufgHzV4fCwRijfH2k3abrpAJxTKxEvN1FDuRXA2U9x
	12D3KooWSsChzF81YDUKpe9Uk5AHV5oqAaXAcWNSPYgoLauUk4st
	12D3KooWSuTq6MG9gPt7qZqLFKkYrfxMewTZhj9nmRHJkPwzWDG2
	12D3KooWMz5U7fR8mF5DNhZSSyFN8c19kU63xYopzDSNCzoFigYk
)
bootnode="/ip4/127.0.0.1/tcp/30333/p2p/${peers[0]}"

pids=()
stop() {
	trap - INT TERM EXIT
	log "stopping ${#pids[@]} nodes"
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap stop INT TERM EXIT

for i in $(seq 1 "$count"); do
	name="${names[$((i - 1))]}"
	"$node" --chain "$chain" --"$name" \
		--base-path "$dir/$name" \
		--node-key "$(printf '%064x' "$i")" \
		--port $((30332 + i)) --rpc-port $((9943 + i)) \
		--prometheus-port $((9614 + i)) \
		--bootnodes "$bootnode" \
		--no-mdns --rpc-cors all \
		"${extra[@]}" >"$dir/$name.log" 2>&1 &
	pids+=("$!")
	printf '[ipledger] %-8s rpc ws://127.0.0.1:%d  p2p /ip4/127.0.0.1/tcp/%d/p2p/%s  metrics http://127.0.0.1:%d/metrics  log %s\n' \
		"$name" $((9943 + i)) $((30332 + i)) "${peers[$((i - 1))]}" $((9614 + i)) "$dir/$name.log" >&2
done
log "$count validators of $chain are running; Ctrl-C stops them"
# Stop everything as soon as one node exits (its log says why).
wait -n "${pids[@]}" || true
log "a node exited; see the logs under $dir"
