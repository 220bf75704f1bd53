//! The node's service: client, transaction pool, networking, Aura authoring, GRANDPA finality;
//! or, on a development chain with `--sealing instant`, a block per transaction.

use crate::{cli::Sealing, rpc::DevClock};
use codec::Decode;
use futures::FutureExt;
use ipledger_runtime::{apis::RuntimeApi, opaque::Block};
use sc_client_api::{Backend, BlockBackend};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_consensus_aura::sr25519::{AuthorityId as AuraId, AuthorityPair as AuraPair};
use sp_runtime::traits::Block as BlockT;
use std::{sync::Arc, time::Duration};

/// The client: the runtime executed from its on-chain Wasm.
pub type FullClient = sc_service::TFullClient<
	Block,
	RuntimeApi,
	sc_executor::WasmExecutor<sp_io::SubstrateHostFunctions>,
>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type GrandpaLink = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;

/// Blocks between two GRANDPA justifications that the node keeps and serves.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// The parts of a node that the import-only subcommands need too.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	sc_transaction_pool::TransactionPoolHandle<Block, FullClient>,
	(GrandpaBlockImport, GrandpaLink, Option<Telemetry>),
>;

/// Timestamp and slot inherents for a block built (or checked) now.
fn slot_inherents(
	slot_duration: sp_consensus_aura::SlotDuration,
) -> (sp_consensus_aura::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider) {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	(slot, timestamp)
}

/// The timestamp of an instantly sealed block on `parent`: now (on `clock`), or one slot after the parent
/// if the chain is ahead of the clock (many blocks in one slot), so that every block has a
/// slot of its own as Aura's pallet requires.
fn instant_seal_timestamp(
	client: &FullClient,
	parent: <Block as BlockT>::Hash,
	slot_duration: sp_consensus_aura::SlotDuration,
	clock: &DevClock,
) -> sp_timestamp::Timestamp {
	use sc_client_api::StorageProvider;
	let key = [sp_io::hashing::twox_128(b"Timestamp"), sp_io::hashing::twox_128(b"Now")].concat();
	let parent_time = client
		.storage(parent, &sp_core::storage::StorageKey(key))
		.ok()
		.flatten()
		.and_then(|data| u64::decode(&mut &data.0[..]).ok())
		.unwrap_or_default();
	let now = sp_timestamp::InherentDataProvider::from_system_time()
		.timestamp()
		.as_millis()
		.saturating_add(clock.offset());
	sp_timestamp::Timestamp::new(now.max(parent_time + slot_duration.as_millis()))
}

/// Builds the client, its database, the transaction pool and the import queue (Aura's, or
/// one that takes the node's own instantly sealed blocks).
pub fn new_partial(
	config: &Configuration,
	sealing: Option<Sealing>,
) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|endpoints| !endpoints.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<sp_io::SubstrateHostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&client,
		select_chain.clone(),
		telemetry.as_ref().map(|x| x.handle()),
	)?;

	let inherents_client = client.clone();
	let import_queue = if sealing.is_some() {
		sc_consensus_manual_seal::import_queue(
			Box::new(client.clone()),
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		)
	} else {
		sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
			block_import: grandpa_block_import.clone(),
			justification_import: Some(Box::new(grandpa_block_import.clone())),
			client: client.clone(),
			create_inherent_data_providers: move |parent_hash, _| {
				let client = inherents_client.clone();
				async move {
					let slot_duration =
						sc_consensus_aura::standalone::slot_duration_at(&*client, parent_hash)?;
					Ok(slot_inherents(slot_duration))
				}
			},
			spawner: &task_manager.spawn_essential_handle(),
			registry: config.prometheus_registry(),
			check_for_equivocation: Default::default(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			compatibility_mode: Default::default(),
		})?
	};

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (grandpa_block_import, grandpa_link, telemetry),
	})
}

