//! `--dev --sealing instant`: a block for each transaction, final at once, for researchers who
//! script scenarios and do not want to wait for slots and votes.

use ipledger_e2e_tests::{
	events_named, finalized_number, node_binary, registry::chain_now, submit, DevNode,
};
use std::{process::Command, time::Duration};
use subxt::dynamic::{self, Value};
use subxt_signer::sr25519::dev;

#[tokio::test(flavor = "multi_thread")]
async fn each_transaction_gets_its_own_final_block() {
	let mut node = DevNode::start_with("instant", &["--sealing", "instant"]);
	let client = node.client().await;
	// Without transactions there are no blocks.
	tokio::time::sleep(Duration::from_secs(8)).await;
	assert_eq!(finalized_number(&client).await, 0);

	let mut times = Vec::new();
	for (n, text) in [b"first".as_slice(), b"second", b"third"].into_iter().enumerate() {
		let remark = dynamic::tx("System", "remark_with_event", (Value::from_bytes(text),));
		let events = submit(&client, &remark, &dev::alice()).await.expect("the remark lands");
		assert_eq!(events_named::<Value<()>>(&events, "System", "Remarked").len(), 1);
		// Its block is the next one, and already final.
		assert_eq!(finalized_number(&client).await, n as u64 + 1);
		let at = client.at_current_block().await.expect("a block");
		let now = dynamic::storage::<(), u64>("Timestamp", "Now");
		let time = at.storage().try_fetch(now, ()).await.expect("storage reads");
		times.push(time.expect("a timestamp").decode().expect("a moment decodes"));
	}
	// Each block has a slot of its own: the clock moves at least a slot per block.
	assert!(times.windows(2).all(|w| w[1] >= w[0] + 6_000), "{times:?}");
}

#[test]
fn instant_sealing_is_refused_outside_a_development_chain() {
	let out = Command::new(node_binary())
		.args(["--chain", "local", "--tmp", "--sealing", "instant", "--no-prometheus"])
		.output()
		.expect("the node runs");
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("--sealing is for a development chain"), "{stderr}");
}

/// The dev chain's spec with sessions of `blocks` blocks, written to a temporary file.
fn dev_spec_with_sessions(blocks: u32) -> std::path::PathBuf {
	let out = Command::new(node_binary())
		.args(["export-chain-spec", "--chain", "dev"])
		.output()
		.expect("the node exports a chain spec");
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let mut spec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
	let patch = spec.pointer_mut("/genesis/runtimeGenesis/patch").expect("a genesis patch");
	patch["ipConsortium"]["sessionLength"] = blocks.into();
	let path =
		std::env::temp_dir().join(format!("ipledger-dev-sessions-{}.json", std::process::id()));
	std::fs::write(&path, serde_json::to_vec(&spec).expect("JSON")).expect("a temp file");
	path
}

#[tokio::test(flavor = "multi_thread")]
async fn the_block_that_ends_a_session_is_sealed_and_the_chain_goes_on() {
	// Ten-block sessions: block 10 ends the first, and the session pallet charges it the
	// whole block, so no transaction fits in it.
	let spec = dev_spec_with_sessions(10);
	let spec_arg = spec.display().to_string();
	let mut node =
		DevNode::start_with("instant-session", &["--chain", &spec_arg, "--sealing", "instant"]);
	let client = node.client().await;
	for n in 0..12u32 {
		let remark =
			dynamic::tx("System", "remark_with_event", (Value::from_bytes(n.to_le_bytes()),));
		submit(&client, &remark, &dev::alice()).await.expect("every remark lands");
	}
	assert!(finalized_number(&client).await >= 12);
	let at = client.at_current_block().await.expect("a block");
	let index = dynamic::storage::<(), u32>("Session", "CurrentIndex");
	let index = at.storage().try_fetch(index, ()).await.expect("storage reads");
	assert!(index.expect("a session index").decode().expect("a u32") >= 1, "a session ended");
	let _ = std::fs::remove_file(spec);
}

/// Transactions sent together, from several accounts at once, as a dApp or a script does: each
/// reaches a final block. (The fork-aware transaction pool could leave one of them out of the
/// pool's view of the new block, and then no block sealed it.)
#[tokio::test(flavor = "multi_thread")]
async fn transactions_sent_together_all_reach_final_blocks() {
	let mut node = DevNode::start_with("together", &["--sealing", "instant"]);
	let client = node.client().await;
	let signers =
		[dev::alice(), dev::bob(), dev::charlie(), dev::dave(), dev::eve(), dev::ferdie()];
	for round in 0..5u8 {
		let remarks: Vec<_> = signers
			.iter()
			.enumerate()
			.map(|(i, signer)| {
				let text = vec![round, i as u8];
				let remark = dynamic::tx("System", "remark_with_event", (Value::from_bytes(text),));
				let (client, signer) = (client.clone(), signer.clone());
				tokio::spawn(async move { submit(&client, &remark, &signer).await })
			})
			.collect();
		for (i, remark) in remarks.into_iter().enumerate() {
			let outcome = remark.await.expect("the submission's task ends");
			let events = outcome.unwrap_or_else(|e| panic!("round {round}, signer {i}: {e}"));
			assert_eq!(events_named::<Value<()>>(&events, "System", "Remarked").len(), 1);
		}
	}
}

/// A researcher moves the chain's clock on (`dev_advanceTime`) to reach a date without waiting
/// for it: the next block is sealed that much later. The clock never moves back, and an advance
/// past a hundred years is refused and moves nothing.
#[tokio::test(flavor = "multi_thread")]
async fn the_clock_of_an_instant_chain_moves_on_when_asked() {
	let mut node = DevNode::start_with("clock", &["--sealing", "instant"]);
	let client = node.client().await;
	let remark = |text: &'static [u8]| {
		dynamic::tx("System", "remark_with_event", (Value::from_bytes(text),))
	};
	submit(&client, &remark(b"before"), &dev::alice())
		.await
		.expect("the remark lands");
	let before = chain_now(&client).await;

	const DAY: u64 = 24 * 60 * 60 * 1_000;
	assert_eq!(node.advance_time(90 * DAY).await.expect("the node moves its clock"), 90 * DAY);
	let too_far = node.advance_time(101 * 366 * DAY).await;
	assert!(too_far.is_err(), "more than a hundred years is refused: {too_far:?}");
	submit(&client, &remark(b"after"), &dev::alice())
		.await
		.expect("the remark lands");
	let after = chain_now(&client).await;
	assert!(after >= before + 90 * DAY, "{before} + 90 days > {after}");
	assert!(after < before + 91 * DAY, "only the advance asked for: {before}, {after}");

	// Without instant sealing there is no such method: a chain on Aura follows its slots.
	let mut aura = DevNode::start_with("clock-aura", &[]);
	let _ = aura.client().await;
	assert!(aura.advance_time(DAY).await.is_err(), "no clock to move on Aura");
}
