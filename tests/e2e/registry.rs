//! End to end: the IP registry in a real `ipledger-node --dev`, driven over RPC with subxt.
//!
//! A patent's life: two applicants create their parties, one of them files a co-owned
//! application with the EPO (a party of the genesis), claims a priority and names the
//! inventors; the office publishes and grants it; the owners pay two annuities to the office;
//! they assign it to the company they own together, with every consent and the office's
//! recordal; the office records its lapse and then restores it. A trademark's life: filed,
//! published, opposed (its registration waits for the opposition), registered and renewed.
//! At each step the runtime API answers for the right, refusals fail with the pallet's error
//! and change nothing, and finality advances all along.

use ipledger_e2e_tests::{
	account, create_party, events_named, finalized_number, pallet_error,
	registry::{
		chain_now, filing_date_of, free_balance, record_event_at, record_transfer, KeyEvent,
		TransferKind, EP,
	},
	runtime_api, submit, Client, DevNode, Document, OfficeCode,
};
use ipledger_primitives::{anchor_commitment, date::add_months};
use scale_decode::DecodeAsType;
use scale_encode::EncodeAsType;
use subxt::{
	dynamic::{self, At, Value},
	ext::scale_value::Composite,
	transactions::Payload,
	utils::AccountId32,
};
use subxt_signer::sr25519::dev;

/// The fields of `pallet_ip_registry::Right` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Right {
	office: Option<OfficeCode>,
	kind: RightKind,
	application_number: u32,
	title: Vec<u8>,
	owners: Vec<(u64, u32)>,
	classifications: Vec<Vec<u8>>,
	stage: Stage,
	filed_by: AccountId32,
	history_len: u32,
	term: Option<Term>,
	priorities: Vec<PriorityClaim>,
	oppositions: u32,
	ownership_len: u32,
}

/// The fields of `pallet_ip_registry::Term` this test reads.
#[derive(DecodeAsType, Debug, PartialEq)]
#[decode_as_type(crate_path = "scale_decode")]
struct Term {
	start: u64,
	paid_months: u32,
	ends: u64,
	grace_ends: u64,
	renewals: u32,
}

/// One entry of the chain of title.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct OwnershipRecord {
	owners: Vec<(u64, u32)>,
	since: u64,
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
	derived_from: Option<[u8; 32]>,
	right: u64,
	tdm_reservation: Option<TdmReservation>,
}

/// `pallet_ip_registry::TdmReservation`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct TdmReservation {
	by: u64,
	policy: Vec<u8>,
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
	runtime_api(client, "IpRegistryApi", method, args).await
}

