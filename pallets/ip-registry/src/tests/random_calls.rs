//! Random sequences of every registry call, from random signers (owners, co-applicants,
//! strangers, an agent, the office, its examiner, another office, an account without a
//! party) with random arguments, valid and invalid. After each call the storage invariants
//! (`do_try_state`) hold, and a call that fails changes nothing. A failing sequence shrinks to
//! a minimal one.
//!
//! `./scripts/test.sh` runs `PROPTEST_CASES` sequences (64 unless set); for many more:
//! `PROPTEST_CASES=5000 SKIP_WASM_BUILD=1 cargo test -p pallet-ip-registry random_calls`.

use super::*;
use proptest::{collection::vec as vec_of, prelude::*};
use sp_runtime::StateVersion;

/// Who signs: parties 1 to 4 (funded), AGENT (Alice's agent), the EPO's two accounts, its
/// examiner, the USPTO, and an account with no party.
const SIGNERS: [u64; 10] = [ALICE, BOB, 3, 4, AGENT, EP_ADMIN, 11, EXAMINER, US_ADMIN, NO_PARTY];
/// Parties that may be named: the funded ones, the agent, an unknown one.
const PARTIES: [u64; 6] = [ALICE, BOB, 3, 4, AGENT, UNKNOWN_PARTY];
const EVENTS: [KeyEvent; 16] = [
	KeyEvent::Filing,
	KeyEvent::Publication,
	KeyEvent::Grant,
	KeyEvent::Refusal,
	KeyEvent::Withdrawal,
	KeyEvent::Expiry,
	KeyEvent::Renewal,
	KeyEvent::Lapse,
	KeyEvent::Restoration,
	KeyEvent::OppositionFiled,
	KeyEvent::OppositionClosed,
	KeyEvent::Revocation,
	KeyEvent::TermExtension,
	KeyEvent::OwnershipChange,
	KeyEvent::SecurityInterest,
	KeyEvent::SecurityInterestReleased,
];
const KINDS: [RightKind; 4] =
	[RightKind::Patent, RightKind::Trademark, RightKind::Copyright, RightKind::TradeSecret];

#[derive(Clone, Debug)]
enum Call {
	File { who: usize, kind: usize, applicants: Vec<(usize, u8)>, title: u8 },
	Accept { who: usize, filing: u8 },
	WithdrawFiling { who: usize, filing: u8 },
	Record { who: usize, right: u8, event: usize, days_ago: u8 },
	TermEnd { who: usize, right: u8 },
	Renew { who: usize, right: u8 },
	Extend { who: usize, right: u8, months: u8 },
	Link { who: usize, right: u8, parent: u8 },
	Assign { who: usize, right: u8, to: Vec<(usize, u8)> },
	Pledge { who: usize, right: u8, holder: usize },
	Release { who: usize, right: u8, holder: usize },
	Approve { who: usize, right: u8 },
	RecordTransfer { who: usize, right: u8, days_ago: u8 },
	Cancel { who: usize, right: u8 },
	Anchor { who: usize, kind: usize, digest: u8, derived: Option<u8> },
	WithdrawAnchor { who: usize, digest: u8 },
	Commit { who: usize, digest: u8 },
	WithdrawCommitment { who: usize, digest: u8 },
	OfficeNumber { who: usize, right: u8, kind: u8, number: u8 },
	Priority { who: usize, right: u8, earlier: u8, days_before: u16 },
	Inventors { who: usize, right: u8, names: u8 },
	Wait { days: u16 },
}

fn signer() -> impl Strategy<Value = usize> {
	0..SIGNERS.len()
}

fn shares() -> impl Strategy<Value = Vec<(usize, u8)>> {
	vec_of((0..PARTIES.len(), 0u8..=100), 0..4)
}

