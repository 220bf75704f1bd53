//! End to end: the IP registry in a real `ipledger-node --dev`, driven over RPC with subxt.
//!
//! Governance (sudo) registers an office, an applicant files, the office's admin publishes and
//! grants, a stranger's attempt to record an event fails with the pallet's error and changes
//! nothing, and finality advances all along.

use ipledger_e2e_tests::{
	account, events_named, finalized_number, pallet_error, submit, wait_for_finalized_above,
	Client, DevNode, OfficeCode,
};
use scale_decode::DecodeAsType;
use scale_encode::EncodeAsType;
use subxt::{
	dynamic::{self, At, Value},
	transactions::Payload,
	utils::AccountId32,
};
use subxt_signer::sr25519::dev;

/// The fields of `pallet_ip_registry::Right` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Right {
	office: OfficeCode,
	kind: RightKind,
	application_number: u32,
	title: Vec<u8>,
	owners: Vec<(AccountId32, u32)>,
	classifications: Vec<Vec<u8>>,
	stage: Stage,
	filed_by: AccountId32,
	history_len: u32,
}

#[derive(DecodeAsType, Debug, PartialEq)]
#[decode_as_type(crate_path = "scale_decode")]
enum RightKind {
	Patent,
	UtilityModel,
	Trademark,
	IndustrialDesign,
	GeographicalIndication,
	PlantVariety,
	IntegratedCircuitLayout,
	Copyright,
	TradeSecret,
}

#[derive(DecodeAsType, Debug, PartialEq, Clone, Copy)]
#[decode_as_type(crate_path = "scale_decode")]
enum Stage {
	Filed,
	Published,
	Granted,
	Refused,
	Withdrawn,
}

#[derive(DecodeAsType, Debug, PartialEq, Clone, Copy)]
#[decode_as_type(crate_path = "scale_decode")]
enum KeyEvent {
	Filing,
	Publication,
	Grant,
	Refusal,
	Withdrawal,
}

/// `Event::ApplicationFiled`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct ApplicationFiled {
	right: u64,
	office: OfficeCode,
	application_number: u32,
	filed_by: AccountId32,
}

/// `Event::StatusRecorded`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct StatusRecorded {
	right: u64,
	event: KeyEvent,
	stage: Stage,
	recorded_by: AccountId32,
}

/// One entry of `History`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct StatusRecord {
	event: KeyEvent,
	stage: Stage,
	recorded_by: AccountId32,
}

/// `pallet_ip_registry::EventDetails` as a call argument.
#[derive(EncodeAsType)]
#[encode_as_type(crate_path = "scale_encode")]
struct EventDetails {
	event_date: u64,
	office_event_code: Vec<u8>,
	gazette_reference: Vec<u8>,
}

/// `ipledger_primitives::Document` as a call argument.
#[derive(EncodeAsType)]
#[encode_as_type(crate_path = "scale_encode")]
struct Document {
	digest: [u8; 32],
	locator: Vec<u8>,
}

const US: OfficeCode = OfficeCode(*b"US");

/// The right `id` in the latest finalized state.
async fn read_right(client: &Client, id: u64) -> Option<Right> {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let address = dynamic::storage::<(u64,), Right>("IpRegistry", "Rights");
	let value = at.storage().try_fetch(address, (id,)).await.expect("storage can be read")?;
	Some(value.decode().expect("a right decodes"))
}

