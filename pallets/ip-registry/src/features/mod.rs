//! The registry's logic, one file an area. Calls in `lib.rs` check the origin and hand over to
//! the `do_*` functions here, which verify everything first and write last.

mod anchors;
mod filing;
mod inspect;
mod inventors;
mod priority;
mod rules;
mod status;
mod try_state;

use crate::{Config, Error};
pub(crate) use ipledger_primitives::text::{is_printable_ascii, is_text};
use ipledger_primitives::Moment;

/// Now, in UNIX milliseconds.
pub(crate) fn now<T: Config>() -> Moment {
	use frame_support::traits::UnixTime;
	T::Time::now().as_millis().try_into().unwrap_or(Moment::MAX)
}

/// Whether `party` (the signer's) acts for one of `parties`: it is one of them, or an agent of
/// one. The signer's party is looked up once by the caller, not once per party.
pub(crate) fn acts_for_one_of<T: Config>(
	party: ipledger_primitives::PartyId,
	mut parties: impl Iterator<Item = ipledger_primitives::PartyId>,
) -> bool {
	use ipledger_primitives::traits::PartiesInspect;
	parties.any(|other| other == party || T::Parties::is_agent(party, other))
}

/// Checks that no item of `items` appears twice.
pub(crate) fn ensure_distinct<T: Config, I: PartialEq>(
	items: &[I],
	duplicate: Error<T>,
) -> Result<(), Error<T>> {
	for (i, item) in items.iter().enumerate() {
		if items[..i].contains(item) {
			return Err(duplicate);
		}
	}
	Ok(())
}
