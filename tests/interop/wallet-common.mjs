// What the interop wallets share: the parties' keys (made by wallet-fixtures.mjs), the seed 002
// calls a kiosk makes to vcdesk-agent (Bearer token, definitions, auth requests, auth status),
// a resolver for the verifier's DID (did:key or did:jwk), credentials issued with did-jwt-vc
// and @sd-jwt/sd-jwt-vc, a StatusList2021 host on loopback, and the verdict of one case.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { createVerifiableCredentialJwt, createVerifiablePresentationJwt } from 'did-jwt-vc';
import { compactVerify, importJWK } from 'jose';
import { b64u, didJwk, es256Sign, jwkOfDidJwk, saltGenerator, sdJwtHasher } from './common.mjs';

export const EMAIL = 'alice@example.com';

/** Reads `--name value` options; flags without a value are `true`. */
export function options(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; ++i) {
    if (!argv[i].startsWith('--')) continue;
    const next = argv[i + 1];
    out[argv[i].slice(2)] = next === undefined || next.startsWith('--') ? true : (++i, next);
  }
  return out;
}

// ---- the parties ---------------------------------------------------------------------------

/** keys.json: {name: {privateJwk, publicJwk, did}} for issuer, listedIssuer, rogueIssuer,
 *  holder and thief. */
export function loadKeys(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A did-jwt(-vc) issuer: ES256 by the party's did:jwk key (raw r||s, base64url, as did-jwt's
 *  own ES256Signer makes it). */
export const didSigner = (party) => ({
  did: party.did,
  signer: async (data) => es256Sign(party.privateJwk, data),
  alg: 'ES256',
});

// ---- the verifier API of seed 002 ----------------------------------------------------------

/** The kiosk side of vcdesk-agent's verifier, read from its agent.json. */
export class VerifierApi {
  constructor(agentJsonFile) {
    const agent = JSON.parse(readFileSync(agentJsonFile, 'utf8'));
    this.baseUrl = agent.baseUrl;
    this.tokenEndpoint = agent.verifierTokenEndpoint ?? `${agent.baseUrl}/private/webapp/token`;
    const verifier = agent.parties.find((p) => p.name === 'verifier');
    this.apiKey = verifier.apiKey;
    this.did = verifier.did;
  }

