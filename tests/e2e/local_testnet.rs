//! `scripts/local-testnet.sh` as an operator runs it: it starts N validators on loopback,
//! prints their endpoints (RPC, p2p, Prometheus), they make and finalize one chain together,
//! and Ctrl-C (SIGINT) stops every node it started.

use ipledger_e2e_tests::{network::TestDir, node_binary};
use serde_json::Value;
use std::{
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
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

/// The script, run as from a terminal where Ctrl-C reaches it; stopped (SIGTERM) when dropped.
struct Script(Child);

impl Script {
	fn signal(&self, signal: &str) {
		let status = Command::new("kill")
			.args([signal, &self.0.id().to_string()])
			.status()
			.expect("kill runs");
		assert!(status.success(), "kill {signal} reached the script");
	}

	/// Waits for the script to exit, at most `within`.
	fn wait(&mut self, within: Duration) -> Option<std::process::ExitStatus> {
		let started = Instant::now();
		while started.elapsed() < within {
			if let Some(status) = self.0.try_wait().expect("the script's status can be read") {
				return Some(status);
			}
			std::thread::sleep(Duration::from_millis(200));
		}
		None
	}
}

impl Drop for Script {
	fn drop(&mut self) {
		if matches!(self.0.try_wait(), Ok(None)) {
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
	assert!(response.starts_with("HTTP/1.1 200") || response.starts_with("HTTP/1.0 200"));
	response
		.split_once("\r\n\r\n")
		.map(|(_, body)| body.to_string())
		.unwrap_or_default()
}

/// The gauge `substrate_block_height{status="…"}` in a Prometheus text page.
fn block_height(metrics: &str, status: &str) -> Option<u64> {
	let label = format!("status=\"{status}\"");
	metrics
		.lines()
		.filter(|line| line.starts_with("substrate_block_height{") && line.contains(&label))
		.find_map(|line| line.rsplit(' ').next()?.parse().ok())
}

async fn rpc(url: &str) -> RpcClient {
	let started = Instant::now();
	loop {
		match RpcClient::from_insecure_url(url).await {
			Ok(client) => return client,
			Err(e) if started.elapsed() > Duration::from_secs(180) => {
				panic!("{url} did not answer: {e}")
			},
			Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
		}
	}
}

async fn finalized(rpc: &RpcClient) -> (u64, String) {
	let hash: Value = rpc.request("chain_getFinalizedHead", rpc_params![]).await.expect("head");
	let header: Value =
		rpc.request("chain_getHeader", rpc_params![hash.clone()]).await.expect("header");
	let number = header["number"].as_str().expect("hex number").trim_start_matches("0x");
	(u64::from_str_radix(number, 16).expect("hex"), hash.as_str().expect("text").to_string())
}

fn is_running(pid: u32) -> bool {
	Path::new(&format!("/proc/{pid}")).exists()
}

fn script_path() -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/local-testnet.sh")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_script_starts_a_network_prints_its_endpoints_and_ctrl_c_stops_it() {
	let dir = TestDir::new("local-testnet");
	let offset = free_port_offset();
	// A shell started in the background ignores SIGINT, and so would the script: `env
	// --default-signal` gives it the terminal's default, as when an operator runs it.
	let mut child = Command::new("env")
		.args(["--default-signal=INT", "bash"])
		.arg(script_path())
		.args([VALIDATORS.to_string().as_str(), "--fresh"])
		.env("IPLEDGER_NODE", node_binary())
		.env("IPLEDGER_TESTNET_DIR", &dir.0)
		.env("IPLEDGER_TESTNET_PORT_OFFSET", offset.to_string())
		.stdin(Stdio::null())
		.stdout(Stdio::null())
		.stderr(Stdio::piped())
		.spawn()
		.expect("bash runs the script");
	let stderr = child.stderr.take().expect("the script's output is piped");
	let mut script = Script(child);

	// The script's lines, read on a thread of their own.
	let (lines_tx, lines) = mpsc::channel::<String>();
	std::thread::spawn(move || {
		for line in BufReader::new(stderr).lines().map_while(Result::ok) {
			if lines_tx.send(line).is_err() {
				break;
			}
		}
	});
	let mut nodes = Vec::new();
	let mut transcript = Vec::new();
	loop {
		let line = lines
			.recv_timeout(Duration::from_secs(120))
			.unwrap_or_else(|_| panic!("the script stopped talking: {transcript:#?}"));
		transcript.push(line.clone());
		if let Some(node) = parse_announcement(&line) {
			nodes.push(node);
		}
		if line.contains("are running") {
			break;
		}
	}
	assert_eq!(
		nodes.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(),
		["alice", "bob"],
		"{transcript:#?}"
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
	let alice = rpc(&nodes[0].rpc).await;
	let bob = rpc(&nodes[1].rpc).await;
	let chain: String = alice.request("system_chain", rpc_params![]).await.expect("chain name");
	assert_eq!(chain, "IPLedger Local Testnet (2 validators)");
	let peer_id: String = bob.request("system_localPeerId", rpc_params![]).await.expect("id");
	assert!(nodes[1].p2p.ends_with(&format!("/p2p/{peer_id}")), "the printed peer id is Bob's");
	let started = Instant::now();
	let (number, hash) = loop {
		let (number, hash) = finalized(&alice).await;
		if number > 2 {
			break (number, hash);
		}
		assert!(started.elapsed() < Duration::from_secs(240), "finality stayed at {number}");
		tokio::time::sleep(Duration::from_secs(1)).await;
	};
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
	drop(lines);
}
