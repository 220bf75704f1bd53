//! Harness for IPLedger's end-to-end tests: starts the real `ipledger-node` on free loopback
//! ports and connects a real RPC client (subxt) to it.
//!
//! The node binary is `$IPLEDGER_NODE`, or else `ipledger-node` beside the test executable's
//! `deps/` directory (the same cargo profile). `./scripts/test.sh` builds it first.

pub mod network;
pub mod registry;

use std::{
	fs::File,
	net::TcpListener,
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};
use subxt::{
	error::{TransactionEventsError, TransactionFinalizedSuccessError},
	extrinsics::ExtrinsicEvents,
	rpcs::RpcClient,
	transactions::Payload,
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// The client type the tests use: IPLedger's extrinsic format is Polkadot's.
pub type Client = OnlineClient<PolkadotConfig>;

/// How long a node may take to answer RPC after it starts (a debug build compiles the runtime
/// to native code first).
pub(crate) const STARTUP_TIMEOUT: Duration = Duration::from_secs(180);

/// The node binary under test.
pub fn node_binary() -> PathBuf {
	if let Some(path) = std::env::var_os("IPLEDGER_NODE") {
		return PathBuf::from(path);
	}
	let exe = std::env::current_exe().expect("the test knows its own path");
	// target/<profile>/deps/<test> -> target/<profile>/ipledger-node
	let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("tests run from deps/");
	profile_dir.join("ipledger-node")
}

/// The runtime's Wasm with `spec_version` one higher (the `next-spec-version` build of
/// `ipledger-runtime`), which the upgrade tests apply: `$IPLEDGER_NEXT_RUNTIME`, or the one
/// built beside the node binary.
pub fn next_runtime_wasm() -> PathBuf {
	if let Some(path) = std::env::var_os("IPLEDGER_NEXT_RUNTIME") {
		return PathBuf::from(path);
	}
	let dir = node_binary()
		.parent()
		.expect("the node binary is in a profile directory")
		.join("wbuild/ipledger-runtime");
	// A release build compacts and compresses it; the dev profile keeps it as built.
	["ipledger_runtime_next.compact.compressed.wasm", "ipledger_runtime_next.wasm"]
		.into_iter()
		.map(|name| dir.join(name))
		.find(|path| path.exists())
		.unwrap_or_else(|| {
			panic!(
				"no next runtime under {}: build the node with IPLEDGER_BUILD_NEXT_RUNTIME=1 \
				 (./scripts/build.sh does)",
				dir.display()
			)
		})
}

/// Runs `tests/js/<script>` with Node.js and `args`, and returns what it printed as JSON; panics
/// with its error output if it failed. Its packages come from `npm ci --prefix tests/js`
/// (`./scripts/test.sh` runs it; versions locked in `tests/js/package-lock.json`).
pub fn run_js(script: &str, args: &[&str]) -> serde_json::Value {
	let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
	assert!(
		dir.join("node_modules").is_dir(),
		"{} has no node_modules: run `npm ci --prefix tests/js` (./scripts/test.sh does)",
		dir.display()
	);
	let mut node = Command::new("node");
	node.arg(dir.join(script)).args(args);
	let (status, stdout, stderr) = output_within(&mut node, JS_TIMEOUT);
	let stderr = String::from_utf8_lossy(&stderr);
	match status {
		None => panic!("{script} {args:?} did not finish within {JS_TIMEOUT:?}:\n{stderr}"),
		Some(status) if !status.success() => panic!("{script} {args:?} failed:\n{stderr}"),
		Some(_) => serde_json::from_slice(&stdout)
			.unwrap_or_else(|e| panic!("{script} printed no JSON ({e}): {stdout:?}")),
	}
}

/// Runs `command` (no input) and collects what it prints; kills it if it has not exited
/// within `within`. Returns its exit status (`None` when it was killed), its output and its
/// error output.
pub fn output_within(
	command: &mut Command,
	within: Duration,
) -> (Option<std::process::ExitStatus>, Vec<u8>, Vec<u8>) {
	let mut child = command
		.stdin(Stdio::null())
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		.spawn()
		.unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
	// Read both pipes as the command writes, so that neither fills up and blocks it.
	let read = |mut pipe: Box<dyn std::io::Read + Send>| {
		std::thread::spawn(move || {
			let mut bytes = Vec::new();
			let _ = pipe.read_to_end(&mut bytes);
			bytes
		})
	};
	let stdout = read(Box::new(child.stdout.take().expect("piped")));
	let stderr = read(Box::new(child.stderr.take().expect("piped")));
	let started = Instant::now();
	let status = loop {
		if let Some(status) = child.try_wait().expect("a child's status can be read") {
			break Some(status);
		}
		if started.elapsed() > within {
			let _ = child.kill();
			let _ = child.wait();
			break None;
		}
		std::thread::sleep(Duration::from_millis(100));
	};
	(status, stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default())
}

/// How long a JavaScript client's script may run before the test fails.
const JS_TIMEOUT: Duration = Duration::from_secs(180);

/// A port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|listener| listener.local_addr())
		.map(|addr| addr.port())
		.expect("the loopback interface has a free port")
}

