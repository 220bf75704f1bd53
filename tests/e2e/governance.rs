//! The consortium governs itself through its council of offices, on a real network of four
//! validators: a motion below two thirds does nothing, a motion at two thirds adds the fifth
//! office's node to the validators (it then authors blocks), and another upgrades the runtime.

use ipledger_e2e_tests::{
	account, events_named,
	network::{start_validators, NetworkNode, NodeSpec, TestDir, CONSORTIUM_VALIDATORS},
	next_runtime_wasm, pallet_error, submit, Client,
};
use serde_json::Value as Json;
use std::time::{Duration, Instant};
use subxt::{
	config::{substrate::BlakeTwo256, Hasher},
	dynamic::{self, Value},
	ext::scale_value::Composite,
	rpcs::rpc_params,
	utils::{AccountId32, H256},
};
use subxt_signer::sr25519::{dev, Keypair};

const CHAIN: &str = "consortium_dev";

/// `Council::Proposed`.
#[derive(scale_decode::DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Proposed {
	account: AccountId32,
	proposal_index: u32,
	proposal_hash: H256,
	threshold: u32,
}

/// `Council::Closed`.
#[derive(scale_decode::DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Closed {
	proposal_hash: H256,
	yes: u32,
	no: u32,
}

/// `Council::Executed`, its result as a value (`Ok(())` or `Err(DispatchError)`).
#[derive(scale_decode::DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Executed {
	proposal_hash: H256,
	result: Value<()>,
}

/// The variant name of a `Result` value: "Ok" or "Err", and the error's text.
fn outcome(result: &Value<()>) -> String {
	format!("{result}")
}

/// A council motion: `proposer` proposes `call` with `threshold`, `voters` vote aye, and the
/// motion is closed. Returns the `Executed` event, if the motion passed its threshold.
async fn motion(
	client: &Client,
	call: Value,
	threshold: u32,
	proposer: &Keypair,
	voters: &[Keypair],
) -> Option<Executed> {
	const LENGTH_BOUND: u32 = 10_000;
	let propose = dynamic::tx("Council", "propose", (threshold, call, LENGTH_BOUND));
	let events = submit(client, &propose, proposer).await.expect("a member proposes");
	let proposed: Proposed = events_named(&events, "Council", "Proposed").pop().expect("proposed");
	assert_eq!(proposed.account, account(proposer));
	assert_eq!(proposed.threshold, threshold);

	// Members vote at once, each in a transaction of its own.
	let mut votes = tokio::task::JoinSet::new();
	for voter in voters {
		let (client, voter) = (client.clone(), voter.clone());
		let hash = proposed.proposal_hash;
		let index = proposed.proposal_index;
		votes.spawn(async move {
			let vote = dynamic::tx("Council", "vote", (hash, index, true));
			submit(&client, &vote, &voter).await.expect("a member votes");
		});
	}
	while let Some(voted) = votes.join_next().await {
		voted.expect("a vote's task ends");
	}

	let weight_bound = Value::named_composite([
		("ref_time", Value::u128(500_000_000_000)),
		("proof_size", Value::u128(1_000_000)),
	]);
	let close = dynamic::tx(
		"Council",
		"close",
		(proposed.proposal_hash, proposed.proposal_index, weight_bound, LENGTH_BOUND),
	);
	let events = submit(client, &close, proposer).await.expect("a member closes the motion");
	let closed: Closed = events_named(&events, "Council", "Closed").pop().expect("closed");
	assert_eq!(closed.proposal_hash, proposed.proposal_hash);
	assert_eq!((closed.yes, closed.no), (voters.len() as u32, 0));
	let executed = events_named::<Executed>(&events, "Council", "Executed").pop();
	if let Some(executed) = &executed {
		assert_eq!(executed.proposal_hash, proposed.proposal_hash);
	}
	executed
}

/// `pallet::name(args)` as a call value, to nest in another call.
fn call<const N: usize>(pallet: &str, name: &str, args: [Value; N]) -> Value {
	dynamic::tx(pallet, name, Composite::unnamed(args)).into_value()
}

