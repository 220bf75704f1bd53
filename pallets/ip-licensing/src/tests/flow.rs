//! The licensing flow: offer, consent, accept with the upfront fee, royalty reports split by
//! shares, default and termination, surrender, transfer, sublicences, release.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use ipledger_primitives::{
	date::add_months,
	testing::MockRights,
	traits::{LicensingInspect, PartyReferences},
	LegalState, Moment, RightId,
};
use sp_runtime::{Perbill, Permill};

/// Exclusive terms for `right` in Germany for a year from [`START`], in its scheme's first
/// field: 100 upfront, 10% of net revenue monthly with a minimum of 10, 10 days' grace.
pub fn terms(right: RightId) -> TermsOf<Test> {
	let field = match right {
		DE_MARK => Field::Class(BoundedVec::truncate_from(b"9".to_vec())),
		WORK => Field::TextAndDataMining,
		_ => Field::Class(BoundedVec::truncate_from(b"H04L".to_vec())),
	};
	Terms {
		right,
		licensee: None,
		territory: Territory::Countries(BoundedVec::truncate_from(vec![CountryCode(*b"DE")])),
		fields: FieldOfUse::Fields(BoundedVec::truncate_from(vec![field])),
		exclusivity: Exclusivity::Exclusive,
		start: START,
		end: Some(START + 365 * DAY),
		sublicensable: false,
		transferable: false,
		payment: Payment {
			upfront: 100,
			royalty_rate: Permill::from_percent(10),
			per_unit: 0,
			minimum: 10,
			period_months: 1,
			grace_days: 10,
		},
	}
}

/// Offers `terms` as `who`; returns the offer.
pub fn offer_of(who: u64, terms: TermsOf<Test>) -> OfferId {
	let id = NextOfferId::<Test>::get();
	assert_ok!(Licensing::offer(RuntimeOrigin::signed(who), terms, None, None));
	id
}

/// Accepts `offer` as `who`, naming its current terms; returns the licence.
pub fn accept(who: u64, offer: OfferId) -> LicenceId {
	let id = NextLicenceId::<Test>::get();
	let hash = terms_hash::<Test>(&Offers::<Test>::get(offer).expect("an open offer").terms);
	assert_ok!(Licensing::accept(RuntimeOrigin::signed(who), offer, hash));
	id
}

fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

fn at(moment: Moment) {
	Timestamp::set_timestamp(moment);
}

fn hash_of(offer: OfferId) -> ipledger_primitives::Hash {
	terms_hash::<Test>(&Offers::<Test>::get(offer).unwrap().terms)
}

#[test]
fn an_owner_offers_and_a_party_accepts_paying_the_upfront_fee() {
	test(|| {
		let offer = offer_of(ALICE, terms(DE_PATENT));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Offer.into(), &ALICE), OFFER_DEPOSIT);
		let licence = accept(CAROL, offer);
		assert_eq!(free(ALICE), FUNDS - OFFER_DEPOSIT + 100);
		assert_eq!(free(CAROL), FUNDS - 100 - LICENCE_DEPOSIT);
		let record = Licences::<Test>::get(licence).unwrap();
		assert_eq!((record.licensee, record.terms.licensee), (CAROL, Some(CAROL)));
		assert!(LicencesOf::<Test>::contains_key(CAROL, licence));
		assert!(Licensing::is_referenced(CAROL) && !Licensing::is_referenced(DAVE));
		System::assert_has_event(
			Event::Licensed { licence, offer, right: DE_PATENT, licensee: CAROL, upfront: 100 }
				.into(),
		);
	});
}

