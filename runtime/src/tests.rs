//! The runtime's own tests: its genesis presets. (`#[frame_support::runtime]` adds the
//! integrity test of every pallet.)

use crate::{genesis_config_presets, IpRegistry, Runtime, RuntimeGenesisConfig};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::Get,
};
use ipledger_primitives::OfficeCode;
use serde_json::Value;
use sp_keyring::Sr25519Keyring;

/// Writes `patch` over `base`, object by object, as the node does with a preset.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The storage the preset `name` builds.
fn genesis(name: &str) -> sp_io::TestExternalities {
	let default = get_preset::<RuntimeGenesisConfig>(&None, |_| None).expect("a default exists");
	let mut config: Value = serde_json::from_slice(&default).expect("the default is JSON");
	let patch = genesis_config_presets::get_preset(&name.into()).expect("the preset exists");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(config.to_string().into_bytes())
			.expect("the preset builds")
	});
	ext
}

#[test]
fn every_preset_builds_a_chain_with_offices_and_validators() {
	for (name, validators, second_office) in
		[("development", 1, *b"CN"), ("local_testnet", 2, *b"RU")]
	{
		genesis(name).execute_with(|| {
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), validators, "{name}");
			assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), validators);
			assert_eq!(
				pallet_sudo::Key::<Runtime>::get(),
				Some(Sr25519Keyring::Alice.to_account_id())
			);
			assert!(
				pallet_balances::Pallet::<Runtime>::free_balance(
					Sr25519Keyring::Ferdie.to_account_id()
				) > 0
			);
			assert!(IpRegistry::is_office_admin(
				&OfficeCode(*b"EP"),
				&Sr25519Keyring::Charlie.to_account_id()
			));
			assert!(IpRegistry::is_office_admin(
				&OfficeCode(second_office),
				&Sr25519Keyring::Dave.to_account_id()
			));
			assert!(!IpRegistry::is_office_admin(
				&OfficeCode(*b"EP"),
				&Sr25519Keyring::Dave.to_account_id()
			));
			pallet_ip_registry::Pallet::<Runtime>::do_try_state().expect("invariants hold");
		});
	}
}

#[test]
fn presets_are_listed_and_unknown_ones_are_refused() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names, vec!["development".to_string(), "local_testnet".to_string()]);
	assert!(genesis_config_presets::get_preset(&"mainnet".into()).is_none());
}

#[test]
fn the_slot_is_the_block_time() {
	let slot: u64 = <Runtime as pallet_aura::Config>::SlotDuration::get();
	assert_eq!(slot, crate::SLOT_DURATION);
}
