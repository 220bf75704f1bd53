//! Event date and effective date kept apart: the history stays in the order of its event
//! dates, the chain of title in the order of its effective dates, and `legal_state_on` and
//! `owners_on` answer by the dates events take effect.

use super::{
	transfers::{approve, propose, to, CAROL},
	*,
};
use ipledger_primitives::date::add_months;

fn dated(event_date: u64, effective_date: Option<u64>) -> EventDetails<Vec<u8>> {
	EventDetails { effective_date, ..details(event_date) }
}

/// Assigns `right` (Alice's alone) to `owner`, recorded by the EPO with `details`.
fn assign(right: u64, owner: u64, details: EventDetails<Vec<u8>>) -> DispatchResult {
	propose(ALICE, right, to(whole(owner)))?;
	approve(owner, right)?;
	Registry::record_transfer(RuntimeOrigin::signed(EP_ADMIN), right, details)
}

#[test]
fn a_lapse_after_an_event_in_its_grace_is_dated_after_it_and_takes_effect_at_the_term_end() {
	test(|| {
		let right = filed();
		assert_ok!(grant_on(right, START));
		// The first annuity year ends unpaid; in the grace period the right is assigned.
		let ends = add_months(START, 12);
		let in_grace = ends + 10 * DAY;
		Timestamp::set_timestamp(in_grace);
		assert_ok!(assign(right, CAROL, details(in_grace)));
		// The grace runs out without a renewal.
		let grace_ends = add_months(ends, 6);
		Timestamp::set_timestamp(grace_ends + DAY);
		assert_ok!(Registry::record_term_end(RuntimeOrigin::signed(BOB), right));

		let lapse = Registry::history(right).into_iter().last();
		let lapse = lapse.expect("the lapse is recorded");
		assert_eq!(lapse.event, KeyEvent::Lapse);
		// Dated when it became certain, after the assignment; effective at the term's end.
		assert_eq!(lapse.details.event_date, grace_ends);
		assert_eq!(lapse.details.effective_date, Some(ends));
		System::assert_last_event(Event::RightLapsed { right, on: ends }.into());
		// Asked about a day in the grace period, the lapse already holds (it took effect at
		// the end of the paid year), and Carol owns it since the assignment.
		assert_eq!(Registry::legal_state_on(right, in_grace), Some(LegalState::NoLongerInForce));
		assert_eq!(Registry::legal_state_on(right, ends - 1), Some(LegalState::InForce));
		assert_eq!(Registry::owners_on(right, in_grace), whole(CAROL));
		assert_eq!(Registry::owners_on(right, in_grace - 1), whole(ALICE));
	});
}

#[test]
fn an_office_event_may_take_effect_retroactively_but_not_before_the_filing_or_later() {
	test(|| {
		let right = filed();
		assert_ok!(grant_on(right, START));
		Timestamp::set_timestamp(START + 30 * DAY);
		let revoke = |details| {
			Registry::record_event(
				RuntimeOrigin::signed(EP_ADMIN),
				right,
				KeyEvent::Revocation,
				details,
			)
		};
		assert_noop!(
			revoke(dated(START + 20 * DAY, Some(START - 1))),
			Error::<Test>::InvalidEffectiveDate
		);
		assert_noop!(
			revoke(dated(START + 20 * DAY, Some(START + 21 * DAY))),
			Error::<Test>::InvalidEffectiveDate
		);
		// Revoked on day 20 with effect from day 5.
		assert_ok!(revoke(dated(START + 20 * DAY, Some(START + 5 * DAY))));
		assert_eq!(Registry::legal_state_on(right, START + 4 * DAY), Some(LegalState::InForce));
		assert_eq!(
			Registry::legal_state_on(right, START + 5 * DAY),
			Some(LegalState::NoLongerInForce)
		);
	});
}

#[test]
fn a_change_of_ownership_cannot_take_effect_before_the_latest_one() {
	test(|| {
		let right = filed();
		Timestamp::set_timestamp(START + 30 * DAY);
		assert_ok!(assign(right, CAROL, details(START + 20 * DAY)));
		// Carol assigns to Bob, recorded later but said to take effect before Carol's title.
		assert_ok!(propose(CAROL, right, to(whole(BOB))));
		assert_ok!(approve(BOB, right));
		assert_noop!(
			Registry::record_transfer(
				RuntimeOrigin::signed(EP_ADMIN),
				right,
				dated(START + 25 * DAY, Some(START + 10 * DAY))
			),
			Error::<Test>::TitleOutOfOrder
		);
		// Taking effect on the day Carol's did is in order.
		assert_ok!(Registry::record_transfer(
			RuntimeOrigin::signed(EP_ADMIN),
			right,
			dated(START + 25 * DAY, Some(START + 20 * DAY))
		));
		assert_eq!(Registry::owners_on(right, START + 20 * DAY), whole(BOB));
		assert_eq!(Registry::owners_on(right, START + 19 * DAY), whole(ALICE));
	});
}