#[test]
fn co_owners_consent_before_an_exclusive_licence_and_the_fee_is_split_exactly() {
	test(|| {
		let offer = offer_of(ALICE, terms(EP_PATENT));
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(CAROL), offer, hash_of(offer)),
			Error::<Test>::AwaitingConsent
		);
		assert_noop!(
			Licensing::consent(RuntimeOrigin::signed(CAROL), offer),
			Error::<Test>::NotAnOwner
		);
		assert_ok!(Licensing::consent(RuntimeOrigin::signed(BOB), offer));
		assert_noop!(
			Licensing::consent(RuntimeOrigin::signed(BOB), offer),
			Error::<Test>::AlreadyConsented
		);
		let (alice, bob) = (free(ALICE), free(BOB));
		accept(CAROL, offer);
		// 100 by 2/3 and 1/3: 66 and 33, the unit left over to the larger share.
		assert_eq!((free(ALICE) - alice, free(BOB) - bob), (67, 33));
	});
}

#[test]
fn an_office_may_let_one_co_owner_grant_a_non_exclusive_licence() {
	test(|| {
		let mut t = terms(EP_PATENT);
		t.exclusivity = Exclusivity::NonExclusive;
		let offer = offer_of(ALICE, t);
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(CAROL), offer, hash_of(offer)),
			Error::<Test>::AwaitingConsent
		);
		assert_noop!(
			Licensing::set_non_exclusive_consent(
				RuntimeOrigin::signed(ALICE),
				EP,
				NonExclusiveConsent::AnyOwner
			),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Licensing::set_non_exclusive_consent(
			RuntimeOrigin::root(),
			EP,
			NonExclusiveConsent::AnyOwner
		));
		accept(CAROL, offer);
	});
}

#[test]
fn an_acceptance_of_terms_that_changed_fails() {
	test(|| {
		let offer = offer_of(ALICE, terms(DE_PATENT));
		let read = hash_of(offer);
		let mut worse = terms(DE_PATENT);
		worse.payment.upfront = 900;
		assert_noop!(
			Licensing::amend_offer(RuntimeOrigin::signed(CAROL), offer, worse.clone()),
			Error::<Test>::NotTheOfferer
		);
		assert_ok!(Licensing::amend_offer(RuntimeOrigin::signed(ALICE), offer, worse));
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(CAROL), offer, read),
			Error::<Test>::TermsChanged
		);
		assert_eq!(Offers::<Test>::get(offer).unwrap().version, 1);
	});
}

#[test]
fn an_offer_to_one_licensee_cannot_be_taken_by_another_and_a_capped_offer_closes() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.licensee = Some(CAROL);
		let offer = NextOfferId::<Test>::get();
		assert_ok!(Licensing::offer(RuntimeOrigin::signed(ALICE), t, Some(1), Some(START + DAY)));
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(DAVE), offer, hash_of(offer)),
			Error::<Test>::NotTheOfferee
		);
		accept(CAROL, offer);
		assert!(!Offers::<Test>::contains_key(offer));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Offer.into(), &ALICE), 0);
	});
}

#[test]
fn an_expired_offer_cannot_be_accepted_and_anyone_sweeps_it() {
	test(|| {
		let offer = NextOfferId::<Test>::get();
		assert_ok!(Licensing::offer(
			RuntimeOrigin::signed(ALICE),
			terms(DE_PATENT),
			None,
			Some(START + DAY)
		));
		assert_noop!(
			Licensing::withdraw_offer(RuntimeOrigin::signed(CAROL), offer),
			Error::<Test>::NotTheOfferer
		);
		at(START + DAY);
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(CAROL), offer, hash_of(offer)),
			Error::<Test>::OfferExpired
		);
		// Expired, it is anyone's to sweep: the deposit goes back to Alice.
		assert_ok!(Licensing::withdraw_offer(RuntimeOrigin::signed(CAROL), offer));
		System::assert_last_event(Event::OfferClosed { offer }.into());
		assert_eq!(Balances::balance_on_hold(&HoldReason::Offer.into(), &ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), FUNDS);
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(CAROL), offer, Default::default()),
			Error::<Test>::UnknownOffer
		);
	});
}

