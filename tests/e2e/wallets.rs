//! End to end: what a hardware wallet needs, through a real `ipledger-node --dev`.
//!
//! The runtime carries the `CheckMetadataHash` transaction extension and is built with its
//! metadata digest (RFC 78). polkadot-js signs transactions over the digest that
//! `@polkadot-api/merkleize-metadata` computes off chain from the node's metadata V15 and its
//! token (`tests/js/metadata-hash.mjs`): the right digest is included, a wrong one is refused
//! by the pool, and a transaction without a digest (mode 0, what subxt and most clients send)
//! still works.

use ipledger_e2e_tests::{run_js, DevNode};

#[tokio::test(flavor = "multi_thread")]
async fn a_transaction_signed_over_the_metadata_digest_is_included_and_a_wrong_digest_refused() {
	let mut node = DevNode::start("wallets");
	// Wait until the node answers; the script connects on its own.
	let _client = node.client().await;
	let report = run_js("metadata-hash.mjs", &[&node.rpc_url]);
	assert_eq!(report["tokenSymbol"], "IPL");
	assert_eq!(report["decimals"], 12);
	assert_eq!((report["included"].as_u64(), report["refused"].as_u64()), (Some(2), Some(1)));
	let digest = report["metadataHash"].as_str().expect("the digest is reported");
	assert_eq!(digest.len(), 2 + 64, "a 32-byte digest: {digest}");
}
