//! The runtime's own tests: its genesis presets. (`#[frame_support::runtime]` adds the
//! integrity test of every pallet.)

use crate::{
	genesis_config_presets, AccountId, IpConsortium, IpParties, Runtime, RuntimeGenesisConfig,
	RuntimeOrigin, Session,
};
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

/// The accounts of `keys`.
fn accounts(keys: &[Sr25519Keyring]) -> Vec<AccountId> {
	keys.iter().map(|k| k.to_account_id()).collect()
}

/// What a preset should build: its name, validators, sudo key, offices with their admins,
/// council and well-known development node keys.
type ExpectedPreset = (
	&'static str,
	&'static [Sr25519Keyring],
	Option<Sr25519Keyring>,
	&'static [(&'static [u8; 2], Sr25519Keyring)],
	&'static [Sr25519Keyring],
	&'static [usize],
);

#[test]
fn every_preset_builds_a_chain_with_offices_validators_and_a_council() {
	use Sr25519Keyring::*;
	let presets: [ExpectedPreset; 3] = [
		(
			"development",
			&[Alice],
			Some(Alice),
			&[(b"EP", Charlie), (b"CN", Dave)],
			&[Charlie, Dave],
			&[1],
		),
		(
			"local_testnet",
			&[Alice, Bob],
			None,
			&[(b"EP", Alice), (b"RU", Bob)],
			&[Alice, Bob],
			&[1, 2, 3],
		),
		(
			"consortium_dev",
			&[Alice, Bob, Charlie, Dave],
			None,
			&[(b"EP", Alice), (b"US", Bob), (b"CN", Charlie), (b"JP", Dave), (b"KR", Eve)],
			&[Alice, Bob, Charlie, Dave, Eve],
			&[1, 2, 3, 4, 5],
		),
	];
	for (name, validators, sudo, offices, council, nodes) in presets {
		genesis(name).execute_with(|| {
			// The session pallet hands the consortium's validators to Aura and GRANDPA.
			assert_eq!(IpConsortium::validators(), accounts(validators), "{name}");
			assert_eq!(Session::validators(), accounts(validators), "{name}");
			let aura: Vec<_> = validators.iter().map(|v| v.public().into()).collect::<Vec<_>>();
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().into_inner(), aura, "{name}");
			assert_eq!(
				pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(),
				validators.len()
			);
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), sudo.map(|k| k.to_account_id()));

			// The council is the offices' admins, and it is the collective's membership.
			let mut members = accounts(council);
			members.sort();
			assert_eq!(
				pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get()
					.into_inner(),
				members
			);
			assert_eq!(
				pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get(),
				members
			);

			// The validators' nodes are well known, each owned by its office.
			let well_known = pallet_node_authorization::WellKnownNodes::<Runtime>::get();
			let expected: std::collections::BTreeSet<_> =
				nodes.iter().map(|n| genesis_config_presets::dev_node_peer_id(*n)).collect();
			assert_eq!(well_known, expected, "{name}");

			assert!(pallet_balances::Pallet::<Runtime>::free_balance(Ferdie.to_account_id()) > 0);
			pallet_ip_registry::Pallet::<Runtime>::do_try_state().expect("invariants hold");

			// The offices are authority parties that act through their admins' accounts.
			for (code, admin) in offices {
				let office = IpParties::office(OfficeCode(**code)).expect("the office is a party");
				assert!(IpParties::has_role(office, AuthorityRole::IpOffice, OfficeCode(**code)));
				assert!(IpParties::acts_for_office(&admin.to_account_id(), OfficeCode(**code)));
			}
			assert!(!IpParties::acts_for_office(&Ferdie.to_account_id(), OfficeCode(*b"EP")));
			pallet_ip_parties::Pallet::<Runtime>::do_try_state().expect("invariants hold");
		});
	}
}

#[test]
fn dev_node_peer_ids_decode_to_ed25519_identity_multihashes() {
	// Node key 0x00..01's peer id, as libp2p encodes it: an identity multihash (0x00, 36
	// bytes) of the protobuf public key (ed25519 = 1, 32 bytes).
	let expected = "0024080112204cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29";
	assert_eq!(hex::encode(genesis_config_presets::dev_node_peer_id(1).0), expected);
	for n in 1..=genesis_config_presets::DEV_NODE_PEER_IDS.len() {
		let bytes = genesis_config_presets::dev_node_peer_id(n).0;
		assert_eq!(bytes.len(), 38, "peer id {n}");
		assert_eq!(bytes[..6], [0x00, 0x24, 0x08, 0x01, 0x12, 0x20], "peer id {n}");
	}
}

