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
