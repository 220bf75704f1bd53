#!/usr/bin/env bash
# Starts a local test network of N validators (1 to 6, default 4) on loopback: Alice, Bob, ...
# each with the development keys of its name, a development node key, a base path of its own
# and its own ports, all on the chain `local_testnet_N` (N offices that form the council and
# run the validators; the network is permissioned to their nodes). Prints each node's
# endpoints; Ctrl-C stops them all.
#
# Node i (from 1) listens on p2p 30332+i, RPC 9943+i and Prometheus 9614+i, so the first node
# has the usual ports (30333, 9944, 9615). Each node connects only to the others (reserved
# peers), as a consortium's nodes do. State is kept under $IPLEDGER_TESTNET_DIR (default
# ~/.cache/ipledger/testnet-N) between runs; `--fresh` starts from genesis again.
# IPLEDGER_TESTNET_PORT_OFFSET moves every port (to run beside a dev chain); IPLEDGER_NODE
# names a node binary to run instead of building one.
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

# IPLEDGER_TESTNET_PORT_OFFSET moves every port by that much (default 0: the usual ports).
offset="${IPLEDGER_TESTNET_PORT_OFFSET:-0}"
case "$offset" in '' | *[!0-9]*) die "IPLEDGER_TESTNET_PORT_OFFSET must be a number" ;; esac
node="$(node_to_run)"
dir="${IPLEDGER_TESTNET_DIR:-$IPLEDGER_CACHE/testnet-$count}"
[ -z "$fresh" ] || rm -rf "$dir"
mkdir -p "$dir"
chain="local_testnet_$count"
names=(alice bob charlie dave eve ferdie)

pids=()
stopping=
stop() {
	stopping=1
	trap - INT TERM
	log "stopping ${#pids[@]} nodes"
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	log "all nodes stopped"
}
trap 'stop; exit 0' INT TERM
trap 'if [ -z "$stopping" ]; then stop; fi' EXIT

# Node i's ports, and its address: development node key i, whose peer id is one of the
# presets' well-known nodes.
p2p_port() { echo $((30332 + $1 + offset)); }
keys=() addresses=()
for i in $(seq 1 "$count"); do
	keys+=("$(printf '%064x' "$i")")
	peer="$(printf '%s' "${keys[$((i - 1))]}" | "$node" key inspect-node-key)"
	addresses+=("/ip4/127.0.0.1/tcp/$(p2p_port "$i")/p2p/$peer")
done

for i in $(seq 1 "$count"); do
	name="${names[$((i - 1))]}"
	rpc=$((9943 + i + offset)) metrics=$((9614 + i + offset))
	# Only the other validators, from the first moment: node authorization takes over once
	# the node's offchain worker has run.
	others=()
	for j in $(seq 1 "$count"); do [ "$j" = "$i" ] || others+=("${addresses[$((j - 1))]}"); done
	reserved=()
	[ ${#others[@]} -eq 0 ] || reserved=(--reserved-only --reserved-nodes "${others[@]}")
	"$node" --chain "$chain" --"$name" \
		--base-path "$dir/$name" \
		--node-key "${keys[$((i - 1))]}" \
		--port "$(p2p_port "$i")" --rpc-port "$rpc" \
		--prometheus-port "$metrics" \
		"${reserved[@]}" \
		--no-mdns --rpc-cors "$IPLEDGER_RPC_CORS" \
		"${extra[@]}" >"$dir/$name.log" 2>&1 &
	pids+=("$!")
	printf '[ipledger] %-8s rpc ws://127.0.0.1:%d  p2p %s  metrics http://127.0.0.1:%d/metrics  log %s  pid %d\n' \
		"$name" "$rpc" "${addresses[$((i - 1))]}" "$metrics" "$dir/$name.log" "$!" >&2
done
log "$count validators of $chain are running; Ctrl-C stops them"
# Stop everything as soon as one node exits (its log says why).
status=0
wait -n "${pids[@]}" || status=$?
log "a node exited (status $status); see the logs under $dir"
exit 1