#[test]
fn presets_are_listed_and_unknown_ones_are_refused() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(
		names,
		vec!["development".to_string(), "local_testnet".to_string(), "consortium_dev".to_string()]
	);
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
		let multikey = |public: &[u8]| {
			let mut bytes = vec![0xef, 0x01];
			bytes.extend_from_slice(public);
			format!("z{}", bs58::encode(bytes).into_string())
		};
		assert_eq!(keys[0]["publicKeyMultibase"], multikey(&ferdie.public().0).as_str());
		assert_eq!(keys[1]["publicKeyMultibase"], multikey(&new_key.public().0).as_str());
		assert_eq!(doc["ipledger"]["name"], "Ferdinand Müller");

		assert_eq!(IpParties::resolve_did(b"did:ipledger:x"), Err(DidResolutionError::InvalidDid));
		assert_eq!(IpParties::resolve_did(b"did:ipledger:999"), Err(DidResolutionError::NotFound));
		let unknown: Value = serde_json::from_slice(&IpParties::resolve(b"did:ipledger:999"))
			.expect("a resolution result is JSON");
		assert_eq!(unknown["didResolutionMetadata"]["error"], "notFound");

		// Closed, the party's DID is deactivated, not unknown: its id is never given again.
		frame_support::assert_ok!(IpParties::close_party(RuntimeOrigin::signed(
			ferdie.to_account_id()
		)));
		let did = format!("did:ipledger:{party}");
		assert_eq!(IpParties::resolve_did(did.as_bytes()), Err(DidResolutionError::Deactivated));
		let closed: Value = serde_json::from_slice(&IpParties::resolve(did.as_bytes()))
			.expect("a resolution result is JSON");
		assert_eq!(closed["didDocumentMetadata"]["deactivated"], true);
		assert_eq!(closed["didDocument"]["id"], did.as_str());
		pallet_ip_parties::Pallet::<Runtime>::do_try_state().expect("invariants hold");
	});
}

#[test]
fn local_testnets_have_one_to_six_validators() {
	for n in 1..=genesis_config_presets::MAX_LOCAL_VALIDATORS {
		let patch = genesis_config_presets::local_testnet(n).expect("a supported size");
		let keys = patch["session"]["keys"].as_array().expect("session keys");
		assert_eq!(keys.len(), n);
		assert_eq!(patch["councilMembership"]["members"].as_array().map(Vec::len), Some(n));
		// One more node is authorized than there are validators (an observer), up to six.
		let nodes = patch["nodeAuthorization"]["nodes"].as_array().expect("nodes");
		assert_eq!(nodes.len(), (n + 1).min(6));
	}
	assert!(genesis_config_presets::local_testnet(0).is_none());
	assert!(genesis_config_presets::local_testnet(7).is_none());
}

/// `voters` of the consortium's council pass a motion for `call` proposed with `threshold`;
/// returns the result the motion's execution reported.
fn council_motion(
	call: crate::RuntimeCall,
	threshold: u32,
	voters: &[Sr25519Keyring],
) -> sp_runtime::DispatchResult {
	use frame_support::{assert_ok, dispatch::GetDispatchInfo};
	use sp_runtime::traits::Hash;
	let length = codec::Encode::encoded_size(&call) as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	let proposer = RuntimeOrigin::signed(voters[0].to_account_id());
	assert_ok!(crate::Council::propose(proposer.clone(), threshold, Box::new(call), length));
	for voter in voters {
		assert_ok!(crate::Council::vote(
			RuntimeOrigin::signed(voter.to_account_id()),
			hash,
			index,
			true
		));
	}
	assert_ok!(crate::Council::close(proposer, hash, index, weight, length));
	frame_system::Pallet::<Runtime>::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			crate::RuntimeEvent::Council(pallet_collective::Event::Executed {
				proposal_hash,
				result,
			}) if proposal_hash == hash => Some(result),
			_ => None,
		})
		.expect("a motion that reached its threshold was executed")
}