#[test]
fn royalty_reports_pay_the_owners_of_the_periods_end_by_their_shares() {
	test(|| {
		assert_ok!(Licensing::consent(
			RuntimeOrigin::signed(BOB),
			offer_of(ALICE, terms(EP_PATENT))
		));
		let licence = accept(CAROL, 0);
		let report = |period, revenue| {
			Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, period, revenue, 0)
		};
		assert_noop!(report(0, 1_000), Error::<Test>::PeriodNotOver);
		at(add_months(START, 1));
		assert_noop!(report(1, 1_000), Error::<Test>::WrongPeriod);
		assert_noop!(
			Licensing::report_royalties(RuntimeOrigin::signed(DAVE), licence, 0, 1, 0),
			Error::<Test>::NotTheLicensee
		);
		let (alice, bob, dave) = (free(ALICE), free(BOB), free(DAVE));
		// 10% of 1,001 is 100; by 2/3 and 1/3: 66 + 1 and 33.
		assert_eq!(
			Licensing::royalty_due(licence, 0, 1_001, 0),
			Some((100, vec![(ALICE, 67), (BOB, 33)]))
		);
		assert_ok!(report(0, 1_001));
		assert_eq!((free(ALICE) - alice, free(BOB) - bob), (67, 33));
		// Bob's share passes to Dave within the second period: Dave is paid for it.
		MockRights::assign(
			EP_PATENT,
			add_months(START, 1) + DAY,
			vec![(ALICE, Perbill::from_rational(2u32, 3)), (DAVE, Perbill::from_rational(1u32, 3))],
		);
		at(add_months(START, 2));
		// Below the minimum: the minimum of 10 is due.
		assert_ok!(report(1, 5));
		assert_eq!((free(ALICE) - alice, free(BOB) - bob, free(DAVE) - dave), (67 + 7, 33, 3));
		System::assert_last_event(
			Event::RoyaltiesPaid {
				licence,
				period: 1,
				due: 10,
				payees: BoundedVec::truncate_from(vec![(ALICE, 7), (DAVE, 3)]),
			}
			.into(),
		);
	});
}

#[test]
fn a_split_never_loses_or_creates_a_unit() {
	let thirds = [
		(1, Perbill::from_rational(1u32, 3)),
		(2, Perbill::from_rational(1u32, 3)),
		(3, Perbill::from_rational(1u32, 3)),
	];
	for amount in [0u64, 1, 2, 100, 1_001, 999_999_999_999] {
		let parts = split(amount, &thirds);
		assert_eq!(parts.iter().map(|(_, part)| part).sum::<u64>(), amount, "{amount}");
	}
	// Equal shares: the remainder goes to the first listed.
	assert_eq!(split(100u64, &thirds), vec![(1, 34), (2, 33), (3, 33)]);
}

#[test]
fn a_licensee_in_default_may_be_terminated_by_an_owner() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		at(add_months(START, 1) + 9 * DAY);
		assert_noop!(
			Licensing::terminate_for_default(RuntimeOrigin::signed(ALICE), licence),
			Error::<Test>::NotInDefault
		);
		at(add_months(START, 1) + 10 * DAY);
		assert_noop!(
			Licensing::terminate_for_default(RuntimeOrigin::signed(DAVE), licence),
			Error::<Test>::NotAnOwner
		);
		assert_ok!(Licensing::terminate_for_default(RuntimeOrigin::signed(ALICE), licence));
		let ended = Licences::<Test>::get(licence).unwrap().ended;
		assert_eq!(ended, Some((add_months(START, 1) + 10 * DAY, EndReason::Default)));
		// The owed report still stands until an owner releases the licence.
		assert_noop!(
			Licensing::release(RuntimeOrigin::signed(DAVE), licence),
			Error::<Test>::LicenceStillRunning
		);
		assert_ok!(Licensing::release(RuntimeOrigin::signed(ALICE), licence));
		assert!(!Licences::<Test>::contains_key(licence));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Licence.into(), &CAROL), 0);
	});
}

