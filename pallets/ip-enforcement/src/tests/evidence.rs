//! Anchoring single files and batches, verifying them, and withdrawing evidence.

use super::*;
use frame_support::{
	assert_noop,
	traits::fungible::{InspectHold, Mutate},
};
use ipledger_primitives::{traits::PartyReferences, RightId};
use sp_runtime::DispatchError;

/// The SHA-256 digest of `bytes`.
fn sha256(bytes: &[u8]) -> Hash {
	Hash::from(sp_io::hashing::sha2_256(bytes))
}

#[test]
fn a_party_anchors_a_file_and_anyone_holding_it_verifies_it() {
	test(|| {
		let file = b"<html>counterfeit listing</html>";
		let id = anchor(ALICE, sha256(file), false);
		System::assert_last_event(
			Event::EvidenceAnchored {
				evidence: id,
				algorithm: HashAlgorithm::Sha2_256,
				digest: sha256(file),
				items: 1,
				submitter: ALICE,
				sealed: false,
			}
			.into(),
		);
		let view = Enforcement::verify(HashAlgorithm::Sha2_256, sha256(file)).expect("anchored");
		assert_eq!((view.id, view.record.submitter, view.record.custodian), (id, ALICE, ALICE));
		assert_eq!((view.record.anchored_at, view.record.block), (START, 1));
		assert_eq!(view.record.capture.tool.to_vec(), b"WebPreserver Pro".to_vec());
		assert_eq!(view.record.right, Some(PATENT));
		assert_eq!(view.custody.len(), 1);
		assert_eq!((view.custody[0].action, view.custody[0].by), (CustodyAction::Collected, ALICE));
		// The same file, looked up without a proof, and under another algorithm: not found.
		assert_eq!(
			Enforcement::verify_item(HashAlgorithm::Sha2_256, sha256(file), &[]),
			Some(view)
		);
		assert!(Enforcement::verify(HashAlgorithm::Blake2b256, sha256(file)).is_none());
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::Evidence.into(), &ALICE),
			EVIDENCE_DEPOSIT
		);
		assert!(Enforcement::is_referenced(ALICE));
		assert_eq!(Enforcement::evidence_of(ALICE, None, 10), vec![id]);
	});
}

#[test]
fn a_digest_anchored_once_is_refused_and_the_api_names_the_first_anchor() {
	test(|| {
		let digest = sha256(b"screenshot");
		let first = anchor(ALICE, digest, false);
		assert_noop!(
			Enforcement::anchor_evidence(
				RuntimeOrigin::signed(CAROL),
				HashAlgorithm::Sha2_256,
				digest,
				1,
				EvidenceKind::Other,
				capture(),
				None,
				Disclosure::Sealed,
			),
			Error::<Test>::AlreadyAnchored
		);
		let view = Enforcement::verify(HashAlgorithm::Sha2_256, digest).unwrap();
		assert_eq!((view.id, view.record.submitter), (first, ALICE));
	});
}

#[test]
fn a_web_capture_tool_anchors_a_batch_and_each_file_is_verified_by_its_proof() {
	test(|| {
		let files: Vec<Hash> = (0u8..11).map(|i| sha256(&[i; 100])).collect();
		let (root, proofs) = merkle::tree(HashAlgorithm::Sha2_256, &files).unwrap();
		assert_ok!(Enforcement::anchor_evidence(
			RuntimeOrigin::signed(ALICE),
			HashAlgorithm::Sha2_256,
			root,
			11,
			EvidenceKind::WebCapture,
			capture(),
			None,
			Disclosure::Sealed,
		));
		for (file, proof) in files.iter().zip(&proofs) {
			let view = Enforcement::verify_item(HashAlgorithm::Sha2_256, *file, proof);
			assert_eq!(view.map(|v| (v.id, v.record.items)), Some((0, 11)));
		}
		// A file not in the batch, a wrong proof, a proof over the bound, a file looked up
		// alone: none is found.
		assert!(
			Enforcement::verify_item(HashAlgorithm::Sha2_256, sha256(b"x"), &proofs[0]).is_none()
		);
		assert!(Enforcement::verify_item(HashAlgorithm::Sha2_256, files[0], &proofs[1]).is_none());
		assert!(Enforcement::verify_item(HashAlgorithm::Sha2_256, files[0], &[root; 5]).is_none());
		assert!(Enforcement::verify_item(HashAlgorithm::Sha2_256, files[0], &[]).is_none());
	});
}

#[test]
fn a_proof_cannot_make_a_single_file_a_batch() {
	test(|| {
		// Evidence of one file whose digest happens to be a node over two others.
		let (a, b) = (sha256(b"a"), sha256(b"b"));
		let node = merkle::node(HashAlgorithm::Sha2_256, &a, &b).unwrap();
		anchor(ALICE, node, false);
		assert!(Enforcement::verify_item(HashAlgorithm::Sha2_256, a, &[b]).is_none());
	});
}

