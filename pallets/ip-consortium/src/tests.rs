//! Unit tests of the consortium pallet: the validator set through real session rotations,
//! enacted motions, and every `Error` variant.

use crate::{mock::*, Error, Event, SetChanged, Validators};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays},
};
use sp_runtime::{testing::UintAuthorityId, DispatchError};

type Pallet = crate::Pallet<Test>;

fn register_keys(who: u64) {
	assert_ok!(Session::set_keys(RuntimeOrigin::signed(who), UintAuthorityId(who), vec![]));
}

fn planned_sessions() -> Vec<(u32, Vec<u64>)> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::IpConsortium(Event::ValidatorSetPlanned { session, validators }) => {
				Some((session, validators))
			},
			_ => None,
		})
		.collect()
}

#[test]
fn genesis_validators_are_the_first_sessions_validators() {
	test(|| {
		assert_eq!(Pallet::validators(), vec![1, 2, 3]);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(Active::get(), vec![1, 2, 3]);
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn an_unchanged_set_plans_no_new_validators() {
	test(|| {
		run_to_block(3 * PERIOD);
		assert_eq!(Session::current_index(), 3);
		assert!(planned_sessions().is_empty());
		assert_eq!(Active::get(), vec![1, 2, 3]);
	});
}

#[test]
fn an_added_validator_is_active_after_the_session_change_after_next() {
	test(|| {
		register_keys(4);
		assert_ok!(IpConsortium::add_validator(RuntimeOrigin::root(), 4));
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		assert_eq!(Pallet::validators(), vec![1, 2, 3, 4]);
		assert!(SetChanged::<Test>::get());

		// The next change plans session 2 with the new set; session 1 keeps the old one.
		run_to_block(PERIOD);
		assert_eq!(planned_sessions(), vec![(2, vec![1, 2, 3, 4])]);
		assert!(!SetChanged::<Test>::get());
		assert_eq!(Active::get(), vec![1, 2, 3]);

		run_to_block(2 * PERIOD);
		assert_eq!(Session::current_index(), 2);
		assert_eq!(Active::get(), vec![1, 2, 3, 4]);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		// Nothing changed since: no further plan.
		run_to_block(3 * PERIOD);
		assert_eq!(planned_sessions().len(), 1);
	});
}

#[test]
fn a_removed_validator_leaves_after_the_session_change_after_next() {
	test(|| {
		assert_ok!(IpConsortium::remove_validator(RuntimeOrigin::root(), 2));
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());
		assert_eq!(Pallet::validators(), vec![1, 3]);
		run_to_block(PERIOD);
		assert_eq!(Active::get(), vec![1, 2, 3]);
		run_to_block(2 * PERIOD);
		assert_eq!(Active::get(), vec![1, 3]);
	});
}

#[test]
fn validators_without_keys_or_origin_are_refused() {
	test(|| {
		register_keys(4);
		assert_noop!(
			IpConsortium::add_validator(RuntimeOrigin::signed(4), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			IpConsortium::add_validator(RuntimeOrigin::signed(COUNCIL), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			IpConsortium::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::NoSessionKeys
		);
		assert_noop!(
			IpConsortium::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
		assert_noop!(
			IpConsortium::remove_validator(RuntimeOrigin::signed(1), 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			IpConsortium::remove_validator(RuntimeOrigin::root(), 4),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn the_set_stays_within_its_bounds() {
	test(|| {
		register_keys(4);
		register_keys(5);
		assert_ok!(IpConsortium::add_validator(RuntimeOrigin::root(), 4));
		assert_noop!(
			IpConsortium::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyValidators
		);
		assert_ok!(IpConsortium::remove_validator(RuntimeOrigin::root(), 4));
		assert_ok!(IpConsortium::remove_validator(RuntimeOrigin::root(), 3));
		assert_noop!(
			IpConsortium::remove_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::TooFewValidators
		);
		assert_eq!(Validators::<Test>::get().into_inner(), vec![1, 2]);
	});
}

#[test]
fn a_motion_enacts_a_root_call() {
	test(|| {
		register_keys(4);
		let call: RuntimeCall = crate::Call::<Test>::add_validator { who: 4 }.into();
		assert_ok!(IpConsortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(call)));
		System::assert_last_event(Event::Enacted { result: Ok(()) }.into());
		assert_eq!(Pallet::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn an_enacted_call_that_fails_changes_nothing_and_says_why() {
	test(|| {
		let call: RuntimeCall = crate::Call::<Test>::add_validator { who: 2 }.into();
		assert_ok!(IpConsortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(call)));
		System::assert_last_event(
			Event::Enacted { result: Err(Error::<Test>::AlreadyValidator.into()) }.into(),
		);
		// A call for a signed origin gets root, which is not signed.
		let transfer: RuntimeCall =
			pallet_balances::Call::<Test>::transfer_allow_death { dest: 2, value: 1 }.into();
		assert_ok!(IpConsortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(transfer)));
		System::assert_last_event(Event::Enacted { result: Err(DispatchError::BadOrigin) }.into());
		assert_eq!(Pallet::validators(), vec![1, 2, 3]);
		assert!(!SetChanged::<Test>::get());
	});
}

#[test]
fn only_the_enact_origin_enacts() {
	test(|| {
		register_keys(4);
		let call: RuntimeCall = crate::Call::<Test>::add_validator { who: 4 }.into();
		assert_noop!(
			IpConsortium::enact(RuntimeOrigin::signed(1), Box::new(call.clone())),
			DispatchError::BadOrigin
		);
		assert_noop!(
			IpConsortium::enact(RuntimeOrigin::none(), Box::new(call)),
			DispatchError::BadOrigin
		);
		assert_eq!(Pallet::validators(), vec![1, 2, 3]);
	});
}

#[test]
fn enact_weighs_its_call_and_is_free() {
	test(|| {
		let remark: RuntimeCall =
			frame_system::Call::<Test>::remark { remark: vec![0; 1_000] }.into();
		let inner = remark.get_dispatch_info();
		let enact: RuntimeCall =
			crate::Call::<Test>::enact { call: Box::new(remark.clone()) }.into();
		let outer = enact.get_dispatch_info();
		assert!(outer.call_weight.all_gte(inner.call_weight));
		assert_eq!(outer.class, inner.class);
		let post = IpConsortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(remark))
			.expect("the council enacts");
		assert_eq!(post.pays_fee, Pays::No);
		assert!(post.actual_weight.expect("set").all_lte(outer.call_weight));
	});
}

#[test]
#[should_panic(expected = "a genesis validator is repeated")]
fn a_repeated_genesis_validator_is_refused() {
	use sp_runtime::BuildStorage;
	let _ = crate::GenesisConfig::<Test> {
		validators: vec![1, 1, 2],
		min_validators: 0,
		session_length: 0,
	}
	.build_storage();
}

#[test]
#[should_panic(expected = "fewer genesis validators than the chain's minimum")]
fn too_few_genesis_validators_are_refused() {
	use sp_runtime::BuildStorage;
	let _ =
		crate::GenesisConfig::<Test> { validators: vec![1], min_validators: 0, session_length: 0 }
			.build_storage();
}

#[test]
fn the_invariants_catch_a_repeated_validator() {
	test(|| {
		Validators::<Test>::put(
			frame_support::BoundedVec::try_from(vec![1, 2, 2]).expect("within bounds"),
		);
		assert!(Pallet::do_try_state().is_err());
		Validators::<Test>::put(
			frame_support::BoundedVec::try_from(vec![1]).expect("within bounds"),
		);
		assert!(Pallet::do_try_state().is_err());
		Validators::<Test>::put(
			frame_support::BoundedVec::try_from(vec![1, 2, 3]).expect("within bounds"),
		);
	});
}

#[test]
fn a_chain_whose_genesis_keeps_three_validators_does_not_go_below_them() {
	new_test_ext_keeping(3).execute_with(|| {
		assert_eq!(IpConsortium::min_validators(), 3);
		assert_noop!(
			IpConsortium::remove_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::TooFewValidators
		);
		register_keys(4);
		assert_ok!(IpConsortium::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(IpConsortium::remove_validator(RuntimeOrigin::root(), 3));
		IpConsortium::do_try_state().expect("invariants hold");
	});
}

#[test]
fn a_genesis_minimum_below_the_runtimes_leaves_the_runtimes() {
	new_test_ext_keeping(1).execute_with(|| {
		use frame_support::traits::Get;
		let runtime_min: u32 = <Test as crate::Config>::MinValidators::get();
		assert_eq!(IpConsortium::min_validators(), runtime_min);
	});
}

#[test]
fn a_chain_keeps_the_session_length_its_genesis_sets_and_the_default_otherwise() {
	use frame_support::traits::{ConstU32, Get};
	use sp_runtime::BuildStorage;
	type Length = crate::SessionLength<Test, ConstU32<10>>;
	new_test_ext().execute_with(|| assert_eq!(Length::get(), 10));
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> { validators: vec![], min_validators: 0, session_length: 600 }
		.assimilate_storage(&mut storage)
		.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| assert_eq!(Length::get(), 600));
}