#[test]
fn two_thirds_of_the_council_govern_the_consortium() {
	use Sr25519Keyring::*;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let grant = |code: &[u8; 2]| -> crate::RuntimeCall {
			pallet_ip_parties::Call::<Runtime>::grant_role {
				party: IpParties::office(OfficeCode(*b"KR")).expect("KR is a party"),
				role: AuthorityRole::Court,
				jurisdiction: OfficeCode(*code),
			}
			.into()
		};
		let kr = IpParties::office(OfficeCode(*b"KR")).expect("KR is a party");

		// Three of five: below two thirds, the motion's call is refused.
		let result = council_motion(grant(b"KR"), 3, &[Alice, Bob, Charlie]);
		assert_eq!(result, Err(sp_runtime::DispatchError::BadOrigin));
		assert!(!IpParties::has_role(kr, AuthorityRole::Court, OfficeCode(*b"KR")));

		// Four of five grant an authority role...
		assert_eq!(council_motion(grant(b"KR"), 4, &[Alice, Bob, Charlie, Dave]), Ok(()));
		assert!(IpParties::has_role(kr, AuthorityRole::Court, OfficeCode(*b"KR")));

		// ...and enact what only root may do, through the consortium pallet.
		let heap: crate::RuntimeCall =
			frame_system::Call::<Runtime>::set_heap_pages { pages: 100 }.into();
		let enact: crate::RuntimeCall =
			pallet_ip_consortium::Call::<Runtime>::enact { call: Box::new(heap) }.into();
		assert_eq!(council_motion(enact, 4, &[Bob, Charlie, Dave, Eve]), Ok(()));
		assert!(frame_system::Pallet::<Runtime>::events().iter().any(|record| matches!(
			record.event,
			crate::RuntimeEvent::IpConsortium(pallet_ip_consortium::Event::Enacted {
				result: Ok(())
			})
		)));
		assert_eq!(
			sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES).map(|v| v.to_vec()),
			Some(codec::Encode::encode(&100u64))
		);

		// A member alone cannot act for the council, nor can anyone else.
		frame_support::assert_noop!(
			IpConsortium::add_validator(
				RuntimeOrigin::signed(Alice.to_account_id()),
				Eve.to_account_id()
			),
			sp_runtime::DispatchError::BadOrigin
		);
		pallet_ip_parties::Pallet::<Runtime>::do_try_state().expect("invariants hold");
	});
}

#[test]
fn no_signed_account_claims_a_node_or_connects_to_one() {
	use frame_support::traits::OriginTrait;
	use sp_runtime::traits::Dispatchable;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		// Eve sees a motion to add a new office's node (development node key 6) and tries to
		// claim its peer id first, and to attach another node to it.
		let kr_node = genesis_config_presets::dev_node_peer_id(6);
		let stranger = genesis_config_presets::dev_node_peer_id(1);
		let eve = RuntimeOrigin::signed(Sr25519Keyring::Eve.to_account_id());
		use pallet_node_authorization::Call as Nodes;
		let calls: Vec<crate::RuntimeCall> = vec![
			Nodes::claim_node { node: kr_node.clone() }.into(),
			Nodes::remove_claim { node: kr_node.clone() }.into(),
			Nodes::transfer_node {
				node: kr_node.clone(),
				owner: Sr25519Keyring::Eve.to_account_id().into(),
			}
			.into(),
			Nodes::add_connections { node: kr_node.clone(), connections: vec![stranger.clone()] }
				.into(),
			Nodes::remove_connections { node: kr_node.clone(), connections: vec![stranger] }.into(),
		];
		for call in calls {
			let batch: crate::RuntimeCall =
				pallet_utility::Call::<Runtime>::batch_all { calls: vec![call.clone()] }.into();
			for attempt in [call, batch] {
				let described = format!("{attempt:?}");
				let result = attempt.dispatch(eve.clone()).map_err(|e| e.error);
				assert_eq!(
					result,
					Err(frame_system::Error::<Runtime>::CallFiltered.into()),
					"{described}"
				);
			}
		}
		assert!(pallet_node_authorization::Owners::<Runtime>::get(&kr_node).is_none());
		assert!(eve.filter_call(&crate::RuntimeCall::System(frame_system::Call::remark {
			remark: vec![]
		})));
	});
}

