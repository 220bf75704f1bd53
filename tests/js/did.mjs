// IPLedger's DID documents as a dApp developer's standard JavaScript tooling reads them, from a
// real node over its JSON-RPC: did-resolver and @digitalbazaar/did-io with a `did:ipledger`
// driver (the runtime API `IpPartiesApi_resolve` through `state_call`), jsonld in safe mode with
// the published contexts and no network, and @digitalbazaar/ed25519-multikey on the keys.
//
//   node did.mjs keypair <seed hex> <message hex>
//       An ed25519 key pair made by ed25519-multikey from the 32-byte seed, and its signature
//       of the message: {"publicKey", "publicKeyMultibase", "signature"} (hex without 0x).
//   node did.mjs check <rpc url> <spec json>
//       Runs every check against the node; spec: {"did", "deactivated", "unknown",
//       "seed", "challenge", "services": [{"id", "type", "serviceEndpoint"}], "sr25519":
//       [the party's other keys, hex]}. Prints a JSON
//       report and exits 0, or names the failed check and exits 1.
//
// tests/e2e/parties.rs runs both against `ipledger-node --dev --sealing instant`.

import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {Resolver} from 'did-resolver';
import {CachedResolver, approvesMethodFor, findVerificationMethod} from '@digitalbazaar/did-io';
import jsonld from 'jsonld';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import didContext from 'did-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as base58 from 'base58-universal';

const IPLEDGER_CONTEXT_URL = 'https://ipledger.org/ns/did/v1';
const IPLEDGER_CONTEXT_FILE = new URL('../../docs/did/ipledger-v1.jsonld', import.meta.url);

const hex = bytes => Buffer.from(bytes).toString('hex');
const unhex = text => Uint8Array.from(Buffer.from(text.replace(/^0x/, ''), 'hex'));

// SCALE's compact length prefix, for a `Vec<u8>` argument and result.
function compactLength(length) {
  if(length < 1 << 6) {
    return Uint8Array.of(length << 2);
  }
  if(length < 1 << 14) {
    return Uint8Array.of(((length << 2) | 1) & 0xff, length >> 6);
  }
  if(length < 1 << 30) {
    const v = (length << 2) | 2;
    return Uint8Array.of(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  }
  throw new RangeError(`a length of ${length} is beyond this encoder`);
}

function encodeBytes(bytes) {
  const prefix = compactLength(bytes.length);
  const out = new Uint8Array(prefix.length + bytes.length);
  out.set(prefix);
  out.set(bytes, prefix.length);
  return out;
}

function decodeBytes(encoded) {
  const mode = encoded[0] & 3;
  let length;
  let offset;
  if(mode === 0) {
    [length, offset] = [encoded[0] >> 2, 1];
  } else if(mode === 1) {
    [length, offset] = [(encoded[0] | (encoded[1] << 8)) >> 2, 2];
  } else if(mode === 2) {
    length = (encoded[0] | (encoded[1] << 8) | (encoded[2] << 16) | (encoded[3] << 24)) >>> 2;
    offset = 4;
  } else {
    throw new Error('a result longer than 2^30 bytes');
  }
  assert.equal(encoded.length, offset + length, 'the runtime API result is one Vec<u8>');
  return encoded.subarray(offset);
}

// The DID Resolution result the runtime computes for `did`, read over JSON-RPC.
async function resolveOnChain(rpcUrl, did) {
  const body = {
    jsonrpc: '2.0',
    id: 1,
    method: 'state_call',
    params: ['IpPartiesApi_resolve', '0x' + hex(encodeBytes(new TextEncoder().encode(did)))]
  };
  const response = await fetch(rpcUrl, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(body)
  });
  const reply = await response.json();
  if(reply.error) {
    throw new Error(`state_call failed: ${JSON.stringify(reply.error)}`);
  }
  return JSON.parse(new TextDecoder().decode(decodeBytes(unhex(reply.result))));
}

// did-resolver: a method resolver for `did:ipledger`.
function didResolverMethods(rpcUrl) {
  return {ipledger: async (_did, parsed) => resolveOnChain(rpcUrl, parsed.did)};
}

