//! The member states of the regional offices: what a regional right covers, set by governance.

use super::*;
use frame_support::BoundedVec;
use ipledger_primitives::territory::{CountryCode, Jurisdictions, MemberStates};

fn countries(codes: &[&[u8; 2]]) -> Vec<CountryCode> {
	codes.iter().map(|code| CountryCode(**code)).collect()
}

fn set(
	origin: RuntimeOrigin,
	office: OfficeCode,
	members: Option<Vec<CountryCode>>,
) -> DispatchResult {
	let members = members.map(|m| BoundedVec::try_from(m).expect("within MaxMemberStates"));
	Registry::set_member_states(origin, office, members)
}

fn de() -> CountryCode {
	CountryCode(*b"DE")
}

#[test]
fn a_regional_office_covers_its_treaty_states_until_governance_sets_others() {
	test(|| {
		// The defaults: the EPC's 39 states, Switzerland among them; a national office covers
		// its own country.
		assert_eq!(Registry::countries_of(EP), MemberStates::countries_of(EP));
		assert!(Registry::covers(EP, CountryCode(*b"CH")));
		assert_eq!(Registry::countries_of(US), countries(&[b"US"]));
		assert!(!Registry::covers(US, de()));

		// A state leaves and another joins (listed in any order, stored in order).
		let mut members = MemberStates::countries_of(EP);
		members.retain(|member| *member != CountryCode(*b"CH"));
		members.push(CountryCode(*b"UA"));
		members.reverse();
		assert_ok!(set(RuntimeOrigin::root(), EP, Some(members.clone())));
		System::assert_last_event(
			Event::MemberStatesSet { office: EP, members: 39, defaults: false }.into(),
		);
		members.sort();
		assert_eq!(Registry::countries_of(EP), members);
		assert!(Registry::covers(EP, CountryCode(*b"UA")));
		assert!(!Registry::covers(EP, CountryCode(*b"CH")));
		assert!(Registry::covers(EP, de()));
		// Other offices keep theirs.
		assert_eq!(Registry::countries_of(OfficeCode(*b"EM")).len(), 27);

		// No list restores the treaty's.
		assert_ok!(set(RuntimeOrigin::root(), EP, None));
		System::assert_last_event(
			Event::MemberStatesSet { office: EP, members: 39, defaults: true }.into(),
		);
		assert!(MemberStatesOf::<Test>::get(EP).is_none());
		assert!(Registry::covers(EP, CountryCode(*b"CH")));
		assert!(!Registry::covers(EP, CountryCode(*b"UA")));
	});
}

#[test]
fn set_member_states_refuses_bad_requests_and_changes_nothing() {
	test(|| {
		let two = Some(countries(&[b"DE", b"FR"]));
		assert_noop!(set(RuntimeOrigin::signed(EP_ADMIN), EP, two.clone()), BadOrigin);
		assert_noop!(set(RuntimeOrigin::signed(ALICE), EP, two.clone()), BadOrigin);
		assert_noop!(
			set(RuntimeOrigin::root(), OfficeCode(*b"e1"), two.clone()),
			Error::<Test>::InvalidOfficeCode
		);
		// A national office, and WIPO's International Bureau, have no member states.
		for office in [US, OfficeCode(*b"DE"), OfficeCode(*b"WO"), OfficeCode(*b"IB")] {
			assert_noop!(
				set(RuntimeOrigin::root(), office, two.clone()),
				Error::<Test>::NotRegionalOffice
			);
			assert_noop!(
				set(RuntimeOrigin::root(), office, None),
				Error::<Test>::NotRegionalOffice
			);
		}
		assert_noop!(set(RuntimeOrigin::root(), EP, Some(vec![])), Error::<Test>::NoMemberStates);
		// Not upper-case letters, or an organisation's code.
		for bad in [b"de", b"D1", b"EP", b"WO"] {
			assert_noop!(
				set(RuntimeOrigin::root(), EP, Some(vec![de(), CountryCode(*bad)])),
				Error::<Test>::InvalidCountryCode
			);
		}
		assert_noop!(
			set(RuntimeOrigin::root(), EP, Some(countries(&[b"DE", b"FR", b"DE"]))),
			Error::<Test>::DuplicateMemberState
		);
		assert_eq!(Registry::countries_of(EP), MemberStates::countries_of(EP));
	});
}

#[test]
fn a_list_longer_than_max_member_states_does_not_decode() {
	use codec::Decode;
	let max: u32 = <Test as Config>::MaxMemberStates::get();
	let max = max as usize;
	let long: Vec<CountryCode> = (0..=max)
		.map(|i| CountryCode([b'A' + (i / 26) as u8, b'A' + (i % 26) as u8]))
		.collect();
	let call = crate::Call::<Test>::set_member_states { office: EP, members: None };
	let mut encoded = codec::Encode::encode(&call);
	// The call with the over-long list in place of `None`.
	encoded.truncate(encoded.len() - 1);
	encoded.push(1);
	encoded.extend(codec::Encode::encode(&long));
	assert!(crate::Call::<Test>::decode(&mut &encoded[..]).is_err());
	let mut fits = codec::Encode::encode(&call);
	fits.truncate(fits.len() - 1);
	fits.push(1);
	fits.extend(codec::Encode::encode(&long[..max].to_vec()));
	assert!(crate::Call::<Test>::decode(&mut &fits[..]).is_ok());
}