/// When an instantly sealing node seals, finalizing at once: as each transaction reaches the
/// pool (a block with transactions only), and when ready transactions have waited in the pool
/// for two seconds (a block even without them). A block that can take no transaction, as the
/// block of a session rotation (whose weight is the whole block's), would otherwise never be
/// sealed, and the chain would stop there.
fn instant_seal_commands<TP>(
	pool: Arc<TP>,
) -> futures::stream::BoxStream<
	'static,
	sc_consensus_manual_seal::EngineCommand<<Block as BlockT>::Hash>,
>
where
	TP: sc_transaction_pool_api::TransactionPool + 'static,
{
	use futures::StreamExt;
	let arrivals = pool.import_notification_stream().map(|_| false);
	let waiting = futures::stream::unfold((pool, 0u32), |(pool, ticks)| async move {
		futures_timer::Delay::new(Duration::from_secs(1)).await;
		let ticks = if pool.status().ready > 0 { ticks + 1 } else { 0 };
		let stuck = ticks >= 2;
		Some((stuck, (pool, if stuck { 0 } else { ticks })))
	})
	.filter(|stuck| futures::future::ready(*stuck));
	futures::stream::select(arrivals, waiting)
		.map(|create_empty| sc_consensus_manual_seal::EngineCommand::SealNewBlock {
			create_empty,
			finalize: true,
			parent_hash: None,
			sender: None,
		})
		.boxed()
}

/// Refuses to author a live chain while the keystore holds a public development key (Alice's,
/// Bob's, ... Aura or GRANDPA key, as `--alice` or a copied development spec puts there): anyone
/// could sign that validator's blocks and votes.
fn ensure_no_development_keys(
	config: &Configuration,
	keystore: &sp_keystore::KeystorePtr,
) -> Result<(), ServiceError> {
	use sp_core::crypto::key_types::{AURA, GRANDPA};
	if !config.role.is_authority() || config.chain_spec.chain_type() != sc_service::ChainType::Live
	{
		return Ok(());
	}
	let aura = keystore.sr25519_public_keys(AURA);
	let grandpa = keystore.ed25519_public_keys(GRANDPA);
	// `--alice` and the like put the keys of a public seed into the keystore as the node starts.
	let known = (config.dev_key_seed.as_ref())
		.map(|seed| format!("the keys of the seed {seed}"))
		.or_else(|| {
			sp_keyring::Sr25519Keyring::iter()
				.find(|key| aura.contains(&key.public()))
				.map(|key| format!("{key:?}'s Aura key"))
		})
		.or_else(|| {
			sp_keyring::Ed25519Keyring::iter()
				.find(|key| grandpa.contains(&key.public()))
				.map(|key| format!("{key:?}'s GRANDPA key"))
		});
	match known {
		Some(key) => Err(ServiceError::Other(format!(
			"refusing to author the live chain `{}` with a public development key in the \
			 keystore ({key}); insert the validator's own keys (author_rotateKeysWithOwner)",
			config.chain_spec.id()
		))),
		None => Ok(()),
	}
}

