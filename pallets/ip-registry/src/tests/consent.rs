//! Every applicant consents to an application: a filing that names other parties waits for
//! them, and nothing refers to them until they accept.

use super::*;
use frame_support::traits::fungible::InspectHold;
use ipledger_primitives::traits::PartyReferences;

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Filing.into(), &who)
}

fn with_bob() -> Vec<(u64, Perbill)> {
	vec![(ALICE, Perbill::from_percent(60)), (BOB, Perbill::from_percent(40))]
}

fn accept(who: u64, filing: FilingId) -> DispatchResult {
	Registry::accept_filing(RuntimeOrigin::signed(who), filing)
}

fn withdraw(who: u64, filing: FilingId) -> DispatchResult {
	Registry::withdraw_filing(RuntimeOrigin::signed(who), filing)
}

#[test]
fn a_party_named_without_its_consent_is_not_bound_and_declines() {
	test(|| {
		assert_ok!(Filing::new().with(|f| f.applicants = with_bob()).submit());
		System::assert_last_event(
			Event::FilingAwaitingApplicants { filing: 0, office: EP, filed_by: ALICE, awaiting: 1 }
				.into(),
		);
		assert!(Rights::<Test>::get(0).is_none(), "no right before every applicant consents");
		assert!(!Registry::is_referenced(BOB), "Bob can still close his party");
		assert_eq!(held(ALICE), FILING_DEPOSIT);
		assert_eq!(PendingFilings::<Test>::get(0).unwrap().accepted.to_vec(), vec![ALICE]);

		assert_ok!(withdraw(BOB, 0));
		System::assert_last_event(Event::FilingWithdrawn { filing: 0 }.into());
		assert!(PendingFilings::<Test>::get(0).is_none());
		assert_eq!(held(ALICE), 0, "the filer's deposit is released");
		assert_eq!(NextRightId::<Test>::get(), 0);
	});
}

#[test]
fn the_last_acceptance_files_the_right_on_its_own_date() {
	test(|| {
		assert_ok!(Filing::new().with(|f| f.applicants = with_bob()).submit());
		Timestamp::set_timestamp(START + DAY);
		assert_ok!(accept(BOB, 0));
		let right = Rights::<Test>::get(0).unwrap();
		assert_eq!((right.filing_date, right.filed_by), (START + DAY, ALICE));
		assert_eq!(right.owners.to_vec(), with_bob());
		assert!(Registry::is_referenced(BOB));
		assert_eq!(held(ALICE), 0);
		assert!(PendingFilings::<Test>::get(0).is_none());
		System::assert_has_event(Event::FilingAccepted { filing: 0, party: BOB }.into());
		System::assert_has_event(
			Event::ApplicationFiled {
				right: 0,
				office: EP,
				kind: RightKind::Patent,
				application_number: 1,
				filed_by: ALICE,
			}
			.into(),
		);
	});
}

#[test]
fn an_agent_accepts_for_its_principal_and_files_for_all_it_represents() {
	test(|| {
		// Bob names Alice, whom AGENT represents: AGENT accepts for her.
		assert_ok!(Filing::new()
			.with(|f| {
				f.who = BOB;
				f.applicants = with_bob();
			})
			.submit());
		assert_ok!(accept(AGENT, 0));
		assert!(Rights::<Test>::get(0).is_some());
		// AGENT files for itself and Alice: it acts for both, so the right is filed at once.
		assert_ok!(Filing::new()
			.with(|f| {
				f.who = AGENT;
				f.applicants =
					vec![(ALICE, Perbill::from_percent(50)), (AGENT, Perbill::from_percent(50))];
			})
			.submit());
		assert!(Rights::<Test>::get(1).is_some());
		assert_eq!(PendingFilings::<Test>::iter().count(), 0);
	});
}

#[test]
fn accept_filing_refuses_bad_requests() {
	test(|| {
		assert_noop!(accept(BOB, 0), Error::<Test>::UnknownFiling);
		assert_ok!(Filing::new().with(|f| f.applicants = with_bob()).submit());
		assert_noop!(accept(NO_PARTY, 0), Error::<Test>::NoParty);
		assert_noop!(accept(3, 0), Error::<Test>::NotAnApplicant);
		assert_noop!(accept(ALICE, 0), Error::<Test>::NothingToAccept);
		assert_noop!(Registry::accept_filing(RuntimeOrigin::none(), 0), BadOrigin);
	});
}

#[test]
fn withdraw_filing_refuses_bad_requests() {
	test(|| {
		assert_noop!(withdraw(ALICE, 0), Error::<Test>::UnknownFiling);
		assert_ok!(Filing::new().with(|f| f.applicants = with_bob()).submit());
		assert_noop!(withdraw(3, 0), Error::<Test>::NotAnApplicant);
		assert_noop!(withdraw(NO_PARTY, 0), Error::<Test>::NotAnApplicant);
		assert_noop!(Registry::withdraw_filing(RuntimeOrigin::none(), 0), BadOrigin);
		assert_ok!(withdraw(ALICE, 0));
	});
}

#[test]
fn a_filer_must_afford_the_deposit_of_a_waiting_filing() {
	test(|| {
		// The examiner's party has no funds.
		assert_noop!(
			Filing::new()
				.with(|f| {
					f.who = EXAMINER;
					f.applicants = vec![
						(EXAMINER, Perbill::from_percent(50)),
						(BOB, Perbill::from_percent(50)),
					];
				})
				.submit(),
			Error::<Test>::CannotAffordDeposit
		);
	});
}
