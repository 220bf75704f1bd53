//! Unit tests of the parties pallet: every call's success and every `Error` variant.

mod appeals;
mod random_calls;

use crate::{
	mock::*, Attestations, Error, Event, Examiners, HoldReason, NextPartyId, Offices, Parties,
	PartyOf, Roles, Service,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use ipledger_primitives::{
	traits::PartiesInspect, AuthorityRole, Document, HashAlgorithm, KeyKind, OfficeCode, PartyId,
	PartyKind,
};
use sp_runtime::{testing::TestSignature, DispatchError};

type Pallet = crate::Pallet<Test>;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::PartyRecord.into(), &who)
}

fn profile() -> Option<Document<Vec<u8>>> {
	Some(Document {
		algorithm: HashAlgorithm::Blake2b256,
		digest: [7; 32].into(),
		size: 1_024,
		media_type: b"application/pdf".to_vec(),
		locator: b"ipfs://profile".to_vec(),
	})
}

/// `who` creates the legal entity "ACME" of Germany; returns its id.
fn create(who: u64) -> PartyId {
	let id = NextPartyId::<Test>::get();
	assert_ok!(IpParties::create_party(
		signed(who),
		PartyKind::LegalEntity,
		b"ACME".to_vec(),
		DE,
		KeyKind::Sr25519,
		profile()
	));
	id
}

/// `key`'s proof for being linked to `party` now.
fn proof(key: u64, party: PartyId) -> TestSignature {
	TestSignature(key, Pallet::link_payload(party).expect("the party exists"))
}

fn link(by: u64, key: u64) {
	let party = PartyOf::<Test>::get(by).unwrap();
	assert_ok!(IpParties::add_account(signed(by), key, proof(key, party)));
}

fn service(id: &str) -> Service<Vec<u8>, Vec<u8>> {
	Service {
		id: id.into(),
		kind: b"LinkedDomains".to_vec(),
		endpoint: b"https://acme.example".to_vec(),
	}
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::IpParties(event) => Some(event),
			_ => None,
		})
		.expect("the pallet emitted an event")
}

mod genesis {
	use super::*;

	#[test]
	fn creates_the_authorities_with_their_roles_and_no_deposit() {
		test(|| {
			assert_eq!(NextPartyId::<Test>::get(), 3);
			let epo = Parties::<Test>::get(EPO).unwrap();
			assert_eq!(epo.kind, PartyKind::Authority);
			assert_eq!(epo.accounts.len(), 2);
			assert_eq!(epo.deposit, 0);
			assert_eq!(PartyOf::<Test>::get(11), Some(EPO));
			assert_eq!(Offices::<Test>::get(EP).map(|seat| seat.party), Some(EPO));
			assert_eq!(Offices::<Test>::get(US).map(|seat| seat.party), Some(USPTO));
			assert!(Roles::<Test>::contains_key(COURT, (AuthorityRole::Court, DE)));
			assert_eq!(Offices::<Test>::get(DE), None);
		});
	}

	#[test]
	#[should_panic(expected = "genesis party")]
	fn refuses_an_account_listed_twice() {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let party = crate::GenesisParty {
			kind: PartyKind::Authority,
			name: "Twice".into(),
			country: EP,
			accounts: vec![(5, KeyKind::Sr25519), (5, KeyKind::Sr25519)],
			roles: vec![],
		};
		crate::GenesisConfig::<Test> { parties: vec![party] }
			.assimilate_storage(&mut storage)
			.unwrap();
	}

	#[test]
	fn reads_from_chain_spec_json() {
		let json = r#"{"parties":[{"kind":"Authority","name":"CNIPA","country":"CN",
			"accounts":[[7,"Sr25519"]],"roles":[["IpOffice","CN"]]}]}"#;
		let config: crate::GenesisConfig<Test> = serde_json::from_str(json).unwrap();
		assert_eq!(config.parties[0].roles, vec![(AuthorityRole::IpOffice, OfficeCode(*b"CN"))]);
		let bad = r#"{"parties":[{"kind":"Authority","name":"X","country":"cn","accounts":[]}]}"#;
		assert!(serde_json::from_str::<crate::GenesisConfig<Test>>(bad).is_err());
	}

	use sp_runtime::BuildStorage;
}

mod create_party {
	use super::*;

	#[test]
	fn creates_a_party_and_holds_its_deposit() {
		test(|| {
			let id = create(ALICE);
			let party = Parties::<Test>::get(id).unwrap();
			assert_eq!(party.name.to_vec(), b"ACME".to_vec());
			assert_eq!(party.accounts[0].account, ALICE);
			assert_eq!(party.accounts[0].linked_at, START);
			assert_eq!(party.created_at, START);
			assert_eq!(PartyOf::<Test>::get(ALICE), Some(id));
			assert!(party.deposit > 100, "base deposit plus bytes");
			assert_eq!(party.deposit, Pallet::deposit_for(&party));
			assert_eq!(held(ALICE), party.deposit);
			assert_eq!(
				last_event(),
				Event::PartyCreated { party: id, kind: PartyKind::LegalEntity, account: ALICE }
			);
		});
	}

