// An OpenID4VCI 1.0 credential issuer with its own OAuth authorization server, built on
// @openid4vc/openid4vci (metadata, offer, credential request parsing, key proof verification)
// and @openid4vc/oauth2 (pre-authorized code token request, DPoP, access tokens, the resource
// server's check of the access token). This file is the glue: HTTP routing and state. The
// credentials are made with @sd-jwt/core (SD-JWT VC) and did-jwt-vc (JWT-VC 1.1), signed by a
// fresh did:jwk issuer. Pre-authorized code flow only, on loopback http.
// usage: node issuer-openid4vci.mjs --format sd-jwt|jwt-vc [--tx-code CODE] [--by-reference]
//        [--dpop] [--deferred] [--stale-nonce-once] [--path /tenant]
//        [--offer-unknown-configuration] [--timeout SECONDS] [--write-issuer FILE]
// Prints {"offer": ..., "issuer": ..., "issuerDid": ...} first, then one {"event": ...} line per
// step; exits 0 after a notification, 3 on timeout. Codes and tokens are never printed.
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import {
  HashAlgorithm, Oauth2AuthorizationServer, Oauth2ErrorCodes, Oauth2ResourceServer, Oauth2ResourceUnauthorizedError,
  Oauth2ServerErrorResponseError, calculateJwkThumbprint, preAuthorizedCodeGrantIdentifier, setGlobalConfig,
} from '@openid4vc/oauth2';
import { Openid4vciIssuer } from '@openid4vc/openid4vci';
import { SDJwtInstance } from '@sd-jwt/core';
import { ES256Signer } from 'did-jwt';
import { createVerifiableCredentialJwt } from 'did-jwt-vc';
import {
  b64u, didJwk, es256Sign, jwkOfDidJwk, jwkOfDidKey, jwsVerify, newP256, saltGenerator, sdJwtHasher,
} from './common.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const format = option('--format');
const txCode = option('--tx-code');
const byReference = argv.includes('--by-reference');
const dpopRequired = argv.includes('--dpop');
const deferred = argv.includes('--deferred');
const staleNonceOnce = argv.includes('--stale-nonce-once');
const offerUnknownConfiguration = argv.includes('--offer-unknown-configuration');
const basePath = option('--path') ?? '';
const timeoutSeconds = Number(option('--timeout') ?? 30);
if (!['sd-jwt', 'jwt-vc'].includes(format) || (basePath && !/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath))
  || !(timeoutSeconds > 0) || (argv.includes('--tx-code') && !txCode)) {
  console.error('usage: node issuer-openid4vci.mjs --format sd-jwt|jwt-vc [--tx-code CODE] [--by-reference] [--dpop]\n'
    + '       [--deferred] [--stale-nonce-once] [--path /tenant] [--offer-unknown-configuration] [--timeout SECONDS]\n'
    + '       [--write-issuer FILE]');
  process.exit(64);
}

const emit = (event) => console.log(JSON.stringify(event));
const random = (bytes = 24) => b64u(randomBytes(bytes));
const now = () => Math.floor(Date.now() / 1000);
const proofAlgs = ['ES256', 'ES256K', 'EdDSA'];
const proofWindowSeconds = 300; // how old a key proof or DPoP proof may be, and how long a nonce lives

// Loopback http for the test; everything else keeps the libraries' rules.
setGlobalConfig({ allowInsecureUrls: true });

const issuerKey = await newP256();
const issuerDid = didJwk(issuerKey.publicJwk);
// --write-issuer: the issuer's DID and public key, in the form verifier-openid4vp.mjs trusts
// (issue.mjs writes the same), so what vcdesk received can be presented to that verifier.
if (option('--write-issuer')) {
  writeFileSync(option('--write-issuer'), JSON.stringify({ did: issuerDid, publicJwk: issuerKey.publicJwk }));
}
const asKey = { ...(await newP256()), kid: 'as-1' }; // signs the access tokens (JWT profile, RFC 9068)