#[test]
fn a_right_that_ends_early_stops_the_royalty_periods_and_its_restoration_resumes_them() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		let lapse = add_months(START, 1) + 5 * DAY;
		at(add_months(START, 1));
		assert_ok!(Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, 0, 0, 0));
		// The patent lapses five days into the second period: that period ends with it.
		MockRights::set_state(DE_PATENT, lapse, LegalState::NoLongerInForce);
		at(lapse);
		let second = Licensing::period_bounds(&Licences::<Test>::get(licence).unwrap(), 1);
		assert_eq!(second, Some((add_months(START, 1), lapse)));
		assert_eq!(Licensing::period_bounds(&Licences::<Test>::get(licence).unwrap(), 2), None);
		// Long after: the licensee is in default for the second period only.
		at(add_months(START, 6));
		assert!(Licensing::in_default(
			&Licences::<Test>::get(licence).unwrap(),
			add_months(START, 6)
		));
		assert_ok!(Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, 1, 0, 0));
		assert_noop!(
			Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, 2, 0, 0),
			Error::<Test>::PeriodOutsideLicence
		);
		let after = Licences::<Test>::get(licence).unwrap();
		assert!(!Licensing::in_default(&after, add_months(START, 6)));
		assert_noop!(
			Licensing::terminate_for_default(RuntimeOrigin::signed(ALICE), licence),
			Error::<Test>::NotInDefault
		);
		assert_eq!(Licensing::royalty_due(licence, 2, 1_000, 0), None);
		// Restored, the patent is in force again: the periods are owed again.
		MockRights::set_state(DE_PATENT, add_months(START, 6), LegalState::InForce);
		assert_eq!(
			Licensing::period_bounds(&Licences::<Test>::get(licence).unwrap(), 2),
			Some((add_months(START, 2), add_months(START, 3)))
		);
		assert_ok!(Licensing::report_royalties(RuntimeOrigin::signed(CAROL), licence, 2, 0, 0));
	});
}

#[test]
fn a_licence_whose_right_ended_is_released_by_anyone_once_its_last_period_is_reported() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		let revoked = add_months(START, 1) + DAY;
		MockRights::set_state(DE_PATENT, revoked, LegalState::NoLongerInForce);
		at(add_months(START, 3));
		// Two periods began before the revocation: until both are reported, only an owner
		// may release the licence.
		assert_noop!(
			Licensing::release(RuntimeOrigin::signed(DAVE), licence),
			Error::<Test>::LicenceStillRunning
		);
		for period in 0..2 {
			assert_ok!(Licensing::report_royalties(
				RuntimeOrigin::signed(CAROL),
				licence,
				period,
				0,
				0
			));
		}
		assert_ok!(Licensing::release(RuntimeOrigin::signed(DAVE), licence));
		assert!(!Licences::<Test>::contains_key(licence));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Licence.into(), &CAROL), 0);
	});
}

#[test]
fn a_surrendered_licence_covers_nothing_and_frees_its_scope() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		assert_noop!(
			Licensing::release(RuntimeOrigin::signed(CAROL), licence),
			Error::<Test>::LicenceStillRunning
		);
		assert_noop!(
			Licensing::surrender(RuntimeOrigin::signed(DAVE), licence),
			Error::<Test>::NotTheLicensee
		);
		assert_ok!(Licensing::surrender(RuntimeOrigin::signed(CAROL), licence));
		assert_noop!(
			Licensing::surrender(RuntimeOrigin::signed(CAROL), licence),
			Error::<Test>::LicenceNotInForce
		);
		let mut later = terms(DE_PATENT);
		later.start = START + DAY;
		assert_eq!(Licensing::conflict(&later, None), None);
		assert_ok!(Licensing::release(RuntimeOrigin::signed(EVE), licence));
		assert_noop!(
			Licensing::release(RuntimeOrigin::signed(EVE), licence),
			Error::<Test>::UnknownLicence
		);
	});
}

