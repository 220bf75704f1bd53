//! Local networks of real `ipledger-node` processes on loopback: each node with its own base
//! path, ports and node key, which a test can kill (SIGKILL) and restart on the same base path.

use crate::{free_port, node_binary, rpc_when_ready, Client};
use serde_json::Value;
use std::{
	fs::OpenOptions,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};
use subxt::rpcs::{rpc_params, RpcClient};

/// The development node key `n` (1 to 6) as `--node-key` takes it: the genesis presets list
/// its peer id among the well-known nodes.
pub fn dev_node_key(n: u8) -> String {
	format!("{:064x}", n)
}

/// A directory under the temp directory for one test's nodes, removed when dropped.
pub struct TestDir(pub PathBuf);

impl TestDir {
	/// A fresh directory named after the test.
	pub fn new(name: &str) -> TestDir {
		let dir = std::env::temp_dir().join(format!("ipledger-{name}-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		std::fs::create_dir_all(&dir).expect("the temp directory is writable");
		TestDir(dir)
	}
}

impl Drop for TestDir {
	fn drop(&mut self) {
		// Logs are kept if the test failed (it panicked): they say what went wrong.
		if !std::thread::panicking() {
			let _ = std::fs::remove_dir_all(&self.0);
		}
	}
}

/// How to start one node of a network.
#[derive(Clone, Debug)]
pub struct NodeSpec {
	/// A name for logs and the node's `--name`.
	pub name: String,
	/// `--chain`.
	pub chain: String,
	/// The development node key (1 to 6), or `None` for a key of its own.
	pub node_key: Option<u8>,
	/// A dev account whose keys the node holds and authors with (`--alice`, ...), if any.
	pub dev_account: Option<&'static str>,
	/// Whether the node runs as a validator (implied by `dev_account`).
	pub validator: bool,
	/// `--bootnodes`.
	pub bootnodes: Vec<String>,
	/// `--network-backend` (`libp2p` or `litep2p`), if not the node's default.
	pub network_backend: Option<&'static str>,
}

impl NodeSpec {
	/// A validator of `chain` with the keys of `dev_account` (`alice`, ...) and node key `key`.
	pub fn validator(chain: &str, dev_account: &'static str, key: u8) -> NodeSpec {
		NodeSpec {
			name: dev_account.into(),
			chain: chain.into(),
			node_key: Some(key),
			dev_account: Some(dev_account),
			validator: true,
			bootnodes: vec![],
			network_backend: None,
		}
	}

	/// A node of `chain` without keys.
	pub fn full(chain: &str, name: &str, key: Option<u8>) -> NodeSpec {
		NodeSpec {
			name: name.into(),
			chain: chain.into(),
			node_key: key,
			dev_account: None,
			validator: false,
			bootnodes: vec![],
			network_backend: None,
		}
	}
}

/// The `consortium` preset's four validators (EP, US, CN, JP): each `(dev account, node key)`.
pub const CONSORTIUM_VALIDATORS: &[(&str, u8)] =
	&[("alice", 1), ("bob", 2), ("charlie", 3), ("dave", 4)];

/// Starts one validator of `chain` under `dir` per `(dev account, node key)`, the first being
/// the others' bootnode. Returns the first node, its p2p address and the others, in order.
pub async fn start_validators(
	dir: &Path,
	chain: &str,
	validators: &[(&'static str, u8)],
) -> (NetworkNode, String, Vec<NetworkNode>) {
	let ((first_name, first_key), others) =
		validators.split_first().expect("a network has a first validator");
	let mut first = NetworkNode::start(dir, NodeSpec::validator(chain, first_name, *first_key));
	let bootnode = first.multiaddr().await;
	let others = others
		.iter()
		.map(|(name, key)| {
			let mut spec = NodeSpec::validator(chain, name, *key);
			spec.bootnodes = vec![bootnode.clone()];
			NetworkNode::start(dir, spec)
		})
		.collect();
	(first, bootnode, others)
}

/// A running node of a local network; killed when dropped.
pub struct NetworkNode {
	/// How it was started (a restart starts it the same way).
	pub spec: NodeSpec,
	child: Option<Child>,
	/// Its base path: the database and keystore, kept across restarts.
	pub base_path: PathBuf,
	/// The TCP port of its p2p endpoint.
	pub p2p_port: u16,
	/// Its RPC address.
	pub rpc_url: String,
	/// Where its output goes (appended to on each restart).
	pub log_path: PathBuf,
}

impl NetworkNode {
	/// Starts a node described by `spec` under `dir`, on free ports.
	pub fn start(dir: &Path, spec: NodeSpec) -> NetworkNode {
		let base_path = dir.join(&spec.name);
		std::fs::create_dir_all(&base_path).expect("the test directory is writable");
		let rpc_port = free_port();
		let mut node = NetworkNode {
			log_path: dir.join(format!("{}.log", spec.name)),
			spec,
			child: None,
			base_path,
			p2p_port: free_port(),
			rpc_url: format!("ws://127.0.0.1:{rpc_port}"),
		};
		node.launch();
		node
	}

	fn launch(&mut self) {
		let binary = node_binary();
		assert!(binary.exists(), "{} does not exist: build it first", binary.display());
		let rpc_port = self.rpc_url.rsplit(':').next().expect("the URL has a port").to_string();
		let log = OpenOptions::new()
			.create(true)
			.append(true)
			.open(&self.log_path)
			.expect("the log file can be opened");
		let mut command = Command::new(&binary);
		command
			.args(["--chain", &self.spec.chain, "--name", &self.spec.name])
			.arg("--base-path")
			.arg(&self.base_path)
			.args(["--port", &self.p2p_port.to_string(), "--rpc-port", &rpc_port])
			.args(["--no-prometheus", "--no-telemetry", "--no-mdns"]);
		if let Some(key) = self.spec.node_key {
			command.args(["--node-key", &dev_node_key(key)]);
		}
		if let Some(account) = self.spec.dev_account {
			command.arg(format!("--{account}"));
		} else if self.spec.validator {
			command.arg("--validator");
		}
		if !self.spec.bootnodes.is_empty() {
			command.arg("--bootnodes").args(&self.spec.bootnodes);
		}
		if let Some(backend) = self.spec.network_backend {
			command.args(["--network-backend", backend]);
		}
		let child = command
			.stdin(Stdio::null())
			.stdout(log.try_clone().expect("a log file handle can be cloned"))
			.stderr(log)
			.spawn()
			.unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
		self.child = Some(child);
	}

	/// The node's p2p address on loopback, with the peer id it reports.
	pub async fn multiaddr(&mut self) -> String {
		let peer_id = self.call("system_localPeerId", rpc_params![]).await;
		let peer_id = peer_id.as_str().expect("a peer id is text").to_string();
		format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer_id}", self.p2p_port)
	}

	/// Kills the node with SIGKILL: no clean shutdown.
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Starts the node again, the same way, on the same base path and ports.
	pub fn restart(&mut self) {
		assert!(self.child.is_none(), "{} is still running", self.spec.name);
		self.launch();
	}

	fn check_running(&mut self) {
		if let Some(child) = self.child.as_mut() {
			if let Some(status) = child.try_wait().expect("the node's status can be read") {
				panic!("{} exited ({status}); see {}", self.spec.name, self.log_path.display());
			}
		}
	}

	/// A raw RPC connection, once the node answers.
	pub async fn rpc(&mut self) -> RpcClient {
		let url = self.rpc_url.clone();
		let what = format!("{} (see {})", self.spec.name, self.log_path.display());
		rpc_when_ready(&url, &what, || self.check_running()).await
	}

	/// A subxt client, once the node answers.
	pub async fn client(&mut self) -> Client {
		let rpc = self.rpc().await;
		Client::from_rpc_client(rpc)
			.await
			.expect("subxt connects to a node that answers")
	}

	/// `method(params)` over RPC, as JSON.
	pub async fn call(&mut self, method: &str, params: subxt::rpcs::client::RpcParams) -> Value {
		let rpc = self.rpc().await;
		rpc.request(method, params)
			.await
			.unwrap_or_else(|e| panic!("{} answers {method}: {e}", self.spec.name))
	}

	/// How many peers the node syncs with (`system_health`).
	pub async fn peers(&mut self) -> u64 {
		self.call("system_health", rpc_params![]).await["peers"]
			.as_u64()
			.expect("system_health has a peer count")
	}

	/// The number and hash of the node's best block.
	pub async fn best(&mut self) -> (u64, String) {
		let hash = self.call("chain_getBlockHash", rpc_params![]).await;
		self.numbered(hash).await
	}

	/// The number and hash of the node's finalized block.
	pub async fn finalized(&mut self) -> (u64, String) {
		let hash = self.call("chain_getFinalizedHead", rpc_params![]).await;
		self.numbered(hash).await
	}

	async fn numbered(&mut self, hash: Value) -> (u64, String) {
		let header = self.call("chain_getHeader", rpc_params![hash.clone()]).await;
		let number = parse_number(&header["number"]);
		(number, hash.as_str().expect("a block hash is text").to_string())
	}

	/// Waits until the node's best block is above `above`; returns its number.
	pub async fn wait_for_best_above(&mut self, above: u64, within: Duration) -> u64 {
		let started = Instant::now();
		loop {
			let (best, _) = self.best().await;
			if best > above {
				return best;
			}
			assert!(
				started.elapsed() < within,
				"{}: no block above {above} within {within:?}; see {}",
				self.spec.name,
				self.log_path.display()
			);
			tokio::time::sleep(Duration::from_secs(1)).await;
		}
	}

	/// Waits until the node's finalized block is above `above`; returns it.
	pub async fn wait_for_finalized_above(
		&mut self,
		above: u64,
		within: Duration,
	) -> (u64, String) {
		let started = Instant::now();
		loop {
			let finalized = self.finalized().await;
			if finalized.0 > above {
				return finalized;
			}
			assert!(
				started.elapsed() < within,
				"{}: finality stayed at {} (not above {above}) for {within:?}; see {}",
				self.spec.name,
				finalized.0,
				self.log_path.display()
			);
			tokio::time::sleep(Duration::from_secs(1)).await;
		}
	}

	/// The hash of the node's block `number`, if it has one.
	pub async fn block_hash(&mut self, number: u64) -> Option<String> {
		let hash = self.call("chain_getBlockHash", rpc_params![number]).await;
		hash.as_str().map(str::to_string)
	}
}

/// A block number as RPC writes it: hex text.
fn parse_number(value: &Value) -> u64 {
	let text = value.as_str().expect("a block number is hex text");
	u64::from_str_radix(text.trim_start_matches("0x"), 16).expect("a block number is hex")
}

impl Drop for NetworkNode {
	fn drop(&mut self) {
		self.kill();
	}
}
