//! A party as a W3C DID document (`did:ipledger:<id>`).
//!
//! [`DidDocument`] carries what the chain knows of a party; [`DidDocument::to_json`] renders it
//! as the JSON-LD a DID resolver returns (DID Core 1.0). Each linked account's public key
//! becomes a `Multikey` verification method, usable for authentication and assertions; the
//! party's service endpoints become `service` entries; what only IPLedger knows (kind, name,
//! country, authority roles, the offices' attestations) goes under the `ipledger` property.

use crate::{
	AuthorityRole, Document, HashAlgorithm, KeyKind, Moment, OfficeCode, PartyId, PartyKind,
};
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::fmt::Write;
use scale_info::TypeInfo;

/// The DID method name: DIDs read `did:ipledger:<party id>`.
pub const DID_PREFIX: &str = "did:ipledger:";

/// The JSON-LD context that defines what IPLedger adds to a DID document (the `ipledger`
/// property, the service types of [`SERVICE_TYPES`]); its text is `docs/did/ipledger-v1.jsonld`
/// in the repository, which a resolver's document loader serves for this URL.
pub const IPLEDGER_CONTEXT: &str = "https://ipledger.org/ns/did/v1";

/// The service types the IPLedger context defines; a party's service may also name its type
/// by an absolute URI.
pub const SERVICE_TYPES: [&str; 3] = ["LinkedDomains", "DIDCommMessaging", "IpPortfolio"];

/// Whether `kind` may be a service's type in a DID document: one the IPLedger context
/// defines, or an absolute URI.
pub fn is_service_type(kind: &[u8]) -> bool {
	SERVICE_TYPES.iter().any(|known| known.as_bytes() == kind) || crate::text::is_absolute_uri(kind)
}

/// The party id a DID names, if it is a well-formed `did:ipledger:<decimal id>`.
pub fn parse_did(did: &[u8]) -> Option<PartyId> {
	let id = did.strip_prefix(DID_PREFIX.as_bytes())?;
	let well_formed =
		!id.is_empty() && id.iter().all(u8::is_ascii_digit) && (id.len() == 1 || id[0] != b'0');
	if !well_formed {
		return None;
	}
	core::str::from_utf8(id).ok()?.parse().ok()
}

/// Why a DID did not resolve to a document (the DID Resolution spec's `invalidDid` and
/// `notFound`, and a deactivated DID).
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum DidResolutionError {
	/// The text is not `did:ipledger:` followed by a decimal party id.
	InvalidDid,
	/// No party ever had this id.
	NotFound,
	/// The party was closed: its DID is deactivated for good (ids are never reused).
	Deactivated,
}

/// An office's attestation of a party's identity, as a DID document shows it.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct DidAttestation {
	/// The attesting office.
	pub office: OfficeCode,
	/// When it attested (UNIX milliseconds).
	pub attested_at: Moment,
	/// When it withdrew the attestation, if it did.
	pub revoked_at: Option<Moment>,
	/// The evidence the office relied on, if it named any.
	pub evidence: Option<Document<Vec<u8>>>,
}

/// A service endpoint of a party (its website, its portfolio API, an inbox).
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct DidService {
	/// The fragment naming the service within the DID document, e.g. `portfolio`.
	pub id: Vec<u8>,
	/// Its type, e.g. `LinkedDomains`.
	pub kind: Vec<u8>,
	/// Its URL.
	pub endpoint: Vec<u8>,
}

/// What the chain knows of a party, in the shape of a DID document.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct DidDocument<AccountId> {
	/// The party.
	pub party: PartyId,
	/// What it is in law.
	pub kind: PartyKind,
	/// Its name.
	pub name: Vec<u8>,
	/// Its country (ST.3).
	pub country: OfficeCode,
	/// Its off-chain profile, if it published one.
	pub details: Option<Document<Vec<u8>>>,
	/// The accounts linked to it and their key schemes, in the order they were linked.
	pub keys: Vec<(AccountId, KeyKind)>,
	/// The authority roles it holds, with their jurisdictions.
	pub roles: Vec<(AuthorityRole, OfficeCode)>,
	/// The offices' attestations of its identity, revoked ones included.
	pub attestations: Vec<DidAttestation>,
	/// Its service endpoints.
	pub services: Vec<DidService>,
}