// did-io: a driver that gets a DID's document, or dereferences a DID URL's fragment to the
// verification method or service it names.
function didIoDriver(rpcUrl) {
  return {
    method: 'ipledger',
    async get({did}) {
      const [base] = did.split('#');
      const result = await resolveOnChain(rpcUrl, base);
      const {error} = result.didResolutionMetadata;
      if(error) {
        const e = new Error(`${base} does not resolve: ${error}`);
        e.name = error === 'notFound' ? 'NotFoundError' : 'InvalidDidError';
        throw e;
      }
      if(result.didDocumentMetadata.deactivated) {
        const e = new Error(`${base} is deactivated`);
        e.name = 'DeactivatedError';
        throw e;
      }
      const doc = result.didDocument;
      if(base === did) {
        return doc;
      }
      const node = [...doc.verificationMethod, ...doc.service].find(n => n.id === did);
      if(!node) {
        const e = new Error(`${did} names nothing in the document`);
        e.name = 'NotFoundError';
        throw e;
      }
      return {'@context': doc['@context'], ...node};
    }
  };
}

// jsonld's document loader: the three published contexts, from local copies; never the network.
async function documentLoader() {
  const contexts = new Map([
    ...didContext.contexts,
    ...multikeyContext.contexts,
    [IPLEDGER_CONTEXT_URL, JSON.parse(await readFile(IPLEDGER_CONTEXT_FILE, 'utf8'))]
  ]);
  return async url => {
    const document = contexts.get(url);
    if(!document) {
      throw new Error(`no local copy of ${url} (the checks use no network)`);
    }
    return {contextUrl: null, documentUrl: url, document};
  };
}

async function keypair(seedHex, messageHex) {
  const key = await Ed25519Multikey.generate({seed: unhex(seedHex)});
  const signature = await key.signer().sign({data: unhex(messageHex)});
  return {
    publicKey: hex(key.publicKey),
    publicKeyMultibase: key.publicKeyMultibase,
    signature: hex(signature)
  };
}