/// Builds and starts a full node with the network backend `N`.
pub fn new_full<N: sc_network::NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	sealing: Option<Sealing>,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (block_import, grandpa_link, mut telemetry),
	} = new_partial(&config, sealing)?;
	ensure_no_development_keys(&config, &keystore_container.keystore())?;

	let mut net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as BlockT>::Hash,
		N,
	>::new(&config.network, config.prometheus_registry().cloned());
	let metrics = N::register_notification_metrics(config.prometheus_registry());

	let genesis_hash = client
		.block_hash(0)
		.ok()
		.flatten()
		.ok_or_else(|| ServiceError::Other("the database has no genesis block".into()))?;
	let grandpa_protocol_name =
		sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
	let (grandpa_protocol_config, grandpa_notification_service) =
		sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
			grandpa_protocol_name.clone(),
			metrics.clone(),
			net_config.peer_store_handle(),
		);
	net_config.add_notification_protocol(grandpa_protocol_config);

	let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
		backend.clone(),
		grandpa_link.shared_authority_set().clone(),
		Vec::default(),
	));

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: Some(WarpSyncConfig::WithProvider(warp_sync)),
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: true,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa;
	let prometheus_registry = config.prometheus_registry().cloned();

	// An instantly sealing chain's clock, which `dev_advanceTime` moves on.
	let clock = sealing.map(|_| DevClock::default());
	let rpc_builder = {
		let (client, pool, clock) = (client.clone(), transaction_pool.clone(), clock.clone());
		Box::new(move |_| {
			crate::rpc::create_full(crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				clock: clock.clone(),
			})
			.map_err(Into::into)
		})
	};

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	// What builds blocks; made only by a node that authors, whichever sealing it does.
	let proposer_factory = || {
		sc_basic_authorship::ProposerFactory::new(
			task_manager.spawn_handle(),
			client.clone(),
			transaction_pool.clone(),
			prometheus_registry.as_ref(),
			telemetry.as_ref().map(|x| x.handle()),
		)
	};
	let slot_duration = sc_consensus_aura::slot_duration::<AuraId, _, _>(&*client)?;

	if let (Some(Sealing::Instant), Some(clock)) = (sealing, clock) {
		let timestamp_client = client.clone();
		let env = proposer_factory();
		let sealer =
			sc_consensus_manual_seal::run_manual_seal(sc_consensus_manual_seal::ManualSealParams {
				block_import: client.clone(),
				env,
				client: client.clone(),
				commands_stream: instant_seal_commands(transaction_pool.clone()),
				pool: transaction_pool,
				select_chain,
				consensus_data_provider: Some(Box::new(
					sc_consensus_manual_seal::consensus::aura::AuraConsensusDataProvider::new(
						client,
					),
				)),
				create_inherent_data_providers: move |parent, ()| {
					let timestamp =
						instant_seal_timestamp(&timestamp_client, parent, slot_duration, &clock);
					async move { Ok(sp_timestamp::InherentDataProvider::new(timestamp)) }
				},
			});
		// Sealing is essential: if it fails, the node stops.
		task_manager.spawn_essential_handle().spawn_blocking(
			"instant-seal",
			Some("block-authoring"),
			sealer,
		);
		return Ok(task_manager);
	}

	if role.is_authority() {
		let proposer_factory = proposer_factory();
		let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
			StartAuraParams {
				slot_duration,
				client,
				select_chain,
				block_import,
				proposer_factory,
				create_inherent_data_providers: move |_, ()| async move {
					Ok(slot_inherents(slot_duration))
				},
				force_authoring,
				backoff_authoring_blocks: Option::<()>::None,
				keystore: keystore_container.keystore(),
				sync_oracle: sync_service.clone(),
				justification_sync_link: sync_service.clone(),
				block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
				max_block_proposal_slot_portion: None,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			},
		)?;
		// Authoring is essential: if it fails, the node stops.
		task_manager
			.spawn_essential_handle()
			.spawn_blocking("aura", Some("block-authoring"), aura);
	}

	if enable_grandpa {
		// Only an authority votes, and so needs the keystore.
		let keystore = role.is_authority().then(|| keystore_container.keystore());
		let grandpa_config = sc_consensus_grandpa::Config {
			gossip_duration: Duration::from_millis(333),
			justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
			name: Some(name),
			observer_enabled: false,
			keystore,
			local_role: role,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			protocol_name: grandpa_protocol_name,
		};
		let voter = sc_consensus_grandpa::run_grandpa_voter(sc_consensus_grandpa::GrandpaParams {
			config: grandpa_config,
			link: grandpa_link,
			network,
			sync: sync_service,
			notification_service: grandpa_notification_service,
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
			prometheus_registry,
			shared_voter_state: SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		})?;
		// The voter is essential: if it fails, the node stops.
		task_manager
			.spawn_essential_handle()
			.spawn_blocking("grandpa-voter", None, voter);
	}

	Ok(task_manager)
}
