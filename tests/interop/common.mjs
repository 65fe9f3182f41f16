// Helpers shared by the interop issuer and verifiers: P-256 keys as JWKs, did:jwk, a did:jwk
// resolver for did-jwt, and the SD-JWT callbacks (hasher, signer, verifier) on node:crypto.
import { ECDH, createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';

export const b64u = (buffer) => Buffer.from(buffer).toString('base64url');

export async function newP256() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

export function didJwk(publicJwk) {
  const { kty, crv, x, y } = publicJwk;
  return 'did:jwk:' + b64u(JSON.stringify({ crv, kty, x, y }));
}

export function jwkOfDidJwk(did) {
  return JSON.parse(Buffer.from(did.slice('did:jwk:'.length).split('#')[0], 'base64url').toString());
}

/** did-jwt's Resolvable for did:jwk (the only method these tests use). */
export const didJwkResolver = {
  async resolve(didUrl) {
    const did = didUrl.split('#')[0];
    if (!did.startsWith('did:jwk:')) return { didResolutionMetadata: { error: 'unsupportedDidMethod' } };
    const id = `${did}#0`;
    return {
      didResolutionMetadata: {},
      didDocumentMetadata: {},
      didDocument: {
        id: did,
        verificationMethod: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwkOfDidJwk(did) }],
        assertionMethod: [id],
        authentication: [id],
      },
    };
  },
};

/** ES256 over `data`: raw r||s, base64url (JWS). */
export function es256Sign(privateJwk, data) {
  const key = createPrivateKey({ key: privateJwk, format: 'jwk' });
  return b64u(sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }));
}

export function es256Verify(publicJwk, data, signature) {
  const key = createPublicKey({ key: publicJwk, format: 'jwk' });
  return verify('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
}

// JWS algorithms the OpenID4VCI issuer and its self-test accept, on node:crypto.
const jwsAlgorithms = {
  ES256: { hash: 'sha256', crv: 'P-256' },
  ES256K: { hash: 'sha256', crv: 'secp256k1' },
  ES384: { hash: 'sha384', crv: 'P-384' },
  EdDSA: { hash: null, crv: 'Ed25519' },
};
const publicPart = ({ kty, crv, x, y }) => (y === undefined ? { kty, crv, x } : { kty, crv, x, y });

/** Verifies a JWS signature made with `alg` by the key `publicJwk` (only its public members are read). */
export function jwsVerify(alg, publicJwk, data, signature) {
  const spec = jwsAlgorithms[alg];
  if (!spec || publicJwk?.crv !== spec.crv) return false;
  const key = createPublicKey({ key: publicPart(publicJwk), format: 'jwk' });
  const options = spec.hash ? { key, dsaEncoding: 'ieee-p1363' } : key;
  return verify(spec.hash, Buffer.from(data), options, Buffer.from(signature, 'base64url'));
}

export function jwsSign(alg, privateJwk, data) {
  const spec = jwsAlgorithms[alg];
  if (!spec || privateJwk.crv !== spec.crv) throw new Error(`cannot sign ${alg} with a ${privateJwk.crv} key`);
  const key = createPrivateKey({ key: privateJwk, format: 'jwk' });
  return b64u(sign(spec.hash, Buffer.from(data), spec.hash ? { key, dsaEncoding: 'ieee-p1363' } : key));
}

// did:key (multibase base58btc, multicodec): Ed25519, secp256k1 and P-256 public keys.
const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58Decode(text) {
  let n = 0n;
  for (const c of text) {
    const digit = base58.indexOf(c);
    if (digit < 0) throw new Error('not base58btc');
    n = n * 58n + BigInt(digit);
  }
  const bytes = [];
  for (; n > 0n; n >>= 8n) bytes.unshift(Number(n & 0xffn));
  const zeros = text.length - text.replace(/^1+/, '').length;
  return Buffer.from([...new Array(zeros).fill(0), ...bytes]);
}
function base58Encode(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let text = '';
  for (; n > 0n; n /= 58n) text = base58[Number(n % 58n)] + text;
  for (const byte of bytes) {
    if (byte !== 0) break;
    text = '1' + text;
  }
  return text;
}
const didKeyCodecs = [
  { prefix: [0xed, 0x01], crv: 'Ed25519', size: 32 },
  { prefix: [0xe7, 0x01], crv: 'secp256k1', curve: 'secp256k1', size: 33 },
  { prefix: [0x80, 0x24], crv: 'P-256', curve: 'prime256v1', size: 33 },
];

/** The public JWK of a did:key (a DID URL's fragment is ignored). */
export function jwkOfDidKey(did) {
  const id = did.split('#')[0].slice('did:key:'.length);
  if (!id.startsWith('z')) throw new Error('did:key must be multibase base58btc');
  const bytes = base58Decode(id.slice(1));
  const codec = didKeyCodecs.find((c) => bytes[0] === c.prefix[0] && bytes[1] === c.prefix[1]);
  if (!codec || bytes.length !== 2 + codec.size) throw new Error('unsupported did:key key type');
  const raw = bytes.subarray(2);
  if (!codec.curve) return { kty: 'OKP', crv: codec.crv, x: b64u(raw) };
  const point = ECDH.convertKey(raw, codec.curve, undefined, undefined, 'uncompressed');
  return { kty: 'EC', crv: codec.crv, x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33, 65)) };
}

export function didKey(publicJwk) {
  const codec = didKeyCodecs.find((c) => c.crv === publicJwk.crv);
  if (!codec) throw new Error(`no did:key for ${publicJwk.crv}`);
  const raw = codec.curve
    ? ECDH.convertKey(Buffer.concat([Buffer.from([4]), Buffer.from(publicJwk.x, 'base64url'), Buffer.from(publicJwk.y, 'base64url')]),
      codec.curve, undefined, undefined, 'compressed')
    : Buffer.from(publicJwk.x, 'base64url');
  return 'did:key:z' + base58Encode(Buffer.concat([Buffer.from(codec.prefix), raw]));
}

export const sdJwtHasher = (data, alg) => {
  if (alg.toLowerCase() !== 'sha-256') throw new Error(`unexpected hash ${alg}`);
  return new Uint8Array(createHash('sha256').update(typeof data === 'string' ? data : Buffer.from(data)).digest());
};
export const saltGenerator = (length) => b64u(randomBytes(length));

// What both verifiers do over HTTP and at the end of a run.
export function reply(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The form-encoded body of a request, as an object of its fields. */
export async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

/** Prints the verdict line; exit 0 only when verified and the tampered copy was refused. */
export function finish(result) {
  console.log(JSON.stringify(result));
  setTimeout(() => process.exit(result.verified && result.tamperCaught ? 0 : 1), 50);
}

export function giveUpAfter(ms) {
  setTimeout(() => {
    console.log(JSON.stringify({ verified: false, error: `no answer within ${ms / 1000} s` }));
    process.exit(2);
  }, ms);
}