  async call(method, path, body, headers = {}) {
    const response = await fetch(path.startsWith('http') ? path : this.baseUrl + path, {
      method,
      headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    let json;
    try { json = JSON.parse(text); } catch { json = { raw: text }; }
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return json;
  }

  /** A Bearer token from the token endpoint, with the verifier party's apikey. */
  async token(role = 'Verifier_Admin') {
    const answer = await this.call('POST', this.tokenEndpoint, { role }, { apikey: this.apiKey });
    this.bearer = { Authorization: `Bearer ${answer.access_token}` };
    return answer;
  }

  define(id, definition) {
    return this.call('PUT', `/private/webapp/definitions/${id}`, definition, this.bearer);
  }

  /** {correlationId, definitionId, authRequestURI, authStatusURI} */
  authRequest(definitionId) {
    return this.call('POST', `/private/webapp/definitions/${definitionId}/auth-requests`, undefined, this.bearer);
  }

  authStatus(request) {
    return this.call('POST', request.authStatusURI,
      { correlationId: request.correlationId, definitionId: request.definitionId }, this.bearer);
  }
}

/** The definitions the wallets answer. `issuers` names who is trusted for it; without it the
 *  agent's trust list decides (it holds keys.listedIssuer). */
export function definitions(keys) {
  const email = { types: ['EmailCredential'], claims: ['email'] };
  return {
    emailSdJwt: { ...email, query: 'dcql', issuers: [keys.issuer.did] },
    emailJwtVc: { ...email, query: 'presentation_exchange', issuers: [keys.issuer.did] },
    emailJwtVcDcql: { ...email, query: 'dcql', issuers: [keys.issuer.did] },
    emailListed: { ...email, query: 'presentation_exchange' },
  };
}

export async function defineAll(api, keys) {
  for (const [id, definition] of Object.entries(definitions(keys))) await api.define(id, definition);
}

// ---- DIDs ----------------------------------------------------------------------------------

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58Decode(text) {
  let value = 0n;
  for (const c of text) {
    const digit = BASE58.indexOf(c);
    if (digit < 0) throw new Error('not base58');
    value = value * 58n + BigInt(digit);
  }
  const hex = value === 0n ? '' : value.toString(16);
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const zeros = text.match(/^1*/)[0].length;
  return Buffer.concat([Buffer.alloc(zeros), bytes]);
}

// did:key multicodec prefixes and the SPKI DER head that precedes the key bytes.
const DID_KEY_CODECS = [
  { prefix: [0x80, 0x24], spki: '3039301306072a8648ce3d020106082a8648ce3d030107032200' }, // P-256
  { prefix: [0xe7, 0x01], spki: '3036301006072a8648ce3d020106052b8104000a032200' }, // secp256k1
  { prefix: [0xed, 0x01], spki: '302a300506032b6570032100' }, // Ed25519
];

/** The public JWK behind a did:jwk or did:key (P-256, secp256k1, Ed25519). */
export function jwkOfDid(didUrl) {
  const did = didUrl.split('#')[0];
  if (did.startsWith('did:jwk:')) return jwkOfDidJwk(did);
  if (!did.startsWith('did:key:z')) throw new Error(`cannot resolve ${did}`);
  const bytes = base58Decode(did.slice('did:key:z'.length));
  const codec = DID_KEY_CODECS.find((c) => bytes[0] === c.prefix[0] && bytes[1] === c.prefix[1]);
  if (!codec) throw new Error(`unsupported did:key ${did}`);
  const der = Buffer.concat([Buffer.from(codec.spki, 'hex'), bytes.subarray(2)]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' }).export({ format: 'jwk' });
}

/** did-resolver Resolvable for did:jwk and did:key (what Sphereon's OP resolves). */
export const didResolver = {
  async resolve(didUrl) {
    const did = didUrl.split('#')[0];
    let publicKeyJwk;
    try { publicKeyJwk = jwkOfDid(did); } catch (error) {
      return { didResolutionMetadata: { error: 'unsupportedDidMethod', message: error.message } };
    }
    const id = did.startsWith('did:key:') ? `${did}#${did.slice('did:key:'.length)}` : `${did}#0`;
    return {
      didResolutionMetadata: { contentType: 'application/did+ld+json' },
      didDocumentMetadata: {},
      didDocument: {
        '@context': ['https://www.w3.org/ns/did/v1'],
        id: did,
        verificationMethod: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk }],
        assertionMethod: [id],
        authentication: [id],
      },
    };
  },
};

/** Verifies a compact JWS with the key of the DID in `didUrl`. */
export async function verifyWithDid(compact, didUrl, alg) {
  const jwk = jwkOfDid(didUrl);
  await compactVerify(compact, await importJWK(jwk, alg));
  return jwk;
}

// ---- credentials ---------------------------------------------------------------------------

const now = () => Math.floor(Date.now() / 1000);

/** A JWT-VC 1.1 EmailCredential by `issuer` about `subjectDid` (did-jwt-vc). */
export async function jwtVc(issuer, subjectDid, { expired = false, status } = {}) {
  const t = now();
  return createVerifiableCredentialJwt(
    {
      sub: subjectDid,
      nbf: expired ? t - 30 * 86400 : t - 60,
      exp: expired ? t - 86400 : t + 365 * 86400,
      vc: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: ['VerifiableCredential', 'EmailCredential'],
        credentialSubject: { email: EMAIL },
        ...(status ? { credentialStatus: status } : {}),
      },
    },
    didSigner(issuer),
    { header: { kid: `${issuer.did}#0` } },
  );
}

/** A JWT-VP by `holder` around `credentials`, bound to the request's nonce and audience. */
export function jwtVp(holder, credentials, { nonce, aud }) {
  return createVerifiablePresentationJwt(
    {
      vp: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: ['VerifiablePresentation'],
        verifiableCredential: credentials,
      },
    },
    didSigner(holder),
    { challenge: nonce, domain: aud, header: { kid: `${holder.did}#0` } },
  );
}

/** @sd-jwt/sd-jwt-vc, issuing as `issuer` and presenting with the holder's key. */
export function sdJwtVc(issuer, holder) {
  return new SDJwtVcInstance({
    hasher: sdJwtHasher,
    hashAlg: 'sha-256',
    saltGenerator,
    signer: (data) => es256Sign(issuer.privateJwk, data),
    signAlg: 'ES256',
    kbSigner: (data) => es256Sign(holder.privateJwk, data),
    kbSignAlg: 'ES256',
  });
}

/** An SD-JWT VC (dc+sd-jwt) of type EmailCredential, bound to the holder's key (cnf.jwk). */
export function issueSdJwt(issuer, holder) {
  const t = now();
  return sdJwtVc(issuer, holder).issue(
    {
      iss: issuer.did,
      iat: t - 60,
      exp: t + 365 * 86400,
      vct: 'EmailCredential',
      cnf: { jwk: holder.publicJwk },
      email: EMAIL,
      given_name: 'Alice',
      phone_number: '+1 555 0100',
    },
    { _sd: ['email', 'given_name', 'phone_number'] },
    { header: { typ: 'dc+sd-jwt', kid: `${issuer.did}#0` } },
  );
}

