//! The hash trees of batch evidence (RFC 4998 evidence records, reduced to binary trees).
//!
//! - The leaves are the files' digests, in the batch's order, with the batch's algorithm.
//! - Each level pairs its nodes in order, the first with the second, the third with the
//!   fourth, and so on: a pair's node is the hash of the two digests concatenated in ascending
//!   byte order (so a proof needs no left or right flags); a last node without a partner is
//!   carried up unchanged.
//! - The root is the node left alone at the top; a batch of one file has its digest as root.
//! - A file's proof is the list of its partners from its leaf up, the levels where it was
//!   carried up skipped.

use crate::Hash;
use alloc::vec::Vec;
use ipledger_primitives::HashAlgorithm;

/// Whether the chain computes `algorithm`'s hash (BLAKE2b-256 and SHA-256); SHA3-256
/// digests can be anchored, but no tree of them verified.
pub fn computes(algorithm: HashAlgorithm) -> bool {
	matches!(algorithm, HashAlgorithm::Blake2b256 | HashAlgorithm::Sha2_256)
}

/// The node over `a` and `b`: `algorithm` of the two, smaller first; `None` for an algorithm
/// the chain does not compute.
pub fn node(algorithm: HashAlgorithm, a: &Hash, b: &Hash) -> Option<Hash> {
	let (low, high) = if a.as_bytes() <= b.as_bytes() { (a, b) } else { (b, a) };
	let mut both = [0u8; 64];
	both[..32].copy_from_slice(low.as_bytes());
	both[32..].copy_from_slice(high.as_bytes());
	let digest = match algorithm {
		HashAlgorithm::Blake2b256 => sp_io::hashing::blake2_256(&both),
		HashAlgorithm::Sha2_256 => sp_io::hashing::sha2_256(&both),
		HashAlgorithm::Sha3_256 => return None,
	};
	Some(Hash::from(digest))
}

/// The root that `leaf` and its `proof` lead to; `None` for an algorithm the chain does not
/// compute (an empty proof needs none: the leaf is the root).
pub fn root_from(algorithm: HashAlgorithm, leaf: Hash, proof: &[Hash]) -> Option<Hash> {
	proof.iter().try_fold(leaf, |acc, partner| node(algorithm, &acc, partner))
}

/// The root of the tree over `leaves` and each leaf's proof, as a client builds them before it
/// anchors a batch; `None` for no leaves or an algorithm the chain does not compute.
pub fn tree(algorithm: HashAlgorithm, leaves: &[Hash]) -> Option<(Hash, Vec<Vec<Hash>>)> {
	if leaves.is_empty() || (leaves.len() > 1 && !computes(algorithm)) {
		return None;
	}
	let mut proofs: Vec<Vec<Hash>> = leaves.iter().map(|_| Vec::new()).collect();
	// Each node of the level, with the leaves under it.
	let mut level: Vec<(Hash, Vec<usize>)> =
		leaves.iter().enumerate().map(|(i, leaf)| (*leaf, alloc::vec![i])).collect();
	while level.len() > 1 {
		let mut up = Vec::with_capacity(level.len().div_ceil(2));
		let mut nodes = level.into_iter();
		while let Some((a, mut under_a)) = nodes.next() {
			match nodes.next() {
				Some((b, under_b)) => {
					for leaf in &under_a {
						proofs[*leaf].push(b);
					}
					for leaf in &under_b {
						proofs[*leaf].push(a);
					}
					under_a.extend(under_b);
					up.push((node(algorithm, &a, &b)?, under_a));
				},
				None => up.push((a, under_a)),
			}
		}
		level = up;
	}
	level.pop().map(|(root, _)| (root, proofs))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u8) -> Vec<Hash> {
		(0..n).map(|i| Hash::from(sp_io::hashing::blake2_256(&[i]))).collect()
	}

	#[test]
	fn every_leaf_of_every_tree_size_proves_the_root() {
		for algorithm in [HashAlgorithm::Blake2b256, HashAlgorithm::Sha2_256] {
			for n in 1..=17 {
				let leaves = leaves(n);
				let (root, proofs) = tree(algorithm, &leaves).unwrap();
				for (leaf, proof) in leaves.iter().zip(&proofs) {
					assert_eq!(root_from(algorithm, *leaf, proof), Some(root), "{n} leaves");
					assert!(proof.len() <= 5, "a proof is as long as the tree is deep");
				}
			}
		}
	}

	#[test]
	fn a_pair_hashes_its_digests_in_ascending_order() {
		let (a, b) = (Hash::repeat_byte(1), Hash::repeat_byte(2));
		let mut both = [1u8; 64];
		both[32..].copy_from_slice(&[2u8; 32]);
		let expected = Hash::from(sp_io::hashing::sha2_256(&both));
		assert_eq!(node(HashAlgorithm::Sha2_256, &a, &b), Some(expected));
		assert_eq!(node(HashAlgorithm::Sha2_256, &b, &a), Some(expected));
		// Three leaves: the third is carried up, then paired with the first pair's node.
		let (root, proofs) = tree(HashAlgorithm::Sha2_256, &[a, b, Hash::repeat_byte(3)]).unwrap();
		let expected_root =
			node(HashAlgorithm::Sha2_256, &expected, &Hash::repeat_byte(3)).unwrap();
		assert_eq!(root, expected_root);
		assert_eq!(proofs[2], vec![expected]);
	}

	#[test]
	fn a_wrong_proof_or_leaf_leads_elsewhere_and_sha3_is_not_computed() {
		let leaves = leaves(4);
		let (root, proofs) = tree(HashAlgorithm::Blake2b256, &leaves).unwrap();
		assert_ne!(root_from(HashAlgorithm::Blake2b256, leaves[0], &proofs[1]), Some(root));
		assert_ne!(root_from(HashAlgorithm::Blake2b256, Hash::zero(), &proofs[0]), Some(root));
		assert_eq!(root_from(HashAlgorithm::Sha3_256, leaves[0], &proofs[0]), None);
		assert_eq!(root_from(HashAlgorithm::Sha3_256, leaves[0], &[]), Some(leaves[0]));
		assert!(tree(HashAlgorithm::Sha3_256, &leaves).is_none());
		assert!(tree(HashAlgorithm::Blake2b256, &[]).is_none());
	}
}
