//! Benchmarks of the registry's calls, each at its worst case for the inputs it does not take
//! as a component.

use super::*;
use crate::Pallet as Registry;
use alloc::{string::ToString, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use ipledger_primitives::{Hash, OfficeCode, PartyId, RightId, RightKind};
use sp_runtime::{Perbill, Saturating};

/// An application's filer, applicants with their shares, and classification codes.
type Application<AccountId> = (AccountId, Vec<(PartyId, Perbill)>, Vec<Vec<u8>>);

/// `n` applicant parties with shares summing to 100%, the first being the filer's; returns the
/// filer's account, the applicants and `c` longest classification codes.
fn file<T: Config>(n: u32, c: u32) -> Application<T::AccountId> {
	let n = n.max(1);
	let parts = Perbill::one().deconstruct();
	let filer: T::AccountId = account("applicant", 0, 0);
	let applicants = (0..n)
		.map(|i| {
			let who: T::AccountId = account("applicant", i, 0);
			let share = parts / n + if i == 0 { parts % n } else { 0 };
			(T::BenchmarkHelper::party(&who), Perbill::from_parts(share))
		})
		.collect();
	// The longest well-formed CPC code: the costliest to check.
	let classifications = (0..c).map(|_| b"H04L 2209/805631".to_vec()).collect();
	(filer, applicants, classifications)
}

/// An account with funds for deposits.
fn funded<T: Config>() -> T::AccountId {
	use frame_support::traits::fungible::{Inspect, Mutate};
	let who: T::AccountId = account("anchorer", 0, 0);
	let plenty = T::AnchorDeposit::get()
		.saturating_mul(1_000u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, plenty);
	who
}

fn max_title<T: Config>() -> Vec<u8> {
	vec![b't'; T::MaxTitleLen::get() as usize]
}

fn document<T: Config>() -> Document<Vec<u8>> {
	Document { digest: Default::default(), locator: vec![b'l'; T::MaxLocatorLen::get() as usize] }
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn file_application(
		o: Linear<1, { T::MaxOwners::get() }>,
		c: Linear<0, { T::MaxClassifications::get() }>,
	) {
		let (office, _) = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(o, c);
		let right = NextRightId::<T>::get();
		let title = vec![b't'; T::MaxTitleLen::get() as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(filer),
			office,
			RightKind::Patent,
			title,
			applicants,
			classifications,
			document::<T>(),
		);

		assert_eq!(Rights::<T>::get(right).map(|r| r.owners.len() as u32), Some(o));
	}

	#[benchmark]
	fn record_event() -> Result<(), BenchmarkError> {
		let (office, admin) = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) =
			file::<T>(T::MaxOwners::get(), T::MaxClassifications::get());
		let right: RightId = Registry::<T>::do_file_application(
			filer,
			office,
			RightKind::Patent,
			vec![b't'; T::MaxTitleLen::get() as usize],
			applicants,
			classifications,
			document::<T>(),
		)?;
		let filing_date = Rights::<T>::get(right).map(|r| r.filing_date).unwrap_or_default();
		let details = EventDetails {
			event_date: filing_date,
			office_event_code: vec![b'c'; MAX_REFERENCE_LEN as usize],
			gazette_reference: vec![b'g'; MAX_REFERENCE_LEN as usize],
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), right, KeyEvent::Grant, details);

		assert_eq!(Rights::<T>::get(right).map(|r| r.stage), Some(Stage::Granted));
		Ok(())
	}

	#[benchmark]
	fn set_rules() -> Result<(), BenchmarkError> {
		let origin =
			T::RulesOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (office, _) = T::BenchmarkHelper::office();
		let rules = KindRules::default_for(RightKind::Trademark);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, office, RightKind::Trademark, rules.clone());

		assert_eq!(Rules::<T>::get(office, RightKind::Trademark), Some(rules));
		Ok(())
	}

	#[benchmark]
	fn record_expiry() -> Result<(), BenchmarkError> {
		let (office, admin) = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) =
			file::<T>(T::MaxOwners::get(), T::MaxClassifications::get());
		let right: RightId = Registry::<T>::do_file_application(
			filer.clone(),
			office,
			RightKind::Patent,
			vec![b't'; T::MaxTitleLen::get() as usize],
			applicants,
			classifications,
			document::<T>(),
		)?;
		let filing_date = Rights::<T>::get(right).map(|r| r.filing_date).unwrap_or_default();
		let details = EventDetails {
			event_date: filing_date,
			office_event_code: vec![],
			gazette_reference: vec![],
		};
		Registry::<T>::do_record_event(admin, right, KeyEvent::Grant, details)?;
		// Benchmarks cannot move the clock: the term ended at the epoch instead.
		Rights::<T>::mutate(right, |r| {
			if let Some(r) = r {
				r.term_ends = Some(0);
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right);

		assert_eq!(Rights::<T>::get(right).map(|r| r.stage), Some(Stage::Expired));
		Ok(())
	}

	#[benchmark]
	fn claim_priority() -> Result<(), BenchmarkError> {
		let (office, _) = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(1, 0);
		let file_one = || {
			Registry::<T>::do_file_application(
				filer.clone(),
				office,
				RightKind::Patent,
				vec![b't'; 8],
				applicants.clone(),
				classifications.clone(),
				document::<T>(),
			)
		};
		let earlier: RightId = file_one()?;
		let right: RightId = file_one()?;
		let earlier_record = Rights::<T>::get(earlier).ok_or(BenchmarkError::Weightless)?;
		// Benchmarks cannot move the clock: the later filing is dated a month on instead, and it
		// already holds all claims but one.
		Rights::<T>::mutate(right, |r| {
			if let Some(r) = r {
				r.filing_date = earlier_record.filing_date.saturating_add(30 * 86_400_000);
				for i in 1..T::MaxPriorityClaims::get() {
					let claim = PriorityClaim {
						office: OfficeCode(*b"JP"),
						application_number: BoundedVec::truncate_from(i.to_be_bytes().to_vec()),
						filing_date: earlier_record.filing_date,
					};
					let _ = r.priorities.try_push(claim);
				}
			}
		});
		let number = earlier_record.application_number.to_string().into_bytes();
		let claim = PriorityClaim {
			office,
			application_number: number,
			filing_date: earlier_record.filing_date,
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right, claim);

		assert_eq!(
			Rights::<T>::get(right).map(|r| r.priorities.len() as u32),
			Some(T::MaxPriorityClaims::get())
		);
		Ok(())
	}

	#[benchmark]
	fn designate_inventors(i: Linear<0, { T::MaxInventors::get() }>) -> Result<(), BenchmarkError> {
		let (office, _) = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(T::MaxOwners::get(), 0);
		let right: RightId = Registry::<T>::do_file_application(
			filer.clone(),
			office,
			RightKind::Patent,
			vec![b't'; 8],
			applicants.clone(),
			classifications,
			document::<T>(),
		)?;
		let inventors = (0..i)
			.map(|n| {
				let mut name = vec![b'n'; MAX_INVENTOR_NAME_LEN as usize];
				// Distinct names: a duplicate would be refused.
				name[..10].copy_from_slice(alloc::format!("{n:010}").as_bytes());
				Inventor { name, party: Some(applicants[0].0) }
			})
			.collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right, inventors);

		assert_eq!(Inventors::<T>::get(right).map(|list| list.len() as u32), Some(i));
		Ok(())
	}

	#[benchmark]
	fn anchor() {
		let who = funded::<T>();
		T::BenchmarkHelper::party(&who);
		let digest = Hash::repeat_byte(0xa5);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), RightKind::Copyright, digest, max_title::<T>());

		assert!(Anchors::<T>::contains_key(digest));
	}

	#[benchmark]
	fn withdraw_anchor() -> Result<(), BenchmarkError> {
		let who = funded::<T>();
		T::BenchmarkHelper::party(&who);
		let digest = Hash::repeat_byte(0xa5);
		Registry::<T>::do_anchor(who.clone(), RightKind::Copyright, digest, max_title::<T>())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), digest);

		assert!(!Anchors::<T>::contains_key(digest));
		Ok(())
	}

	impl_benchmark_test_suite!(Registry, crate::mock::new_test_ext(), crate::mock::Test);
}
