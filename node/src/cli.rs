//! The node's command line.

/// Subcommands besides running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export the chain spec of `--chain` (or `--dev`) as JSON.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Benchmark the runtime's pallets (a node built with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

/// The node's arguments.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// How to run the node.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// Seal blocks without Aura slots and GRANDPA votes, for a development chain only:
	/// `instant` makes a block as soon as a transaction arrives and finalizes it at once (with
	/// the single-state transaction pool, unless `--pool-type` says otherwise).
	#[arg(long, value_enum)]
	pub sealing: Option<Sealing>,
}

/// How a development node seals blocks instead of Aura and GRANDPA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sealing {
	/// A block for each transaction (or batch of them) as it arrives, finalized at once.
	Instant,
}
