//! Random sequences of every parties call, from random signers (new accounts, the offices'
//! accounts, a court, an account without funds) and governance, with random arguments (valid
//! and invalid). After each call the storage invariants (`do_try_state`) hold, and a call that
//! fails changes nothing. A failing sequence shrinks to a minimal one.
//!
//! `./scripts/test.sh` runs `PROPTEST_CASES` sequences (64 unless set); for many more:
//! `PROPTEST_CASES=5000 SKIP_WASM_BUILD=1 cargo test -p pallet-ip-parties random_calls`.

use crate::{mock::*, *};
use ipledger_primitives::{AuthorityRole, Document, HashAlgorithm, KeyKind, OfficeCode, PartyKind};
use proptest::{collection::vec as vec_of, prelude::*};
use sp_runtime::{testing::TestSignature, DispatchResult, StateVersion};

/// Who signs: funded accounts without a party, the EPO's two accounts, the USPTO's, the
/// court's, and an account without funds.
const SIGNERS: [u64; 8] = [ALICE, BOB, 3, EPO_ACCOUNT, 11, USPTO_ACCOUNT, COURT_ACCOUNT, PAUPER];
/// Keys that may be linked: fresh sr25519 keys, a signer's own account, an ECDSA key.
const KEYS: [u64; 5] = [40, 41, ALICE, EPO_ACCOUNT, ECDSA_KEYS + 1];
const COUNTRIES: [OfficeCode; 4] =
	[OfficeCode(*b"DE"), OfficeCode(*b"EP"), OfficeCode(*b"US"), OfficeCode(*b"de")];
const ROLES: [AuthorityRole; 3] =
	[AuthorityRole::IpOffice, AuthorityRole::Court, AuthorityRole::Examiner];
const KINDS: [PartyKind; 3] =
	[PartyKind::NaturalPerson, PartyKind::LegalEntity, PartyKind::Authority];

#[derive(Clone, Debug)]
enum Call {
	Create { who: usize, kind: usize, name: u8, country: usize },
	Update { who: usize, name: u8, country: usize, locator: u8 },
	Services { who: usize, count: u8, duplicate: bool },
	AddAccount { who: usize, key: usize, wrong_proof: bool },
	RemoveAccount { who: usize, key: usize },
	Close { who: usize },
	MakeAuthority { party: u8, by_governance: bool },
	Grant { party: u8, role: usize, country: usize, by_governance: bool },
	Revoke { party: u8, role: usize, country: usize },
	Appoint { who: usize, office: usize, examiner: u8 },
	Dismiss { who: usize, office: usize, examiner: u8 },
	Attest { who: usize, party: u8, office: usize },
	RevokeAttestation { who: usize, party: u8, office: usize },
	AppointAgent { who: usize, agent: u8 },
	DismissAgent { who: usize, agent: u8 },
	AddAppealRoute { forum: u8, appellate: u8, by_governance: bool },
	RemoveAppealRoute { forum: u8, appellate: u8 },
	Wait,
}

fn who() -> impl Strategy<Value = usize> {
	0..SIGNERS.len()
}

fn party() -> impl Strategy<Value = u8> {
	0u8..8
}

fn call() -> impl Strategy<Value = Call> {
	prop_oneof![
		3 => (who(), 0..KINDS.len(), 0u8..40, 0..COUNTRIES.len())
			.prop_map(|(who, kind, name, country)| Call::Create { who, kind, name, country }),
		1 => (who(), 0u8..40, 0..COUNTRIES.len(), 0u8..40)
			.prop_map(|(who, name, country, locator)| Call::Update { who, name, country, locator }),
		1 => (who(), 0u8..4, any::<bool>())
			.prop_map(|(who, count, duplicate)| Call::Services { who, count, duplicate }),
		2 => (who(), 0..KEYS.len(), any::<bool>())
			.prop_map(|(who, key, wrong_proof)| Call::AddAccount { who, key, wrong_proof }),
		1 => (who(), 0..KEYS.len()).prop_map(|(who, key)| Call::RemoveAccount { who, key }),
		1 => who().prop_map(|who| Call::Close { who }),
		1 => (party(), any::<bool>())
			.prop_map(|(party, by_governance)| Call::MakeAuthority { party, by_governance }),
		2 => (party(), 0..ROLES.len(), 0..COUNTRIES.len(), any::<bool>()).prop_map(
			|(party, role, country, by_governance)| Call::Grant { party, role, country, by_governance }
		),
		1 => (party(), 0..ROLES.len(), 0..COUNTRIES.len())
			.prop_map(|(party, role, country)| Call::Revoke { party, role, country }),
		1 => (who(), 0..COUNTRIES.len(), party())
			.prop_map(|(who, office, examiner)| Call::Appoint { who, office, examiner }),
		1 => (who(), 0..COUNTRIES.len(), party())
			.prop_map(|(who, office, examiner)| Call::Dismiss { who, office, examiner }),
		1 => (who(), party(), 0..COUNTRIES.len())
			.prop_map(|(who, party, office)| Call::Attest { who, party, office }),
		1 => (who(), party(), 0..COUNTRIES.len())
			.prop_map(|(who, party, office)| Call::RevokeAttestation { who, party, office }),
		1 => (who(), party()).prop_map(|(who, agent)| Call::AppointAgent { who, agent }),
		1 => (who(), party()).prop_map(|(who, agent)| Call::DismissAgent { who, agent }),
		1 => (party(), party(), any::<bool>()).prop_map(|(forum, appellate, by_governance)| {
			Call::AddAppealRoute { forum, appellate, by_governance }
		}),
		1 => (party(), party())
			.prop_map(|(forum, appellate)| Call::RemoveAppealRoute { forum, appellate }),
		1 => Just(Call::Wait),
	]
}

