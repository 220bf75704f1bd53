//! Syntax of the classification codes offices give rights: IPC/CPC (patents, utility models),
//! Nice (goods and services of trademarks), Vienna (figurative elements of marks) and Locarno
//! (industrial designs).
//!
//! Only the syntax is checked, not that the code exists in the current edition of the
//! classification: editions change yearly and live off chain.

use crate::RightKind;

/// A classification scheme.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scheme {
	/// The International (or Cooperative) Patent Classification: `H04L 9/32`, `G06Q 50/18`,
	/// `H04L 2209/56`, or a subclass alone (`H04L`).
	Ipc,
	/// The Nice classes of goods (1-34) and services (35-45): `9`, `42`.
	Nice,
	/// The Vienna classification of figurative elements: category, division, section, as in
	/// `26.04.05` (or `26.04`, `26`).
	Vienna,
	/// The Locarno classification of designs: class and subclass, as in `14-02`.
	Locarno,
}

impl Scheme {
	/// The schemes whose codes a right of `kind` may carry; empty if it carries none.
	pub fn for_kind(kind: RightKind) -> &'static [Scheme] {
		match kind {
			RightKind::Patent | RightKind::UtilityModel => &[Scheme::Ipc],
			RightKind::Trademark => &[Scheme::Nice, Scheme::Vienna],
			RightKind::IndustrialDesign => &[Scheme::Locarno],
			// Geographical indications name products (Nice classes); plant varieties have a
			// denomination, layout designs no classification.
			RightKind::GeographicalIndication => &[Scheme::Nice],
			RightKind::PlantVariety
			| RightKind::IntegratedCircuitLayout
			| RightKind::Copyright
			| RightKind::TradeSecret => &[],
		}
	}

	/// Whether `code` is well formed in this scheme.
	pub fn accepts(self, code: &[u8]) -> bool {
		match self {
			Scheme::Ipc => is_ipc(code),
			Scheme::Nice => number_in(code, 1, 45),
			Scheme::Vienna => is_vienna(code),
			Scheme::Locarno => is_locarno(code),
		}
	}
}

/// Whether `code` is a well-formed classification code for a right of `kind`.
pub fn is_valid_for(kind: RightKind, code: &[u8]) -> bool {
	Scheme::for_kind(kind).iter().any(|scheme| scheme.accepts(code))
}

fn digits(text: &[u8]) -> bool {
	!text.is_empty() && text.iter().all(u8::is_ascii_digit)
}

/// `text` as a decimal number between `low` and `high`, written without a sign or spaces and
/// with at most two digits (`09` and `9` both name class 9).
fn number_in(text: &[u8], low: u32, high: u32) -> bool {
	if !digits(text) || text.len() > 2 {
		return false;
	}
	let value = text.iter().fold(0u32, |acc, digit| acc * 10 + u32::from(digit - b'0'));
	(low..=high).contains(&value)
}

/// Section (A-H), class (two digits), subclass (a capital letter), then optionally a space,
/// a main group (1-4 digits), `/` and a subgroup (2-6 digits).
fn is_ipc(code: &[u8]) -> bool {
	let [section, c1, c2, subclass, rest @ ..] = code else { return false };
	let head = (b'A'..=b'H').contains(section)
		&& c1.is_ascii_digit()
		&& c2.is_ascii_digit()
		&& subclass.is_ascii_uppercase();
	if !head {
		return false;
	}
	let Some(group) = rest.strip_prefix(b" ") else { return rest.is_empty() };
	let mut parts = group.splitn(2, |byte| *byte == b'/');
	let (Some(main), Some(sub)) = (parts.next(), parts.next()) else { return false };
	digits(main) && main.len() <= 4 && digits(sub) && (2..=6).contains(&sub.len())
}

/// Two-digit category 01-29, optionally `.` two-digit division, optionally `.` two-digit
/// section.
fn is_vienna(code: &[u8]) -> bool {
	let mut parts = code.split(|byte| *byte == b'.');
	let Some(category) = parts.next() else { return false };
	if category.len() != 2 || !number_in(category, 1, 29) {
		return false;
	}
	let rest: alloc::vec::Vec<&[u8]> = parts.collect();
	rest.len() <= 2 && rest.iter().all(|part| part.len() == 2 && digits(part))
}

/// Two-digit class 01-32, `-`, two-digit subclass.
fn is_locarno(code: &[u8]) -> bool {
	let [c1, c2, b'-', s1, s2] = code else { return false };
	number_in(&[*c1, *c2], 1, 32) && s1.is_ascii_digit() && s2.is_ascii_digit()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn ipc_and_cpc_codes() {
		for good in ["H04L 9/32", "G06Q 50/18", "H04L 2209/56", "A61K 31/4439", "H04L", "B65D 1/00"]
		{
			assert!(Scheme::Ipc.accepts(good.as_bytes()), "{good}");
		}
		for bad in [
			"",
			"h04l 9/32",
			"I04L 9/32",
			"H4L 9/32",
			"H04L9/32",
			"H04L 9/3",
			"H04L 9",
			"H04L 12345/00",
			"H04L 9/1234567",
			"H04L 9/32 ",
		] {
			assert!(!Scheme::Ipc.accepts(bad.as_bytes()), "{bad}");
		}
	}

	#[test]
	fn nice_classes() {
		for good in ["1", "09", "9", "42", "45"] {
			assert!(Scheme::Nice.accepts(good.as_bytes()), "{good}");
		}
		for bad in ["0", "46", "100", "", "4a", " 9", "-1"] {
			assert!(!Scheme::Nice.accepts(bad.as_bytes()), "{bad}");
		}
	}

	#[test]
	fn vienna_and_locarno_codes() {
		for good in ["26.04.05", "26.04", "01"] {
			assert!(Scheme::Vienna.accepts(good.as_bytes()), "{good}");
		}
		for bad in ["30.01.01", "26.4.05", "26.04.05.01", "", "2", "26..05"] {
			assert!(!Scheme::Vienna.accepts(bad.as_bytes()), "{bad}");
		}
		for good in ["14-02", "01-01", "32-00"] {
			assert!(Scheme::Locarno.accepts(good.as_bytes()), "{good}");
		}
		for bad in ["33-01", "14-2", "1402", "14/02", "00-01"] {
			assert!(!Scheme::Locarno.accepts(bad.as_bytes()), "{bad}");
		}
	}

	#[test]
	fn each_kind_takes_its_own_schemes() {
		assert!(is_valid_for(RightKind::Patent, b"H04L 9/32"));
		assert!(!is_valid_for(RightKind::Patent, b"42"));
		assert!(is_valid_for(RightKind::Trademark, b"42"));
		assert!(is_valid_for(RightKind::Trademark, b"26.04.05"));
		assert!(!is_valid_for(RightKind::Trademark, b"H04L 9/32"));
		assert!(is_valid_for(RightKind::IndustrialDesign, b"14-02"));
		assert!(!is_valid_for(RightKind::IndustrialDesign, b"14"));
		assert!(!is_valid_for(RightKind::PlantVariety, b"14-02"));
	}
}
