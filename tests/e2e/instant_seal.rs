//! `--dev --sealing instant`: a block for each transaction, final at once, for researchers who
//! script scenarios and do not want to wait for slots and votes.

use ipledger_e2e_tests::{events_named, finalized_number, node_binary, submit, DevNode};
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