	#[test]
	fn fails_for_an_authority() {
		test(|| {
			assert_noop!(
				IpParties::create_party(
					signed(ALICE),
					PartyKind::Authority,
					b"X".to_vec(),
					DE,
					KeyKind::Sr25519,
					None
				),
				Error::<Test>::AuthorityByGovernance
			);
		});
	}

	#[test]
	fn fails_for_a_linked_account() {
		test(|| {
			create(ALICE);
			assert_noop!(
				IpParties::create_party(
					signed(ALICE),
					PartyKind::NaturalPerson,
					b"X".to_vec(),
					DE,
					KeyKind::Sr25519,
					None
				),
				Error::<Test>::AccountInUse
			);
		});
	}

	#[test]
	fn fails_for_a_bad_name() {
		test(|| {
			for (name, error) in [
				(vec![], Error::<Test>::InvalidName),
				(vec![0xff, 0xfe], Error::<Test>::InvalidName),
				(vec![b'n'; 33], Error::<Test>::NameTooLong),
				// An over-long name is refused for its length before it is read.
				(vec![0xff; 33], Error::<Test>::NameTooLong),
			] {
				assert_noop!(
					IpParties::create_party(
						signed(ALICE),
						PartyKind::NaturalPerson,
						name,
						DE,
						KeyKind::Sr25519,
						None
					),
					error
				);
			}
		});
	}

	#[test]
	fn fails_for_a_bad_country() {
		test(|| {
			assert_noop!(
				IpParties::create_party(
					signed(ALICE),
					PartyKind::NaturalPerson,
					b"X".to_vec(),
					OfficeCode(*b"de"),
					KeyKind::Sr25519,
					None
				),
				Error::<Test>::InvalidCountry
			);
		});
	}

	#[test]
	fn fails_for_a_bad_locator() {
		test(|| {
			for (locator, error) in [
				(vec![], Error::<Test>::InvalidLocator),
				(b"ipfs://\x07".to_vec(), Error::<Test>::InvalidLocator),
				(vec![b'l'; 33], Error::<Test>::LocatorTooLong),
				(vec![0x07; 33], Error::<Test>::LocatorTooLong),
			] {
				let details = Some(Document { locator, ..profile().unwrap() });
				assert_noop!(
					IpParties::create_party(
						signed(ALICE),
						PartyKind::NaturalPerson,
						b"X".to_vec(),
						DE,
						KeyKind::Sr25519,
						details
					),
					error
				);
			}
		});
	}

	#[test]
	fn fails_for_a_document_that_describes_nothing() {
		test(|| {
			let empty = Document { size: 0, ..profile().unwrap() };
			let untyped = Document { media_type: b"pdf".to_vec(), ..profile().unwrap() };
			for (details, error) in
				[(empty, Error::<Test>::EmptyDocument), (untyped, Error::<Test>::InvalidMediaType)]
			{
				assert_noop!(
					IpParties::create_party(
						signed(ALICE),
						PartyKind::NaturalPerson,
						b"X".to_vec(),
						DE,
						KeyKind::Sr25519,
						Some(details)
					),
					error
				);
			}
		});
	}
	#[test]
	fn fails_without_funds_for_the_deposit() {
		test(|| {
			assert_noop!(
				IpParties::create_party(
					signed(PAUPER),
					PartyKind::NaturalPerson,
					b"X".to_vec(),
					DE,
					KeyKind::Sr25519,
					None
				),
				Error::<Test>::CannotAffordDeposit
			);
		});
	}

	#[test]
	fn fails_when_ids_are_exhausted() {
		test(|| {
			NextPartyId::<Test>::put(PartyId::MAX);
			assert_noop!(
				IpParties::create_party(
					signed(ALICE),
					PartyKind::NaturalPerson,
					b"X".to_vec(),
					DE,
					KeyKind::Sr25519,
					None
				),
				Error::<Test>::Overflow
			);
		});
	}

	#[test]
	fn fails_unsigned() {
		test(|| {
			assert_noop!(
				IpParties::create_party(
					RuntimeOrigin::root(),
					PartyKind::NaturalPerson,
					b"X".to_vec(),
					DE,
					KeyKind::Sr25519,
					None
				),
				DispatchError::BadOrigin
			);
		});
	}
}

mod profile {
	use super::*;

	#[test]
	fn update_replaces_the_profile_and_adjusts_the_deposit() {
		test(|| {
			let id = create(ALICE);
			let before = held(ALICE);
			assert_ok!(IpParties::update_profile(
				signed(ALICE),
				b"ACME Holdings SE".to_vec(),
				US,
				None
			));
			let party = Parties::<Test>::get(id).unwrap();
			assert_eq!(party.name.to_vec(), b"ACME Holdings SE".to_vec());
			assert_eq!(party.country, US);
			assert_eq!(party.details, None);
			assert!(held(ALICE) < before, "no profile locator: a smaller record");
			assert_eq!(held(ALICE), party.deposit);
			assert_eq!(last_event(), Event::ProfileUpdated { party: id });
		});
	}

	#[test]
	fn update_fails_without_a_party() {
		test(|| {
			assert_noop!(
				IpParties::update_profile(signed(ALICE), b"X".to_vec(), DE, None),
				Error::<Test>::NoParty
			);
		});
	}