#[test]
fn is_licensed_says_why_not_outside_the_territory_the_field_and_the_period() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		let group = Field::Class(BoundedVec::truncate_from(b"H04L 9/32".to_vec()));
		let other = Field::Class(BoundedVec::truncate_from(b"G06Q 50/18".to_vec()));
		let (de, fr) = (CountryCode(*b"DE"), CountryCode(*b"FR"));
		let day = START + DAY;
		let ask = |party, country, field: &Field, date| {
			Licensing::is_licensed(DE_PATENT, party, country, field, date)
		};
		assert_eq!(ask(CAROL, de, &group, day), Ok(licence));
		assert_eq!(ask(CAROL, fr, &group, day), Err(NotLicensed::OutsideTerritory));
		assert_eq!(ask(CAROL, de, &other, day), Err(NotLicensed::OutsideField));
		assert_eq!(ask(CAROL, de, &group, START - 1), Err(NotLicensed::NotYet));
		assert_eq!(ask(CAROL, de, &group, START + 365 * DAY), Err(NotLicensed::NoLonger));
		assert_eq!(ask(DAVE, de, &group, day), Err(NotLicensed::NoLicence));
		assert!(Licensing::is_exclusive_licensee(DE_PATENT, CAROL, day));
	});
}

#[test]
fn a_sublicence_stays_within_its_parent_and_ends_with_it() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.sublicensable = true;
		let parent = accept(CAROL, offer_of(ALICE, t.clone()));
		let mut sub = t.clone();
		sub.exclusivity = Exclusivity::NonExclusive;
		sub.end = Some(START + 400 * DAY);
		assert_noop!(
			Licensing::offer_sublicence(
				RuntimeOrigin::signed(CAROL),
				parent,
				sub.clone(),
				None,
				None
			),
			Error::<Test>::BeyondParent
		);
		sub.end = t.end;
		assert_noop!(
			Licensing::offer_sublicence(
				RuntimeOrigin::signed(DAVE),
				parent,
				sub.clone(),
				None,
				None
			),
			Error::<Test>::NotTheLicensee
		);
		let offer = NextOfferId::<Test>::get();
		assert_ok!(Licensing::offer_sublicence(
			RuntimeOrigin::signed(CAROL),
			parent,
			sub,
			None,
			None
		));
		let carol = free(CAROL);
		let child = accept(DAVE, offer);
		// The sublicence's fee goes to the licensee, not the owners.
		assert_eq!(free(CAROL) - carol, 100);
		assert_ok!(Licensing::surrender(RuntimeOrigin::signed(CAROL), parent));
		let record = Licences::<Test>::get(child).unwrap();
		assert!(!Licensing::in_force_on(&record, START + DAY));
		assert_noop!(
			Licensing::release(RuntimeOrigin::signed(EVE), parent),
			Error::<Test>::HasSublicences
		);
		assert_ok!(Licensing::release(RuntimeOrigin::signed(EVE), child));
		assert_ok!(Licensing::release(RuntimeOrigin::signed(EVE), parent));
	});
}

#[test]
fn a_licence_not_sublicensable_takes_no_sublicence() {
	test(|| {
		let parent = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		assert_noop!(
			Licensing::offer_sublicence(
				RuntimeOrigin::signed(CAROL),
				parent,
				terms(DE_PATENT),
				None,
				None
			),
			Error::<Test>::NotPermitted
		);
	});
}

#[test]
fn a_transferable_licence_passes_to_a_party_that_owns_no_share() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.transferable = true;
		let licence = accept(CAROL, offer_of(ALICE, t));
		assert_noop!(
			Licensing::transfer_licence(RuntimeOrigin::signed(CAROL), licence, ALICE),
			Error::<Test>::InvalidTransfer
		);
		assert_ok!(Licensing::transfer_licence(RuntimeOrigin::signed(CAROL), licence, DAVE));
		assert!(LicencesOf::<Test>::contains_key(DAVE, licence));
		assert!(!LicencesOf::<Test>::contains_key(CAROL, licence));
		let fixed = accept(EVE, offer_of(ALICE, terms(DE_MARK)));
		assert_noop!(
			Licensing::transfer_licence(RuntimeOrigin::signed(EVE), fixed, DAVE),
			Error::<Test>::NotPermitted
		);
	});
}
