//! The registry's logic, one file an area. Calls in `lib.rs` check the origin and hand over to
//! the `do_*` functions here, which verify everything first and write last.

mod filing;
mod inspect;
mod offices;
mod status;
mod try_state;

use crate::{Config, Error};
use ipledger_primitives::Moment;

/// Now, in UNIX milliseconds.
pub(crate) fn now<T: Config>() -> Moment {
	use frame_support::traits::UnixTime;
	T::Time::now().as_millis().try_into().unwrap_or(Moment::MAX)
}

/// Whether `text` is non-empty UTF-8.
pub(crate) fn is_text(text: &[u8]) -> bool {
	!text.is_empty() && core::str::from_utf8(text).is_ok()
}

/// Whether `text` is non-empty printable ASCII (space to tilde).
pub(crate) fn is_printable_ascii(text: &[u8]) -> bool {
	!text.is_empty() && text.iter().all(|c| (b' '..=b'~').contains(c))
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