#[test]
fn the_council_adds_a_well_known_node_that_no_one_claimed_before() {
	use Sr25519Keyring::*;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let node = genesis_config_presets::dev_node_peer_id(6);
		let add: crate::RuntimeCall =
			pallet_node_authorization::Call::<Runtime>::add_well_known_node {
				node: node.clone(),
				owner: Eve.to_account_id().into(),
			}
			.into();
		assert_eq!(council_motion(add, 4, &[Alice, Bob, Charlie, Dave]), Ok(()));
		assert_eq!(
			pallet_node_authorization::Owners::<Runtime>::get(&node),
			Some(Eve.to_account_id())
		);
		assert!(pallet_node_authorization::AdditionalConnections::<Runtime>::get(&node).is_empty());
	});
}

#[test]
fn abstentions_count_as_nays_whatever_the_prime_voted() {
	use frame_support::assert_ok;
	use sp_runtime::traits::Hash;
	use Sr25519Keyring::*;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		pallet_collective::Prime::<Runtime, pallet_collective::Instance1>::put(
			Alice.to_account_id(),
		);
		let heap: crate::RuntimeCall =
			frame_system::Call::<Runtime>::set_heap_pages { pages: 100 }.into();
		let call: crate::RuntimeCall =
			pallet_ip_consortium::Call::<Runtime>::enact { call: Box::new(heap) }.into();
		let length = codec::Encode::encoded_size(&call) as u32;
		let weight = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call).call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		let alice = RuntimeOrigin::signed(Alice.to_account_id());
		assert_ok!(crate::Council::propose(alice.clone(), 4, Box::new(call), length));
		// Three of five vote aye, the prime among them; two never vote.
		for voter in [Alice, Bob, Charlie] {
			let origin = RuntimeOrigin::signed(voter.to_account_id());
			assert_ok!(crate::Council::vote(origin, hash, 0, true));
		}
		let after_voting = 1 + <Runtime as pallet_collective::Config<
			pallet_collective::Instance1,
		>>::MotionDuration::get();
		frame_system::Pallet::<Runtime>::set_block_number(after_voting + 1);
		assert_ok!(crate::Council::close(alice, hash, 0, weight, length));
		let disapproved = frame_system::Pallet::<Runtime>::events().into_iter().any(|record| {
			matches!(
				record.event,
				crate::RuntimeEvent::Council(pallet_collective::Event::Disapproved { proposal_hash })
					if proposal_hash == hash
			)
		});
		assert!(disapproved, "the prime's aye does not carry the members who did not vote");
		assert!(sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES).is_none());
	});
}

#[test]
fn the_development_chain_ends_a_session_every_100_blocks_and_the_networks_every_10() {
	use crate::configs::governance::SessionPeriod;
	use frame_support::traits::{ConstU32, Get};
	use pallet_session::ShouldEndSession;
	type Sessions = pallet_session::PeriodicSessions<SessionPeriod, ConstU32<0>>;
	genesis("development").execute_with(|| {
		assert_eq!(<SessionPeriod as Get<ipledger_primitives::BlockNumber>>::get(), 100);
		assert!(!Sessions::should_end_session(10));
		assert!(Sessions::should_end_session(100) && Sessions::should_end_session(200));
	});
	for preset in ["consortium_dev", "local_testnet"] {
		genesis(preset).execute_with(|| {
			assert_eq!(<SessionPeriod as Get<ipledger_primitives::BlockNumber>>::get(), 10);
			assert!(Sessions::should_end_session(10) && Sessions::should_end_session(20));
		});
	}
}

/// Ferdie's party commits to `digest`, and a block later anchors it as a work.
fn anchor_work(ferdie: RuntimeOrigin, digest: sp_core::H256) {
	let party = IpParties::party_of(&Sr25519Keyring::Ferdie.to_account_id()).unwrap();
	let salt = [3u8; 32];
	let commitment = pallet_ip_registry::anchor_commitment(party, &digest, &salt);
	frame_support::assert_ok!(crate::IpRegistry::commit_anchor(ferdie.clone(), commitment));
	let block = frame_system::Pallet::<Runtime>::block_number();
	frame_system::Pallet::<Runtime>::set_block_number(block + 1);
	frame_support::assert_ok!(crate::IpRegistry::anchor(
		ferdie,
		ipledger_primitives::RightKind::Copyright,
		digest,
		b"A work".to_vec(),
		None,
		salt
	));
}

