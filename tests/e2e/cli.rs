//! End to end: the node's chain-spec and database commands, run as a user runs them.

use ipledger_e2e_tests::{node_binary, output_within};
use serde_json::Value;
use std::{path::Path, process::Command, time::Duration};

fn node(args: &[&str]) -> std::process::Output {
	Command::new(node_binary())
		.args(args)
		.output()
		.unwrap_or_else(|e| panic!("cannot run {}: {e}", node_binary().display()))
}

/// The patch of the genesis preset inside an exported (non-raw) chain spec.
fn genesis_patch(spec: &Value) -> &Value {
	&spec["genesis"]["runtimeGenesis"]["patch"]
}

#[test]
fn export_chain_spec_gives_the_dev_chain_with_its_offices() {
	let out = node(&["export-chain-spec", "--chain", "dev"]);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let spec: Value = serde_json::from_slice(&out.stdout).expect("the chain spec is JSON");
	assert_eq!(spec["name"], "IPLedger Development");
	assert_eq!(spec["id"], "ipledger_dev");
	assert_eq!(spec["properties"]["tokenSymbol"], "IPL");
	// The offices are authority parties holding the IpOffice role for their jurisdiction.
	let parties = genesis_patch(&spec)["ipParties"]["parties"].as_array().expect("parties");
	let offices: Vec<(&str, &str)> = parties
		.iter()
		.map(|p| (p["roles"][0][0].as_str().unwrap(), p["roles"][0][1].as_str().unwrap()))
		.collect();
	assert_eq!(offices, vec![("IpOffice", "EP"), ("IpOffice", "CN")]);
	assert!(parties.iter().all(|p| p["kind"] == "Authority"));
	// One validator, whose keys the session pallet hands to Aura and GRANDPA; Alice is sudo.
	assert_eq!(genesis_patch(&spec)["session"]["keys"].as_array().map(Vec::len), Some(1));
	assert!(genesis_patch(&spec)["sudo"]["key"].is_string());
}

#[test]
fn export_chain_spec_gives_the_local_testnet_with_two_validators() {
	let out = node(&["export-chain-spec", "--chain", "local"]);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let spec: Value = serde_json::from_slice(&out.stdout).expect("the chain spec is JSON");
	assert_eq!(spec["id"], "ipledger_local_testnet");
	assert_eq!(genesis_patch(&spec)["session"]["keys"].as_array().map(Vec::len), Some(2));
	assert!(genesis_patch(&spec)["sudo"]["key"].is_null(), "only the dev chain has sudo");
}

#[test]
fn export_chain_spec_gives_local_testnets_of_n_validators_and_the_consortium() {
	for (chain, id, validators, council) in [
		("local_testnet_4", "ipledger_local_testnet_4", 4, 4),
		("consortium_dev", "ipledger_consortium_dev", 4, 5),
	] {
		let out = node(&["export-chain-spec", "--chain", chain]);
		assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
		let spec: Value = serde_json::from_slice(&out.stdout).expect("the chain spec is JSON");
		assert_eq!(spec["id"], id);
		let patch = genesis_patch(&spec);
		assert_eq!(patch["session"]["keys"].as_array().map(Vec::len), Some(validators));
		assert_eq!(patch["ipConsortium"]["validators"].as_array().map(Vec::len), Some(validators));
		let members = patch["councilMembership"]["members"].as_array().map(Vec::len);
		assert_eq!(members, Some(council));
		assert!(patch["sudo"]["key"].is_null(), "{chain} has no sudo");
	}
	let out = node(&["export-chain-spec", "--chain", "local_testnet_7"]);
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("1 to 6 validators"), "{stderr}");
}

#[test]
fn an_unreadable_chain_spec_is_refused() {
	let dir = std::env::temp_dir().join(format!("ipledger-cli-{}", std::process::id()));
	std::fs::create_dir_all(&dir).unwrap();
	let bad = dir.join("bad-spec.json");
	std::fs::write(&bad, "{ not json").unwrap();
	let out = node(&["export-chain-spec", "--chain", bad.to_str().unwrap()]);
	assert!(!out.status.success(), "a malformed chain spec must be refused");
	let _ = std::fs::remove_dir_all(&dir);
}

fn has_database(base: &Path) -> bool {
	base.join("chains/ipledger_dev/paritydb").exists()
}

#[test]
fn purge_chain_removes_the_database() {
	let base = std::env::temp_dir().join(format!("ipledger-purge-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&base);
	let base_arg = base.to_str().unwrap();
	let rpc_port = ipledger_e2e_tests::free_port().to_string();
	let p2p_port = ipledger_e2e_tests::free_port().to_string();
	// Run a dev node on this base path until its ParityDB exists.
	let mut child = Command::new(node_binary())
		.args(["--dev", "--base-path", base_arg, "--no-prometheus", "--no-telemetry"])
		.args(["--rpc-port", &rpc_port, "--port", &p2p_port])
		.stdout(std::process::Stdio::null())
		.stderr(std::process::Stdio::null())
		.spawn()
		.expect("the node starts");
	for _ in 0..240 {
		if has_database(&base) {
			break;
		}
		std::thread::sleep(Duration::from_millis(250));
	}
	let _ = child.kill();
	let _ = child.wait();
	assert!(has_database(&base), "the dev node created its database under {base_arg}");

	let out = node(&["purge-chain", "--dev", "-y", "--base-path", base_arg]);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	assert!(!has_database(&base), "purge-chain removed the database");
	let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn there_is_no_built_in_consortium_on_development_keys() {
	let out = node(&["export-chain-spec", "--chain", "consortium"]);
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("consortium_dev"), "{stderr}");
}

/// A node key of the test's own (a live chain's node has no key generated for it).
const NODE_KEY: &str = "00000000000000000000000000000000000000000000000000000000000000aa";

#[test]
fn a_validator_of_a_live_chain_refuses_a_development_key() {
	// An operator exports the development consortium, marks it live but keeps Alice's keys.
	let out = node(&["export-chain-spec", "--chain", "consortium_dev"]);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let mut spec: Value = serde_json::from_slice(&out.stdout).expect("the chain spec is JSON");
	spec["chainType"] = Value::from("Live");
	let dir = std::env::temp_dir().join(format!("ipledger-live-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("a temp directory");
	let path = dir.join("live.json");
	std::fs::write(&path, spec.to_string()).expect("the spec is written");
	let chain = path.to_str().expect("a UTF-8 path");
	let rpc = ipledger_e2e_tests::free_port().to_string();
	let p2p = ipledger_e2e_tests::free_port().to_string();
	let base = [
		"--chain",
		chain,
		"--tmp",
		"--no-prometheus",
		"--no-telemetry",
		"--no-mdns",
		"--rpc-port",
		&rpc,
		"--port",
		&p2p,
		"--node-key",
		NODE_KEY,
	];
	// It must stop by itself; one that authors is killed after three minutes and fails.
	let mut alice = Command::new(node_binary());
	alice.args(base).arg("--alice");
	let (status, _, stderr) = output_within(&mut alice, Duration::from_secs(180));
	let _ = std::fs::remove_dir_all(&dir);
	assert!(
		status.is_some_and(|status| !status.success()),
		"a live chain's validator with Alice's keys kept running"
	);
	let stderr = String::from_utf8_lossy(&stderr);
	assert!(stderr.contains("public development key"), "{stderr}");
	assert!(stderr.contains("Alice"), "{stderr}");
}
