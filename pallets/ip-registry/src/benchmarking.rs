//! Benchmarks of the registry's calls, each at its worst case for the inputs it does not take
//! as a component.

use super::*;
use crate::Pallet as Registry;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use ipledger_primitives::{OfficeCode, RightId, RightKind};
use sp_runtime::Perbill;

/// The first ST.3 code no office uses yet, whatever the genesis registered.
fn fresh_office<T: Config>() -> OfficeCode {
	(b'A'..=b'Z')
		.flat_map(|a| (b'A'..=b'Z').map(move |b| OfficeCode([a, b])))
		.find(|code| !Offices::<T>::contains_key(code))
		.expect("fewer than 676 offices exist in a benchmark; qed")
}

fn admins<T: Config>(n: u32) -> Vec<T::AccountId> {
	(0..n).map(|i| account("admin", i, 0)).collect()
}

/// Registers a fresh office with `MaxAdmins` admins; returns it and its last admin.
fn register<T: Config>() -> (OfficeCode, T::AccountId) {
	let office = fresh_office::<T>();
	let admins = admins::<T>(T::MaxAdmins::get());
	let last = admins.last().cloned().expect("MaxAdmins > 0 by integrity_test; qed");
	Registry::<T>::do_register_office(office, vec![b'n'; 8], admins)
		.expect("a fresh office registers; qed");
	(office, last)
}

/// `n` applicants with shares summing to 100%, the first being the filer.
fn applicants<T: Config>(n: u32) -> Vec<(T::AccountId, Perbill)> {
	let parts = Perbill::one().deconstruct();
	(0..n)
		.map(|i| {
			let share = parts / n + if i == 0 { parts % n } else { 0 };
			(account("applicant", i, 0), Perbill::from_parts(share))
		})
		.collect()
}

fn file<T: Config>(o: u32, c: u32) -> (T::AccountId, Vec<(T::AccountId, Perbill)>, Vec<Vec<u8>>) {
	let applicants = applicants::<T>(o.max(1));
	let filer = applicants[0].0.clone();
	let classifications = (0..c).map(|_| vec![b'H'; MAX_CLASSIFICATION_LEN as usize]).collect();
	(filer, applicants, classifications)
}

fn document<T: Config>() -> Document<Vec<u8>> {
	Document { digest: Default::default(), locator: vec![b'l'; T::MaxLocatorLen::get() as usize] }
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_office(a: Linear<1, { T::MaxAdmins::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::OfficeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let name = vec![b'n'; T::MaxNameLen::get() as usize];
		let office = fresh_office::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, office, name, admins::<T>(a));

		assert_eq!(Offices::<T>::get(office).map(|o| o.admins.len() as u32), Some(a));
		Ok(())
	}

	#[benchmark]
	fn file_application(
		o: Linear<1, { T::MaxOwners::get() }>,
		c: Linear<0, { T::MaxClassifications::get() }>,
	) {
		let (office, _) = register::<T>();
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
		let (office, admin) = register::<T>();
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

	impl_benchmark_test_suite!(Registry, crate::mock::new_test_ext(), crate::mock::Test);
}
