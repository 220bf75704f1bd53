//! Which forums hear appeals from which: the routes governance sets between authorities, read
//! by enforcement through `Appeals`.

use super::now;
use crate::{AppealRoutes, AppealsHeard, Config, Error, Event, Pallet, Parties};
use frame_support::{ensure, traits::Get};
use ipledger_primitives::{traits::Appeals, PartyId, PartyKind};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Lets `appellate` hear appeals from `forum`'s decisions.
	pub(crate) fn do_add_appeal_route(forum: PartyId, appellate: PartyId) -> DispatchResult {
		ensure!(forum != appellate, Error::<T>::SelfAppeal);
		for party in [forum, appellate] {
			let record = Parties::<T>::get(party).ok_or(Error::<T>::UnknownParty)?;
			ensure!(record.kind == PartyKind::Authority, Error::<T>::NotAnAuthority);
		}
		ensure!(!AppealRoutes::<T>::contains_key(forum, appellate), Error::<T>::AppealRouteExists);
		// Bounded by `MaxAppealRoutes`, so this count reads at most that many keys.
		let routes = AppealRoutes::<T>::iter_key_prefix(forum).count() as u32;
		ensure!(routes < T::MaxAppealRoutes::get(), Error::<T>::TooManyAppealRoutes);

		AppealRoutes::<T>::insert(forum, appellate, now::<T>());
		AppealsHeard::<T>::insert(appellate, forum, ());
		Self::deposit_event(Event::AppealRouteAdded { forum, appellate });
		Ok(())
	}

	/// Ends the route of appeals from `forum` to `appellate`.
	pub(crate) fn do_remove_appeal_route(forum: PartyId, appellate: PartyId) -> DispatchResult {
		ensure!(AppealRoutes::<T>::contains_key(forum, appellate), Error::<T>::NoAppealRoute);
		AppealRoutes::<T>::remove(forum, appellate);
		AppealsHeard::<T>::remove(appellate, forum);
		Self::deposit_event(Event::AppealRouteRemoved { forum, appellate });
		Ok(())
	}

	/// Whether `party` is at either end of an appeal route (and so cannot be closed).
	pub(crate) fn has_appeal_routes(party: PartyId) -> bool {
		AppealRoutes::<T>::iter_key_prefix(party).next().is_some()
			|| AppealsHeard::<T>::iter_key_prefix(party).next().is_some()
	}
}

impl<T: Config> Appeals for Pallet<T> {
	fn hears_appeals_from(appellate: PartyId, forum: PartyId) -> bool {
		AppealRoutes::<T>::contains_key(forum, appellate)
	}
}
