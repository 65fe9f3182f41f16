// A wallet built on @openid4vc/openid4vp (OpenWallet Foundation), holder side, presenting to
// vcdesk-agent's verifier (seed 002). The kiosk part asks the agent for an auth request; the
// library parses the openid-vc:// link, fetches the request object, checks its signature (by
// the verifier's DID) and client_id, and posts the answer (direct_post). The answer is an
// SD-JWT VC with a KB-JWT (@sd-jwt/sd-jwt-vc) for DCQL requests, or a JWT-VP around a JWT-VC
// (did-jwt-vc) with a presentation_submission for Presentation Exchange ones. Hostile cases
// change what goes into the answer; the library still sends it.
// usage: node wallet-openid4vp.mjs --agent AGENT_JSON --keys KEYS_JSON --case NAME
// Prints one JSON line {case, passed, problems, library, status}; exit 0 when passed.
import { createHash } from 'node:crypto';
import { setGlobalConfig } from '@openid4vc/oauth2';
import { Openid4vpClient } from '@openid4vc/openid4vp';
import {
  EMAIL, VerifierApi, firstLine, acceptedProblems, defineAll, definitions, flipSignatureByte, issueSdJwt, jwtVc, jwtVp, loadKeys,
  options, presentSdJwt, refusedProblems, report, settledStatus, statusEntry, statusListHost, verifyWithDid,
} from './wallet-common.mjs';

const opts = options();
const keys = loadKeys(opts.keys);
const api = new VerifierApi(opts.agent);
const { holder, thief, issuer, listedIssuer, rogueIssuer } = keys;

// Loopback http for the test (the agent's request_uri and response_uri are http://127.0.0.1);
// every other rule of the library stays.
setGlobalConfig({ allowInsecureUrls: true });
const client = new Openid4vpClient({
  callbacks: {
    hash: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
    // The request object: the library picks the signer (client_id prefix did: the kid's DID
    // must be the client_id); the key comes from the DID itself (did:key / did:jwk).
    verifyJwt: async (signer, { compact }) => {
      if (signer.method !== 'did') return { verified: false };
      try {
        return { verified: true, signerJwk: await verifyWithDid(compact, signer.didUrl, signer.alg) };
      } catch {
        return { verified: false };
      }
    },
  },
});

/** The library resolves the agent's link: parse, fetch and verify the request object. */
async function resolve(link) {
  const parsed = client.parseOpenid4vpAuthorizationRequest({ authorizationRequest: link });
  return client.resolveOpenId4vpAuthorizationRequest({ authorizationRequestPayload: parsed.params });
}

/** The library posts the answer; its outcome is the verifier's HTTP answer. */
async function answer(resolved, fields) {
  const { authorizationRequestPayload } = resolved;
  const { authorizationResponsePayload } = await client.createOpenid4vpAuthorizationResponse({
    authorizationRequestPayload,
    authorizationResponsePayload: fields,
  });
  const { response } = await client.submitOpenid4vpAuthorizationResponse({
    authorizationRequestPayload,
    authorizationResponsePayload,
  });
  const text = await response.text();
  return { http: response.status, body: text.slice(0, 400) };
}

const bound = (resolved) => ({
  nonce: resolved.authorizationRequestPayload.nonce,
  aud: resolved.authorizationRequestPayload.client_id,
});

/** vp_token and presentation_submission for one presentation, in the request's query
 *  language: DCQL keyed by the credential query id, or PE with a submission for the JWT-VP. */
