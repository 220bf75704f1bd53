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

/// Whether `text` is an IANA media type without parameters, `type/subtype`, each part an
/// RFC 6838 restricted name: 1 to 127 letters, digits and `!#$&-^_.+`, the first alphanumeric.
pub fn is_media_type(text: &[u8]) -> bool {
	let restricted_name = |name: &[u8]| {
		(1..=127).contains(&name.len())
			&& name[0].is_ascii_alphanumeric()
			&& name.iter().all(|c| c.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(c))
	};
	let mut parts = text.splitn(2, |c| *c == b'/');
	matches!((parts.next(), parts.next()), (Some(kind), Some(subtype)) if restricted_name(kind) && restricted_name(subtype))
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

	#[test]
	fn media_types_are_type_and_subtype() {
		for good in ["application/pdf", "image/svg+xml", "model/gltf-binary", "text/plain"] {
			assert!(is_media_type(good.as_bytes()), "{good}");
		}
		for bad in ["", "pdf", "application/", "/pdf", "text/plain; charset=utf-8", "a/b/c", "-x/y"]
		{
			assert!(!is_media_type(bad.as_bytes()), "{bad}");
		}
		assert!(!is_media_type(&[b'a'; 300]));
	}
}
