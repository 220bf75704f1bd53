//! Who may dispose of a right: an owner proposes an assignment or a security interest, the
//! secured party its release; agents do not dispose for their principals; a release works at
//! every stage of the right.

use super::{
	transfers::{approve, co_owned, held, propose, record_it, to, CAROL, DAVE},
	*,
};
use ipledger_primitives::traits::PartyReferences;

#[test]
fn an_incoming_party_cannot_take_the_pending_transfer_slot() {
	test(|| {
		let right = filed();
		// Carol proposes that Alice's right be assigned to her: only an owner proposes.
		assert_noop!(propose(CAROL, right, to(whole(CAROL))), Error::<Test>::NotAnOwner);
		assert_noop!(
			propose(DAVE, right, TransferKind::SecurityInterest { holder: DAVE }),
			Error::<Test>::NotAnOwner
		);
		assert!(PendingTransfers::<Test>::get(right).is_none(), "the slot stays free");
		assert_ok!(propose(ALICE, right, to(whole(CAROL))));
	});
}

#[test]
fn only_the_secured_party_proposes_its_release() {
	test(|| {
		let right = filed();
		assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder: DAVE }));
		assert_ok!(approve(DAVE, right));
		assert_ok!(record_it(EP_ADMIN, right));
		for stranger in [ALICE, CAROL] {
			assert_noop!(
				propose(stranger, right, TransferKind::Release { holder: DAVE }),
				Error::<Test>::NotTheHolder
			);
		}
		assert_ok!(propose(DAVE, right, TransferKind::Release { holder: DAVE }));
	});
}

#[test]
fn an_agent_cannot_assign_its_principals_right_to_itself() {
	test(|| {
		// AGENT represents Alice (party 1): it files for her, but cannot dispose of her right.
		let right = filed();
		assert_noop!(propose(AGENT, right, to(whole(AGENT))), Error::<Test>::AgentCannotDispose);
		assert_noop!(
			propose(AGENT, right, TransferKind::SecurityInterest { holder: AGENT }),
			Error::<Test>::AgentCannotDispose
		);
		assert!(PendingTransfers::<Test>::get(right).is_none());
	});
}

#[test]
fn an_agents_approval_is_not_its_principals_consent() {
	test(|| {
		// Bob proposes to assign the right he co-owns with Alice to the agent of Alice.
		let right = co_owned();
		assert_ok!(propose(BOB, right, to(whole(AGENT))));
		assert_ok!(approve(AGENT, right));
		let transfer = PendingTransfers::<Test>::get(right).unwrap();
		assert_eq!(transfer.consents.to_vec(), vec![BOB], "the agent accepted only as assignee");
		assert_noop!(record_it(EP_ADMIN, right), Error::<Test>::NotApproved);
		// Alice herself consents; only then can the office record it.
		assert_ok!(approve(ALICE, right));
		assert_ok!(record_it(EP_ADMIN, right));
		assert_eq!(Registry::owners(right), whole(AGENT));
	});
}

#[test]
fn an_agent_cannot_consent_for_its_principal() {
	test(|| {
		let right = co_owned();
		assert_ok!(propose(BOB, right, to(whole(CAROL))));
		assert_noop!(approve(AGENT, right), Error::<Test>::AgentCannotDispose);
		assert_eq!(PendingTransfers::<Test>::get(right).unwrap().consents.to_vec(), vec![BOB]);
	});
}

#[test]
fn a_security_interest_is_released_after_the_right_was_refused() {
	test(|| {
		let right = filed();
		assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder: DAVE }));
		assert_ok!(approve(DAVE, right));
		assert_ok!(record_it(EP_ADMIN, right));
		assert_ok!(record(EP_ADMIN, right, KeyEvent::Refusal));
		assert!(Registry::is_referenced(DAVE));

		assert_ok!(propose(DAVE, right, TransferKind::Release { holder: DAVE }));
		assert_eq!(held(DAVE), TRANSFER_DEPOSIT);
		assert_ok!(record_it(EP_ADMIN, right));
		assert_eq!(held(DAVE), 0, "the deposit is released once");
		assert!(SecurityInterests::<Test>::get(right).is_empty());
		assert!(!Registry::is_referenced(DAVE), "the secured party can close its party");
		let last = History::<Test>::get(right, 3).unwrap();
		assert_eq!((last.event, last.stage), (KeyEvent::SecurityInterestReleased, Stage::Refused));
		System::assert_last_event(
			Event::TransferRecorded { right, event: KeyEvent::SecurityInterestReleased }.into(),
		);
	});
}

#[test]
fn a_security_interest_is_released_after_the_right_expired() {
	test(|| {
		let right = layout_design();
		assert_ok!(grant_on(right, START));
		assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder: DAVE }));
		assert_ok!(approve(DAVE, right));
		assert_ok!(record_it(EP_ADMIN, right));
		let end = ipledger_primitives::date::add_months(START, 120);
		Timestamp::set_timestamp(end + DAY);
		assert_ok!(Registry::record_term_end(RuntimeOrigin::signed(BOB), right));

		assert_ok!(propose(DAVE, right, TransferKind::Release { holder: DAVE }));
		assert_ok!(Registry::record_transfer(
			RuntimeOrigin::signed(EP_ADMIN),
			right,
			details(end + DAY)
		));
		assert!(!Registry::is_referenced(DAVE));
	});
}
