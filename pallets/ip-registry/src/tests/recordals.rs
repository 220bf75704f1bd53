//! What licensing and enforcement record on a right through `RightsEffects` and read through
//! `RightsInspect::term_limit`: licences and their end, decisions that leave the right as it
//! is.

use super::*;
use ipledger_primitives::{
	date::add_months,
	traits::{Recordal, RightsEffects},
};

/// The account that acts for the licensing or enforcement pallet in these tests.
const BY: u64 = 40;

fn recordal(date: u64) -> Recordal<'static> {
	Recordal { date, reference: b"licence 7" }
}

fn licence(right: u64, date: u64) -> DispatchResult {
	<Registry as RightsEffects<u64>>::record_licence(right, &BY, recordal(date))
}

fn licence_end(right: u64, date: u64) -> DispatchResult {
	<Registry as RightsEffects<u64>>::record_licence_end(right, &BY, recordal(date))
}

fn decision(right: u64, date: u64) -> DispatchResult {
	<Registry as RightsEffects<u64>>::record_decision(right, &BY, recordal(date))
}

fn last_entry(right: u64) -> StatusRecord<Test> {
	let len = Rights::<Test>::get(right).unwrap().history_len;
	History::<Test>::get(right, len - 1).unwrap()
}

#[test]
fn a_licence_is_recorded_on_an_application_and_on_a_granted_right_leaving_its_stage() {
	test(|| {
		let right = filed();
		assert_ok!(licence(right, START));
		let entry = last_entry(right);
		assert_eq!(
			(entry.event, entry.stage, entry.recorded_by),
			(KeyEvent::LicenceRecorded, Stage::Filed, BY)
		);
		assert_eq!(entry.details.gazette_reference.to_vec(), b"licence 7".to_vec());
		assert_ok!(grant_on(right, START));
		assert_ok!(licence(right, START));
		assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Granted);
		assert_eq!(Registry::history(right).len(), 4);
	});
}

#[test]
fn no_licence_is_recorded_on_a_right_that_ended_but_its_end_and_decisions_are() {
	test(|| {
		let right = filed();
		assert_ok!(grant_on(right, START));
		assert_ok!(licence(right, START));
		assert_ok!(record(EP_ADMIN, right, KeyEvent::Revocation));
		assert_noop!(licence(right, START), Error::<Test>::RightRevoked);
		// A licence ends with the right; a court decides on infringement before the revocation.
		assert_ok!(licence_end(right, START));
		assert_eq!(last_entry(right).event, KeyEvent::LicenceEnded);
		assert_ok!(decision(right, START));
		assert_eq!(
			(last_entry(right).event, last_entry(right).stage),
			(KeyEvent::Decision, Stage::Revoked)
		);
	});
}

#[test]
fn no_licence_is_recorded_past_the_term_even_before_the_expiry_is() {
	test(|| {
		let right = layout_design();
		assert_ok!(grant_on(right, START));
		let end = add_months(START, 120);
		Timestamp::set_timestamp(end + DAY);
		assert_noop!(licence(right, end + DAY), Error::<Test>::Expired);
		// Dated while the term ran, it is refused too: the right no longer changes now.
		assert_noop!(licence(right, START), Error::<Test>::Expired);
		assert_ok!(licence_end(right, end));
	});
}

#[test]
fn a_recorded_licence_leaves_a_proposed_assignment_in_place() {
	test(|| {
		let right = filed();
		assert_ok!(Registry::propose_transfer(
			RuntimeOrigin::signed(ALICE),
			right,
			TransferKind::Assignment { to: whole(BOB) },
			document()
		));
		assert_ok!(licence(right, START));
		assert_ok!(decision(right, START));
		assert!(PendingTransfers::<Test>::contains_key(right));
	});
}

#[test]
fn recordals_are_checked_and_change_nothing_when_refused() {
	test(|| {
		assert_noop!(licence(9, START), Error::<Test>::UnknownRight);
		assert_noop!(decision(9, START), Error::<Test>::UnknownRight);
		let right = filed();
		assert_noop!(licence(right, START - 1), Error::<Test>::EventBeforeFiling);
		assert_noop!(licence_end(right, START + DAY), Error::<Test>::EventInFuture);
		let long = Recordal { date: START, reference: &[b'x'; 65] };
		assert_noop!(
			<Registry as RightsEffects<u64>>::record_decision(right, &BY, long),
			Error::<Test>::ReferenceTooLong
		);
		Timestamp::set_timestamp(START + 2 * DAY);
		assert_ok!(licence(right, START + 2 * DAY));
		assert_noop!(decision(right, START + DAY), Error::<Test>::EventOutOfOrder);
		fill_history(right);
		assert_noop!(licence(right, START + 2 * DAY), Error::<Test>::HistoryFull);
		assert_noop!(decision(right, START + 2 * DAY), Error::<Test>::HistoryFull);
	});
}

