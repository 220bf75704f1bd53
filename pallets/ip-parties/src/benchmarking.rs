//! Benchmarks of the parties pallet's calls, each at its worst case for the inputs it does not
//! take as a component: longest names and locators, the most accounts and services.

use super::*;
use crate::Pallet as IpParties;
use alloc::{string::String, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, EnsureOriginWithArg, Get,
};
use frame_system::RawOrigin;
use ipledger_primitives::{
	AuthorityRole, Document, HashAlgorithm, KeyKind, OfficeCode, PartyId, PartyKind,
};
use sp_runtime::traits::{Bounded, Saturating};

/// The first ST.3 code no office uses yet, whatever the genesis registered.
fn fresh_office<T: Config>() -> OfficeCode {
	(b'A'..=b'Z')
		.flat_map(|a| (b'A'..=b'Z').map(move |b| OfficeCode([a, b])))
		.find(|code| !Offices::<T>::contains_key(code))
		.expect("fewer than 676 offices exist in a benchmark; qed")
}

/// A new account with plenty of funds.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let plenty = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	T::Currency::set_balance(&who, plenty.saturating_add(T::Currency::minimum_balance()));
	who
}

fn max_name<T: Config>() -> Vec<u8> {
	vec![b'n'; T::MaxNameLen::get() as usize]
}

fn max_document<T: Config>() -> Option<Document<Vec<u8>>> {
	Some(Document {
		algorithm: HashAlgorithm::Blake2b256,
		digest: Default::default(),
		size: 1_024,
		media_type: b"application/pdf".to_vec(),
		locator: vec![b'l'; T::MaxLocatorLen::get() as usize],
	})
}

fn max_services<T: Config>(s: u32) -> Vec<Service<Vec<u8>, Vec<u8>>> {
	(0..s)
		.map(|i| {
			let mut id = vec![b'i'; MAX_SERVICE_ID_LEN as usize];
			id[..4].copy_from_slice(&i.to_be_bytes().map(|b| b'a' + b % 26));
			// The longest type and endpoint the checks accept, and scan to the end: absolute
			// URIs.
			let mut kind = vec![b'k'; MAX_SERVICE_ID_LEN as usize];
			kind[..4].copy_from_slice(b"urn:");
			let mut endpoint = vec![b'u'; T::MaxLocatorLen::get() as usize];
			endpoint[..8].copy_from_slice(b"https://");
			Service { id, kind, endpoint }
		})
		.collect()
}

/// A party of `who` with the longest profile and the most services.
fn full_party<T: Config>(who: &T::AccountId) -> PartyId {
	let id = IpParties::<T>::do_create_party(
		who.clone(),
		PartyKind::LegalEntity,
		max_name::<T>(),
		OfficeCode(*b"DE"),
		KeyKind::Sr25519,
		max_document::<T>(),
	)
	.expect("a funded account creates a party; qed");
	IpParties::<T>::do_set_services(who.clone(), max_services::<T>(T::MaxServices::get()))
		.expect("the services are valid; qed");
	id
}

/// Links accounts to `party` until it has `n` of them, without proofs; returns them all.
fn fill_accounts<T: Config>(party: PartyId, n: u32) -> Vec<T::AccountId> {
	let mut record = Parties::<T>::get(party).expect("the party exists; qed");
	let mut index = 0;
	while (record.accounts.len() as u32) < n {
		let extra: T::AccountId = funded::<T>("extra", index);
		index += 1;
		let linked = LinkedAccount { account: extra.clone(), key: KeyKind::Sr25519, linked_at: 0 };
		record.accounts.try_push(linked).expect("n <= MaxAccounts; qed");
		PartyOf::<T>::insert(&extra, party);
	}
	let depositor = record.depositor.clone();
	IpParties::<T>::settle_deposit(&mut record, &depositor).expect("the depositor is funded; qed");
	let accounts = record.accounts.iter().map(|linked| linked.account.clone()).collect();
	Parties::<T>::insert(party, record);
	accounts
}

/// A new authority holding `role` for a fresh jurisdiction; returns it, the jurisdiction and
/// its account.
fn authority<T: Config>(role: Option<AuthorityRole>) -> (PartyId, OfficeCode, T::AccountId) {
	let jurisdiction = fresh_office::<T>();
	let who =
		funded::<T>("authority", u32::from(jurisdiction.0[0]) * 26 + u32::from(jurisdiction.0[1]));
	let id = NextPartyId::<T>::get();
	IpParties::<T>::create_genesis_party(&GenesisParty {
		kind: PartyKind::Authority,
		name: String::from("Office"),
		country: jurisdiction,
		accounts: vec![(who.clone(), KeyKind::Sr25519)],
		roles: role.map(|role| vec![(role, jurisdiction)]).unwrap_or_default(),
	})
	.expect("a fresh authority is valid; qed");
	(id, jurisdiction, who)
}