impl<AccountId: AsRef<[u8]>> DidDocument<AccountId> {
	/// The party's DID.
	pub fn did(&self) -> String {
		alloc::format!("{DID_PREFIX}{}", self.party)
	}

	/// The DID document as W3C DID Core JSON-LD.
	pub fn to_json(&self) -> String {
		let did = self.did();
		let mut out = String::new();
		push_context(&mut out);
		out.push_str(",\"id\":");
		push_str(&mut out, did.as_bytes());

		// Each key's id is its multibase, as `did:key` names its one key.
		let methods: Vec<(String, String)> = self
			.keys
			.iter()
			.map(|(account, kind)| {
				let key = public_key_multibase(*kind, account.as_ref());
				(alloc::format!("{did}#{key}"), key)
			})
			.collect();
		out.push_str(",\"verificationMethod\":[");
		for (i, (id, key)) in methods.iter().enumerate() {
			if i > 0 {
				out.push(',');
			}
			out.push_str("{\"id\":");
			push_str(&mut out, id.as_bytes());
			out.push_str(",\"type\":\"Multikey\",\"controller\":");
			push_str(&mut out, did.as_bytes());
			out.push_str(",\"publicKeyMultibase\":");
			push_str(&mut out, key.as_bytes());
			out.push('}');
		}
		for relation in ["authentication", "assertionMethod"] {
			let _ = write!(out, "],\"{relation}\":[");
			for (i, (id, _)) in methods.iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				push_str(&mut out, id.as_bytes());
			}
		}
		out.push_str("],\"service\":[");
		for (i, service) in self.services.iter().enumerate() {
			if i > 0 {
				out.push(',');
			}
			out.push_str("{\"id\":");
			let mut id = did.clone().into_bytes();
			id.push(b'#');
			id.extend_from_slice(&service.id);
			push_str(&mut out, &id);
			out.push_str(",\"type\":");
			push_str(&mut out, &service.kind);
			out.push_str(",\"serviceEndpoint\":");
			push_str(&mut out, &service.endpoint);
			out.push('}');
		}

		let _ = write!(
			out,
			"],\"ipledger\":{{\"party\":{},\"kind\":\"{:?}\",\"name\":",
			self.party, self.kind
		);
		push_str(&mut out, &self.name);
		out.push_str(",\"country\":");
		push_str(&mut out, &self.country.0);
		out.push_str(",\"profile\":");
		push_document(&mut out, self.details.as_ref());
		out.push_str(",\"roles\":[");
		for (i, (role, jurisdiction)) in self.roles.iter().enumerate() {
			if i > 0 {
				out.push(',');
			}
			let _ = write!(out, "{{\"role\":\"{role:?}\",\"jurisdiction\":");
			push_str(&mut out, &jurisdiction.0);
			out.push('}');
		}
		out.push_str("],\"attestations\":[");
		for (i, attestation) in self.attestations.iter().enumerate() {
			if i > 0 {
				out.push(',');
			}
			out.push_str("{\"office\":");
			push_str(&mut out, &attestation.office.0);
			let _ = write!(out, ",\"attestedAt\":{},\"revokedAt\":", attestation.attested_at);
			match attestation.revoked_at {
				Some(at) => {
					let _ = write!(out, "{at}");
				},
				None => out.push_str("null"),
			}
			out.push_str(",\"evidence\":");
			push_document(&mut out, attestation.evidence.as_ref());
			out.push('}');
		}
		out.push_str("]}}");
		out
	}
}

/// The `@context` of every document this module writes.
fn push_context(out: &mut String) {
	let _ = write!(
		out,
		"{{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\",\
		 \"{IPLEDGER_CONTEXT}\"]"
	);
}

