//! The chain of custody, access to sealed evidence, and attestations.

use super::*;
use frame_support::assert_noop;
use ipledger_primitives::{traits::PartyReferences, AuthorityRole, OfficeCode};

fn digest(n: u8) -> Hash {
	Hash::repeat_byte(n)
}

fn step(who: u64, id: EvidenceId, action: CustodyAction) -> sp_runtime::DispatchResult {
	Enforcement::record_custody(RuntimeOrigin::signed(who), id, action, Some(digest(0xee)), None)
}

#[test]
fn custody_passes_by_handover_and_acceptance_and_the_log_shows_every_step() {
	test(|| {
		let id = anchor(ALICE, digest(1), true);
		assert_ok!(step(ALICE, id, CustodyAction::Sealed));
		assert_ok!(Enforcement::hand_over(RuntimeOrigin::signed(ALICE), id, BOB));
		System::assert_last_event(
			Event::HandoverProposed { evidence: id, from: ALICE, to: BOB }.into(),
		);
		// Until Bob accepts, Alice is the custodian.
		assert_noop!(step(BOB, id, CustodyAction::Analysed), Error::<Test>::NotCustodian);
		assert_noop!(
			Enforcement::accept_custody(RuntimeOrigin::signed(CAROL), id),
			Error::<Test>::NoHandover
		);
		Timestamp::set_timestamp(START + 1_000);
		assert_ok!(Enforcement::accept_custody(RuntimeOrigin::signed(BOB), id));
		System::assert_last_event(
			Event::CustodyRecorded {
				evidence: id,
				action: CustodyAction::Transferred { to: BOB },
				by: BOB,
			}
			.into(),
		);
		assert_noop!(step(ALICE, id, CustodyAction::Analysed), Error::<Test>::NotCustodian);
		let view = Enforcement::view(id).unwrap();
		let log: Vec<_> = view.custody.iter().map(|e| (e.action, e.by)).collect();
		assert_eq!(
			log,
			vec![
				(CustodyAction::Collected, ALICE),
				(CustodyAction::Sealed, ALICE),
				(CustodyAction::Transferred { to: BOB }, BOB),
			]
		);
		assert_eq!(view.custody[2].at, START + 1_000);
		assert_eq!((view.record.custodian, view.record.handover), (BOB, None));
		// Both are referred to: the submitter by what it anchored, Bob as custodian.
		assert!(Enforcement::is_referenced(ALICE) && Enforcement::is_referenced(BOB));
		assert_eq!(Enforcement::evidence_of(BOB, None, 10), vec![id]);
	});
}

#[test]
fn a_court_records_that_evidence_was_presented_to_it() {
	test(|| {
		let id = anchor(ALICE, digest(2), false);
		let court = Some((AuthorityRole::Court, DE));
		assert_ok!(Enforcement::record_custody(
			RuntimeOrigin::signed(COURT),
			id,
			CustodyAction::Presented,
			None,
			court
		));
		assert_eq!(Enforcement::view(id).unwrap().custody[1].by, COURT);
		// A party that is not that court, or a court elsewhere, is refused.
		assert_noop!(
			Enforcement::record_custody(
				RuntimeOrigin::signed(CAROL),
				id,
				CustodyAction::Presented,
				None,
				court
			),
			Error::<Test>::NotAuthority
		);
		assert_noop!(
			Enforcement::record_custody(
				RuntimeOrigin::signed(COURT),
				id,
				CustodyAction::Presented,
				None,
				Some((AuthorityRole::Court, OfficeCode(*b"FR")))
			),
			Error::<Test>::NotAuthority
		);
	});
}

