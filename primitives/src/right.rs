//! What kind a right is and where it stands in law.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The kind of an intellectual-property right.
///
/// Variants are only ever appended: their SCALE index is part of every stored right.
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
pub enum RightKind {
	/// An invention, granted for about 20 years from filing.
	Patent,
	/// A "petty patent" with a shorter term, where the office's law has it.
	UtilityModel,
	/// A sign distinguishing goods or services, renewable indefinitely.
	Trademark,
	/// The appearance of a product, in renewable terms.
	IndustrialDesign,
	/// A sign of origin tied to a place, indefinite while its conditions hold.
	GeographicalIndication,
	/// A plant breeder's right (UPOV).
	PlantVariety,
	/// The layout-design of an integrated circuit.
	IntegratedCircuitLayout,
	/// Copyright or a related right: exists on creation; a record is evidence only.
	Copyright,
	/// A trade secret: never registered; only evidence of possession (a digest) is kept.
	TradeSecret,
}

impl RightKind {
	/// Whether the right comes into being through an office's registration or grant. Copyright
	/// and trade secrets do not: the chain only keeps evidence of them.
	pub fn is_registered(self) -> bool {
		!matches!(self, RightKind::Copyright | RightKind::TradeSecret)
	}
}

/// The three legal states of WIPO ST.27 (patents), ST.61 (trademarks) and ST.87 (designs).
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
pub enum LegalState {
	/// Filed and not yet decided: no right is in force yet.
	Pending,
	/// Granted or registered, and not terminated.
	InForce,
	/// Terminated: refused, withdrawn, lapsed, expired, revoked.
	NoLongerInForce,
}

/// Which of an office's own numbers of a right (WIPO ST.13): the numbers the office gives an
/// application, its publication and its registration or grant, beside the chain's sequence
/// numbers.
#[derive(
	Clone,
	Copy,
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum OfficeNumberKind {
	/// The application number, as the office writes it (`EP20260001234`, `2026-012345`).
	Application,
	/// The publication number (`EP4123456A1`).
	Publication,
	/// The registration or patent number (`EP4123456B1`, `018765432`).
	Registration,
}

/// The longest office number kept, in bytes (ST.13 numbers are far shorter).
pub const MAX_OFFICE_NUMBER_LEN: u32 = 32;
