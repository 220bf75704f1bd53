//! Benchmarks of the registry's calls, each at its worst case for the inputs it does not take
//! as a component.

use super::*;
use crate::Pallet as Registry;
use alloc::{string::ToString, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, EnsureOriginWithArg, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use ipledger_primitives::{
	origins::Actor, Hash, HashAlgorithm, OfficeCode, OfficeNumberKind, PartyId, RightId, RightKind,
};
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

/// `who` acting as its party (created if it has none), as `PartyOrigin` answers for it.
fn actor<T: Config>(who: &T::AccountId) -> Actor<T::AccountId> {
	Actor { account: who.clone(), party: T::BenchmarkHelper::party(who) }
}

/// A new office, and an origin that acts for it: `OfficeOrigin`'s successful origin.
fn office<T: Config>() -> Result<(OfficeCode, T::RuntimeOrigin), BenchmarkError> {
	let office = T::BenchmarkHelper::office();
	let origin =
		T::OfficeOrigin::try_successful_origin(&office).map_err(|_| BenchmarkError::Weightless)?;
	Ok((office, origin))
}

/// Moves to the next block: a commitment is revealed in a later block than it was made.
fn next_block<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
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
	Document {
		algorithm: HashAlgorithm::Blake2b256,
		digest: Default::default(),
		size: 1_024,
		media_type: b"application/pdf".to_vec(),
		locator: vec![b'l'; T::MaxLocatorLen::get() as usize],
	}
}

/// Gives `who` plenty of funds for deposits and fees.
fn fund<T: Config>(who: &T::AccountId) {
	use frame_support::traits::fungible::{Inspect, Mutate};
	let plenty = T::AnchorDeposit::get()
		.saturating_add(T::TransferDeposit::get())
		.saturating_add(T::FilingDeposit::get())
		.saturating_mul(1_000u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(1_000u32.into()));
	T::Currency::set_balance(who, plenty);
}

/// A renewal fee the office's account can receive even while empty.
fn fee<T: Config>() -> ipledger_primitives::Balance {
	use frame_support::traits::fungible::Inspect;
	use sp_runtime::SaturatedConversion;
	T::Currency::minimum_balance().saturating_mul(10u32.into()).saturated_into()
}

/// A patent application with `office`, by `MaxOwners` applicants and with the longest title
/// and classifications; returns its id.
fn filed<T: Config>(office: OfficeCode) -> Result<RightId, BenchmarkError> {
	let (filer, applicants, classifications) =
		file::<T>(T::MaxOwners::get(), T::MaxClassifications::get());
	Ok(Registry::<T>::file_consented(
		actor::<T>(&filer),
		office,
		RightKind::Patent,
		max_title::<T>(),
		applicants,
		classifications,
		document::<T>(),
	)?)
}

/// A patent granted by `office` (acting through `origin`); returns its filer and its id.
fn granted<T: Config>(
	office: OfficeCode,
	origin: T::RuntimeOrigin,
) -> Result<(T::AccountId, RightId), BenchmarkError> {
	let right = filed::<T>(office)?;
	let filing_date = Rights::<T>::get(right).map(|r| r.filing_date).unwrap_or_default();
	let details = EventDetails {
		event_date: filing_date,
		effective_date: None,
		office_event_code: vec![],
		gazette_reference: vec![],
	};
	Registry::<T>::record_event(origin, right, KeyEvent::Grant, details)?;
	Ok((account("applicant", 0, 0), right))
}

/// Event details with the longest references, dated at the right's filing.
fn longest_details<T: Config>(right: RightId) -> EventDetails<Vec<u8>> {
	EventDetails {
		event_date: Rights::<T>::get(right).map(|r| r.filing_date).unwrap_or_default(),
		effective_date: None,
		office_event_code: vec![b'c'; MAX_REFERENCE_LEN as usize],
		gazette_reference: vec![b'g'; MAX_REFERENCE_LEN as usize],
	}
}

/// `o` new parties, none of them an owner yet, with shares summing to 100%.
fn assignees<T: Config>(o: u32) -> Vec<(PartyId, Perbill)> {
	let parts = Perbill::one().deconstruct();
	(0..o)
		.map(|i| {
			let who: T::AccountId = account("assignee", i, 0);
			let share = parts / o + if i == 0 { parts % o } else { 0 };
			(T::BenchmarkHelper::party(&who), Perbill::from_parts(share))
		})
		.collect()
}