/// The validator set the consortium pallet will use from the next planned session.
async fn consortium_validators(client: &Client) -> Vec<AccountId32> {
	let at = client.at_current_block().await.expect("a block");
	let address = dynamic::storage::<(), Vec<AccountId32>>("IpConsortium", "Validators");
	let validators = at.storage().try_fetch(address, ()).await.expect("storage reads");
	validators.map(|v| v.decode().expect("accounts decode")).unwrap_or_default()
}

/// The Aura slot of block `number` (its pre-runtime digest) and who authored it (the
/// authority at `slot % authorities` of its parent's state).
async fn author_of(node: &mut NetworkNode, client: &Client, number: u64) -> [u8; 32] {
	let hash = node.block_hash(number).await.expect("the block exists");
	let header = node.call("chain_getHeader", rpc_params![hash]).await;
	let logs = header["digest"]["logs"].as_array().expect("a digest");
	let slot = logs
		.iter()
		.filter_map(|log| log.as_str())
		.filter_map(|log| hex::decode(log.trim_start_matches("0x")).ok())
		// DigestItem::PreRuntime (6), engine "aura", 8 bytes of slot (compact length 32).
		.find(|item| item.len() == 14 && item[0] == 6 && &item[1..5] == b"aura" && item[5] == 32)
		.map(|item| u64::from_le_bytes(item[6..14].try_into().expect("8 bytes")))
		.expect("an Aura block has a slot");
	let at = client.at_block(number - 1).await.expect("the parent block");
	let address = dynamic::storage::<(), Vec<[u8; 32]>>("Aura", "Authorities");
	let authorities = at.storage().try_fetch(address, ()).await.expect("storage reads");
	let authorities: Vec<[u8; 32]> =
		authorities.expect("authorities").decode().expect("keys decode");
	authorities[(slot % authorities.len() as u64) as usize]
}

