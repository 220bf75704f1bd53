//! The RPC methods the node serves besides Substrate's standard ones.

use ipledger_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use std::sync::{
	atomic::{AtomicU64, Ordering},
	Arc,
};

/// What the RPC methods need.
pub struct FullDeps<C, P> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// The clock of an instantly sealing development chain, which `dev_advanceTime` moves on.
	pub clock: Option<DevClock>,
}

/// The most one `dev_advanceTime` moves the clock on: a hundred years of 366 days.
pub const MAX_ADVANCE: u64 = 100 * 366 * 24 * 60 * 60 * 1_000;

/// The clock of an instantly sealing development chain: the time of day moved on by what
/// `dev_advanceTime` asked, so that a script reaches a renewal, a grace period's end or a royalty
/// period's end without waiting for it. It only ever moves forward.
#[derive(Clone, Default)]
pub struct DevClock(Arc<AtomicU64>);

impl DevClock {
	/// How far ahead of the time of day the chain's clock runs (milliseconds).
	pub fn offset(&self) -> u64 {
		self.0.load(Ordering::SeqCst)
	}

	/// Moves the clock on by `millis`; returns the new offset, or `None` (and moves nothing)
	/// past [`MAX_ADVANCE`] or a `u64` of milliseconds in all.
	pub fn advance(&self, millis: u64) -> Option<u64> {
		if millis > MAX_ADVANCE {
			return None;
		}
		let moved = self
			.0
			.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |offset| offset.checked_add(millis));
		moved.ok().map(|before| before + millis)
	}
}

/// `dev_advanceTime(millis)`: moves an instantly sealing development chain's clock on; the next
/// block is sealed at the time of day plus every advance so far, and the call returns that total
/// (milliseconds). An unsafe method: `--rpc-methods safe` refuses it.
fn dev_clock_rpc(
	clock: DevClock,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>> {
	use jsonrpsee::types::ErrorObjectOwned;
	let mut module = RpcModule::new(());
	module.register_method("dev_advanceTime", move |params, _, extensions| {
		sc_rpc_api::check_if_safe(extensions)?;
		let millis: u64 = params.one()?;
		clock.advance(millis).ok_or_else(|| {
			ErrorObjectOwned::owned(
				jsonrpsee::types::error::INVALID_PARAMS_CODE,
				format!("the clock moves on by at most {MAX_ADVANCE} ms at a time, and in all"),
				None::<()>,
			)
		})
	})?;
	Ok(module)
}

/// `system_accountNextIndex` and friends, the transaction-payment RPC (`payment_queryInfo`,
/// `payment_queryFeeDetails`), and on an instantly sealing development chain `dev_advanceTime`.
pub fn create_full<C, P>(
	FullDeps { client, pool, clock }: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client).into_rpc())?;
	if let Some(clock) = clock {
		module.merge(dev_clock_rpc(clock)?)?;
	}
	Ok(module)
}
