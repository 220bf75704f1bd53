//! Unregistered rights: an anchor makes a copyright work or a trade secret a right with no
//! office, owned whole by its anchoring party, in force from the anchor's date, assigned and
//! pledged with no office to record it; its owners may reserve text and data mining of a work.

use super::{
	anchor_work,
	transfers::{approve, held, propose, to, CAROL},
	*,
};
use ipledger_primitives::{Hash, RightId};

const SCORE: Hash = Hash::repeat_byte(0x21);
const RECIPE: Hash = Hash::repeat_byte(0x22);

/// Alice's anchored work "Score".
fn score() -> RightId {
	anchor_work(ALICE, RightKind::Copyright, SCORE, b"Score")
}

fn reserve(who: u64, right: RightId, policy: Option<&[u8]>) -> DispatchResult {
	Registry::set_tdm_reservation(RuntimeOrigin::signed(who), right, policy.map(<[u8]>::to_vec))
}

#[test]
fn an_anchor_makes_a_right_with_no_office_owned_whole_and_in_force() {
	test(|| {
		let right = score();
		System::assert_last_event(
			Event::WorkAnchored { digest: SCORE, party: ALICE, kind: RightKind::Copyright, right }
				.into(),
		);
		let work = Rights::<Test>::get(right).unwrap();
		assert_eq!((work.office, work.application_number, work.anchor), (None, 0, Some(SCORE)));
		assert!(work.document.is_none() && work.term.is_none());
		assert_eq!(work.filing_date, START);
		assert_eq!(Registry::kind_and_office(right), Some((RightKind::Copyright, None)));
		assert_eq!(Registry::owners(right), whole(ALICE));
		assert_eq!(Registry::legal_state(right), Some(LegalState::InForce));
		assert_eq!(Registry::legal_state_on(right, START - 1), None, "not before its anchor");
		assert!(Registry::is_in_force_on(right, START));
		assert_eq!(Registry::term_limit(right), None);
		assert_eq!(Registry::rights_of(ALICE, None, 10), vec![right]);
		let history = Registry::history(right);
		assert_eq!(history.len(), 1);
		assert_eq!((history[0].event, history[0].stage), (KeyEvent::Anchoring, Stage::Granted));
		assert_eq!(Registry::chain_of_title(right)[0].owners.to_vec(), whole(ALICE));
		// A trade secret is a right too, and shows only its digest.
		let secret = anchor_work(BOB, RightKind::TradeSecret, RECIPE, b"");
		assert_eq!(secret, right + 1);
		let secret = Rights::<Test>::get(secret).unwrap();
		assert!(secret.title.is_empty() && secret.document.is_none());
		assert_eq!(secret.anchor, Some(RECIPE));
	});
}

#[test]
fn a_work_is_assigned_without_an_office_when_the_assignee_accepts() {
	test(|| {
		let right = score();
		let halves = vec![(BOB, Perbill::from_percent(50)), (CAROL, Perbill::from_percent(50))];
		System::set_block_number(5);
		Timestamp::set_timestamp(START + 3 * DAY);
		assert_ok!(propose(ALICE, right, to(halves.clone())));
		assert_eq!(held(ALICE), TRANSFER_DEPOSIT);
		assert_ok!(approve(BOB, right));
		assert_eq!(Registry::owners(right), whole(ALICE), "Carol has not accepted yet");
		assert_ok!(approve(CAROL, right));
		System::assert_last_event(
			Event::TransferRecorded { right, event: KeyEvent::OwnershipChange }.into(),
		);
		assert_eq!(Registry::owners(right), halves);
		assert_eq!(Registry::owners_on(right, START + 3 * DAY - 1), whole(ALICE));
		assert_eq!(held(ALICE), 0, "the deposit is released as the transfer takes effect");
		assert!(PendingTransfers::<Test>::get(right).is_none());
		let last = Registry::history(right).pop().unwrap();
		assert_eq!((last.event, last.recorded_by), (KeyEvent::OwnershipChange, CAROL));
		assert_eq!(last.details.event_date, START + 3 * DAY);
		assert_eq!(Registry::rights_of(ALICE, None, 10), Vec::<RightId>::new());
		assert_eq!(Registry::rights_of(CAROL, None, 10), vec![right]);
		// Whoever anchored it first is still told: the anchor keeps its party and date.
		let anchor = Anchors::<Test>::get(SCORE).unwrap();
		assert_eq!((anchor.party, anchor.anchored_at, anchor.right), (ALICE, START, right));
	});
}

