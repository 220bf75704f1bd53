//! Benchmarks of enforcement's calls, each at its worst case: the longest inputs, a batch at
//! the most files, a chain of custody one short of full, sealed evidence with grants.

use super::*;
use crate::Pallet as Enforcement;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Get};
use frame_system::RawOrigin;
use ipledger_primitives::{AuthorityRole, HashAlgorithm, OfficeCode, PartyId};
use sp_runtime::Saturating;

const DE: OfficeCode = OfficeCode(*b"DE");

/// An account of `name` with plenty of funds, and its party.
fn funded<T: Config>(name: &'static str) -> (T::AccountId, PartyId) {
	let who: T::AccountId = account(name, 0, 0);
	let plenty = T::EvidenceDeposit::get().saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, plenty);
	(who.clone(), T::BenchmarkHelper::party(&who))
}

/// The longest capture method.
fn capture() -> CaptureInput {
	Capture {
		tool: vec![b'w'; MAX_TOOL_LEN as usize],
		version: vec![b'1'; MAX_VERSION_LEN as usize],
		log_digest: Some(Hash::repeat_byte(7)),
	}
}

/// The longest public locator.
fn locator<T: Config>() -> Vec<u8> {
	let mut uri = b"https://evidence.example/".to_vec();
	uri.resize(T::MaxLocatorLen::get() as usize, b'a');
	uri
}

/// Evidence anchored by `who`, sealed or public; returns its id.
fn anchored<T: Config>(who: &T::AccountId, sealed: bool) -> EvidenceId {
	let id = NextEvidenceId::<T>::get();
	let disclosure = if sealed { Disclosure::Sealed } else { Disclosure::Public(locator::<T>()) };
	Enforcement::<T>::anchor_evidence(
		RawOrigin::Signed(who.clone()).into(),
		HashAlgorithm::Sha2_256,
		Hash::repeat_byte((id % 250) as u8 + 1),
		1,
		EvidenceKind::WebCapture,
		capture(),
		Some(T::BenchmarkHelper::right()),
		disclosure,
	)
	.expect("a new digest is anchored; qed");
	id
}

/// Fills the chain of custody of `id` to one entry short of full.
fn custody_nearly_full<T: Config>(who: &T::AccountId, id: EvidenceId) {
	let most = T::MaxCustodyEntries::get();
	for _ in 1..most.saturating_sub(1) {
		Enforcement::<T>::record_custody(
			RawOrigin::Signed(who.clone()).into(),
			id,
			CustodyAction::Analysed,
			Some(Hash::repeat_byte(3)),
			None,
		)
		.expect("below the bound; qed");
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor_evidence() {
		let (who, party) = funded::<T>("submitter");
		let items = 1u32 << T::MaxProofLen::get().min(31);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			HashAlgorithm::Blake2b256,
			Hash::repeat_byte(9),
			items,
			EvidenceKind::WebCapture,
			capture(),
			Some(T::BenchmarkHelper::right()),
			Disclosure::Public(locator::<T>()),
		);

		assert!(EvidenceOf::<T>::contains_key(party, 0));
	}

	#[benchmark]
	fn record_custody() {
		let (who, _) = funded::<T>("submitter");
		let id = anchored::<T>(&who, true);
		custody_nearly_full::<T>(&who, id);
		let court = T::BenchmarkHelper::authority(AuthorityRole::Court, DE);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(court),
			id,
			CustodyAction::Presented,
			Some(Hash::repeat_byte(4)),
			Some((AuthorityRole::Court, DE)),
		);

		let len = Evidence::<T>::get(id).map(|record| record.custody_len);
		assert_eq!(len, Some(T::MaxCustodyEntries::get()));
	}

	#[benchmark]
	fn hand_over() {
		let (who, _) = funded::<T>("submitter");
		let (_, lawyer) = funded::<T>("lawyer");
		let id = anchored::<T>(&who, true);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, lawyer);

		assert_eq!(Evidence::<T>::get(id).and_then(|record| record.handover), Some(lawyer));
	}

	#[benchmark]
	fn accept_custody() {
		let (who, _) = funded::<T>("submitter");
		let (account, lawyer) = funded::<T>("lawyer");
		let id = anchored::<T>(&who, true);
		custody_nearly_full::<T>(&who, id);
		Enforcement::<T>::hand_over(RawOrigin::Signed(who).into(), id, lawyer)
			.expect("the custodian hands over; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(account), id);

		assert_eq!(Evidence::<T>::get(id).map(|record| record.custodian), Some(lawyer));
	}

	#[benchmark]
	fn grant_access() {
		let (who, _) = funded::<T>("submitter");
		let (_, judge) = funded::<T>("judge");
		let id = anchored::<T>(&who, true);
		let sealed = vec![0xa5; T::MaxSealedLocatorLen::get() as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, judge, sealed);

		assert!(Grants::<T>::contains_key(id, judge));
	}

	#[benchmark]
	fn attest() {
		let (who, _) = funded::<T>("submitter");
		let id = anchored::<T>(&who, false);
		let notary = T::BenchmarkHelper::authority(AuthorityRole::EvidenceService, DE);

		#[extrinsic_call]
		_(RawOrigin::Signed(notary), id, DE, Some(Hash::repeat_byte(5)));

		assert_eq!(Evidence::<T>::get(id).map(|record| record.attestations), Some(1));
	}

	#[benchmark]
	fn revoke_attestation() {
		let (who, _) = funded::<T>("submitter");
		let id = anchored::<T>(&who, false);
		let notary = T::BenchmarkHelper::authority(AuthorityRole::EvidenceService, DE);
		Enforcement::<T>::attest(RawOrigin::Signed(notary.clone()).into(), id, DE, None)
			.expect("the notary attests; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(notary), id);

		assert!(Attestations::<T>::iter_prefix(id).all(|(_, a)| a.revoked.is_some()));
	}

	#[benchmark]
	fn withdraw_evidence() {
		let (who, party) = funded::<T>("submitter");
		let id = anchored::<T>(&who, false);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert!(!EvidenceOf::<T>::contains_key(party, id));
	}

	impl_benchmark_test_suite!(Enforcement, crate::mock::new_test_ext(), crate::mock::Test);
}
