//! What an offer's terms may say: every check of `offer`, and conflicts between licences.

use super::flow::{accept, offer_of, terms};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use ipledger_primitives::LegalState;
use sp_runtime::DispatchError;

fn countries(codes: &[&[u8; 2]]) -> Territory<CountriesOf<Test>> {
	Territory::Countries(BoundedVec::truncate_from(
		codes.iter().map(|c| CountryCode(**c)).collect(),
	))
}

fn classes(codes: &[&str]) -> FieldOfUse<FieldsOf<Test>> {
	FieldOfUse::Fields(BoundedVec::truncate_from(
		codes
			.iter()
			.map(|c| Field::Class(BoundedVec::truncate_from(c.as_bytes().to_vec())))
			.collect(),
	))
}

fn offer(who: u64, terms: TermsOf<Test>) -> sp_runtime::DispatchResult {
	Licensing::offer(RuntimeOrigin::signed(who), terms, None, None)
}

#[test]
fn a_stranger_or_an_account_without_a_party_cannot_offer() {
	test(|| {
		assert_noop!(offer(CAROL, terms(DE_PATENT)), Error::<Test>::NotAnOwner);
		assert_noop!(offer(NO_PARTY, terms(DE_PATENT)), Error::<Test>::NoParty);
		assert_noop!(
			Licensing::offer(RuntimeOrigin::root(), terms(DE_PATENT), None, None),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn an_unknown_or_ended_right_cannot_be_licensed() {
	test(|| {
		assert_noop!(offer(ALICE, terms(77)), Error::<Test>::UnknownRight);
		assert_noop!(offer(ALICE, terms(LAPSED)), Error::<Test>::RightNotLicensable);
	});
}

#[test]
fn a_national_right_is_licensed_in_its_own_country_only() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.territory = countries(&[b"DE", b"FR"]);
		assert_noop!(offer(ALICE, t.clone()), Error::<Test>::OutsideJurisdiction);
		t.territory = Territory::Worldwide;
		assert_noop!(offer(ALICE, t), Error::<Test>::OutsideJurisdiction);
	});
}

#[test]
fn a_european_patent_is_licensed_in_the_epc_states() {
	test(|| {
		let mut t = terms(EP_PATENT);
		// Switzerland and Turkey are EPC states outside the EU.
		t.territory = countries(&[b"CH", b"DE", b"TR"]);
		assert_ok!(offer(ALICE, t.clone()));
		t.territory = countries(&[b"DE", b"US"]);
		assert_noop!(offer(ALICE, t), Error::<Test>::OutsideJurisdiction);
	});
}

#[test]
fn a_work_may_be_licensed_worldwide() {
	test(|| {
		let mut t = terms(WORK);
		t.territory = Territory::Worldwide;
		t.fields = FieldOfUse::Fields(BoundedVec::truncate_from(vec![Field::TextAndDataMining]));
		assert_ok!(offer(ALICE, t));
	});
}

#[test]
fn a_territory_must_be_sorted_distinct_countries() {
	test(|| {
		let mut t = terms(EP_PATENT);
		for bad in [
			countries(&[]),
			countries(&[b"FR", b"DE"]),
			countries(&[b"DE", b"DE"]),
			countries(&[b"EP"]),
		] {
			t.territory = bad;
			assert_noop!(offer(ALICE, t.clone()), Error::<Test>::InvalidTerritory);
		}
	});
}

#[test]
fn fields_are_codes_of_the_rights_scheme_sorted_and_not_nested() {
	test(|| {
		let mut t = terms(DE_PATENT);
		for bad in [
			classes(&[]),
			classes(&["42"]),
			classes(&["H04L", "H04L 9/32"]),
			classes(&["H04L", "G06Q"]),
		] {
			t.fields = bad;
			assert_noop!(offer(ALICE, t.clone()), Error::<Test>::InvalidField);
		}
		// A trademark's Nice class is stored without its leading zero.
		let mut mark = terms(DE_MARK);
		mark.fields = classes(&["09"]);
		assert_ok!(offer(ALICE, mark));
		assert_eq!(Offers::<Test>::get(0).unwrap().terms.fields, classes(&["9"]));
	});
}

#[test]
fn a_licence_never_outlives_the_right_or_ends_before_it_starts() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.end = Some(TERM_END + 1);
		assert_noop!(offer(ALICE, t.clone()), Error::<Test>::OutlivesRight);
		t.end = None;
		assert_noop!(offer(ALICE, t.clone()), Error::<Test>::OutlivesRight);
		t.end = Some(t.start);
		assert_noop!(offer(ALICE, t), Error::<Test>::InvalidPeriod);
	});
}