#[tokio::test(flavor = "multi_thread")]
async fn the_council_adds_a_validator_by_two_thirds_and_upgrades_the_runtime() {
	let dir = TestDir::new("governance");
	let (mut alice, bootnode, mut validators) =
		start_validators(&dir.0, CHAIN, CONSORTIUM_VALIDATORS).await;
	// KR's node: a well-known node of the preset, a validator-to-be without keys yet.
	let mut eve_spec = NodeSpec::full(CHAIN, "eve", Some(5));
	eve_spec.validator = true;
	eve_spec.bootnodes = vec![bootnode.clone()];
	let mut eve_node = NetworkNode::start(&dir.0, eve_spec);
	let client = alice.client().await;
	ipledger_e2e_tests::wait_for_finalized_above(&client, 1).await;

	// KR's node makes session keys and proves them for Eve's account; Eve registers them.
	let (eve, ferdie) = (dev::eve(), dev::ferdie());
	let owner = format!("0x{}", hex::encode(account(&eve).0));
	let generated: Json = eve_node.call("author_rotateKeysWithOwner", rpc_params![owner]).await;
	let keys = hex::decode(generated["keys"].as_str().expect("keys").trim_start_matches("0x"))
		.expect("hex keys");
	let proof = hex::decode(generated["proof"].as_str().expect("proof").trim_start_matches("0x"))
		.expect("hex proof");
	assert_eq!(keys.len(), 64, "an sr25519 Aura key and an ed25519 GRANDPA key");
	let eve_aura: [u8; 32] = keys[..32].try_into().expect("32 bytes");
	let session_keys = Value::named_composite([
		("aura", Value::from_bytes(&keys[..32])),
		("grandpa", Value::from_bytes(&keys[32..])),
	]);
	let set_keys = dynamic::tx("Session", "set_keys", (session_keys, Value::from_bytes(&proof)));
	submit(&client, &set_keys, &eve).await.expect("Eve registers her session keys");

	let add_eve = call("IpConsortium", "add_validator", [Value::from_bytes(account(&eve).0)]);
	let (a, b, c, d) = (dev::alice(), dev::bob(), dev::charlie(), dev::dave());

	// No sudo key on the consortium chain: only motions govern.
	let sudo = dynamic::tx("Sudo", "sudo", (add_eve.clone(),));
	assert_eq!(pallet_error(submit(&client, &sudo, &a).await), "Sudo::RequireSudo");

	// Three of five offices: a motion that passes its own threshold of 3 but not two thirds.
	let executed = motion(&client, add_eve.clone(), 3, &a, &[a.clone(), b.clone(), c.clone()])
		.await
		.expect("a motion at its threshold is executed");
	assert!(outcome(&executed.result).contains("BadOrigin"), "{}", outcome(&executed.result));
	assert!(!consortium_validators(&client).await.contains(&account(&eve)));

	// Four of five: two thirds.
	let voters = [a.clone(), b.clone(), c.clone(), d.clone()];
	let executed = motion(&client, add_eve, 4, &b, &voters).await.expect("executed");
	assert!(outcome(&executed.result).starts_with("Ok"), "{}", outcome(&executed.result));
	assert!(consortium_validators(&client).await.contains(&account(&eve)));
	let added_at = ipledger_e2e_tests::finalized_number(&client).await;

	// Within two sessions (10 blocks each) and a round of slots, Eve authors a block.
	let started = Instant::now();
	let mut next = added_at + 1;
	loop {
		assert!(
			started.elapsed() < Duration::from_secs(300),
			"Eve authored no block since #{added_at}; see {}",
			eve_node.log_path.display()
		);
		let (best, _) = alice.best().await;
		if next > best {
			tokio::time::sleep(Duration::from_secs(3)).await;
			continue;
		}
		if author_of(&mut alice, &client, next).await == eve_aura {
			break;
		}
		next += 1;
	}
	// And Eve's node follows the chain it helps make.
	let (eve_final, eve_hash) = eve_node.finalized().await;
	assert_eq!(alice.block_hash(eve_final).await.as_deref(), Some(eve_hash.as_str()));

	// The runtime upgrade: a motion authorizes the new code's hash, anyone applies the code.
	let code = std::fs::read(next_runtime_wasm()).expect("the next runtime was built");
	let version = |client: &Client| {
		let client = client.clone();
		async move { client.at_current_block().await.expect("a block").spec_version() }
	};
	assert_eq!(version(&client).await, 100);
	let code_hash: H256 = BlakeTwo256.hash(&code);
	let authorize = call("System", "authorize_upgrade", [Value::from_bytes(code_hash.0)]);
	let enact = call("IpConsortium", "enact", [authorize]);
	let executed = motion(&client, enact, 4, &c, &voters).await.expect("executed");
	assert!(outcome(&executed.result).starts_with("Ok"), "{}", outcome(&executed.result));
	let apply = dynamic::tx("System", "apply_authorized_upgrade", (Value::from_bytes(&code),));
	let events = submit(&client, &apply, &ferdie).await.expect("the authorized code is applied");
	assert_eq!(events_named::<Value<()>>(&events, "System", "CodeUpdated").len(), 1);

	// The chain goes on under spec_version 101, transactions included.
	let client = alice.client().await;
	let upgraded = ipledger_e2e_tests::finalized_number(&client).await;
	ipledger_e2e_tests::wait_for_finalized_above(&client, upgraded + 2).await;
	assert_eq!(version(&client).await, 101);
	let runtime_version = alice.call("state_getRuntimeVersion", rpc_params![]).await;
	assert_eq!(runtime_version["specVersion"], 101);
	let remark = dynamic::tx("System", "remark_with_event", (Value::from_bytes(b"after"),));
	let events = submit(&client, &remark, &ferdie)
		.await
		.expect("a transaction after the upgrade");
	assert_eq!(events_named::<Value<()>>(&events, "System", "Remarked").len(), 1);
	for node in validators.iter_mut() {
		let (number, hash) = node.finalized().await;
		assert!(number > upgraded, "{} finalizes after the upgrade", node.spec.name);
		assert_eq!(alice.block_hash(number).await.as_deref(), Some(hash.as_str()));
	}
}
