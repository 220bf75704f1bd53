//! WIPO ST.3 codes of offices and jurisdictions.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;

/// A WIPO ST.3 code: two upper-case ASCII letters naming a country, a regional office (`EP`,
/// `EM`, `OA`, `AP`, `EA`) or WIPO's International Bureau (`WO`).
///
/// SCALE-decoding does not check the letters (a transaction may carry any two bytes);
/// pallets call [`OfficeCode::validate`] on every code they receive. In JSON (chain specs,
/// genesis presets) it reads and writes as a string such as `"US"`, and a bad string is refused.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Hash,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct OfficeCode(pub [u8; 2]);

/// A code that is not two upper-case ASCII letters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct InvalidOfficeCode;

impl OfficeCode {
	/// The code `bytes`, if they are two upper-case ASCII letters.
	pub fn new(bytes: [u8; 2]) -> Result<Self, InvalidOfficeCode> {
		let code = Self(bytes);
		code.validate()?;
		Ok(code)
	}

	/// Checks that the code is two upper-case ASCII letters.
	pub fn validate(&self) -> Result<(), InvalidOfficeCode> {
		if self.0.iter().all(u8::is_ascii_uppercase) {
			Ok(())
		} else {
			Err(InvalidOfficeCode)
		}
	}

	/// The code as text, if it is valid.
	pub fn as_str(&self) -> Option<&str> {
		self.validate().ok()?;
		core::str::from_utf8(&self.0).ok()
	}
}

impl TryFrom<&str> for OfficeCode {
	type Error = InvalidOfficeCode;

	fn try_from(text: &str) -> Result<Self, Self::Error> {
		let bytes: [u8; 2] = text.as_bytes().try_into().map_err(|_| InvalidOfficeCode)?;
		Self::new(bytes)
	}
}

impl fmt::Debug for OfficeCode {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self.as_str() {
			Some(text) => write!(f, "OfficeCode({text})"),
			None => write!(f, "OfficeCode({:?})", self.0),
		}
	}
}

impl serde::Serialize for OfficeCode {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		match self.as_str() {
			Some(text) => serializer.serialize_str(text),
			None => Err(serde::ser::Error::custom("an office code is two upper-case letters")),
		}
	}
}

impl<'de> serde::Deserialize<'de> for OfficeCode {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = alloc::string::String::deserialize(deserializer)?;
		OfficeCode::try_from(text.as_str()).map_err(|_| {
			serde::de::Error::custom(alloc::format!(
				"`{text}` is not a WIPO ST.3 code (two upper-case letters)"
			))
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn accepts_two_upper_case_letters() {
		assert_eq!(OfficeCode::try_from("EP"), Ok(OfficeCode(*b"EP")));
		assert_eq!(OfficeCode(*b"WO").as_str(), Some("WO"));
	}

	#[test]
	fn refuses_anything_else() {
		for bad in ["us", "U", "USA", "U1", "", "É"] {
			assert_eq!(OfficeCode::try_from(bad), Err(InvalidOfficeCode), "{bad}");
		}
		assert_eq!(OfficeCode::new([0, 0xff]), Err(InvalidOfficeCode));
		assert_eq!(OfficeCode([b'u', b's']).as_str(), None);
	}

	#[test]
	fn json_is_a_checked_string() {
		let code: OfficeCode = serde_json::from_str("\"CN\"").unwrap();
		assert_eq!(code, OfficeCode(*b"CN"));
		assert_eq!(serde_json::to_string(&code).unwrap(), "\"CN\"");
		assert!(serde_json::from_str::<OfficeCode>("\"cn\"").is_err());
		assert!(serde_json::to_string(&OfficeCode(*b"c1")).is_err());
	}
}
