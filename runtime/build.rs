fn main() {
	#[cfg(feature = "std")]
	{
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
		// The same runtime with `spec_version` one higher, for the runtime-upgrade tests
		// (`ipledger_runtime::next`). Only the runtime crate itself compiles a second time.
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_feature("next-spec-version")
			.set_file_name("ipledger_runtime_next")
			.build();
	}
}
