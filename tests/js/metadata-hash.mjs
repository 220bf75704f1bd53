// The `CheckMetadataHash` transaction extension as a hardware wallet uses it (RFC 78): the
// metadata digest computed off chain by @polkadot-api/merkleize-metadata from the node's
// metadata V15 and the chain's token, and signed into a transaction by polkadot-js.
//
//   node metadata-hash.mjs <ws url>
//       Alice signs a remark with the digest (mode 1): it must be included; Bob signs one with
//       a wrong digest: the pool must refuse it as a bad proof; Charlie signs one without a
//       digest (mode 0), as every other client does: included. Prints a JSON report, or names
//       the failed check and exits 1.
//
// tests/e2e/instant_seal.rs runs it against `ipledger-node --dev --sealing instant`.

import assert from 'node:assert/strict';
import {ApiPromise, WsProvider} from '@polkadot/api';
import {Keyring} from '@polkadot/keyring';
import {u8aToHex} from '@polkadot/util';
import {cryptoWaitReady} from '@polkadot/util-crypto';
import {merkleizeMetadata} from '@polkadot-api/merkleize-metadata';

// Sends `tx` signed by `pair` with `options`; resolves with the events of its block, or
// rejects with the pool's or the block's error.
function send(api, tx, pair, options) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(pair, options, ({status, events, dispatchError}) => {
      if(dispatchError) {
        reject(new Error(`dispatch failed: ${dispatchError.toString()}`));
      } else if(status.isInBlock || status.isFinalized) {
        resolve(events.map(({event}) => `${event.section}.${event.method}`));
      } else if(status.isInvalid || status.isDropped || status.isUsurped) {
        reject(new Error(`transaction ${status.type}`));
      }
    }).catch(reject);
  });
}

async function main(url) {
  await cryptoWaitReady();
  const api = await ApiPromise.create({provider: new WsProvider(url), noInitWarn: true});
  try {
    const properties = api.registry.getChainProperties();
    const decimals = properties.tokenDecimals.unwrap()[0].toNumber();
    const tokenSymbol = properties.tokenSymbol.unwrap()[0].toString();
    const opaque = await api.call.metadata.metadataAtVersion(15);
    assert.ok(opaque.isSome, 'the runtime serves metadata V15');
    const digest = merkleizeMetadata(opaque.unwrap().toU8a(true), {decimals, tokenSymbol})
      .digest();
    const metadataHash = u8aToHex(digest);

    const keyring = new Keyring({type: 'sr25519'});
    const [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map(uri => keyring.addFromUri(uri));
    const remark = text => api.tx.system.remarkWithEvent(text);

    const withDigest = await send(api, remark('signed over the metadata digest'), alice,
      {mode: 1, metadataHash});
    assert.ok(withDigest.includes('system.ExtrinsicSuccess'), 'the digest is the chain\'s');

    const wrong = u8aToHex(digest.map(byte => byte ^ 0xff));
    await assert.rejects(
      send(api, remark('signed over another digest'), bob, {mode: 1, metadataHash: wrong}),
      /bad signature|BadProof|1010/i, 'a wrong digest is refused');

    const withoutDigest = await send(api, remark('no digest'), charlie, {mode: 0});
    assert.ok(withoutDigest.includes('system.ExtrinsicSuccess'), 'mode 0 still works');
    return {metadataHash, decimals, tokenSymbol, included: 2, refused: 1};
  } finally {
    await api.disconnect();
  }
}

const [url] = process.argv.slice(2);
if(!url) {
  console.error('usage: metadata-hash.mjs <ws url>');
  process.exit(1);
}
main(url).then(
  report => console.log(JSON.stringify(report)),
  error => {
    console.error(error);
    process.exit(1);
  });
