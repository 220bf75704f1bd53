#!/usr/bin/env bash
# Set-up if needed, build, and start a development chain: one validator (Alice) that authors
# and finalizes blocks, state in a temporary directory, RPC on ws://127.0.0.1:9944.
# Extra arguments go to the node, e.g. `./scripts/dev.sh --rpc-port 9955` or
# `./scripts/dev.sh --base-path /tmp/ipledger` to keep the chain between runs. IPLEDGER_NODE names
# a node binary to run instead of building one.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
node="$(node_to_run)"

tmp=(--tmp)
for arg in "$@"; do
	case "$arg" in --base-path | --base-path=* | -d) tmp=() ;; esac
done
port=9944 metrics=9615
args=("$@")
for i in "${!args[@]}"; do
	case "${args[$i]}" in
	--rpc-port) port="${args[$((i + 1))]:-$port}" ;;
	--rpc-port=*) port="${args[$i]#--rpc-port=}" ;;
	--prometheus-port) metrics="${args[$((i + 1))]:-$metrics}" ;;
	--prometheus-port=*) metrics="${args[$i]#--prometheus-port=}" ;;
	esac
done
cat >&2 <<MSG
[ipledger] starting a dev chain; RPC on ws://127.0.0.1:$port
[ipledger] Prometheus metrics: http://127.0.0.1:$metrics/metrics
[ipledger] polkadot-js Apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$port#/explorer
[ipledger] the registry is under Developer > Extrinsics / Chain state > ipRegistry; Ctrl-C stops the node
MSG
exec "$node" --dev "${tmp[@]}" --rpc-cors "$IPLEDGER_RPC_CORS" "$@"
