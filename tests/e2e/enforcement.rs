//! End to end: evidence in a real `ipledger-node --dev --sealing instant`, driven over RPC
//! with subxt.
//!
//! Ferdie's brand captured a counterfeiter's shop: a page archive, a receipt, and a batch of
//! three screenshots. Each file's digest is computed with the commands the pallet's README
//! documents (`b2sum -l 256`, `sha256sum`), and submitted as those commands print it. Anyone
//! holding a file then finds its evidence through the runtime API (a screenshot through its
//! proof in the batch); a second anchor of a digest is refused, and the API names the first.
//! The receipt is sealed: only the court Ferdie grants access learns its locator. Ferdie hands
//! the archive over to his lawyer Bob, who accepts it; Eve, made a notary by governance,
//! attests it; `verify` shows the whole custody log and the attestation.

use ipledger_e2e_tests::{
	create_party, events_named, pallet_error, runtime_api, submit, Client, DevNode,
};
use ipledger_primitives::HashAlgorithm as Algorithm;
use pallet_ip_enforcement::merkle;
use scale_decode::DecodeAsType;
use std::process::Command;
use subxt::dynamic::{self, Value};
use subxt_signer::sr25519::{dev, Keypair};

/// `pallet_ip_enforcement::CustodyAction`.
#[derive(DecodeAsType, Debug, PartialEq)]
#[decode_as_type(crate_path = "scale_decode")]
enum CustodyAction {
	Collected,
	Transferred { to: u64 },
	Analysed,
	Sealed,
	Presented,
}

/// The fields of `pallet_ip_enforcement::CustodyEntry` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct CustodyEntry {
	action: CustodyAction,
	by: u64,
}

/// The fields of `pallet_ip_enforcement::EvidenceRecord` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Record {
	digest: [u8; 32],
	items: u32,
	submitter: u64,
	custodian: u64,
	anchored_at: u64,
	block: u32,
}

/// The fields of `pallet_ip_enforcement::Grant` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Grant {
	by: u64,
	sealed_locator: Vec<u8>,
}

/// The fields of `pallet_ip_enforcement::Attestation` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct Attestation {
	statement: Option<[u8; 32]>,
	revoked: Option<u64>,
}

/// The fields of `pallet_ip_enforcement::EvidenceView` this test reads.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct View {
	id: u64,
	record: Record,
	custody: Vec<CustodyEntry>,
	grants: Vec<(u64, Grant)>,
	attestations: Vec<(u64, Attestation)>,
}

/// `Event::EvidenceAnchored`, as far as this test reads it.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct EvidenceAnchored {
	evidence: u64,
	sealed: bool,
}

/// What `command FILE` prints first: a digest in hexadecimal, as `b2sum` and `sha256sum` print
/// it, decoded.
fn digest_by(command: &[&str], file: &std::path::Path) -> [u8; 32] {
	let output = Command::new(command[0])
		.args(&command[1..])
		.arg(file)
		.output()
		.unwrap_or_else(|e| panic!("{} runs: {e}", command[0]));
	assert!(output.status.success(), "{command:?} {file:?} failed");
	let printed = String::from_utf8(output.stdout).expect("a digest is ASCII");
	let hex_digest = printed.split_whitespace().next().expect("the digest comes first");
	hex::decode(hex_digest).expect("hexadecimal").try_into().expect("32 bytes")
}

fn algorithm(algorithm: Algorithm) -> Value {
	let name = match algorithm {
		Algorithm::Blake2b256 => "Blake2b256",
		Algorithm::Sha2_256 => "Sha2_256",
		Algorithm::Sha3_256 => "Sha3_256",
	};
	Value::unnamed_variant(name, [])
}

/// `IpEnforcement::anchor_evidence` of a web capture of `items` files, public at `locator` or
/// sealed.
fn anchor(
	hash: Algorithm,
	digest: [u8; 32],
	items: u32,
	locator: Option<&str>,
) -> impl subxt::transactions::Payload {
	let disclosure = match locator {
		Some(uri) => Value::unnamed_variant("Public", [Value::from_bytes(uri)]),
		None => Value::unnamed_variant("Sealed", []),
	};
	let capture = Value::named_composite([
		("tool", Value::from_bytes("WebPreserver Pro")),
		("version", Value::from_bytes("4.2.1")),
		("log_digest", Value::unnamed_variant("None", [])),
	]);
	dynamic::tx(
		"IpEnforcement",
		"anchor_evidence",
		(
			algorithm(hash),
			digest,
			items,
			Value::unnamed_variant("WebCapture", []),
			capture,
			Value::unnamed_variant("None", []),
			disclosure,
		),
	)
}