	#[test]
	fn update_validates_like_create() {
		test(|| {
			create(ALICE);
			assert_noop!(
				IpParties::update_profile(signed(ALICE), vec![], DE, None),
				Error::<Test>::InvalidName
			);
			assert_noop!(
				IpParties::update_profile(signed(ALICE), b"X".to_vec(), OfficeCode(*b"D1"), None),
				Error::<Test>::InvalidCountry
			);
		});
	}

	#[test]
	fn set_services_stores_them_and_adjusts_the_deposit() {
		test(|| {
			let id = create(ALICE);
			let before = held(ALICE);
			assert_ok!(IpParties::set_services(
				signed(ALICE),
				vec![service("site"), service("api")]
			));
			let party = Parties::<Test>::get(id).unwrap();
			assert_eq!(party.services.len(), 2);
			assert_eq!(party.services[1].id.to_vec(), b"api".to_vec());
			assert!(held(ALICE) > before);
			assert_eq!(last_event(), Event::ServicesUpdated { party: id });
			assert_ok!(IpParties::set_services(signed(ALICE), vec![]));
			assert_eq!(held(ALICE), before);
		});
	}

	#[test]
	fn set_services_fails_without_a_party() {
		test(|| {
			assert_noop!(IpParties::set_services(signed(ALICE), vec![]), Error::<Test>::NoParty);
		});
	}

	#[test]
	fn set_services_refuses_bad_services() {
		let with = |change: fn(&mut Service<Vec<u8>, Vec<u8>>)| {
			let mut service = service("site");
			change(&mut service);
			service
		};
		test(|| {
			create(ALICE);
			// A type may also be an absolute URI, and an endpoint any URI.
			let mut custom = service("inbox");
			custom.kind = b"https://schema.example/Inbox".to_vec();
			custom.endpoint = b"mailto:ip@acme.example".to_vec();
			assert_ok!(IpParties::set_services(signed(ALICE), vec![custom]));
			let mut spaced = service("site");
			spaced.endpoint = b"https://a b".to_vec();
			let mut long_id = service("site");
			long_id.id = vec![b'i'; 33];
			let mut long_url = service("site");
			long_url.endpoint = vec![b'u'; 33];
			// Over long and spaced: refused for its length before it is scanned.
			let mut long_spaced = service("site");
			long_spaced.endpoint = vec![b' '; 33];
			for (services, error) in [
				(vec![service("a"), service("b"), service("c")], Error::<Test>::TooManyServices),
				(vec![service("")], Error::<Test>::InvalidService),
				(vec![spaced], Error::<Test>::InvalidService),
				// Not what DID tooling accepts: an id that is no URI fragment, a type the
				// IPLedger context does not define (and no URI), an endpoint that is no URI.
				(vec![with(|s| s.id = b"a#b".to_vec())], Error::<Test>::InvalidService),
				(vec![with(|s| s.kind = b"Homepage".to_vec())], Error::<Test>::InvalidService),
				(
					vec![with(|s| s.endpoint = b"acme.example".to_vec())],
					Error::<Test>::InvalidService,
				),
				(vec![long_id], Error::<Test>::ServiceTooLong),
				(vec![long_url], Error::<Test>::ServiceTooLong),
				(vec![long_spaced], Error::<Test>::ServiceTooLong),
				(vec![service("site"), service("site")], Error::<Test>::DuplicateService),
			] {
				assert_noop!(IpParties::set_services(signed(ALICE), services), error);
			}
		});
	}

	#[test]
	fn set_services_fails_when_the_deposit_grows_beyond_the_funds() {
		test(|| {
			create(ALICE);
			let free = Balances::balance(&ALICE);
			assert_ok!(Balances::transfer_allow_death(signed(ALICE), BOB, free - 1));
			assert_noop!(
				IpParties::set_services(signed(ALICE), vec![service("site")]),
				Error::<Test>::CannotAffordDeposit
			);
		});
	}
}

mod accounts {
	use super::*;

	#[test]
	fn add_account_links_a_key_that_signed_the_payload() {
		test(|| {
			let id = create(ALICE);
			link(ALICE, BOB);
			let party = Parties::<Test>::get(id).unwrap();
			assert_eq!(party.accounts.len(), 2);
			assert_eq!(party.accounts[1].account, BOB);
			assert_eq!(party.accounts[1].key, KeyKind::Sr25519);
			assert_eq!(party.link_nonce, 2);
			assert_eq!(PartyOf::<Test>::get(BOB), Some(id));
			assert_eq!(held(ALICE), party.deposit);
			assert_eq!(
				last_event(),
				Event::AccountLinked { party: id, account: BOB, key: KeyKind::Sr25519 }
			);
		});
	}

	#[test]
	fn payments_go_to_the_first_linked_account() {
		test(|| {
			use ipledger_primitives::traits::PartiesInspect;
			let id = create(ALICE);
			link(ALICE, BOB);
			assert_eq!(<Pallet as PartiesInspect<u64>>::account_of(id), Some(ALICE));
			assert_ok!(IpParties::remove_account(signed(BOB), ALICE));
			assert_eq!(<Pallet as PartiesInspect<u64>>::account_of(id), Some(BOB));
			assert_eq!(<Pallet as PartiesInspect<u64>>::account_of(id + 1), None);
		});
	}

	#[test]
	fn add_account_fails_without_a_party() {
		test(|| {
			assert_noop!(
				IpParties::add_account(signed(ALICE), BOB, TestSignature(BOB, vec![])),
				Error::<Test>::NoParty
			);
		});
	}

