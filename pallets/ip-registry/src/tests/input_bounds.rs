//! Over-long inputs are refused for their length before their content is read: an over-long
//! title of invalid UTF-8 is `TitleTooLong`, not `InvalidTitle`.

use super::*;

fn over_long_garbage(len: u32) -> Vec<u8> {
	vec![0xff; len as usize + 1]
}

#[test]
fn a_filing_with_an_over_long_title_is_refused_for_its_length() {
	test(|| {
		let title = over_long_garbage(<Test as Config>::MaxTitleLen::get());
		assert_noop!(Filing::new().with(|f| f.title = title).submit(), Error::<Test>::TitleTooLong);
	});
}

#[test]
fn an_over_long_locator_is_refused_for_its_length() {
	test(|| {
		let locator = over_long_garbage(<Test as Config>::MaxLocatorLen::get());
		assert_noop!(
			Filing::new().with(|f| f.document.locator = locator).submit(),
			Error::<Test>::LocatorTooLong
		);
	});
}

#[test]
fn an_anchor_with_an_over_long_title_is_refused_for_its_length() {
	test(|| {
		let title = over_long_garbage(<Test as Config>::MaxTitleLen::get());
		assert_noop!(
			Registry::anchor(
				RuntimeOrigin::signed(ALICE),
				RightKind::Copyright,
				[1; 32].into(),
				title,
				None,
				[0; 32]
			),
			Error::<Test>::TitleTooLong
		);
		// A trade secret's over-long title is refused for its length too, before it is read.
		let title = over_long_garbage(<Test as Config>::MaxTitleLen::get());
		assert_noop!(
			Registry::anchor(
				RuntimeOrigin::signed(ALICE),
				RightKind::TradeSecret,
				[1; 32].into(),
				title,
				None,
				[0; 32]
			),
			Error::<Test>::TitleTooLong
		);
	});
}