#[test]
fn a_chain_starts_at_the_current_storage_versions_and_the_migrations_do_nothing_then() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};
	type Registry = pallet_ip_registry::Pallet<Runtime>;
	genesis("development").execute_with(|| {
		assert_eq!(Registry::on_chain_storage_version(), Registry::in_code_storage_version());
		<crate::Migrations as OnRuntimeUpgrade>::on_runtime_upgrade();
		assert_eq!(Registry::on_chain_storage_version(), 4);
	});
	// A chain whose registry is at version 2: the upgrade makes its anchor a right.
	genesis("development").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		pallet_timestamp::Now::<Runtime>::put(1_767_225_600_000);
		let ferdie = RuntimeOrigin::signed(Sr25519Keyring::Ferdie.to_account_id());
		frame_support::assert_ok!(IpParties::create_party(
			ferdie.clone(),
			ipledger_primitives::PartyKind::NaturalPerson,
			b"Ferdie".to_vec(),
			OfficeCode(*b"DE"),
			KeyKind::Sr25519,
			None,
		));
		let digest = sp_core::H256::repeat_byte(7);
		anchor_work(ferdie, digest);
		let party = IpParties::party_of(&Sr25519Keyring::Ferdie.to_account_id()).unwrap();
		let work = pallet_ip_registry::Anchors::<Runtime>::get(digest).unwrap().right;
		pallet_ip_registry::migrations::v3::store_as_version_2::<Runtime>();
		assert!(pallet_ip_registry::Rights::<Runtime>::get(work).is_none());

		<crate::Migrations as OnRuntimeUpgrade>::on_runtime_upgrade();
		assert_eq!(Registry::on_chain_storage_version(), 4);
		let anchor = pallet_ip_registry::Anchors::<Runtime>::get(digest).unwrap();
		assert_eq!(anchor.right, work, "it takes the id the chain would give next");
		use ipledger_primitives::traits::RightsInspect;
		let owners = <crate::IpRegistry as RightsInspect>::owners(work);
		assert_eq!(owners, vec![(party, sp_runtime::Perbill::one())]);
		// Version 4 keeps its changes of stage: it is in force from its anchoring on.
		let state = <crate::IpRegistry as RightsInspect>::legal_state_on(work, anchor.anchored_at);
		assert_eq!(state, Some(ipledger_primitives::LegalState::InForce));
		Registry::do_try_state().expect("invariants hold after the migration");
	});
}

#[test]
fn the_council_makes_a_new_court_an_authority_and_gives_it_its_role() {
	use Sr25519Keyring::*;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		pallet_timestamp::Now::<Runtime>::put(1_767_225_600_000);
		// A court joins after genesis: it creates its party with its own account.
		let court_account = Ferdie.to_account_id();
		frame_support::assert_ok!(IpParties::create_party(
			RuntimeOrigin::signed(court_account.clone()),
			ipledger_primitives::PartyKind::LegalEntity,
			b"Unified Patent Court".to_vec(),
			OfficeCode(*b"EP"),
			KeyKind::Sr25519,
			None,
		));
		let court = IpParties::party_of(&court_account).expect("the court has a party");
		let make: crate::RuntimeCall =
			pallet_ip_parties::Call::<Runtime>::make_authority { party: court }.into();
		let grant: crate::RuntimeCall = pallet_ip_parties::Call::<Runtime>::grant_role {
			party: court,
			role: AuthorityRole::Court,
			jurisdiction: OfficeCode(*b"EP"),
		}
		.into();
		// Three of five are not enough; four are.
		assert_eq!(
			council_motion(make.clone(), 3, &[Alice, Bob, Charlie]),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		assert_eq!(council_motion(make, 4, &[Alice, Bob, Charlie, Dave]), Ok(()));
		assert_eq!(council_motion(grant, 4, &[Alice, Bob, Charlie, Eve]), Ok(()));
		assert!(IpParties::acts_for_authority(
			&court_account,
			AuthorityRole::Court,
			OfficeCode(*b"EP")
		));
		pallet_ip_parties::Pallet::<Runtime>::do_try_state().expect("invariants hold");
	});
}