	#[test]
	fn add_account_fails_for_an_account_of_a_party() {
		test(|| {
			let id = create(ALICE);
			assert_noop!(
				IpParties::add_account(signed(ALICE), EPO_ACCOUNT, proof(EPO_ACCOUNT, id)),
				Error::<Test>::AccountInUse
			);
		});
	}

	#[test]
	fn add_account_fails_for_an_ecdsa_key() {
		test(|| {
			let id = create(ALICE);
			let ecdsa = ECDSA_KEYS + 1;
			assert_noop!(
				IpParties::add_account(signed(ALICE), ecdsa, proof(ecdsa, id)),
				Error::<Test>::UnsupportedKey
			);
		});
	}

	#[test]
	fn add_account_fails_for_a_wrong_proof() {
		test(|| {
			let id = create(ALICE);
			// Signed by another key.
			assert_noop!(
				IpParties::add_account(signed(ALICE), BOB, proof(3, id)),
				Error::<Test>::BadProof
			);
			// Signed for another party.
			assert_noop!(
				IpParties::add_account(signed(ALICE), BOB, proof(BOB, EPO)),
				Error::<Test>::BadProof
			);
		});
	}

	#[test]
	fn a_proof_cannot_be_replayed() {
		test(|| {
			let id = create(ALICE);
			let old_proof = proof(BOB, id);
			assert_ok!(IpParties::add_account(signed(ALICE), BOB, old_proof.clone()));
			assert_ok!(IpParties::remove_account(signed(ALICE), BOB));
			assert_noop!(
				IpParties::add_account(signed(ALICE), BOB, old_proof),
				Error::<Test>::BadProof
			);
		});
	}

	#[test]
	fn add_account_fails_beyond_max_accounts() {
		test(|| {
			let id = create(ALICE);
			link(ALICE, 3);
			link(ALICE, 4);
			assert_noop!(
				IpParties::add_account(signed(ALICE), 5, proof(5, id)),
				Error::<Test>::TooManyAccounts
			);
		});
	}

	#[test]
	fn add_account_fails_when_the_counter_is_exhausted() {
		test(|| {
			let id = create(ALICE);
			Parties::<Test>::mutate(id, |party| party.as_mut().unwrap().link_nonce = u32::MAX);
			assert_noop!(
				IpParties::add_account(signed(ALICE), BOB, proof(BOB, id)),
				Error::<Test>::Overflow
			);
		});
	}

	#[test]
	fn add_account_fails_when_the_signer_cannot_afford_the_deposit() {
		test(|| {
			let id = create(ALICE);
			let free = Balances::balance(&ALICE);
			assert_ok!(Balances::transfer_allow_death(signed(ALICE), BOB, free - 1));
			assert_noop!(
				IpParties::add_account(signed(ALICE), 3, proof(3, id)),
				Error::<Test>::CannotAffordDeposit
			);
		});
	}

	#[test]
	fn keys_rotate_and_the_deposit_moves_with_the_signer() {
		test(|| {
			let id = create(ALICE);
			link(ALICE, BOB);
			assert_ok!(IpParties::remove_account(signed(BOB), ALICE));
			let party = Parties::<Test>::get(id).unwrap();
			assert_eq!(party.accounts.len(), 1);
			assert_eq!(party.depositor, BOB);
			assert_eq!(held(ALICE), 0);
			assert_eq!(Balances::balance(&ALICE), FUNDS);
			assert_eq!(held(BOB), party.deposit);
			assert_eq!(PartyOf::<Test>::get(ALICE), None);
			assert_eq!(Pallet::party_of(&BOB), Some(id));
			assert_eq!(last_event(), Event::AccountUnlinked { party: id, account: ALICE });
		});
	}

	#[test]
	fn remove_account_fails_without_a_party() {
		test(|| {
			assert_noop!(IpParties::remove_account(signed(ALICE), BOB), Error::<Test>::NoParty);
		});
	}

	#[test]
	fn an_account_cannot_unlink_itself() {
		test(|| {
			create(ALICE);
			assert_noop!(
				IpParties::remove_account(signed(ALICE), ALICE),
				Error::<Test>::CannotUnlinkSigner
			);
		});
	}

	#[test]
	fn remove_account_fails_for_an_account_of_another_party() {
		test(|| {
			create(ALICE);
			assert_noop!(
				IpParties::remove_account(signed(ALICE), EPO_ACCOUNT),
				Error::<Test>::AccountNotLinked
			);
		});
	}

	#[test]
	fn remove_account_fails_when_the_new_depositor_cannot_afford_it() {
		test(|| {
			create(ALICE);
			link(ALICE, BOB);
			let free = Balances::balance(&BOB);
			assert_ok!(Balances::transfer_allow_death(signed(BOB), 3, free));
			assert_noop!(
				IpParties::remove_account(signed(BOB), ALICE),
				Error::<Test>::CannotAffordDeposit
			);
		});
	}
}

mod close_party {
	use super::*;