#[derive(DecodeAsType, Debug, PartialEq, Clone, Copy)]
#[decode_as_type(crate_path = "scale_decode")]
enum Stage {
	Filed,
	Published,
	Granted,
	Refused,
	Withdrawn,
	Expired,
	Lapsed,
	Revoked,
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

/// `Event::FilingAwaitingApplicants`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct FilingAwaitingApplicants {
	filing: u64,
	awaiting: u32,
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

/// The right `id` in the latest finalized state.
async fn read_right(client: &Client, id: u64) -> Option<Right> {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let address = dynamic::storage::<(u64,), Right>("IpRegistry", "Rights");
	let value = at.storage().try_fetch(address, (id,)).await.expect("storage can be read")?;
	Some(value.decode().expect("a right decodes"))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_office_files_publishes_and_grants_a_patent_through_the_real_node() {
	let mut node = DevNode::start("registry");
	let client = node.client().await;
	let (bob, charlie, eve, ferdie) = (dev::bob(), dev::charlie(), dev::eve(), dev::ferdie());

	// On instant sealing each transaction makes a block, final at once.
	let first_finalized = finalized_number(&client).await;

	// Bob (for his company) and Ferdie create their parties, Eve the holding company the two
	// of them own, and governance (sudo, on the dev chain) sets the EPO's patent rules: a
	// renewal fee, and a renewal window wide enough to pay two annuities at once.
	let (alice, patent_rules) = (dev::alice(), set_rules_by_sudo("Patent", PATENT_RULES, 36));
	let (bob_party, ferdie_party, holding, rules) = tokio::join!(
		create_party(&client, &bob, "LegalEntity", "Bob's Laboratories GmbH"),
		create_party(&client, &ferdie, "NaturalPerson", "Ferdinand Müller"),
		create_party(&client, &eve, "LegalEntity", "Müller & Bob Holding AG"),
		submit(&client, &patent_rules, &alice),
	);
	let rules = rules.expect("governance sets the rules");
	let set: Vec<RulesSet> = events_named(&rules, "IpRegistry", "RulesSet");
	assert_eq!(set.iter().map(|e| e.office).collect::<Vec<_>>(), vec![EP], "sudo dispatched it");

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
			Document::pdf([0x42; 32], "ipfs://bafybeigdyrzt5sfp7"),
		),
	);
	// Ferdie is named as co-applicant: the filing waits until he accepts it himself.
	let events = submit(&client, &file, &bob).await.expect("Bob files");
	assert!(events_named::<ApplicationFiled>(&events, "IpRegistry", "ApplicationFiled").is_empty());
	let waiting: Vec<FilingAwaitingApplicants> =
		events_named(&events, "IpRegistry", "FilingAwaitingApplicants");
	assert_eq!(waiting.len(), 1, "the filing waits for Ferdie");
	assert_eq!(waiting[0].awaiting, 1);
	let accept = dynamic::tx("IpRegistry", "accept_filing", (waiting[0].filing,));
	let events = submit(&client, &accept, &ferdie).await.expect("Ferdie accepts the filing");
	let filed: Vec<ApplicationFiled> = events_named(&events, "IpRegistry", "ApplicationFiled");
	assert_eq!(filed.len(), 1, "one application filed");
	let right_id = filed[0].right;
	assert_eq!(filed[0].office, EP);
	assert_eq!(filed[0].application_number, 1);
	assert_eq!(filed[0].filed_by, account(&bob));

	let right = read_right(&client, right_id).await.expect("the right is stored");
	assert_eq!(right.office, Some(EP));
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
	// The EPO's default rules for patents: annuity years from the filing date, for at most 20
	// years.
	let term = granted.term.as_ref().expect("a granted patent has a term");
	assert_eq!((term.start, term.paid_months, term.renewals), (filing_date, 12, 0));
	assert_eq!(term.ends, add_months(filing_date, 12));
	assert_eq!(term.grace_ends, add_months(filing_date, 18));

