//! The office's filing fee (its rules, at least `MinFilingFee`), paid by the filer and kept by
//! the office; the office's time zone, in which priority periods count their days.

use super::*;
use frame_support::traits::fungible::InspectHold;
use ipledger_primitives::date::add_months;

fn rules_with(change: impl FnOnce(&mut KindRules<u128>)) {
	let mut rules = KindRules::default_for(RightKind::Patent);
	change(&mut rules);
	assert_ok!(Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, rules));
}

fn filing_hold(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Filing.into(), &who)
}

#[test]
fn a_filing_pays_the_offices_fee_which_it_keeps() {
	test(|| {
		rules_with(|rules| rules.filing_fee = 5);
		assert_ok!(Filing::new().submit());
		assert_eq!(Balances::free_balance(ALICE), FUNDS - 5);
		assert_eq!(Balances::free_balance(EP_ADMIN), 5);
		// Refused later, the office keeps it.
		assert_ok!(record(EP_ADMIN, 0, KeyEvent::Refusal));
		assert_eq!(Balances::free_balance(EP_ADMIN), 5);
	});
}

#[test]
fn the_least_filing_fee_applies_where_the_rules_ask_less() {
	test(|| {
		MinFilingFee::set(&3);
		assert_ok!(Filing::new().submit());
		assert_eq!(Balances::free_balance(EP_ADMIN), 3);
		rules_with(|rules| rules.filing_fee = 8);
		assert_ok!(Filing::new().submit());
		assert_eq!(Balances::free_balance(EP_ADMIN), 11);
	});
}

#[test]
fn a_co_applicants_filing_holds_its_fee_until_it_is_filed() {
	test(|| {
		rules_with(|rules| rules.filing_fee = 5);
		let with_bob = vec![(ALICE, Perbill::from_percent(50)), (BOB, Perbill::from_percent(50))];
		assert_ok!(Filing::new().with(|f| f.applicants = with_bob.clone()).submit());
		assert_eq!(filing_hold(ALICE), FILING_DEPOSIT + 5);
		assert_eq!(Balances::free_balance(EP_ADMIN), 0);
		assert_ok!(Registry::accept_filing(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(filing_hold(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), FUNDS - 5);
		assert_eq!(Balances::free_balance(EP_ADMIN), 5);

		// Withdrawn before the others accept, it costs nothing.
		assert_ok!(Filing::new().with(|f| f.applicants = with_bob).submit());
		assert_ok!(Registry::withdraw_filing(RuntimeOrigin::signed(BOB), 1));
		assert_eq!(filing_hold(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), FUNDS - 5);
	});
}

#[test]
fn a_filing_that_cannot_pay_its_fee_changes_nothing() {
	test(|| {
		rules_with(|rules| rules.filing_fee = u128::from(FUNDS));
		assert_noop!(Filing::new().submit(), Error::<Test>::CannotAffordFee);
		let with_bob = vec![(ALICE, Perbill::from_percent(50)), (BOB, Perbill::from_percent(50))];
		assert_noop!(
			Filing::new().with(|f| f.applicants = with_bob).submit(),
			Error::<Test>::CannotAffordDeposit
		);
		// The USPTO of the tests has no account to be paid at.
		MinFilingFee::set(&3);
		assert_noop!(
			Filing::new().with(|f| f.office = US).submit(),
			Error::<Test>::NoOfficeAccount
		);
	});
}

#[test]
fn a_priority_period_ends_with_the_last_day_in_the_offices_time_zone() {
	test(|| {
		// The earlier filing: START (midnight UTC), at an office with no application here.
		let earlier = START;
		let last_day = add_months(earlier, 12);
		// Filed at 20:00 UTC on the last day: in Tokyo (UTC+9) that is the next morning.
		Timestamp::set_timestamp(last_day + 20 * 3_600_000);
		let claim = || PriorityClaim {
			office: OfficeCode(*b"JP"),
			application_number: b"2026-000123".to_vec(),
			filing_date: earlier,
		};
		assert_ok!(Filing::new().submit());
		assert_ok!(Registry::claim_priority(RuntimeOrigin::signed(ALICE), 0, claim()));

		rules_with(|rules| rules.utc_offset_minutes = 540);
		assert_ok!(Filing::new().submit());
		assert_noop!(
			Registry::claim_priority(RuntimeOrigin::signed(ALICE), 1, claim()),
			Error::<Test>::PriorityExpired
		);

		// Filed at 02:00 UTC the day after: still the last day in New York (UTC-5).
		Timestamp::set_timestamp(last_day + DAY + 2 * 3_600_000);
		rules_with(|rules| rules.utc_offset_minutes = -300);
		assert_ok!(Filing::new().submit());
		assert_ok!(Registry::claim_priority(RuntimeOrigin::signed(ALICE), 2, claim()));
	});
}

#[test]
fn a_time_zone_beyond_utc_plus_14_or_minus_12_is_refused() {
	test(|| {
		for offset in [841, -721, i16::MAX, i16::MIN] {
			let mut rules = KindRules::default_for(RightKind::Patent);
			rules.utc_offset_minutes = offset;
			assert_noop!(
				Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, rules),
				Error::<Test>::InvalidRules
			);
		}
		rules_with(|rules| rules.utc_offset_minutes = 840);
		rules_with(|rules| rules.utc_offset_minutes = -720);
	});
}
