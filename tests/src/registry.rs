//! The registry as the end-to-end tests drive it: its call arguments, the dev chain's EPO, and
//! reads of the chain's time, balances and filing dates.

use crate::{events_named, submit, Client, Document, OfficeCode};
use subxt::{
	dynamic::{self, At, Value},
	transactions::Payload,
	utils::AccountId32,
};
use subxt_signer::sr25519::Keypair;

/// `pallet_ip_registry::EventDetails` as a call argument.
#[derive(scale_encode::EncodeAsType)]
#[encode_as_type(crate_path = "scale_encode")]
pub struct EventDetails {
	/// When the event happened (UNIX milliseconds).
	pub event_date: u64,
	/// When it takes effect, if not on its date.
	pub effective_date: Option<u64>,
	/// The office's own code of the event (ST.27).
	pub office_event_code: Vec<u8>,
	/// Where the office published it.
	pub gazette_reference: Vec<u8>,
}

/// `pallet_ip_registry::KeyEvent`, the standard key events of a right's history.
#[derive(scale_decode::DecodeAsType, Debug, PartialEq, Clone, Copy)]
#[decode_as_type(crate_path = "scale_decode")]
#[allow(missing_docs)]
pub enum KeyEvent {
	Filing,
	Publication,
	Grant,
	Refusal,
	Withdrawal,
	Expiry,
	Renewal,
	Lapse,
	Restoration,
	OppositionFiled,
	OppositionClosed,
	Revocation,
	TermExtension,
	OwnershipChange,
	SecurityInterest,
	SecurityInterestReleased,
	LicenceRecorded,
	LicenceEnded,
	Decision,
	Anchoring,
}

/// The EPO, an office of the dev chain's genesis; Charlie acts for it.
pub const EP: OfficeCode = OfficeCode(*b"EP");

/// `record_event` of the key event named `event`, with the office's `code` and `event_date`.
pub fn record_event_at(right: u64, event: &str, code: &str, event_date: u64) -> impl Payload {
	let details = EventDetails {
		event_date,
		effective_date: None,
		office_event_code: code.as_bytes().to_vec(),
		gazette_reference: b"Official Gazette 2026-47".to_vec(),
	};
	dynamic::tx("IpRegistry", "record_event", (right, Value::unnamed_variant(event, []), details))
}

/// `record_transfer` of the approved transfer of `right`, effective on `event_date`.
pub fn record_transfer(right: u64, event_date: u64) -> impl Payload {
	let details = EventDetails {
		event_date,
		effective_date: None,
		office_event_code: b"PD4A".to_vec(),
		gazette_reference: b"Official Gazette 2026-48".to_vec(),
	};
	dynamic::tx("IpRegistry", "record_transfer", (right, details))
}

/// The chain's time at its latest finalized block (UNIX milliseconds).
pub async fn chain_now(client: &Client) -> u64 {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let address = dynamic::storage::<(), u64>("Timestamp", "Now");
	let now = at.storage().try_fetch(address, ()).await.expect("storage can be read");
	now.expect("the time is set").decode().expect("a moment decodes")
}

/// The free balance of `who` at the latest finalized block.
pub async fn free_balance(client: &Client, who: &AccountId32) -> u128 {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let address = dynamic::storage::<(AccountId32,), Value>("System", "Account");
	let info = at.storage().try_fetch(address, (*who,)).await.expect("storage can be read");
	let info: Value = info.expect("the account exists").decode().expect("account info decodes");
	info.at("data")
		.and_then(|data| data.at("free"))
		.and_then(|free| free.as_u128())
		.expect("a free balance")
}

/// The filing date of `right`, from the first entry of its history.
pub async fn filing_date_of(client: &Client, right: u64) -> u64 {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let address = dynamic::storage::<(u64, u32), Value>("IpRegistry", "History");
	let filing = at.storage().try_fetch(address, (right, 0u32)).await.unwrap().unwrap();
	let record: Value = filing.decode().unwrap();
	let date = record.at("details").and_then(|d| d.at("event_date")).unwrap();
	date.as_u128().unwrap() as u64
}

/// `pallet_ip_registry::TransferKind` as a call argument.
#[derive(scale_encode::EncodeAsType)]
#[encode_as_type(crate_path = "scale_encode")]
pub enum TransferKind {
	/// To these parties with these shares (parts per billion).
	Assignment { to: Vec<(u64, u32)> },
}

/// `Event::FilingAwaitingApplicants`, as far as [`granted_patent`] reads it.
#[derive(scale_decode::DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct FilingAwaitingApplicants {
	filing: u64,
}

/// `Event::ApplicationFiled`, as far as [`granted_patent`] reads it.
#[derive(scale_decode::DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct ApplicationFiled {
	right: u64,
}

/// A patent of the EPO titled `title`, filed by the first of `applicants` (each a signer and
/// its party's share in parts per billion), accepted by the others, and granted by `office` (a
/// signer acting for the EPO) on its filing date; returns the right and its filing date.
pub async fn granted_patent(
	client: &Client,
	title: &str,
	applicants: &[(&Keypair, u64, u32)],
	office: &Keypair,
) -> (u64, u64) {
	let shares: Vec<(u64, u32)> =
		applicants.iter().map(|(_, party, share)| (*party, *share)).collect();
	let file = dynamic::tx(
		"IpRegistry",
		"file_application",
		(
			EP,
			Value::unnamed_variant("Patent", []),
			title.as_bytes().to_vec(),
			shares,
			vec![b"H04L 9/32".to_vec()],
			Document::pdf([0x42; 32], "ipfs://bafybeigdyrzt5sfp7"),
		),
	);
	let (filer, others) = applicants.split_first().expect("a patent has an applicant");
	let mut events = submit(client, &file, filer.0).await.expect("the first applicant files");
	if let Some(waiting) =
		events_named::<FilingAwaitingApplicants>(&events, "IpRegistry", "FilingAwaitingApplicants")
			.first()
	{
		let accept = dynamic::tx("IpRegistry", "accept_filing", (waiting.filing,));
		for (signer, _, _) in others {
			events = submit(client, &accept, signer).await.expect("a co-applicant accepts");
		}
	}
	let filed: Vec<ApplicationFiled> = events_named(&events, "IpRegistry", "ApplicationFiled");
	let right = filed.first().expect("the last acceptance files the application").right;
	let filing_date = filing_date_of(client, right).await;
	let grant = record_event_at(right, "Grant", "B1", filing_date);
	submit(client, &grant, office).await.expect("the office grants the patent");
	(right, filing_date)
}
