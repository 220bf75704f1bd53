//! A right whose term ended (recorded or not) no longer changes hands and takes no office
//! events but those that end it; a full history still takes the events that end a right.

use super::{
	transfers::{approve, propose, record_it, to, CAROL, DAVE},
	*,
};
use ipledger_primitives::date::add_months;

/// A layout design (one ten-year term) granted at START; returns it and its term's end.
fn granted_design() -> (u64, u64) {
	let right = layout_design();
	assert_ok!(grant_on(right, START));
	(right, add_months(START, 120))
}

#[test]
fn a_right_past_its_term_is_not_assigned_before_its_expiry_is_recorded() {
	test(|| {
		let (right, end) = granted_design();
		Timestamp::set_timestamp(end + DAY);
		assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Granted, "not recorded");
		assert_noop!(propose(ALICE, right, to(whole(CAROL))), Error::<Test>::Expired);
		assert_noop!(
			propose(ALICE, right, TransferKind::SecurityInterest { holder: DAVE }),
			Error::<Test>::Expired
		);
	});
}

#[test]
fn a_transfer_proposed_in_time_is_not_recorded_once_the_term_ended() {
	test(|| {
		let (right, end) = granted_design();
		Timestamp::set_timestamp(end - DAY);
		assert_ok!(propose(ALICE, right, to(whole(CAROL))));
		assert_ok!(approve(CAROL, right));
		Timestamp::set_timestamp(end + DAY);
		assert_noop!(
			Registry::record_transfer(RuntimeOrigin::signed(EP_ADMIN), right, details(end)),
			Error::<Test>::Expired
		);
		// Dated while it was in force, the office records it (retroactive recordal) only while
		// the right is still in force now: not here.
		assert_noop!(
			Registry::record_transfer(RuntimeOrigin::signed(EP_ADMIN), right, details(end - DAY)),
			Error::<Test>::Expired
		);
		assert_eq!(Registry::owners(right), whole(ALICE));
	});
}

#[test]
fn a_lapsed_but_unrecorded_patent_takes_only_the_events_that_end_it() {
	test(|| {
		// A patent granted at START: its first annuity year ends after 12 months, its grace 6
		// months later; nobody renews it.
		let right = filed();
		assert_ok!(grant_on(right, START));
		let grace_ends = add_months(START, 18);
		Timestamp::set_timestamp(grace_ends + DAY);
		assert_noop!(
			Registry::extend_term(RuntimeOrigin::signed(EP_ADMIN), right, 6, details(grace_ends)),
			Error::<Test>::Lapsed
		);
		assert_noop!(propose(ALICE, right, to(whole(CAROL))), Error::<Test>::Lapsed);
		assert_ok!(Registry::record_event(
			RuntimeOrigin::signed(EP_ADMIN),
			right,
			KeyEvent::Revocation,
			details(grace_ends)
		));
	});
}

/// Fills the right's history up to `len` entries with copies of its latest entry.
fn fill_history_to(right: u64, len: u32) {
	let record = Rights::<Test>::get(right).unwrap();
	let last = History::<Test>::get(right, record.history_len - 1).unwrap();
	for index in record.history_len..len {
		History::<Test>::insert(right, index, last.clone());
	}
	Rights::<Test>::mutate(right, |r| r.as_mut().unwrap().history_len = len);
}

#[test]
fn a_full_history_still_takes_the_events_that_end_a_right() {
	test(|| {
		let max: u32 = <Test as Config>::MaxHistoryLen::get();
		let ordinary = max - Registry::history_reserve();
		let right = filed();
		fill_history_to(right, ordinary);
		assert_noop!(record(EP_ADMIN, right, KeyEvent::Publication), Error::<Test>::HistoryFull);
		assert_ok!(record(EP_ADMIN, right, KeyEvent::Refusal));
		assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Refused);
	});
}

#[test]
fn a_full_history_still_takes_a_revocation_and_the_releases_after_it() {
	test(|| {
		let max: u32 = <Test as Config>::MaxHistoryLen::get();
		let right = filed();
		assert_ok!(grant_on(right, START));
		for holder in [CAROL, DAVE] {
			assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder }));
			assert_ok!(approve(holder, right));
			assert_ok!(record_it(EP_ADMIN, right));
		}
		fill_history_to(right, max - Registry::history_reserve());
		assert_noop!(
			record(EP_ADMIN, right, KeyEvent::OppositionFiled),
			Error::<Test>::HistoryFull
		);
		assert_ok!(record(EP_ADMIN, right, KeyEvent::Revocation));
		for holder in [CAROL, DAVE] {
			assert_ok!(propose(holder, right, TransferKind::Release { holder }));
			assert_ok!(record_it(EP_ADMIN, right));
		}
		assert!(SecurityInterests::<Test>::get(right).is_empty());
		assert!(Rights::<Test>::get(right).unwrap().history_len <= max);
	});
}