function fields(resolved, presentation, { submission = 'right' } = {}) {
  if (resolved.dcql) {
    // The credential query for this presentation's format (the agent offers an SD-JWT VC
    // and a JWT-VC alternative).
    const wanted = presentation.includes('~') ? ['dc+sd-jwt', 'vc+sd-jwt'] : ['jwt_vc_json'];
    const query = resolved.dcql.query.credentials.find((q) => wanted.includes(q.format));
    if (!query) throw new Error(`the DCQL query has no ${wanted[0]} credential query`);
    // OpenID4VP 1.0 (draft 28 on) wants an array per query; earlier drafts one presentation.
    return { vp_token: { [query.id]: resolved.version >= 28 ? [presentation] : presentation } };
  }
  if (!resolved.pex) throw new Error('the request has neither dcql_query nor presentation_definition');
  const definition = resolved.pex.presentation_definition;
  const [descriptor] = definition.input_descriptors;
  const sdJwt = presentation.includes('~');
  const right = {
    id: `submission-${definition.id}`,
    definition_id: definition.id,
    descriptor_map: [sdJwt
      ? { id: descriptor.id, format: 'dc+sd-jwt', path: '$' }
      : {
          id: descriptor.id,
          format: 'jwt_vp_json',
          path: '$',
          path_nested: { id: descriptor.id, format: 'jwt_vc_json', path: '$.vp.verifiableCredential[0]' },
        }],
  };
  const submissions = {
    right,
    missing: undefined,
    // For another definition, naming a descriptor this one does not have.
    wrong: { ...right, definition_id: 'someOtherDefinition', descriptor_map: right.descriptor_map.map((d) => ({ ...d, id: 'notAskedFor' })) },
  };
  const out = { vp_token: presentation };
  if (submissions[submission]) out.presentation_submission = submissions[submission];
  return out;
}

const sdJwtFor = async (resolved, { issuedBy = issuer, kb = bound(resolved) } = {}) =>
  presentSdJwt(issuedBy, holder, await issueSdJwt(issuedBy, holder), ['email'], kb);

const vpFor = async (resolved, { issuedBy = issuer, subject = holder, presenter = holder, vcOptions, vc, binding } = {}) =>
  jwtVp(presenter, [vc ?? await jwtVc(issuedBy, subject.did, vcOptions)], binding ?? bound(resolved));

// Each case: the definition it asks for, the answers it sends, and what must come of it
// (`accept`: the claims verifiedData must hold; `refuse`: what the error must name).
const cases = {
  'sd-jwt': { definition: 'emailSdJwt', accept: { email: EMAIL },
    answers: [async (r) => fields(r, await sdJwtFor(r))] },
  'jwt-vc': { definition: 'emailJwtVc', accept: { email: EMAIL },
    answers: [async (r) => fields(r, await vpFor(r))] },
  'jwt-vc-dcql': { definition: 'emailJwtVcDcql', accept: { email: EMAIL },
    answers: [async (r) => fields(r, await vpFor(r))] },
  'trust-list': { definition: 'emailListed', accept: { email: EMAIL },
    answers: [async (r) => fields(r, await vpFor(r, { issuedBy: listedIssuer }))] },
  // A failed answer does not end the request: garbage first, then the real wallet.
  recover: { definition: 'emailJwtVc', accept: { email: EMAIL }, firstRefused: /./,
    answers: [async (r) => fields(r, 'not-a-presentation'), async (r) => fields(r, await vpFor(r))] },
  // The thief wraps the holder's credential in a VP signed with the thief's own did:jwk.
  stolen: { definition: 'emailJwtVc', refuse: /subject|holder|presenter|bound|belong/i,
    answers: [async (r) => fields(r, await vpFor(r, { presenter: thief }))] },
  'untrusted-issuer': { definition: 'emailJwtVc', refuse: /trust|issuer/i,
    answers: [async (r) => fields(r, await vpFor(r, { issuedBy: rogueIssuer }))] },
  'untrusted-issuer-list': { definition: 'emailListed', refuse: /trust|issuer/i,
    answers: [async (r) => fields(r, await vpFor(r, { issuedBy: rogueIssuer }))] },
  // A KB-JWT made for another request of the same verifier (its nonce) ...
  'foreign-kb-nonce': { definition: 'emailSdJwt', refuse: /nonce/i,
    answers: [async (r) => {
      const other = await resolve((await api.authRequest('emailSdJwt')).authRequestURI);
      return fields(r, await sdJwtFor(r, { kb: bound(other) }));
    }] },
  // ... and one made for another verifier (its audience), with this request's nonce.
  'foreign-kb-aud': { definition: 'emailSdJwt', refuse: /aud|audience|another verifier|client_id/i,
    answers: [async (r) => fields(r, await sdJwtFor(r, { kb: { ...bound(r), aud: thief.did } }))] },
  'wrong-nonce': { definition: 'emailJwtVc', refuse: /nonce/i,
    answers: [async (r) => fields(r, await vpFor(r, { binding: { ...bound(r), nonce: 'a-nonce-of-another-request' } }))] },
  'wrong-aud': { definition: 'emailJwtVc', refuse: /aud|audience|another verifier|client_id/i,
    answers: [async (r) => fields(r, await vpFor(r, { binding: { ...bound(r), aud: thief.did } }))] },
  // One byte of the issuer's signature flipped, inside a VP the holder signs correctly.
  tampered: { definition: 'emailJwtVc', refuse: /signature/i,
    answers: [async (r) => fields(r, await vpFor(r, { vc: flipSignatureByte(await jwtVc(issuer, holder.did)) }))] },
  'tampered-sd-jwt': { definition: 'emailSdJwt', refuse: /signature/i,
    answers: [async (r) => {
      const [jws, ...rest] = (await sdJwtFor(r)).split('~');
      return fields(r, [flipSignatureByte(jws), ...rest].join('~'));
    }] },
  expired: { definition: 'emailJwtVc', refuse: /expir|validity|valid until/i,
    answers: [async (r) => fields(r, await vpFor(r, { vcOptions: { expired: true } }))] },
  revoked: { definition: 'emailJwtVc', refuse: /revoked/i, revokedIndex: 42,
    answers: [async (r, list) => fields(r, await vpFor(r, { vcOptions: { status: statusEntry(list.url, 42) } }))] },
  'not-revoked': { definition: 'emailJwtVc', accept: { email: EMAIL }, revokedIndex: 7,
    answers: [async (r, list) => fields(r, await vpFor(r, { vcOptions: { status: statusEntry(list.url, 42) } }))] },
  'no-submission': { definition: 'emailJwtVc', refuse: /presentation_submission|submission/i,
    answers: [async (r) => fields(r, await vpFor(r), { submission: 'missing' })] },
  'wrong-submission': { definition: 'emailJwtVc', refuse: /presentation_submission|submission|descriptor|definition/i,
    answers: [async (r) => fields(r, await vpFor(r), { submission: 'wrong' })] },
};