	#[test]
	fn closes_the_party_and_releases_everything() {
		test(|| {
			let id = create(ALICE);
			link(ALICE, BOB);
			assert_ok!(IpParties::attest(signed(EPO_ACCOUNT), id, EP, None));
			assert_ok!(IpParties::close_party(signed(BOB)));
			assert_eq!(Parties::<Test>::get(id), None);
			assert_eq!(PartyOf::<Test>::get(ALICE), None);
			assert_eq!(PartyOf::<Test>::get(BOB), None);
			assert_eq!(Attestations::<Test>::iter_prefix(id).count(), 0);
			assert_eq!((held(ALICE), held(BOB)), (0, 0));
			assert_eq!(Balances::balance(&ALICE), FUNDS);
			assert_eq!(last_event(), Event::PartyClosed { party: id });
			// The id is never reused.
			assert_eq!(create(ALICE), id + 1);
		});
	}

	#[test]
	fn fails_without_a_party() {
		test(|| {
			assert_noop!(IpParties::close_party(signed(ALICE)), Error::<Test>::NoParty);
		});
	}

	#[test]
	fn fails_for_a_holder_of_roles() {
		test(|| {
			assert_noop!(IpParties::close_party(signed(COURT_ACCOUNT)), Error::<Test>::HoldsRoles);
		});
	}

	#[test]
	fn fails_while_other_records_refer_to_it() {
		test(|| {
			let id = create(ALICE);
			Referenced::set(vec![id]);
			assert_noop!(IpParties::close_party(signed(ALICE)), Error::<Test>::StillReferenced);
			Referenced::set(vec![]);
		});
	}
}

mod roles {
	use super::*;

	fn authority(who: u64) -> PartyId {
		let id = create(who);
		Parties::<Test>::mutate(id, |party| party.as_mut().unwrap().kind = PartyKind::Authority);
		id
	}

	#[test]
	fn a_court_joins_after_genesis_as_a_party_governance_makes_an_authority() {
		test(|| {
			// The court creates its party with its own account; it cannot be an authority yet.
			let court = create(ALICE);
			assert_noop!(
				IpParties::grant_role(RuntimeOrigin::root(), court, AuthorityRole::Court, DE),
				Error::<Test>::NotAnAuthority
			);
			assert_ok!(IpParties::make_authority(RuntimeOrigin::root(), court));
			assert_eq!(last_event(), Event::PartyMadeAuthority { party: court });
			assert_eq!(Parties::<Test>::get(court).unwrap().kind, PartyKind::Authority);
			assert_eq!(
				held(ALICE),
				Parties::<Test>::get(court).unwrap().deposit,
				"it keeps its deposit"
			);
			assert_ok!(IpParties::grant_role(
				RuntimeOrigin::root(),
				court,
				AuthorityRole::Court,
				DE
			));
			assert!(Pallet::acts_for_authority(&ALICE, AuthorityRole::Court, DE));
		});
	}

	#[test]
	fn make_authority_refuses_bad_requests() {
		test(|| {
			let id = create(ALICE);
			assert_noop!(IpParties::make_authority(signed(ALICE), id), DispatchError::BadOrigin);
			assert_noop!(
				IpParties::make_authority(RuntimeOrigin::root(), 999),
				Error::<Test>::UnknownParty
			);
			assert_ok!(IpParties::make_authority(RuntimeOrigin::root(), id));
			assert_noop!(
				IpParties::make_authority(RuntimeOrigin::root(), id),
				Error::<Test>::AlreadyAuthority
			);
		});
	}

	#[test]
	fn governance_grants_and_revokes_a_role() {
		test(|| {
			let id = authority(ALICE);
			assert_ok!(IpParties::grant_role(
				RuntimeOrigin::root(),
				id,
				AuthorityRole::Customs,
				DE
			));
			assert!(Pallet::has_role(id, AuthorityRole::Customs, DE));
			assert!(Pallet::acts_for_authority(&ALICE, AuthorityRole::Customs, DE));
			assert!(!Pallet::acts_for_authority(&ALICE, AuthorityRole::Customs, US));
			assert_eq!(Parties::<Test>::get(id).unwrap().roles, 1);
			assert_eq!(
				last_event(),
				Event::RoleGranted { party: id, role: AuthorityRole::Customs, jurisdiction: DE }
			);
			assert_ok!(IpParties::revoke_role(
				RuntimeOrigin::root(),
				id,
				AuthorityRole::Customs,
				DE
			));
			assert!(!Pallet::has_role(id, AuthorityRole::Customs, DE));
			assert_eq!(Parties::<Test>::get(id).unwrap().roles, 0);
			assert_eq!(
				last_event(),
				Event::RoleRevoked { party: id, role: AuthorityRole::Customs, jurisdiction: DE }
			);
		});
	}

	#[test]
	fn an_office_role_seats_the_office_of_its_jurisdiction() {
		test(|| {
			let id = authority(ALICE);
			assert_ok!(IpParties::grant_role(
				RuntimeOrigin::root(),
				id,
				AuthorityRole::IpOffice,
				DE
			));
			assert_eq!(Pallet::office(DE), Some(id));
			assert!(Pallet::acts_for_office(&ALICE, DE));
			assert!(!Pallet::acts_for_office(&ALICE, EP));
		});
	}

