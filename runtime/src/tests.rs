//! The runtime's own tests: its genesis presets. (`#[frame_support::runtime]` adds the
//! integrity test of every pallet.)

use crate::{genesis_config_presets, IpParties, Runtime, RuntimeGenesisConfig, RuntimeOrigin};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::Get,
};
use ipledger_primitives::{
	did::DidResolutionError, traits::PartiesInspect, AuthorityRole, KeyKind, OfficeCode,
};
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
			pallet_ip_registry::Pallet::<Runtime>::do_try_state().expect("invariants hold");

			// The offices are authority parties that act through their admins' accounts.
			let ep = IpParties::office(OfficeCode(*b"EP")).expect("EP is a party");
			assert!(IpParties::has_role(ep, AuthorityRole::IpOffice, OfficeCode(*b"EP")));
			assert!(IpParties::acts_for_office(
				&Sr25519Keyring::Charlie.to_account_id(),
				OfficeCode(*b"EP")
			));
			assert!(IpParties::acts_for_office(
				&Sr25519Keyring::Dave.to_account_id(),
				OfficeCode(second_office)
			));
			assert!(!IpParties::acts_for_office(
				&Sr25519Keyring::Dave.to_account_id(),
				OfficeCode(*b"EP")
			));
			pallet_ip_parties::Pallet::<Runtime>::do_try_state().expect("invariants hold");
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

#[test]
fn a_party_links_an_sr25519_key_and_resolves_as_a_did() {
	genesis("development").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		// Written directly: `set_timestamp` would ask Aura for a matching slot.
		pallet_timestamp::Now::<Runtime>::put(1_767_225_600_000);
		let ferdie = Sr25519Keyring::Ferdie;
		let signed = RuntimeOrigin::signed(ferdie.to_account_id());
		frame_support::assert_ok!(IpParties::create_party(
			signed.clone(),
			ipledger_primitives::PartyKind::NaturalPerson,
			"Ferdinand Müller".as_bytes().to_vec(),
			OfficeCode(*b"DE"),
			KeyKind::Sr25519,
			None,
		));
		let party = IpParties::party_of(&ferdie.to_account_id()).expect("Ferdie has a party");

		// A second key proves control by signing the party's link payload; a signature by the
		// wrong key is refused.
		let payload = IpParties::link_payload(party).expect("the party exists");
		use sp_core::Pair;
		let new_key = sp_core::sr25519::Pair::from_string("//Ferdie//phone", None).unwrap();
		let wrong = Sr25519Keyring::Eve.sign(&payload);
		frame_support::assert_noop!(
			IpParties::add_account(
				signed.clone(),
				new_key.public().into(),
				sp_runtime::MultiSignature::Sr25519(wrong)
			),
			pallet_ip_parties::Error::<Runtime>::BadProof
		);
		let proof = sp_runtime::MultiSignature::Sr25519(new_key.sign(&payload));
		frame_support::assert_ok!(IpParties::add_account(signed, new_key.public().into(), proof));

		let json = IpParties::resolve_did(format!("did:ipledger:{party}").as_bytes()).unwrap();
		let doc: Value = serde_json::from_slice(&json).expect("a DID document is JSON");
		assert_eq!(doc["id"], format!("did:ipledger:{party}"));
		let keys = doc["verificationMethod"].as_array().unwrap();
		assert_eq!(keys.len(), 2);
		let ferdie_key = format!("fef01{}", hex::encode(ferdie.public().0));
		assert_eq!(keys[0]["publicKeyMultibase"], ferdie_key.as_str());
		let phone_key = format!("fef01{}", hex::encode(new_key.public().0));
		assert_eq!(keys[1]["publicKeyMultibase"], phone_key.as_str());
		assert_eq!(doc["ipledger"]["name"], "Ferdinand Müller");

		assert_eq!(IpParties::resolve_did(b"did:ipledger:x"), Err(DidResolutionError::InvalidDid));
		assert_eq!(IpParties::resolve_did(b"did:ipledger:999"), Err(DidResolutionError::NotFound));
		pallet_ip_parties::Pallet::<Runtime>::do_try_state().expect("invariants hold");
	});
}