fn document(locator: u8) -> Option<Document<Vec<u8>>> {
	Some(Document {
		algorithm: HashAlgorithm::Sha2_256,
		digest: [3; 32].into(),
		size: 1,
		media_type: b"text/html".to_vec(),
		locator: vec![b'l'; usize::from(locator)],
	})
}

fn dispatch(call: &Call) -> DispatchResult {
	let signed = |who: &usize| RuntimeOrigin::signed(SIGNERS[*who]);
	let governance =
		|yes: &bool| if *yes { RuntimeOrigin::root() } else { RuntimeOrigin::signed(ALICE) };
	let id = |p: &u8| u64::from(*p);
	let strip =
		|r: frame_support::dispatch::DispatchResultWithPostInfo| r.map(|_| ()).map_err(|e| e.error);
	match call {
		Call::Create { who, kind, name, country } => IpParties::create_party(
			signed(who),
			KINDS[*kind],
			vec![b'n'; usize::from(*name)],
			COUNTRIES[*country],
			KeyKind::Sr25519,
			None,
		),
		Call::Update { who, name, country, locator } => IpParties::update_profile(
			signed(who),
			vec![b'n'; usize::from(*name)],
			COUNTRIES[*country],
			document(*locator),
		),
		Call::Services { who, count, duplicate } => {
			let services = (0..*count)
				.map(|i| Service {
					id: if *duplicate { b"s".to_vec() } else { vec![b'a' + i] },
					kind: b"LinkedDomains".to_vec(),
					endpoint: b"https://example.org".to_vec(),
				})
				.collect();
			IpParties::set_services(signed(who), services)
		},
		Call::AddAccount { who, key, wrong_proof } => {
			let key = KEYS[*key];
			let party = PartyOf::<Test>::get(SIGNERS[*who]).unwrap_or_default();
			let payload = IpParties::link_payload(party).unwrap_or_default();
			let signer = if *wrong_proof { key + 1 } else { key };
			IpParties::add_account(signed(who), key, TestSignature(signer, payload))
		},
		Call::RemoveAccount { who, key } => IpParties::remove_account(signed(who), KEYS[*key]),
		Call::Close { who } => strip(IpParties::close_party(signed(who))),
		Call::MakeAuthority { party, by_governance } => {
			IpParties::make_authority(governance(by_governance), id(party))
		},
		Call::Grant { party, role, country, by_governance } => IpParties::grant_role(
			governance(by_governance),
			id(party),
			ROLES[*role],
			COUNTRIES[*country],
		),
		Call::Revoke { party, role, country } => strip(IpParties::revoke_role(
			RuntimeOrigin::root(),
			id(party),
			ROLES[*role],
			COUNTRIES[*country],
		)),
		Call::Appoint { who, office, examiner } => {
			IpParties::appoint_examiner(signed(who), COUNTRIES[*office], id(examiner))
		},
		Call::Dismiss { who, office, examiner } => {
			IpParties::dismiss_examiner(signed(who), COUNTRIES[*office], id(examiner))
		},
		Call::Attest { who, party, office } => {
			IpParties::attest(signed(who), id(party), COUNTRIES[*office], document(8))
		},
		Call::RevokeAttestation { who, party, office } => {
			IpParties::revoke_attestation(signed(who), id(party), COUNTRIES[*office])
		},
		Call::AppointAgent { who, agent } => IpParties::appoint_agent(signed(who), id(agent)),
		Call::DismissAgent { who, agent } => IpParties::dismiss_agent(signed(who), id(agent)),
		Call::AddAppealRoute { forum, appellate, by_governance } => {
			IpParties::add_appeal_route(governance(by_governance), id(forum), id(appellate))
		},
		Call::RemoveAppealRoute { forum, appellate } => {
			IpParties::remove_appeal_route(RuntimeOrigin::root(), id(forum), id(appellate))
		},
		Call::Wait => {
			Timestamp::set_timestamp(Timestamp::get() + 86_400_000);
			System::set_block_number(System::block_number() + 1);
			Ok(())
		},
	}
}

fn cases() -> u32 {
	std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64)
}

proptest! {
	#![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

	#[test]
	fn any_sequence_of_calls_keeps_the_invariants_and_failures_change_nothing(
		calls in vec_of(call(), 1..40)
	) {
		new_test_ext().execute_with(|| {
			for (step, call) in calls.iter().enumerate() {
				let before = sp_io::storage::root(StateVersion::V1);
				let result = dispatch(call);
				if result.is_err() {
					prop_assert_eq!(
						sp_io::storage::root(StateVersion::V1),
						before,
						"step {} {:?} failed with {:?} but changed storage",
						step,
						call,
						result
					);
				}
				if let Err(e) = IpParties::do_try_state() {
					return Err(TestCaseError::fail(format!(
						"step {step} {call:?} ({result:?}) broke an invariant: {e:?}"
					)));
				}
			}
			Ok(())
		})?;
	}
}
