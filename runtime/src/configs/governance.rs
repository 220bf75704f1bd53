//! The consortium's governance: the offices' council, the validator set it decides, the nodes
//! it lets into the network, and the session pallet that hands the set to Aura and GRANDPA.

use crate::{
	opaque::SessionKeys, AccountId, Balance, Balances, BlockNumber, Council, IpConsortium, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Session, DAYS, MILLI_UNIT, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, ConstU32, EitherOfDiverse},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::ConvertInto, Perbill};

/// The council of the consortium's offices.
pub type CouncilCollective = pallet_collective::Instance1;

/// A motion carried by at least two thirds of the council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// What governs the chain: a two-thirds council motion, or root. Root is sudo on the
/// development chain only (the other presets have no sudo key) and a council's `enact`.
pub type Governance = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// Blocks in a session where a chain's genesis does not say (`ipConsortium.sessionLength`):
/// validator-set changes take effect within two sessions.
pub const SESSION_PERIOD: BlockNumber = 10;

/// The session length: the chain's genesis' `ipConsortium.sessionLength`, else
/// [`SESSION_PERIOD`].
pub type SessionPeriod =
	pallet_ip_consortium::SessionLength<Runtime, frame_support::traits::ConstU32<SESSION_PERIOD>>;

parameter_types! {
	pub const MotionDuration: BlockNumber = 3 * DAYS;
	/// A motion may use half a block.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * super::BlockWeights::get().max_block;
	pub const SessionOffset: BlockNumber = 0;
	/// Registered session keys hold 0.1 UNIT.
	pub const SessionKeyDeposit: Balance = 100 * MILLI_UNIT;
	/// A council proposal holds 1 UNIT from its proposer until it is closed and its cost
	/// released (`council.release_proposal_cost`): a member cannot fill the proposal list for
	/// free.
	pub const ProposalDeposit: Balance = UNIT;
	pub const ProposalHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Council(pallet_collective::HoldReason::ProposalSubmission);
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	type PrimeOrigin = Governance;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = ConstU32<32>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = MotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<32>;
	// A motion can enact root calls: it passes on the members' own votes alone.
	type DefaultVote = AbstentionsAreNays;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership changes go through `pallet-membership`, whose origins are the council's.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = Governance;
	type KillOrigin = Governance;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		ProposalHoldReason,
		pallet_collective::deposit::Constant<ProposalDeposit>,
		u32,
	>;
}

/// The default vote of members who did not vote when a motion is closed: no, whatever the prime
/// member voted. A motion that can enact root calls needs two thirds of the members' own ayes.
pub struct AbstentionsAreNays;

impl pallet_collective::DefaultVote for AbstentionsAreNays {
	fn default_vote(_prime: Option<bool>, _yes: u32, _no: u32, _len: u32) -> bool {
		false
	}
}

impl pallet_ip_consortium::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type ValidatorOrigin = Governance;
	type EnactOrigin = Governance;
	type SessionKeys = Session;
	type MinValidators = ConstU32<1>;
	type MaxValidators = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_ip_consortium::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ValidatorKeys;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = IpConsortium;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type MaxWellKnownNodes = ConstU32<64>;
	type MaxPeerIdLength = ConstU32<128>;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	type WeightInfo = ();
}

/// Registers session keys for benchmark validators, made in the benchmark's keystore.
#[cfg(feature = "runtime-benchmarks")]
pub struct ValidatorKeys;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ip_consortium::BenchmarkHelper<AccountId> for ValidatorKeys {
	fn register_keys(who: &AccountId) {
		use codec::Encode;
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1_000 * crate::UNIT);
		let generated = SessionKeys::generate(&who.encode(), None);
		Session::set_keys(
			frame_system::RawOrigin::Signed(who.clone()).into(),
			generated.keys,
			generated.proof.encode(),
		)
		.expect("a funded account registers fresh keys; qed");
	}
}