#[test]
fn the_council_sets_a_regional_offices_member_states_by_motion() {
	use ipledger_primitives::territory::{CountryCode, Jurisdictions};
	use sp_runtime::traits::Dispatchable;
	use Sr25519Keyring::*;
	type Registry = pallet_ip_registry::Pallet<Runtime>;
	let (ep, ukraine) = (OfficeCode(*b"EP"), CountryCode(*b"UA"));
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		assert_eq!(Registry::countries_of(ep).len(), 39, "the EPC's states by default");
		let mut members = Registry::countries_of(ep);
		members.push(ukraine);
		let set: crate::RuntimeCall = pallet_ip_registry::Call::<Runtime>::set_member_states {
			office: ep,
			members: Some(members.try_into().expect("within MaxMemberStates")),
		}
		.into();
		// A signed account is no governance; three of five council members are not enough.
		assert!(set.clone().dispatch(RuntimeOrigin::signed(Alice.to_account_id())).is_err());
		assert_eq!(
			council_motion(set.clone(), 3, &[Alice, Bob, Charlie]),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		assert!(!Registry::covers(ep, ukraine));
		assert_eq!(council_motion(set, 4, &[Alice, Bob, Charlie, Dave]), Ok(()));
		assert!(Registry::covers(ep, ukraine));
		assert_eq!(Registry::countries_of(ep).len(), 40);
		Registry::do_try_state().expect("invariants hold");
	});
}

#[test]
fn a_council_proposal_holds_a_deposit_until_its_cost_is_released() {
	use frame_support::{assert_ok, traits::fungible::InspectHold};
	use sp_runtime::traits::Hash;
	use Sr25519Keyring::*;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let reason: crate::RuntimeHoldReason =
			pallet_collective::HoldReason::<pallet_collective::Instance1>::ProposalSubmission
				.into();
		let held = |who: Sr25519Keyring| {
			pallet_balances::Pallet::<Runtime>::balance_on_hold(&reason, &who.to_account_id())
		};
		let call: crate::RuntimeCall =
			frame_system::Call::<Runtime>::remark { remark: b"motion".to_vec() }.into();
		let length = codec::Encode::encoded_size(&call) as u32;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(crate::Council::propose(
			RuntimeOrigin::signed(Alice.to_account_id()),
			4,
			Box::new(call),
			length
		));
		assert_eq!(held(Alice), crate::UNIT, "the proposer's deposit is held");
		// Closed (disapproved by the council), the proposer releases its cost.
		assert_ok!(crate::Council::disapprove_proposal(RuntimeOrigin::root(), hash));
		assert_ok!(crate::Council::release_proposal_cost(
			RuntimeOrigin::signed(Bob.to_account_id()),
			hash
		));
		assert_eq!(held(Alice), 0);
		assert!(frame_system::Pallet::<Runtime>::events().iter().any(|record| matches!(
			&record.event,
			crate::RuntimeEvent::Council(pallet_collective::Event::ProposalCostReleased {
				proposal_hash, ..
			}) if *proposal_hash == hash
		)));
	});
}

#[test]
fn the_consortium_keeps_four_validators_and_a_development_chain_one() {
	use Sr25519Keyring::*;
	genesis("consortium_dev").execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		assert_eq!(IpConsortium::min_validators(), 4);
		// Even two thirds of the council cannot take the consortium below 3f + 1 = 4.
		let remove: crate::RuntimeCall =
			pallet_ip_consortium::Call::<Runtime>::remove_validator { who: Dave.to_account_id() }
				.into();
		assert_eq!(
			council_motion(remove, 4, &[Alice, Bob, Charlie, Dave]),
			Err(pallet_ip_consortium::Error::<Runtime>::TooFewValidators.into())
		);
		assert_eq!(IpConsortium::validators().len(), 4);
	});
	genesis("development").execute_with(|| assert_eq!(IpConsortium::min_validators(), 1));
}

/// The upgrade as the try-runtime CLI runs it: every migration with its pre- and post-upgrade
/// checks, then every pallet's `try_state`.
#[cfg(feature = "try-runtime")]
mod try_runtime {
	use super::*;
	use crate::Executive;
	use frame_support::traits::{GetStorageVersion, UpgradeCheckSelect};
	type Registry = pallet_ip_registry::Pallet<Runtime>;

