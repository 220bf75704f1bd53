//! The office's own numbers of a right (WIPO ST.13) beside the chain's sequence numbers.

use super::*;
use ipledger_primitives::OfficeNumberKind::{self, *};

fn set(who: u64, right: u64, kind: OfficeNumberKind, number: &[u8]) -> DispatchResult {
	Registry::set_office_number(RuntimeOrigin::signed(who), right, kind, number.to_vec())
}

#[test]
fn the_office_records_its_own_numbers_and_they_lead_back_to_the_right() {
	test(|| {
		let right = filed();
		assert_ok!(set(EP_ADMIN, right, Application, b"EP26000123.4"));
		System::assert_last_event(
			Event::OfficeNumberSet {
				right,
				kind: Application,
				number: b"EP26000123.4".to_vec().try_into().unwrap(),
			}
			.into(),
		);
		// An examiner acts for the office.
		assert_ok!(set(EXAMINER, right, Publication, b"EP4123456A1"));
		assert_eq!(Registry::by_office_number(EP, Application, b"EP26000123.4"), Some(right));
		assert_eq!(Registry::by_office_number(EP, Publication, b"EP4123456A1"), Some(right));
		assert_eq!(Registry::by_office_number(EP, Registration, b"EP4123456A1"), None);
		assert_eq!(Registry::by_office_number(US, Publication, b"EP4123456A1"), None);
		let mut numbers = Registry::office_numbers(right);
		numbers.sort();
		assert_eq!(
			numbers,
			vec![(Application, b"EP26000123.4".to_vec()), (Publication, b"EP4123456A1".to_vec())]
		);
	});
}

#[test]
fn a_new_number_of_a_kind_replaces_the_old_which_is_free_again() {
	test(|| {
		let right = filed();
		assert_ok!(set(EP_ADMIN, right, Publication, b"EP4123456A1"));
		assert_ok!(set(EP_ADMIN, right, Publication, b"EP4123456A2"));
		assert_eq!(Registry::by_office_number(EP, Publication, b"EP4123456A1"), None);
		assert_eq!(Registry::by_office_number(EP, Publication, b"EP4123456A2"), Some(right));
		// Setting the number it has again changes nothing.
		let events = System::events().len();
		assert_ok!(set(EP_ADMIN, right, Publication, b"EP4123456A2"));
		assert_eq!(System::events().len(), events);
		let other = NextRightId::<Test>::get();
		assert_ok!(Filing::new().submit());
		assert_ok!(set(EP_ADMIN, other, Publication, b"EP4123456A1"));
	});
}

#[test]
fn set_office_number_refuses_bad_requests() {
	test(|| {
		let right = filed();
		assert_noop!(set(EP_ADMIN, 9, Application, b"EP1"), Error::<Test>::UnknownRight);
		assert_noop!(set(ALICE, right, Application, b"EP1"), Error::<Test>::NotOffice);
		assert_noop!(set(US_ADMIN, right, Application, b"EP1"), Error::<Test>::NotOffice);
		assert_noop!(
			Registry::set_office_number(RuntimeOrigin::none(), right, Application, b"1".to_vec()),
			BadOrigin
		);
		for bad in [&b""[..], b"EP 1", b"EP\x001", "EP1é".as_bytes(), &[b'1'; 33]] {
			assert_noop!(
				set(EP_ADMIN, right, Application, bad),
				Error::<Test>::InvalidOfficeNumber
			);
		}
		assert_ok!(set(EP_ADMIN, right, Application, &[b'1'; 32]));
		let other = NextRightId::<Test>::get();
		assert_ok!(Filing::new().submit());
		assert_noop!(
			set(EP_ADMIN, other, Application, &[b'1'; 32]),
			Error::<Test>::OfficeNumberTaken
		);
	});
}