	#[test]
	fn only_governance_grants_and_revokes() {
		test(|| {
			assert_noop!(
				IpParties::grant_role(signed(EPO_ACCOUNT), COURT, AuthorityRole::Customs, DE),
				DispatchError::BadOrigin
			);
			assert_noop!(
				IpParties::revoke_role(signed(COURT_ACCOUNT), COURT, AuthorityRole::Court, DE),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn grant_refuses_bad_requests() {
		test(|| {
			let person = create(ALICE);
			let root = RuntimeOrigin::root;
			for (party, role, jurisdiction, error) in [
				(COURT, AuthorityRole::Examiner, EP, Error::<Test>::ExaminersAreAppointed),
				(COURT, AuthorityRole::Customs, OfficeCode(*b"d3"), Error::<Test>::InvalidCountry),
				(77, AuthorityRole::Customs, DE, Error::<Test>::UnknownParty),
				(person, AuthorityRole::Court, DE, Error::<Test>::NotAnAuthority),
				(COURT, AuthorityRole::Court, DE, Error::<Test>::RoleExists),
				(COURT, AuthorityRole::IpOffice, EP, Error::<Test>::OfficeTaken),
			] {
				assert_noop!(IpParties::grant_role(root(), party, role, jurisdiction), error);
			}
		});
	}

	#[test]
	fn grant_fails_beyond_max_roles() {
		test(|| {
			let root = RuntimeOrigin::root;
			assert_ok!(IpParties::grant_role(root(), COURT, AuthorityRole::Court, US));
			assert_ok!(IpParties::grant_role(root(), COURT, AuthorityRole::Court, EP));
			assert_noop!(
				IpParties::grant_role(root(), COURT, AuthorityRole::ArbitrationCentre, DE),
				Error::<Test>::TooManyRoles
			);
		});
	}

	#[test]
	fn revoke_fails_for_a_role_not_held() {
		test(|| {
			assert_noop!(
				IpParties::revoke_role(RuntimeOrigin::root(), COURT, AuthorityRole::Court, US),
				Error::<Test>::RoleNotHeld
			);
		});
	}

	#[test]
	fn revoking_an_office_dismisses_its_examiners() {
		test(|| {
			let examiner = create(ALICE);
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert_ok!(IpParties::revoke_role(
				RuntimeOrigin::root(),
				EPO,
				AuthorityRole::IpOffice,
				EP
			));
			assert_eq!(Pallet::office(EP), None);
			assert!(!Pallet::has_role(examiner, AuthorityRole::Examiner, EP));
			assert_eq!(Parties::<Test>::get(examiner).unwrap().roles, 0);
			assert!(!Pallet::acts_for_office(&ALICE, EP));
			assert!(!Pallet::acts_for_office(&EPO_ACCOUNT, EP));
			System::assert_has_event(
				Event::<Test>::ExaminerDismissed { office: EP, examiner }.into(),
			);
			// The jurisdiction is free for another office.
			assert_ok!(IpParties::grant_role(
				RuntimeOrigin::root(),
				USPTO,
				AuthorityRole::IpOffice,
				EP
			));
		});
	}

	#[test]
	fn governance_can_revoke_an_examiner() {
		test(|| {
			let examiner = create(ALICE);
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert_ok!(IpParties::revoke_role(
				RuntimeOrigin::root(),
				examiner,
				AuthorityRole::Examiner,
				EP
			));
			assert_eq!(Offices::<Test>::get(EP).unwrap().examiners, 0);
			assert!(!Examiners::<Test>::contains_key(EP, examiner));
		});
	}
}

mod examiners {
	use super::*;

	#[test]
	fn an_office_appoints_and_dismisses_an_examiner() {
		test(|| {
			let examiner = create(ALICE);
			assert_ok!(IpParties::appoint_examiner(signed(11), EP, examiner));
			assert!(Pallet::acts_for_office(&ALICE, EP));
			assert!(Pallet::acts_for_authority(&ALICE, AuthorityRole::IpOffice, EP));
			assert!(!Pallet::acts_for_office(&ALICE, US));
			assert_eq!(Offices::<Test>::get(EP).unwrap().examiners, 1);
			assert_eq!(last_event(), Event::ExaminerAppointed { office: EP, examiner });
			assert_ok!(IpParties::dismiss_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert!(!Pallet::acts_for_office(&ALICE, EP));
			assert_eq!(Offices::<Test>::get(EP).unwrap().examiners, 0);
			assert_eq!(last_event(), Event::ExaminerDismissed { office: EP, examiner });
		});
	}

	#[test]
	fn appoint_fails_for_an_unknown_office() {
		test(|| {
			let examiner = create(ALICE);
			assert_noop!(
				IpParties::appoint_examiner(signed(EPO_ACCOUNT), DE, examiner),
				Error::<Test>::UnknownOffice
			);
		});
	}

	#[test]
	fn only_the_office_itself_appoints() {
		test(|| {
			let examiner = create(ALICE);
			let other = create(BOB);
			assert_noop!(
				IpParties::appoint_examiner(signed(USPTO_ACCOUNT), EP, examiner),
				Error::<Test>::NotOffice
			);
			// An examiner acts for the office, but does not appoint others.
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert_noop!(
				IpParties::appoint_examiner(signed(ALICE), EP, other),
				Error::<Test>::NotOffice
			);
		});
	}

	#[test]
	fn appoint_refuses_unknown_parties_and_repeats() {
		test(|| {
			let examiner = create(ALICE);
			assert_noop!(
				IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, 77),
				Error::<Test>::UnknownParty
			);
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert_noop!(
				IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner),
				Error::<Test>::RoleExists
			);
		});
	}

	#[test]
	fn appoint_fails_beyond_max_examiners() {
		test(|| {
			for who in [ALICE, BOB] {
				let examiner = create(who);
				assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			}
			let third = create(3);
			assert_noop!(
				IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, third),
				Error::<Test>::TooManyExaminers
			);
		});
	}

	#[test]
	fn appoint_fails_for_a_party_with_max_roles() {
		test(|| {
			let root = RuntimeOrigin::root;
			assert_ok!(IpParties::grant_role(root(), COURT, AuthorityRole::Court, US));
			assert_ok!(IpParties::grant_role(root(), COURT, AuthorityRole::Court, EP));
			assert_noop!(
				IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, COURT),
				Error::<Test>::TooManyRoles
			);
		});
	}

	#[test]
	fn dismiss_refuses_bad_requests() {
		test(|| {
			let examiner = create(ALICE);
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert_noop!(
				IpParties::dismiss_examiner(signed(EPO_ACCOUNT), DE, examiner),
				Error::<Test>::UnknownOffice
			);
			assert_noop!(
				IpParties::dismiss_examiner(signed(USPTO_ACCOUNT), EP, examiner),
				Error::<Test>::NotOffice
			);
			assert_noop!(
				IpParties::dismiss_examiner(signed(USPTO_ACCOUNT), US, examiner),
				Error::<Test>::RoleNotHeld
			);
		});
	}
}

mod attestations {
	use super::*;

