//! The bounds and the rarer refusals: a right's and a parent's room for licences, periods past
//! a licence's end, licences without royalties, a period without owners, an offer already
//! taken, an invalid office code, identifiers that would overflow. Each changes nothing.

use super::flow::{accept, offer_of, terms};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use ipledger_primitives::{date::add_months, testing::MockRights, OfficeCode};
use sp_runtime::Permill;

/// Non-exclusive terms of the German patent that any number of parties may take.
fn open_non_exclusive() -> TermsOf<Test> {
	TermsOf::<Test> { exclusivity: Exclusivity::NonExclusive, ..terms(DE_PATENT) }
}

/// Offers `terms` as `who` to any number of licensees; returns the offer.
fn open_offer(who: u64, parent: Option<LicenceId>, terms: TermsOf<Test>) -> OfferId {
	let id = NextOfferId::<Test>::get();
	let origin = RuntimeOrigin::signed(who);
	let offered = match parent {
		None => Licensing::offer(origin, terms, None, None),
		Some(parent) => Licensing::offer_sublicence(origin, parent, terms, None, None),
	};
	assert_ok!(offered);
	id
}

/// `accept` of `offer` by `who`, naming the offer's current terms.
fn try_accept(who: u64, offer: OfferId) -> sp_runtime::DispatchResult {
	let hash = terms_hash::<Test>(&Offers::<Test>::get(offer).expect("an open offer").terms);
	Licensing::accept(RuntimeOrigin::signed(who), offer, hash)
}

#[test]
fn a_right_holds_at_most_its_bound_of_licences() {
	test(|| {
		let offer = open_offer(ALICE, None, open_non_exclusive());
		// The mock's bound is four licences a right.
		for licensee in [CAROL, DAVE, EVE, 6] {
			assert_ok!(try_accept(licensee, offer));
		}
		assert_noop!(try_accept(7, offer), Error::<Test>::TooManyLicences);
		// Releasing an ended one makes room.
		let first = LicencesOfRight::<Test>::get(DE_PATENT)[0];
		assert_ok!(Licensing::surrender(RuntimeOrigin::signed(CAROL), first));
		assert_ok!(Licensing::release(RuntimeOrigin::signed(ALICE), first));
		assert_ok!(try_accept(7, offer));
	});
}

#[test]
fn a_licence_holds_at_most_its_bound_of_sublicences() {
	test(|| {
		let parent = accept(
			CAROL,
			offer_of(ALICE, TermsOf::<Test> { sublicensable: true, ..terms(DE_PATENT) }),
		);
		let sub = TermsOf::<Test> { exclusivity: Exclusivity::NonExclusive, ..terms(DE_PATENT) };
		let offer = open_offer(CAROL, Some(parent), sub);
		// The mock's bound is two sublicences a licence.
		assert_ok!(try_accept(DAVE, offer));
		assert_ok!(try_accept(EVE, offer));
		assert_noop!(try_accept(6, offer), Error::<Test>::TooManySublicences);
	});
}

#[test]
fn no_period_is_reported_past_the_licences_end() {
	test(|| {
		// Forty days, reported monthly: the second period is cut at the end; none follows.
		let short = TermsOf::<Test> { end: Some(START + 40 * DAY), ..terms(DE_PATENT) };
		let licence = accept(CAROL, offer_of(ALICE, short));
		Timestamp::set_timestamp(START + 41 * DAY);
		let report = |period| {
			Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, period, 100, 0)
		};
		let record = Licences::<Test>::get(licence).unwrap();
		assert_eq!(
			Licensing::period_bounds(&record, 1),
			Some((add_months(START, 1), START + 40 * DAY))
		);
		assert_ok!(report(0));
		assert_ok!(report(1));
		assert_noop!(report(2), Error::<Test>::PeriodOutsideLicence);
		assert_eq!(Licensing::royalty_due(licence, 2, 100, 0), None);
	});
}

#[test]
fn a_licence_without_running_royalties_takes_no_report() {
	test(|| {
		let mut paid_up = terms(DE_PATENT);
		paid_up.payment = Payment {
			upfront: 500,
			royalty_rate: Permill::zero(),
			per_unit: 0,
			minimum: 0,
			period_months: 0,
			grace_days: 0,
		};
		let licence = accept(CAROL, offer_of(ALICE, paid_up));
		Timestamp::set_timestamp(add_months(START, 2));
		assert_noop!(
			Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, 0, 1_000, 0),
			Error::<Test>::NoRoyalties
		);
		assert_eq!(Licensing::royalty_due(licence, 0, 1_000, 0), None);
	});
}

#[test]
fn royalties_of_a_period_without_owners_are_refused() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		// The register shows no owner from the second day on (as a right abandoned to no
		// one would): the first period's royalties have no one to go to.
		MockRights::assign(DE_PATENT, START + DAY, vec![]);
		Timestamp::set_timestamp(add_months(START, 1));
		assert_noop!(
			Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, 0, 1_000, 0),
			Error::<Test>::NoPayee
		);
	});
}

#[test]
fn an_offer_someone_took_cannot_change() {
	test(|| {
		let offer = open_offer(ALICE, None, open_non_exclusive());
		assert_ok!(try_accept(CAROL, offer));
		let cheaper = TermsOf::<Test> {
			payment: Payment { upfront: 1, ..open_non_exclusive().payment },
			..open_non_exclusive()
		};
		assert_noop!(
			Licensing::amend_offer(RuntimeOrigin::signed(ALICE), offer, cheaper),
			Error::<Test>::OfferTaken
		);
	});
}

#[test]
fn a_consent_rule_needs_a_valid_office_code() {
	test(|| {
		for code in [*b"ep", *b"E1", *b"  "] {
			assert_noop!(
				Licensing::set_non_exclusive_consent(
					RuntimeOrigin::root(),
					OfficeCode(code),
					NonExclusiveConsent::AnyOwner
				),
				Error::<Test>::InvalidOfficeCode
			);
		}
	});
}

#[test]
fn identifiers_that_would_overflow_are_refused() {
	test(|| {
		NextOfferId::<Test>::put(OfferId::MAX);
		assert_noop!(
			Licensing::offer(RuntimeOrigin::signed(ALICE), terms(DE_PATENT), None, None),
			Error::<Test>::Overflow
		);
		NextOfferId::<Test>::put(0);
		let offer = offer_of(ALICE, terms(DE_PATENT));
		NextLicenceId::<Test>::put(LicenceId::MAX);
		assert_noop!(try_accept(CAROL, offer), Error::<Test>::Overflow);
	});
}