/// A raw RPC connection to `url`, once a starting node answers there (within the startup
/// timeout). `check_alive` runs before each attempt and panics if the node (or
/// what started it) has exited; `what` names it in the panic.
pub async fn rpc_when_ready(url: &str, what: &str, mut check_alive: impl FnMut()) -> RpcClient {
	let started = Instant::now();
	loop {
		check_alive();
		match RpcClient::from_insecure_url(url).await {
			Ok(rpc) => return rpc,
			Err(e) if started.elapsed() > STARTUP_TIMEOUT => {
				panic!("{what} did not answer at {url} within {STARTUP_TIMEOUT:?}: {e}")
			},
			Err(_) => tokio::time::sleep(Duration::from_millis(500)).await,
		}
	}
}

/// A running `ipledger-node --dev --tmp`; killed when dropped, whatever the test did.
pub struct DevNode {
	child: Child,
	/// The node's WebSocket/HTTP RPC address.
	pub rpc_url: String,
	/// Where the node's output goes.
	pub log_path: PathBuf,
}

impl DevNode {
	/// Starts a dev node on free ports with instant sealing (a block per transaction, final at
	/// once: the tests that test no consensus wait for no slot), its output in a log file
	/// under the temp directory.
	pub fn start(name: &str) -> DevNode {
		Self::start_with(name, &["--sealing", "instant"])
	}

	/// Starts a dev node (Aura and GRANDPA, unless `extra` says otherwise) with `extra`
	/// arguments.
	pub fn start_with(name: &str, extra: &[&str]) -> DevNode {
		let binary = node_binary();
		assert!(
			binary.exists(),
			"{} does not exist: build it first (./scripts/test.sh does)",
			binary.display()
		);
		let rpc_port = free_port();
		let p2p_port = free_port();
		let log_path = std::env::temp_dir().join(format!("ipledger-e2e-{name}-{rpc_port}.log"));
		let log = File::create(&log_path).expect("the temp directory is writable");
		let child = Command::new(&binary)
			.args(["--dev", "--tmp", "--no-prometheus", "--no-telemetry", "--no-mdns"])
			.args(["--rpc-port", &rpc_port.to_string(), "--port", &p2p_port.to_string()])
			.args(extra)
			.stdin(Stdio::null())
			.stdout(log.try_clone().expect("a log file handle can be cloned"))
			.stderr(log)
			.spawn()
			.unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
		DevNode { child, rpc_url: format!("ws://127.0.0.1:{rpc_port}"), log_path }
	}

	/// Connects a client once the node answers RPC.
	pub async fn client(&mut self) -> Client {
		let (url, log) = (self.rpc_url.clone(), self.log_path.display().to_string());
		let child = &mut self.child;
		let rpc = rpc_when_ready(&url, &format!("the node (see {log})"), || {
			if let Some(status) = child.try_wait().expect("the node's status can be read") {
				panic!("the node exited early ({status}); see {log}");
			}
		})
		.await;
		Client::from_rpc_client(rpc)
			.await
			.expect("subxt connects to a node that answers")
	}
}