#[test]
fn a_security_interest_over_a_work_and_its_release_take_effect_when_approved() {
	test(|| {
		let right = score();
		assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder: CAROL }));
		assert!(SecurityInterests::<Test>::get(right).is_empty());
		assert_ok!(approve(CAROL, right));
		assert_eq!(SecurityInterests::<Test>::get(right)[0].holder, CAROL);
		// The secured party's own proposal of the release is all it takes.
		assert_ok!(propose(CAROL, right, TransferKind::Release { holder: CAROL }));
		System::assert_last_event(
			Event::TransferRecorded { right, event: KeyEvent::SecurityInterestReleased }.into(),
		);
		assert!(SecurityInterests::<Test>::get(right).is_empty());
		assert_eq!(held(CAROL), 0);
	});
}

#[test]
fn no_office_acts_on_a_work() {
	test(|| {
		let right = score();
		assert_noop!(record(EP_ADMIN, right, KeyEvent::Revocation), Error::<Test>::NoOffice);
		assert_noop!(
			Registry::record_transfer(RuntimeOrigin::signed(EP_ADMIN), right, details(START)),
			Error::<Test>::NoOffice
		);
		assert_noop!(
			Registry::set_office_number(
				RuntimeOrigin::signed(EP_ADMIN),
				right,
				ipledger_primitives::OfficeNumberKind::Registration,
				b"X1".to_vec()
			),
			Error::<Test>::NoOffice
		);
		assert_noop!(
			Registry::extend_term(RuntimeOrigin::signed(EP_ADMIN), right, 6, details(START)),
			Error::<Test>::NoOffice
		);
		assert_noop!(Registry::renew(RuntimeOrigin::signed(ALICE), right), Error::<Test>::NoOffice);
		assert_noop!(
			Registry::record_term_end(RuntimeOrigin::signed(ALICE), right),
			Error::<Test>::TermNotEnded
		);
		// An office's account cannot cancel a transfer of it either; its parties can.
		assert_ok!(propose(ALICE, right, to(whole(CAROL))));
		assert_noop!(
			Registry::cancel_transfer(RuntimeOrigin::signed(EP_ADMIN), right),
			Error::<Test>::NotInvolved
		);
		assert_ok!(Registry::cancel_transfer(RuntimeOrigin::signed(CAROL), right));
	});
}

#[test]
fn withdrawing_an_anchor_ends_its_right_and_needs_the_sole_unburdened_owner() {
	test(|| {
		let right = score();
		assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder: CAROL }));
		let withdraw = |who| Registry::withdraw_anchor(RuntimeOrigin::signed(who), SCORE);
		assert_noop!(withdraw(ALICE), Error::<Test>::NotSoleOwner);
		assert_ok!(approve(CAROL, right));
		assert_noop!(withdraw(ALICE), Error::<Test>::NotSoleOwner);
		assert_ok!(propose(CAROL, right, TransferKind::Release { holder: CAROL }));

		Timestamp::set_timestamp(START + DAY);
		assert_ok!(withdraw(ALICE));
		System::assert_last_event(Event::AnchorWithdrawn { digest: SCORE, right }.into());
		assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
		assert!(Registry::is_in_force_on(right, START), "it was in force until then");
		assert!(!Registry::is_in_force_on(right, START + DAY));
		let last = Registry::history(right).pop().unwrap();
		assert_eq!((last.event, last.stage), (KeyEvent::Withdrawal, Stage::Withdrawn));
		assert_noop!(propose(ALICE, right, to(whole(BOB))), Error::<Test>::ApplicationWithdrawn);

		// Anchored again, the digest makes a new right.
		let again = anchor_work(BOB, RightKind::Copyright, SCORE, b"Score");
		assert_eq!(again, right + 1);
	});
}

#[test]
fn the_anchoring_party_no_longer_withdraws_a_work_it_assigned() {
	test(|| {
		let right = score();
		assert_ok!(propose(ALICE, right, to(whole(BOB))));
		assert_ok!(approve(BOB, right));
		assert_noop!(
			Registry::withdraw_anchor(RuntimeOrigin::signed(ALICE), SCORE),
			Error::<Test>::NotSoleOwner
		);
		assert_noop!(
			Registry::withdraw_anchor(RuntimeOrigin::signed(BOB), SCORE),
			Error::<Test>::NotAnchorParty
		);
	});
}