fn call() -> impl Strategy<Value = Call> {
	prop_oneof![
		3 => (signer(), 0..KINDS.len(), shares(), 0u8..40)
			.prop_map(|(who, kind, applicants, title)| Call::File { who, kind, applicants, title }),
		1 => (signer(), 0u8..4).prop_map(|(who, filing)| Call::Accept { who, filing }),
		1 => (signer(), 0u8..4).prop_map(|(who, filing)| Call::WithdrawFiling { who, filing }),
		4 => (signer(), 0u8..4, 0..EVENTS.len(), 0u8..3)
			.prop_map(|(who, right, event, days_ago)| Call::Record { who, right, event, days_ago }),
		1 => (signer(), 0u8..4).prop_map(|(who, right)| Call::TermEnd { who, right }),
		1 => (signer(), 0u8..4).prop_map(|(who, right)| Call::Renew { who, right }),
		1 => (signer(), 0u8..4, 0u8..80).prop_map(|(who, right, months)| Call::Extend { who, right, months }),
		1 => (signer(), 0u8..4, 0u8..4).prop_map(|(who, right, parent)| Call::Link { who, right, parent }),
		2 => (signer(), 0u8..4, shares()).prop_map(|(who, right, to)| Call::Assign { who, right, to }),
		1 => (signer(), 0u8..4, 0..PARTIES.len())
			.prop_map(|(who, right, holder)| Call::Pledge { who, right, holder }),
		1 => (signer(), 0u8..4, 0..PARTIES.len())
			.prop_map(|(who, right, holder)| Call::Release { who, right, holder }),
		2 => (signer(), 0u8..4).prop_map(|(who, right)| Call::Approve { who, right }),
		2 => (signer(), 0u8..4, 0u8..3)
			.prop_map(|(who, right, days_ago)| Call::RecordTransfer { who, right, days_ago }),
		1 => (signer(), 0u8..4).prop_map(|(who, right)| Call::Cancel { who, right }),
		1 => (signer(), 0..KINDS.len(), 0u8..4, proptest::option::of(0u8..4))
			.prop_map(|(who, kind, digest, derived)| Call::Anchor { who, kind, digest, derived }),
		1 => (signer(), 0u8..4).prop_map(|(who, digest)| Call::WithdrawAnchor { who, digest }),
		2 => (signer(), 0u8..4).prop_map(|(who, digest)| Call::Commit { who, digest }),
		1 => (signer(), 0u8..4)
			.prop_map(|(who, digest)| Call::WithdrawCommitment { who, digest }),
		1 => (signer(), 0u8..4, 0u8..3, 0u8..3).prop_map(|(who, right, kind, number)| {
			Call::OfficeNumber { who, right, kind, number }
		}),
		1 => (signer(), 0u8..4, 0u8..5, 0u16..400)
			.prop_map(|(who, right, earlier, days_before)| Call::Priority {
				who,
				right,
				earlier,
				days_before
			}),
		1 => (signer(), 0u8..4, 0u8..4).prop_map(|(who, right, names)| Call::Inventors { who, right, names }),
		2 => (0u16..800).prop_map(|days| Call::Wait { days }),
	]
}

/// `(party, percent)` pairs as applicants: shares in parts per hundred (not always whole).
fn owners(pairs: &[(usize, u8)]) -> Vec<(u64, Perbill)> {
	pairs
		.iter()
		.map(|(p, share)| (PARTIES[*p], Perbill::from_percent((*share).into())))
		.collect()
}

fn details_ago(days_ago: u8) -> EventDetails<Vec<u8>> {
	let now = Timestamp::get();
	details(now.saturating_sub(u64::from(days_ago) * DAY))
}

