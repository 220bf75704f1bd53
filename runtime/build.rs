fn main() {
	#[cfg(feature = "std")]
	{
		// With `metadata-hash` (a default feature), a second build embeds the metadata's
		// digest for `CheckMetadataHash`. The token is the chain's (the `tokenSymbol` and
		// `tokenDecimals` properties of node/src/chain_spec.rs); the wallets e2e test signs
		// over the digest computed from those properties.
		if std::env::var_os("CARGO_FEATURE_METADATA_HASH").is_some() {
			substrate_wasm_builder::WasmBuilder::init_with_defaults()
				.enable_metadata_hash("IPL", 12)
				.build();
		} else {
			substrate_wasm_builder::WasmBuilder::build_using_defaults();
		}
		// The same runtime with `spec_version` one higher, for the end-to-end upgrade test
		// (`ipledger_runtime::next`), built only when asked: the dev builds of the project's
		// scripts ask (scripts/lib.sh), a plain `cargo build` and the optimised builds do not.
		println!("cargo:rerun-if-env-changed=IPLEDGER_BUILD_NEXT_RUNTIME");
		if std::env::var_os("IPLEDGER_BUILD_NEXT_RUNTIME").is_some() {
			substrate_wasm_builder::WasmBuilder::init_with_defaults()
				.enable_feature("next-spec-version")
				.set_file_name("ipledger_runtime_next")
				.build();
		} else {
			let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
			let stub = "pub const WASM_BINARY: Option<&[u8]> = None;\n\
				pub const WASM_BINARY_BLOATY: Option<&[u8]> = None;\n";
			std::fs::write(std::path::Path::new(&out).join("ipledger_runtime_next"), stub)
				.expect("OUT_DIR is writable");
		}
	}
}