#[test]
fn an_owner_reserves_text_and_data_mining_of_a_work_and_lifts_it() {
	test(|| {
		let right = score();
		assert_ok!(reserve(ALICE, right, Some(b"https://x.org/tdm")));
		System::assert_last_event(Event::TdmReserved { right, by: ALICE }.into());
		let reservation = Anchors::<Test>::get(SCORE).unwrap().tdm_reservation.unwrap();
		assert_eq!((reservation.since, reservation.by), (START, ALICE));
		assert_eq!(reservation.policy.to_vec(), b"https://x.org/tdm".to_vec());
		// Her agent replaces it, with no policy beyond the reservation.
		Timestamp::set_timestamp(START + DAY);
		assert_ok!(reserve(AGENT, right, Some(b"")));
		let reservation = Anchors::<Test>::get(SCORE).unwrap().tdm_reservation.unwrap();
		assert_eq!((reservation.since, reservation.by), (START + DAY, AGENT));
		assert!(reservation.policy.is_empty());
		assert_ok!(reserve(ALICE, right, None));
		System::assert_last_event(Event::TdmReservationLifted { right }.into());
		assert_eq!(Anchors::<Test>::get(SCORE).unwrap().tdm_reservation, None);
		assert_noop!(reserve(ALICE, right, None), Error::<Test>::NoReservation);
		// The new owner of an assigned work decides.
		assert_ok!(propose(ALICE, right, to(whole(BOB))));
		assert_ok!(approve(BOB, right));
		assert_noop!(reserve(ALICE, right, Some(b"")), Error::<Test>::NotAnOwner);
		assert_ok!(reserve(BOB, right, Some(b"")));
	});
}

#[test]
fn set_tdm_reservation_refuses_bad_requests() {
	test(|| {
		let right = score();
		let secret = anchor_work(BOB, RightKind::TradeSecret, RECIPE, b"");
		let patent = NextRightId::<Test>::get();
		assert_ok!(Filing::new().submit());
		assert_noop!(reserve(BOB, right, Some(b"")), Error::<Test>::NotAnOwner);
		assert_noop!(reserve(NO_PARTY, right, Some(b"")), Error::<Test>::NoParty);
		assert_noop!(Registry::set_tdm_reservation(RuntimeOrigin::root(), right, None), BadOrigin);
		assert_noop!(reserve(ALICE, 99, Some(b"")), Error::<Test>::UnknownRight);
		assert_noop!(reserve(BOB, secret, Some(b"")), Error::<Test>::NotAWork);
		assert_noop!(reserve(ALICE, patent, Some(b"")), Error::<Test>::NotAWork);
		// The mock's locators hold 24 bytes.
		assert_noop!(reserve(ALICE, right, Some(&[b'a'; 25])), Error::<Test>::LocatorTooLong);
		assert_noop!(
			reserve(ALICE, right, Some(b"https://x.org/\n")),
			Error::<Test>::InvalidLocator
		);
		// Once the anchor is withdrawn, the work has none to carry a reservation.
		assert_ok!(Registry::withdraw_anchor(RuntimeOrigin::signed(ALICE), SCORE));
		assert_noop!(reserve(ALICE, right, Some(b"")), Error::<Test>::UnknownAnchor);
	});
}

#[test]
fn a_decision_revokes_a_work_and_its_anchor_can_still_be_withdrawn() {
	use ipledger_primitives::traits::{Recordal, RightsEffects};
	test(|| {
		let right = score();
		Timestamp::set_timestamp(START + DAY);
		let ruling = Recordal { date: START + DAY, reference: b"C-1/26" };
		assert_ok!(<Registry as RightsEffects<u64>>::revoke(right, &COURT, ruling));
		assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
		assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Revoked);
		// The anchor stays as evidence until its party withdraws it and takes the deposit back.
		assert!(Anchors::<Test>::contains_key(SCORE));
		assert_ok!(Registry::withdraw_anchor(RuntimeOrigin::signed(ALICE), SCORE));
		assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Revoked, "still revoked");
		assert_eq!(Registry::history(right).len(), 2, "no withdrawal on top of the revocation");
	});
}

#[test]
fn a_decision_transfers_a_work() {
	use ipledger_primitives::traits::{Recordal, RightsEffects};
	test(|| {
		let right = score();
		let ruling = Recordal { date: START, reference: b"C-2/26" };
		assert_ok!(<Registry as RightsEffects<u64>>::transfer(right, whole(BOB), &COURT, ruling));
		assert_eq!(Registry::owners(right), whole(BOB));
		assert_eq!(Registry::chain_of_title(right).len(), 2);
	});
}
