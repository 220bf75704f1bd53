//! End to end: the IP registry in a real `ipledger-node --dev`, driven over RPC with subxt.
//!
//! Two applicants create their parties, one of them files a co-owned application with the EPO
//! (a party of the genesis), the office publishes and grants it, a stranger's attempt to record
//! an event fails with the pallet's error and changes nothing, and finality advances all along.

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
use subxt_signer::sr25519::{dev, Keypair};

/// The fields of `pallet_ip_registry::Right` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Right {
	office: OfficeCode,
	kind: RightKind,
	application_number: u32,
	title: Vec<u8>,
	owners: Vec<(u64, u32)>,
	classifications: Vec<Vec<u8>>,
	stage: Stage,
	filed_by: AccountId32,
	history_len: u32,
	term_ends: Option<u64>,
	priorities: Vec<PriorityClaim>,
}

/// `pallet_ip_registry::Inventor`, as call argument and as stored.
#[derive(EncodeAsType, DecodeAsType, Debug)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
struct Inventor {
	name: Vec<u8>,
	party: Option<u64>,
}

/// `pallet_ip_registry::PriorityClaim`, as call argument and as stored.
#[derive(EncodeAsType, DecodeAsType, Debug)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
struct PriorityClaim {
	office: OfficeCode,
	application_number: Vec<u8>,
	filing_date: u64,
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

/// The fields of `pallet_ip_registry::Anchor` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct AnchorRecord {
	party: u64,
	title: Vec<u8>,
}

/// `ipledger_primitives::LegalState`.
#[derive(DecodeAsType, Debug, PartialEq)]
#[decode_as_type(crate_path = "scale_decode")]
enum LegalState {
	Pending,
	InForce,
	NoLongerInForce,
}

