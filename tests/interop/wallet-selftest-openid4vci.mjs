// Self-test of issuer-openid4vci.mjs against the holder side of the same library
// (@openid4vc/openid4vci Openid4vciClient): offer by value and by reference, metadata, the
// pre-authorized code token request (a wrong tx_code first: invalid_grant), DPoP with the
// authorization server's nonce, c_nonce, the jwt key proof, the credential (also deferred, and
// after an invalid_nonce), the notification. Each credential is verified here: the issuer's
// did:jwk signature, and that it is bound to the holder's key (cnf.jwk) or DID (sub).
// usage: node wallet-selftest-openid4vci.mjs    (prints one "ok: ..." line per run; exit 0 = all passed)
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  HashAlgorithm, Oauth2ClientErrorResponseError, calculateJwkThumbprint, clientAuthenticationAnonymous, setGlobalConfig,
} from '@openid4vc/oauth2';
import { Openid4vciClient, Openid4vciRetrieveCredentialsError } from '@openid4vc/openid4vci';
import { SDJwtInstance } from '@sd-jwt/core';
import { verifyCredential } from 'did-jwt-vc';
import { exportJWK, generateKeyPair } from 'jose';
import {
  b64u, didJwk, didJwkResolver, didKey, es256Verify, jwkOfDidJwk, jwsSign, newP256, sdJwtHasher,
} from './common.mjs';

const issuerScript = fileURLToPath(new URL('./issuer-openid4vci.mjs', import.meta.url));
setGlobalConfig({ allowInsecureUrls: true }); // loopback http

// The holders: a P-256 did:jwk (as vcdesk's wallet), an Ed25519 did:key, a bare P-256 jwk.
const p256 = await newP256();
const ed25519 = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
const edPrivate = await exportJWK(ed25519.privateKey);
const edPublic = await exportJWK(ed25519.publicKey);
const holders = {
  'did:jwk': { alg: 'ES256', privateJwk: p256.privateJwk, publicJwk: p256.publicJwk, did: didJwk(p256.publicJwk) },
  'did:key': { alg: 'EdDSA', privateJwk: edPrivate, publicJwk: edPublic, did: didKey(edPublic) },
  jwk: { alg: 'ES256', privateJwk: p256.privateJwk, publicJwk: p256.publicJwk, did: didJwk(p256.publicJwk) },
};
const didUrl = (holder) => (holder.did.startsWith('did:jwk:') ? `${holder.did}#0` : `${holder.did}#${holder.did.slice('did:key:'.length)}`);
const dpopKey = await newP256();

const hash = (data, alg) => new Uint8Array(createHash(alg.replace('-', '')).update(data).digest());
const thumbprint = (jwk) => calculateJwkThumbprint({ jwk, hashAlgorithm: HashAlgorithm.Sha256, hashCallback: hash });
const privateKeys = new Map(); // thumbprint of a public JWK → its private JWK
for (const key of [p256, dpopKey, { privateJwk: edPrivate, publicJwk: edPublic }]) privateKeys.set(await thumbprint(key.publicJwk), key.privateJwk);

const callbacks = {
  hash,
  generateRandom: (bytes) => new Uint8Array(randomBytes(bytes)),
  clientAuthentication: clientAuthenticationAnonymous(),
  signJwt: async (signer, { header, payload }) => {
    const publicJwk = signer.method === 'jwk' ? signer.publicJwk
      : Object.values(holders).find((h) => signer.didUrl === didUrl(h)).publicJwk;
    const privateJwk = privateKeys.get(await thumbprint(publicJwk));
    const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
    return { jwt: `${input}.${jwsSign(signer.alg, privateJwk, input)}`, signerJwk: publicJwk };
  },
};
const client = new Openid4vciClient({ callbacks });

