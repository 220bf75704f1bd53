//! What a licence covers, and how two licences' scopes meet: the vocabulary that the licensing
//! pallet stores and that enforcement and customs ask about ("is X licensed for right R, in
//! country C, for field F, on date D?").
//!
//! A licence's scope has three dimensions: a [`Territory`], a [`FieldOfUse`] and a period.
//! Two licences overlap when they overlap in all three; a sublicence lies within its parent when
//! it lies within it in all three. The functions here answer those questions for each
//! dimension, on data the pallet has already checked (sorted, duplicate-free country lists,
//! field codes in their canonical form: see [`canonical_field_code`]).

use crate::{
	classification::Scheme,
	territory::{CountryCode, Territory},
	Moment, RightKind,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// Identifier of a licence (a sublicence included), assigned in order and never reused.
pub type LicenceId = u64;

/// The longest classification code a field of use names, in bytes (`A61K 31/4439` is 12).
pub const MAX_FIELD_CODE_LEN: u32 = 16;

/// A classification code naming a field of use.
pub type FieldCode = BoundedVec<u8, ConstU32<MAX_FIELD_CODE_LEN>>;

/// How exclusive a licence is.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Exclusivity {
	/// Only the licensee may use the right in the licence's scope: not the owners, no other
	/// licensee.
	Exclusive,
	/// The licensee and the owners, and nobody else, may use the right in its scope.
	Sole,
	/// The owners may license others in the same scope.
	NonExclusive,
}

/// One field of use a licence names.
#[derive(
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Field {
	/// A classification code of the scheme the right's kind is licensed by
	/// ([`field_scheme`]): an IPC/CPC symbol for a patent or utility model (a subclass,
	/// `H04L`, covers its groups, `H04L 9/32`), a Nice class for a trademark or geographical
	/// indication, a Locarno class and subclass for a design.
	Class(FieldCode),
	/// Text and data mining of a work (EU DSM Directive 2019/790, art. 3-4).
	TextAndDataMining,
	/// Training an artificial-intelligence model on a work.
	AiTraining,
}

/// The fields of use a licence covers.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum FieldOfUse<Fields> {
	/// Every field.
	All,
	/// These fields (sorted, none listed twice, none covering another).
	Fields(Fields),
}

/// Why no licence covers a use: the answer of `is_licensed` when it is not "yes, this one".
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum NotLicensed {
	/// The right does not exist, or was not in force on that date: nobody is licensed.
	RightNotInForce,
	/// The party holds no licence of the right.
	NoLicence,
	/// The party's licences of the right do not cover the country.
	OutsideTerritory,
	/// The party's licences of the right cover the country but not the field.
	OutsideField,
	/// The party's licences of the right that cover the country and the field start later.
	NotYet,
	/// The party's licences of the right that cover the country and the field ended by then
	/// (expired, terminated, or ended with their parent licence).
	NoLonger,
}

/// The classification scheme a licence of a right of `kind` names its fields by; `None` for a
/// kind whose fields are named otherwise (a copyright work, a trade secret: all fields, text
/// and data mining, AI training).
pub fn field_scheme(kind: RightKind) -> Option<Scheme> {
	match kind {
		RightKind::Patent | RightKind::UtilityModel => Some(Scheme::Ipc),
		RightKind::Trademark | RightKind::GeographicalIndication => Some(Scheme::Nice),
		RightKind::IndustrialDesign => Some(Scheme::Locarno),
		RightKind::PlantVariety
		| RightKind::IntegratedCircuitLayout
		| RightKind::Copyright
		| RightKind::TradeSecret => None,
	}
}

/// `code` in the canonical form in which licences store it, if it is a well-formed code of the
/// scheme a right of `kind` is licensed by: a Nice class without a leading zero (`09` is `9`),
/// other codes as written.
pub fn canonical_field_code(kind: RightKind, code: &[u8]) -> Option<alloc::vec::Vec<u8>> {
	let scheme = field_scheme(kind)?;
	if !scheme.accepts(code) {
		return None;
	}
	Some(match (scheme, code) {
		(Scheme::Nice, [b'0', digit]) => alloc::vec![*digit],
		_ => code.to_vec(),
	})
}

