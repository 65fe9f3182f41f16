// A wallet built on Sphereon's @sphereon/did-auth-siop 0.6.4, OP (holder) side, presenting to
// vcdesk-agent's verifier (seed 002: the openid-vc:// profile, SIOPv2 D12 + OpenID4VP D18).
// The library parses the link, fetches and verifies the request object (the verifier's DID,
// resolved here for did:key and did:jwk), picks the credential with Presentation Exchange
// (@sphereon/pex), has the JWT-VP signed through its presentation callback (did-jwt-vc),
// writes the presentation_submission and posts the answer (direct_post). Hostile cases only
// change the wallet's credentials or what its callback signs; the library does the rest.
// usage: node wallet-siop.mjs --agent AGENT_JSON --keys KEYS_JSON --case NAME
// Prints one JSON line {case, passed, problems, library, status}; exit 0 when passed.
import {
  CheckLinkedDomain, OP, PresentationExchange, PropertyTarget, ResponseIss, ResponseMode, SigningAlgo,
  SupportedVersion, VPTokenLocation,
} from '@sphereon/did-auth-siop';
import {
  EMAIL, VerifierApi, firstLine, acceptedProblems, defineAll, didResolver, jwtVc, jwtVp, loadKeys, options,
  refusedProblems, report, settledStatus,
} from './wallet-common.mjs';

const opts = options();
const keys = loadKeys(opts.keys);
const api = new VerifierApi(opts.agent);
const { holder, thief, issuer, rogueIssuer } = keys;

// Each case: the credential in the wallet, who signs the VP (the wallet's own key, or what
// its callback is made to do), and what must come of it.
const cases = {
  'jwt-vc': { credential: () => jwtVc(issuer, holder.did), accept: { email: EMAIL } },
  // The thief's wallet holds the holder's credential and presents it as its own.
  stolen: { credential: () => jwtVc(issuer, holder.did), presenter: thief, refuse: /subject|holder|presenter|bound|belong/i },
  'untrusted-issuer': { credential: () => jwtVc(rogueIssuer, holder.did), refuse: /trust|issuer/i },
  expired: { credential: () => jwtVc(issuer, holder.did, { expired: true }), refuse: /expir|validity|valid until/i },
  // The callback signs with the nonce of another request.
  'wrong-nonce': { credential: () => jwtVc(issuer, holder.did), nonce: 'a-nonce-of-another-request', refuse: /nonce/i },
};

const name = opts.case;
const spec = cases[name];
if (!spec) {
  console.error(`usage: node wallet-siop.mjs --agent AGENT_JSON --keys KEYS_JSON --case ${Object.keys(cases).join('|')}`);
  process.exit(64);
}
const presenter = spec.presenter ?? holder;

const op = OP.builder()
  .withExpiresIn(300)
  .withIssuer(ResponseIss.SELF_ISSUED_V2)
  .withCustomResolver(didResolver)
  .addDidMethod('key')
  .addDidMethod('jwk')
  .withCheckLinkedDomain(CheckLinkedDomain.NEVER)
  .withInternalSignature(Buffer.from(presenter.privateJwk.d, 'base64url').toString('hex'), presenter.did,
    `${presenter.did}#0`, SigningAlgo.ES256)
  .withSupportedVersions([SupportedVersion.SIOPv2_D12_OID4VP_D18, SupportedVersion.SIOPv2_D11])
  .withResponseMode(ResponseMode.DIRECT_POST)
  .withRegistration({
    passBy: 'VALUE',
    idTokenSigningAlgValuesSupported: [SigningAlgo.ES256],
    requestObjectSigningAlgValuesSupported: [SigningAlgo.ES256],
    subjectSyntaxTypesSupported: ['did:jwk', 'did:key'],
    vpFormatsSupported: { jwt_vc: { alg: [SigningAlgo.ES256] }, jwt_vp: { alg: [SigningAlgo.ES256] } },
  }, PropertyTarget.REQUEST_OBJECT)
  .build();

const problems = [];
const library = [];
let status;
try {
  await api.token();
  await defineAll(api, keys);
  const request = await api.authRequest('emailJwtVc');
  const verified = await op.verifyAuthorizationRequest(request.authRequestURI);
  // The link's parameters with the verified request object's claims over them.
  const payload = { ...verified.authorizationRequestPayload, ...verified.payload };
  library.push({ verified: { version: verified.versions?.[0], clientId: payload.client_id, definitions: verified.presentationDefinitions?.length } });
  const [{ definition }] = verified.presentationDefinitions;
  const credential = await spec.credential();
  const pex = new PresentationExchange({ allDIDs: [presenter.did], allVerifiableCredentials: [credential] });
  const selected = await pex.selectVerifiableCredentialsForSubmission(definition);
  const signed = await pex.createVerifiablePresentation(definition, selected.verifiableCredential,
    async ({ presentation }) => jwtVp(presenter, presentation.verifiableCredential,
      { nonce: spec.nonce ?? payload.nonce, aud: payload.client_id }),
    { holderDID: presenter.did, proofOptions: { nonce: payload.nonce, domain: payload.client_id } });
  const response = await op.createAuthorizationResponse(verified, {
    audience: payload.client_id,
    presentationExchange: {
      verifiablePresentations: [signed.verifiablePresentation],
      presentationSubmission: signed.presentationSubmission,
      vpTokenLocation: VPTokenLocation.AUTHORIZATION_RESPONSE,
    },
  });
  let http;
  try {
    const answer = await op.submitAuthorizationResponse(response);
    http = { http: answer.status, body: (await answer.text()).slice(0, 400) };
  } catch (error) {
    http = { thrown: String(error.message ?? error).slice(0, 400) };
  }
  library.push(http);
  status = await settledStatus(api, request, spec.accept ? 'verified' : 'refused');
  if (spec.accept) {
    problems.push(...acceptedProblems(status, spec.accept));
    if (http.http !== 200) problems.push(`the agent answered ${JSON.stringify(http)}`);
  } else {
    problems.push(...refusedProblems(status, spec.refuse));
    if (http.http && http.http < 400) problems.push(`the agent answered HTTP ${http.http} to a hostile answer`);
  }
} catch (error) {
  problems.push(`the wallet failed: ${firstLine(error)}`);
}
report(name, problems, {
  library,
  status: status && { status: status.status, error: status.error, attempts: status.attempts, verifiedData: status.verifiedData },
});
