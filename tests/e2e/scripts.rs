//! The scripts as people run them, against the node binary under test:
//! - `scripts/dev.sh`, the README's first command: a dev chain that authors and finalizes, on
//!   the RPC and Prometheus ports it prints; Ctrl-C stops it.
//! - `scripts/local-testnet.sh`: N validators on loopback; it prints their endpoints (RPC, p2p,
//!   Prometheus), they make and finalize one chain together, and Ctrl-C (SIGINT) stops every
//!   node it started.

use ipledger_e2e_tests::{
	free_port, network::TestDir, node_binary, rpc_when_ready, wait_for_finalized_above, Client,
};
use serde_json::Value;
use std::{
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::Path,
	process::{Child, Command, Stdio},
	sync::mpsc,
	time::{Duration, Instant},
};
use subxt::rpcs::{rpc_params, RpcClient};

const VALIDATORS: usize = 2;

/// One node as the script announces it.
#[derive(Debug)]
struct Announced {
	name: String,
	rpc: String,
	p2p: String,
	metrics: String,
	pid: u32,
}

/// Parses `[ipledger] alice    rpc ws://…  p2p /ip4/…  metrics http://…  log …  pid N`.
fn parse_announcement(line: &str) -> Option<Announced> {
	let mut words = line.strip_prefix("[ipledger] ")?.split_whitespace();
	let name = words.next()?.to_string();
	let mut field = |label: &str| -> Option<String> {
		(words.next()? == label).then_some(())?;
		words.next().map(str::to_string)
	};
	let rpc = field("rpc")?;
	let p2p = field("p2p")?;
	let metrics = field("metrics")?;
	let _log = field("log")?;
	let pid = field("pid")?.parse().ok()?;
	Some(Announced { name, rpc, p2p, metrics, pid })
}

/// An offset for the script's ports at which every port it will use is free now.
fn free_port_offset() -> u32 {
	let free = |port: u32| TcpListener::bind(("127.0.0.1", port as u16)).is_ok();
	(20_000..25_000)
		.step_by(97)
		.find(|offset| {
			(1..=VALIDATORS as u32)
				.flat_map(|i| [30_332 + i, 9_943 + i, 9_614 + i])
				.all(|port| free(port + offset))
		})
		.expect("some range of loopback ports is free")
}

/// A script run as from a terminal where Ctrl-C reaches it, its lines read as they come;
/// stopped (SIGTERM) when dropped.
struct Script {
	child: Child,
	lines: mpsc::Receiver<String>,
	/// Every line so far, for the failure messages.
	transcript: Vec<String>,
}

impl Script {
	/// Runs `scripts/<name>` with `args` and `env`, on the node binary under test.
	fn start(name: &str, args: &[&str], env: &[(&str, String)]) -> Script {
		let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts").join(name);
		// A shell started in the background ignores SIGINT, and so would the script: `env
		// --default-signal` gives it the terminal's default, as when a person runs it.
		let mut child = Command::new("env")
			.args(["--default-signal=INT", "bash"])
			.arg(path)
			.args(args)
			.env("IPLEDGER_NODE", node_binary())
			.envs(env.iter().map(|(key, value)| (key, value)))
			.stdin(Stdio::null())
			.stdout(Stdio::null())
			.stderr(Stdio::piped())
			.spawn()
			.expect("bash runs the script");
		let stderr = child.stderr.take().expect("the script's output is piped");
		let (lines_tx, lines) = mpsc::channel::<String>();
		std::thread::spawn(move || {
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				if lines_tx.send(line).is_err() {
					break;
				}
			}
		});
		Script { child, lines, transcript: Vec::new() }
	}

	/// The script's lines up to and including the first that contains `until`.
	fn read_until(&mut self, until: &str) -> Vec<String> {
		let mut read = Vec::new();
		loop {
			let line = self.lines.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| {
				panic!("the script said nothing with {until:?}: {:#?}", self.transcript)
			});
			self.transcript.push(line.clone());
			read.push(line.clone());
			if line.contains(until) {
				return read;
			}
		}
	}

	fn signal(&self, signal: &str) {
		let status = Command::new("kill")
			.args([signal, &self.child.id().to_string()])
			.status()
			.expect("kill runs");
		assert!(status.success(), "kill {signal} reached the script");
	}

	/// Waits for the script to exit, at most `within`.
	fn wait(&mut self, within: Duration) -> Option<std::process::ExitStatus> {
		let started = Instant::now();
		while started.elapsed() < within {
			if let Some(status) = self.child.try_wait().expect("the script's status can be read") {
				return Some(status);
			}
			std::thread::sleep(Duration::from_millis(200));
		}
		None
	}
}

