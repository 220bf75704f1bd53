//! Routes of appeal between forums, set by governance and read through `Appeals`.

use super::*;
use crate::{AppealRoutes, AppealsHeard};
use ipledger_primitives::traits::Appeals;

fn add(forum: PartyId, appellate: PartyId) -> sp_runtime::DispatchResult {
	IpParties::add_appeal_route(RuntimeOrigin::root(), forum, appellate)
}

fn remove(forum: PartyId, appellate: PartyId) -> sp_runtime::DispatchResult {
	IpParties::remove_appeal_route(RuntimeOrigin::root(), forum, appellate)
}

/// `who` creates a party that governance makes an authority, with no role; returns it.
fn bare_authority(who: u64) -> PartyId {
	let id = create(who);
	assert_ok!(IpParties::make_authority(RuntimeOrigin::root(), id));
	id
}

#[test]
fn governance_lets_a_forum_hear_appeals_from_another_one_way() {
	test(|| {
		assert!(!Pallet::hears_appeals_from(EPO, COURT));
		assert_ok!(add(COURT, EPO));
		assert_eq!(last_event(), Event::AppealRouteAdded { forum: COURT, appellate: EPO });
		assert!(Pallet::hears_appeals_from(EPO, COURT));
		assert!(!Pallet::hears_appeals_from(COURT, EPO), "a route goes one way");
		assert_eq!(AppealRoutes::<Test>::get(COURT, EPO), Some(START));

		assert_ok!(remove(COURT, EPO));
		assert_eq!(last_event(), Event::AppealRouteRemoved { forum: COURT, appellate: EPO });
		assert!(!Pallet::hears_appeals_from(EPO, COURT));
		assert!(!AppealsHeard::<Test>::contains_key(EPO, COURT));
	});
}

#[test]
fn routes_of_appeal_refuse_bad_requests() {
	test(|| {
		assert_noop!(
			IpParties::add_appeal_route(signed(COURT_ACCOUNT), COURT, EPO),
			DispatchError::BadOrigin
		);
		assert_noop!(
			IpParties::remove_appeal_route(signed(COURT_ACCOUNT), COURT, EPO),
			DispatchError::BadOrigin
		);
		assert_noop!(add(COURT, COURT), Error::<Test>::SelfAppeal);
		assert_noop!(add(COURT, 999), Error::<Test>::UnknownParty);
		assert_noop!(add(999, COURT), Error::<Test>::UnknownParty);
		let person = create(ALICE);
		assert_noop!(add(COURT, person), Error::<Test>::NotAnAuthority);
		assert_noop!(add(person, COURT), Error::<Test>::NotAnAuthority);
		assert_noop!(remove(COURT, EPO), Error::<Test>::NoAppealRoute);

		assert_ok!(add(COURT, EPO));
		assert_noop!(add(COURT, EPO), Error::<Test>::AppealRouteExists);
		assert_ok!(add(COURT, USPTO));
		// `MaxAppealRoutes` is 2 in the mock.
		let third = bare_authority(BOB);
		assert_noop!(add(COURT, third), Error::<Test>::TooManyAppealRoutes);
		// Another forum's routes are counted apart.
		assert_ok!(add(third, COURT));
	});
}

#[test]
fn a_forum_at_either_end_of_a_route_stays_open_until_the_route_is_removed() {
	test(|| {
		let lower = bare_authority(ALICE);
		let upper = bare_authority(BOB);
		assert_ok!(add(lower, upper));
		assert_noop!(IpParties::close_party(signed(ALICE)), Error::<Test>::HasAppealRoutes);
		assert_noop!(IpParties::close_party(signed(BOB)), Error::<Test>::HasAppealRoutes);
		assert_ok!(remove(lower, upper));
		assert_ok!(IpParties::close_party(signed(ALICE)));
		assert_ok!(IpParties::close_party(signed(BOB)));
	});
}