	#[test]
	fn an_examiner_attests_for_its_office_and_the_office_revokes() {
		test(|| {
			let examiner = create(ALICE);
			let subject = create(BOB);
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, examiner));
			assert_ok!(IpParties::attest(signed(ALICE), subject, EP, profile()));
			let attestation = Attestations::<Test>::get(subject, EP).unwrap();
			assert_eq!(attestation.attested_by, ALICE);
			assert_eq!(attestation.attested_at, START);
			assert_eq!(attestation.revoked_at, None);
			assert_eq!(last_event(), Event::IdentityAttested { party: subject, office: EP });

			Timestamp::set_timestamp(START + 1_000);
			assert_ok!(IpParties::revoke_attestation(signed(EPO_ACCOUNT), subject, EP));
			let attestation = Attestations::<Test>::get(subject, EP).unwrap();
			assert_eq!(attestation.revoked_at, Some(START + 1_000));
			assert_eq!(last_event(), Event::AttestationRevoked { party: subject, office: EP });

			// Attesting again replaces the withdrawn attestation without counting another.
			assert_ok!(IpParties::attest(signed(EPO_ACCOUNT), subject, EP, None));
			assert_eq!(Attestations::<Test>::get(subject, EP).unwrap().revoked_at, None);
			assert_eq!(Parties::<Test>::get(subject).unwrap().attestations, 1);
		});
	}

	#[test]
	fn attest_refuses_bad_requests() {
		test(|| {
			let subject = create(BOB);
			let bad_locator = Some(Document {
				algorithm: HashAlgorithm::Blake2b256,
				digest: Default::default(),
				size: 1_024,
				media_type: b"application/pdf".to_vec(),
				locator: vec![],
			});
			let long_locator = Some(Document {
				algorithm: HashAlgorithm::Blake2b256,
				digest: Default::default(),
				size: 1_024,
				media_type: b"application/pdf".to_vec(),
				locator: vec![b'l'; 33],
			});
			for (who, party, office, evidence, error) in [
				(EPO_ACCOUNT, subject, DE, None, Error::<Test>::UnknownOffice),
				(COURT_ACCOUNT, subject, EP, None, Error::<Test>::NotOffice),
				(BOB, subject, EP, None, Error::<Test>::NotOffice),
				(EPO_ACCOUNT, 77, EP, None, Error::<Test>::UnknownParty),
				(EPO_ACCOUNT, subject, EP, bad_locator, Error::<Test>::InvalidLocator),
				(EPO_ACCOUNT, subject, EP, long_locator, Error::<Test>::LocatorTooLong),
			] {
				assert_noop!(IpParties::attest(signed(who), party, office, evidence), error);
			}
		});
	}

	#[test]
	fn attest_fails_beyond_max_attestations() {
		test(|| {
			let subject = create(BOB);
			assert_ok!(IpParties::attest(signed(EPO_ACCOUNT), subject, EP, None));
			assert_ok!(IpParties::attest(signed(USPTO_ACCOUNT), subject, US, None));
			assert_ok!(IpParties::grant_role(
				RuntimeOrigin::root(),
				COURT,
				AuthorityRole::IpOffice,
				DE
			));
			assert_noop!(
				IpParties::attest(signed(COURT_ACCOUNT), subject, DE, None),
				Error::<Test>::TooManyAttestations
			);
		});
	}

	#[test]
	fn revoke_refuses_bad_requests() {
		test(|| {
			let subject = create(BOB);
			assert_noop!(
				IpParties::revoke_attestation(signed(EPO_ACCOUNT), subject, DE),
				Error::<Test>::UnknownOffice
			);
			assert_noop!(
				IpParties::revoke_attestation(signed(USPTO_ACCOUNT), subject, EP),
				Error::<Test>::NotOffice
			);
			assert_noop!(
				IpParties::revoke_attestation(signed(EPO_ACCOUNT), subject, EP),
				Error::<Test>::NotAttested
			);
			assert_ok!(IpParties::attest(signed(EPO_ACCOUNT), subject, EP, None));
			assert_ok!(IpParties::revoke_attestation(signed(EPO_ACCOUNT), subject, EP));
			assert_noop!(
				IpParties::revoke_attestation(signed(EPO_ACCOUNT), subject, EP),
				Error::<Test>::NotAttested
			);
		});
	}
}

