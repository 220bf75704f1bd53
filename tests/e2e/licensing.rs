//! End to end: licensing in a real `ipledger-node --dev --sealing instant`, driven over RPC
//! with subxt.
//!
//! Bob and Ferdie own a European patent 60/40. Bob offers Alice's company an exclusive licence
//! for six months in Germany and France in IPC subclass H04L; the offer waits for Ferdie's consent; Alice
//! accepts it by the hash of its terms and pays the upfront fee, split between the owners.
//! The licensing runtime API says who is licensed and, if not, why; an overlapping offer is
//! refused and `conflict` names the licence in the way. The EPO records the licence in the
//! patent's history. The chain's clock moves on a month
//! (`dev_advanceTime`) and Alice reports the first period's revenue; the owners assign the
//! patent (70/30 to their holding company and Ferdie), and the second period's royalties go to
//! the new owners. Each split rounds down and gives the remaining unit to the largest share.

use ipledger_e2e_tests::{
	account, create_party, events_named, pallet_error,
	registry::{chain_now, free_balance, granted_patent, record_transfer, KeyEvent, TransferKind},
	runtime_api, submit, Client, DevNode, Document,
};
use ipledger_primitives::date::add_months;
use scale_decode::DecodeAsType;
use scale_encode::EncodeAsType;
use subxt::dynamic;
use subxt_signer::sr25519::{dev, Keypair};

/// `ipledger_primitives::territory::CountryCode`.
#[derive(EncodeAsType, DecodeAsType, Clone, Copy, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
struct CountryCode([u8; 2]);

/// `ipledger_primitives::territory::Territory`.
#[derive(EncodeAsType, DecodeAsType, Clone, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
enum Territory {
	Worldwide,
	Countries(Vec<CountryCode>),
}

/// `ipledger_primitives::licensing::Field`.
#[derive(EncodeAsType, DecodeAsType, Clone, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
enum Field {
	Class(Vec<u8>),
	TextAndDataMining,
	AiTraining,
}

/// `ipledger_primitives::licensing::FieldOfUse`.
#[derive(EncodeAsType, DecodeAsType, Clone, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
enum FieldOfUse {
	All,
	Fields(Vec<Field>),
}

/// `ipledger_primitives::licensing::Exclusivity`.
#[derive(EncodeAsType, DecodeAsType, Clone, Copy, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
enum Exclusivity {
	Exclusive,
	Sole,
	NonExclusive,
}

/// `pallet_ip_licensing::Payment`.
#[derive(EncodeAsType, DecodeAsType, Clone, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
struct Payment {
	upfront: u128,
	royalty_rate: u32,
	per_unit: u128,
	minimum: u128,
	period_months: u32,
	grace_days: u32,
}

/// `pallet_ip_licensing::Terms`.
#[derive(EncodeAsType, DecodeAsType, Clone, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
struct Terms {
	right: u64,
	licensee: Option<u64>,
	territory: Territory,
	fields: FieldOfUse,
	exclusivity: Exclusivity,
	start: u64,
	end: Option<u64>,
	sublicensable: bool,
	transferable: bool,
	payment: Payment,
}

/// The fields of `pallet_ip_licensing::Offer` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Offer {
	terms: Terms,
	consents: Vec<u64>,
	taken: u32,
}

/// The fields of `pallet_ip_licensing::Licence` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Licence {
	terms: Terms,
	licensee: u64,
	reported: u32,
}

/// `ipledger_primitives::licensing::NotLicensed`.
#[derive(DecodeAsType, Debug, PartialEq)]
#[decode_as_type(crate_path = "scale_decode")]
enum NotLicensed {
	RightNotInForce,
	NoLicence,
	OutsideTerritory,
	OutsideField,
	NotYet,
	NoLonger,
}

/// `Event::Offered`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Offered {
	offer: u64,
	terms_hash: [u8; 32],
}

/// `Event::LicenceRecorded`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct LicenceRecorded {
	licence: u64,
	right: u64,
}

/// The fields of `pallet_ip_registry::EventDetails` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct RecordDetails {
	gazette_reference: Vec<u8>,
}

/// The fields of `pallet_ip_registry::StatusRecord` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct HistoryEntry {
	event: KeyEvent,
	details: RecordDetails,
}

/// `Event::Licensed`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Licensed {
	licence: u64,
	licensee: u64,
	upfront: u128,
}

/// `Event::RoyaltiesPaid`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct RoyaltiesPaid {
	licence: u64,
	period: u32,
	due: u128,
	payees: Vec<(u64, u128)>,
}

const UNIT: u128 = 1_000_000_000_000;
const DAY: u64 = 24 * 60 * 60 * 1_000;
/// What an open offer holds from its licensor (the runtime's `OfferDeposit`).
const OFFER_DEPOSIT: u128 = UNIT / 10;

