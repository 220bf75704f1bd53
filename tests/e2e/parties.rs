//! End to end: parties in a real `ipledger-node --dev`, driven over RPC with subxt.
//!
//! A company creates its party, links a second key with a proof of control (the payload comes
//! from the runtime API), an office attests it, and its DID resolves through the runtime API to
//! a W3C DID document with both keys and the attestation. A wrong proof and an attestation by a
//! stranger fail with the pallet's errors and change nothing.
//!
//! Then the standard JavaScript tooling a dApp developer would use reads the documents from
//! the node (`tests/js/did.mjs`): did-resolver and did-io resolve and dereference them, jsonld
//! expands them in safe mode, ed25519-multikey verifies with a resolved key.

use ipledger_e2e_tests::{
	account, create_party, events_named, pallet_error, run_js, runtime_api, submit, Client,
	DevNode, Document, OfficeCode,
};
use scale_decode::DecodeAsType;
use scale_encode::EncodeAsType;
use serde_json::Value as Json;
use std::str::FromStr;
use subxt::{
	dynamic::{self, Value},
	utils::AccountId32,
};
use subxt_signer::{
	sr25519::{dev, Keypair},
	SecretUri,
};

/// `Event::PartyCreated`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct PartyCreated {
	party: u64,
	account: AccountId32,
}

/// `Event::AccountLinked`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct AccountLinked {
	party: u64,
	account: AccountId32,
}

/// `Event::IdentityAttested`.
#[derive(DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct IdentityAttested {
	party: u64,
	office: OfficeCode,
}

/// `ipledger_primitives::did::DidResolutionError`.
#[derive(DecodeAsType, Debug, PartialEq)]
#[decode_as_type(crate_path = "scale_decode")]
enum DidResolutionError {
	InvalidDid,
	NotFound,
	Deactivated,
}

const EP: OfficeCode = OfficeCode(*b"EP");

/// Calls `IpPartiesApi::method` on the latest finalized state.
async fn parties_api<R: DecodeAsType>(client: &Client, method: &str, args: impl EncodeAsType) -> R {
	runtime_api(client, "IpPartiesApi", method, (args,)).await
}

/// An sr25519 signature as a `MultiSignature` call argument.
fn sr25519_proof(keypair: &Keypair, message: &[u8]) -> Value {
	Value::unnamed_variant("Sr25519", [Value::from_bytes(keypair.sign(message).0)])
}

