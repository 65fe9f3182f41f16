// An OpenID4VP 1.0 verifier built on @openid4vc/openid4vp (OpenWallet Foundation): a signed
// request object (JAR, client_id x509_san_dns:localhost with an x5c chain), a DCQL query,
// direct_post. The library checks the request and the response's shape and state; the
// presentations are verified here with @sd-jwt/core (SD-JWT VC + key binding), did-jwt-vc
// (JWT-VP) and @digitalbazaar/vc (JSON-LD VP with a Data Integrity proof: challenge = nonce,
// domain = client_id, authentication by the holder). Every accepted presentation is then
// tampered with, and must fail.
// usage: node verifier-openid4vp.mjs --format sd-jwt|jwt-vc|ldp-vc|ldp-vc-v1 --issuer ISSUER_JSON
//        --x509 DIR [--tamper-request]
// Prints {"uri": ...} first, then {"verified": ..., ...} when the wallet has answered.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { setGlobalConfig } from '@openid4vc/oauth2';
import { Openid4vpVerifier } from '@openid4vc/openid4vp';
import { SDJwtInstance } from '@sd-jwt/core';
import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { verifyCredential, verifyPresentation } from 'did-jwt-vc';
import { allVerifyingSuites, documentLoader, vc as ldVc } from './jsonld-common.mjs';
import {
  b64u, didJwkResolver, es256Sign, es256Verify, finish, giveUpAfter, readForm, reply as sendReply, sdJwtHasher,
} from './common.mjs';

const argv = process.argv.slice(2);
const option = (name) => argv[argv.indexOf(name) + 1];
const format = option('--format');
const issuer = JSON.parse(readFileSync(option('--issuer'), 'utf8'));
const x509 = option('--x509');
const tamperRequest = argv.includes('--tamper-request');
// --encrypt: response_mode direct_post.jwt, the answer encrypted to this verifier's key (HAIP).
const encrypt = argv.includes('--encrypt');
const encryptionKeys = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
const encryptionJwk = { ...(await exportJWK(encryptionKeys.publicKey)), kid: 'enc-1', use: 'enc', alg: 'ECDH-ES' };
const verifierJwk = JSON.parse(readFileSync(join(x509, 'verifier.jwk'), 'utf8'));
const pemToDer64 = (file) => readFileSync(join(x509, file), 'utf8').replace(/-----[^-]+-----|\s/g, '');
const clientId = 'x509_san_dns:localhost';
const nonce = b64u(randomBytes(16));
const state = b64u(randomBytes(16));

const queries = {
  'sd-jwt': {
    credentials: [{
      id: 'pid',
      format: 'dc+sd-jwt',
      meta: { vct_values: ['urn:eu.europa.ec.eudi:pid:1'] },
      claims: [{ path: ['given_name'] }, { path: ['address', 'locality'] }],
    }],
  },
  'jwt-vc': {
    credentials: [{
      id: 'membership',
      format: 'jwt_vc_json',
      meta: { type_values: [['MembershipCredential']] },
      claims: [{ path: ['credentialSubject', 'name'] }],
    }],
  },
  // The credentials jsonld-issue.mjs makes (v2: eddsa-rdfc-2022, v1: Ed25519Signature2020).
  'ldp-vc': {
    credentials: [{
      id: 'degree',
      format: 'ldp_vc',
      meta: { type_values: [['ExampleDegreeCredential']] },
      claims: [{ path: ['credentialSubject', 'degree', 'name'] }],
    }],
  },
  'ldp-vc-v1': {
    credentials: [{
      id: 'alumni',
      format: 'ldp_vc',
      meta: { type_values: [['AlumniCredential']] },
      claims: [{ path: ['credentialSubject', 'alumniOf'] }],
    }],
  },
};

const callbacks = {
  hash: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
  signJwt: async (signer, { header, payload }) => {
    const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
    return { jwt: `${input}.${es256Sign(verifierJwk, input)}`, signerJwk: { ...verifierJwk, d: undefined } };
  },
  verifyJwt: async () => ({ verified: false }),
  decryptJwe: async (jwe) => {
    const { plaintext, protectedHeader } = await compactDecrypt(jwe, encryptionKeys.privateKey);
    if (protectedHeader.alg !== 'ECDH-ES' || protectedHeader.enc !== 'A128GCM') return { decrypted: false };
    return { decrypted: true, decryptionJwk: encryptionJwk, payload: new TextDecoder().decode(plaintext) };
  },
  encryptJwe: async () => { throw new Error('not used'); },
};
// Loopback http for the test; everything else keeps the library's rules.
setGlobalConfig({ allowInsecureUrls: true });
const verifier = new Openid4vpVerifier({ callbacks });

/** SD-JWT VC with key binding: issuer signature, KB-JWT by cnf, nonce, audience. */
async function verifySdJwt(presentation) {
  const sdjwt = new SDJwtInstance({
    hasher: sdJwtHasher,
    verifier: (data, sig) => es256Verify(issuer.publicJwk, data, sig),
    kbVerifier: (data, sig, payload) => es256Verify(payload.cnf.jwk, data, sig),
  });
  const result = await sdjwt.verify(presentation, { keyBindingNonce: nonce });
  if (result.kb?.payload.aud !== clientId) throw new Error(`kb aud is ${result.kb?.payload.aud}`);
  const claims = result.payload;
  if (claims.given_name !== 'Erika' || claims.address?.locality !== 'Köln') throw new Error('requested claims missing');
  if ('email' in claims || 'birthdate' in claims || 'street_address' in (claims.address ?? {}))
    throw new Error('the wallet disclosed more than asked');
  return { given_name: claims.given_name, locality: claims.address.locality };
}

