//! Chain specifications: built from the runtime's genesis presets, or read from a JSON file.

use ipledger_runtime::WASM_BINARY;
use sc_service::ChainType;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// A chain spec of IPLedger.
pub type ChainSpec = sc_service::GenericChainSpec;

fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), "IPL".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn from_preset(name: &str, id: &str, kind: ChainType, preset: &str) -> Result<ChainSpec, String> {
	let wasm =
		WASM_BINARY.ok_or_else(|| "the node was built without its runtime's Wasm".to_string())?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(kind)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// One validator (Alice), sudo Alice, sample offices: the `--dev` chain.
pub fn development() -> Result<ChainSpec, String> {
	from_preset("IPLedger Development", "ipledger_dev", ChainType::Development, DEV_RUNTIME_PRESET)
}

/// Two validators (Alice and Bob, for the offices EP and RU) on one machine: no sudo.
pub fn local_testnet() -> Result<ChainSpec, String> {
	from_preset(
		"IPLedger Local Testnet",
		"ipledger_local_testnet",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// Five offices, four of them running validators, governing together, no sudo: on public
/// development keys, so only for trying a consortium out. A real consortium exports this spec
/// and replaces every key with its own (see the README), as a `Live` chain, on which the node
/// refuses to author with a development key.
pub fn consortium_dev() -> Result<ChainSpec, String> {
	from_preset(
		"IPLedger Consortium (development keys)",
		"ipledger_consortium_dev",
		ChainType::Local,
		ipledger_runtime::genesis_config_presets::CONSORTIUM_RUNTIME_PRESET,
	)
}

/// A local test network of `validators` offices, each running a validator (`--chain
/// local_testnet_N`, N from 1 to 6): what `./scripts/local-testnet.sh N` starts.
pub fn local_testnet_of(validators: usize) -> Result<ChainSpec, String> {
	let patch =
		ipledger_runtime::genesis_config_presets::local_testnet(validators).ok_or_else(|| {
			format!(
				"a local test network has 1 to {} validators, not {validators}",
				ipledger_runtime::genesis_config_presets::MAX_LOCAL_VALIDATORS
			)
		})?;
	let wasm =
		WASM_BINARY.ok_or_else(|| "the node was built without its runtime's Wasm".to_string())?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(&format!("IPLedger Local Testnet ({validators} validators)"))
		.with_id(&format!("ipledger_local_testnet_{validators}"))
		.with_chain_type(ChainType::Local)
		.with_genesis_config_patch(patch)
		.with_properties(properties())
		.build())
}