/// `record_event` of the key event named `event`, with the office's `code` and `event_date`.
fn record_event_at(right: u64, event: &str, code: &str, event_date: u64) -> impl Payload {
	let details = EventDetails {
		event_date,
		office_event_code: code.as_bytes().to_vec(),
		gazette_reference: b"Official Gazette 2026-47".to_vec(),
	};
	dynamic::tx("IpRegistry", "record_event", (right, Value::unnamed_variant(event, []), details))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_office_files_publishes_and_grants_a_patent_through_the_real_node() {
	let mut node = DevNode::start("registry");
	let client = node.client().await;
	let (alice, bob, eve, ferdie) = (dev::alice(), dev::bob(), dev::eve(), dev::ferdie());

	// The chain authors and finalizes blocks.
	let first_finalized = wait_for_finalized_above(&client, 0).await;

	// Governance (sudo in the dev chain) registers the US office with Eve as its admin.
	let register = dynamic::tx(
		"IpRegistry",
		"register_office",
		subxt::ext::scale_value::Composite::unnamed([
			Value::unnamed_composite([Value::from_bytes(b"US")]),
			Value::from_bytes(b"United States Patent and Trademark Office"),
			Value::unnamed_composite([Value::unnamed_composite([Value::from_bytes(
				account(&eve).0,
			)])]),
		]),
	);
	let sudo = dynamic::tx("Sudo", "sudo", (register.into_value(),));
	let events = submit(&client, &sudo, &alice).await.expect("sudo registers the office");
	let registered: Vec<OfficeRegistered> = events_named(&events, "IpRegistry", "OfficeRegistered");
	assert_eq!(registered.len(), 1, "one office registered");
	assert_eq!(registered[0].office, US);

	// Bob files a patent application, co-owned 60/40 with Ferdie.
	let applicants = vec![(account(&bob), 600_000_000u32), (account(&ferdie), 400_000_000u32)];
	let file = dynamic::tx(
		"IpRegistry",
		"file_application",
		(
			US,
			Value::unnamed_variant("Patent", []),
			b"Distributed ledger of intellectual-property rights".to_vec(),
			applicants,
			vec![b"H04L 9/32".to_vec(), b"G06Q 50/18".to_vec()],
			Document { digest: [0x42; 32], locator: b"ipfs://bafybeigdyrzt5sfp7".to_vec() },
		),
	);
	let events = submit(&client, &file, &bob).await.expect("Bob files");
	let filed: Vec<ApplicationFiled> = events_named(&events, "IpRegistry", "ApplicationFiled");
	assert_eq!(filed.len(), 1, "one application filed");
	let right_id = filed[0].right;
	assert_eq!(filed[0].office, US);
	assert_eq!(filed[0].application_number, 1);
	assert_eq!(filed[0].filed_by, account(&bob));

	let right = read_right(&client, right_id).await.expect("the right is stored");
	assert_eq!(right.office, US);
	assert_eq!(right.kind, RightKind::Patent);
	assert_eq!(right.application_number, 1);
	assert_eq!(right.title, b"Distributed ledger of intellectual-property rights".to_vec());
	assert_eq!(right.owners, vec![(account(&bob), 600_000_000), (account(&ferdie), 400_000_000)]);
	assert_eq!(right.classifications, vec![b"H04L 9/32".to_vec(), b"G06Q 50/18".to_vec()]);
	assert_eq!(right.stage, Stage::Filed);
	assert_eq!(right.filed_by, account(&bob));
	assert_eq!(right.history_len, 1);

	// The office's application number leads to the right.
	let at = client.at_current_block().await.unwrap();
	let index = dynamic::storage::<(OfficeCode, u32), u64>("IpRegistry", "ApplicationIndex");
	let by_number = at.storage().try_fetch(index, (US, 1u32)).await.unwrap();
	assert_eq!(by_number.map(|v| v.decode().unwrap()), Some(right_id));

	// An event dated before the filing is refused; the filing date is on chain.
	let filing_date: u64 = {
		let address = dynamic::storage::<(u64, u32), Value>("IpRegistry", "History");
		let filing = at.storage().try_fetch(address, (right_id, 0u32)).await.unwrap().unwrap();
		let record: Value = filing.decode().unwrap();
		let details = record.at("details").and_then(|d| d.at("event_date")).unwrap();
		details.as_u128().unwrap() as u64
	};
	let too_early = submit(&client, &record_event_at(right_id, "Publication", "A1", 0), &eve).await;
	assert_eq!(pallet_error(too_early), "IpRegistry::EventBeforeFiling");

	// Eve, the office's admin, publishes and then grants it.
	for (event, key_event, code, stage) in [
		("Publication", KeyEvent::Publication, "A1", Stage::Published),
		("Grant", KeyEvent::Grant, "B1", Stage::Granted),
	] {
		let call = record_event_at(right_id, event, code, filing_date);
		let events = submit(&client, &call, &eve).await.expect("the admin records the event");
		let recorded: Vec<StatusRecorded> = events_named(&events, "IpRegistry", "StatusRecorded");
		assert_eq!(recorded.len(), 1);
		assert_eq!(recorded[0].right, right_id);
		assert_eq!(recorded[0].event, key_event);
		assert_eq!(recorded[0].stage, stage);
		assert_eq!(recorded[0].recorded_by, account(&eve));
	}
	let granted = read_right(&client, right_id).await.unwrap();
	assert_eq!(granted.stage, Stage::Granted);
	assert_eq!(granted.history_len, 3);

	// The history reads back in order.
	let at = client.at_current_block().await.unwrap();
	let mut history = Vec::new();
	for index in 0..3u32 {
		let address = dynamic::storage::<(u64, u32), StatusRecord>("IpRegistry", "History");
		let record = at.storage().try_fetch(address, (right_id, index)).await.unwrap().unwrap();
		history.push(record.decode().unwrap());
	}
	assert_eq!(
		history.iter().map(|r| (r.event, r.stage)).collect::<Vec<_>>(),
		vec![
			(KeyEvent::Filing, Stage::Filed),
			(KeyEvent::Publication, Stage::Published),
			(KeyEvent::Grant, Stage::Granted)
		]
	);
	assert_eq!(history[0].recorded_by, account(&bob));
	assert_eq!(history[2].recorded_by, account(&eve));

	// Bob is not an admin of the office: his refusal fails with the pallet's error...
	let refusal = record_event_at(right_id, "Refusal", "R", filing_date);
	let outcome = submit(&client, &refusal, &bob).await;
	assert_eq!(pallet_error(outcome), "IpRegistry::NotOfficeAdmin");
	// ... and changes nothing.
	let after = read_right(&client, right_id).await.unwrap();
	assert_eq!((after.stage, after.history_len), (Stage::Granted, 3));

	// No right exists under the next id.
	assert!(read_right(&client, right_id + 1).await.is_none());

	// Finality kept advancing while all this happened, and still does.
	let now_finalized = finalized_number(&client).await;
	assert!(now_finalized > first_finalized, "finality advanced during the scenario");
	wait_for_finalized_above(&client, now_finalized).await;
}

/// `Event::OfficeRegistered`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct OfficeRegistered {
	office: OfficeCode,
}