	/// A dev chain with a right filed, an anchor and a co-applicants' filing waiting.
	fn busy_chain() -> sp_io::TestExternalities {
		let mut ext = genesis("development");
		ext.execute_with(|| {
			frame_system::Pallet::<Runtime>::set_block_number(1);
			pallet_timestamp::Now::<Runtime>::put(1_767_225_600_000);
			let ferdie = RuntimeOrigin::signed(Sr25519Keyring::Ferdie.to_account_id());
			frame_support::assert_ok!(IpParties::create_party(
				ferdie.clone(),
				ipledger_primitives::PartyKind::NaturalPerson,
				b"Ferdie".to_vec(),
				OfficeCode(*b"DE"),
				KeyKind::Sr25519,
				None,
			));
			anchor_work(ferdie, sp_core::H256::repeat_byte(7));
		});
		ext
	}

	#[test]
	fn the_upgrade_passes_every_check_on_a_chain_at_the_current_versions() {
		busy_chain().execute_with(|| {
			let weight = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
				.expect("the migrations' checks and every pallet's try_state pass");
			assert!(weight.ref_time() > 0, "at least the version checks are read");
			assert_eq!(Registry::on_chain_storage_version(), 4);
		});
	}

	#[test]
	fn the_upgrade_migrates_a_registry_at_version_3_and_passes_every_check() {
		busy_chain().execute_with(|| {
			// The chain as version 3 stored it: no right's changes of stage are kept apart.
			let _ = pallet_ip_registry::StageChanges::<Runtime>::clear(u32::MAX, None);
			frame_support::traits::StorageVersion::new(3).put::<Registry>();
			Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
				.expect("the migration's checks and every pallet's try_state pass");
			assert_eq!(Registry::on_chain_storage_version(), 4);
			let work = pallet_ip_registry::Anchors::<Runtime>::get(sp_core::H256::repeat_byte(7))
				.unwrap()
				.right;
			assert_eq!(pallet_ip_registry::StageChanges::<Runtime>::get(work).len(), 1);
		});
	}

	#[test]
	fn the_upgrade_migrates_a_registry_at_version_2_and_passes_every_check() {
		busy_chain().execute_with(|| {
			// The chain as version 2 stored it: the anchor has no right yet.
			let digest = sp_core::H256::repeat_byte(7);
			let work = pallet_ip_registry::Anchors::<Runtime>::get(digest).unwrap().right;
			pallet_ip_registry::migrations::v3::store_as_version_2::<Runtime>();
			assert!(pallet_ip_registry::Rights::<Runtime>::get(work).is_none());
			Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
				.expect("the migration's checks and every pallet's try_state pass");
			assert_eq!(Registry::on_chain_storage_version(), 4);
			let anchor = pallet_ip_registry::Anchors::<Runtime>::get(digest).unwrap();
			let work = pallet_ip_registry::Rights::<Runtime>::get(anchor.right).unwrap();
			assert_eq!((work.office, work.anchor), (None, Some(digest)));
		});
	}

	#[test]
	fn a_broken_invariant_fails_the_upgrade() {
		busy_chain().execute_with(|| {
			// An anchor's index entry lost: the registry's try_state must notice.
			let party = IpParties::party_of(&Sr25519Keyring::Ferdie.to_account_id()).unwrap();
			pallet_ip_registry::AnchorsOf::<Runtime>::remove(party, sp_core::H256::repeat_byte(7));
			assert!(Executive::try_runtime_upgrade(UpgradeCheckSelect::All).is_err());
		});
	}
}

/// The runtime's Wasm, compressed as the Wasm builder compresses it (zstd, level 22), stays
/// under 1.0 MB, so that an upgrade fits in a block and a light client fetches it quickly. The
/// dev build's blob is not compacted, so the release runtime is smaller still. It is printed
/// (run with `--nocapture`); a build with `SKIP_WASM_BUILD` has no Wasm to weigh.
#[test]
fn the_runtime_wasm_compresses_to_under_one_megabyte() {
	let Some(wasm) = crate::WASM_BINARY else {
		eprintln!("built with SKIP_WASM_BUILD: no runtime Wasm to weigh");
		return;
	};
	let compressed = sp_maybe_compressed_blob::compress_strongly(
		wasm,
		sp_maybe_compressed_blob::CODE_BLOB_BOMB_LIMIT,
	)
	.expect("the runtime is under the decompression bomb limit");
	eprintln!("runtime Wasm: {} bytes, {} compressed", wasm.len(), compressed.len());
	assert!(compressed.len() < 1_000_000, "{} bytes compressed", compressed.len());
}