impl Drop for Script {
	fn drop(&mut self) {
		if matches!(self.child.try_wait(), Ok(None)) {
			self.signal("-TERM");
			let _ = self.wait(Duration::from_secs(60));
		}
	}
}

/// `GET path` over plain HTTP/1.0: the response's body.
fn http_get(url: &str) -> String {
	let rest = url.strip_prefix("http://").expect("an http URL");
	let (host, path) = rest.split_once('/').expect("a URL with a path");
	let mut stream = TcpStream::connect(host).expect("the metrics endpoint accepts connections");
	stream
		.set_read_timeout(Some(Duration::from_secs(30)))
		.expect("a timeout can be set");
	write!(stream, "GET /{path} HTTP/1.0\r\nHost: {host}\r\n\r\n").expect("the request is sent");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("the response is read");
	assert!(
		response.starts_with("HTTP/1.1 200") || response.starts_with("HTTP/1.0 200"),
		"{url}: {response}"
	);
	response
		.split_once("\r\n\r\n")
		.map(|(_, body)| body.to_string())
		.unwrap_or_default()
}

/// The `access-control-allow-origin` header the RPC server at `host` answers a browser's CORS
/// preflight from a page at `origin` with, if any.
fn allowed_origin(host: &str, origin: &str) -> Option<String> {
	let mut stream = TcpStream::connect(host).expect("the RPC endpoint accepts connections");
	stream
		.set_read_timeout(Some(Duration::from_secs(30)))
		.expect("a timeout can be set");
	write!(
		stream,
		"OPTIONS / HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\n\
		 Access-Control-Request-Method: POST\r\n\
		 Access-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n"
	)
	.expect("the request is sent");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("the response is read");
	let (head, _) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
	head.lines().find_map(|line| {
		let (name, value) = line.split_once(':')?;
		name.eq_ignore_ascii_case("access-control-allow-origin")
			.then(|| value.trim().to_string())
	})
}

/// The gauge `substrate_block_height{status="…"}` in a Prometheus text page.
fn block_height(metrics: &str, status: &str) -> Option<u64> {
	let label = format!("status=\"{status}\"");
	metrics
		.lines()
		.filter(|line| line.starts_with("substrate_block_height{") && line.contains(&label))
		.find_map(|line| line.rsplit(' ').next()?.parse().ok())
}

fn is_running(pid: u32) -> bool {
	Path::new(&format!("/proc/{pid}")).exists()
}

/// A raw RPC connection and a subxt client to the node a script printed at `url`.
async fn connect(url: &str) -> (RpcClient, Client) {
	let rpc = rpc_when_ready(url, url, || ()).await;
	let client = Client::from_rpc_client(rpc.clone()).await.expect("subxt connects");
	(rpc, client)
}

