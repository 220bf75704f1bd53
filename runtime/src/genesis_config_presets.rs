//! Genesis presets:
//! - `development`: one validator (Alice), Alice holds sudo; offices EP and CN.
//! - `local_testnet`: two validators (Alice, Bob), run by the offices EP and RU, which form the
//!   council; no sudo. [`local_testnet`] makes the same with up to six offices (the node's
//!   `--chain local_testnet_N`).
//! - `consortium_dev`: five offices (EP, US, CN, JP, KR) form the council; the first four run the
//!   validators, the fifth's node is authorized and can be voted in; no sudo.
//!
//! Each office is an authority party of `pallet-ip-parties` with the `IpOffice` role for its
//! jurisdiction. Every validator's node (and the consortium's fifth office's) is a well-known
//! node of `pallet-node-authorization`, with a development node key (see [`DEV_NODE_PEER_IDS`]).
//! All keys here are public development keys: a real consortium writes its own chain spec.

use crate::{
	opaque::SessionKeys, AccountId, BalancesConfig, CouncilMembershipConfig, IpConsortiumConfig,
	IpPartiesConfig, NodeAuthorizationConfig, RuntimeGenesisConfig, SessionConfig, SudoConfig,
	UNIT,
};
use alloc::{string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use ipledger_primitives::{AuthorityRole, KeyKind, OfficeCode, PartyKind};
use pallet_ip_parties::GenesisParty;
use serde_json::Value;
use sp_core::OpaquePeerId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The name of the consortium preset.
pub const CONSORTIUM_RUNTIME_PRESET: &str = "consortium_dev";

/// What every dev account starts with.
const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// The libp2p peer ids (base58, as the node prints them) of the development node keys: entry
/// `n - 1` belongs to `--node-key` 0x00…0n, the 32-byte ed25519 secret whose last byte is `n`.
/// Public knowledge, like the dev accounts: for local test networks only.
pub const DEV_NODE_PEER_IDS: [&str; 6] = [
	"12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp",
	"12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD",
	"12D3KooWSCufgHzV4fCwRijfH2k3abrpAJxTKxEvN1FDuRXA2U9x",
	"12D3KooWSsChzF81YDUKpe9Uk5AHV5oqAaXAcWNSPYgoLauUk4st",
	"12D3KooWSuTq6MG9gPt7qZqLFKkYrfxMewTZhj9nmRHJkPwzWDG2",
	"12D3KooWMz5U7fR8mF5DNhZSSyFN8c19kU63xYopzDSNCzoFigYk",
];

/// The peer id of development node key `n` (1 to 6), as `pallet-node-authorization` stores
/// it: the raw bytes behind the base58 text.
pub fn dev_node_peer_id(n: usize) -> OpaquePeerId {
	OpaquePeerId(base58_decode(DEV_NODE_PEER_IDS[n - 1]))
}

/// Decodes Bitcoin-alphabet base58; the presets' constants are valid.
fn base58_decode(text: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	// Little-endian base-256 digits.
	let mut bytes: Vec<u8> = Vec::new();
	for c in text.bytes() {
		let mut carry = ALPHABET
			.iter()
			.position(|a| *a == c)
			.expect("the presets' peer ids are base58; qed") as u32;
		for byte in bytes.iter_mut() {
			carry += u32::from(*byte) * 58;
			*byte = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.push((carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let zeros = text.bytes().take_while(|c| *c == b'1').count();
	bytes.extend(core::iter::repeat_n(0, zeros));
	bytes.reverse();
	bytes
}

/// An office of a preset: code, name, admins.
type OfficeSpec = (OfficeCode, String, Vec<AccountId>);

fn office(code: &[u8; 2], name: &str, admins: &[Sr25519Keyring]) -> OfficeSpec {
	(OfficeCode(*code), name.into(), admins.iter().map(|k| k.to_account_id()).collect())
}

/// A validator's session keys: its sr25519 dev key signs blocks, its ed25519 one votes.
fn session_keys(validator: Sr25519Keyring) -> SessionKeys {
	let grandpa = Ed25519Keyring::iter()
		.zip(Sr25519Keyring::iter())
		.find_map(|(ed, sr)| (sr == validator).then_some(ed))
		.expect("both keyrings name the same accounts; qed");
	SessionKeys { aura: validator.public().into(), grandpa: grandpa.public().into() }
}

/// What a preset is made of.
struct Preset {
	validators: Vec<Sr25519Keyring>,
	sudo: Option<Sr25519Keyring>,
	offices: Vec<OfficeSpec>,
	council: Vec<Sr25519Keyring>,
	/// Well-known nodes: a development node key number and the node's owner.
	nodes: Vec<(usize, Sr25519Keyring)>,
	/// The fewest validators the chain keeps (0: the runtime's `MinValidators`).
	min_validators: u32,
	/// Blocks in a session (0: the runtime's `SESSION_PERIOD`, 10).
	session_length: u32,
}

fn genesis(preset: Preset) -> Value {
	let Preset { validators, sudo, offices, council, nodes, min_validators, session_length } =
		preset;
	// Each office is a party (an authority holding the IpOffice role) that acts through its
	// admins' accounts.
	let parties: Vec<GenesisParty<AccountId>> = offices
		.iter()
		.map(|(code, name, admins)| GenesisParty {
			kind: PartyKind::Authority,
			name: name.clone(),
			country: *code,
			accounts: admins.iter().map(|admin| (admin.clone(), KeyKind::Sr25519)).collect(),
			roles: vec![(AuthorityRole::IpOffice, *code)],
		})
		.collect();
	let keys: Vec<(AccountId, AccountId, SessionKeys)> = validators
		.iter()
		.map(|v| (v.to_account_id(), v.to_account_id(), session_keys(*v)))
		.collect();
	let council: Vec<AccountId> = council.iter().map(|k| k.to_account_id()).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: Sr25519Keyring::iter()
				.map(|k| (k.to_account_id(), ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo.map(|k| k.to_account_id()) },
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("a preset's council is small; qed"),
		},
		ip_consortium: IpConsortiumConfig {
			validators: validators.iter().map(|v| v.to_account_id()).collect::<Vec<_>>(),
			min_validators,
			session_length,
		},
		session: SessionConfig { keys },
		node_authorization: NodeAuthorizationConfig {
			nodes: nodes
				.iter()
				.map(|(n, owner)| (dev_node_peer_id(*n), owner.to_account_id()))
				.collect::<Vec<_>>(),
		},
		ip_parties: IpPartiesConfig { parties },
	})
}

/// One validator (Alice, node key 1); Alice holds sudo. Offices: EP (admin Charlie) and CN
/// (admin Dave), which form the council.
fn development() -> Value {
	use Sr25519Keyring::*;
	genesis(Preset {
		validators: vec![Alice],
		sudo: Some(Alice),
		offices: vec![
			office(b"EP", "European Patent Office", &[Charlie]),
			office(b"CN", "China National Intellectual Property Administration", &[Dave]),
		],
		council: vec![Charlie, Dave],
		nodes: vec![(1, Alice)],
		min_validators: 0,
		// One validator, whose set seldom changes: a session ends every 100 blocks (10
		// minutes of 6-second slots), so 1% of blocks, not 10%, are the full-weight blocks
		// that end a session.
		session_length: 100,
	})
}

/// The offices of local test networks, in the order their validators join: code, name and
/// the dev account that administers the office and runs its validator.
const LOCAL_OFFICES: [(&[u8; 2], &str, Sr25519Keyring); 6] = [
	(b"EP", "European Patent Office", Sr25519Keyring::Alice),
	(b"RU", "Rospatent", Sr25519Keyring::Bob),
	(b"CN", "China National Intellectual Property Administration", Sr25519Keyring::Charlie),
	(b"JP", "Japan Patent Office", Sr25519Keyring::Dave),
	(b"US", "United States Patent and Trademark Office", Sr25519Keyring::Eve),
	(b"KR", "Korean Intellectual Property Office", Sr25519Keyring::Ferdie),
];

/// Most validators of a local test network: one per development account with an office.
pub const MAX_LOCAL_VALIDATORS: usize = LOCAL_OFFICES.len();

/// A local test network of `validators` (1 to [`MAX_LOCAL_VALIDATORS`]) offices, EP (Alice),
/// RU (Bob), CN (Charlie), JP (Dave), US (Eve), KR (Ferdie) in this order: each runs a
/// validator with node key `i` and sits on the council. The next development node key is
/// authorized too, for an observer. No sudo. `None` for an unsupported size.
pub fn local_testnet(validators: usize) -> Option<Value> {
	if !(1..=MAX_LOCAL_VALIDATORS).contains(&validators) {
		return None;
	}
	let offices = &LOCAL_OFFICES[..validators];
	let accounts: Vec<Sr25519Keyring> = offices.iter().map(|(_, _, admin)| *admin).collect();
	let observer = (validators + 1).min(DEV_NODE_PEER_IDS.len());
	Some(genesis(Preset {
		validators: accounts.clone(),
		sudo: None,
		offices: offices
			.iter()
			.map(|(code, name, admin)| office(code, name, &[*admin]))
			.collect(),
		council: accounts,
		nodes: (1..=observer)
			.map(|n| (n, Sr25519Keyring::iter().nth(n - 1).expect("six dev accounts; qed")))
			.collect(),
		min_validators: 0,
		// Short sessions: the network tests watch validators join and leave.
		session_length: 0,
	}))
}

/// Five offices, EP (Alice), US (Bob), CN (Charlie), JP (Dave) and KR (Eve), form the
/// council; the first four run validators (node keys 1 to 4). KR's node (key 5) is authorized
/// and joins the validators when a motion adds it. No sudo.
fn consortium() -> Value {
	use Sr25519Keyring::*;
	genesis(Preset {
		validators: vec![Alice, Bob, Charlie, Dave],
		sudo: None,
		offices: vec![
			office(b"EP", "European Patent Office", &[Alice]),
			office(b"US", "United States Patent and Trademark Office", &[Bob]),
			office(b"CN", "China National Intellectual Property Administration", &[Charlie]),
			office(b"JP", "Japan Patent Office", &[Dave]),
			office(b"KR", "Korean Intellectual Property Office", &[Eve]),
		],
		council: vec![Alice, Bob, Charlie, Dave, Eve],
		nodes: vec![(1, Alice), (2, Bob), (3, Charlie), (4, Dave), (5, Eve)],
		// 3f + 1 with f = 1: GRANDPA finalizes with one validator down, never with fewer.
		min_validators: 4,
		// Short sessions, for the tests that add a validator; a real consortium sets its own
		// (600: an hour).
		session_length: 0,
	})
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(2)?,
		CONSORTIUM_RUNTIME_PRESET => consortium(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work; qed")
			.into_bytes(),
	)
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(CONSORTIUM_RUNTIME_PRESET),
	]
}
