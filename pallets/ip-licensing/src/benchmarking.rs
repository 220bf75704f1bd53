//! Benchmarks of licensing's calls, each at its worst case for what it does not take as a
//! component: a right with the most owners, and as many other licences as a right may hold
//! that the new terms overlap in territory and period but not in field, so every one of them is
//! checked to the end.

use super::*;
use crate::Pallet as Licensing;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use ipledger_primitives::{
	date::add_months, origins::Actor, traits::RightsInspect, Moment, PartyId, RightId,
	MILLISECS_PER_DAY,
};
use sp_runtime::{traits::Zero, Permill, Saturating};

/// When the benchmarks start: 2027-01-01.
const NOW: Moment = 1_798_761_600_000;

/// An account of `name` and `index` with plenty of funds, and its party.
fn funded<T: Config>(name: &'static str, index: u32) -> (T::AccountId, PartyId) {
	let who: T::AccountId = account(name, index, 0);
	let plenty = T::OfferDeposit::get()
		.saturating_add(T::LicenceDeposit::get())
		.saturating_add(fee::<T>())
		.saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, plenty);
	let party = T::BenchmarkHelper::party(&who);
	(who, party)
}

/// A fee or royalty each of the most owners can receive even while empty.
fn fee<T: Config>() -> BalanceOf<T> {
	use frame_support::traits::fungible::Inspect;
	T::Currency::minimum_balance().saturating_mul(T::MaxOwners::get().saturating_mul(10).into())
}

/// A right in force owned by `o` funded parties; returns the first owner's account and party,
/// the right and the countries it covers.
fn right<T: Config>(o: u32) -> (T::AccountId, PartyId, RightId, Vec<CountryCode>) {
	T::BenchmarkHelper::set_time(NOW);
	let owners: Vec<(T::AccountId, PartyId)> =
		(0..o.max(1)).map(|i| funded::<T>("owner", i)).collect();
	let parties: Vec<PartyId> = owners.iter().map(|(_, party)| *party).collect();
	let (right, countries) = T::BenchmarkHelper::right_in_force(&parties);
	let (account, party) = owners[0].clone();
	(account, party, right, countries)
}

/// `f` longest IPC codes of group `group` (`H04L` or `G06Q`), sorted and none covering another.
fn fields<T: Config>(group: &str, f: u32) -> FieldOfUse<FieldsOf<T>> {
	let codes = (0..f)
		.map(|i| {
			let code = format!("{group} {i:04}/805631").into_bytes();
			Field::Class(BoundedVec::truncate_from(code))
		})
		.collect::<Vec<_>>();
	FieldOfUse::Fields(BoundedVec::truncate_from(codes))
}

/// Terms for `right` in the first `c` of `countries` and `f` fields, for ten years from
/// [`NOW`], with every kind of payment.
fn terms<T: Config>(
	right: RightId,
	countries: &[CountryCode],
	c: u32,
	f: u32,
	exclusivity: Exclusivity,
) -> TermsOf<T> {
	let c = (c as usize).clamp(1, countries.len());
	Terms {
		right,
		licensee: None,
		territory: Territory::Countries(BoundedVec::truncate_from(countries[..c].to_vec())),
		fields: fields::<T>("H04L", f),
		exclusivity,
		start: NOW,
		end: Some(add_months(NOW, 120)),
		sublicensable: true,
		transferable: true,
		payment: Payment {
			upfront: fee::<T>(),
			royalty_rate: Permill::from_percent(5),
			per_unit: fee::<T>(),
			minimum: fee::<T>(),
			period_months: 1,
			grace_days: 30,
		},
	}
}

/// Stores licence `id` of `terms` held by `licensee` (whose account holds no deposit for it: the
/// benchmarks do not release these).
fn store_licence<T: Config>(
	id: LicenceId,
	terms: TermsOf<T>,
	licensee: PartyId,
	who: &T::AccountId,
) {
	let right = terms.right;
	Licences::<T>::insert(
		id,
		Licence {
			terms,
			licensee,
			parent: None,
			offer: 0,
			granted: NOW,
			depositor: who.clone(),
			deposit: Zero::zero(),
			reported: 0,
			ended: None,
		},
	);
	LicencesOfRight::<T>::mutate(right, |ids| ids.try_push(id).expect("below the bound; qed"));
	LicencesOf::<T>::insert(licensee, id, ());
	NextLicenceId::<T>::put(id.saturating_add(1));
}

/// Gives `right` `l` non-exclusive licences overlapping `terms` everywhere but in field.
fn other_licences<T: Config>(right: RightId, countries: &[CountryCode], l: u32) {
	let (who, holder) = funded::<T>("holder", 0);
	for _ in 0..l {
		let mut other =
			terms::<T>(right, countries, u32::MAX, T::MaxFields::get(), Exclusivity::NonExclusive);
		other.fields = fields::<T>("G06Q", T::MaxFields::get());
		other.licensee = Some(holder);
		store_licence::<T>(NextLicenceId::<T>::get(), other, holder, &who);
	}
}