/** The public key a JWS header names: `jwk`, or a did:jwk / did:key DID URL in `kid`. */
function resolveSigner(signer) {
  if (signer.method === 'jwk') return signer.publicJwk;
  if (signer.method !== 'did') throw new Error(`unsupported key proof signer ${signer.method}`);
  const [did, fragment] = signer.didUrl.split('#');
  if (did.startsWith('did:jwk:') && fragment === '0') return jwkOfDidJwk(did);
  if (did.startsWith('did:key:') && fragment === did.slice('did:key:'.length)) return jwkOfDidKey(did);
  throw new Error(`cannot resolve ${signer.didUrl} (did:jwk with #0 or did:key with its own fragment)`);
}

const callbacks = {
  hash: (data, alg) => new Uint8Array(createHash(alg.replace('-', '')).update(data).digest()),
  generateRandom: (bytes) => new Uint8Array(randomBytes(bytes)),
  signJwt: async (signer, { header, payload }) => {
    // Only access tokens are signed here: header {alg, kid} by the authorization server's key.
    const input = `${b64u(JSON.stringify({ ...header, kid: asKey.kid }))}.${b64u(JSON.stringify(payload))}`;
    return { jwt: `${input}.${es256Sign(asKey.privateJwk, input)}`, signerJwk: asKey.publicJwk };
  },
  verifyJwt: async (signer, { compact }) => {
    const publicJwk = resolveSigner(signer);
    if (publicJwk.d !== undefined) return { verified: false };
    const [h, p, s] = compact.split('.');
    const { alg } = JSON.parse(Buffer.from(h, 'base64url'));
    return { verified: jwsVerify(alg, publicJwk, `${h}.${p}`, s), signerJwk: publicJwk };
  },
  clientAuthentication: () => {},
};
const authorizationServer = new Oauth2AuthorizationServer({ callbacks });
const resourceServer = new Oauth2ResourceServer({ callbacks });
const vciIssuer = new Openid4vciIssuer({ callbacks });

const configurations = {
  'sd-jwt': ['pid-sd-jwt', {
    format: 'dc+sd-jwt',
    vct: 'urn:eu.europa.ec.eudi:pid:1',
    cryptographic_binding_methods_supported: ['jwk', 'did:jwk', 'did:key'],
    credential_signing_alg_values_supported: ['ES256'],
    proof_types_supported: { jwt: { proof_signing_alg_values_supported: proofAlgs } },
    credential_metadata: {
      display: [{ name: 'Person ID', locale: 'en' }],
      claims: [
        { path: ['given_name'], display: [{ name: 'Given name', locale: 'en' }] },
        { path: ['family_name'] },
        { path: ['address', 'locality'] },
      ],
    },
  }],
  'jwt-vc': ['membership-jwt-vc', {
    format: 'jwt_vc_json',
    credential_definition: { type: ['VerifiableCredential', 'MembershipCredential'] },
    cryptographic_binding_methods_supported: ['jwk', 'did:jwk', 'did:key'],
    credential_signing_alg_values_supported: ['ES256'],
    proof_types_supported: { jwt: { proof_signing_alg_values_supported: proofAlgs } },
    credential_metadata: {
      display: [{ name: 'Membership', locale: 'en' }],
      claims: [{ path: ['credentialSubject', 'name'] }],
    },
  }],
};
const [configurationId, configuration] = configurations[format];

// State of the one offer this process makes.
const session = {
  id: random(), // the access token's `sub` (never the pre-authorized code: the token is readable)
  code: random(32),
  txAttempts: 0, // wrong or missing tx_code; the code dies after 3
  redeemed: false,
  dpopNonces: new Map(), // DPoP-Nonce → expiry (s)
  dpopJtis: new Set(),
  cNonces: new Map(), // c_nonce → expiry (s)
  staleNonceSent: false,
  notificationId: undefined,
  transaction: undefined, // { id, polls, credential }
};
const offerRefs = new Map(); // /offers/<id> → offer object, served once