/// The Multikey `publicKeyMultibase` of an sr25519 account: `z` and the base58btc (bs58,
/// an implementation of its own) of the sr25519-pub multicodec `0xef01` and the key.
fn multikey(keypair: &Keypair) -> String {
	let mut bytes = vec![0xef, 0x01];
	bytes.extend_from_slice(&keypair.public_key().0);
	format!("z{}", bs58::encode(bytes).into_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_company_links_keys_is_attested_and_resolves_as_a_did_through_the_real_node() {
	let mut node = DevNode::start("parties");
	let client = node.client().await;
	let (bob, charlie, eve) = (dev::bob(), dev::charlie(), dev::eve());
	let laptop = Keypair::from_uri(&SecretUri::from_str("//Bob//laptop").unwrap()).unwrap();

	// Bob creates the party of his company.
	let create = dynamic::tx(
		"IpParties",
		"create_party",
		(
			Value::unnamed_variant("LegalEntity", []),
			"Bob's Laboratories GmbH".as_bytes().to_vec(),
			OfficeCode(*b"DE"),
			Value::unnamed_variant("Sr25519", []),
			Some(Document::pdf([9; 32], "ipfs://bafyprofile")),
		),
	);
	let events = submit(&client, &create, &bob).await.expect("Bob creates a party");
	let created: Vec<PartyCreated> = events_named(&events, "IpParties", "PartyCreated");
	assert_eq!(created.len(), 1);
	let party = created[0].party;
	assert_eq!(created[0].account, account(&bob));
	let found: Option<u64> = parties_api(&client, "party_of", account(&bob)).await;
	assert_eq!(found, Some(party));

	// A wrong proof (Eve signs for the laptop key) is refused and links nothing.
	let payload: Option<Vec<u8>> = parties_api(&client, "link_payload", party).await;
	let payload = payload.expect("the party has a link payload");
	let forged =
		dynamic::tx("IpParties", "add_account", (account(&laptop), sr25519_proof(&eve, &payload)));
	assert_eq!(pallet_error(submit(&client, &forged, &bob).await), "IpParties::BadProof");
	let laptop_party: Option<u64> = parties_api(&client, "party_of", account(&laptop)).await;
	assert_eq!(laptop_party, None);

	// The laptop key signs the payload itself: linked.
	let link = dynamic::tx(
		"IpParties",
		"add_account",
		(account(&laptop), sr25519_proof(&laptop, &payload)),
	);
	let events = submit(&client, &link, &bob).await.expect("Bob links his laptop key");
	let linked: Vec<AccountLinked> = events_named(&events, "IpParties", "AccountLinked");
	assert_eq!((linked[0].party, linked[0].account), (party, account(&laptop)));
	let laptop_party: Option<u64> = parties_api(&client, "party_of", account(&laptop)).await;
	assert_eq!(laptop_party, Some(party));

	// Eve acts for no office: her attestation fails. Charlie, of the EPO, attests.
	let attest = dynamic::tx("IpParties", "attest", (party, EP, None::<Document>));
	assert_eq!(pallet_error(submit(&client, &attest, &eve).await), "IpParties::NotOffice");
	let events = submit(&client, &attest, &charlie).await.expect("the EPO attests");
	let attested: Vec<IdentityAttested> = events_named(&events, "IpParties", "IdentityAttested");
	assert_eq!((attested[0].party, attested[0].office), (party, EP));

	// The DID resolves to a W3C DID document with both keys and the attestation.
	let did = format!("did:ipledger:{party}");
	let resolved: Result<Vec<u8>, DidResolutionError> =
		parties_api(&client, "resolve_did", did.as_bytes().to_vec()).await;
	let document: Json = serde_json::from_slice(&resolved.expect("the DID resolves"))
		.expect("the DID document is JSON");
	assert_eq!(document["id"], did.as_str());
	let methods = document["verificationMethod"].as_array().expect("verification methods");
	let keys: Vec<&str> =
		methods.iter().map(|m| m["publicKeyMultibase"].as_str().unwrap()).collect();
	assert_eq!(keys, vec![multikey(&bob), multikey(&laptop)]);
	assert_eq!(document["authentication"].as_array().map(Vec::len), Some(2));
	assert_eq!(document["ipledger"]["name"], "Bob's Laboratories GmbH");
	assert_eq!(document["ipledger"]["attestations"][0]["office"], "EP");
	assert_eq!(document["ipledger"]["attestations"][0]["revokedAt"], Json::Null);

	// Unknown and malformed DIDs get the resolution errors.
	let unknown: Result<Vec<u8>, DidResolutionError> =
		parties_api(&client, "resolve_did", b"did:ipledger:999".to_vec()).await;
	assert_eq!(unknown, Err(DidResolutionError::NotFound));
	let malformed: Result<Vec<u8>, DidResolutionError> =
		parties_api(&client, "resolve_did", b"did:web:example.org".to_vec()).await;
	assert_eq!(malformed, Err(DidResolutionError::InvalidDid));

	// The EPO is a party too, found by its jurisdiction.
	let epo: Option<u64> = parties_api(&client, "office", EP).await;
	assert!(epo.is_some_and(|epo| epo != party));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_did_document_passes_did_resolver_did_io_jsonld_and_ed25519_multikey() {
	let mut node = DevNode::start("did-js");
	let client = node.client().await;
	let (bob, ferdie) = (dev::bob(), dev::ferdie());

	// Bob's party, and Ferdie's, which Ferdie closes.
	let party = create_party(&client, &bob, "LegalEntity", "Bob's Laboratories GmbH").await;
	let closed = create_party(&client, &ferdie, "LegalEntity", "Ferdie").await;
	submit(&client, &dynamic::tx("IpParties", "close_party", ()), &ferdie)
		.await
		.expect("Ferdie closes his party");

	// An ed25519 key pair made by ed25519-multikey signs the link payload: linked to Bob's
	// party.
	let seed = hex::encode([0x5e; 32]);
	let payload: Option<Vec<u8>> = parties_api(&client, "link_payload", party).await;
	let key =
		run_js("did.mjs", &["keypair", &seed, &hex::encode(payload.expect("a link payload"))]);
	let public: [u8; 32] = hex::decode(key["publicKey"].as_str().unwrap())
		.unwrap()
		.try_into()
		.expect("an ed25519 public key is 32 bytes");
	let signature = hex::decode(key["signature"].as_str().unwrap()).unwrap();
	let link = dynamic::tx(
		"IpParties",
		"add_account",
		(AccountId32(public), Value::unnamed_variant("Ed25519", [Value::from_bytes(signature)])),
	);
	submit(&client, &link, &bob).await.expect("the ed25519 key is linked");

	// Two services, of types the IPLedger context defines.
	let services = [
		("portfolio", "IpPortfolio", "https://bob-labs.example/ip/portfolio.json"),
		("website", "LinkedDomains", "https://bob-labs.example/"),
	];
	let set = dynamic::tx(
		"IpParties",
		"set_services",
		(services
			.iter()
			.map(|(id, kind, endpoint)| {
				Value::named_composite([
					("id", Value::from_bytes(id)),
					("kind", Value::from_bytes(kind)),
					("endpoint", Value::from_bytes(endpoint)),
				])
			})
			.collect::<Vec<_>>(),),
	);
	submit(&client, &set, &bob).await.expect("Bob publishes two services");

	// The standard libraries resolve, dereference, expand in safe mode and verify.
	let spec = serde_json::json!({
		"did": format!("did:ipledger:{party}"),
		"deactivated": format!("did:ipledger:{closed}"),
		"unknown": "did:ipledger:999",
		"seed": seed,
		"challenge": hex::encode(b"a challenge from a relying party"),
		"sr25519": [hex::encode(bob.public_key().0)],
		"services": services
			.iter()
			.map(|(id, kind, endpoint)| {
				serde_json::json!({"id": id, "type": kind, "serviceEndpoint": endpoint})
			})
			.collect::<Vec<_>>(),
	});
	let http = node.rpc_url.replace("ws://", "http://");
	let report = run_js("did.mjs", &["check", &http, &spec.to_string()]);
	assert_eq!(report["didResolver"]["verificationMethods"], 2, "Bob's sr25519 and ed25519 keys");
	assert_eq!(report["ed25519Multikey"]["verified"], true);
	assert_eq!(report["sr25519Keys"], 1);
	assert_eq!(
		report["didIo"]["methodId"],
		format!("did:ipledger:{party}#{}", key["publicKeyMultibase"].as_str().unwrap())
	);
}
