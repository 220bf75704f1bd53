//! Where a right applies: countries, apart from the offices that grant rights for them.
//!
//! A national office's right covers its own country; a regional office's (`EP`, `EM`, `OA`,
//! `AP`, `EA`, `BX`, `GC`, `QZ`) covers its member states; WIPO's International Bureau (`WO`)
//! grants nothing itself. A licence names countries ([`Territory`]), and licensing checks them
//! against the right's office through [`Jurisdictions`].

use crate::OfficeCode;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The WIPO ST.3 codes that name an organisation, not a country: regional offices, WIPO's
/// International Bureau, and the ST.3 codes of intergovernmental bodies in this ledger's data.
pub const ORGANISATIONS: [[u8; 2]; 10] =
	[*b"EP", *b"EM", *b"OA", *b"AP", *b"EA", *b"BX", *b"GC", *b"QZ", *b"WO", *b"IB"];

/// A state, by its WIPO ST.3 (ISO 3166-1 alpha-2) code: two upper-case letters that are not an
/// organisation's code ([`ORGANISATIONS`]).
///
/// SCALE-decoding does not check the letters; pallets call [`CountryCode::validate`] on every
/// code they receive.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Hash,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct CountryCode(pub [u8; 2]);

/// A code that is not two upper-case letters, or that names an organisation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct InvalidCountryCode;

impl CountryCode {
	/// The country `bytes`, if they are a country's code.
	pub fn new(bytes: [u8; 2]) -> Result<Self, InvalidCountryCode> {
		let code = Self(bytes);
		code.validate()?;
		Ok(code)
	}

	/// Checks that the code is two upper-case letters naming no organisation.
	pub fn validate(&self) -> Result<(), InvalidCountryCode> {
		if self.0.iter().all(u8::is_ascii_uppercase) && !ORGANISATIONS.contains(&self.0) {
			Ok(())
		} else {
			Err(InvalidCountryCode)
		}
	}

	/// The country whose national office `office` is, if it is one (not an organisation).
	pub fn of_office(office: OfficeCode) -> Option<Self> {
		Self::new(office.0).ok()
	}
}

/// Where something (a licence) applies: everywhere, or in the listed countries.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Territory<Countries> {
	/// Every country: only for a right that is not territorial (copyright, a trade secret).
	Worldwide,
	/// These countries.
	Countries(Countries),
}

/// Which countries the rights an office grants cover.
pub trait Jurisdictions {
	/// The countries a right granted by `office` covers: the office's own country for a
	/// national office, the member states for a regional office; none for an organisation that
	/// grants no rights (WIPO's International Bureau) or a code it does not know.
	fn countries_of(office: OfficeCode) -> Vec<CountryCode>;

	/// Whether a right granted by `office` covers `country`.
	fn covers(office: OfficeCode, country: CountryCode) -> bool {
		Self::countries_of(office).contains(&country)
	}
}

/// National offices only: an office covers its own country, and a regional office none.
impl Jurisdictions for () {
	fn countries_of(office: OfficeCode) -> Vec<CountryCode> {
		CountryCode::of_office(office).into_iter().collect()
	}
}

/// The member states of the regional offices, as their treaties stood in 2025: the defaults a
/// runtime starts from (governance data may replace them as states join or leave).
pub struct MemberStates;

/// European Patent Organisation: the 39 contracting states of the EPC.
const EP: &[[u8; 2]] = &[
	*b"AL", *b"AT", *b"BE", *b"BG", *b"CH", *b"CY", *b"CZ", *b"DE", *b"DK", *b"EE", *b"ES", *b"FI",
	*b"FR", *b"GB", *b"GR", *b"HR", *b"HU", *b"IE", *b"IS", *b"IT", *b"LI", *b"LT", *b"LU", *b"LV",
	*b"MC", *b"ME", *b"MK", *b"MT", *b"NL", *b"NO", *b"PL", *b"PT", *b"RO", *b"RS", *b"SE", *b"SI",
	*b"SK", *b"SM", *b"TR",
];

/// European Union (EUIPO's trademarks and designs, the CPVO's plant varieties): 27 states.
const EU: &[[u8; 2]] = &[
	*b"AT", *b"BE", *b"BG", *b"CY", *b"CZ", *b"DE", *b"DK", *b"EE", *b"ES", *b"FI", *b"FR", *b"GR",
	*b"HR", *b"HU", *b"IE", *b"IT", *b"LT", *b"LU", *b"LV", *b"MT", *b"NL", *b"PL", *b"PT", *b"RO",
	*b"SE", *b"SI", *b"SK",
];

/// African Intellectual Property Organization (OAPI): 17 states, one title for all.
const OA: &[[u8; 2]] = &[
	*b"BF", *b"BJ", *b"CF", *b"CG", *b"CI", *b"CM", *b"GA", *b"GN", *b"GQ", *b"GW", *b"KM", *b"ML",
	*b"MR", *b"NE", *b"SN", *b"TD", *b"TG",
];

