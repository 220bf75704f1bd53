#!/usr/bin/env bash
# Idempotent set-up: the system packages the build needs, Node.js for the JavaScript
# interoperability tests, and a Rust toolchain that builds the `wasm32v1-none` runtime. A second
# run checks and changes nothing.
#
# Route 1: the default rustup toolchain plus `rustup target add wasm32v1-none`.
# Route 2 (no download of rustup components possible): Debian's Rust (rustc-web) with its
# sources, a self-built core/alloc sysroot for wasm32v1-none, linked as a rustup toolchain.
# The machine's default toolchain is never changed; the choice is written to
# $IPLEDGER_CACHE/toolchain for the other scripts.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEBIAN_TOOLCHAIN=ipledger-debian
WASM_TARGET=wasm32v1-none
SYSTEM_PACKAGES=(protobuf-compiler clang libclang-dev make pkg-config python3)
DEBIAN_RUST_PACKAGES=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing_packages() {
	local p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
	done
}

APT_UPDATED=
apt_install() {
	local missing
	missing=$(missing_packages "$@")
	[ -z "$missing" ] && return 0
	# shellcheck disable=SC2086
	log "installing system packages: $(echo $missing)"
	if [ -z "$APT_UPDATED" ]; then
		as_root apt-get update -qq
		APT_UPDATED=1
	fi
	# shellcheck disable=SC2086
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
}

ensure_rustup() {
	command -v rustup >/dev/null 2>&1 && return 0
	[ -x "$HOME/.cargo/bin/rustup" ] && export PATH="$HOME/.cargo/bin:$PATH" && return 0
	apt_install rustup
	command -v rustup >/dev/null 2>&1 || die "rustup is needed and could not be installed"
}

has_wasm_std() {
	local sysroot
	sysroot=$(rustup run "$1" rustc --print sysroot 2>/dev/null) || return 1
	compgen -G "$sysroot/lib/rustlib/$WASM_TARGET/lib/libcore-*.rlib" >/dev/null
}

# Route 1: the normal rustup way. Fails fast where nothing can be downloaded.
try_rustup_target() {
	local tc
	tc=$(rustup show active-toolchain 2>/dev/null | awk '{print $1}')
	[ -n "$tc" ] || return 1
	if ! has_wasm_std "$tc"; then
		timeout 300 rustup target add --toolchain "$tc" "$WASM_TARGET" >/dev/null 2>&1 || return 1
		timeout 300 rustup component add --toolchain "$tc" rust-src >/dev/null 2>&1 || true
	fi
	has_wasm_std "$tc" || return 1
	echo "$tc"
}

# Route 2: Debian's toolchain with a wasm32v1-none sysroot built from its own sources.
debian_route() {
	apt_install "${DEBIAN_RUST_PACKAGES[@]}"
	local libdir=/usr/lib/rustlib/$WASM_TARGET/lib stamp version
	stamp="$libdir/.ipledger-stamp"
	version=$(/usr/bin/rustc --version)
	if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$version" ]; then
		log "building core/alloc for $WASM_TARGET with $version (about a minute)"
		local work
		work=$(mktemp -d)
		mkdir -p "$work/src"
		cat >"$work/Cargo.toml" <<'TOML'
[package]
name = "wasm-sysroot"
version = "0.0.0"
edition = "2021"

[lib]
crate-type = ["cdylib"]

[profile.release]
panic = "abort"
TOML
		cat >"$work/src/lib.rs" <<'RS'
#![no_std]
extern crate alloc;

struct Never;
unsafe impl core::alloc::GlobalAlloc for Never {
	unsafe fn alloc(&self, _: core::alloc::Layout) -> *mut u8 {
		core::ptr::null_mut()
	}
	unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}
}

#[global_allocator]
static ALLOCATOR: Never = Never;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
	loop {}
}

#[no_mangle]
pub extern "C" fn boxed() -> usize {
	alloc::boxed::Box::new(1usize).as_ref() + 1
}
RS
		(cd "$work" && RUSTFLAGS="-C embed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
			CARGO_TARGET_DIR="$work/target" /usr/bin/cargo build -q --release \
			--target "$WASM_TARGET" -Zbuild-std=core,alloc)
		as_root rm -rf "$libdir"
		as_root mkdir -p "$libdir"
		local crate
		for crate in core alloc compiler_builtins; do
			as_root cp "$work"/target/$WASM_TARGET/release/deps/lib"$crate"-*.rlib "$libdir/"
		done
		echo "$version" | as_root tee "$stamp" >/dev/null
		rm -rf "$work"
		# cargo does not notice a changed sysroot: drop the runtime's cached Wasm build.
		rm -rf "$CARGO_TARGET_DIR"/*/wbuild
	fi
	if ! rustup run "$DEBIAN_TOOLCHAIN" rustc --version >/dev/null 2>&1; then
		rustup toolchain link "$DEBIAN_TOOLCHAIN" /usr
	fi
	has_wasm_std "$DEBIAN_TOOLCHAIN" || die "the $WASM_TARGET sysroot of $DEBIAN_TOOLCHAIN is incomplete"
	echo "$DEBIAN_TOOLCHAIN"
}

# Node.js and npm, for the end-to-end tests that run standard JavaScript clients against the
# node (tests/js: DID libraries, polkadot-js). A machine that has them (from Debian or
# elsewhere) keeps its own.
ensure_node() {
	command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && return 0
	apt_install nodejs npm
	command -v npm >/dev/null 2>&1 || die "Node.js and npm are needed and could not be installed"
}

main() {
	apt_install "${SYSTEM_PACKAGES[@]}"
	ensure_node
	ensure_rustup
	local tc
	# IPLEDGER_TOOLCHAIN_ROUTE=debian skips route 1 (to exercise route 2 where route 1 works).
	if [ "${IPLEDGER_TOOLCHAIN_ROUTE:-}" = debian ] || ! tc=$(try_rustup_target); then
		log "rustup cannot add $WASM_TARGET here; using Debian's Rust with a self-built sysroot"
		tc=$(debian_route)
	fi
	mkdir -p "$IPLEDGER_CACHE"
	echo "$tc" >"$IPLEDGER_TOOLCHAIN_FILE"
	log "toolchain for the workspace: $tc ($(rustup run "$tc" rustc --version))"
}

main "$@"
