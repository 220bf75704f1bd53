//! An office records a licence of one of its rights, and the licence's end follows it into the
//! right's history; a decision terminates a licence and its reference is kept.

use super::flow::{accept, offer_of, terms};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use ipledger_primitives::{
	testing::{MockEffect, MockRights},
	traits::LicensingEffects,
	Moment, RightId,
};
use sp_runtime::{
	DispatchError::{self, BadOrigin},
	DispatchResult,
};

/// Carol's licence of Alice's German patent, from an accepted offer.
fn carols_licence() -> LicenceId {
	accept(CAROL, offer_of(ALICE, terms(DE_PATENT)))
}

fn record(who: u64, licence: LicenceId) -> DispatchResult {
	Licensing::record_licence(RuntimeOrigin::signed(who), licence)
}

/// What was recorded on `right`: each effect with its account, date and reference.
fn recorded(right: RightId) -> Vec<(MockEffect, u64, Moment, Vec<u8>)> {
	MockRights::recordals(right)
		.into_iter()
		.map(|r| (r.effect, r.by, r.date, r.reference))
		.collect()
}

#[test]
fn the_office_records_a_licence_and_its_surrender_follows() {
	test(|| {
		let licence = carols_licence();
		assert_ok!(record(DE_OFFICE, licence));
		System::assert_last_event(
			Event::LicenceRecorded { licence, right: DE_PATENT, office: DE_OFFICE }.into(),
		);
		assert_eq!(RecordedLicences::<Test>::get(licence), Some(START));
		let reference = licence.to_string().into_bytes();
		assert_eq!(
			recorded(DE_PATENT),
			vec![(MockEffect::LicenceRecorded, DE_OFFICE, START, reference.clone())]
		);
		assert_noop!(record(DE_OFFICE, licence), Error::<Test>::AlreadyRecorded);

		Timestamp::set_timestamp(START + 10 * DAY);
		assert_ok!(Licensing::surrender(RuntimeOrigin::signed(CAROL), licence));
		assert_eq!(
			recorded(DE_PATENT)[1],
			(MockEffect::LicenceEnded, CAROL, START + 10 * DAY, reference),
			"the end is noted by the licensee who surrendered"
		);
		assert!(RecordedLicences::<Test>::get(licence).is_none());
		// Released later, it is not noted a second time.
		assert_ok!(Licensing::release(RuntimeOrigin::signed(ALICE), licence));
		assert_eq!(recorded(DE_PATENT).len(), 2);
	});
}

#[test]
fn a_recorded_licence_that_runs_out_is_noted_as_ended_at_its_release() {
	test(|| {
		let licence = carols_licence();
		assert_ok!(record(DE_OFFICE, licence));
		let after = START + 400 * DAY;
		Timestamp::set_timestamp(after);
		// Alice waives the reports still owed and releases it.
		assert_ok!(Licensing::release(RuntimeOrigin::signed(ALICE), licence));
		let ended = recorded(DE_PATENT).pop().unwrap();
		assert_eq!((ended.0, ended.1, ended.2), (MockEffect::LicenceEnded, ALICE, after));
	});
}

#[test]
fn record_licence_refuses_bad_requests() {
	test(|| {
		let licence = carols_licence();
		assert_noop!(record(DE_OFFICE, 99), Error::<Test>::UnknownLicence);
		// Alice owns the right; she is not its office.
		assert_noop!(record(ALICE, licence), Error::<Test>::NotOffice);
		assert_noop!(Licensing::record_licence(RuntimeOrigin::none(), licence), BadOrigin);
		// Nobody records a licence of a copyright work: no office registers it.
		let mut work = terms(WORK);
		work.territory = Territory::Worldwide;
		let of_work = accept(CAROL, offer_of(ALICE, work));
		assert_noop!(record(DE_OFFICE, of_work), Error::<Test>::NotRegistered);
		// A licence that ended is not recorded any more.
		assert_ok!(Licensing::surrender(RuntimeOrigin::signed(CAROL), licence));
		assert_noop!(record(DE_OFFICE, licence), Error::<Test>::LicenceNotInForce);
		assert!(recorded(DE_PATENT).is_empty());
	});
}

#[test]
fn a_decision_terminates_a_licence_and_its_reference_is_kept_until_release() {
	test(|| {
		let licence = carols_licence();
		assert_ok!(record(DE_OFFICE, licence));
		let court = 13;
		Timestamp::set_timestamp(START + 5 * DAY);
		assert_ok!(<Licensing as LicensingEffects<u64>>::terminate(licence, &court, b"4 O 12/26"));
		System::assert_last_event(
			Event::TerminatedByDecision {
				licence,
				reference: BoundedVec::truncate_from(b"4 O 12/26".to_vec()),
			}
			.into(),
		);
		let ended = Licences::<Test>::get(licence).unwrap().ended;
		assert_eq!(ended, Some((START + 5 * DAY, EndReason::Decision)));
		assert_eq!(DecisionOf::<Test>::get(licence).unwrap().to_vec(), b"4 O 12/26".to_vec());
		assert_eq!(recorded(DE_PATENT)[1].0, MockEffect::LicenceEnded);
		assert_eq!(recorded(DE_PATENT)[1].1, court);
		assert_ok!(Licensing::release(RuntimeOrigin::signed(ALICE), licence));
		assert!(DecisionOf::<Test>::get(licence).is_none());
	});
}

#[test]
fn terminate_refuses_a_bad_reference_an_unknown_licence_and_an_ended_one() {
	test(|| {
		let licence = carols_licence();
		let terminate = |id, reference: &[u8]| {
			<Licensing as LicensingEffects<u64>>::terminate(id, &13, reference)
		};
		assert_noop!(
			terminate(licence, b""),
			DispatchError::Other("a decision's reference is 1 to 64 bytes")
		);
		assert_noop!(
			terminate(licence, &[b'r'; 65]),
			DispatchError::Other("a decision's reference is 1 to 64 bytes")
		);
		assert_noop!(terminate(99, b"X"), Error::<Test>::UnknownLicence);
		assert_ok!(terminate(licence, &[b'r'; 64]));
		assert_noop!(terminate(licence, b"again"), Error::<Test>::LicenceNotInForce);
	});
}
