//! Checks of the text that extrinsics carry (names, titles, locators, codes).

/// Whether `text` is non-empty UTF-8.
pub fn is_text(text: &[u8]) -> bool {
	!text.is_empty() && core::str::from_utf8(text).is_ok()
}

/// Whether `text` is non-empty printable ASCII (space to tilde).
pub fn is_printable_ascii(text: &[u8]) -> bool {
	!text.is_empty() && text.iter().all(|c| (b' '..=b'~').contains(c))
}

/// Whether `text` is non-empty printable ASCII without spaces, as URIs and identifiers are.
pub fn is_token(text: &[u8]) -> bool {
	!text.is_empty() && text.iter().all(|c| (b'!'..=b'~').contains(c))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn text_is_non_empty_utf8() {
		assert!(is_text("Société Générale".as_bytes()));
		assert!(!is_text(b""));
		assert!(!is_text(&[0xff]));
	}

	#[test]
	fn printable_ascii_and_tokens() {
		assert!(is_printable_ascii(b"H04L 9/32"));
		assert!(!is_printable_ascii(b"tab\t"));
		assert!(!is_printable_ascii("é".as_bytes()));
		assert!(is_token(b"https://example.org/a?b=c"));
		assert!(!is_token(b"two words"));
		assert!(!is_token(b""));
	}
}