#[test]
fn running_royalties_need_a_reporting_period() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.payment.period_months = 0;
		assert_noop!(offer(ALICE, t.clone()), Error::<Test>::InvalidPayment);
		t.payment.period_months = 1;
		t.payment.grace_days = 400;
		assert_noop!(offer(ALICE, t), Error::<Test>::InvalidPayment);
	});
}

#[test]
fn the_named_licensee_must_be_a_party_that_owns_no_share() {
	test(|| {
		let mut t = terms(EP_PATENT);
		t.licensee = Some(BOB);
		assert_noop!(offer(ALICE, t.clone()), Error::<Test>::InvalidLicensee);
		t.licensee = Some(UNKNOWN_PARTY);
		assert_noop!(offer(ALICE, t), Error::<Test>::InvalidLicensee);
	});
}

#[test]
fn an_offer_needs_room_for_a_licensee_and_time_to_be_taken() {
	test(|| {
		assert_noop!(
			Licensing::offer(RuntimeOrigin::signed(ALICE), terms(DE_PATENT), Some(0), None),
			Error::<Test>::InvalidOfferLimits
		);
		assert_noop!(
			Licensing::offer(RuntimeOrigin::signed(ALICE), terms(DE_PATENT), None, Some(START)),
			Error::<Test>::InvalidOfferLimits
		);
	});
}

#[test]
fn an_exclusive_licence_overlapping_another_is_refused_and_the_api_names_it() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		let mut other = terms(DE_PATENT);
		other.exclusivity = Exclusivity::NonExclusive;
		assert_eq!(Licensing::conflict(&other, None), Some(licence));
		assert_noop!(offer(ALICE, other.clone()), Error::<Test>::ConflictingLicence);
		// Outside the first licence's field there is no conflict.
		other.fields = classes(&["G06Q"]);
		assert_eq!(Licensing::conflict(&other, None), None);
		assert_ok!(offer(ALICE, other));
	});
}

#[test]
fn non_exclusive_licences_may_overlap() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.exclusivity = Exclusivity::NonExclusive;
		accept(CAROL, offer_of(ALICE, t.clone()));
		accept(DAVE, offer_of(ALICE, t));
		assert_eq!(LicencesOfRight::<Test>::get(DE_PATENT).len(), 2);
	});
}

#[test]
fn a_conflict_found_at_acceptance_refuses_it() {
	test(|| {
		let mut t = terms(DE_PATENT);
		t.exclusivity = Exclusivity::NonExclusive;
		let open = offer_of(ALICE, t);
		accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		let hash = terms_hash::<Test>(&Offers::<Test>::get(open).unwrap().terms);
		assert_noop!(
			Licensing::accept(RuntimeOrigin::signed(DAVE), open, hash),
			Error::<Test>::ConflictingLicence
		);
	});
}

#[test]
fn a_right_that_ended_licenses_nobody_from_then_on() {
	test(|| {
		let licence = accept(CAROL, offer_of(ALICE, terms(DE_PATENT)));
		let field = Field::Class(BoundedVec::truncate_from(b"H04L 9/32".to_vec()));
		let de = CountryCode(*b"DE");
		use ipledger_primitives::{testing::MockRights, traits::LicensingInspect};
		assert_eq!(Licensing::is_licensed(DE_PATENT, CAROL, de, &field, START + DAY), Ok(licence));
		MockRights::set_state(DE_PATENT, START + 2 * DAY, LegalState::NoLongerInForce);
		assert_eq!(
			Licensing::is_licensed(DE_PATENT, CAROL, de, &field, START + 3 * DAY),
			Err(NotLicensed::RightNotInForce)
		);
		assert_eq!(Licensing::is_licensed(DE_PATENT, CAROL, de, &field, START + DAY), Ok(licence));
	});
}