/** JWT-VP by the holder's did:jwk, nonce and audience bound, with the issuer's JWT-VC in it. */
async function verifyJwtVp(presentation) {
  const vp = await verifyPresentation(presentation, didJwkResolver, { audience: clientId, challenge: nonce });
  const credentials = vp.verifiablePresentation.verifiableCredential;
  if (credentials.length !== 1) throw new Error('expected one credential');
  const vc = await verifyCredential(credentials[0].proof.jwt, didJwkResolver);
  if (vc.issuer !== issuer.did) throw new Error('unexpected issuer');
  if (vc.payload.sub !== vp.issuer) throw new Error('the credential is not the presenter\'s');
  return { name: vc.verifiableCredential.credentialSubject.name };
}

/** A JSON-LD VP by the holder (authentication, challenge = nonce, domain = client_id), with
 * the issuer's Data Integrity credential in it, both verified by @digitalbazaar/vc. */
async function verifyLdpVp(presentation) {
  const result = await ldVc.verify({
    presentation, challenge: nonce, domain: clientId, suite: allVerifyingSuites(), documentLoader,
  });
  if (!result.verified) {
    const errors = [result.error, ...(result.credentialResults ?? []).map((r) => r.error)].filter(Boolean);
    throw new Error(`@digitalbazaar/vc: ${errors.map((e) => e.errors?.[0]?.message ?? e.message).join('; ')}`);
  }
  const [credential] = presentation.verifiableCredential;
  if (presentation.verifiableCredential.length !== 1) throw new Error('expected one credential');
  if (credential.credentialSubject.id !== presentation.holder) throw new Error('the credential is not the presenter\'s');
  if (!presentation.proof.verificationMethod.startsWith(`${presentation.holder}#`))
    throw new Error('the presentation is not signed by its holder');
  const subject = credential.credentialSubject;
  return format === 'ldp-vc' ? { degree: subject.degree.name } : { alumniOf: subject.alumniOf };
}

const verify = format === 'sd-jwt' ? verifySdJwt : format.startsWith('ldp-vc') ? verifyLdpVp : verifyJwtVp;

function tampered(presentation) {
  if (format.startsWith('ldp-vc')) {
    // The same presentation, offered for another request.
    return { ...presentation, proof: { ...presentation.proof, challenge: 'another-nonce' } };
  }
  if (format === 'sd-jwt') {
    // Swap the given_name disclosure for one the issuer never signed.
    const parts = presentation.split('~');
    parts[1] = b64u(JSON.stringify(['salt', 'given_name', 'Mallory']));
    return parts.join('~');
  }
  const [h, p, s] = presentation.split('.');
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  payload.nonce = 'another-nonce';
  return [h, b64u(JSON.stringify(payload)), s].join('.');
}

let request;
const server = http.createServer(async (req, res) => {
  const reply = (status, body, type) => sendReply(res, status, body, type);
  if (req.method === 'GET' && req.url === '/request') {
    let jwt = request.jar.authorizationRequestJwt;
    if (tamperRequest) {
      const [h, p, s] = jwt.split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url'));
      payload.response_uri = payload.response_uri.replace('/response', '/elsewhere');
      jwt = [h, b64u(JSON.stringify(payload)), s].join('.');
    }
    return reply(200, jwt, 'application/oauth-authz-req+jwt');
  }
  if (req.method !== 'POST' || req.url !== '/response') return reply(404, { error: 'not_found' });
  const fields = await readForm(req);
  try {
    if (fields.error) throw new Error(`the wallet answered ${fields.error}`);
    if (encrypt && !fields.response) throw new Error('expected an encrypted response');
    const parsed = await verifier.parseOpenid4vpAuthorizationResponse({
      authorizationResponse: fields,
      authorizationRequestPayload: request.authorizationRequestPayload,
      callbacks,
    });
    if (parsed.type !== 'dcql') throw new Error('expected a DCQL answer');
    const queryId = queries[format].credentials[0].id;
    const [presentation] = parsed.dcql.presentations[queryId];
    if (encrypt && !parsed.jarm) throw new Error('the response was not decrypted as JARM');
    const claims = await verify(presentation);
    let tamperCaught = false;
    try { await verify(tampered(presentation)); } catch { tamperCaught = true; }
    reply(200, { redirect_uri: `http://localhost:${server.address().port}/done` });
    finish({ verified: true, claims, tamperCaught });
  } catch (error) {
    reply(400, { error: 'invalid_request', error_description: String(error.message ?? error) });
    finish({ verified: false, error: String(error.message ?? error) });
  }
});


server.listen(0, '127.0.0.1', async () => {
  const base = `http://localhost:${server.address().port}`;
  request = await verifier.createOpenId4vpAuthorizationRequest({
    authorizationRequestPayload: {
      response_type: 'vp_token',
      client_id: clientId,
      response_uri: `${base}/response`,
      response_mode: encrypt ? 'direct_post.jwt' : 'direct_post',
      nonce,
      state,
      dcql_query: queries[format],
      client_metadata: {
        client_name: 'Interop verifier (@openid4vc/openid4vp)',
        ...(encrypt ? { jwks: { keys: [encryptionJwk] }, encrypted_response_enc_values_supported: ['A128GCM'] } : {}),
      },
    },
    jar: {
      requestUri: `${base}/request`,
      jwtSigner: { method: 'x5c', x5c: [pemToDer64('verifier.crt'), pemToDer64('ca.crt')], alg: 'ES256' },
    },
  });
  console.log(JSON.stringify({ uri: request.authorizationRequest }));
});
giveUpAfter(60000);