/// Calls `IpRegistryApi::method` on the latest finalized state.
async fn registry_api<R: DecodeAsType>(
	client: &Client,
	method: &str,
	args: impl subxt::ext::frame_decode::storage::IntoEncodableValues,
) -> R {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let call = dynamic::runtime_api_call::<_, R>("IpRegistryApi", method, args);
	at.runtime_apis().call(call).await.expect("the runtime API answers")
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

/// The EPO, an office of the dev chain's genesis; Charlie acts for it.
const EP: OfficeCode = OfficeCode(*b"EP");

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
	let (bob, charlie, ferdie) = (dev::bob(), dev::charlie(), dev::ferdie());

	// The chain authors and finalizes blocks.
	let first_finalized = wait_for_finalized_above(&client, 0).await;

	// Bob (for his company) and Ferdie create their parties, at the same time.
	let (bob_party, ferdie_party) = tokio::join!(
		create_party(&client, &bob, "LegalEntity", "Bob's Laboratories GmbH"),
		create_party(&client, &ferdie, "NaturalPerson", "Ferdinand Müller"),
	);

	// Bob files a patent application, co-owned 60/40 with Ferdie.
	let applicants = vec![(bob_party, 600_000_000u32), (ferdie_party, 400_000_000u32)];
	let file = dynamic::tx(
		"IpRegistry",
		"file_application",
		(
			EP,
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
	assert_eq!(filed[0].office, EP);
	assert_eq!(filed[0].application_number, 1);
	assert_eq!(filed[0].filed_by, account(&bob));

	let right = read_right(&client, right_id).await.expect("the right is stored");
	assert_eq!(right.office, EP);
	assert_eq!(right.kind, RightKind::Patent);
	assert_eq!(right.application_number, 1);
	assert_eq!(right.title, b"Distributed ledger of intellectual-property rights".to_vec());
	assert_eq!(right.owners, vec![(bob_party, 600_000_000), (ferdie_party, 400_000_000)]);
	assert_eq!(right.classifications, vec![b"H04L 9/32".to_vec(), b"G06Q 50/18".to_vec()]);
	assert_eq!(right.stage, Stage::Filed);
	assert_eq!(right.filed_by, account(&bob));
	assert_eq!(right.history_len, 1);

	// The office's application number leads to the right.
	let at = client.at_current_block().await.unwrap();
	let index = dynamic::storage::<(OfficeCode, u32), u64>("IpRegistry", "ApplicationIndex");
	let by_number = at.storage().try_fetch(index, (EP, 1u32)).await.unwrap();
	assert_eq!(by_number.map(|v| v.decode().unwrap()), Some(right_id));

	// An event dated before the filing is refused; the filing date is on chain.
	let filing_date: u64 = {
		let address = dynamic::storage::<(u64, u32), Value>("IpRegistry", "History");
		let filing = at.storage().try_fetch(address, (right_id, 0u32)).await.unwrap().unwrap();
		let record: Value = filing.decode().unwrap();
		let details = record.at("details").and_then(|d| d.at("event_date")).unwrap();
		details.as_u128().unwrap() as u64
	};
	let too_early =
		submit(&client, &record_event_at(right_id, "Publication", "A1", 0), &charlie).await;
	assert_eq!(pallet_error(too_early), "IpRegistry::EventBeforeFiling");

	// Before publication, Bob claims the priority of his Japanese application of 100 days
	// before; one of 13 months before is out of the patent's 12-month period.
	let day = ipledger_primitives::MILLISECS_PER_DAY;
	let priority = |number: &str, filing_date: u64| {
		let claim = PriorityClaim {
			office: OfficeCode(*b"JP"),
			application_number: number.as_bytes().to_vec(),
			filing_date,
		};
		dynamic::tx("IpRegistry", "claim_priority", (right_id, claim))
	};
	let late = submit(&client, &priority("2025-000001", filing_date - 400 * day), &bob).await;
	assert_eq!(pallet_error(late), "IpRegistry::PriorityExpired");
	submit(&client, &priority("2025-123456", filing_date - 100 * day), &bob)
		.await
		.expect("Bob claims priority");
	// Bob names the inventors: Ferdie (a party) and a colleague without one. They are not
	// owners.
	let inventors = vec![
		Inventor { name: "Ferdinand Müller".as_bytes().to_vec(), party: Some(ferdie_party) },
		Inventor { name: b"Ada Lovelace".to_vec(), party: None },
	];
	let designate = dynamic::tx("IpRegistry", "designate_inventors", (right_id, inventors));
	submit(&client, &designate, &bob).await.expect("Bob names the inventors");
	let at = client.at_current_block().await.unwrap();
	let address = dynamic::storage::<(u64,), Vec<Inventor>>("IpRegistry", "Inventors");
	let named = at.storage().try_fetch(address, (right_id,)).await.unwrap().unwrap();
	let named: Vec<Inventor> = named.decode().unwrap();
	assert_eq!(named.len(), 2);
	assert_eq!(named[1].name, b"Ada Lovelace".to_vec());
	let claimed = read_right(&client, right_id).await.unwrap();
	assert_eq!(claimed.priorities.len(), 1);
	assert_eq!(claimed.priorities[0].filing_date, filing_date - 100 * day);

	// Charlie, acting for the EPO, publishes and then grants it.
	for (event, key_event, code, stage) in [
		("Publication", KeyEvent::Publication, "A1", Stage::Published),
		("Grant", KeyEvent::Grant, "B1", Stage::Granted),
	] {
		let call = record_event_at(right_id, event, code, filing_date);
		let events = submit(&client, &call, &charlie).await.expect("the office records the event");
		let recorded: Vec<StatusRecorded> = events_named(&events, "IpRegistry", "StatusRecorded");
		assert_eq!(recorded.len(), 1);
		assert_eq!(recorded[0].right, right_id);
		assert_eq!(recorded[0].event, key_event);
		assert_eq!(recorded[0].stage, stage);
		assert_eq!(recorded[0].recorded_by, account(&charlie));
	}
	let granted = read_right(&client, right_id).await.unwrap();
	assert_eq!(granted.stage, Stage::Granted);
	assert_eq!(granted.history_len, 3);
	// The EPO's default rules for patents: 20 years from the filing date.
	let term_end = ipledger_primitives::date::add_months(filing_date, 240);
	assert_eq!(granted.term_ends, Some(term_end));

	// The registry's runtime API answers for the right.
	let state: Option<LegalState> = registry_api(&client, "legal_state", (right_id,)).await;
	assert_eq!(state, Some(LegalState::InForce));
	let on_expiry: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, term_end)).await;
	assert_eq!(on_expiry, Some(LegalState::NoLongerInForce), "past its term");
	let before_filing: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, filing_date - 1)).await;
	assert_eq!(before_filing, None);
	let owned: Vec<u64> =
		registry_api(&client, "rights_of", (ferdie_party, None::<u64>, 10u32)).await;
	assert_eq!(owned, vec![right_id]);
	let by_number: Option<u64> = registry_api(&client, "by_application_number", (EP, 1u32)).await;
	assert_eq!(by_number, Some(right_id));
	let history: Vec<StatusRecord> = registry_api(&client, "history", (right_id,)).await;
	assert_eq!(
		history.iter().map(|r| r.event).collect::<Vec<_>>(),
		vec![KeyEvent::Filing, KeyEvent::Publication, KeyEvent::Grant]
	);

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
	assert_eq!(history[2].recorded_by, account(&charlie));

	// Ferdie anchors the digest of a work; the second anchor of the same digest, by Bob, is
	// refused, and the runtime API says who anchored it.
	let work = [0x77u8; 32];
	let anchor = |title: &str| {
		dynamic::tx(
			"IpRegistry",
			"anchor",
			(Value::unnamed_variant("Copyright", []), work, title.as_bytes().to_vec()),
		)
	};
	submit(&client, &anchor("Sonata for ledger and orchestra"), &ferdie)
		.await
		.expect("Ferdie anchors his work");
	let second = submit(&client, &anchor("Sonata (copy)"), &bob).await;
	assert_eq!(pallet_error(second), "IpRegistry::AlreadyAnchored");
	let anchored: Option<AnchorRecord> = registry_api(&client, "anchor", (work,)).await;
	let anchored = anchored.expect("the work is anchored");
	assert_eq!(anchored.party, ferdie_party);
	assert_eq!(anchored.title, b"Sonata for ledger and orchestra".to_vec());

	// Bob does not act for the office: his refusal fails with the pallet's error...
	let refusal = record_event_at(right_id, "Refusal", "R", filing_date);
	let outcome = submit(&client, &refusal, &bob).await;
	assert_eq!(pallet_error(outcome), "IpRegistry::NotOffice");
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

/// `Event::PartyCreated` of `pallet-ip-parties`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct PartyCreated {
	party: u64,
}

/// Creates the party of `signer` (of `kind`, named `name`, in Germany); returns its id.
async fn create_party(client: &Client, signer: &Keypair, kind: &str, name: &str) -> u64 {
	let create = dynamic::tx(
		"IpParties",
		"create_party",
		(
			Value::unnamed_variant(kind, []),
			name.as_bytes().to_vec(),
			OfficeCode(*b"DE"),
			Value::unnamed_variant("Sr25519", []),
			Value::unnamed_variant("None", []),
		),
	);
	let events = submit(client, &create, signer).await.expect("a funded account creates a party");
	let created: Vec<PartyCreated> = events_named(&events, "IpParties", "PartyCreated");
	created.first().expect("one party created").party
}