async function check(rpcUrl, spec) {
  const report = {};
  const loader = await documentLoader();

  // did-resolver.
  const resolver = new Resolver(didResolverMethods(rpcUrl));
  const resolved = await resolver.resolve(spec.did);
  assert.equal(resolved.didResolutionMetadata.error, undefined, 'did-resolver: the DID resolves');
  assert.equal(resolved.didResolutionMetadata.contentType, 'application/did+ld+json');
  const doc = resolved.didDocument;
  assert.equal(doc.id, spec.did, 'did-resolver: the document is the DID\'s');
  const viaUrl = await resolver.resolve(`${spec.did}#${spec.services[0].id}`);
  assert.deepEqual(viaUrl.didDocument, doc, 'did-resolver: a DID URL resolves its DID');
  const deactivated = await resolver.resolve(spec.deactivated);
  assert.equal(deactivated.didDocumentMetadata.deactivated, true,
    'did-resolver: a closed party\'s DID is deactivated');
  assert.equal(deactivated.didDocument.id, spec.deactivated);
  assert.equal(deactivated.didDocument.ipledger.closed, true);
  assert.equal(deactivated.didDocument.verificationMethod, undefined, 'no key of a closed party');
  const unknown = await resolver.resolve(spec.unknown);
  assert.equal(unknown.didResolutionMetadata.error, 'notFound', 'did-resolver: notFound');
  assert.equal(unknown.didDocument, null);
  const malformed = await resolver.resolve('did:ipledger:007');
  assert.equal(malformed.didResolutionMetadata.error, 'invalidDid', 'did-resolver: invalidDid');
  report.didResolver = {verificationMethods: doc.verificationMethod.length};

  // jsonld, safe mode: every term is defined by a context, nothing is dropped.
  const expanded = await jsonld.expand(doc, {documentLoader: loader, safe: true});
  assert.equal(expanded.length, 1, 'jsonld: one node');
  const nquads = await jsonld.canonize(doc, {
    algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader: loader, safe: true
  });
  assert.match(nquads, /<https:\/\/ipledger\.org\/ns\/did#ipledger>/,
    'jsonld: the ipledger property is kept, as a JSON literal');
  await jsonld.expand(deactivated.didDocument, {documentLoader: loader, safe: true});
  // The control: safe mode does refuse a term no context defines, so the passes above mean
  // something.
  await assert.rejects(
    jsonld.expand({...doc, notDefinedAnywhere: 1}, {documentLoader: loader, safe: true}),
    /safe mode/i, 'jsonld: safe mode refuses an undefined term');
  report.jsonld = {nquads: nquads.trim().split('\n').length};

  // did-io: the document, and DID URLs dereferenced to a key and a service.
  const didIo = new CachedResolver();
  didIo.use(didIoDriver(rpcUrl));
  const ioDoc = await didIo.get({did: spec.did});
  assert.deepEqual(ioDoc, doc, 'did-io: the same document');
  const own = await Ed25519Multikey.generate({seed: unhex(spec.seed)});
  const methodId = `${spec.did}#${own.publicKeyMultibase}`;
  const method = findVerificationMethod({doc: ioDoc, methodId});
  assert.ok(method, 'did-io: the linked ed25519 key is a verification method');
  for(const purpose of ['authentication', 'assertionMethod']) {
    assert.ok(approvesMethodFor({doc: ioDoc, methodId, purpose}), `did-io: ${purpose}`);
  }
  const dereferenced = await didIo.get({url: methodId});
  assert.equal(dereferenced.publicKeyMultibase, own.publicKeyMultibase,
    'did-io: the key\'s DID URL dereferences to it');
  for(const service of spec.services) {
    const found = await didIo.get({url: `${spec.did}#${service.id}`});
    assert.equal(found.type, service.type, `did-io: service ${service.id}`);
    assert.equal(found.serviceEndpoint, service.serviceEndpoint);
  }
  await assert.rejects(didIo.get({did: spec.deactivated}), {name: 'DeactivatedError'});
  report.didIo = {methodId};

  // ed25519-multikey: the resolved key is the key pair's, and verifies its signatures only.
  assert.match(method.publicKeyMultibase, /^z6Mk/, 'ed25519-multikey: an ed25519 Multikey');
  const publicKey = await Ed25519Multikey.from(dereferenced);
  assert.equal(publicKey.publicKeyMultibase, own.publicKeyMultibase);
  const challenge = unhex(spec.challenge);
  const signature = await own.signer().sign({data: challenge});
  const verifier = publicKey.verifier();
  assert.equal(await verifier.verify({data: challenge, signature}), true,
    'ed25519-multikey: the resolved key verifies the holder\'s signature');
  const tampered = Uint8Array.from(challenge);
  tampered[0] ^= 1;
  assert.equal(await verifier.verify({data: tampered, signature}), false,
    'ed25519-multikey: and no other message');
  report.ed25519Multikey = {verified: true};

  // The party's sr25519 keys are Multikeys too (base58btc, multicodec sr25519-pub 0xef01), of the
  // accounts the spec names, in the order they were linked.
  const others = ioDoc.verificationMethod.filter(m => m.id !== methodId);
  assert.deepEqual(
    others.map(m => hex(base58.decode(m.publicKeyMultibase.replace(/^z/, '')))),
    spec.sr25519.map(key => 'ef01' + key.replace(/^0x/, '')),
    'the sr25519 Multikeys are the accounts\' keys');
  report.sr25519Keys = others.length;
  return report;
}

async function main([command, ...args]) {
  if(command === 'keypair' && args.length === 2) {
    return keypair(...args);
  }
  if(command === 'check' && args.length === 2) {
    return check(args[0], JSON.parse(args[1]));
  }
  throw new Error('usage: did.mjs keypair <seed hex> <message hex> | check <rpc url> <spec json>');
}

if(process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    out => console.log(JSON.stringify(out)),
    error => {
      console.error(error);
      process.exit(1);
    });
}