/// Calls `IpLicensingApi::method` on the latest finalized state.
async fn licensing_api<R: DecodeAsType>(
	client: &Client,
	method: &str,
	args: impl subxt::ext::frame_decode::storage::IntoEncodableValues,
) -> R {
	runtime_api(client, "IpLicensingApi", method, args).await
}

/// An IPC code as a field of use.
fn ipc(code: &str) -> Field {
	Field::Class(code.as_bytes().to_vec())
}

/// Countries by their ST.3 codes, as given (sorted).
fn countries(codes: &[&[u8; 2]]) -> Territory {
	Territory::Countries(codes.iter().map(|code| CountryCode(**code)).collect())
}

/// `is_licensed(right, party, country, field, date)`.
async fn is_licensed(
	client: &Client,
	(right, party): (u64, u64),
	country: &[u8; 2],
	field: Field,
	date: u64,
) -> Result<u64, NotLicensed> {
	licensing_api(client, "is_licensed", (right, party, CountryCode(*country), field, date)).await
}

/// The free balances of `signers`.
async fn balances(client: &Client, signers: &[&Keypair]) -> Vec<u128> {
	let mut free = Vec::new();
	for signer in signers {
		free.push(free_balance(client, &account(signer)).await);
	}
	free
}

#[tokio::test(flavor = "multi_thread")]
async fn a_co_owned_patent_is_licensed_and_pays_royalties_through_the_real_node() {
	let mut node = DevNode::start("licensing");
	let client = node.client().await;
	let (bob, charlie, alice, eve, ferdie) =
		(dev::bob(), dev::charlie(), dev::alice(), dev::eve(), dev::ferdie());

	// Bob's company and Ferdie own the patent; Alice's company will use it; Eve's holding
	// company (owned by Bob and Ferdie) will take Bob's place. Charlie acts for the EPO.
	let (bob_party, ferdie_party, alice_party, holding) = tokio::join!(
		create_party(&client, &bob, "LegalEntity", "Bob's Laboratories GmbH"),
		create_party(&client, &ferdie, "NaturalPerson", "Ferdinand Müller"),
		create_party(&client, &alice, "LegalEntity", "Alice's Devices SA"),
		create_party(&client, &eve, "LegalEntity", "Müller & Bob Holding AG"),
	);
	let applicants = [(&bob, bob_party, 600_000_000u32), (&ferdie, ferdie_party, 400_000_000)];
	let (right, filing_date) =
		granted_patent(&client, "Ledger of licences", &applicants, &charlie).await;

	// Bob offers Alice an exclusive licence: Germany and France, H04L, six months from today,
	// an upfront fee and 5% of the net revenue, reported monthly within 30 days.
	let start = chain_now(&client).await;
	let terms = Terms {
		right,
		licensee: Some(alice_party),
		territory: countries(&[b"DE", b"FR"]),
		fields: FieldOfUse::Fields(vec![ipc("H04L")]),
		exclusivity: Exclusivity::Exclusive,
		start,
		end: Some(add_months(start, 6)),
		sublicensable: false,
		transferable: false,
		payment: Payment {
			// Odd in the smallest unit: 60% and 40% of it leave one unit to round.
			upfront: 10 * UNIT + 1,
			royalty_rate: 50_000,
			per_unit: 0,
			minimum: 0,
			period_months: 1,
			grace_days: 30,
		},
	};
	// A stranger cannot offer a licence of a right it does not own.
	let strangers = dynamic::tx("IpLicensing", "offer", (terms.clone(), Some(1u32), None::<u64>));
	assert_eq!(pallet_error(submit(&client, &strangers, &alice).await), "IpLicensing::NotAnOwner");
	let offer = dynamic::tx("IpLicensing", "offer", (terms.clone(), Some(1u32), None::<u64>));
	let events = submit(&client, &offer, &bob).await.expect("Bob offers the licence");
	let offered: Vec<Offered> = events_named(&events, "IpLicensing", "Offered");
	let (offer_id, terms_hash) = (offered[0].offer, offered[0].terms_hash);
	let read: Option<(Offer, [u8; 32])> = licensing_api(&client, "offer", (offer_id,)).await;
	let (stored, hash) = read.expect("the offer is stored");
	assert_eq!((stored.terms, stored.consents, hash), (terms.clone(), vec![bob_party], terms_hash));

	// An exclusive licence needs every owner: Alice's acceptance waits for Ferdie's consent.
	let accept = |hash: [u8; 32]| dynamic::tx("IpLicensing", "accept", (offer_id, hash));
	let early = submit(&client, &accept(terms_hash), &alice).await;
	assert_eq!(pallet_error(early), "IpLicensing::AwaitingConsent");
	let consent = dynamic::tx("IpLicensing", "consent", (offer_id,));
	submit(&client, &consent, &ferdie).await.expect("Ferdie consents");
	// An acceptance names the hash of the terms read; another hash is refused.
	let wrong = submit(&client, &accept([0u8; 32]), &alice).await;
	assert_eq!(pallet_error(wrong), "IpLicensing::TermsChanged");

	let before = balances(&client, &[&bob, &ferdie]).await;
	let events = submit(&client, &accept(terms_hash), &alice).await.expect("Alice accepts");
	let licensed: Vec<Licensed> = events_named(&events, "IpLicensing", "Licensed");
	let licence = licensed[0].licence;
	assert_eq!((licensed[0].licensee, licensed[0].upfront), (alice_party, 10 * UNIT + 1));
	let after = balances(&client, &[&bob, &ferdie]).await;
	assert_eq!(
		[after[0] - before[0], after[1] - before[1]],
		[6 * UNIT + 1 + OFFER_DEPOSIT, 4 * UNIT],
		"60/40, the unit left by rounding to the largest share; the offer, taken by its one \
		 licensee, closed and gave Bob his deposit back"
	);
	let taken: Option<(Offer, [u8; 32])> = licensing_api(&client, "offer", (offer_id,)).await;
	assert!(taken.is_none_or(|(offer, _)| offer.taken == 1), "the one licensee took it");
	let stored: Option<Licence> = licensing_api(&client, "licence", (licence,)).await;
	let stored = stored.expect("the licence is stored");
	assert_eq!((stored.licensee, stored.reported, stored.terms.right), (alice_party, 0, right));
	let alices: Vec<u64> =
		licensing_api(&client, "licences_of", (alice_party, None::<u64>, 10u32)).await;
	assert_eq!(alices, vec![licence]);

	// The EPO records the licence in its register: the patent's history shows it. An owner
	// cannot record it for the office.
	let record = dynamic::tx("IpLicensing", "record_licence", (licence,));
	let by_owner = submit(&client, &record, &bob).await;
	assert_eq!(pallet_error(by_owner), "IpLicensing::NotOffice");
	let events = submit(&client, &record, &charlie).await.expect("the EPO records the licence");
	let recorded: Vec<LicenceRecorded> = events_named(&events, "IpLicensing", "LicenceRecorded");
	assert_eq!((recorded[0].licence, recorded[0].right), (licence, right));
	let history: Vec<HistoryEntry> =
		runtime_api(&client, "IpRegistryApi", "history", (right,)).await;
	let last = history.last().expect("the patent has a history");
	assert_eq!(last.event, KeyEvent::LicenceRecorded);
	assert_eq!(last.details.gazette_reference, licence.to_string().into_bytes());

	// Who may use the patent where, for what, when.
	let now = chain_now(&client).await;
	let (alice_on, eve_on) = ((right, alice_party), (right, holding));
	assert_eq!(is_licensed(&client, alice_on, b"DE", ipc("H04L 9/32"), now).await, Ok(licence));
	assert_eq!(is_licensed(&client, alice_on, b"FR", ipc("H04L"), now).await, Ok(licence));
	let refusals = [
		(
			is_licensed(&client, alice_on, b"IT", ipc("H04L 9/32"), now).await,
			NotLicensed::OutsideTerritory,
		),
		(
			is_licensed(&client, alice_on, b"DE", ipc("G06Q 50/18"), now).await,
			NotLicensed::OutsideField,
		),
		(
			is_licensed(&client, alice_on, b"DE", Field::AiTraining, now).await,
			NotLicensed::OutsideField,
		),
		(is_licensed(&client, alice_on, b"DE", ipc("H04L"), start - 1).await, NotLicensed::NotYet),
		(
			is_licensed(&client, alice_on, b"DE", ipc("H04L"), add_months(start, 6)).await,
			NotLicensed::NoLonger,
		),
		(is_licensed(&client, eve_on, b"DE", ipc("H04L"), now).await, NotLicensed::NoLicence),
		(
			is_licensed(&client, alice_on, b"DE", ipc("H04L"), filing_date - DAY).await,
			NotLicensed::RightNotInForce,
		),
	];
	for (answer, reason) in refusals {
		assert_eq!(answer, Err(reason));
	}

	// A non-exclusive licence for Eve's company in Germany, H04L 9/32, overlaps Alice's
	// exclusive one: the offer is refused, and `conflict` names Alice's licence. The same in
	// Italy does not overlap.
	let overlapping = Terms {
		licensee: Some(holding),
		territory: countries(&[b"DE"]),
		fields: FieldOfUse::Fields(vec![ipc("H04L 9/32")]),
		exclusivity: Exclusivity::NonExclusive,
		..terms.clone()
	};
	let in_conflict: Option<u64> =
		licensing_api(&client, "conflict", (overlapping.clone(), None::<u64>)).await;
	assert_eq!(in_conflict, Some(licence));
	let refused =
		dynamic::tx("IpLicensing", "offer", (overlapping.clone(), None::<u32>, None::<u64>));
	assert_eq!(
		pallet_error(submit(&client, &refused, &bob).await),
		"IpLicensing::ConflictingLicence"
	);
	let elsewhere = Terms { territory: countries(&[b"IT"]), ..overlapping };
	let free: Option<u64> = licensing_api(&client, "conflict", (elsewhere, None::<u64>)).await;
	assert_eq!(free, None);

	// A period is reported once it is over: not yet.
	let report = |period: u32, net: u128| {
		dynamic::tx("IpLicensing", "report_royalties", (licence, period, net, 0u64))
	};
	let too_soon = submit(&client, &report(0, 100 * UNIT), &alice).await;
	assert_eq!(pallet_error(too_soon), "IpLicensing::PeriodNotOver");

	// A month later Alice reports the first month's net revenue; 5% of it is odd in the
	// smallest unit, and the owners of the month's last moment share it 60/40.
	node.advance_time(32 * DAY).await.expect("the dev chain's clock moves on");
	let net = 100 * UNIT + 20;
	let due: Option<(u128, Vec<(u64, u128)>)> =
		licensing_api(&client, "royalty_due", (licence, 0u32, net, 0u64)).await;
	let first_split = vec![(bob_party, 3 * UNIT + 1), (ferdie_party, 2 * UNIT)];
	assert_eq!(due, Some((5 * UNIT + 1, first_split.clone())), "what a report would pay");
	let before = balances(&client, &[&bob, &ferdie]).await;
	let events = submit(&client, &report(0, net), &alice).await.expect("Alice reports month 1");
	let paid: Vec<RoyaltiesPaid> = events_named(&events, "IpLicensing", "RoyaltiesPaid");
	assert_eq!((paid[0].licence, paid[0].period, paid[0].due), (licence, 0, 5 * UNIT + 1));
	assert_eq!(paid[0].payees, first_split);
	let after = balances(&client, &[&bob, &ferdie]).await;
	assert_eq!([after[0] - before[0], after[1] - before[1]], [3 * UNIT + 1, 2 * UNIT]);
	let again = submit(&client, &report(0, net), &alice).await;
	assert_eq!(pallet_error(again), "IpLicensing::WrongPeriod", "a period is reported once");

	// The owners assign the patent, 70/30, to their holding company and Ferdie: Bob proposes,
	// Ferdie and the company consent, the EPO records it in the second month.
	let to = vec![(holding, 700_000_000u32), (ferdie_party, 300_000_000)];
	let assignment = dynamic::tx(
		"IpRegistry",
		"propose_transfer",
		(
			right,
			TransferKind::Assignment { to },
			Document::pdf([0x51; 32], "ipfs://bafy-deed-of-assignment"),
		),
	);
	submit(&client, &assignment, &bob).await.expect("Bob proposes the assignment");
	let approve = dynamic::tx("IpRegistry", "approve_transfer", (right,));
	submit(&client, &approve, &ferdie).await.expect("Ferdie consents");
	submit(&client, &approve, &eve).await.expect("the holding company accepts");
	let effective = chain_now(&client).await;
	submit(&client, &record_transfer(right, effective), &charlie)
		.await
		.expect("the EPO records the assignment");

	// The second month's royalties go to the owners at its end.
	node.advance_time(31 * DAY).await.expect("the dev chain's clock moves on");
	let net = 20 * UNIT + 20;
	let before = balances(&client, &[&bob, &eve, &ferdie]).await;
	let events = submit(&client, &report(1, net), &alice).await.expect("Alice reports month 2");
	let paid: Vec<RoyaltiesPaid> = events_named(&events, "IpLicensing", "RoyaltiesPaid");
	assert_eq!((paid[0].period, paid[0].due), (1, UNIT + 1));
	assert_eq!(paid[0].payees, vec![(holding, 700_000_000_001), (ferdie_party, 300_000_000_000)]);
	let after = balances(&client, &[&bob, &eve, &ferdie]).await;
	assert_eq!(
		[after[0] - before[0], after[1] - before[1], after[2] - before[2]],
		[0, 700_000_000_001, 300_000_000_000],
		"Bob no longer owns a share; the holding company is paid at Eve's account"
	);
	let stored: Option<Licence> = licensing_api(&client, "licence", (licence,)).await;
	assert_eq!(stored.map(|licence| licence.reported), Some(2));
	// The licence still covers Alice's use under the new owners.
	let now = chain_now(&client).await;
	assert_eq!(is_licensed(&client, alice_on, b"DE", ipc("H04L 9/32"), now).await, Ok(licence));
}