/// An offer by `owner` of `terms`, every owner consenting; returns its id.
fn offered<T: Config>(owner: &T::AccountId, party: PartyId, terms: TermsOf<T>) -> OfferId {
	let id = NextOfferId::<T>::get();
	Licensing::<T>::do_offer(
		Actor { account: owner.clone(), party },
		None,
		terms.clone(),
		None,
		None,
	)
	.expect("valid terms; qed");
	let mut owners: Vec<PartyId> =
		T::Rights::owners(terms.right).into_iter().map(|(p, _)| p).collect();
	owners.sort();
	Offers::<T>::mutate(id, |offer| {
		if let Some(offer) = offer {
			offer.consents = BoundedVec::truncate_from(owners);
		}
	});
	id
}

/// A licence of a right of `o` owners accepted by a funded licensee; returns the licensee's
/// account and party, and the licence.
fn licensed<T: Config>(o: u32) -> (T::AccountId, PartyId, LicenceId) {
	let (owner, party, right, countries) = right::<T>(o);
	let offer =
		offered::<T>(&owner, party, terms::<T>(right, &countries, 1, 1, Exclusivity::Exclusive));
	let (who, licensee) = funded::<T>("licensee", 0);
	let hash = crate::terms_hash::<T>(&Offers::<T>::get(offer).expect("offered").terms);
	let licence = NextLicenceId::<T>::get();
	Licensing::<T>::do_accept(Actor { account: who.clone(), party: licensee }, offer, hash)
		.expect("an offer every owner consented to; qed");
	(who, licensee, licence)
}

/// The origin of the office of `licence`'s right.
fn office_of<T: Config>(licence: LicenceId) -> T::RuntimeOrigin {
	use frame_support::traits::EnsureOriginWithArg;
	let right = Licences::<T>::get(licence).expect("licensed").terms.right;
	let office = T::Rights::kind_and_office(right).and_then(|(_, office)| office);
	T::OfficeOrigin::try_successful_origin(&office.expect("a registered right"))
		.expect("the right's office exists; qed")
}

/// The licence recorded by its right's office: its end is then noted in the right's history.
fn record<T: Config>(licence: LicenceId) {
	Licensing::<T>::record_licence(office_of::<T>(licence), licence).expect("in force; qed");
}

