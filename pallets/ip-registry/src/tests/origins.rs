//! Who may act is the runtime's choice: the calls ask `PartyOrigin` and `OfficeOrigin`, and the
//! origins of `ipledger_primitives::origins` answer from the parties pallet.

use super::*;
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};
use ipledger_primitives::{
	origins::{Actor, EnsureAuthority, EnsureOffice, EnsureParty},
	AuthorityRole,
};

type Party = EnsureParty<TestParties, u64>;
type Office = EnsureOffice<TestParties, u64>;
type Authority = EnsureAuthority<TestParties, u64>;

#[test]
fn the_party_origin_yields_the_signers_party() {
	test(|| {
		assert_eq!(
			Party::try_origin(RuntimeOrigin::signed(ALICE)).ok(),
			Some(Actor { account: ALICE, party: ALICE })
		);
		// An office's second account acts as the office's party.
		assert_eq!(
			Party::try_origin(RuntimeOrigin::signed(11)).ok(),
			Some(Actor { account: 11, party: EP_PARTY })
		);
		assert!(Party::try_origin(RuntimeOrigin::signed(NO_PARTY)).is_err());
		assert!(Party::try_origin(RuntimeOrigin::root()).is_err());
		assert!(Party::try_origin(RuntimeOrigin::none()).is_err());
	});
}

#[test]
fn the_office_origin_admits_the_office_and_its_examiners_for_its_own_jurisdiction_only() {
	test(|| {
		let office = |who: u64, jurisdiction| {
			Office::try_origin(RuntimeOrigin::signed(who), &jurisdiction).ok()
		};
		assert_eq!(office(EP_ADMIN, EP), Some(Actor { account: EP_ADMIN, party: EP_PARTY }));
		// An examiner acts for the office's party, not its own.
		assert_eq!(office(EXAMINER, EP), Some(Actor { account: EXAMINER, party: EP_PARTY }));
		assert_eq!(office(EXAMINER, US), None);
		assert_eq!(office(US_ADMIN, EP), None);
		assert_eq!(office(ALICE, EP), None);
		assert_eq!(office(NO_PARTY, EP), None);
		// No party is the office of DE: nobody acts for it.
		assert_eq!(office(COURT, DE), None);
		assert!(Office::try_origin(RuntimeOrigin::root(), &EP).is_err());
	});
}

#[test]
fn the_authority_origin_admits_a_court_for_its_role_and_jurisdiction_only() {
	test(|| {
		let authority = |who: u64, role, jurisdiction| {
			Authority::try_origin(RuntimeOrigin::signed(who), &(role, jurisdiction)).ok()
		};
		assert_eq!(
			authority(COURT, AuthorityRole::Court, DE),
			Some(Actor { account: COURT, party: COURT })
		);
		assert_eq!(authority(COURT, AuthorityRole::Court, EP), None);
		assert_eq!(authority(COURT, AuthorityRole::Customs, DE), None);
		assert_eq!(authority(ALICE, AuthorityRole::Court, DE), None);
		// For an office, its examiners count, as with the office origin.
		assert_eq!(
			authority(EXAMINER, AuthorityRole::IpOffice, EP),
			Some(Actor { account: EXAMINER, party: EP_PARTY })
		);
		// An examiner is not itself an authority of another role.
		assert_eq!(authority(EXAMINER, AuthorityRole::Court, EP), None);
	});
}

#[test]
fn a_refused_signer_is_told_why_and_an_unsigned_origin_gets_bad_origin() {
	test(|| {
		let right = filed();
		let grant = |origin| Registry::record_event(origin, right, KeyEvent::Grant, details(START));
		assert_noop!(grant(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotOffice);
		assert_noop!(grant(RuntimeOrigin::signed(NO_PARTY)), Error::<Test>::NotOffice);
		assert_noop!(grant(RuntimeOrigin::root()), BadOrigin);
		assert_noop!(grant(RuntimeOrigin::none()), BadOrigin);
		// An unknown right is reported before the origin, which depends on its office.
		assert_noop!(
			Registry::record_event(
				RuntimeOrigin::signed(EP_ADMIN),
				99,
				KeyEvent::Grant,
				details(START)
			),
			Error::<Test>::UnknownRight
		);

		let anchor = |origin| {
			Registry::anchor(origin, RightKind::Copyright, [3; 32].into(), vec![], None, [0; 32])
		};
		assert_noop!(anchor(RuntimeOrigin::signed(NO_PARTY)), Error::<Test>::NoParty);
		assert_noop!(anchor(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn the_office_origin_records_the_acting_account_not_the_office() {
	test(|| {
		let right = filed();
		assert_ok!(grant_on(right, START));
		let grant = History::<Test>::get(right, 1).expect("the grant is recorded");
		assert_eq!(grant.recorded_by, EP_ADMIN);
		assert_ok!(Registry::record_event(
			RuntimeOrigin::signed(EXAMINER),
			right,
			KeyEvent::Revocation,
			details(START)
		));
		let revocation = History::<Test>::get(right, 2).expect("the revocation is recorded");
		assert_eq!(revocation.recorded_by, EXAMINER);
	});
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
fn the_office_origin_benchmarks_sign_with_the_offices_payee() {
	test(|| {
		use frame_support::traits::OriginTrait;
		let signer = |origin: Result<RuntimeOrigin, ()>| origin.ok()?.into_signer();
		assert_eq!(signer(Office::try_successful_origin(&EP)), Some(EP_ADMIN));
		// The USPTO of the tests has no account to sign with.
		assert!(signer(Office::try_successful_origin(&US)).is_none());
		assert_eq!(
			signer(Authority::try_successful_origin(&(AuthorityRole::IpOffice, EP))),
			Some(EP_ADMIN)
		);
		assert!(signer(Authority::try_successful_origin(&(AuthorityRole::Court, DE))).is_none());
	});
}