	// The registry's runtime API answers for the right.
	let state: Option<LegalState> = registry_api(&client, "legal_state", (right_id,)).await;
	assert_eq!(state, Some(LegalState::InForce));
	let past_grace: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, add_months(filing_date, 18))).await;
	assert_eq!(past_grace, Some(LegalState::NoLongerInForce), "unless the annuity is paid");

	let before_filing: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, filing_date - 1)).await;
	assert_eq!(before_filing, None);
	let owned: Vec<u64> =
		registry_api(&client, "rights_of", (ferdie_party, None::<u64>, 10u32)).await;
	assert_eq!(owned, vec![right_id]);
	let by_number: Option<u64> = registry_api(&client, "by_application_number", (EP, 1u32)).await;
	assert_eq!(by_number, Some(right_id));
	// The EPO records its own (ST.13) publication number, by which it finds the right again.
	let publication = Value::unnamed_variant("Publication", []);
	let numbered = dynamic::tx(
		"IpRegistry",
		"set_office_number",
		(right_id, publication.clone(), b"EP4123456A1".to_vec()),
	);
	submit(&client, &numbered, &charlie)
		.await
		.expect("the EPO numbers its publication");
	let by_office_number: Option<u64> =
		registry_api(&client, "by_office_number", (EP, publication, b"EP4123456A1".to_vec())).await;
	assert_eq!(by_office_number, Some(right_id));
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

	// Ferdie anchors the digest of a work in two steps: a sealed commitment, then the reveal in
	// a later block. Bob, who commits to the same digest and reveals it after him, is refused,
	// and the runtime API says who anchored it.
	let work = [0x77u8; 32];
	let salt = [0x5au8; 32];
	let commit = |party: u64, digest: [u8; 32]| {
		let commitment = anchor_commitment(party, &digest.into(), &salt);
		dynamic::tx("IpRegistry", "commit_anchor", (commitment.0,))
	};
	let anchor = |digest: [u8; 32], title: &str, derived_from: Option<[u8; 32]>| {
		dynamic::tx(
			"IpRegistry",
			"anchor",
			(
				Value::unnamed_variant("Copyright", []),
				digest,
				title.as_bytes().to_vec(),
				derived_from,
				salt,
			),
		)
	};
	submit(&client, &commit(ferdie_party, work), &ferdie)
		.await
		.expect("Ferdie commits");
	submit(&client, &anchor(work, "Sonata for ledger and orchestra", None), &ferdie)
		.await
		.expect("Ferdie anchors his work");
	submit(&client, &commit(bob_party, work), &bob).await.expect("Bob commits too");
	let second = submit(&client, &anchor(work, "Sonata (copy)", None), &bob).await;
	assert_eq!(pallet_error(second), "IpRegistry::AlreadyAnchored");
	let anchored: Option<AnchorRecord> = registry_api(&client, "anchor", (work,)).await;
	let anchored = anchored.expect("the work is anchored");
	assert_eq!(anchored.party, ferdie_party);
	assert_eq!(anchored.title, b"Sonata for ledger and orchestra".to_vec());
	// The anchor made the work a right of Ferdie's, with no office, in force.
	let sonata_id = anchored.right;
	let sonata = read_right(&client, sonata_id).await.expect("the work is a right");
	assert_eq!((sonata.office, sonata.kind), (None, RightKind::Copyright));
	assert_eq!(sonata.owners, vec![(ferdie_party, 1_000_000_000)]);
	assert_eq!(sonata.stage, Stage::Granted);
	// He reserves text and data mining of it; a crawler holding the file's digest reads the
	// reservation from the runtime API.
	let policy = b"https://ferdie.example/tdm-policy.json".to_vec();
	let reserve =
		dynamic::tx("IpRegistry", "set_tdm_reservation", (sonata_id, Some(policy.clone())));
	let stranger = submit(&client, &reserve, &bob).await;
	assert_eq!(pallet_error(stranger), "IpRegistry::NotAnOwner");
	submit(&client, &reserve, &ferdie)
		.await
		.expect("Ferdie reserves mining of his work");
	let anchored: Option<AnchorRecord> = registry_api(&client, "anchor", (work,)).await;
	let reservation = anchored.and_then(|a| a.tdm_reservation).expect("the reservation shows");
	assert_eq!((reservation.by, reservation.policy), (ferdie_party, policy));
	// Bob's arrangement of it is a work of its own, derived from Ferdie's.
	let arrangement = [0x78u8; 32];
	submit(&client, &commit(bob_party, arrangement), &bob)
		.await
		.expect("Bob commits");
	submit(&client, &anchor(arrangement, "Sonata, arranged for lute", Some(work)), &bob)
		.await
		.expect("Bob anchors his arrangement");
	let derived: Option<AnchorRecord> = registry_api(&client, "anchor", (arrangement,)).await;
	assert_eq!(derived.expect("the arrangement is anchored").derived_from, Some(work));

	// Bob does not act for the office: his refusal fails with the pallet's error...
	let refusal = record_event_at(right_id, "Refusal", "R", filing_date);
	let outcome = submit(&client, &refusal, &bob).await;
	assert_eq!(pallet_error(outcome), "IpRegistry::NotOffice");
	// ... and changes nothing.
	let after = read_right(&client, right_id).await.unwrap();
	assert_eq!((after.stage, after.history_len), (Stage::Granted, 3));

	// The co-owners pay two annuities to the EPO's account (Charlie's, its first); a stranger
	// cannot pay for them.
	let renew = dynamic::tx("IpRegistry", "renew", (right_id,));
	let stranger = submit(&client, &renew, &eve).await;
	assert_eq!(pallet_error(stranger), "IpRegistry::NotAnOwner");
	let office_before = free_balance(&client, &account(&charlie)).await;
	for payer in [&bob, &ferdie] {
		let events = submit(&client, &renew, payer).await.expect("an owner pays an annuity");
		let renewed: Vec<Renewed> = events_named(&events, "IpRegistry", "Renewed");
		assert_eq!((renewed[0].right, renewed[0].fee), (right_id, RENEWAL_FEE));
		assert_eq!(renewed[0].paid_by, account(payer));
	}
	let office_after = free_balance(&client, &account(&charlie)).await;
	assert_eq!(office_after - office_before, 2 * RENEWAL_FEE, "the office received both fees");
	let paid = read_right(&client, right_id).await.unwrap().term.unwrap();
	assert_eq!((paid.renewals, paid.ends), (2, add_months(filing_date, 36)));
	let in_third_year: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, add_months(filing_date, 30))).await;
	assert_eq!(in_third_year, Some(LegalState::InForce));

	// Bob and Ferdie assign the patent to the company they own together: Bob proposes, Ferdie
	// consents, the company accepts, and it takes effect when the EPO records it.
	let assignment = dynamic::tx(
		"IpRegistry",
		"propose_transfer",
		(
			right_id,
			TransferKind::Assignment { to: vec![(holding, 1_000_000_000)] },
			Document::pdf([0x51; 32], "ipfs://bafy-deed-of-assignment"),
		),
	);
	submit(&client, &assignment, &bob).await.expect("Bob proposes the assignment");
	let early = record_transfer(right_id, chain_now(&client).await);
	assert_eq!(pallet_error(submit(&client, &early, &charlie).await), "IpRegistry::NotApproved");
	let approve = dynamic::tx("IpRegistry", "approve_transfer", (right_id,));
	let (consent, acceptance) =
		tokio::join!(submit(&client, &approve, &ferdie), submit(&client, &approve, &eve));
	consent.expect("Ferdie consents");
	acceptance.expect("the company accepts");
	let effective = chain_now(&client).await;
	let events = submit(&client, &record_transfer(right_id, effective), &charlie)
		.await
		.expect("the EPO records the assignment");
	let recorded: Vec<TransferRecorded> = events_named(&events, "IpRegistry", "TransferRecorded");
	assert_eq!(recorded.iter().map(|r| r.right).collect::<Vec<_>>(), vec![right_id]);
	let assigned = read_right(&client, right_id).await.unwrap();
	assert_eq!(assigned.owners, vec![(holding, 1_000_000_000)]);
	assert_eq!(assigned.ownership_len, 2);
	let chain: Vec<OwnershipRecord> = registry_api(&client, "chain_of_title", (right_id,)).await;
	assert_eq!(chain.len(), 2);
	assert_eq!(chain[0].owners, vec![(bob_party, 600_000_000), (ferdie_party, 400_000_000)]);
	assert_eq!(
		(chain[1].owners.clone(), chain[1].since),
		(vec![(holding, 1_000_000_000)], effective)
	);
	let owners_then: Vec<(u64, u32)> =
		registry_api(&client, "owners_on", (right_id, filing_date)).await;
	assert_eq!(owners_then.len(), 2, "the owners on the filing date");
	let holdings: Vec<u64> =
		registry_api(&client, "rights_of", (holding, None::<u64>, 10u32)).await;
	assert_eq!(holdings, vec![right_id]);
	let ferdies: Vec<u64> =
		registry_api(&client, "rights_of", (ferdie_party, None::<u64>, 10u32)).await;
	assert_eq!(ferdies, vec![sonata_id], "Ferdie no longer owns the patent, only his work");

	// The EPO records the patent's lapse (say, a missing validation) and then restores it.
	let lapse = record_event_at(right_id, "Lapse", "PG25", chain_now(&client).await);
	submit(&client, &lapse, &charlie).await.expect("the EPO records the lapse");
	let state: Option<LegalState> = registry_api(&client, "legal_state", (right_id,)).await;
	assert_eq!(state, Some(LegalState::NoLongerInForce));
	let lapsed_renewal = submit(&client, &renew, &eve).await;
	assert_eq!(pallet_error(lapsed_renewal), "IpRegistry::Lapsed");
	let restore = record_event_at(right_id, "Restoration", "RESTORED", chain_now(&client).await);
	submit(&client, &restore, &charlie).await.expect("the EPO restores the patent");
	let state: Option<LegalState> = registry_api(&client, "legal_state", (right_id,)).await;
	assert_eq!(state, Some(LegalState::InForce));
	let history: Vec<StatusRecord> = registry_api(&client, "history", (right_id,)).await;
	assert_eq!(
		history.iter().map(|r| (r.event, r.stage)).collect::<Vec<_>>(),
		vec![
			(KeyEvent::Filing, Stage::Filed),
			(KeyEvent::Publication, Stage::Published),
			(KeyEvent::Grant, Stage::Granted),
			(KeyEvent::Renewal, Stage::Granted),
			(KeyEvent::Renewal, Stage::Granted),
			(KeyEvent::OwnershipChange, Stage::Granted),
			(KeyEvent::Lapse, Stage::Lapsed),
			(KeyEvent::Restoration, Stage::Granted),
		]
	);
	assert_eq!(history[3].recorded_by, account(&bob), "the payer recorded the renewal");

	// No right exists under the next id, after the patent and the two anchored works.
	assert!(read_right(&client, sonata_id + 2).await.is_none());
	// Every transaction's block was finalized at once.
	let now_finalized = finalized_number(&client).await;
	assert!(now_finalized > first_finalized, "finality advanced during the scenario");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_trademark_is_opposed_registered_and_renewed_through_the_real_node() {
	let mut node = DevNode::start("trademark");
	let client = node.client().await;
	let (charlie, eve) = (dev::charlie(), dev::eve());

	// Eve's company creates its party; governance lets the EPO's trademarks be renewed up to
	// ten years ahead, so that a test can renew one at once.
	let (alice, mark_rules) = (dev::alice(), set_rules_by_sudo("Trademark", TRADEMARK_RULES, 120));
	let (eve_party, rules) = tokio::join!(
		create_party(&client, &eve, "LegalEntity", "Eve's Coffee Roasters Ltd"),
		submit(&client, &mark_rules, &alice),
	);
	let rules = rules.expect("governance sets the rules");
	let set: Vec<RulesSet> = events_named(&rules, "IpRegistry", "RulesSet");
	assert_eq!(set.iter().map(|e| e.office).collect::<Vec<_>>(), vec![EP], "sudo dispatched it");

	// Eve files the word mark for coffee (Nice 30) and cafés (Nice 43).
	let file = dynamic::tx(
		"IpRegistry",
		"file_application",
		(
			EP,
			Value::unnamed_variant("Trademark", []),
			b"LEDGERBREW".to_vec(),
			vec![(eve_party, 1_000_000_000u32)],
			vec![b"30".to_vec(), b"43".to_vec()],
			Document::pdf([0x3c; 32], "https://example.org/marks/ledgerbrew"),
		),
	);
	let events = submit(&client, &file, &eve).await.expect("Eve files the mark");
	let right_id =
		events_named::<ApplicationFiled>(&events, "IpRegistry", "ApplicationFiled")[0].right;
	let filed = read_right(&client, right_id).await.unwrap();
	assert_eq!((filed.kind, filed.stage), (RightKind::Trademark, Stage::Filed));
	let filing_date = filing_date_of(&client, right_id).await;
	let state = |client: Client| async move {
		registry_api::<Option<LegalState>>(&client, "legal_state", (right_id,)).await
	};
	assert_eq!(state(client.clone()).await, Some(LegalState::Pending));

	// The EPO publishes it, and a competitor's opposition holds up its registration.
	for (event, code) in [("Publication", "A1"), ("OppositionFiled", "OPP")] {
		let call = record_event_at(right_id, event, code, filing_date);
		submit(&client, &call, &charlie).await.expect("the office records the event");
	}
	let opposed = read_right(&client, right_id).await.unwrap();
	assert_eq!((opposed.stage, opposed.oppositions), (Stage::Published, 1));
	assert_eq!(state(client.clone()).await, Some(LegalState::Pending));
	let register = record_event_at(right_id, "Grant", "REG", filing_date);
	let held_up = submit(&client, &register, &charlie).await;
	assert_eq!(pallet_error(held_up), "IpRegistry::OppositionPending");

	// The opposition is rejected; the mark is registered for ten years from filing.
	let closed = record_event_at(right_id, "OppositionClosed", "OPP-R", filing_date);
	submit(&client, &closed, &charlie).await.expect("the opposition is closed");
	submit(&client, &register, &charlie).await.expect("the mark is registered");
	assert_eq!(state(client.clone()).await, Some(LegalState::InForce));
	let registered = read_right(&client, right_id).await.unwrap();
	let term = registered.term.expect("a registered mark has a term");
	assert_eq!((term.ends, registered.oppositions), (add_months(filing_date, 120), 0));
	let in_year_12: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, add_months(filing_date, 144))).await;
	assert_eq!(in_year_12, Some(LegalState::NoLongerInForce), "not renewed yet");

	// Eve renews it, paying the fee to the EPO: ten more years.
	let office_before = free_balance(&client, &account(&charlie)).await;
	let renew = dynamic::tx("IpRegistry", "renew", (right_id,));
	submit(&client, &renew, &eve).await.expect("Eve renews the mark");
	let office_after = free_balance(&client, &account(&charlie)).await;
	assert_eq!(office_after - office_before, RENEWAL_FEE);
	let renewed = read_right(&client, right_id).await.unwrap().term.unwrap();
	assert_eq!((renewed.ends, renewed.renewals), (add_months(filing_date, 240), 1));
	let in_year_12: Option<LegalState> =
		registry_api(&client, "legal_state_on", (right_id, add_months(filing_date, 144))).await;
	assert_eq!(in_year_12, Some(LegalState::InForce));
	let history: Vec<StatusRecord> = registry_api(&client, "history", (right_id,)).await;
	assert_eq!(
		history.iter().map(|r| r.event).collect::<Vec<_>>(),
		vec![
			KeyEvent::Filing,
			KeyEvent::Publication,
			KeyEvent::OppositionFiled,
			KeyEvent::OppositionClosed,
			KeyEvent::Grant,
			KeyEvent::Renewal
		]
	);
}