/// Whether the (canonical) code `general` covers `specific`: they are equal, or `general` is
/// the IPC subclass of which `specific` is a group (`H04L` covers `H04L 9/32`).
pub fn code_covers(general: &[u8], specific: &[u8]) -> bool {
	general == specific
		|| (specific.len() > general.len()
			&& specific.starts_with(general)
			&& specific[general.len()] == b' ')
}

/// Whether field `general` covers field `specific`.
pub fn field_covers(general: &Field, specific: &Field) -> bool {
	match (general, specific) {
		(Field::Class(general), Field::Class(specific)) => code_covers(general, specific),
		(general, specific) => general == specific,
	}
}

/// Whether two fields share a use: one covers the other.
pub fn fields_meet(a: &Field, b: &Field) -> bool {
	field_covers(a, b) || field_covers(b, a)
}

/// Whether `fields` cover the single field `field`.
pub fn field_of_use_covers<F: AsRef<[Field]>>(fields: &FieldOfUse<F>, field: &Field) -> bool {
	match fields {
		FieldOfUse::All => true,
		FieldOfUse::Fields(list) => list.as_ref().iter().any(|own| field_covers(own, field)),
	}
}

/// Whether two fields of use share a use.
pub fn fields_overlap<A: AsRef<[Field]>, B: AsRef<[Field]>>(
	a: &FieldOfUse<A>,
	b: &FieldOfUse<B>,
) -> bool {
	match (a, b) {
		(FieldOfUse::All, _) | (_, FieldOfUse::All) => true,
		(FieldOfUse::Fields(a), FieldOfUse::Fields(b)) => {
			a.as_ref().iter().any(|x| b.as_ref().iter().any(|y| fields_meet(x, y)))
		},
	}
}

/// Whether every use `inner` names is one `outer` covers.
pub fn fields_within<A: AsRef<[Field]>, B: AsRef<[Field]>>(
	inner: &FieldOfUse<A>,
	outer: &FieldOfUse<B>,
) -> bool {
	match (inner, outer) {
		(_, FieldOfUse::All) => true,
		(FieldOfUse::All, FieldOfUse::Fields(_)) => false,
		(FieldOfUse::Fields(inner), outer) => {
			inner.as_ref().iter().all(|field| field_of_use_covers(outer, field))
		},
	}
}

/// Whether `territory` includes `country`.
pub fn territory_covers<C: AsRef<[CountryCode]>>(
	territory: &Territory<C>,
	country: CountryCode,
) -> bool {
	match territory {
		Territory::Worldwide => true,
		Territory::Countries(list) => list.as_ref().binary_search(&country).is_ok(),
	}
}

/// Whether two territories share a country (the lists sorted).
pub fn territories_overlap<A: AsRef<[CountryCode]>, B: AsRef<[CountryCode]>>(
	a: &Territory<A>,
	b: &Territory<B>,
) -> bool {
	match (a, b) {
		(Territory::Worldwide, _) | (_, Territory::Worldwide) => true,
		(Territory::Countries(a), Territory::Countries(b)) => {
			a.as_ref().iter().any(|country| b.as_ref().binary_search(country).is_ok())
		},
	}
}

/// Whether every country of `inner` is in `outer`.
pub fn territory_within<A: AsRef<[CountryCode]>, B: AsRef<[CountryCode]>>(
	inner: &Territory<A>,
	outer: &Territory<B>,
) -> bool {
	match (inner, outer) {
		(_, Territory::Worldwide) => true,
		(Territory::Worldwide, Territory::Countries(_)) => false,
		(Territory::Countries(inner), outer) => {
			inner.as_ref().iter().all(|country| territory_covers(outer, *country))
		},
	}
}

/// A licence's period: from `start` (inclusive) to `end` (exclusive), or without end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Period {
	/// When it starts (UNIX milliseconds).
	pub start: Moment,
	/// When it ends (exclusive), if it does.
	pub end: Option<Moment>,
}

impl Period {
	/// Whether `date` falls in the period.
	pub fn contains(&self, date: Moment) -> bool {
		self.start <= date && self.end.is_none_or(|end| date < end)
	}

	/// Whether the two periods share a moment.
	pub fn overlaps(&self, other: &Period) -> bool {
		self.end.is_none_or(|end| other.start < end) && other.end.is_none_or(|end| self.start < end)
	}

