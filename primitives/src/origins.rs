//! Who may act: origins that turn a signed account into the party it acts as.
//!
//! A pallet names what it needs in its `Config` (`type PartyOrigin: EnsureOrigin<..., Success =
//! Actor<AccountId>>`, `type OfficeOrigin: EnsureOriginWithArg<..., OfficeCode, ...>`), and the
//! runtime wires these, answered by the parties pallet through [`PartiesInspect`]. Calls then
//! check who acts in one line, and a runtime may widen or narrow who that is without touching
//! the pallet.
//!
//! A refused origin comes back unchanged (so origins chain); [`refused_as`] turns the refusal
//! into the call's own error for a signer (`NoParty`, `NotOffice`), and into `BadOrigin` for an
//! origin that is not signed at all.

use crate::{traits::PartiesInspect, AuthorityRole, OfficeCode, PartyId};
use core::marker::PhantomData;
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg, OriginTrait};
use sp_runtime::DispatchError;

/// Who acts: the signing account, and the party it acts as.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Actor<AccountId> {
	/// The account that signed.
	pub account: AccountId,
	/// Its party: its own, or the authority it acts for (an office, for its examiners).
	pub party: PartyId,
}

/// A signed origin of an account linked to a party; succeeds with the account and its party.
///
/// It has no successful origin for benchmarks (which party acts matters to every call that
/// takes it): benchmarks sign with the account they set up.
pub struct EnsureParty<Parties, AccountId>(PhantomData<(Parties, AccountId)>);

impl<O, P, A> EnsureOrigin<O> for EnsureParty<P, A>
where
	O: OriginTrait<AccountId = A>,
	P: PartiesInspect<A>,
	A: Clone,
{
	type Success = Actor<A>;

	fn try_origin(origin: O) -> Result<Actor<A>, O> {
		let actor = origin.as_signer().and_then(|account| {
			P::party_of(account).map(|party| Actor { account: account.clone(), party })
		});
		actor.ok_or(origin)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Err(())
	}
}

/// A signed origin of an account that acts for the IP office of the jurisdiction given as the
/// argument: an account of the office's party, or of one of its examiners. Succeeds with the
/// account and the office's party.
pub struct EnsureOffice<Parties, AccountId>(PhantomData<(Parties, AccountId)>);

impl<O, P, A> EnsureOriginWithArg<O, OfficeCode> for EnsureOffice<P, A>
where
	O: OriginTrait<AccountId = A>,
	P: PartiesInspect<A>,
	A: Clone,
{
	type Success = Actor<A>;

	fn try_origin(origin: O, jurisdiction: &OfficeCode) -> Result<Actor<A>, O> {
		let actor = origin.as_signer().and_then(|account| {
			acting_office::<P, A>(account, *jurisdiction)
				.map(|party| Actor { account: account.clone(), party })
		});
		actor.ok_or(origin)
	}

	/// The office's payee account, once the office exists.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(jurisdiction: &OfficeCode) -> Result<O, ()> {
		P::office(*jurisdiction).and_then(P::account_of).map(O::signed).ok_or(())
	}
}

/// A signed origin of an account of a party that holds the role given as the argument for its
/// jurisdiction (a court, customs, a notary); for [`AuthorityRole::IpOffice`], exactly
/// [`EnsureOffice`] (so an office's examiners act for it). Succeeds with the account and the
/// authority's party.
///
/// For benchmarks, only an office has a known successful origin (its payee account); a pallet
/// benchmarking a court's call sets its court up and signs with its account.
pub struct EnsureAuthority<Parties, AccountId>(PhantomData<(Parties, AccountId)>);

impl<O, P, A> EnsureOriginWithArg<O, (AuthorityRole, OfficeCode)> for EnsureAuthority<P, A>
where
	O: OriginTrait<AccountId = A>,
	P: PartiesInspect<A>,
	A: Clone,
{
	type Success = Actor<A>;

	fn try_origin(
		origin: O,
		(role, jurisdiction): &(AuthorityRole, OfficeCode),
	) -> Result<Actor<A>, O> {
		let actor = origin.as_signer().and_then(|account| {
			acting_authority::<P, A>(account, *role, *jurisdiction)
				.map(|party| Actor { account: account.clone(), party })
		});
		actor.ok_or(origin)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin((role, jurisdiction): &(AuthorityRole, OfficeCode)) -> Result<O, ()> {
		if *role != AuthorityRole::IpOffice {
			return Err(());
		}
		<EnsureOffice<P, A> as EnsureOriginWithArg<O, OfficeCode>>::try_successful_origin(
			jurisdiction,
		)
	}
}

/// The party of the IP office of `jurisdiction`, if `account` acts for it: it is linked to
/// the office itself or to one of the office's examiners.
pub fn acting_office<P: PartiesInspect<A>, A>(
	account: &A,
	jurisdiction: OfficeCode,
) -> Option<PartyId> {
	let signer = P::party_of(account)?;
	let office = P::office(jurisdiction)?;
	(signer == office || P::has_role(signer, AuthorityRole::Examiner, jurisdiction))
		.then_some(office)
}

/// The party holding `role` for `jurisdiction` that `account` acts for, if any: its own party,
/// or, for [`AuthorityRole::IpOffice`], the office it examines for, as in [`acting_office`].
pub fn acting_authority<P: PartiesInspect<A>, A>(
	account: &A,
	role: AuthorityRole,
	jurisdiction: OfficeCode,
) -> Option<PartyId> {
	if role == AuthorityRole::IpOffice {
		return acting_office::<P, A>(account, jurisdiction);
	}
	P::party_of(account).filter(|party| P::has_role(*party, role, jurisdiction))
}

/// An origin check's answer as a call returns it: a signed origin that was refused gets
/// `refused` (the call's own error, which says why: the signer has no party, does not act for
/// the office), any other origin (none, root) `BadOrigin`.
pub fn refused_as<S, O: OriginTrait>(
	checked: Result<S, O>,
	refused: impl Into<DispatchError>,
) -> Result<S, DispatchError> {
	checked.map_err(|origin| {
		if origin.as_signer().is_some() {
			refused.into()
		} else {
			DispatchError::BadOrigin
		}
	})
}