/** The SD-JWT with only `claims` disclosed and a KB-JWT over nonce and aud. */
export function presentSdJwt(issuer, holder, credential, claims, { nonce, aud }) {
  return sdJwtVc(issuer, holder).present(
    credential,
    Object.fromEntries(claims.map((c) => [c, true])),
    { kb: { payload: { iat: now(), aud, nonce } } },
  );
}

/** The same JWS with one byte of its signature flipped. */
export function flipSignatureByte(jws) {
  const [head, payload, signature] = jws.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[bytes.length >> 1] ^= 0x01;
  return [head, payload, b64u(bytes)].join('.');
}

/** Serves a StatusList2021 credential (a JWT-VC by `issuer`, did-jwt-vc) on loopback with the
 *  bit of `revokedIndex` set. Resolves to {url, close}. */
export async function statusListHost(issuer, revokedIndex) {
  const bits = Buffer.alloc(16 * 1024); // 131072 entries, the minimum StatusList2021 asks for
  bits[revokedIndex >> 3] |= 0x80 >> (revokedIndex & 7);
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/status/1`;
  const t = now();
  const list = await createVerifiableCredentialJwt(
    {
      sub: `${url}#list`,
      nbf: t - 60,
      exp: t + 3600,
      vc: {
        '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
        id: url,
        type: ['VerifiableCredential', 'StatusList2021Credential'],
        credentialSubject: {
          id: `${url}#list`,
          type: 'StatusList2021',
          statusPurpose: 'revocation',
          encodedList: b64u(gzipSync(bits)),
        },
      },
    },
    didSigner(issuer),
    { header: { kid: `${issuer.did}#0` } },
  );
  let fetched = 0;
  server.on('request', (req, res) => {
    if (req.method === 'GET' && req.url === '/status/1') {
      fetched += 1;
      res.writeHead(200, { 'Content-Type': 'application/jwt' });
      return res.end(list);
    }
    res.writeHead(404);
    res.end();
  });
  return {
    url,
    fetches: () => fetched,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

export function statusEntry(url, index) {
  return {
    id: `${url}#${index}`,
    type: 'StatusList2021Entry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: url,
  };
}

// ---- verdicts ------------------------------------------------------------------------------

/** Reads auth-status until it shows the outcome the case waits for (`verified`, or for
 *  `refused` an error), at most ~3 s. The agent answers the direct_post after it has recorded
 *  the outcome, so the first read normally has it; a failed answer leaves status "sent" with an
 *  error, and a verified one may follow it. */
export async function settledStatus(api, request, waitFor) {
  const done = (s) => s.status === 'verified' || (s.status !== 'sent' && s.status !== 'created' && s.status !== 'received') ||
    (waitFor === 'refused' && Boolean(s.error));
  let status;
  for (let i = 0; i < 30; ++i) {
    status = await api.authStatus(request);
    if (done(status)) return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return status;
}

/** Checks an accepted case: the library's exchange went through and the agent verified the
 *  asked claims. Returns a list of problems (empty: passed). */
export function acceptedProblems(status, expectedClaims) {
  const problems = [];
  if (status.status !== 'verified')
    problems.push(`auth-status is ${status.status} (error: ${status.error})`);
  for (const [claim, value] of Object.entries(expectedClaims))
    if (status.verifiedData?.[claim] !== value)
      problems.push(`verifiedData.${claim} is ${JSON.stringify(status.verifiedData?.[claim])}, not ${JSON.stringify(value)}`);
  return problems;
}

/** Checks a refused case: not verified, and the error names the problem (`reason`, a RegExp). */
export function refusedProblems(status, reason) {
  const problems = [];
  if (status.status === 'verified') problems.push('auth-status is verified');
  if (!status.error) problems.push(`auth-status has no error (status ${status.status})`);
  else if (!reason.test(status.error)) problems.push(`the error does not name the problem (${reason}): ${status.error}`);
  return problems;
}

/** An error's message up to its first line break (the libraries append JSON dumps). */
export const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/** Prints one line for the runner and sets the exit code. */
export function report(name, problems, details) {
  console.log(JSON.stringify({ case: name, passed: problems.length === 0, problems, ...details }));
  process.exitCode = problems.length === 0 ? 0 : 1;
}

export { didJwk };
