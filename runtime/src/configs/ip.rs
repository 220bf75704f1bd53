//! IPLedger's intellectual-property pallets.

use super::governance::Governance;
use crate::{
	AccountId, Balance, Balances, IpEnforcement, IpLicensing, IpParties, IpRegistry, Runtime,
	RuntimeHoldReason, Signature, Timestamp, MICRO_UNIT, MILLI_UNIT, UNIT,
};
use frame_support::{parameter_types, traits::ConstU32};
use ipledger_primitives::{
	origins::{EnsureAuthority, EnsureOffice, EnsureParty},
	MultiSignatureKey,
};
use sp_runtime::traits::Verify;

parameter_types! {
	/// An anchored work holds 0.1 UNIT.
	pub const AnchorDeposit: Balance = 100 * MILLI_UNIT;
	/// A proposed transfer holds 0.1 UNIT until it is recorded or cancelled.
	pub const TransferDeposit: Balance = 100 * MILLI_UNIT;
	/// A filing waiting for its co-applicants holds 0.1 UNIT from its filer.
	pub const FilingDeposit: Balance = 100 * MILLI_UNIT;
	/// Every filing pays its office at least 0.25 UNIT: what its 2.5 KB or so of storage (a
	/// right, its history and chain of title) would hold at the parties' byte deposit.
	pub const MinFilingFee: Balance = 250 * MILLI_UNIT;
}

/// The most owners a right has; licensing splits royalties among as many.
pub type MaxOwners = ConstU32<16>;
/// The most member states governance may give a regional office; a licence may name as many
/// countries (a licence of a European patent for every state it covers names them all).
pub type MaxMemberStates = ConstU32<64>;

impl pallet_ip_registry::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AnchorDeposit = AnchorDeposit;
	type TransferDeposit = TransferDeposit;
	type FilingDeposit = FilingDeposit;
	type MinFilingFee = MinFilingFee;
	type Parties = IpParties;
	type PartyOrigin = EnsureParty<IpParties, AccountId>;
	type OfficeOrigin = EnsureOffice<IpParties, AccountId>;
	// The offices' council by two thirds (or root: sudo on the dev chain).
	type RulesOrigin = Governance;
	type Time = Timestamp;
	type WeightInfo = crate::weights::pallet_ip_registry::WeightInfo<Runtime>;
	type MaxTitleLen = ConstU32<512>;
	type MaxOwners = MaxOwners;
	type MaxClassifications = ConstU32<32>;
	type MaxLocatorLen = ConstU32<256>;
	type MaxHistoryLen = ConstU32<256>;
	type MaxPriorityClaims = ConstU32<16>;
	type MaxInventors = ConstU32<32>;
	type MaxSecurityInterests = ConstU32<8>;
	type MaxMemberStates = MaxMemberStates;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarks;
}

/// Offices and parties for the registry's benchmarks, made through `pallet-ip-parties`.
#[cfg(feature = "runtime-benchmarks")]
pub struct RegistryBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ip_registry::BenchmarkHelper<AccountId> for RegistryBenchmarks {
	fn office() -> ipledger_primitives::OfficeCode {
		use ipledger_primitives::{traits::PartiesInspect, AuthorityRole, OfficeCode, PartyKind};
		let code = (b'A'..=b'Z')
			.flat_map(|a| (b'A'..=b'Z').map(move |b| OfficeCode([a, b])))
			.find(|code| IpParties::office(*code).is_none())
			.expect("fewer than 676 offices exist in a benchmark; qed");
		let index = u32::from(code.0[0]) * 256 + u32::from(code.0[1]);
		let account: AccountId = frame_benchmarking::account("office", index, 0);
		IpParties::create_genesis_party(&pallet_ip_parties::GenesisParty {
			kind: PartyKind::Authority,
			name: "Benchmark office".into(),
			country: code,
			accounts: alloc::vec![(account.clone(), ipledger_primitives::KeyKind::Sr25519)],
			roles: alloc::vec![(AuthorityRole::IpOffice, code)],
		})
		.expect("a fresh office is valid; qed");
		code
	}

	fn party(account: &AccountId) -> ipledger_primitives::PartyId {
		use ipledger_primitives::{traits::PartiesInspect, OfficeCode, PartyKind};
		if let Some(party) = IpParties::party_of(account) {
			return party;
		}
		IpParties::create_genesis_party(&pallet_ip_parties::GenesisParty {
			kind: PartyKind::NaturalPerson,
			name: "Benchmark applicant".into(),
			country: OfficeCode(*b"DE"),
			accounts: alloc::vec![(account.clone(), ipledger_primitives::KeyKind::Sr25519)],
			roles: alloc::vec![],
		})
		.expect("an account without a party gets one; qed")
	}
}

parameter_types! {
	/// A party's record holds 0.1 UNIT, plus 0.1 MILLI_UNIT a byte.
	pub const PartyBaseDeposit: Balance = 100 * MILLI_UNIT;
	pub const PartyByteDeposit: Balance = 100 * MICRO_UNIT;
}