#[test]
fn anchoring_refuses_bad_requests_and_changes_nothing() {
	test(|| {
		let anchor_with = |who: u64,
		                   algorithm: HashAlgorithm,
		                   digest: Hash,
		                   items: u32,
		                   capture: CaptureInput,
		                   right: Option<RightId>,
		                   disclosure: Disclosure<Vec<u8>>| {
			Enforcement::anchor_evidence(
				RuntimeOrigin::signed(who),
				algorithm,
				digest,
				items,
				EvidenceKind::TestPurchase,
				capture,
				right,
				disclosure,
			)
		};
		let (sha, digest, sealed) =
			(HashAlgorithm::Sha2_256, sha256(b"receipt"), Disclosure::Sealed);
		assert_noop!(
			anchor_with(NO_PARTY, sha, digest, 1, capture(), None, sealed.clone()),
			Error::<Test>::NoParty
		);
		assert_noop!(
			Enforcement::anchor_evidence(
				RuntimeOrigin::root(),
				sha,
				digest,
				1,
				EvidenceKind::Other,
				capture(),
				None,
				Disclosure::Sealed
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			anchor_with(ALICE, sha, Hash::zero(), 1, capture(), None, sealed.clone()),
			Error::<Test>::InvalidDigest
		);
		assert_noop!(
			anchor_with(ALICE, sha, digest, 0, capture(), None, sealed.clone()),
			Error::<Test>::NoItems
		);
		// No tree of SHA3-256 is computed; at most 2^4 files with `MaxProofLen` 4.
		assert_noop!(
			anchor_with(ALICE, HashAlgorithm::Sha3_256, digest, 2, capture(), None, sealed.clone()),
			Error::<Test>::UnsupportedBatch
		);
		assert_ok!(anchor_with(
			ALICE,
			HashAlgorithm::Sha3_256,
			digest,
			1,
			capture(),
			None,
			sealed.clone()
		));
		assert_noop!(
			anchor_with(ALICE, sha, digest, 17, capture(), None, sealed.clone()),
			Error::<Test>::UnsupportedBatch
		);
		for bad in [
			Capture { tool: vec![], ..capture() },
			Capture { tool: vec![b'x'; 65], ..capture() },
			Capture { tool: b"tab\there".to_vec(), ..capture() },
			Capture { version: vec![], ..capture() },
			Capture { version: b"4.2 beta".to_vec(), ..capture() },
			Capture { version: vec![b'1'; 33], ..capture() },
		] {
			assert_noop!(
				anchor_with(ALICE, sha, digest, 1, bad, None, sealed.clone()),
				Error::<Test>::InvalidCapture
			);
		}
		for bad in
			[b"no scheme".to_vec(), b"".to_vec(), [b"https://a/".as_slice(), &[b'a'; 60]].concat()]
		{
			assert_noop!(
				anchor_with(ALICE, sha, digest, 1, capture(), None, Disclosure::Public(bad)),
				Error::<Test>::InvalidLocator
			);
		}
		assert_noop!(
			anchor_with(ALICE, sha, digest, 1, capture(), Some(9), sealed.clone()),
			Error::<Test>::UnknownRight
		);
		// An account that cannot pay the deposit.
		Balances::set_balance(&CAROL, 1);
		assert!(anchor_with(CAROL, sha, digest, 1, capture(), None, sealed).is_err());
		assert!(Enforcement::verify(sha, digest).is_none());
	});
}

#[test]
fn the_submitter_withdraws_evidence_nobody_relied_on_and_gets_its_deposit_back() {
	test(|| {
		let digest = sha256(b"draft");
		let id = anchor(ALICE, digest, false);
		assert_noop!(
			Enforcement::withdraw_evidence(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotSubmitter
		);
		assert_noop!(
			Enforcement::withdraw_evidence(RuntimeOrigin::signed(ALICE), 7),
			Error::<Test>::UnknownEvidence
		);
		assert_ok!(Enforcement::withdraw_evidence(RuntimeOrigin::signed(ALICE), id));
		System::assert_last_event(Event::EvidenceWithdrawn { evidence: id }.into());
		assert!(Enforcement::verify(HashAlgorithm::Sha2_256, digest).is_none());
		assert_eq!(Balances::balance_on_hold(&HoldReason::Evidence.into(), &ALICE), 0);
		assert!(!Enforcement::is_referenced(ALICE));
		// Its digest may be anchored again, and gets a new id.
		assert_eq!(anchor(BOB, digest, false), id + 1);
	});
}

#[test]
fn evidence_that_was_relied_on_cannot_be_withdrawn() {
	test(|| {
		let attested = anchor(ALICE, sha256(b"1"), false);
		assert_ok!(Enforcement::attest(RuntimeOrigin::signed(NOTARY), attested, DE, None));
		let analysed = anchor(ALICE, sha256(b"2"), false);
		assert_ok!(Enforcement::record_custody(
			RuntimeOrigin::signed(ALICE),
			analysed,
			CustodyAction::Analysed,
			None,
			None
		));
		let handed = anchor(ALICE, sha256(b"3"), false);
		assert_ok!(Enforcement::hand_over(RuntimeOrigin::signed(ALICE), handed, BOB));
		let granted = anchor(ALICE, sha256(b"4"), true);
		assert_ok!(Enforcement::grant_access(
			RuntimeOrigin::signed(ALICE),
			granted,
			BOB,
			b"sealed".to_vec()
		));
		for id in [attested, analysed, handed, granted] {
			assert_noop!(
				Enforcement::withdraw_evidence(RuntimeOrigin::signed(ALICE), id),
				Error::<Test>::NotWithdrawable
			);
		}
	});
}