/** Starts the issuer; resolves its first line and a list of its later events. */
async function startIssuer(args) {
  const child = spawn(process.execPath, [issuerScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const lines = createInterface({ input: child.stdout });
  const events = [];
  const first = new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`issuer exited ${code}: ${stderr}`)));
  });
  const start = await first;
  lines.on('line', (line) => events.push(JSON.parse(line)));
  const exited = once(child, 'exit').then(([code]) => code);
  return { start, events, exited, child, stderr: () => stderr };
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function expectTokenError(promise, code) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Oauth2ClientErrorResponseError && error.errorResponse.error === code) return;
    throw new Error(`expected ${code}, got ${error.message}`);
  }
  throw new Error(`expected ${code}, got an access token`);
}

/** Verifies the credential: the issuer's did:jwk signature and the binding to the holder. */
async function verifyIssued(format, credential, issuerDid, holder) {
  if (format === 'sd-jwt') {
    const issuerJwk = jwkOfDidJwk(issuerDid);
    const sdjwt = new SDJwtInstance({ hasher: sdJwtHasher, verifier: (data, sig) => es256Verify(issuerJwk, data, sig) });
    const { payload, header } = await sdjwt.verify(credential);
    expect(header.typ === 'dc+sd-jwt' && header.kid === `${issuerDid}#0`, `unexpected header ${JSON.stringify(header)}`);
    expect(payload.iss === issuerDid && payload.vct === 'urn:eu.europa.ec.eudi:pid:1', 'unexpected iss or vct');
    expect(await thumbprint(payload.cnf.jwk) === await thumbprint(holder.publicJwk), 'cnf.jwk is not the holder key');
    expect(payload.given_name === 'Erika' && payload.address?.locality === 'Köln', 'claims missing');
    const disclosed = (await sdjwt.decode(credential)).disclosures.map((d) => d.key);
    expect(['given_name', 'family_name', 'locality'].every((k) => disclosed.includes(k)), `disclosures ${disclosed}`);
    return 'cnf.jwk';
  }
  const vc = await verifyCredential(credential, didJwkResolver);
  expect(vc.issuer === issuerDid, 'unexpected issuer');
  expect(vc.payload.sub === holder.did, `sub ${vc.payload.sub} is not the holder ${holder.did}`);
  expect(vc.verifiableCredential.credentialSubject.name === 'Ada Lovelace', 'claims missing');
  expect(vc.verifiableCredential.type.includes('MembershipCredential'), 'type missing');
  return 'sub';
}