fn dispatch(call: &Call) -> DispatchResult {
	let origin = |who: &usize| RuntimeOrigin::signed(SIGNERS[*who]);
	let right = |r: &u8| u64::from(*r);
	let hash = |d: &u8| ipledger_primitives::Hash::repeat_byte(*d + 1);
	// The signer's party's commitment to a digest (party 0's for a signer without a party).
	let commitment = |who: &usize, d: &u8| {
		let party = TestParties::party_of(&SIGNERS[*who]).unwrap_or_default();
		anchor_commitment(party, &hash(d), &SALT)
	};
	let strip =
		|r: frame_support::dispatch::DispatchResultWithPostInfo| r.map(|_| ()).map_err(|e| e.error);
	match call {
		Call::File { who, kind, applicants, title } => strip(Registry::file_application(
			origin(who),
			EP,
			KINDS[*kind],
			vec![b't'; usize::from(*title)],
			owners(applicants),
			if KINDS[*kind] == RightKind::Patent { vec![b"H04L 9/32".to_vec()] } else { vec![] },
			document(),
		)),
		Call::Accept { who, filing } => Registry::accept_filing(origin(who), u64::from(*filing)),
		Call::WithdrawFiling { who, filing } => {
			Registry::withdraw_filing(origin(who), u64::from(*filing))
		},
		Call::Record { who, right: r, event, days_ago } => {
			Registry::record_event(origin(who), right(r), EVENTS[*event], details_ago(*days_ago))
		},
		Call::TermEnd { who, right: r } => Registry::record_term_end(origin(who), right(r)),
		Call::Renew { who, right: r } => Registry::renew(origin(who), right(r)),
		Call::Extend { who, right: r, months } => {
			Registry::extend_term(origin(who), right(r), (*months).into(), details_ago(0))
		},
		Call::Link { who, right: r, parent } => {
			Registry::link_application(origin(who), right(r), right(parent), LinkKind::Divisional)
		},
		Call::Assign { who, right: r, to } => Registry::propose_transfer(
			origin(who),
			right(r),
			TransferKind::Assignment { to: owners(to) },
			document(),
		)
		.map(|_| ())
		.map_err(|e| e.error),
		Call::Pledge { who, right: r, holder } => Registry::propose_transfer(
			origin(who),
			right(r),
			TransferKind::SecurityInterest { holder: PARTIES[*holder] },
			document(),
		)
		.map(|_| ())
		.map_err(|e| e.error),
		Call::Release { who, right: r, holder } => Registry::propose_transfer(
			origin(who),
			right(r),
			TransferKind::Release { holder: PARTIES[*holder] },
			document(),
		)
		.map(|_| ())
		.map_err(|e| e.error),
		Call::Approve { who, right: r } => Registry::approve_transfer(origin(who), right(r))
			.map(|_| ())
			.map_err(|e| e.error),
		Call::RecordTransfer { who, right: r, days_ago } => {
			Registry::record_transfer(origin(who), right(r), details_ago(*days_ago))
		},
		Call::Cancel { who, right: r } => Registry::cancel_transfer(origin(who), right(r)),
		Call::Anchor { who, kind, digest, derived } => Registry::anchor(
			origin(who),
			KINDS[*kind],
			hash(digest),
			if KINDS[*kind] == RightKind::TradeSecret { vec![] } else { b"Work".to_vec() },
			derived.as_ref().map(hash),
			SALT,
		),
		Call::WithdrawAnchor { who, digest } => {
			Registry::withdraw_anchor(origin(who), hash(digest))
		},
		Call::Commit { who, digest } => {
			Registry::commit_anchor(origin(who), commitment(who, digest))
		},
		Call::WithdrawCommitment { who, digest } => {
			Registry::withdraw_commitment(origin(who), commitment(who, digest))
		},
		Call::OfficeNumber { who, right: r, kind, number } => {
			use ipledger_primitives::OfficeNumberKind::*;
			let kind = [Application, Publication, Registration][usize::from(*kind)];
			// Number 0 is empty, and refused.
			let number = (0..*number).map(|_| b'7').collect();
			Registry::set_office_number(origin(who), right(r), kind, number)
		},
		Call::Priority { who, right: r, earlier, days_before } => {
			let filing_date = Rights::<Test>::get(right(r))
				.map_or(START, |record| record.filing_date)
				.saturating_sub(u64::from(*days_before) * DAY);
			let claim = PriorityClaim {
				office: EP,
				application_number: earlier.to_string().into_bytes(),
				filing_date,
			};
			Registry::claim_priority(origin(who), right(r), claim)
		},
		Call::Inventors { who, right: r, names } => Registry::designate_inventors(
			origin(who),
			right(r),
			(0..*names)
				.map(|n| Inventor { name: vec![b'a' + n], party: (n == 0).then_some(ALICE) })
				.collect(),
		),
		Call::Wait { days } => {
			Timestamp::set_timestamp(Timestamp::get() + u64::from(*days) * DAY);
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
				if let Err(e) = Registry::do_try_state() {
					return Err(TestCaseError::fail(format!(
						"step {step} {call:?} ({result:?}) broke an invariant: {e:?}"
					)));
				}
			}
			Ok(())
		})?;
	}
}