/// `key` as a Multikey `publicKeyMultibase`: `z` (base58btc) and the base58 of its multicodec
/// prefix (`0xed01` ed25519, `0xef01` sr25519) and its bytes.
pub fn public_key_multibase(kind: KeyKind, key: &[u8]) -> String {
	let mut bytes = kind.multicodec().to_vec();
	bytes.extend_from_slice(key);
	let mut out = String::from("z");
	out.push_str(&base58btc(&bytes));
	out
}

/// `bytes` in base58 with Bitcoin's alphabet: each leading zero byte is a `1`.
pub fn base58btc(bytes: &[u8]) -> String {
	const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let zeros = bytes.iter().take_while(|b| **b == 0).count();
	// Little-endian base-58 digits of the number the bytes spell, big-endian.
	let mut digits: Vec<u8> = Vec::with_capacity(bytes.len() * 138 / 100 + 1);
	for byte in &bytes[zeros..] {
		let mut carry = u32::from(*byte);
		for digit in digits.iter_mut() {
			carry += u32::from(*digit) << 8;
			*digit = (carry % 58) as u8;
			carry /= 58;
		}
		while carry > 0 {
			digits.push((carry % 58) as u8);
			carry /= 58;
		}
	}
	let mut out = String::with_capacity(zeros + digits.len());
	out.extend(core::iter::repeat_n('1', zeros));
	out.extend(digits.iter().rev().map(|d| ALPHABET[usize::from(*d)] as char));
	out
}

/// The resolution metadata of a DID that resolved to a document, after the document.
const FOUND_METADATA: &str =
	",\"didResolutionMetadata\":{\"contentType\":\"application/did+ld+json\"}";

/// The DID Resolution result for `did` (W3C DID Resolution): the document with its
/// metadata, a deactivated DID's minimal document (its id, and `ipledger` saying the party
/// was closed) with `deactivated: true`, or the error
/// (`invalidDid`, `notFound`) and no document, as JSON.
pub fn resolution_result<AccountId: AsRef<[u8]>>(
	did: &[u8],
	resolved: Result<&DidDocument<AccountId>, DidResolutionError>,
) -> String {
	let mut out = String::from("{\"didDocument\":");
	match resolved {
		Ok(document) => {
			out.push_str(&document.to_json());
			out.push_str(FOUND_METADATA);
			out.push_str(",\"didDocumentMetadata\":{}}");
		},
		Err(DidResolutionError::Deactivated) => {
			// The document keeps no key or service; it says the party was closed, so that a
			// JSON-LD processor in safe mode does not refuse a node that states nothing.
			push_context(&mut out);
			out.push_str(",\"id\":");
			push_str(&mut out, did);
			out.push_str(",\"ipledger\":{");
			if let Some(party) = parse_did(did) {
				let _ = write!(out, "\"party\":{party},");
			}
			// The `ipledger` object, then the document.
			out.push_str("\"closed\":true}}");
			out.push_str(FOUND_METADATA);
			out.push_str(",\"didDocumentMetadata\":{\"deactivated\":true}}");
		},
		Err(error) => {
			let code = match error {
				DidResolutionError::InvalidDid => "invalidDid",
				_ => "notFound",
			};
			let _ = write!(
				out,
				"null,\"didResolutionMetadata\":{{\"error\":\"{code}\"}},\"didDocumentMetadata\":{{}}}}"
			);
		},
	}
	out
}

/// Appends `document` as a JSON object (hash algorithm, hex digest, size, media type, locator),
/// or `null`.
fn push_document(out: &mut String, document: Option<&Document<Vec<u8>>>) {
	let Some(document) = document else {
		out.push_str("null");
		return;
	};
	let algorithm = match document.algorithm {
		HashAlgorithm::Blake2b256 => "blake2b-256",
		HashAlgorithm::Sha2_256 => "sha2-256",
		HashAlgorithm::Sha3_256 => "sha3-256",
	};
	let _ = write!(out, "{{\"algorithm\":\"{algorithm}\",\"digest\":\"0x");
	for byte in document.digest.as_bytes() {
		let _ = write!(out, "{byte:02x}");
	}
	let _ = write!(out, "\",\"size\":{},\"mediaType\":", document.size);
	push_str(out, &document.media_type);
	out.push_str(",\"locator\":");
	push_str(out, &document.locator);
	out.push('}');
}