/// Revokes the right of `licence` now (through the registry's effects, as a court would): a
/// royalty report or a default then asks the registry when the right stopped being in force.
fn revoked<T: Config>(licence: LicenceId) {
	use ipledger_primitives::traits::{Recordal, RightsEffects};
	let right = Licences::<T>::get(licence).expect("licensed; qed").terms.right;
	let court: T::AccountId = account("court", 0, 0);
	let decision = Recordal { date: super::features::now::<T>(), reference: b"benchmark" };
	T::Effects::revoke(right, &court, decision).expect("a right in force is revoked; qed");
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn offer(c: Linear<1, { T::MaxCountries::get() }>, f: Linear<1, { T::MaxFields::get() }>) {
		let (owner, _, right, countries) = right::<T>(T::MaxOwners::get());
		other_licences::<T>(right, &countries, T::MaxLicencesPerRight::get() - 1);
		let terms = terms::<T>(right, &countries, c, f, Exclusivity::Exclusive);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), terms, Some(10), Some(NOW + MILLISECS_PER_DAY));

		assert!(Offers::<T>::contains_key(0));
	}

	#[benchmark]
	fn offer_sublicence(
		c: Linear<1, { T::MaxCountries::get() }>,
		f: Linear<1, { T::MaxFields::get() }>,
	) {
		let (_, _, right, countries) = right::<T>(T::MaxOwners::get());
		other_licences::<T>(right, &countries, T::MaxLicencesPerRight::get() - 2);
		let (who, licensee) = funded::<T>("licensee", 0);
		let mut parent = terms::<T>(right, &countries, c, f, Exclusivity::Exclusive);
		parent.licensee = Some(licensee);
		let parent_id = NextLicenceId::<T>::get();
		store_licence::<T>(parent_id, parent.clone(), licensee, &who);
		let mut sub = parent;
		sub.licensee = None;
		sub.exclusivity = Exclusivity::NonExclusive;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), parent_id, sub, None, None);

		assert!(Offers::<T>::get(0).is_some_and(|o| o.parent == Some(parent_id)));
	}

	#[benchmark]
	fn amend_offer(
		c: Linear<1, { T::MaxCountries::get() }>,
		f: Linear<1, { T::MaxFields::get() }>,
	) {
		let (owner, party, right, countries) = right::<T>(T::MaxOwners::get());
		other_licences::<T>(right, &countries, T::MaxLicencesPerRight::get() - 1);
		let offer_id = offered::<T>(
			&owner,
			party,
			terms::<T>(right, &countries, 1, 1, Exclusivity::Exclusive),
		);
		let amended = terms::<T>(right, &countries, c, f, Exclusivity::Exclusive);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), offer_id, amended);

		assert!(Offers::<T>::get(offer_id).is_some_and(|o| o.version == 1));
	}

	#[benchmark]
	fn consent() {
		let (owner, party, right, countries) = right::<T>(T::MaxOwners::get());
		let offer_id = offered::<T>(
			&owner,
			party,
			terms::<T>(right, &countries, 1, 1, Exclusivity::Exclusive),
		);
		// Every owner but the last consented.
		let last: T::AccountId = account("owner", T::MaxOwners::get() - 1, 0);
		let last_party = T::BenchmarkHelper::party(&last);
		Offers::<T>::mutate(offer_id, |o| {
			if let Some(o) = o {
				o.consents.retain(|p| *p != last_party);
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(last), offer_id);

		assert!(Offers::<T>::get(offer_id).is_some_and(|o| o.consents.contains(&last_party)));
	}

	#[benchmark]
	fn withdraw_offer() {
		let (owner, party, right, countries) = right::<T>(T::MaxOwners::get());
		let offer_id = offered::<T>(
			&owner,
			party,
			terms::<T>(right, &countries, 1, 1, Exclusivity::Exclusive),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), offer_id);

		assert!(!Offers::<T>::contains_key(offer_id));
	}

	#[benchmark]
	fn accept(
		o: Linear<1, { T::MaxOwners::get() }>,
		l: Linear<0, { T::MaxLicencesPerRight::get() - 1 }>,
	) {
		let (owner, party, right, countries) = right::<T>(o);
		other_licences::<T>(right, &countries, l);
		let terms = terms::<T>(
			right,
			&countries,
			T::MaxCountries::get(),
			T::MaxFields::get(),
			Exclusivity::Exclusive,
		);
		let hash = crate::terms_hash::<T>(&terms);
		let offer_id = offered::<T>(&owner, party, terms);
		let (who, licensee) = funded::<T>("licensee", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), offer_id, hash);

		assert!(LicencesOf::<T>::iter_key_prefix(licensee).next().is_some());
	}

	#[benchmark]
	fn report_royalties(o: Linear<1, { T::MaxOwners::get() }>) {
		let (who, _, licence) = licensed::<T>(o);
		T::BenchmarkHelper::set_time(add_months(NOW, 1));
		// Revoked once the period is over: it is still owed, and the end is read.
		revoked::<T>(licence);
		let revenue = fee::<T>().saturating_mul(1_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(who), licence, 0, revenue, 1_000);

		assert_eq!(Licences::<T>::get(licence).map(|l| l.reported), Some(1));
	}

	#[benchmark]
	fn terminate_for_default() {
		let (_, _, licence) = licensed::<T>(T::MaxOwners::get());
		record::<T>(licence);
		T::BenchmarkHelper::set_time(add_months(NOW, 3));
		// Revoked with its first period unreported: the licensee is still in default.
		revoked::<T>(licence);
		let owner: T::AccountId = account("owner", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), licence);

		assert!(Licences::<T>::get(licence).is_some_and(|l| l.ended.is_some()));
	}

	#[benchmark]
	fn surrender() {
		let (who, _, licence) = licensed::<T>(T::MaxOwners::get());
		record::<T>(licence);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), licence);

		assert!(Licences::<T>::get(licence).is_some_and(|l| l.ended.is_some()));
		assert!(!RecordedLicences::<T>::contains_key(licence), "its end is noted");
	}

	#[benchmark]
	fn record_licence() {
		let (_, _, licence) = licensed::<T>(T::MaxOwners::get());
		let origin = office_of::<T>(licence);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, licence);

		assert!(RecordedLicences::<T>::contains_key(licence));
	}

	#[benchmark]
	fn transfer_licence() {
		let (who, _, licence) = licensed::<T>(T::MaxOwners::get());
		let (_, to) = funded::<T>("assignee", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), licence, to);

		assert!(Licences::<T>::get(licence).is_some_and(|l| l.licensee == to));
	}

	#[benchmark]
	fn release(l: Linear<1, { T::MaxLicencesPerRight::get() }>) {
		let (_, _, licence) = licensed::<T>(T::MaxOwners::get());
		let right = Licences::<T>::get(licence).expect("licensed").terms.right;
		let countries = match Licences::<T>::get(licence).expect("licensed").terms.territory {
			Territory::Countries(list) => list.into_inner(),
			Territory::Worldwide => vec![],
		};
		other_licences::<T>(right, &countries, l - 1);
		// Recorded by the office and run out: its release notes its end in the history.
		record::<T>(licence);
		T::BenchmarkHelper::set_time(add_months(NOW, 121));
		// An owner, who waives the reports still owed.
		let owner: T::AccountId = account("owner", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), licence);

		assert!(!Licences::<T>::contains_key(licence));
	}

	#[benchmark]
	fn set_non_exclusive_consent() -> Result<(), BenchmarkError> {
		let origin =
			T::RulesOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let office = ipledger_primitives::OfficeCode(*b"US");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, office, NonExclusiveConsent::AnyOwner);

		assert_eq!(NonExclusiveConsentOf::<T>::get(office), NonExclusiveConsent::AnyOwner);
		Ok(())
	}

	impl_benchmark_test_suite!(Licensing, crate::mock::new_test_ext(), crate::mock::Test);
}
