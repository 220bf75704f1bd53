//! The runtime APIs the node and clients call.

use crate::{
	opaque::SessionKeys, AccountId, Balance, Block, Executive, Grandpa, Hash, InherentDataExt,
	IpEnforcement, IpLicensing, IpParties, IpRegistry, Nonce, Runtime, RuntimeCall,
	RuntimeGenesisConfig, System, TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	view_functions::ViewFunctionDispatchError,
	weights::Weight,
};
use ipledger_primitives::{
	did::{DidDocument, DidResolutionError},
	licensing::{Field, LicenceId, NotLicensed},
	territory::CountryCode,
	traits::{LicensingInspect, PartiesInspect, RightsInspect},
	HashAlgorithm, LegalState, Moment, OfficeCode, PartyId, RightId,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, Perbill,
};
use sp_version::RuntimeVersion;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(crate::Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: sp_consensus_grandpa::AuthorityId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			// No session pallet yet: equivocations cannot be proven against a session.
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_ip_registry_runtime_api::IpRegistryApi<
		Block,
		pallet_ip_registry::Right<Runtime>,
		pallet_ip_registry::StatusRecord<Runtime>,
		pallet_ip_registry::Anchor<Runtime>,
		pallet_ip_registry::OwnershipRecord<Runtime>,
		pallet_ip_registry::Transfer<Runtime>,
		pallet_ip_registry::SecurityInterestRecord<Runtime>,
	> for Runtime {
		fn right(id: RightId) -> Option<pallet_ip_registry::Right<Runtime>> {
			pallet_ip_registry::Rights::<Runtime>::get(id)
		}

		fn rights_of(party: PartyId, start_after: Option<RightId>, limit: u32) -> Vec<RightId> {
			IpRegistry::rights_of(party, start_after, limit)
		}

		fn by_office_number(
			office: OfficeCode,
			kind: ipledger_primitives::OfficeNumberKind,
			number: Vec<u8>,
		) -> Option<RightId> {
			IpRegistry::by_office_number(office, kind, &number)
		}

		fn office_numbers(id: RightId) -> Vec<(ipledger_primitives::OfficeNumberKind, Vec<u8>)> {
			IpRegistry::office_numbers(id)
		}

		fn by_application_number(office: OfficeCode, number: u32) -> Option<RightId> {
			pallet_ip_registry::ApplicationIndex::<Runtime>::get(office, number)
		}

		fn legal_state(id: RightId) -> Option<LegalState> {
			<IpRegistry as RightsInspect>::legal_state(id)
		}

		fn legal_state_on(id: RightId, date: Moment) -> Option<LegalState> {
			<IpRegistry as RightsInspect>::legal_state_on(id, date)
		}

		fn history(id: RightId) -> Vec<pallet_ip_registry::StatusRecord<Runtime>> {
			IpRegistry::history(id)
		}

		fn anchor(digest: Hash) -> Option<pallet_ip_registry::Anchor<Runtime>> {
			pallet_ip_registry::Anchors::<Runtime>::get(digest)
		}

		fn chain_of_title(id: RightId) -> Vec<pallet_ip_registry::OwnershipRecord<Runtime>> {
			IpRegistry::chain_of_title(id)
		}

		fn owners_on(id: RightId, date: Moment) -> Vec<(PartyId, Perbill)> {
			<IpRegistry as RightsInspect>::owners_on(id, date)
		}

		fn pending_transfer(id: RightId) -> Option<pallet_ip_registry::Transfer<Runtime>> {
			pallet_ip_registry::PendingTransfers::<Runtime>::get(id)
		}

		fn security_interests(
			id: RightId,
		) -> Vec<pallet_ip_registry::SecurityInterestRecord<Runtime>> {
			pallet_ip_registry::SecurityInterests::<Runtime>::get(id).into_inner()
		}
	}

	impl pallet_ip_enforcement_runtime_api::IpEnforcementApi<
		Block,
		pallet_ip_enforcement::EvidenceView<Runtime>,
	> for Runtime {
		fn verify(
			algorithm: HashAlgorithm,
			digest: Hash,
		) -> Option<pallet_ip_enforcement::EvidenceView<Runtime>> {
			IpEnforcement::verify(algorithm, digest)
		}

		fn verify_item(
			algorithm: HashAlgorithm,
			digest: Hash,
			proof: Vec<Hash>,
		) -> Option<pallet_ip_enforcement::EvidenceView<Runtime>> {
			IpEnforcement::verify_item(algorithm, digest, &proof)
		}

		fn evidence(id: u64) -> Option<pallet_ip_enforcement::EvidenceView<Runtime>> {
			IpEnforcement::view(id)
		}

		fn evidence_of(party: PartyId, start_after: Option<u64>, limit: u32) -> Vec<u64> {
			IpEnforcement::evidence_of(party, start_after, limit)
		}
	}

	impl pallet_ip_licensing_runtime_api::IpLicensingApi<
		Block,
		pallet_ip_licensing::Licence<Runtime>,
		pallet_ip_licensing::Offer<Runtime>,
		pallet_ip_licensing::TermsOf<Runtime>,
		Balance,
	> for Runtime {
		fn is_licensed(
			right: RightId,
			party: PartyId,
			country: CountryCode,
			field: Field,
			date: Moment,
		) -> Result<LicenceId, NotLicensed> {
			<IpLicensing as LicensingInspect>::is_licensed(right, party, country, &field, date)
		}

		fn licence(id: LicenceId) -> Option<pallet_ip_licensing::Licence<Runtime>> {
			pallet_ip_licensing::Licences::<Runtime>::get(id)
		}

		fn offer(id: u64) -> Option<(pallet_ip_licensing::Offer<Runtime>, Hash)> {
			pallet_ip_licensing::Offers::<Runtime>::get(id).map(|offer| {
				let hash = pallet_ip_licensing::terms_hash::<Runtime>(&offer.terms);
				(offer, hash)
			})
		}

		fn licences_of_right(right: RightId) -> Vec<(LicenceId, pallet_ip_licensing::Licence<Runtime>)> {
			IpLicensing::licences_of_right(right)
		}

		fn licences_of(party: PartyId, start_after: Option<LicenceId>, limit: u32) -> Vec<LicenceId> {
			IpLicensing::licences_of(party, start_after, limit)
		}

		fn royalty_due(
			licence: LicenceId,
			period: u32,
			net_revenue: Balance,
			units: u64,
		) -> Option<(Balance, Vec<(PartyId, Balance)>)> {
			IpLicensing::royalty_due(licence, period, net_revenue, units)
		}

		fn conflict(
			terms: pallet_ip_licensing::TermsOf<Runtime>,
			parent: Option<LicenceId>,
		) -> Option<LicenceId> {
			IpLicensing::conflict(&terms, parent)
		}
	}

	impl pallet_ip_parties_runtime_api::IpPartiesApi<Block, AccountId> for Runtime {
		fn party_of(account: AccountId) -> Option<PartyId> {
			IpParties::party_of(&account)
		}

		fn office(jurisdiction: OfficeCode) -> Option<PartyId> {
			IpParties::office(jurisdiction)
		}

		fn did_document(party: PartyId) -> Option<DidDocument<AccountId>> {
			IpParties::did_document(party)
		}

		fn resolve_did(did: Vec<u8>) -> Result<Vec<u8>, DidResolutionError> {
			IpParties::resolve_did(&did)
		}

		fn resolve(did: Vec<u8>) -> Vec<u8> {
			IpParties::resolve(&did)
		}

		fn link_payload(party: PartyId) -> Option<Vec<u8>> {
			IpParties::link_payload(party)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use crate::benchmarks::{SystemBench, SystemExtensionsBench};

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use crate::benchmarks::{SystemBench, SystemExtensionsBench};

			let whitelist = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	// The try-runtime CLI's entry points; like every `try-runtime` check they panic on a
	// failed check, which is how the CLI learns of it. Never built into a production runtime.
	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.unwrap_or_else(|e| panic!("the runtime upgrade's checks failed: {e:?}"));
			(weight, <Runtime as frame_system::Config>::BlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.unwrap_or_else(|e| panic!("the block's checks failed: {e:?}"))
		}
	}
}