/// The fee the tests' rules set for one renewal or annuity.
const RENEWAL_FEE: u128 = 7_000_000_000;

/// The EPO's default periods for patents and trademarks, in months: term, renewal, maximum
/// term, grace, restoration, extension, priority (the renewal window is the test's).
const PATENT_RULES: [u32; 7] = [12, 12, 240, 6, 12, 66, 12];
const TRADEMARK_RULES: [u32; 7] = [120, 120, 0, 6, 0, 0, 6];

/// `Sudo::sudo(IpRegistry::set_rules(EP, kind, ..))`: the EPO's rules for `kind` with
/// `periods`, a renewal window of `window` months, every procedure and [`RENEWAL_FEE`].
fn set_rules_by_sudo(kind: &str, periods: [u32; 7], window: u32) -> impl Payload {
	let [term, renewal, max, grace, restoration, extension, priority] = periods;
	let months = |n: u32| Value::u128(n.into());
	let rules = Value::named_composite([
		("term_months", months(term)),
		("term_start", Value::unnamed_variant("Filing", [])),
		("renewal_months", months(renewal)),
		("max_term_months", months(max)),
		("renewal_window_months", months(window)),
		("grace_months", months(grace)),
		("restoration_months", months(restoration)),
		("max_extension_months", months(extension)),
		("priority_months", months(priority)),
		("publication", Value::bool(true)),
		("examination", Value::bool(true)),
		("opposition", Value::bool(true)),
		("renewal_fee", Value::u128(RENEWAL_FEE)),
		("filing_fee", Value::u128(0)),
		("utc_offset_minutes", Value::i128(60)),
	]);
	let office = Value::unnamed_composite([Value::from_bytes(b"EP")]);
	let call = dynamic::tx(
		"IpRegistry",
		"set_rules",
		Composite::unnamed([office, Value::unnamed_variant(kind, []), rules]),
	);
	dynamic::tx("Sudo", "sudo", (call.into_value(),))
}

/// `Event::Renewed`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Renewed {
	right: u64,
	paid_by: AccountId32,
	fee: u128,
}

/// `Event::TransferRecorded`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct TransferRecorded {
	right: u64,
}

/// `Event::RulesSet`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct RulesSet {
	office: OfficeCode,
}