/// African Regional Intellectual Property Organization (ARIPO): the states of its Harare
/// Protocol on patents and designs.
const AP: &[[u8; 2]] = &[
	*b"BW", *b"CV", *b"GH", *b"GM", *b"KE", *b"LR", *b"LS", *b"MW", *b"MZ", *b"NA", *b"RW", *b"SC",
	*b"SD", *b"SL", *b"ST", *b"SZ", *b"TZ", *b"UG", *b"ZM", *b"ZW",
];

/// Eurasian Patent Organization: 8 states.
const EA: &[[u8; 2]] = &[*b"AM", *b"AZ", *b"BY", *b"KG", *b"KZ", *b"RU", *b"TJ", *b"TM"];

/// Benelux Office for Intellectual Property: 3 states.
const BX: &[[u8; 2]] = &[*b"BE", *b"LU", *b"NL"];

/// Patent Office of the Gulf Cooperation Council: 6 states.
const GC: &[[u8; 2]] = &[*b"AE", *b"BH", *b"KW", *b"OM", *b"QA", *b"SA"];

impl MemberStates {
	/// The member states of the regional office `office`, if it is one.
	pub fn of(office: OfficeCode) -> Option<&'static [[u8; 2]]> {
		Some(match &office.0 {
			b"EP" => EP,
			b"EM" | b"QZ" => EU,
			b"OA" => OA,
			b"AP" => AP,
			b"EA" => EA,
			b"BX" => BX,
			b"GC" => GC,
			_ => return None,
		})
	}
}

/// Whether `office` is a regional office, whose rights cover its member states: one of the
/// [`ORGANISATIONS`] that [`MemberStates`] has defaults for (not WIPO's International Bureau).
pub fn is_regional(office: OfficeCode) -> bool {
	MemberStates::of(office).is_some()
}

impl Jurisdictions for MemberStates {
	fn countries_of(office: OfficeCode) -> Vec<CountryCode> {
		match Self::of(office) {
			Some(members) => members.iter().map(|code| CountryCode(*code)).collect(),
			None => <() as Jurisdictions>::countries_of(office),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn office(code: &[u8; 2]) -> OfficeCode {
		OfficeCode(*code)
	}

	fn country(code: &[u8; 2]) -> CountryCode {
		CountryCode::new(*code).expect("a country's code")
	}

	#[test]
	fn an_organisations_code_is_no_country() {
		for code in ORGANISATIONS {
			assert_eq!(CountryCode::new(code), Err(InvalidCountryCode));
		}
		assert_eq!(CountryCode::new(*b"de"), Err(InvalidCountryCode));
		assert_eq!(CountryCode::new(*b"D1"), Err(InvalidCountryCode));
		assert!(CountryCode::new(*b"DE").is_ok());
	}

	#[test]
	fn a_national_office_covers_its_own_country_only() {
		assert!(MemberStates::covers(office(b"DE"), country(b"DE")));
		assert!(!MemberStates::covers(office(b"DE"), country(b"FR")));
		assert_eq!(<() as Jurisdictions>::countries_of(office(b"US")), vec![country(b"US")]);
		// Without member-state data, a regional office covers nothing.
		assert!(<() as Jurisdictions>::countries_of(office(b"EP")).is_empty());
	}

	#[test]
	fn a_regional_office_covers_its_member_states() {
		let ep = MemberStates::countries_of(office(b"EP"));
		assert_eq!(ep.len(), 39);
		// Outside the EU, inside the EPC.
		assert!(ep.contains(&country(b"CH")) && ep.contains(&country(b"TR")));
		assert!(!MemberStates::covers(office(b"EM"), country(b"CH")));
		assert_eq!(MemberStates::countries_of(office(b"EM")).len(), 27);
		assert_eq!(MemberStates::countries_of(office(b"OA")).len(), 17);
		assert_eq!(MemberStates::countries_of(office(b"EA")).len(), 8);
		assert!(MemberStates::covers(office(b"BX"), country(b"LU")));
		assert!(MemberStates::countries_of(office(b"WO")).is_empty());
	}

	#[test]
	fn the_regional_offices_are_the_organisations_that_grant_rights() {
		let regional: Vec<[u8; 2]> =
			ORGANISATIONS.into_iter().filter(|code| is_regional(office(code))).collect();
		assert_eq!(regional, [*b"EP", *b"EM", *b"OA", *b"AP", *b"EA", *b"BX", *b"GC", *b"QZ"]);
		for code in [*b"WO", *b"IB", *b"DE", *b"US"] {
			assert!(!is_regional(office(&code)));
			assert!(MemberStates::of(office(&code)).is_none(), "{code:?}");
		}
	}

	#[test]
	fn every_member_state_is_a_country_listed_once() {
		for code in ORGANISATIONS.into_iter().filter(|code| is_regional(office(code))) {
			let members = MemberStates::of(office(&code)).expect("a regional office");
			for (i, member) in members.iter().enumerate() {
				assert!(CountryCode::new(*member).is_ok(), "{member:?} of {code:?}");
				assert!(!members[..i].contains(member), "{member:?} twice in {code:?}");
			}
			let mut sorted = members.to_vec();
			sorted.sort();
			assert_eq!(sorted, members, "{code:?} is listed in order");
		}
	}
}