/// A new court of DE, the `index`th: a forum for routes of appeal.
fn court<T: Config>(index: u32) -> PartyId {
	let jurisdiction = OfficeCode(*b"DE");
	IpParties::<T>::create_genesis_party(&GenesisParty {
		kind: PartyKind::Authority,
		name: String::from("Court"),
		country: jurisdiction,
		accounts: vec![(funded::<T>("court", index), KeyKind::Sr25519)],
		roles: vec![(AuthorityRole::Court, jurisdiction)],
	})
	.expect("a fresh court is valid; qed")
}

/// Appoints `n` new parties as examiners of `office`.
fn appoint<T: Config>(office: OfficeCode, office_account: &T::AccountId, n: u32) {
	for i in 0..n {
		let who = funded::<T>("examiner", i);
		let examiner = IpParties::<T>::do_create_party(
			who,
			PartyKind::NaturalPerson,
			b"Examiner".to_vec(),
			office,
			KeyKind::Sr25519,
			None,
		)
		.expect("a funded account creates a party; qed");
		IpParties::<T>::do_appoint_examiner(office_account.clone(), office, examiner)
			.expect("room for n examiners; qed");
	}
}

/// Records `n` attestations of `party` by fresh offices, without their offices.
fn fill_attestations<T: Config>(party: PartyId, n: u32, attested_by: &T::AccountId) {
	let mut record = Parties::<T>::get(party).expect("the party exists; qed");
	for i in 0..n {
		let office = OfficeCode([b'A' + (i / 26) as u8 % 26, b'A' + (i % 26) as u8]);
		let attestation = Attestation {
			attested_at: 0,
			attested_by: attested_by.clone(),
			evidence: None,
			revoked_at: None,
		};
		Attestations::<T>::insert(party, office, attestation);
	}
	record.attestations = n;
	Parties::<T>::insert(party, record);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_party() {
		let who = funded::<T>("caller", 0);
		let id = NextPartyId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			PartyKind::LegalEntity,
			max_name::<T>(),
			OfficeCode(*b"DE"),
			KeyKind::Sr25519,
			max_document::<T>(),
		);

		assert_eq!(PartyOf::<T>::get(&who), Some(id));
	}

	#[benchmark]
	fn update_profile() {
		let who = funded::<T>("caller", 0);
		let id = full_party::<T>(&who);
		fill_accounts::<T>(id, T::MaxAccounts::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who), max_name::<T>(), OfficeCode(*b"FR"), max_document::<T>());

		assert_eq!(Parties::<T>::get(id).map(|party| party.country), Some(OfficeCode(*b"FR")));
	}

	#[benchmark]
	fn set_services(s: Linear<0, { T::MaxServices::get() }>) {
		let who = funded::<T>("caller", 0);
		let id = full_party::<T>(&who);
		fill_accounts::<T>(id, T::MaxAccounts::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who), max_services::<T>(s));

		assert_eq!(Parties::<T>::get(id).map(|party| party.services.len() as u32), Some(s));
	}

	#[benchmark]
	fn add_account() {
		let who = funded::<T>("caller", 0);
		let id = full_party::<T>(&who);
		fill_accounts::<T>(id, T::MaxAccounts::get() - 1);
		let payload = IpParties::<T>::link_payload(id).expect("the party exists; qed");
		let (new, proof) = T::BenchmarkHelper::sign(&payload);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), new.clone(), proof);

		assert_eq!(PartyOf::<T>::get(&new), Some(id));
	}

	#[benchmark]
	fn remove_account() {
		let who = funded::<T>("caller", 0);
		let id = full_party::<T>(&who);
		let accounts = fill_accounts::<T>(id, T::MaxAccounts::get().max(2));
		let signer = accounts.last().cloned().expect("two accounts; qed");

		// Removing the depositor moves the deposit: the worst case.
		#[extrinsic_call]
		_(RawOrigin::Signed(signer.clone()), who.clone());

		assert_eq!(PartyOf::<T>::get(&who), None);
		assert_eq!(Parties::<T>::get(id).map(|party| party.depositor), Some(signer));
	}

	#[benchmark]
	fn close_party(
		a: Linear<1, { T::MaxAccounts::get() }>,
		t: Linear<0, { T::MaxAttestations::get().min(676) }>,
	) {
		let who = funded::<T>("caller", 0);
		let id = full_party::<T>(&who);
		fill_accounts::<T>(id, a);
		fill_attestations::<T>(id, t, &who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Parties::<T>::get(id), None);
		assert_eq!(PartyOf::<T>::get(&who), None);
	}

	#[benchmark]
	fn make_authority() -> Result<(), BenchmarkError> {
		let origin =
			T::AuthorityOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = funded::<T>("court", 0);
		let id = full_party::<T>(&who);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(Parties::<T>::get(id).map(|party| party.kind), Some(PartyKind::Authority));
		Ok(())
	}

	#[benchmark]
	fn grant_role() -> Result<(), BenchmarkError> {
		let origin =
			T::AuthorityOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, _, _) = authority::<T>(None);
		let jurisdiction = fresh_office::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, AuthorityRole::IpOffice, jurisdiction);

		assert_eq!(Offices::<T>::get(jurisdiction).map(|seat| seat.party), Some(id));
		Ok(())
	}

	#[benchmark]
	fn revoke_role(e: Linear<0, { T::MaxExaminers::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::AuthorityOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, office, account) = authority::<T>(Some(AuthorityRole::IpOffice));
		appoint::<T>(office, &account, e);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, AuthorityRole::IpOffice, office);

		assert!(!Offices::<T>::contains_key(office));
		assert_eq!(Examiners::<T>::iter_prefix(office).count(), 0);
		Ok(())
	}

	#[benchmark]
	fn appoint_examiner() {
		let (_, office, account) = authority::<T>(Some(AuthorityRole::IpOffice));
		appoint::<T>(office, &account, T::MaxExaminers::get().saturating_sub(1));
		let examiner = full_party::<T>(&funded::<T>("caller", 0));

		#[extrinsic_call]
		_(RawOrigin::Signed(account), office, examiner);

		assert!(Examiners::<T>::contains_key(office, examiner));
	}

	#[benchmark]
	fn dismiss_examiner() {
		let (_, office, account) = authority::<T>(Some(AuthorityRole::IpOffice));
		let examiner = full_party::<T>(&funded::<T>("caller", 0));
		IpParties::<T>::do_appoint_examiner(account.clone(), office, examiner)
			.expect("an office appoints an examiner; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(account), office, examiner);

		assert!(!Examiners::<T>::contains_key(office, examiner));
	}

	#[benchmark]
	fn appoint_agent() {
		let who = funded::<T>("caller", 0);
		let principal = full_party::<T>(&who);
		let agent = full_party::<T>(&funded::<T>("caller", 1));

		#[extrinsic_call]
		_(RawOrigin::Signed(who), agent);

		assert!(Agents::<T>::contains_key(principal, agent));
	}

	#[benchmark]
	fn dismiss_agent() {
		let who = funded::<T>("caller", 0);
		let principal = full_party::<T>(&who);
		let agent = full_party::<T>(&funded::<T>("caller", 1));
		IpParties::<T>::do_appoint_agent(who.clone(), agent).expect("an agent is appointed; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(who), agent);

		assert!(!Agents::<T>::contains_key(principal, agent));
	}

	#[benchmark]
	fn attest() {
		let (_, office, _) = authority::<T>(Some(AuthorityRole::IpOffice));
		let party = full_party::<T>(&funded::<T>("caller", 0));
		let origin = T::OfficeOrigin::try_successful_origin(&office)
			.expect("the office has an account; qed");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, party, office, max_document::<T>());

		assert!(Attestations::<T>::contains_key(party, office));
	}

	#[benchmark]
	fn revoke_attestation() {
		let (_, office, account) = authority::<T>(Some(AuthorityRole::IpOffice));
		let party = full_party::<T>(&funded::<T>("caller", 0));
		IpParties::<T>::do_attest(account, party, office, max_document::<T>())
			.expect("an office attests; qed");
		let origin = T::OfficeOrigin::try_successful_origin(&office)
			.expect("the office has an account; qed");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, party, office);

		assert!(Attestations::<T>::get(party, office).is_some_and(|a| a.revoked_at.is_some()));
	}

	#[benchmark]
	fn add_appeal_route() -> Result<(), BenchmarkError> {
		let origin =
			T::AuthorityOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let forum = court::<T>(0);
		let max = T::MaxAppealRoutes::get();
		// The forum's other routes, counted before a new one is added.
		for i in 1..max {
			IpParties::<T>::do_add_appeal_route(forum, court::<T>(i))?;
		}
		let appellate = court::<T>(max);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, forum, appellate);

		assert!(AppealRoutes::<T>::contains_key(forum, appellate));
		Ok(())
	}

	#[benchmark]
	fn remove_appeal_route() -> Result<(), BenchmarkError> {
		let origin =
			T::AuthorityOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (forum, appellate) = (court::<T>(0), court::<T>(1));
		IpParties::<T>::do_add_appeal_route(forum, appellate)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, forum, appellate);

		assert!(!AppealRoutes::<T>::contains_key(forum, appellate));
		Ok(())
	}

	impl_benchmark_test_suite!(IpParties, crate::mock::new_test_ext(), crate::mock::Test);
}