async function run({ name, format, holder = 'did:jwk', txCode, byReference, dpop, deferred, staleNonceOnce, path }) {
  const args = ['--format', format, '--timeout', '20'];
  if (txCode) args.push('--tx-code', txCode);
  if (byReference) args.push('--by-reference');
  if (dpop) args.push('--dpop');
  if (deferred) args.push('--deferred');
  if (staleNonceOnce) args.push('--stale-nonce-once');
  if (path) args.push('--path', path);
  const issuer = await startIssuer(args);
  try {
    const key = holders[holder];
    const offer = await client.resolveCredentialOffer(issuer.start.offer);
    if (byReference) {
      const uri = new URL(issuer.start.offer).searchParams.get('credential_offer_uri');
      expect((await fetch(uri)).status === 404, 'the offer URI answered twice');
    }
    expect(offer.credential_issuer === issuer.start.issuer, 'credential_issuer is not the issuer');
    const metadata = await client.resolveIssuerMetadata(offer.credential_issuer);
    expect(metadata.originalDraftVersion === 'V1', `library read the metadata as ${metadata.originalDraftVersion}`);
    const [configurationId] = offer.credential_configuration_ids;
    const dpopOptions = dpop ? { signer: { method: 'jwk', alg: 'ES256', publicJwk: dpopKey.publicJwk } } : undefined;
    const tokenRequest = (code) => client.retrievePreAuthorizedCodeAccessTokenFromOffer({
      credentialOffer: offer, issuerMetadata: metadata, txCode: code, dpop: dpopOptions,
    });
    if (txCode) await expectTokenError(tokenRequest(txCode === '000000' ? '999999' : '000000'), 'invalid_grant');
    const token = await tokenRequest(txCode);
    expect(token.accessTokenResponse.token_type === (dpop ? 'DPoP' : 'Bearer'), `token_type ${token.accessTokenResponse.token_type}`);
    const access = { issuerMetadata: metadata, accessToken: token.accessTokenResponse.access_token, dpop: token.dpop };
    if (dpop) {
      // A DPoP-bound token sent as a Bearer token, without a proof.
      const response = await fetch(metadata.credentialIssuer.credential_endpoint, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access.accessToken}` }, body: '{}',
      });
      expect(response.status === 401, `a DPoP token used as Bearer got ${response.status}`);
    }

    const signer = holder === 'jwk' ? { method: 'jwk', alg: key.alg, publicJwk: key.publicJwk } : { method: 'did', alg: key.alg, didUrl: didUrl(key) };
    const proofs = async () => {
      const { c_nonce: nonce } = await client.requestNonce({ issuerMetadata: metadata });
      const { jwt } = await client.createCredentialRequestJwtProof({
        issuerMetadata: metadata, credentialConfigurationId: configurationId, signer, nonce, issuedAt: new Date(),
      });
      return { jwt: [jwt] };
    };
    let response;
    try {
      response = await client.retrieveCredentials({ ...access, credentialConfigurationId: configurationId, proofs: await proofs() });
      expect(!staleNonceOnce, 'the stale nonce was accepted');
    } catch (error) {
      const code = error instanceof Openid4vciRetrieveCredentialsError && error.response.credentialErrorResponseResult?.data?.error;
      if (!staleNonceOnce || code !== 'invalid_nonce') throw error;
      response = await client.retrieveCredentials({ ...access, credentialConfigurationId: configurationId, proofs: await proofs() });
    }
    access.dpop = response.dpop ? { ...access.dpop, ...response.dpop } : access.dpop;
    let { credentials, notification_id: notificationId, transaction_id: transactionId, interval } = response.credentialResponse;
    let polls = 0;
    while (transactionId) {
      expect(deferred, 'an immediate issuer answered with a transaction_id');
      await new Promise((resolve) => setTimeout(resolve, interval * 1000));
      polls += 1;
      let body;
      try {
        body = (await client.retrieveDeferredCredentials({ ...access, transactionId })).deferredCredentialResponse;
      } catch (error) {
        // The library refuses notification_id next to credentials in a deferred response
        // (openid4vci/dist/index.mjs:1306); the answer itself is read as it came.
        const issues = error.response?.deferredCredentialResponseResult?.error?.issues ?? [];
        if (!issues.some((i) => i.message.startsWith("'notification_id' MUST NOT"))) throw error;
        body = await error.response.response.clone().json();
      }
      ({ credentials, notification_id: notificationId, transaction_id: transactionId, interval } = body);
    }
    expect(!deferred || polls === 2, `deferred: ${polls} polls`);
    expect(credentials?.length === 1 && notificationId, 'expected one credential and a notification_id');
    const binding = await verifyIssued(format, credentials[0].credential, issuer.start.issuerDid, key);
    await client.sendNotification({ ...access, notification: { notificationId, event: 'credential_accepted' } });
    const code = await issuer.exited;
    expect(code === 0, `issuer exited ${code}: ${issuer.stderr()}`);
    const seen = issuer.events.map((e) => e.event);
    const want = ['token', 'nonce', 'credential', 'notification'];
    expect(want.every((e) => seen.includes(e)), `issuer events ${seen}`);
    expect(seen.indexOf('credential') < seen.indexOf('notification'), 'notification before credential');
    const refusals = issuer.events.filter((e) => e.event === 'token_refused').map((e) => e.error);
    console.log(`ok: ${name}: ${format}, holder ${holder} bound by ${binding}${txCode ? ', tx_code (wrong one refused: invalid_grant)' : ''}`
      + `${dpop ? `, DPoP (token refused first: ${refusals.filter((e) => e === 'use_dpop_nonce').length ? 'use_dpop_nonce' : 'none'})` : ''}`
      + `${byReference ? ', offer by reference (fetched once)' : ''}${deferred ? `, deferred (${polls} polls)` : ''}`
      + `${staleNonceOnce ? ', invalid_nonce then a new c_nonce' : ''}${path ? `, issuer path ${path}` : ''}; events ${seen.join(' ')}`);
  } finally {
    issuer.child.kill();
  }
}

/** A tx_code guessed wrong 3 times kills the code: the right one is refused afterwards. */
async function lockout() {
  const issuer = await startIssuer(['--format', 'sd-jwt', '--tx-code', '4711', '--timeout', '20']);
  try {
    const offer = await client.resolveCredentialOffer(issuer.start.offer);
    const metadata = await client.resolveIssuerMetadata(offer.credential_issuer);
    const token = (txCode) => client.retrievePreAuthorizedCodeAccessTokenFromOffer({ credentialOffer: offer, issuerMetadata: metadata, txCode });
    for (const wrong of ['0000', '1111', '2222']) await expectTokenError(token(wrong), 'invalid_grant');
    await expectTokenError(token('4711'), 'invalid_grant');
    expect(!issuer.events.some((e) => e.event === 'token'), 'a token was issued');
    console.log('ok: tx-code-lockout: 3 wrong tx_codes, then the right one is refused too (invalid_grant)');
  } finally {
    issuer.child.kill();
  }
}

async function post(url, body, headers = {}) {
  const json = typeof body !== 'string';
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded', ...headers },
    body: json ? JSON.stringify(body) : body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** What a faulty wallet sends, written by hand: each must be refused with 1.0's error code. */
async function refusals() {
  const issuer = await startIssuer(['--format', 'sd-jwt', '--tx-code', '2468', '--timeout', '20']);
  try {
    const holder = holders['did:jwk'];
    const offer = await client.resolveCredentialOffer(issuer.start.offer);
    const metadata = await client.resolveIssuerMetadata(offer.credential_issuer);
    const { token_endpoint: tokenEndpoint } = metadata.authorizationServers[0];
    const { credential_endpoint: credentialEndpoint, notification_endpoint: notificationEndpoint } = metadata.credentialIssuer;
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code',
      'pre-authorized_code': offer.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code'],
    });
    const checks = [];
    const check = (what, response, status, error) => {
      expect(response.status === status && (!error || response.body?.error === error),
        `${what}: expected ${status} ${error ?? ''}, got ${response.status} ${JSON.stringify(response.body)}`);
      checks.push(what);
    };
    check('no tx_code', await post(tokenEndpoint, form.toString()), 400, 'invalid_request');
    const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
      credentialOffer: offer, issuerMetadata: metadata, txCode: '2468',
    });
    const bearer = { Authorization: `Bearer ${accessTokenResponse.access_token}` };
    const nonce = async () => (await client.requestNonce({ issuerMetadata: metadata })).c_nonce;
    const proof = async (header, payload, signer = { method: 'did', alg: 'ES256', didUrl: didUrl(holder) }) => (await callbacks.signJwt(signer, {
      header: { alg: 'ES256', typ: 'openid4vci-proof+jwt', kid: didUrl(holder), ...header },
      payload: { aud: offer.credential_issuer, iat: Math.floor(Date.now() / 1000), ...payload },
    })).jwt;
    const request = (jwt, extra = {}) => ({ credential_configuration_id: 'pid-sd-jwt', proofs: { jwt: [jwt] }, ...extra });
    const noAuth = await post(credentialEndpoint, request(await proof({}, { nonce: await nonce() })));
    check('no access token', noAuth, 401);
    expect(/^Bearer/.test(noAuth.headers.get('WWW-Authenticate') ?? ''), 'no WWW-Authenticate challenge');
    check('unknown configuration', await post(credentialEndpoint, request(await proof({}, { nonce: await nonce() }), {
      credential_configuration_id: 'no-such-configuration' }), bearer), 400, 'unknown_credential_configuration');
    check('proof without nonce', await post(credentialEndpoint, request(await proof({}, {})), bearer), 400, 'invalid_proof');
    const used = await nonce();
    check('proof for another audience', await post(credentialEndpoint, request(await proof({}, { nonce: used, aud: 'https://elsewhere.example' })), bearer), 400, 'invalid_proof');
    check('reused nonce', await post(credentialEndpoint, request(await proof({}, { nonce: used })), bearer), 400, 'invalid_nonce');
    check('proof typ JWT', await post(credentialEndpoint, request(await proof({ typ: 'JWT' }, { nonce: await nonce() })), bearer), 400, 'invalid_proof');
    check('proof signed by another key', await post(credentialEndpoint, request(await proof({}, { nonce: await nonce() }, { method: 'jwk', alg: 'ES256', publicJwk: dpopKey.publicJwk })), bearer), 400, 'invalid_proof');
    check('old proof', await post(credentialEndpoint, request(await proof({}, { nonce: await nonce(), iat: Math.floor(Date.now() / 1000) - 3600 })), bearer), 400, 'invalid_proof');
    check('two proofs', await post(credentialEndpoint, { credential_configuration_id: 'pid-sd-jwt', proofs: { jwt: [
      await proof({}, { nonce: await nonce() }), await proof({}, { nonce: await nonce() })] } }, bearer), 400, 'invalid_proof');
    const good = await post(credentialEndpoint, request(await proof({}, { nonce: await nonce() })), bearer);
    check('a good request after all that', good, 200);
    await verifyIssued('sd-jwt', good.body.credentials[0].credential, issuer.start.issuerDid, holder);
    check('wrong notification_id', await post(notificationEndpoint, { notification_id: 'nope', event: 'credential_accepted' }, bearer), 400, 'invalid_notification_id');
    check('notification', await post(notificationEndpoint, { notification_id: good.body.notification_id, event: 'credential_accepted' }, bearer), 204);
    expect(await issuer.exited === 0, 'issuer did not exit 0');
    console.log(`ok: refusals: ${checks.join(', ')}`);
  } finally {
    issuer.child.kill();
  }
}

/** Replaying the one-time pre-authorized code after it was redeemed. */
async function replay() {
  const issuer = await startIssuer(['--format', 'jwt-vc', '--timeout', '20']);
  try {
    const offer = await client.resolveCredentialOffer(issuer.start.offer);
    const metadata = await client.resolveIssuerMetadata(offer.credential_issuer);
    const token = () => client.retrievePreAuthorizedCodeAccessTokenFromOffer({ credentialOffer: offer, issuerMetadata: metadata });
    await token();
    await expectTokenError(token(), 'invalid_grant');
    console.log('ok: code-replay: the pre-authorized code is single use (invalid_grant the second time)');
  } finally {
    issuer.child.kill();
  }
}

const runs = [
  { name: 'sd-jwt-by-value', format: 'sd-jwt' },
  { name: 'sd-jwt-reference-tx-dpop', format: 'sd-jwt', byReference: true, txCode: '493536', dpop: true },
  { name: 'jwt-vc-dpop', format: 'jwt-vc', dpop: true },
  { name: 'jwt-vc-reference-tx-did-key', format: 'jwt-vc', byReference: true, txCode: '1234', holder: 'did:key' },
  { name: 'sd-jwt-tenant-jwk', format: 'sd-jwt', path: '/tenant', dpop: true, holder: 'jwk' },
  { name: 'jwt-vc-bare-jwk', format: 'jwt-vc', holder: 'jwk' },
  { name: 'jwt-vc-deferred', format: 'jwt-vc', deferred: true, dpop: true },
  { name: 'sd-jwt-stale-nonce', format: 'sd-jwt', staleNonceOnce: true, txCode: '8642' },
];
let failures = 0;
for (const test of [...runs.map((r) => () => run(r)), refusals, lockout, replay]) {
  try {
    await test();
  } catch (error) {
    failures += 1;
    console.log(`FAIL: ${error.stack ?? error}`);
  }
}
console.log(failures ? `${failures} run(s) failed` : 'all self-test runs passed');
process.exit(failures ? 1 : 0);