/// Appends `text` as a JSON string. Invalid UTF-8 is replaced, control characters, quotes and
/// backslashes are escaped, so nothing a user stored can break the document's structure.
fn push_str(out: &mut String, text: &[u8]) {
	out.push('"');
	for c in String::from_utf8_lossy(text).chars() {
		match c {
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			c if (c as u32) < 0x20 => {
				let _ = write!(out, "\\u{:04x}", c as u32);
			},
			c => out.push(c),
		}
	}
	out.push('"');
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::Value;

	fn document() -> DidDocument<[u8; 32]> {
		DidDocument {
			party: 7,
			kind: PartyKind::LegalEntity,
			name: b"ACME \"Labs\"\n".to_vec(),
			country: OfficeCode(*b"DE"),
			details: Some(Document {
				algorithm: HashAlgorithm::Sha2_256,
				digest: [0xab; 32].into(),
				size: 2_048,
				media_type: b"application/json".to_vec(),
				locator: b"ipfs://cid".to_vec(),
			}),
			keys: vec![([1; 32], KeyKind::Sr25519), ([2; 32], KeyKind::Ed25519)],
			roles: vec![(AuthorityRole::Court, OfficeCode(*b"DE"))],
			attestations: vec![
				DidAttestation {
					office: OfficeCode(*b"EP"),
					attested_at: 5,
					revoked_at: None,
					evidence: None,
				},
				DidAttestation {
					office: OfficeCode(*b"US"),
					attested_at: 6,
					revoked_at: Some(9),
					evidence: None,
				},
			],
			services: vec![DidService {
				id: b"site".to_vec(),
				kind: b"LinkedDomains".to_vec(),
				endpoint: b"https://acme.example".to_vec(),
			}],
		}
	}

	#[test]
	fn renders_valid_did_core_json() {
		let json: Value = serde_json::from_str(&document().to_json()).expect("valid JSON");
		assert_eq!(json["id"], "did:ipledger:7");
		let methods = json["verificationMethod"].as_array().unwrap();
		assert_eq!(methods.len(), 2);
		assert_eq!(methods[0]["type"], "Multikey");
		assert_eq!(methods[0]["controller"], "did:ipledger:7");
		// Multikey: `z` and base58btc of the multicodec prefix and the key (bs58 is an
		// independent base58 implementation).
		let multikey = |prefix: [u8; 2], key: [u8; 32]| {
			let mut bytes = prefix.to_vec();
			bytes.extend_from_slice(&key);
			format!("z{}", bs58::encode(bytes).into_string())
		};
		let sr = multikey([0xef, 0x01], [1; 32]);
		assert_eq!(methods[0]["publicKeyMultibase"], sr.as_str());
		let ed = multikey([0xed, 0x01], [2; 32]);
		assert_eq!(methods[1]["publicKeyMultibase"], ed.as_str());
		// An ed25519 Multikey starts `z6Mk`, as every did:key of one does.
		assert!(ed.starts_with("z6Mk"), "{ed}");
		assert_eq!(methods[0]["id"], format!("did:ipledger:7#{sr}").as_str());
		assert_eq!(
			json["@context"][2], IPLEDGER_CONTEXT,
			"the IPLedger context defines the ipledger property and the service types"
		);
		assert_eq!(json["authentication"][1], methods[1]["id"]);
		assert_eq!(json["assertionMethod"][0], methods[0]["id"]);
		assert_eq!(json["service"][0]["id"], "did:ipledger:7#site");
		assert_eq!(json["service"][0]["serviceEndpoint"], "https://acme.example");
		let ip = &json["ipledger"];
		assert_eq!(ip["name"], "ACME \"Labs\"\n");
		assert_eq!(ip["kind"], "LegalEntity");
		assert_eq!(ip["country"], "DE");
		assert_eq!(ip["profile"]["digest"], format!("0x{}", "ab".repeat(32)).as_str());
		assert_eq!(ip["profile"]["algorithm"], "sha2-256");
		assert_eq!(
			(&ip["profile"]["size"], &ip["profile"]["mediaType"]),
			(&2_048.into(), &"application/json".into())
		);
		assert_eq!(ip["roles"][0]["role"], "Court");
		assert_eq!(ip["attestations"][0]["revokedAt"], Value::Null);
		assert_eq!(ip["attestations"][1]["revokedAt"], 9);
	}

	#[test]
	fn an_empty_party_still_renders_valid_json() {
		let mut doc = document();
		doc.keys.clear();
		doc.services.clear();
		doc.roles.clear();
		doc.attestations.clear();
		doc.details = None;
		doc.name = vec![0xff, b'x'];
		let json: Value = serde_json::from_str(&doc.to_json()).expect("valid JSON");
		assert_eq!(json["verificationMethod"], Value::Array(vec![]));
		assert_eq!(json["ipledger"]["profile"], Value::Null);
		assert_eq!(json["ipledger"]["name"], "\u{fffd}x");
	}

	#[test]
	fn base58btc_agrees_with_an_independent_implementation() {
		for bytes in [&[][..], &[0], &[0, 0, 1], &[0xff; 34], b"hello world", &[0, 0x61]] {
			assert_eq!(base58btc(bytes), bs58::encode(bytes).into_string(), "{bytes:?}");
		}
	}

	#[test]
	fn a_resolution_result_carries_the_document_or_its_deactivation_or_the_error() {
		let doc = document();
		let found: Value = serde_json::from_str(&resolution_result(b"did:ipledger:7", Ok(&doc)))
			.expect("valid JSON");
		assert_eq!(found["didDocument"]["id"], "did:ipledger:7");
		assert_eq!(found["didResolutionMetadata"]["contentType"], "application/did+ld+json");
		assert_eq!(found["didDocumentMetadata"], serde_json::json!({}));
		let closed: Value = serde_json::from_str(&resolution_result::<[u8; 32]>(
			b"did:ipledger:3",
			Err(DidResolutionError::Deactivated),
		))
		.expect("valid JSON");
		assert_eq!(closed["didDocument"]["id"], "did:ipledger:3");
		assert_eq!(
			closed["didDocument"]["ipledger"],
			serde_json::json!({"party": 3, "closed": true})
		);
		assert_eq!(closed["didDocument"].get("verificationMethod"), None);
		assert_eq!(closed["didDocumentMetadata"]["deactivated"], true);
		for (error, code) in [
			(DidResolutionError::InvalidDid, "invalidDid"),
			(DidResolutionError::NotFound, "notFound"),
		] {
			let failed: Value =
				serde_json::from_str(&resolution_result::<[u8; 32]>(b"did:x", Err(error)))
					.expect("valid JSON");
			assert_eq!(failed["didDocument"], Value::Null);
			assert_eq!(failed["didResolutionMetadata"]["error"], code);
		}
	}

	#[test]
	fn a_service_type_is_one_the_context_defines_or_an_absolute_uri() {
		assert!(is_service_type(b"LinkedDomains") && is_service_type(b"IpPortfolio"));
		assert!(is_service_type(b"https://schema.example/Inbox"));
		assert!(!is_service_type(b"Portfolio") && !is_service_type(b""));
	}

	#[test]
	fn parses_only_well_formed_dids() {
		assert_eq!(parse_did(b"did:ipledger:0"), Some(0));
		assert_eq!(parse_did(b"did:ipledger:42"), Some(42));
		for bad in [
			&b"did:ipledger:"[..],
			b"did:ipledger:042",
			b"did:ipledger:-1",
			b"did:ipledger:4a",
			b"did:web:42",
			b"did:ipledger:99999999999999999999999",
		] {
			assert_eq!(parse_did(bad), None, "{}", String::from_utf8_lossy(bad));
		}
	}
}