mod agents {
	use super::*;
	use crate::Agents;

	#[test]
	fn a_party_appoints_and_dismisses_its_agent() {
		test(|| {
			let company = create(ALICE);
			let attorney = create(BOB);
			assert_ok!(IpParties::appoint_agent(signed(ALICE), attorney));
			assert!(Pallet::is_agent(attorney, company));
			assert!(Pallet::acts_for_party(&BOB, company));
			assert!(!Pallet::acts_for_party(&ALICE, attorney), "agency is one way");
			assert_eq!(Parties::<Test>::get(company).unwrap().agents, 1);
			assert_eq!(last_event(), Event::AgentAppointed { principal: company, agent: attorney });
			assert_noop!(IpParties::close_party(signed(ALICE)), Error::<Test>::HasAgents);
			assert_ok!(IpParties::dismiss_agent(signed(ALICE), attorney));
			assert!(!Pallet::acts_for_party(&BOB, company));
			assert_eq!(Agents::<Test>::iter_prefix(company).count(), 0);
			assert_eq!(last_event(), Event::AgentDismissed { principal: company, agent: attorney });
			assert_ok!(IpParties::close_party(signed(ALICE)));
		});
	}

	#[test]
	fn a_closed_agent_no_longer_acts() {
		test(|| {
			let company = create(ALICE);
			let attorney = create(BOB);
			assert_ok!(IpParties::appoint_agent(signed(ALICE), attorney));
			assert_ok!(IpParties::close_party(signed(BOB)));
			assert!(!Pallet::is_agent(attorney, company));
		});
	}

	#[test]
	fn appoint_and_dismiss_refuse_bad_requests() {
		test(|| {
			let company = create(ALICE);
			let attorney = create(BOB);
			let other = create(3);
			assert_noop!(
				IpParties::appoint_agent(signed(PAUPER), attorney),
				Error::<Test>::NoParty
			);
			assert_noop!(
				IpParties::appoint_agent(signed(ALICE), company),
				Error::<Test>::SelfAgent
			);
			assert_noop!(IpParties::appoint_agent(signed(ALICE), 77), Error::<Test>::UnknownParty);
			assert_ok!(IpParties::appoint_agent(signed(ALICE), attorney));
			assert_noop!(
				IpParties::appoint_agent(signed(ALICE), attorney),
				Error::<Test>::AlreadyAgent
			);
			assert_noop!(
				IpParties::appoint_agent(signed(ALICE), other),
				Error::<Test>::TooManyAgents
			);
			assert_noop!(
				IpParties::dismiss_agent(signed(PAUPER), attorney),
				Error::<Test>::NoParty
			);
			assert_noop!(IpParties::dismiss_agent(signed(ALICE), other), Error::<Test>::NotAgent);
			assert_noop!(
				IpParties::appoint_agent(RuntimeOrigin::root(), attorney),
				DispatchError::BadOrigin
			);
		});
	}
}

mod did {
	use super::*;

	#[test]
	fn the_did_document_shows_keys_roles_attestations_and_services() {
		test(|| {
			let id = create(ALICE);
			link(ALICE, BOB);
			assert_ok!(IpParties::set_services(signed(ALICE), vec![service("site")]));
			assert_ok!(IpParties::appoint_examiner(signed(EPO_ACCOUNT), EP, id));
			assert_ok!(IpParties::attest(signed(USPTO_ACCOUNT), id, US, None));
			assert_ok!(IpParties::attest(signed(EPO_ACCOUNT), id, EP, profile()));
			let doc = Pallet::did_document(id).unwrap();
			assert_eq!(doc.keys, vec![(ALICE, KeyKind::Sr25519), (BOB, KeyKind::Sr25519)]);
			assert_eq!(doc.roles, vec![(AuthorityRole::Examiner, EP)]);
			let offices: Vec<_> = doc.attestations.iter().map(|a| a.office).collect();
			assert_eq!(offices, vec![EP, US], "sorted by office");
			assert_eq!(doc.attestations[0].evidence, profile());
			assert_eq!(doc.services[0].id, b"site".to_vec());
			assert_eq!(doc.details, profile());
			assert_eq!(Pallet::did_document(77), None);
		});
	}

	#[test]
	fn link_payload_names_the_party_and_its_counter() {
		test(|| {
			let id = create(ALICE);
			let first = Pallet::link_payload(id).unwrap();
			link(ALICE, BOB);
			assert_ne!(Pallet::link_payload(id).unwrap(), first);
			assert_ne!(Pallet::link_payload(EPO).unwrap(), first);
			assert_eq!(Pallet::link_payload(77), None);
		});
	}
}