	/// Whether the period lies within `outer`.
	pub fn within(&self, outer: &Period) -> bool {
		let ends_in_time = match (self.end, outer.end) {
			(_, None) => true,
			(None, Some(_)) => false,
			(Some(end), Some(outer_end)) => end <= outer_end,
		};
		outer.start <= self.start && ends_in_time
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn class(code: &str) -> Field {
		Field::Class(code.as_bytes().to_vec().try_into().expect("a short code"))
	}

	fn countries(codes: &[&[u8; 2]]) -> Territory<alloc::vec::Vec<CountryCode>> {
		Territory::Countries(codes.iter().map(|code| CountryCode(**code)).collect())
	}

	#[test]
	fn a_subclass_covers_its_groups_and_a_group_does_not_cover_its_subclass() {
		assert!(field_covers(&class("H04L"), &class("H04L 9/32")));
		assert!(!field_covers(&class("H04L 9/32"), &class("H04L")));
		assert!(fields_meet(&class("H04L 9/32"), &class("H04L")));
		assert!(!field_covers(&class("H04L"), &class("H04LX")));
		assert!(!fields_meet(&class("H04L 9/32"), &class("H04L 9/00")));
		assert!(!fields_meet(&Field::AiTraining, &Field::TextAndDataMining));
	}

	#[test]
	fn nice_classes_are_stored_without_a_leading_zero() {
		assert_eq!(canonical_field_code(RightKind::Trademark, b"09"), Some(b"9".to_vec()));
		assert_eq!(canonical_field_code(RightKind::Trademark, b"42"), Some(b"42".to_vec()));
		assert_eq!(canonical_field_code(RightKind::Trademark, b"46"), None);
		// A trademark licence is by goods and services, not by figurative elements (Vienna).
		assert_eq!(canonical_field_code(RightKind::Trademark, b"26.04.05"), None);
		assert_eq!(canonical_field_code(RightKind::Patent, b"42"), None);
		assert_eq!(canonical_field_code(RightKind::Copyright, b"42"), None);
	}

	#[test]
	fn fields_of_use_overlap_and_nest() {
		let all: FieldOfUse<alloc::vec::Vec<Field>> = FieldOfUse::All;
		let h04l = FieldOfUse::Fields(alloc::vec![class("H04L")]);
		let group = FieldOfUse::Fields(alloc::vec![class("H04L 9/32")]);
		let other = FieldOfUse::Fields(alloc::vec![class("G06Q 50/18")]);
		assert!(fields_overlap(&all, &other) && fields_overlap(&h04l, &group));
		assert!(!fields_overlap(&group, &other));
		assert!(fields_within(&group, &h04l) && fields_within(&h04l, &all));
		assert!(!fields_within(&h04l, &group) && !fields_within(&all, &h04l));
		assert!(field_of_use_covers(&h04l, &class("H04L 9/32")));
		assert!(!field_of_use_covers(&group, &class("H04L")));
	}

	#[test]
	fn territories_overlap_and_nest() {
		let world: Territory<alloc::vec::Vec<CountryCode>> = Territory::Worldwide;
		let de_fr = countries(&[b"DE", b"FR"]);
		let fr = countries(&[b"FR"]);
		let it = countries(&[b"IT"]);
		assert!(territories_overlap(&de_fr, &fr) && territories_overlap(&world, &it));
		assert!(!territories_overlap(&de_fr, &it));
		assert!(territory_within(&fr, &de_fr) && territory_within(&de_fr, &world));
		assert!(!territory_within(&world, &de_fr) && !territory_within(&de_fr, &fr));
		assert!(territory_covers(&de_fr, CountryCode(*b"DE")));
		assert!(!territory_covers(&fr, CountryCode(*b"DE")));
	}

	#[test]
	fn periods_are_half_open() {
		let first = Period { start: 10, end: Some(20) };
		let next = Period { start: 20, end: None };
		assert!(!first.overlaps(&next) && !next.overlaps(&first));
		assert!(first.contains(10) && !first.contains(20) && next.contains(u64::MAX));
		assert!(Period { start: 15, end: Some(30) }.overlaps(&first));
		assert!(Period { start: 12, end: Some(20) }.within(&first));
		assert!(!Period { start: 12, end: None }.within(&first));
		assert!(!Period { start: 5, end: Some(15) }.within(&first));
		assert!(first.within(&Period { start: 0, end: None }));
	}
}
