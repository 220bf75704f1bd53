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

/// Two validators (Alice and Bob) on one machine.
pub fn local_testnet() -> Result<ChainSpec, String> {
	from_preset(
		"IPLedger Local Testnet",
		"ipledger_local_testnet",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
	)
}