async fn verify(client: &Client, hash: Algorithm, digest: [u8; 32]) -> Option<View> {
	runtime_api(client, "IpEnforcementApi", "verify", (algorithm(hash), digest)).await
}

/// `Sudo::sudo(call)` of the call `pallet::name(args)`.
fn by_sudo(pallet: &str, name: &str, args: Vec<Value>) -> impl subxt::transactions::Payload {
	let call = dynamic::tx(pallet, name, subxt::ext::scale_value::Composite::unnamed(args));
	dynamic::tx("Sudo", "sudo", (call.into_value(),))
}

async fn party(client: &Client, who: &Keypair, name: &str) -> u64 {
	create_party(client, who, "LegalEntity", name).await
}

#[tokio::test]
async fn evidence_is_anchored_kept_in_custody_attested_and_verified_through_the_real_node() {
	let mut node = DevNode::start("enforcement");
	let client = node.client().await;
	let (ferdie, bob, eve, alice) = (dev::ferdie(), dev::bob(), dev::eve(), dev::alice());
	let ferdie_party = party(&client, &ferdie, "Ferdie's brand").await;
	let bob_party = party(&client, &bob, "Bob, attorney").await;
	let eve_party = party(&client, &eve, "Eve, notary").await;

	// Governance makes Eve a notary of Germany.
	let make = by_sudo("IpParties", "make_authority", vec![Value::u128(eve_party.into())]);
	submit(&client, &make, &alice).await.expect("sudo makes Eve an authority");
	let germany = Value::unnamed_composite([Value::from_bytes(b"DE")]);
	let role = by_sudo(
		"IpParties",
		"grant_role",
		vec![
			Value::u128(eve_party.into()),
			Value::unnamed_variant("EvidenceService", []),
			germany.clone(),
		],
	);
	submit(&client, &role, &alice).await.expect("sudo gives Eve her role");

	// The files, and their digests as the documented commands print them.
	let dir = std::env::temp_dir().join(format!("ipledger-evidence-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("a temporary folder");
	let write = |name: &str, content: &[u8]| {
		let path = dir.join(name);
		std::fs::write(&path, content).expect("the file is written");
		path
	};
	let archive = write("shop.warc", b"WARC/1.1\r\nWARC-Type: response\r\n\r\ncounterfeit listing");
	let receipt = write("receipt.pdf", b"%PDF-1.7 test purchase receipt");
	let archive_digest = digest_by(&["b2sum", "-l", "256"], &archive);
	let receipt_digest = digest_by(&["sha256sum"], &receipt);
	let content = std::fs::read(&archive).expect("the archive is there");
	assert_eq!(archive_digest, sp_io::hashing::blake2_256(&content), "b2sum -l 256 is blake2_256");

	let events = submit(
		&client,
		&anchor(
			Algorithm::Blake2b256,
			archive_digest,
			1,
			Some("https://evidence.example/shop.warc"),
		),
		&ferdie,
	)
	.await
	.expect("Ferdie anchors the archive");
	let anchored: Vec<EvidenceAnchored> =
		events_named(&events, "IpEnforcement", "EvidenceAnchored");
	let archive_id = anchored[0].evidence;
	let events = submit(&client, &anchor(Algorithm::Sha2_256, receipt_digest, 1, None), &ferdie)
		.await
		.expect("Ferdie anchors the receipt, sealed");
	let anchored: Vec<EvidenceAnchored> =
		events_named(&events, "IpEnforcement", "EvidenceAnchored");
	assert!(anchored[0].sealed);
	let receipt_id = anchored[0].evidence;

	// Anyone holding the archive finds it; under another algorithm, or another file, nothing.
	let found = verify(&client, Algorithm::Blake2b256, archive_digest)
		.await
		.expect("the archive is found");
	assert_eq!(
		(found.id, found.record.submitter, found.record.digest),
		(archive_id, ferdie_party, archive_digest)
	);
	assert!(found.record.anchored_at > 0 && found.record.block > 0);
	assert!(verify(&client, Algorithm::Sha2_256, archive_digest).await.is_none());
	assert!(verify(&client, Algorithm::Sha2_256, [7; 32]).await.is_none());
	// A second anchor of the archive is refused; the first stays the one named.
	let again =
		submit(&client, &anchor(Algorithm::Blake2b256, archive_digest, 1, None), &bob).await;
	assert_eq!(pallet_error(again), "IpEnforcement::AlreadyAnchored");

	// A batch of three screenshots (SHA-256 by `sha256sum`), one transaction; each is then
	// found through its proof.
	let shots: Vec<[u8; 32]> = (0..3)
		.map(|i| {
			digest_by(
				&["sha256sum"],
				&write(&format!("shot-{i}.png"), format!("PNG screenshot {i}").as_bytes()),
			)
		})
		.collect();
	let leaves: Vec<_> = shots.iter().map(|d| ipledger_primitives::Hash::from(*d)).collect();
	let (root, proofs) = merkle::tree(Algorithm::Sha2_256, &leaves).expect("a tree of three");
	submit(&client, &anchor(Algorithm::Sha2_256, root.0, 3, None), &ferdie)
		.await
		.expect("the batch is anchored");
	for (shot, proof) in shots.iter().zip(&proofs) {
		let proof: Vec<[u8; 32]> = proof.iter().map(|h| h.0).collect();
		let found: Option<View> = runtime_api(
			&client,
			"IpEnforcementApi",
			"verify_item",
			(algorithm(Algorithm::Sha2_256), *shot, proof),
		)
		.await;
		assert_eq!(found.map(|v| (v.record.digest, v.record.items)), Some((root.0, 3)));
	}
	let wrong: Option<View> = runtime_api(
		&client,
		"IpEnforcementApi",
		"verify_item",
		(algorithm(Algorithm::Sha2_256), shots[0], vec![shots[2]]),
	)
	.await;
	assert!(wrong.is_none(), "a wrong proof finds nothing");

	// The sealed receipt: the court Ferdie names gets its locator encrypted for it.
	let grant = dynamic::tx(
		"IpEnforcement",
		"grant_access",
		(receipt_id, eve_party, b"age1:encrypted-for-eve".to_vec()),
	);
	submit(&client, &grant, &ferdie).await.expect("Ferdie grants Eve access");
	let receipt_view = verify(&client, Algorithm::Sha2_256, receipt_digest).await.unwrap();
	assert_eq!(receipt_view.grants.len(), 1);
	assert_eq!((receipt_view.grants[0].0, receipt_view.grants[0].1.by), (eve_party, ferdie_party));
	assert_eq!(receipt_view.grants[0].1.sealed_locator, b"age1:encrypted-for-eve".to_vec());

	// Custody: Ferdie hands the archive to Bob, a stranger cannot take it, Bob accepts it
	// and records its analysis; Eve attests it.
	submit(&client, &dynamic::tx("IpEnforcement", "hand_over", (archive_id, bob_party)), &ferdie)
		.await
		.expect("Ferdie hands the archive over");
	let _ = party(&client, &alice, "Alice, stranger").await;
	let taken =
		submit(&client, &dynamic::tx("IpEnforcement", "accept_custody", (archive_id,)), &alice)
			.await;
	assert_eq!(pallet_error(taken), "IpEnforcement::NoHandover");
	submit(&client, &dynamic::tx("IpEnforcement", "accept_custody", (archive_id,)), &bob)
		.await
		.expect("Bob accepts the archive");
	let analysed = dynamic::tx(
		"IpEnforcement",
		"record_custody",
		(
			archive_id,
			Value::unnamed_variant("Analysed", []),
			Some([0xaa; 32]),
			Value::unnamed_variant("None", []),
		),
	);
	submit(&client, &analysed, &bob).await.expect("Bob records his analysis");
	let not_notary = dynamic::tx(
		"IpEnforcement",
		"attest",
		(
			Value::u128(archive_id.into()),
			germany,
			Value::unnamed_variant("Some", [Value::from_bytes([0xcc; 32])]),
		),
	);
	assert_eq!(
		pallet_error(submit(&client, &not_notary, &bob).await),
		"IpEnforcement::NotAuthority"
	);
	submit(&client, &not_notary, &eve).await.expect("Eve attests the archive");

	let found = verify(&client, Algorithm::Blake2b256, archive_digest).await.unwrap();
	let log: Vec<_> = found.custody.iter().map(|entry| (&entry.action, entry.by)).collect();
	assert_eq!(
		log,
		vec![
			(&CustodyAction::Collected, ferdie_party),
			(&CustodyAction::Transferred { to: bob_party }, bob_party),
			(&CustodyAction::Analysed, bob_party),
		]
	);
	assert_eq!(found.record.custodian, bob_party);
	assert_eq!(found.attestations.len(), 1);
	assert_eq!(found.attestations[0].0, eve_party);
	assert_eq!(
		(found.attestations[0].1.statement, found.attestations[0].1.revoked),
		(Some([0xcc; 32]), None)
	);
	let mine: Vec<u64> = runtime_api(
		&client,
		"IpEnforcementApi",
		"evidence_of",
		(bob_party, Option::<u64>::None, 10u32),
	)
	.await;
	assert_eq!(mine, vec![archive_id]);
	let _ = std::fs::remove_dir_all(&dir);
}
