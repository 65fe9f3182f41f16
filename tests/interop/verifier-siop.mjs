// A SIOPv2 + OpenID4VP (draft 18) verifier built on Sphereon's @sphereon/did-auth-siop: the
// profile behind openid-vc:// links (seed 002). Signed request object by reference (client_id
// a did:jwk, client_id_scheme did), Presentation Exchange, response_type "vp_token id_token",
// direct_post. The library verifies the id_token, the request binding and the submission
// against the definition; the presentation callback verifies the JWT-VP with did-jwt-vc.
// usage: node verifier-siop.mjs --issuer ISSUER_JSON
// Prints {"uri": ...} first, then {"verified": ..., ...} when the wallet has answered.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import {
  CheckLinkedDomain,
  InMemoryRPSessionManager,
  PassBy,
  PresentationDefinitionLocation,
  PropertyTarget,
  ResponseMode,
  ResponseType,
  RevocationVerification,
  RP,
  Scope,
  SigningAlgo,
  SubjectType,
  SupportedVersion,
} from '@sphereon/did-auth-siop';
import { verifyCredential, verifyPresentation } from 'did-jwt-vc';
import {
  b64u, didJwk, didJwkResolver, finish, giveUpAfter, newP256, readForm, reply as sendReply,
} from './common.mjs';

const argv = process.argv.slice(2);
const issuer = JSON.parse(readFileSync(argv[argv.indexOf('--issuer') + 1], 'utf8'));
const keys = await newP256();
const did = didJwk(keys.publicJwk);
const nonce = b64u(randomBytes(16));
const state = b64u(randomBytes(16));
const correlationId = b64u(randomBytes(8));
const definition = {
  id: 'membership',
  input_descriptors: [{
    id: 'membership-credential',
    name: 'Membership',
    purpose: 'To check you are a member',
    constraints: {
      fields: [
        { path: ['$.vc.type', '$.type'], filter: { type: 'array', contains: { const: 'MembershipCredential' } } },
        { path: ['$.vc.credentialSubject.name', '$.credentialSubject.name'] },
      ],
    },
  }],
};

let verifiedClaims;
async function verifyVp(vp) {
  const result = await verifyPresentation(vp, didJwkResolver, { audience: did, challenge: nonce });
  const [credential] = result.verifiablePresentation.verifiableCredential;
  const vc = await verifyCredential(credential.proof.jwt, didJwkResolver);
  if (vc.issuer !== issuer.did) throw new Error('unexpected issuer');
  if (vc.payload.sub !== result.issuer) throw new Error('the credential is not the presenter\'s');
  verifiedClaims = vc.verifiableCredential.credentialSubject;
  return { verified: true };
}

const events = new EventEmitter();
const server = http.createServer();
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const rp = RP.builder({ requestVersion: SupportedVersion.SIOPv2_D12_OID4VP_D18 })
    .withClientId(did, PropertyTarget.REQUEST_OBJECT)
    .withScope('openid', PropertyTarget.REQUEST_OBJECT)
    .withResponseType([ResponseType.VP_TOKEN, ResponseType.ID_TOKEN], PropertyTarget.REQUEST_OBJECT)
    .withResponseMode(ResponseMode.DIRECT_POST, PropertyTarget.REQUEST_OBJECT)
    .withRequestBy(PassBy.REFERENCE, `${base}/request`)
    .withCheckLinkedDomain(CheckLinkedDomain.NEVER)
    .withRevocationVerification(RevocationVerification.NEVER)
    .withCustomResolver(didJwkResolver)
    .addDidMethod('jwk')
    .withInternalSignature(keys.privateJwk.d ? Buffer.from(keys.privateJwk.d, 'base64url').toString('hex') : '', did, `${did}#0`, SigningAlgo.ES256)
    .withPresentationDefinition({ definition }, PropertyTarget.REQUEST_OBJECT)
    .withPresentationVerification(verifyVp)
    .withClientMetadata({
      client_id: did,
      idTokenSigningAlgValuesSupported: [SigningAlgo.ES256],
      requestObjectSigningAlgValuesSupported: [SigningAlgo.ES256],
      responseTypesSupported: [ResponseType.ID_TOKEN, ResponseType.VP_TOKEN],
      vpFormatsSupported: { jwt_vc: { alg: [SigningAlgo.ES256] }, jwt_vp: { alg: [SigningAlgo.ES256] } },
      scopesSupported: [Scope.OPENID],
      subjectTypesSupported: [SubjectType.PAIRWISE],
      subjectSyntaxTypesSupported: ['did:jwk'],
      passBy: PassBy.VALUE,
      client_name: 'Interop verifier (@sphereon/did-auth-siop)',
    }, PropertyTarget.REQUEST_OBJECT)
    .withSupportedVersions([SupportedVersion.SIOPv2_D12_OID4VP_D18])
    .withEventEmitter(events)
    .withSessionManager(new InMemoryRPSessionManager(events))
    .build();
  const request = await rp.createAuthorizationRequest({
    correlationId,
    nonce,
    state,
    responseURI: `${base}/response`,
    responseURIType: 'response_uri',
  });
  const requestObject = await request.requestObjectJwt();
  const uri = await request.uri();

  server.on('request', async (req, res) => {
    const reply = (status, body, type) => sendReply(res, status, body, type);
    if (req.method === 'GET' && req.url === '/request') return reply(200, requestObject, 'application/jwt');
    if (req.method !== 'POST' || req.url !== '/response') return reply(404, { error: 'not_found' });
    const fields = await readForm(req);
    try {
      if (fields.error) throw new Error(`the wallet answered ${fields.error}`);
      for (const name of ['presentation_submission'])
        if (typeof fields[name] === 'string') fields[name] = JSON.parse(fields[name]);
      await rp.verifyAuthorizationResponse(fields, {
        correlationId,
        audience: did,
        nonce,
        state,
        presentationDefinitions: [{ definition, location: PresentationDefinitionLocation.TOPLEVEL_PRESENTATION_DEF }],
      });
      // The same answer with another nonce inside the VP must fail.
      let tamperCaught = false;
      try {
        const [h, p, s] = fields.vp_token.split('.');
        const payload = JSON.parse(Buffer.from(p, 'base64url'));
        payload.nonce = 'another';
        await verifyVp([h, b64u(JSON.stringify(payload)), s].join('.'));
      } catch { tamperCaught = true; }
      reply(200, {});
      finish({ verified: true, claims: verifiedClaims, idToken: Boolean(fields.id_token), tamperCaught });
    } catch (error) {
      reply(400, { error: 'invalid_request', error_description: String(error.message ?? error) });
      finish({ verified: false, error: String(error.message ?? error) });
    }
  });
  console.log(JSON.stringify({ uri: uri.encodedUri }));
});

giveUpAfter(60000);