#[test]
fn custody_steps_are_checked_and_bounded() {
	test(|| {
		let id = anchor(ALICE, digest(3), false);
		assert_noop!(step(ALICE, 9, CustodyAction::Analysed), Error::<Test>::UnknownEvidence);
		assert_noop!(step(NO_PARTY, id, CustodyAction::Analysed), Error::<Test>::NoParty);
		for action in [CustodyAction::Collected, CustodyAction::Transferred { to: BOB }] {
			assert_noop!(step(ALICE, id, action), Error::<Test>::InvalidCustodyAction);
		}
		// `MaxCustodyEntries` is 4: the collection and three steps.
		for _ in 0..3 {
			assert_ok!(step(ALICE, id, CustodyAction::Analysed));
		}
		assert_noop!(step(ALICE, id, CustodyAction::Presented), Error::<Test>::CustodyFull);
		assert_ok!(Enforcement::hand_over(RuntimeOrigin::signed(ALICE), id, BOB));
		assert_noop!(
			Enforcement::accept_custody(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::CustodyFull
		);
	});
}

#[test]
fn a_handover_names_an_existing_other_party() {
	test(|| {
		let id = anchor(ALICE, digest(4), false);
		let hand = |who, to| Enforcement::hand_over(RuntimeOrigin::signed(who), id, to);
		assert_noop!(hand(BOB, CAROL), Error::<Test>::NotCustodian);
		assert_noop!(hand(ALICE, UNKNOWN_PARTY), Error::<Test>::UnknownParty);
		assert_noop!(hand(ALICE, ALICE), Error::<Test>::InvalidHandover);
		assert_noop!(
			Enforcement::hand_over(RuntimeOrigin::signed(ALICE), 9, BOB),
			Error::<Test>::UnknownEvidence
		);
		// A later handover replaces one not yet accepted.
		assert_ok!(hand(ALICE, BOB));
		assert_ok!(hand(ALICE, CAROL));
		assert_noop!(
			Enforcement::accept_custody(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NoHandover
		);
		assert_ok!(Enforcement::accept_custody(RuntimeOrigin::signed(CAROL), id));
	});
}

#[test]
fn the_custodian_grants_access_to_sealed_evidence_and_every_grant_is_kept() {
	test(|| {
		let id = anchor(ALICE, digest(5), true);
		let grant = |who, to, locator: &[u8]| {
			Enforcement::grant_access(RuntimeOrigin::signed(who), id, to, locator.to_vec())
		};
		assert_ok!(grant(ALICE, COURT, b"age1-encrypted-for-the-court"));
		System::assert_last_event(
			Event::AccessGranted { evidence: id, to: COURT, by: ALICE }.into(),
		);
		let view = Enforcement::view(id).unwrap();
		assert_eq!(view.grants.len(), 1);
		assert_eq!(
			view.grants[0].1.sealed_locator.to_vec(),
			b"age1-encrypted-for-the-court".to_vec()
		);
		assert!(matches!(view.record.disclosure, Disclosure::Sealed), "no locator in clear");
		assert_noop!(grant(BOB, CAROL, b"x"), Error::<Test>::NotCustodian);
		assert_noop!(grant(ALICE, COURT, b"again"), Error::<Test>::AlreadyGranted);
		assert_noop!(grant(ALICE, ALICE, b"self"), Error::<Test>::AlreadyGranted);
		assert_noop!(grant(ALICE, UNKNOWN_PARTY, b"x"), Error::<Test>::UnknownParty);
		assert_noop!(grant(ALICE, BOB, b""), Error::<Test>::InvalidSealedLocator);
		assert_noop!(grant(ALICE, BOB, &[1; 97]), Error::<Test>::InvalidSealedLocator);
		assert_ok!(grant(ALICE, BOB, b"for-bob"));
		assert_noop!(grant(ALICE, CAROL, b"for-carol"), Error::<Test>::TooManyGrants);
		let public = anchor(ALICE, digest(6), false);
		assert_noop!(
			Enforcement::grant_access(RuntimeOrigin::signed(ALICE), public, BOB, b"x".to_vec()),
			Error::<Test>::NotSealed
		);
	});
}

#[test]
fn a_notary_attests_evidence_and_may_revoke_its_attestation() {
	test(|| {
		let id = anchor(ALICE, digest(7), false);
		let statement = Some(digest(0x77));
		assert_ok!(Enforcement::attest(RuntimeOrigin::signed(NOTARY), id, DE, statement));
		System::assert_last_event(Event::Attested { evidence: id, by: NOTARY, statement }.into());
		assert_noop!(
			Enforcement::attest(RuntimeOrigin::signed(NOTARY), id, DE, None),
			Error::<Test>::AlreadyAttested
		);
		Timestamp::set_timestamp(START + 5_000);
		assert_ok!(Enforcement::revoke_attestation(RuntimeOrigin::signed(NOTARY), id));
		System::assert_last_event(Event::AttestationRevoked { evidence: id, by: NOTARY }.into());
		let attestations = Enforcement::view(id).unwrap().attestations;
		assert_eq!(attestations.len(), 1, "a revoked attestation stays on record");
		let (by, attestation) = &attestations[0];
		assert_eq!(
			(*by, attestation.role, attestation.jurisdiction),
			(NOTARY, AuthorityRole::EvidenceService, DE)
		);
		assert_eq!((attestation.at, attestation.revoked), (START, Some(START + 5_000)));
		assert_noop!(
			Enforcement::revoke_attestation(RuntimeOrigin::signed(NOTARY), id),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn only_an_evidence_service_of_the_jurisdiction_attests_and_only_it_revokes() {
	test(|| {
		let id = anchor(ALICE, digest(8), false);
		let attest = |who, jurisdiction| {
			Enforcement::attest(RuntimeOrigin::signed(who), id, jurisdiction, None)
		};
		assert_noop!(attest(ALICE, DE), Error::<Test>::NotAuthority);
		assert_noop!(attest(COURT, DE), Error::<Test>::NotAuthority);
		assert_noop!(attest(NOTARY, OfficeCode(*b"FR")), Error::<Test>::NotAuthority);
		assert_noop!(
			Enforcement::attest(RuntimeOrigin::signed(NOTARY), 9, DE, None),
			Error::<Test>::UnknownEvidence
		);
		assert_noop!(
			Enforcement::revoke_attestation(RuntimeOrigin::signed(NOTARY), id),
			Error::<Test>::NotAttested
		);
		assert_noop!(
			Enforcement::revoke_attestation(RuntimeOrigin::signed(NOTARY), 9),
			Error::<Test>::UnknownEvidence
		);
		// `MaxAttestations` is 2.
		ipledger_primitives::testing::MockParties::grant(CAROL, AuthorityRole::EvidenceService, DE);
		ipledger_primitives::testing::MockParties::grant(BOB, AuthorityRole::EvidenceService, DE);
		assert_ok!(attest(NOTARY, DE));
		assert_ok!(attest(CAROL, DE));
		assert_noop!(attest(BOB, DE), Error::<Test>::TooManyAttestations);
		assert_noop!(
			Enforcement::revoke_attestation(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotAttested
		);
	});
}