/// `who`'s party anchors `digest` as a copyright work with the longest title, committing a
/// block before; returns the right the anchor made.
fn anchored<T: Config>(who: &T::AccountId, digest: Hash) -> Result<RightId, BenchmarkError> {
	let actor = actor::<T>(who);
	let salt = [7u8; 32];
	Registry::<T>::do_commit_anchor(actor.clone(), anchor_commitment(actor.party, &digest, &salt))?;
	next_block::<T>();
	let right = NextRightId::<T>::get();
	Registry::<T>::do_anchor(actor, RightKind::Copyright, digest, max_title::<T>(), None, salt)?;
	Ok(right)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn file_application(
		o: Linear<2, { T::MaxOwners::get() }>,
		c: Linear<0, { T::MaxClassifications::get() }>,
	) {
		let office = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(o, c);
		fund::<T>(&filer);
		let filing = NextFilingId::<T>::get();
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

		let pending = PendingFilings::<T>::get(filing);
		assert_eq!(pending.map(|p| p.owners.len() as u32), Some(o), "it waits for the others");
	}

	#[benchmark]
	fn accept_filing(o: Linear<2, { T::MaxOwners::get() }>) -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(o, T::MaxClassifications::get());
		fund::<T>(&filer);
		let filing = NextFilingId::<T>::get();
		Registry::<T>::do_file_application(
			actor::<T>(&filer),
			office,
			RightKind::Patent,
			max_title::<T>(),
			applicants,
			classifications,
			document::<T>(),
		)?;
		// Every applicant but the last has accepted.
		for i in 1..o - 1 {
			let applicant: T::AccountId = account("applicant", i, 0);
			Registry::<T>::do_accept_filing(actor::<T>(&applicant).party, filing)?;
		}
		let last: T::AccountId = account("applicant", o - 1, 0);
		let right = NextRightId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(last), filing);

		assert_eq!(Rights::<T>::get(right).map(|r| r.owners.len() as u32), Some(o));
		assert!(PendingFilings::<T>::get(filing).is_none());
		Ok(())
	}

	#[benchmark]
	fn withdraw_filing() -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) =
			file::<T>(T::MaxOwners::get(), T::MaxClassifications::get());
		fund::<T>(&filer);
		let filing = NextFilingId::<T>::get();
		Registry::<T>::do_file_application(
			actor::<T>(&filer),
			office,
			RightKind::Patent,
			max_title::<T>(),
			applicants,
			classifications,
			document::<T>(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), filing);

		assert!(PendingFilings::<T>::get(filing).is_none());
		Ok(())
	}

	#[benchmark]
	fn record_event() -> Result<(), BenchmarkError> {
		let (office, origin) = office::<T>()?;
		let (filer, applicants, classifications) =
			file::<T>(T::MaxOwners::get(), T::MaxClassifications::get());
		let right: RightId = Registry::<T>::file_consented(
			actor::<T>(&filer),
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
			effective_date: None,
			office_event_code: vec![b'c'; MAX_REFERENCE_LEN as usize],
			gazette_reference: vec![b'g'; MAX_REFERENCE_LEN as usize],
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, right, KeyEvent::Grant, details);

		assert_eq!(Rights::<T>::get(right).map(|r| r.stage), Some(Stage::Granted));
		Ok(())
	}

	#[benchmark]
	fn set_rules() -> Result<(), BenchmarkError> {
		let origin =
			T::RulesOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let office = T::BenchmarkHelper::office();
		let rules = KindRules::default_for(RightKind::Trademark);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, office, RightKind::Trademark, rules.clone());

		assert_eq!(Rules::<T>::get(office, RightKind::Trademark), Some(rules));
		Ok(())
	}

	#[benchmark]
	fn set_member_states(
		n: Linear<0, { T::MaxMemberStates::get() }>,
	) -> Result<(), BenchmarkError> {
		use ipledger_primitives::territory::CountryCode;
		let origin =
			T::RulesOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let office = OfficeCode(*b"EP");
		// The codes in reverse order, the costliest to sort; n = 0 restores the defaults over
		// a list set before.
		let mut codes: Vec<CountryCode> = (b'A'..=b'Z')
			.flat_map(|first| (b'A'..=b'Z').map(move |second| CountryCode([first, second])))
			.filter(|code| code.validate().is_ok())
			.take(T::MaxMemberStates::get().max(1) as usize)
			.collect();
		codes.reverse();
		let members = match n {
			0 => {
				let before = BoundedVec::truncate_from(codes.clone());
				Registry::<T>::do_set_member_states(office, Some(before))?;
				None
			},
			n => Some(BoundedVec::truncate_from(codes[..n as usize].to_vec())),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, office, members);

		assert_eq!(MemberStatesOf::<T>::get(office).map_or(0, |m| m.len() as u32), n);
		Ok(())
	}

	#[benchmark]
	fn record_term_end() -> Result<(), BenchmarkError> {
		let (office, origin) = office::<T>()?;
		let (filer, right) = granted::<T>(office, origin)?;
		// Benchmarks cannot move the clock: the paid period and its grace ended at the epoch
		// instead, so the right lapsed.
		Rights::<T>::mutate(right, |r| {
			if let Some(r) = r {
				r.term = Some(Term::new(0, 0, Some(240), 0, 0));
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right);

		assert_eq!(Rights::<T>::get(right).map(|r| r.stage), Some(Stage::Lapsed));
		Ok(())
	}

	#[benchmark]
	fn renew() -> Result<(), BenchmarkError> {
		let (office, origin) = office::<T>()?;
		// A window wide enough to renew right after the grant, and a fee to pay.
		let mut rules = KindRules::default_for(RightKind::Patent);
		rules.renewal_window_months = 24;
		rules.renewal_fee = fee::<T>();
		Rules::<T>::insert(office, RightKind::Patent, rules);
		let (filer, right) = granted::<T>(office, origin)?;
		fund::<T>(&filer);

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right);

		assert_eq!(Rights::<T>::get(right).and_then(|r| r.term).map(|t| t.renewals), Some(1));
		Ok(())
	}

	#[benchmark]
	fn extend_term() -> Result<(), BenchmarkError> {
		let (office, origin) = office::<T>()?;
		let (_, right) = granted::<T>(office, origin.clone())?;
		let details = longest_details::<T>(right);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, right, 6, details);

		let term = Rights::<T>::get(right).and_then(|r| r.term);
		assert_eq!(term.map(|t| t.extension_months), Some(6));
		Ok(())
	}

	#[benchmark]
	fn link_application() -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let parent = filed::<T>(office)?;
		let (filer, _, _) = file::<T>(T::MaxOwners::get(), 0);
		let right = filed::<T>(office)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right, parent, LinkKind::Divisional);

		assert!(Rights::<T>::get(right).is_some_and(|r| r.parent.is_some()));
		Ok(())
	}

	#[benchmark]
	fn propose_transfer(o: Linear<1, { T::MaxOwners::get() }>) -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let right = filed::<T>(office)?;
		let (filer, _, _) = file::<T>(T::MaxOwners::get(), 0);
		fund::<T>(&filer);
		let to = assignees::<T>(o);

		#[extrinsic_call]
		_(RawOrigin::Signed(filer), right, TransferKind::Assignment { to }, document::<T>());

		assert!(PendingTransfers::<T>::contains_key(right));
		Ok(())
	}

	#[benchmark]
	fn approve_transfer() -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let right = filed::<T>(office)?;
		let (filer, _, _) = file::<T>(T::MaxOwners::get(), 0);
		fund::<T>(&filer);
		let to = assignees::<T>(T::MaxOwners::get());
		let last = to.last().map(|(party, _)| *party).ok_or(BenchmarkError::Weightless)?;
		let kind = TransferKind::Assignment { to };
		Registry::<T>::do_propose_transfer(actor::<T>(&filer), right, kind, document::<T>())?;
		// The last assignee: every party concerned is looked at before it.
		let approver: T::AccountId = account("assignee", T::MaxOwners::get() - 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(approver), right);

		let transfer = PendingTransfers::<T>::get(right).ok_or(BenchmarkError::Weightless)?;
		assert!(transfer.acceptances.contains(&last));
		Ok(())
	}

	#[benchmark]
	fn record_transfer(o: Linear<1, { T::MaxOwners::get() }>) -> Result<(), BenchmarkError> {
		let (office, origin) = office::<T>()?;
		let right = filed::<T>(office)?;
		let (filer, _, _) = file::<T>(T::MaxOwners::get(), 0);
		fund::<T>(&filer);
		let to = assignees::<T>(o);
		let kind = TransferKind::Assignment { to: to.clone() };
		Registry::<T>::do_propose_transfer(actor::<T>(&filer), right, kind, document::<T>())?;
		// Every owner consented and every assignee accepted.
		let owners = Rights::<T>::get(right).map(|r| r.owners).unwrap_or_default();
		PendingTransfers::<T>::mutate(right, |transfer| {
			if let Some(transfer) = transfer {
				transfer.consents = BoundedVec::truncate_from(
					owners.iter().map(|(party, _)| *party).collect::<Vec<_>>(),
				);
				transfer.acceptances = BoundedVec::truncate_from(
					to.iter().map(|(party, _)| *party).collect::<Vec<_>>(),
				);
			}
		});
		let details = longest_details::<T>(right);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, right, details);

		assert_eq!(Rights::<T>::get(right).map(|r| r.ownership_len), Some(2));
		Ok(())
	}

	#[benchmark]
	fn cancel_transfer() -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let right = filed::<T>(office)?;
		let (filer, _, _) = file::<T>(T::MaxOwners::get(), 0);
		fund::<T>(&filer);
		let kind = TransferKind::Assignment { to: assignees::<T>(T::MaxOwners::get()) };
		Registry::<T>::do_propose_transfer(actor::<T>(&filer), right, kind, document::<T>())?;
		// The last assignee: every party concerned is looked at before it.
		let canceller: T::AccountId = account("assignee", T::MaxOwners::get() - 1, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(canceller), right);

		assert!(!PendingTransfers::<T>::contains_key(right));
		Ok(())
	}

	#[benchmark]
	fn claim_priority() -> Result<(), BenchmarkError> {
		let office = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(1, 0);
		let file_one = || {
			Registry::<T>::file_consented(
				actor::<T>(&filer),
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
		let office = T::BenchmarkHelper::office();
		let (filer, applicants, classifications) = file::<T>(T::MaxOwners::get(), 0);
		let right: RightId = Registry::<T>::file_consented(
			actor::<T>(&filer),
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
	fn commit_anchor() -> Result<(), BenchmarkError> {
		let who = funded::<T>();
		T::BenchmarkHelper::party(&who);
		let commitment = Hash::repeat_byte(0xc0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), commitment);

		assert!(AnchorCommitments::<T>::contains_key(commitment));
		Ok(())
	}

	#[benchmark]
	fn anchor() -> Result<(), BenchmarkError> {
		let who = funded::<T>();
		let actor = actor::<T>(&who);
		// A derivative work: its original is read too.
		let original = Hash::repeat_byte(0x5a);
		let digest = Hash::repeat_byte(0xa5);
		let salt = [7u8; 32];
		for work in [original, digest] {
			let commitment = anchor_commitment(actor.party, &work, &salt);
			Registry::<T>::do_commit_anchor(actor.clone(), commitment)?;
		}
		next_block::<T>();
		Registry::<T>::do_anchor(
			actor.clone(),
			RightKind::Copyright,
			original,
			vec![b'o'],
			None,
			salt,
		)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			RightKind::Copyright,
			digest,
			max_title::<T>(),
			Some(original),
			salt,
		);

		let right = Anchors::<T>::get(digest).map(|anchored| anchored.right);
		assert!(right.is_some_and(|right| Rights::<T>::get(right).is_some()), "a right is made");
		Ok(())
	}

	#[benchmark]
	fn withdraw_commitment() -> Result<(), BenchmarkError> {
		let who = funded::<T>();
		let commitment = Hash::repeat_byte(0xc0);
		Registry::<T>::do_commit_anchor(actor::<T>(&who), commitment)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), commitment);

		assert!(!AnchorCommitments::<T>::contains_key(commitment));
		Ok(())
	}

	#[benchmark]
	fn withdraw_anchor() -> Result<(), BenchmarkError> {
		let who = funded::<T>();
		let digest = Hash::repeat_byte(0xa5);
		anchored::<T>(&who, digest)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), digest);

		assert!(!Anchors::<T>::contains_key(digest));
		Ok(())
	}

	#[benchmark]
	fn set_tdm_reservation() -> Result<(), BenchmarkError> {
		let who = funded::<T>();
		let digest = Hash::repeat_byte(0xa5);
		let right = anchored::<T>(&who, digest)?;
		// The longest policy locator: the costliest to check and store.
		let policy = vec![b'p'; T::MaxLocatorLen::get() as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(who), right, Some(policy));

		let anchored = Anchors::<T>::get(digest).ok_or(BenchmarkError::Weightless)?;
		assert!(anchored.tdm_reservation.is_some());
		Ok(())
	}

	#[benchmark]
	fn set_office_number() -> Result<(), BenchmarkError> {
		let (office, origin) = office::<T>()?;
		let right = filed::<T>(office)?;
		// It replaces a number the right had: the old one's index entry goes too.
		let longest = |fill: u8| vec![fill; ipledger_primitives::MAX_OFFICE_NUMBER_LEN as usize];
		Registry::<T>::do_set_office_number(right, OfficeNumberKind::Publication, longest(b'A'))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, right, OfficeNumberKind::Publication, longest(b'B'));

		assert_eq!(
			Registry::<T>::by_office_number(office, OfficeNumberKind::Publication, &longest(b'B')),
			Some(right)
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Registry, crate::mock::new_test_ext(), crate::mock::Test);
}