/// The text after `label` in the first line that has it.
fn after<'a>(lines: &'a [String], label: &str) -> &'a str {
	lines
		.iter()
		.find_map(|line| line.split_once(label)?.1.split_whitespace().next())
		.unwrap_or_else(|| panic!("no line with {label:?}: {lines:#?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_sh_starts_a_dev_chain_on_the_ports_it_prints_and_ctrl_c_stops_it() {
	let (rpc_port, metrics_port, p2p_port) = (free_port(), free_port(), free_port());
	let ports = [
		"--rpc-port".to_string(),
		rpc_port.to_string(),
		"--prometheus-port".into(),
		metrics_port.to_string(),
		"--port".into(),
		p2p_port.to_string(),
	];
	let args: Vec<&str> = ports.iter().map(String::as_str).collect();
	let mut script = Script::start("dev.sh", &args, &[]);
	let said = script.read_until("Ctrl-C stops the node");
	let rpc_url = after(&said, "RPC on ");
	assert_eq!(rpc_url, format!("ws://127.0.0.1:{rpc_port}"));
	let metrics_url = after(&said, "Prometheus metrics: ");
	assert_eq!(metrics_url, format!("http://127.0.0.1:{metrics_port}/metrics"));
	let apps = after(&said, "polkadot-js Apps: ");
	assert!(apps.contains(&format!("127.0.0.1%3A{rpc_port}")), "{apps}");

	// The dev chain: Alice authors and finalizes alone.
	let (node, client) = connect(rpc_url).await;
	let chain: String = node.request("system_chain", rpc_params![]).await.expect("chain name");
	assert_eq!(chain, "IPLedger Development");
	wait_for_finalized_above(&client, 1).await;
	// Pages of polkadot-js Apps may call the RPC from a browser; any other page may not.
	let host = format!("127.0.0.1:{rpc_port}");
	let apps_origin = "https://polkadot.js.org";
	assert_eq!(allowed_origin(&host, apps_origin).as_deref(), Some(apps_origin));
	assert_eq!(allowed_origin(&host, "https://attacker.example"), None);
	// Prometheus answers on the printed port (its gauges are refreshed every few seconds).
	let page = http_get(metrics_url);
	assert!(block_height(&page, "finalized").is_some(), "{page}");
	let best = block_height(&page, "best");
	assert!(best.is_some_and(|best| best >= 1), "best {best:?}");

	// The script became the node (exec): Ctrl-C stops it cleanly.
	script.signal("-INT");
	let status = script.wait(Duration::from_secs(90)).expect("the node exits after Ctrl-C");
	assert!(status.success(), "{status}");
}

#[tokio::test(flavor = "multi_thread")]
async fn local_testnet_sh_starts_validators_prints_their_endpoints_and_ctrl_c_stops_them() {
	let dir = TestDir::new("local-testnet");
	let offset = free_port_offset();
	let env = [
		("IPLEDGER_TESTNET_DIR", dir.0.display().to_string()),
		("IPLEDGER_TESTNET_PORT_OFFSET", offset.to_string()),
	];
	let mut script = Script::start("local-testnet.sh", &[&VALIDATORS.to_string(), "--fresh"], &env);
	let said = script.read_until("are running");
	let nodes: Vec<Announced> = said.iter().filter_map(|line| parse_announcement(line)).collect();
	assert_eq!(
		nodes.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(),
		["alice", "bob"],
		"{said:#?}"
	);
	// Node i's ports are the usual ones moved by the offset; each has a well-known peer id.
	for (i, node) in (1..).zip(&nodes) {
		assert_eq!(node.rpc, format!("ws://127.0.0.1:{}", 9_943 + i + offset));
		assert_eq!(node.metrics, format!("http://127.0.0.1:{}/metrics", 9_614 + i + offset));
		assert!(node
			.p2p
			.starts_with(&format!("/ip4/127.0.0.1/tcp/{}/p2p/", 30_332 + i + offset)));
	}

	// The endpoints work: both validators peer, and they finalize one chain.
	let (alice, alice_client) = connect(&nodes[0].rpc).await;
	let (bob, _) = connect(&nodes[1].rpc).await;
	let chain: String = alice.request("system_chain", rpc_params![]).await.expect("chain name");
	assert_eq!(chain, "IPLedger Local Testnet (2 validators)");
	let peer_id: String = bob.request("system_localPeerId", rpc_params![]).await.expect("id");
	assert!(nodes[1].p2p.ends_with(&format!("/p2p/{peer_id}")), "the printed peer id is Bob's");
	wait_for_finalized_above(&alice_client, 2).await;
	let at = alice_client.at_current_block().await.expect("Alice's finalized block");
	let (number, hash) = (at.block_number(), format!("0x{}", hex::encode(at.block_hash().0)));
	let at_bob: Value = bob
		.request("chain_getBlockHash", rpc_params![number])
		.await
		.expect("Bob's block");
	assert_eq!(at_bob.as_str(), Some(hash.as_str()), "Bob has Alice's finalized block");
	let health: Value = alice.request("system_health", rpc_params![]).await.expect("health");
	assert_eq!(health["peers"], 1, "Alice peers with Bob");
	// Prometheus answers on each printed port, with the node's block heights.
	for node in &nodes {
		let page = http_get(&node.metrics);
		let best = block_height(&page, "best");
		assert!(best.is_some_and(|best| best >= 2), "{}: best {best:?}", node.name);
	}

	// Ctrl-C: the script stops every node it started, and exits cleanly.
	assert!(nodes.iter().all(|node| is_running(node.pid)));
	script.signal("-INT");
	let status = script.wait(Duration::from_secs(90)).expect("the script exits after Ctrl-C");
	assert!(status.success(), "{status}");
	for node in &nodes {
		assert!(!is_running(node.pid), "{} (pid {}) still runs", node.name, node.pid);
	}
}
