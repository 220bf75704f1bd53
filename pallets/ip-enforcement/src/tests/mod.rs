//! Enforcement's unit tests, by area; each runs `do_try_state` at its end.

mod custody;
mod evidence;

use crate::{mock::*, *};
use frame_support::assert_ok;
use ipledger_primitives::HashAlgorithm;

/// A capture by a web-capture tool with a log.
fn capture() -> CaptureInput {
	Capture {
		tool: b"WebPreserver Pro".to_vec(),
		version: b"4.2.1".to_vec(),
		log_digest: Some(Hash::repeat_byte(0x10)),
	}
}

/// `who` anchors the single file of `digest` (SHA-256), about the patent, public or sealed;
/// returns the evidence.
fn anchor(who: u64, digest: Hash, sealed: bool) -> EvidenceId {
	let id = NextEvidenceId::<Test>::get();
	let disclosure = if sealed {
		Disclosure::Sealed
	} else {
		Disclosure::Public(b"https://evidence.example/shop-42.warc".to_vec())
	};
	assert_ok!(Enforcement::anchor_evidence(
		RuntimeOrigin::signed(who),
		HashAlgorithm::Sha2_256,
		digest,
		1,
		EvidenceKind::WebCapture,
		capture(),
		Some(PATENT),
		disclosure,
	));
	id
}
