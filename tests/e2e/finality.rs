//! GRANDPA on four real validators (f = 1 faulty voter of 3f + 1): killed with SIGKILL one and
//! then two at a time, restarted on their base paths, over loopback.

use ipledger_e2e_tests::network::{start_validators, TestDir, CONSORTIUM_VALIDATORS};
use std::time::Duration;

const CHAIN: &str = "consortium_dev";

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_tolerate_one_fault_stall_at_two_and_recover() {
	let dir = TestDir::new("finality");
	let (mut alice, _, mut others) = start_validators(&dir.0, CHAIN, CONSORTIUM_VALIDATORS).await;

	// All four finalize.
	let minute = Duration::from_secs(60);
	let (first, _) = alice.wait_for_finalized_above(2, 4 * minute).await;
	for node in others.iter_mut() {
		node.wait_for_finalized_above(1, 2 * minute).await;
	}

	// Dave fails: three of four voters still finalize, and blocks keep coming.
	let dave_before = others[2].finalized().await;
	others[2].kill();
	let (best, _) = alice.best().await;
	alice.wait_for_best_above(best + 2, 2 * minute).await;
	let (after_one, _) =
		alice.wait_for_finalized_above(first.max(dave_before.0) + 2, 2 * minute).await;

	// Charlie fails too: two of four cannot finalize, but Alice and Bob still author.
	others[1].kill();
	// Votes already cast may finish a round in flight; then finality stops.
	tokio::time::sleep(Duration::from_secs(15)).await;
	let (stalled_at, stalled_hash) = alice.finalized().await;
	let bob_stalled = others[0].finalized().await;
	assert!(stalled_at >= after_one);
	let (best, _) = alice.best().await;
	alice.wait_for_best_above(best + 3, 2 * minute).await;
	assert_eq!(
		alice.finalized().await,
		(stalled_at, stalled_hash),
		"with two of four voters down, nothing more is finalized"
	);
	assert_eq!(others[0].finalized().await, bob_stalled, "Bob's finality stalls too");

	// Charlie comes back on its base path: finality resumes and Charlie catches up.
	others[1].restart();
	let (resumed, _) = alice.wait_for_finalized_above(stalled_at, 3 * minute).await;
	let (charlie_final, charlie_hash) =
		others[1].wait_for_finalized_above(resumed - 1, 2 * minute).await;
	assert_eq!(
		alice.block_hash(charlie_final).await.as_deref(),
		Some(charlie_hash.as_str()),
		"Charlie finalized Alice's chain"
	);

	// Dave comes back last: it catches up, still has what it had finalized, and agrees.
	others[2].restart();
	let (now_final, _) = alice.finalized().await;
	let (dave_final, dave_hash) =
		others[2].wait_for_finalized_above(now_final - 1, 3 * minute).await;
	assert_eq!(alice.block_hash(dave_final).await.as_deref(), Some(dave_hash.as_str()));
	assert_eq!(
		others[2].block_hash(dave_before.0).await.as_deref(),
		Some(dave_before.1.as_str()),
		"a block Dave had finalized before the crash is still his at that height"
	);
	assert!(dave_final >= dave_before.0, "Dave's finality did not go back");
	// And all four finalize onwards together.
	let (next, next_hash) = alice.wait_for_finalized_above(dave_final, 2 * minute).await;
	for node in others.iter_mut() {
		let (theirs, _) = node.wait_for_finalized_above(next - 1, 2 * minute).await;
		assert!(theirs >= next);
		assert_eq!(node.block_hash(next).await.as_deref(), Some(next_hash.as_str()));
	}
}