#[test]
fn the_term_limit_is_known_once_a_right_with_a_maximum_term_is_granted() {
	test(|| {
		assert_eq!(Registry::term_limit(9), None);
		let patent = filed();
		assert_eq!(Registry::term_limit(patent), None, "fixed at the grant");
		assert_ok!(grant_on(patent, START));
		// A European patent: 20 years from filing.
		assert_eq!(Registry::term_limit(patent), Some(add_months(START, 240)));
		let mark = NextRightId::<Test>::get();
		assert_ok!(Filing::new().with(trademark).submit());
		assert_ok!(grant_on(mark, START));
		assert_eq!(Registry::term_limit(mark), None, "a trademark renews for ever");
	});
}

#[test]
fn the_end_of_force_is_the_effective_date_of_what_ended_the_right() {
	test(|| {
		assert_eq!(Registry::end_of_force(9), None, "no right");
		let right = filed();
		assert_eq!(Registry::end_of_force(right), None, "pending");
		assert_ok!(grant_on(right, START));
		assert_eq!(Registry::end_of_force(right), None, "in force");
		// Revoked ten days on, with effect from the second day; a licence's end noted after
		// the revocation leaves the end where it was.
		let (revoked, effect) = (START + 10 * DAY, START + 2 * DAY);
		Timestamp::set_timestamp(revoked);
		assert_ok!(Registry::record_event(
			RuntimeOrigin::signed(EP_ADMIN),
			right,
			KeyEvent::Revocation,
			EventDetails { effective_date: Some(effect), ..details(revoked) }
		));
		assert_ok!(licence_end(right, revoked));
		assert_eq!(Registry::end_of_force(right), Some(effect));
		assert_eq!(Registry::legal_state_on(right, effect - 1), Some(LegalState::InForce));
		assert_eq!(Registry::legal_state_on(right, effect), Some(LegalState::NoLongerInForce));
	});
}

#[test]
fn the_end_of_force_of_a_refused_application_or_a_term_run_out_unrecorded() {
	test(|| {
		let refused = filed();
		Timestamp::set_timestamp(START + DAY);
		assert_ok!(Registry::record_event(
			RuntimeOrigin::signed(EP_ADMIN),
			refused,
			KeyEvent::Refusal,
			details(START + DAY)
		));
		assert_eq!(Registry::end_of_force(refused), Some(START + DAY));
		// A patent granted at START whose first annuity year (12 months) and its grace
		// (6 months more) ran out with no renewal: it ended when the paid year did.
		let patent = NextRightId::<Test>::get();
		assert_ok!(Filing::new().submit());
		assert_ok!(grant_on(patent, START + DAY));
		Timestamp::set_timestamp(add_months(START, 18) - 1);
		assert_eq!(Registry::end_of_force(patent), None, "a renewal may still come");
		Timestamp::set_timestamp(add_months(START, 18) + DAY);
		let paid_year = Rights::<Test>::get(patent).unwrap().term.unwrap().ends;
		assert_eq!(Registry::end_of_force(patent), Some(paid_year));
		assert_eq!(Registry::legal_state_on(patent, paid_year), Some(LegalState::NoLongerInForce));
	});
}

#[test]
fn a_revocation_with_effect_from_the_filing_leaves_the_right_never_in_force() {
	test(|| {
		let right = filed();
		Timestamp::set_timestamp(START + 10 * DAY);
		assert_ok!(grant_on(right, START + DAY));
		// Invalidated ab initio: deemed never to have had effect.
		assert_ok!(Registry::record_event(
			RuntimeOrigin::signed(EP_ADMIN),
			right,
			KeyEvent::Revocation,
			EventDetails { effective_date: Some(START), ..details(START + 10 * DAY) }
		));
		for date in [START, START + DAY, START + 5 * DAY, START + 10 * DAY] {
			assert_eq!(
				Registry::legal_state_on(right, date),
				Some(LegalState::NoLongerInForce),
				"{date}"
			);
		}
		assert_eq!(Registry::end_of_force(right), Some(START));
	});
}