const server = http.createServer((req, res) => {
  route(req, res).catch((error) => {
    console.error(`issuer: ${req.method} ${req.url.split('?')[0]}: ${error.stack ?? error}`);
    if (!res.headersSent) send(res, 500, { error: 'server_error' });
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const credentialIssuer = origin + basePath;
const endpoint = (name) => `${credentialIssuer}/${name}`;

const asMetadata = authorizationServer.createAuthorizationServerMetadata({
  issuer: credentialIssuer,
  token_endpoint: endpoint('token'),
  jwks_uri: endpoint('jwks'),
  grant_types_supported: [preAuthorizedCodeGrantIdentifier],
  'pre-authorized_grant_anonymous_access_supported': true,
  ...(dpopRequired ? { dpop_signing_alg_values_supported: ['ES256'] } : {}),
});
const credentialIssuerMetadata = vciIssuer.createCredentialIssuerMetadata({
  credential_issuer: credentialIssuer,
  credential_endpoint: endpoint('credential'),
  nonce_endpoint: endpoint('nonce'),
  notification_endpoint: endpoint('notification'),
  ...(deferred ? { deferred_credential_endpoint: endpoint('deferred_credential') } : {}),
  display: [{ name: 'Interop Issuer', locale: 'en' }, { name: 'Interop-Aussteller', locale: 'de' }],
  credential_configurations_supported: { [configurationId]: configuration },
});
// What the library's issuer methods take (the shape its client's resolveIssuerMetadata returns).
const issuerMetadata = {
  originalDraftVersion: 'V1',
  credentialIssuer: credentialIssuerMetadata,
  authorizationServers: [asMetadata],
  knownCredentialConfigurations: vciIssuer.getKnownCredentialConfigurationsSupported(credentialIssuerMetadata),
};

const offerRef = random();
const grants = {
  [preAuthorizedCodeGrantIdentifier]: {
    'pre-authorized_code': session.code,
    ...(txCode ? {
      tx_code: { input_mode: /^\d+$/.test(txCode) ? 'numeric' : 'text', length: txCode.length, description: 'Sent by SMS' },
    } : {}),
  },
};
let { credentialOffer, credentialOfferObject } = await vciIssuer.createCredentialOffer({
  issuerMetadata,
  grants,
  credentialConfigurationIds: [configurationId],
  credentialOfferUri: byReference ? `${origin}/offers/${offerRef}` : undefined,
});
if (offerUnknownConfiguration) {
  // The library refuses to offer an id its metadata lacks, so the link is rebuilt by hand.
  credentialOfferObject = { ...credentialOfferObject, credential_configuration_ids: ['no-such-configuration'] };
  if (!byReference)
    credentialOffer = `openid-credential-offer://?${new URLSearchParams({ credential_offer: JSON.stringify(credentialOfferObject) })}`;
}
if (byReference) offerRefs.set(offerRef, credentialOfferObject);
emit({ offer: credentialOffer, issuer: credentialIssuer, issuerDid });

setTimeout(() => {
  emit({ event: 'timeout' });
  process.exit(3);
}, timeoutSeconds * 1000);

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** The request as the libraries want it (RequestLike): full URL, Fetch Headers. */
function requestLike(req) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    for (const one of [value].flat()) headers.append(name, one);
  return { method: req.method, url: origin + req.url, headers };
}

function jwtPayload(jwt) {
  try {
    return JSON.parse(Buffer.from(String(jwt).split('.')[1] ?? '', 'base64url').toString());
  } catch {
    return null;
  }
}

/** Replay and age checks for a DPoP proof, which the library leaves to the server (RFC 9449 11.1). */
function checkDpopFreshness(dpopJwt) {
  const { jti, iat } = jwtPayload(dpopJwt) ?? {};
  if (typeof iat !== 'number' || Math.abs(now() - iat) > proofWindowSeconds)
    throw new Oauth2ServerErrorResponseError({ error: Oauth2ErrorCodes.InvalidDpopProof, error_description: 'DPoP proof iat is not recent' });
  if (session.dpopJtis.has(jti))
    throw new Oauth2ServerErrorResponseError({ error: Oauth2ErrorCodes.InvalidDpopProof, error_description: 'DPoP proof jti was used before' });
  session.dpopJtis.add(jti);
}

function refuseToken(res, error) {
  emit({ event: 'token_refused', error: error.errorResponse.error });
  console.error(`issuer: token: ${error.errorResponse.error}: ${error.errorResponse.error_description ?? ''}`);
  const headers = error.errorResponse.error === Oauth2ErrorCodes.UseDpopNonce ? { 'DPoP-Nonce': error.dpopNonce } : {};
  return send(res, error.status, error.errorResponse, headers);
}

async function tokenEndpoint(req, res) {
  const request = requestLike(req);
  if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
    return send(res, 400, { error: 'invalid_request', error_description: 'Content-Type must be application/x-www-form-urlencoded' });
  const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
  try {
    const { grant, dpop } = authorizationServer.parseAccessTokenRequest({ request, accessTokenRequest: form });
    if (grant.grantType !== preAuthorizedCodeGrantIdentifier)
      throw new Oauth2ServerErrorResponseError({ error: Oauth2ErrorCodes.UnsupportedGrantType, error_description: 'Only the pre-authorized code grant' });
    if (dpopRequired && dpop?.jwt) {
      // RFC 9449 8: the authorization server's nonce. The library has no state for it.
      const nonce = jwtPayload(dpop.jwt)?.nonce;
      if (!(session.dpopNonces.get(nonce) >= now())) {
        const fresh = random();
        session.dpopNonces.set(fresh, now() + proofWindowSeconds);
        const error = new Oauth2ServerErrorResponseError({
          error: Oauth2ErrorCodes.UseDpopNonce, error_description: 'Authorization server requires nonce in DPoP proof',
        });
        error.dpopNonce = fresh;
        throw error;
      }
      checkDpopFreshness(dpop.jwt);
    }
    // Our own state first: a redeemed code, or one dead after 3 wrong tx_codes, is invalid_grant.
    if (grant.preAuthorizedCode === session.code && (session.redeemed || session.txAttempts >= 3))
      throw new Oauth2ServerErrorResponseError({ error: Oauth2ErrorCodes.InvalidGrant, error_description: 'The pre-authorized code is no longer valid' });
    let verified;
    try {
      verified = await authorizationServer.verifyPreAuthorizedCodeAccessTokenRequest({
        authorizationServerMetadata: asMetadata,
        grant,
        accessTokenRequest: form,
        request,
        expectedPreAuthorizedCode: session.code,
        expectedTxCode: txCode,
        // Without --dpop a DPoP header is ignored and the token is a Bearer token.
        dpop: dpopRequired ? { required: true, jwt: dpop?.jwt, allowedSigningAlgs: ['ES256'] } : undefined,
      });
    } catch (error) {
      const txCodeProblem = txCode && grant.preAuthorizedCode === session.code && /tx_code/.test(error.errorResponse?.error_description ?? '');
      if (txCodeProblem) session.txAttempts += 1;
      throw error;
    }
    session.redeemed = true;
    const tokenResponse = await authorizationServer.createAccessTokenResponse({
      audience: credentialIssuer,
      authorizationServer: credentialIssuer,
      expiresInSeconds: 300,
      subject: session.id,
      signer: { method: 'custom', alg: 'ES256', kid: asKey.kid },
      dpop: verified.dpop ? { jwk: verified.dpop.jwk } : undefined,
      additionalAccessTokenPayload: { scope: configurationId },
    });
    emit({ event: 'token', dpop: tokenResponse.token_type === 'DPoP' });
    return send(res, 200, tokenResponse);
  } catch (error) {
    if (error instanceof Oauth2ServerErrorResponseError) return refuseToken(res, error);
    throw error;
  }
}

/** The access token (and with --dpop its DPoP proof, ath included) of a request to the issuer. */
async function checkAccess(req) {
  const request = requestLike(req);
  const access = await resourceServer.verifyResourceRequest({
    request,
    resourceServer: credentialIssuer,
    authorizationServers: [asMetadata],
    allowedAuthenticationSchemes: [dpopRequired ? 'DPoP' : 'Bearer'],
  });
  if (access.tokenPayload.sub !== session.id || !session.redeemed)
    throw new Oauth2ResourceUnauthorizedError('token of another session', { scheme: access.scheme, error: 'invalid_token' });
  if (dpopRequired) {
    try {
      checkDpopFreshness(request.headers.get('DPoP'));
    } catch (error) {
      throw new Oauth2ResourceUnauthorizedError(error.message, { scheme: 'DPoP', error: 'invalid_dpop_proof', error_description: error.errorResponse.error_description });
    }
  }
  return access;
}

async function readJson(req) {
  if (!String(req.headers['content-type']).startsWith('application/json'))
    throw new Oauth2ServerErrorResponseError({ error: Oauth2ErrorCodes.InvalidCredentialRequest, error_description: 'Content-Type must be application/json' });
  try {
    return JSON.parse(await readBody(req));
  } catch {
    throw new Oauth2ServerErrorResponseError({ error: Oauth2ErrorCodes.InvalidCredentialRequest, error_description: 'The body is not JSON' });
  }
}

const proofError = (error, description) => new Oauth2ServerErrorResponseError({ error, error_description: description });

/** Checks the one key proof and returns the holder: its public JWK and a DID (did:jwk for a bare jwk). */
async function verifyKeyProof(proofs) {
  const jwts = proofs?.jwt;
  if (!Array.isArray(jwts) || jwts.length === 0) throw proofError(Oauth2ErrorCodes.InvalidProof, 'A jwt key proof is required');
  if (jwts.length > 1) throw proofError(Oauth2ErrorCodes.InvalidProof, 'No batch issuance: send one key proof');
  const [jwt] = jwts;
  const payload = jwtPayload(jwt) ?? {};
  if (typeof payload.nonce !== 'string') throw proofError(Oauth2ErrorCodes.InvalidProof, 'The key proof has no c_nonce');
  const nonceExpiry = session.cNonces.get(payload.nonce);
  session.cNonces.delete(payload.nonce); // single use, whatever follows
  if (!(nonceExpiry >= now())) throw proofError(Oauth2ErrorCodes.InvalidNonce, 'Unknown, used or expired c_nonce');
  if (staleNonceOnce && !session.staleNonceSent) {
    session.staleNonceSent = true;
    throw proofError(Oauth2ErrorCodes.InvalidNonce, 'The c_nonce is stale: fetch a new one from the nonce endpoint');
  }
  // The library checks typ, aud (= credential_issuer), nonce, signature, exp/nbf.
  const { header, signer } = await vciIssuer.verifyCredentialRequestJwtProof({
    issuerMetadata, jwt, expectedNonce: payload.nonce, nonceExpiresAt: new Date(nonceExpiry * 1000),
  });
  // What it leaves to us: the alg against our metadata, the age of the proof, key material in x5c.
  if (!proofAlgs.includes(header.alg)) throw proofError(Oauth2ErrorCodes.InvalidProof, `Proof alg ${header.alg} is not supported`);
  if (Math.abs(now() - payload.iat) > proofWindowSeconds) throw proofError(Oauth2ErrorCodes.InvalidProof, 'The key proof iat is not recent');
  if (header.x5c || header.key_attestation) throw proofError(Oauth2ErrorCodes.InvalidProof, 'Only jwk or a did:jwk / did:key kid');
  const publicJwk = signer.publicJwk;
  const did = signer.method === 'did' ? signer.didUrl.split('#')[0] : didJwk(publicJwk);
  const holder = signer.method === 'did' ? did
    : await calculateJwkThumbprint({ jwk: publicJwk, hashAlgorithm: HashAlgorithm.Sha256, hashCallback: callbacks.hash });
  return { publicJwk: Object.fromEntries(Object.entries(publicJwk).filter(([k]) => ['kty', 'crv', 'x', 'y'].includes(k))), did, holder };
}

async function makeCredential(holder) {
  const iat = now();
  if (format === 'sd-jwt') {
    const sdjwt = new SDJwtInstance({
      hasher: sdJwtHasher, hashAlg: 'sha-256', saltGenerator, signer: (data) => es256Sign(issuerKey.privateJwk, data), signAlg: 'ES256',
    });
    return sdjwt.issue(
      {
        iss: issuerDid,
        iat,
        exp: iat + 365 * 86400,
        vct: configuration.vct,
        cnf: { jwk: holder.publicJwk },
        given_name: 'Erika',
        family_name: 'Mustermann',
        address: { locality: 'Köln', country: 'DE' },
      },
      { _sd: ['given_name', 'family_name'], address: { _sd: ['locality'] } },
      { header: { typ: 'dc+sd-jwt', kid: `${issuerDid}#0` } },
    );
  }
  return createVerifiableCredentialJwt(
    {
      sub: holder.did,
      nbf: iat - 60,
      exp: iat + 365 * 86400,
      vc: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: configuration.credential_definition.type,
        credentialSubject: { id: holder.did, name: 'Ada Lovelace' },
      },
    },
    { did: issuerDid, signer: ES256Signer(Buffer.from(issuerKey.privateJwk.d, 'base64url')), alg: 'ES256' },
    { header: { kid: `${issuerDid}#0` } },
  );
}

async function credentialEndpoint(req, res) {
  await checkAccess(req);
  const body = await readJson(req);
  if (body.credential_identifier !== undefined)
    throw proofError(Oauth2ErrorCodes.InvalidCredentialRequest, 'No credential_identifiers were handed out: use credential_configuration_id');
  if (typeof body.credential_configuration_id !== 'string')
    throw proofError(Oauth2ErrorCodes.InvalidCredentialRequest, 'credential_configuration_id is required (OpenID4VCI 1.0)');
  // The library calls an unknown id invalid_credential_request; 1.0 has its own code for it.
  if (body.credential_configuration_id !== configurationId)
    throw proofError(Oauth2ErrorCodes.UnknownCredentialConfiguration, `Unknown credential configuration ${body.credential_configuration_id}`);
  if (session.notificationId || session.transaction) throw proofError(Oauth2ErrorCodes.CredentialRequestDenied, 'Already issued');
  const parsed = vciIssuer.parseCredentialRequest({ issuerMetadata, credentialRequest: body });
  if (body.proofs && !parsed.proofs) throw proofError(Oauth2ErrorCodes.InvalidProof, 'Only the jwt proof type is supported');
  const holder = await verifyKeyProof(parsed.proofs);
  const credential = await makeCredential(holder);
  if (deferred) {
    session.transaction = { id: random(), polls: 0, credential, holder: holder.holder };
    emit({ event: 'deferred_pending' });
    return send(res, 202, vciIssuer.createCredentialResponse({ credentialRequest: parsed, transactionId: session.transaction.id, interval: 1 }));
  }
  session.notificationId = random();
  emit({ event: 'credential', format: configuration.format, holder: holder.holder });
  return send(res, 200, vciIssuer.createCredentialResponse({
    credentialRequest: parsed, credentials: [{ credential }], notificationId: session.notificationId,
  }));
}

async function deferredEndpoint(req, res) {
  await checkAccess(req);
  const { deferredCredentialRequest } = vciIssuer.parseDeferredCredentialRequest({ deferredCredentialRequest: await readJson(req) });
  const transaction = session.transaction;
  if (!transaction || deferredCredentialRequest.transaction_id !== transaction.id || transaction.done)
    throw proofError(Oauth2ErrorCodes.InvalidTransactionId, 'Unknown or finished transaction_id');
  transaction.polls += 1;
  if (transaction.polls === 1) {
    emit({ event: 'deferred_pending' });
    return send(res, 202, vciIssuer.createDeferredCredentialResponse({ transactionId: transaction.id, interval: 1 }));
  }
  transaction.done = true;
  session.notificationId = random();
  emit({ event: 'credential', format: configuration.format, holder: transaction.holder });
  // Written by hand: the library's deferred response schema refuses notification_id next to
  // credentials (openid4vci/dist/index.mjs:1306), which 1.0 section 9.2 allows.
  return send(res, 200, { credentials: [{ credential: transaction.credential }], notification_id: session.notificationId });
}

async function nonceEndpoint(req, res) {
  const cNonce = random();
  session.cNonces.set(cNonce, now() + proofWindowSeconds);
  emit({ event: 'nonce' });
  return send(res, 200, vciIssuer.createNonceResponse({ cNonce }));
}

async function notificationEndpoint(req, res) {
  await checkAccess(req);
  const body = await readJson(req).catch(() => ({}));
  const events = ['credential_accepted', 'credential_failure', 'credential_deleted'];
  if (typeof body.notification_id !== 'string' || !events.includes(body.event))
    return send(res, 400, { error: 'invalid_notification_request' });
  if (body.notification_id !== session.notificationId) return send(res, 400, { error: 'invalid_notification_id' });
  send(res, 204);
  emit({ event: 'notification', notification_event: body.event });
  setTimeout(() => process.exit(0), 50);
}

async function route(req, res) {
  const path = req.url.split('?')[0];
  const get = req.method === 'GET';
  const post = req.method === 'POST';
  try {
    if (get && path === `/.well-known/openid-credential-issuer${basePath}`) return send(res, 200, credentialIssuerMetadata);
    if (get && path === `/.well-known/oauth-authorization-server${basePath}`) return send(res, 200, asMetadata);
    if (get && path === `${basePath}/jwks`) return send(res, 200, { keys: [{ ...asKey.publicJwk, kid: asKey.kid, use: 'sig', alg: 'ES256' }] });
    if (get && path.startsWith('/offers/')) {
      const offer = offerRefs.get(path.slice('/offers/'.length));
      if (!offer) return send(res, 404, { error: 'not_found' });
      offerRefs.delete(path.slice('/offers/'.length));
      emit({ event: 'offer_fetched' });
      return send(res, 200, offer);
    }
    if (post && path === `${basePath}/token`) return await tokenEndpoint(req, res);
    if (post && path === `${basePath}/nonce`) return await nonceEndpoint(req, res);
    if (post && path === `${basePath}/credential`) return await credentialEndpoint(req, res);
    if (post && path === `${basePath}/deferred_credential` && deferred) return await deferredEndpoint(req, res);
    if (post && path === `${basePath}/notification`) return await notificationEndpoint(req, res);
    return send(res, 404, { error: 'not_found' });
  } catch (error) {
    if (error instanceof Oauth2ResourceUnauthorizedError) {
      console.error(`issuer: ${path}: refused the access token: ${error.message.split('\n')[0]}`);
      return send(res, 401, undefined, { 'WWW-Authenticate': error.toHeaderValue() });
    }
    if (error instanceof Oauth2ServerErrorResponseError) {
      console.error(`issuer: ${path}: ${error.errorResponse.error}: ${error.errorResponse.error_description ?? ''}`);
      return send(res, error.status, error.errorResponse);
    }
    throw error;
  }
}