impl pallet_ip_parties::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// The offices' council by two thirds (or root: sudo on the dev chain).
	type AuthorityOrigin = Governance;
	type OfficeOrigin = EnsureOffice<IpParties, AccountId>;
	type Signature = Signature;
	type Signer = <Signature as Verify>::Signer;
	type KeyKindOf = MultiSignatureKey;
	// Rights refer to their owners, licences to their licensors and licensees, evidence to
	// its submitter and custodian.
	type References = (IpRegistry, IpLicensing, IpEnforcement);
	type Time = Timestamp;
	type BaseDeposit = PartyBaseDeposit;
	type ByteDeposit = PartyByteDeposit;
	type MaxNameLen = ConstU32<128>;
	type MaxLocatorLen = ConstU32<256>;
	type MaxAccounts = ConstU32<8>;
	type MaxServices = ConstU32<8>;
	type MaxRoles = ConstU32<16>;
	type MaxExaminers = ConstU32<64>;
	type MaxAttestations = ConstU32<32>;
	type MaxAgents = ConstU32<16>;
	type MaxAppealRoutes = ConstU32<8>;
	type WeightInfo = crate::weights::pallet_ip_parties::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Sr25519Signer;
}

/// Signs for the benchmarks with a new sr25519 key of the benchmark's keystore.
#[cfg(feature = "runtime-benchmarks")]
pub struct Sr25519Signer;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ip_parties::BenchmarkHelper<AccountId, Signature> for Sr25519Signer {
	fn sign(message: &[u8]) -> (AccountId, Signature) {
		const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"ipbn");
		let public = sp_io::crypto::sr25519_generate(KEY_TYPE, None);
		let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, message)
			.expect("the key was just generated in this keystore; qed");
		(public.into(), signature.into())
	}
}

parameter_types! {
	/// An open offer holds 0.1 UNIT from its licensor until it is accepted or withdrawn.
	pub const OfferDeposit: Balance = 100 * MILLI_UNIT;
	/// A licence holds 0.1 UNIT from its licensee until it is released after its end.
	pub const LicenceDeposit: Balance = 100 * MILLI_UNIT;
}

impl pallet_ip_licensing::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Rights = IpRegistry;
	type Effects = IpRegistry;
	type OfficeOrigin = EnsureOffice<IpParties, AccountId>;
	type Jurisdictions = IpRegistry;
	type Parties = IpParties;
	type PartyOrigin = EnsureParty<IpParties, AccountId>;
	// The offices' council by two thirds (or root: sudo on the dev chain).
	type RulesOrigin = Governance;
	type Time = Timestamp;
	type OfferDeposit = OfferDeposit;
	type LicenceDeposit = LicenceDeposit;
	type MaxCountries = MaxMemberStates;
	type MaxFields = ConstU32<16>;
	type MaxOwners = MaxOwners;
	type MaxLicencesPerRight = ConstU32<64>;
	type MaxSublicences = ConstU32<16>;
	type WeightInfo = crate::weights::pallet_ip_licensing::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = LicensingBenchmarks;
}

/// Rights in force and parties for licensing's benchmarks, made through the registry's and the
/// parties' own calls: a patent of the EPO, whose member states governance has first set to the
/// most it may (the widest territory a licence can name).
#[cfg(feature = "runtime-benchmarks")]
pub struct LicensingBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ip_licensing::BenchmarkHelper<AccountId> for LicensingBenchmarks {
	fn party(account: &AccountId) -> ipledger_primitives::PartyId {
		<RegistryBenchmarks as pallet_ip_registry::BenchmarkHelper<AccountId>>::party(account)
	}

