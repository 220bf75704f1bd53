//! What the node does for each command line.

use crate::{
	chain_spec,
	cli::{Cli, Sealing, Subcommand},
	service,
};
use ipledger_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_service::{ChainType, PartialComponents};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"IPLedger Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"the IPLedger issue tracker".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" | "development" => Box::new(chain_spec::development()?),
			"" | "local" | "local_testnet" => Box::new(chain_spec::local_testnet()?),
			"consortium_dev" => Box::new(chain_spec::consortium_dev()?),
			"consortium" => {
				return Err("no consortium is built in: export `--chain consortium_dev`, replace \
				            its development keys with the offices' own and set its chainType to \
				            Live (see the README), then run `--chain <that file>`"
					.into())
			},
			id if id.starts_with("local_testnet_") => {
				let count = id["local_testnet_".len()..]
					.parse()
					.map_err(|_| format!("`{id}`: expected local_testnet_N, N a number"))?;
				Box::new(chain_spec::local_testnet_of(count)?)
			},
			path => {
				Box::new(chain_spec::ChainSpec::from_json_file(std::path::PathBuf::from(path))?)
			},
		})
	}
}

/// Whether the command line names the option `name` (as `name value` or `name=value`).
fn given(name: &str) -> bool {
	std::env::args().any(|arg| arg == name || arg.starts_with(&format!("{name}=")))
}

/// Parses the command line and runs it.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	// Instant sealing seals a block when a transaction reaches the pool. The fork-aware pool
	// (the default) may leave a transaction that arrives while it makes the view of a new block
	// out of that view: the notification that would seal it has gone by, and it waits for ever
	// (polkadot-sdk issue 10104), as one of several sent together did in CI. The single-state
	// pool has one state, and a transaction it holds goes into the next block.
	if cli.sealing == Some(Sealing::Instant) && !given("--pool-type") {
		cli.run.pool_config.pool_type = sc_cli::TransactionPoolType::SingleState;
	}

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let spec = cli.load_spec(&cmd.chain)?;
			cmd.run(spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, None)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
						config.chain_spec,
					)),
				// The base weights of a block and of an extrinsic (`System::remark`), measured
				// by building blocks of the runtime's genesis (`--runtime`, `--genesis-builder`).
				BenchmarkCmd::Overhead(cmd) => {
					cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
				},
				_ => Err("only `benchmark pallet` and `benchmark overhead` are supported by this \
				          node"
					.into()),
			})
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			let sealing = cli.sealing;
			if sealing.is_some()
				&& runner.config().chain_spec.chain_type() != ChainType::Development
			{
				return Err("--sealing is for a development chain (--dev) only".into());
			}
			// The offchain worker keeps a node's connections to the chain's authorized nodes
			// (`pallet-node-authorization`), so every node runs it, not only authorities, unless
			// told otherwise with `--offchain-worker`.
			let ocw_chosen = given("--offchain-worker");
			runner.run_node_until_exit(|mut config| async move {
				if !ocw_chosen {
					config.offchain_worker.enabled = true;
				}
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							Block,
							<Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config, sealing),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, sealing)
					},
				}
				.map_err(sc_cli::Error::Service)
			})
		},
	}
}