impl DevNode {
	/// Moves the instantly sealing node's clock on by `millis` (`dev_advanceTime`): the next
	/// block is sealed that much later. Returns how far ahead of the time of day it runs now.
	pub async fn advance_time(&self, millis: u64) -> Result<u64, subxt::rpcs::Error> {
		let rpc = RpcClient::from_insecure_url(&self.rpc_url).await?;
		rpc.request("dev_advanceTime", subxt::rpcs::rpc_params![millis]).await
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

/// `ipledger_primitives::OfficeCode` as the client encodes and decodes it.
#[derive(scale_encode::EncodeAsType, scale_decode::DecodeAsType, Clone, Copy, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
#[decode_as_type(crate_path = "scale_decode")]
pub struct OfficeCode(pub [u8; 2]);

/// `ipledger_primitives::HashAlgorithm`.
#[derive(scale_encode::EncodeAsType, Clone, Copy, Debug, PartialEq)]
#[encode_as_type(crate_path = "scale_encode")]
pub enum HashAlgorithm {
	/// BLAKE2b-256.
	Blake2b256,
	/// SHA-256.
	Sha2_256,
	/// SHA3-256.
	Sha3_256,
}

/// `ipledger_primitives::Document` as a call argument.
#[derive(scale_encode::EncodeAsType, Clone, Debug)]
#[encode_as_type(crate_path = "scale_encode")]
pub struct Document {
	/// The digest's hash function.
	pub algorithm: HashAlgorithm,
	/// The digest.
	pub digest: [u8; 32],
	/// The size in bytes.
	pub size: u64,
	/// The IANA media type.
	pub media_type: Vec<u8>,
	/// Where it can be fetched.
	pub locator: Vec<u8>,
}

impl Document {
	/// A PDF of 64 KiB whose SHA-256 digest is `digest`, at `locator`.
	pub fn pdf(digest: [u8; 32], locator: &str) -> Document {
		Document {
			algorithm: HashAlgorithm::Sha2_256,
			digest,
			size: 65_536,
			media_type: b"application/pdf".to_vec(),
			locator: locator.as_bytes().to_vec(),
		}
	}
}

/// The account of a key pair.
pub fn account(keypair: &Keypair) -> AccountId32 {
	keypair.public_key().to_account_id()
}

/// How long a transaction may take from submission to its finalized block. Instant sealing
/// finalizes it at once, and GRANDPA on a debug build within a few slots; past this the test
/// fails, naming what the node reported, instead of waiting for ever.
pub const TRANSACTION_TIMEOUT: Duration = Duration::from_secs(120);

/// Signs `payload` with `signer`, waits until its block is finalized (at most
/// [`TRANSACTION_TIMEOUT`]), and returns the events it emitted, or the error it failed with.
///
/// The node's transaction watcher may end without reporting the finalized block of a
/// transaction it reported in a best block (subxt waits for that block on its `chainHead_follow`
/// subscription, and the two notifications race). Then the block is looked up instead: if it is
/// the finalized chain's block at its height, the transaction is final there and its events are
/// read from it. If the watcher named no block, the blocks finalized since the submission are
/// searched for the transaction. Any other outcome past the timeout fails with the statuses seen.
pub async fn submit<P: Payload>(
	client: &Client,
	payload: &P,
	signer: &Keypair,
) -> Result<ExtrinsicEvents<PolkadotConfig>, TransactionFinalizedSuccessError> {
	use subxt::transactions::TransactionStatus;
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let mut progress = at
		.transactions()
		.sign_and_submit_then_watch_default(payload, signer)
		.await
		.expect("the node accepts the transaction");
	let (hash, submitted_at) = (progress.extrinsic_hash(), at.block_number());
	let deadline = Instant::now() + TRANSACTION_TIMEOUT;
	let (mut seen, mut in_best_block) = (Vec::new(), None);
	loop {
		let next = tokio::time::timeout_at(deadline.into(), progress.next()).await;
		let status = match next {
			Ok(Some(status)) => {
				status.unwrap_or_else(|e| panic!("transaction {hash:?}: its progress failed: {e}"))
			},
			// The watcher ended, or the time is up: the best block it named may be final.
			Ok(None) | Err(_) => break,
		};
		match status {
			TransactionStatus::InFinalizedBlock(in_block) => {
				return in_block.wait_for_success().await.map_err(Into::into)
			},
			TransactionStatus::InBestBlock(in_block) => {
				seen.push(format!("in best block {:?}", in_block.block_hash()));
				in_best_block = Some(in_block);
			},
			TransactionStatus::Invalid { message }
			| TransactionStatus::Dropped { message }
			| TransactionStatus::Error { message } => {
				panic!("transaction {hash:?} left the pool: {message} (after {seen:?})")
			},
			other => seen.push(format!("{other:?}")),
		}
	}
	// Until the deadline: the best block the watcher named, once final, or else any block
	// finalized since the submission that holds the transaction.
	let mut searched = submitted_at;
	loop {
		if let Some(in_block) = &in_best_block {
			let block = in_block.block_hash();
			let height = client.at_block(block).await.map(|at| at.block_number());
			if let Ok(height) = height {
				let canonical = client.at_block(height).await.map(|at| at.block_hash());
				if canonical.ok() == Some(block) && finalized_number(client).await >= height {
					eprintln!(
						"transaction {hash:?}: the watcher did not report block {block:?} \
						 final; it is the finalized block at height {height}"
					);
					return in_block.wait_for_success().await.map_err(Into::into);
				}
			}
		}
		let finalized = finalized_number(client).await;
		for number in searched + 1..=finalized {
			if let Some(outcome) = outcome_in_block(client, number, hash).await {
				eprintln!(
					"transaction {hash:?}: the watcher reported {seen:?}; it is in #{number}"
				);
				return outcome;
			}
		}
		searched = searched.max(finalized);
		if Instant::now() >= deadline {
			panic!(
				"transaction {hash:?} was not finalized within {TRANSACTION_TIMEOUT:?}, nor \
				 found in blocks {}..={searched}; the node reported {seen:?}",
				submitted_at + 1
			);
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// The outcome of the extrinsic `hash` if block `number` holds it: its events, or the error it
/// failed with.
async fn outcome_in_block(
	client: &Client,
	number: u64,
	hash: subxt::utils::H256,
) -> Option<Result<ExtrinsicEvents<PolkadotConfig>, TransactionFinalizedSuccessError>> {
	let at = client.at_block(number).await.expect("a finalized block is there");
	let extrinsics = at.extrinsics().fetch().await.expect("a finalized block's body");
	let extrinsic = extrinsics.iter().flatten().find(|e| e.hash() == hash)?;
	let events = extrinsic.events().await.expect("the block's events");
	for event in events.iter() {
		let event = event.expect("events decode");
		if event.pallet_name() == "System" && event.event_name() == "ExtrinsicFailed" {
			let error = subxt::error::DispatchError::decode_from(
				event.field_bytes().to_vec(),
				at.metadata(),
			)
			.expect("a dispatch error decodes");
			return Some(Err(TransactionEventsError::ExtrinsicFailed(error).into()));
		}
	}
	Some(Ok(events))
}

/// `Event::PartyCreated` of `pallet-ip-parties`, as far as [`create_party`] reads it.
#[derive(scale_decode::DecodeAsType, Debug)]
#[decode_as_type(crate_path = "scale_decode")]
struct PartyCreated {
	party: u64,
}

/// Creates the party of `signer` (of `kind`, e.g. `LegalEntity`, named `name`, in Germany,
/// with no profile document); returns its id.
pub async fn create_party(client: &Client, signer: &Keypair, kind: &str, name: &str) -> u64 {
	use subxt::dynamic::{self, Value};
	let create = dynamic::tx(
		"IpParties",
		"create_party",
		(
			Value::unnamed_variant(kind, []),
			name.as_bytes().to_vec(),
			OfficeCode(*b"DE"),
			Value::unnamed_variant("Sr25519", []),
			Value::unnamed_variant("None", []),
		),
	);
	let events = submit(client, &create, signer).await.expect("a funded account creates a party");
	let created: Vec<PartyCreated> = events_named(&events, "IpParties", "PartyCreated");
	created.first().expect("one party created").party
}

/// Calls `api::method` (a runtime API, e.g. `IpRegistryApi`) with `args` on the latest
/// finalized state.
pub async fn runtime_api<R: scale_decode::DecodeAsType>(
	client: &Client,
	api: &str,
	method: &str,
	args: impl subxt::ext::frame_decode::storage::IntoEncodableValues,
) -> R {
	let at = client.at_current_block().await.expect("the node has a finalized block");
	let call = subxt::dynamic::runtime_api_call::<_, R>(api, method, args);
	at.runtime_apis().call(call).await.expect("the runtime API answers")
}

/// The events named `pallet::name` among `events`, decoded as `E`.
pub fn events_named<E: scale_decode::DecodeAsFields>(
	events: &ExtrinsicEvents<PolkadotConfig>,
	pallet: &str,
	name: &str,
) -> Vec<E> {
	events
		.iter()
		.map(|event| event.expect("events decode"))
		.filter(|event| event.pallet_name() == pallet && event.event_name() == name)
		.map(|event| event.decode_fields_unchecked_as::<E>().expect("the event's fields decode"))
		.collect()
}

/// The `Pallet::Error` a transaction failed with; panics if it succeeded or failed otherwise.
pub fn pallet_error<T>(outcome: Result<T, TransactionFinalizedSuccessError>) -> String {
	match outcome {
		Ok(_) => panic!("the transaction was expected to fail"),
		Err(TransactionFinalizedSuccessError::SuccessError(
			TransactionEventsError::ExtrinsicFailed(subxt::error::DispatchError::Module(e)),
		)) => e.details_string(),
		Err(e) => panic!("the transaction failed, but not with a pallet error: {e}"),
	}
}

/// The number of the latest finalized block.
pub async fn finalized_number(client: &Client) -> u64 {
	client
		.at_current_block()
		.await
		.expect("the node has a finalized block")
		.block_number()
}

/// Waits until the finalized block number is above `above` (at most two minutes).
pub async fn wait_for_finalized_above(client: &Client, above: u64) -> u64 {
	for _ in 0..240 {
		let number = finalized_number(client).await;
		if number > above {
			return number;
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	panic!("finality did not pass block {above} within two minutes");
}
