//! Genesis presets: `development` (one validator, Alice) and `local_testnet` (Alice and Bob),
//! each with sample IP offices whose admins are well-known dev accounts. Each office is an
//! authority party of `pallet-ip-parties` with the `IpOffice` role for its jurisdiction.

use crate::{
	AccountId, AuraConfig, BalancesConfig, GrandpaConfig, IpPartiesConfig, RuntimeGenesisConfig,
	SudoConfig, UNIT,
};
use alloc::{string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use ipledger_primitives::{AuthorityRole, KeyKind, OfficeCode, PartyKind};
use pallet_ip_parties::GenesisParty;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What every dev account starts with.
const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// An office of a preset: code, name, admins.
type OfficeSpec = (OfficeCode, String, Vec<AccountId>);

fn office(code: &[u8; 2], name: &str, admins: &[Sr25519Keyring]) -> OfficeSpec {
	(OfficeCode(*code), name.into(), admins.iter().map(|k| k.to_account_id()).collect())
}

fn genesis(
	validators: &[(Sr25519Keyring, Ed25519Keyring)],
	sudo: AccountId,
	offices: Vec<OfficeSpec>,
) -> Value {
	let aura: Vec<AuraId> = validators.iter().map(|(s, _)| s.public().into()).collect();
	let grandpa: Vec<(GrandpaId, u64)> =
		validators.iter().map(|(_, e)| (e.public().into(), 1)).collect();
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
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: Sr25519Keyring::iter()
				.map(|k| (k.to_account_id(), ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		aura: AuraConfig { authorities: aura },
		grandpa: GrandpaConfig { authorities: grandpa },
		sudo: SudoConfig { key: Some(sudo) },
		ip_parties: IpPartiesConfig { parties },
	})
}

/// One validator (Alice); Alice holds sudo. Offices: EP (admin Charlie) and CN (admin Dave).
fn development() -> Value {
	genesis(
		&[(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::Alice.to_account_id(),
		vec![
			office(b"EP", "European Patent Office", &[Sr25519Keyring::Charlie]),
			office(
				b"CN",
				"China National Intellectual Property Administration",
				&[Sr25519Keyring::Dave],
			),
		],
	)
}

/// Two validators (Alice, Bob); Alice holds sudo. Offices: EP (admin Charlie) and RU (admin
/// Dave).
fn local_testnet() -> Value {
	genesis(
		&[
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		Sr25519Keyring::Alice.to_account_id(),
		vec![
			office(b"EP", "European Patent Office", &[Sr25519Keyring::Charlie]),
			office(b"RU", "Rospatent", &[Sr25519Keyring::Dave]),
		],
	)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
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
	]
}
