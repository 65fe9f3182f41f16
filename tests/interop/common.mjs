// Helpers shared by the interop issuer and verifiers: P-256 keys as JWKs, did:jwk, a did:jwk
// resolver for did-jwt, and the SD-JWT callbacks (hasher, signer, verifier) on node:crypto.
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify } from 'node:crypto';
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