const name = opts.case;
const spec = cases[name];
if (!spec) {
  console.error(`usage: node wallet-openid4vp.mjs --agent AGENT_JSON --keys KEYS_JSON --case ${Object.keys(cases).join('|')}`);
  process.exit(64);
}

const problems = [];
const library = [];
let status;
let list;
try {
  await api.token();
  await defineAll(api, keys);
  // The issuer's status list, on loopback for as long as the case runs; the credential is entry 42.
  if (spec.revokedIndex !== undefined) list = await statusListHost(issuer, spec.revokedIndex);
  const request = await api.authRequest(spec.definition);
  const resolved = await resolve(request.authRequestURI);
  const query = resolved.dcql ? 'dcql' : resolved.pex ? 'presentation_exchange' : 'none';
  library.push({ resolved: { version: resolved.version, clientIdPrefix: resolved.client.prefix, query } });
  const asked = definitions(keys)[spec.definition].query;
  if (query !== asked) throw new Error(`${spec.definition} is defined with query ${asked}, but the request asks with ${query}`);
  for (const [i, build] of spec.answers.entries()) {
    const sent = await answer(resolved, await build(resolved, list));
    library.push(sent);
    const last = i === spec.answers.length - 1;
    status = await settledStatus(api, request, last && spec.accept ? 'verified' : 'refused');
    if (!last) {
      problems.push(...refusedProblems(status, spec.firstRefused).map((p) => `first answer: ${p}`));
      if (sent.http < 400) problems.push(`first answer: the agent answered HTTP ${sent.http}`);
    } else if (spec.accept) {
      problems.push(...acceptedProblems(status, spec.accept));
      if (sent.http !== 200) problems.push(`the agent answered HTTP ${sent.http}: ${sent.body}`);
    } else {
      problems.push(...refusedProblems(status, spec.refuse));
      if (sent.http < 400) problems.push(`the agent answered HTTP ${sent.http} to a hostile answer`);
    }
  }
} catch (error) {
  problems.push(`the wallet failed: ${firstLine(error)}${error.cause ? ` (${firstLine(error.cause)})` : ''}`);
} finally {
  if (list) {
    library.push({ statusListFetches: list.fetches() });
    await list.close();
  }
}
report(name, problems, {
  library,
  status: status && { status: status.status, error: status.error, attempts: status.attempts, verifiedData: status.verifiedData },
});
