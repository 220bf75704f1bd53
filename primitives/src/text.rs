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

/// Whether `c` is an RFC 3986 unreserved character: a letter, a digit or `-._~`.
fn is_unreserved(c: u8) -> bool {
	c.is_ascii_alphanumeric() || b"-._~".contains(&c)
}

/// Whether `c` is an RFC 3986 sub-delimiter: `!$&'()*+,;=`.
fn is_sub_delim(c: u8) -> bool {
	b"!$&'()*+,;=".contains(&c)
}

/// Whether every character of `text` is `allowed`, or part of a percent-encoded octet
/// (`%` and two hexadecimal digits).
fn all_or_percent_encoded(text: &[u8], allowed: impl Fn(u8) -> bool) -> bool {
	let mut i = 0;
	while i < text.len() {
		if text[i] == b'%' {
			let hex = text.get(i + 1..i + 3);
			if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
				return false;
			}
			i += 3;
		} else if allowed(text[i]) {
			i += 1;
		} else {
			return false;
		}
	}
	true
}

/// Whether `text` is a non-empty RFC 3986 fragment (what follows `#` in a DID URL): letters,
/// digits, `-._~!$&'()*+,;=:@/?` and percent-encoded octets.
pub fn is_uri_fragment(text: &[u8]) -> bool {
	!text.is_empty()
		&& all_or_percent_encoded(text, |c| {
			is_unreserved(c) || is_sub_delim(c) || b":@/?".contains(&c)
		})
}

/// Whether `text` is an absolute RFC 3986 URI: a scheme (a letter, then letters, digits or
/// `+-.`), a colon, and a non-empty rest of URI characters (unreserved, reserved and
/// percent-encoded octets) with no fragment in it twice.
pub fn is_absolute_uri(text: &[u8]) -> bool {
	let Some(colon) = text.iter().position(|c| *c == b':') else { return false };
	let (scheme, rest) = (&text[..colon], &text[colon + 1..]);
	let scheme_ok = scheme.first().is_some_and(u8::is_ascii_alphabetic)
		&& scheme.iter().all(|c| c.is_ascii_alphanumeric() || b"+-.".contains(c));
	let fragments = rest.iter().filter(|c| **c == b'#').count();
	scheme_ok
		&& !rest.is_empty()
		&& fragments <= 1
		&& all_or_percent_encoded(rest, |c| {
			is_unreserved(c) || is_sub_delim(c) || b":/?#[]@".contains(&c)
		})
}

#[cfg(test)]
mod tests {

	#[test]
	fn uri_fragments_and_absolute_uris_follow_rfc_3986() {
		for good in [&b"portfolio"[..], b"key-1", b"a%20b", b"x:y@z/q?"] {
			assert!(is_uri_fragment(good), "{}", String::from_utf8_lossy(good));
		}
		for bad in [&b""[..], b"a b", b"a#b", b"%2", b"%zz", "caf\u{e9}".as_bytes(), b"<x>"] {
			assert!(!is_uri_fragment(bad), "{}", String::from_utf8_lossy(bad));
		}
		for good in [
			&b"https://acme.example/ip?x=1#top"[..],
			b"mailto:ip@acme.example",
			b"did:ipledger:7",
			b"urn:isbn:0451450523",
		] {
			assert!(is_absolute_uri(good), "{}", String::from_utf8_lossy(good));
		}
		for bad in [
			&b"acme.example"[..],
			b"https:",
			b"1http://x",
			b"https://a b",
			b"https://x/#a#b",
			b":x",
			b"https://x/\"",
		] {
			assert!(!is_absolute_uri(bad), "{}", String::from_utf8_lossy(bad));
		}
	}
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
