//! The permissioned network (`pallet-node-authorization`): validators' offchain workers keep
//! their nodes to the well-known peer ids of the chain, so a node with another key finds no
//! peer, while an authorized one joins and syncs. Checked with both network backends.

use ipledger_e2e_tests::{
	network::{NetworkNode, NodeSpec, TestDir},
	pallet_error, submit,
};
use std::time::{Duration, Instant};
use subxt::{dynamic, rpcs::rpc_params};
use subxt_signer::sr25519::dev;

/// The bytes of a base58 peer id, as `pallet-node-authorization` stores it.
fn peer_id_bytes(base58: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = Vec::new();
	for c in base58.bytes() {
		let mut carry = ALPHABET.iter().position(|a| *a == c).expect("a base58 digit") as u32;
		for byte in bytes.iter_mut().rev() {
			carry += u32::from(*byte) * 58;
			*byte = carry as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, carry as u8);
			carry >>= 8;
		}
	}
	let zeros = base58.bytes().take_while(|c| *c == b'1').count();
	[vec![0; zeros], bytes].concat()
}

const CHAIN: &str = "local_testnet";

/// Alice and Bob validate; Charlie's node (a well-known key of the preset) and a stranger's
/// (a key of its own) both dial them.
async fn only_authorized_nodes_connect(backend: &'static str) {
	let dir = TestDir::new(&format!("permissioned-{backend}"));
	let with_backend = |mut spec: NodeSpec| {
		spec.network_backend = Some(backend);
		spec
	};
	let mut alice =
		NetworkNode::start(&dir.0, with_backend(NodeSpec::validator(CHAIN, "alice", 1)));
	let mut bob_spec = with_backend(NodeSpec::validator(CHAIN, "bob", 2));
	bob_spec.bootnodes = vec![alice.multiaddr().await];
	let mut bob = NetworkNode::start(&dir.0, bob_spec);
	// Blocks are made only when both validators are connected and the offchain workers have
	// run on a few blocks: the network is permissioned from here on.
	alice.wait_for_best_above(3, Duration::from_secs(240)).await;
	bob.wait_for_best_above(3, Duration::from_secs(60)).await;
	let bootnodes = vec![alice.multiaddr().await, bob.multiaddr().await];

	// Charlie's node (authorized) joins and syncs Alice's chain; after a block or two its own
	// offchain worker has made it permissioned too. (Until then a new node accepts anyone:
	// operators close that window with `--reserved-only --reserved-nodes <well-known nodes>`.)
	let mut charlie_spec = with_backend(NodeSpec::full(CHAIN, "charlie", Some(3)));
	charlie_spec.bootnodes = bootnodes.clone();
	let mut charlie = NetworkNode::start(&dir.0, charlie_spec);
	let (alice_best, _) = alice.best().await;
	charlie.wait_for_best_above(alice_best + 1, Duration::from_secs(180)).await;
	assert!(charlie.peers().await >= 1, "{backend}: the authorized node has peers");

	// A stranger (a node key of its own) dials all three.
	let mut stranger_spec = with_backend(NodeSpec::full(CHAIN, "stranger", None));
	stranger_spec.bootnodes = bootnodes;
	stranger_spec.bootnodes.push(charlie.multiaddr().await);
	let mut stranger = NetworkNode::start(&dir.0, stranger_spec);
	stranger.rpc().await;

	// The stranger, all the while, has no peer and no block.
	let started = Instant::now();
	while started.elapsed() < Duration::from_secs(30) {
		assert_eq!(
			stranger.peers().await,
			0,
			"{backend}: a node whose peer id is not authorized got a peer; see {}",
			stranger.log_path.display()
		);
		assert_eq!(stranger.best().await.0, 0, "{backend}: the stranger synced a block");
		tokio::time::sleep(Duration::from_secs(2)).await;
	}
	// Its operator (Ferdie, an account of the chain) cannot let it in: no signed account may
	// claim a peer id, take over one, or connect a node to a well-known one (Charlie's).
	let stranger_id: String = stranger
		.call("system_localPeerId", rpc_params![])
		.await
		.as_str()
		.expect("a peer id")
		.to_string();
	let charlie_id: String = charlie
		.call("system_localPeerId", rpc_params![])
		.await
		.as_str()
		.expect("a peer id")
		.to_string();
	let (stranger_id, charlie_id) = (peer_id_bytes(&stranger_id), peer_id_bytes(&charlie_id));
	let client = alice.client().await;
	let ferdie = dev::ferdie();
	for node in [&stranger_id, &charlie_id] {
		let claim = dynamic::tx("NodeAuthorization", "claim_node", (node.clone(),));
		let outcome = submit(&client, &claim, &ferdie).await;
		assert_eq!(pallet_error(outcome), "System::CallFiltered", "{backend}: claim_node");
	}
	let connect =
		dynamic::tx("NodeAuthorization", "add_connections", (charlie_id, vec![stranger_id]));
	let outcome = submit(&client, &connect, &ferdie).await;
	assert_eq!(pallet_error(outcome), "System::CallFiltered", "{backend}: add_connections");
	assert_eq!(stranger.peers().await, 0, "{backend}: the stranger is still alone");
	// Meanwhile the authorized ones kept going.
	let (alice_best, _) = alice.best().await;
	charlie.wait_for_best_above(alice_best, Duration::from_secs(60)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn only_authorized_nodes_connect_with_either_network_backend() {
	// One backend after the other: eight nodes at once would crowd two cores.
	only_authorized_nodes_connect("libp2p").await;
	only_authorized_nodes_connect("litep2p").await;
}