	fn right_in_force(
		owners: &[ipledger_primitives::PartyId],
	) -> (ipledger_primitives::RightId, alloc::vec::Vec<ipledger_primitives::territory::CountryCode>)
	{
		use crate::{RuntimeOrigin, UNIT};
		use frame_support::traits::{fungible::Mutate, EnsureOriginWithArg, Get};
		use ipledger_primitives::{
			territory::{CountryCode, Jurisdictions},
			traits::PartiesInspect,
			Document, HashAlgorithm, OfficeCode, RightKind,
		};
		use pallet_ip_registry::{EventDetails, KeyEvent};
		use sp_runtime::Perbill;
		const EP: OfficeCode = OfficeCode(*b"EP");

		let most = <MaxMemberStates as Get<u32>>::get() as usize;
		if IpRegistry::countries_of(EP).len() < most {
			let states = (b'A'..=b'Z')
				.flat_map(|a| (b'A'..=b'Z').map(move |b| CountryCode([a, b])))
				.filter(|code| code.validate().is_ok())
				.take(most)
				.collect::<alloc::vec::Vec<_>>()
				.try_into()
				.expect("no more than the bound; qed");
			IpRegistry::set_member_states(RuntimeOrigin::root(), EP, Some(states))
				.expect("governance sets valid member states; qed");
		}

		let accounts: alloc::vec::Vec<AccountId> = owners
			.iter()
			.map(|party| {
				IpParties::account_of(*party).expect("benchmark parties have accounts; qed")
			})
			.collect();
		for account in &accounts {
			Balances::set_balance(account, 1_000 * UNIT);
		}
		let (parts, n) = (Perbill::one().deconstruct(), owners.len() as u32);
		let applicants = owners
			.iter()
			.enumerate()
			.map(|(i, party)| {
				let rest = if i == 0 { parts % n } else { 0 };
				(*party, Perbill::from_parts(parts / n + rest))
			})
			.collect();
		let (filing, right) = (
			pallet_ip_registry::NextFilingId::<Runtime>::get(),
			pallet_ip_registry::NextRightId::<Runtime>::get(),
		);
		let document = Document {
			algorithm: HashAlgorithm::Sha2_256,
			digest: Default::default(),
			size: 1_024,
			media_type: b"application/pdf".to_vec(),
			locator: b"https://register.epo.org/benchmark".to_vec(),
		};
		IpRegistry::file_application(
			RuntimeOrigin::signed(accounts[0].clone()),
			EP,
			RightKind::Patent,
			b"Benchmark patent".to_vec(),
			applicants,
			alloc::vec![b"H04L 9/00".to_vec()],
			document,
		)
		.expect("the owners file a patent application with the EPO; qed");
		for account in &accounts[1..] {
			IpRegistry::accept_filing(RuntimeOrigin::signed(account.clone()), filing)
				.expect("each co-applicant accepts; qed");
		}
		let office = EnsureOffice::<IpParties, AccountId>::try_successful_origin(&EP)
			.expect("the EPO has an account; qed");
		let details = EventDetails {
			event_date: pallet_timestamp::Now::<Runtime>::get(),
			effective_date: None,
			office_event_code: alloc::vec![],
			gazette_reference: alloc::vec![],
		};
		IpRegistry::record_event(office, right, KeyEvent::Grant, details)
			.expect("the EPO grants the patent; qed");
		(right, IpRegistry::countries_of(EP))
	}

	fn set_time(moment: ipledger_primitives::Moment) {
		pallet_timestamp::Now::<Runtime>::put(moment);
	}
}

parameter_types! {
	/// A piece of evidence holds 1 UNIT from the account that anchored it: for its record and
	/// what may be recorded on it (64 custody entries, 16 grants, 8 attestations).
	pub const EvidenceDeposit: Balance = UNIT;
}

impl pallet_ip_enforcement::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Rights = IpRegistry;
	type Parties = IpParties;
	type PartyOrigin = EnsureParty<IpParties, AccountId>;
	type AuthorityOrigin = EnsureAuthority<IpParties, AccountId>;
	type Time = Timestamp;
	type EvidenceDeposit = EvidenceDeposit;
	type MaxLocatorLen = ConstU32<256>;
	type MaxSealedLocatorLen = ConstU32<512>;
	type MaxCustodyEntries = ConstU32<64>;
	type MaxGrants = ConstU32<16>;
	type MaxAttestations = ConstU32<8>;
	// A batch of up to 2^20 (about a million) files.
	type MaxProofLen = ConstU32<20>;
	type WeightInfo = crate::weights::pallet_ip_enforcement::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = EnforcementBenchmarks;
}

/// Parties, authorities and a right for enforcement's benchmarks, made through the parties'
/// and the registry's own functions.
#[cfg(feature = "runtime-benchmarks")]
pub struct EnforcementBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_ip_enforcement::BenchmarkHelper<AccountId> for EnforcementBenchmarks {
	fn party(account: &AccountId) -> ipledger_primitives::PartyId {
		<RegistryBenchmarks as pallet_ip_registry::BenchmarkHelper<AccountId>>::party(account)
	}

	fn authority(
		role: ipledger_primitives::AuthorityRole,
		jurisdiction: ipledger_primitives::OfficeCode,
	) -> AccountId {
		use ipledger_primitives::{traits::PartiesInspect, PartyKind};
		let index = u32::from(jurisdiction.0[0]) * 256 + u32::from(jurisdiction.0[1]);
		let account: AccountId = frame_benchmarking::account("authority", index, role as u32);
		if IpParties::party_of(&account).is_none() {
			IpParties::create_genesis_party(&pallet_ip_parties::GenesisParty {
				kind: PartyKind::Authority,
				name: "Benchmark authority".into(),
				country: jurisdiction,
				accounts: alloc::vec![(account.clone(), ipledger_primitives::KeyKind::Sr25519)],
				roles: alloc::vec![(role, jurisdiction)],
			})
			.expect("a fresh authority is valid; qed");
		}
		account
	}

	fn right() -> ipledger_primitives::RightId {
		let owner: AccountId = frame_benchmarking::account("right owner", 0, 0);
		let party = Self::party(&owner);
		<LicensingBenchmarks as pallet_ip_licensing::BenchmarkHelper<AccountId>>::right_in_force(&[
			party,
		])
		.0
	}
}
