<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="34"/>
        <source>usage: vcdesk account add --kind issuer-agent|verifier|hosted-wallet|generator --url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]
       vcdesk account list | vcdesk account remove ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="46"/>
        <source>issuer-agent, verifier, hosted-wallet or generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="47"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="48"/>
        <source>The service&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="48"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="49"/>
        <source>A name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="50"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="52"/>
        <source>The role it acts in (e.g. holder, Verifier_User).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="53"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="55"/>
        <source>Read its API key from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="55"/>
        <location filename="../cli/AccountCommand.cpp" line="57"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="57"/>
        <source>Read its bearer token from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="60"/>
        <source>usage: vcdesk account add --kind KIND --url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="64"/>
        <source>--kind and --url are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="66"/>
        <source>give an API key or a token, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="95"/>
        <source>Added account %1 &quot;%2&quot; (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="106"/>
        <source>usage: vcdesk account list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="130"/>
        <source>No accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="138"/>
        <source>usage: vcdesk account remove ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="150"/>
        <source>Removed account %1 &quot;%2&quot; and its offers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="55"/>
        <source>the service URL must be https (or http to this machine for the local agent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="91"/>
        <source>unknown account kind &quot;%1&quot;; one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="100"/>
        <source>account names and roles have at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="103"/>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="107"/>
        <source>an API key or token has 1 to 8192 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="173"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="187"/>
        <location filename="../core/store/AccountStore.cpp" line="212"/>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="20"/>
        <source>libsodium failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="22"/>
        <source>an encryption key has 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="40"/>
        <source>a nonce has 24 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="58"/>
        <source>the encrypted data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="68"/>
        <source>the encrypted data was altered, or the key or its context is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlgorithmPolicy</name>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="33"/>
        <source>the token is unsigned (alg &quot;%1&quot;); unsigned tokens are never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="37"/>
        <source>alg %1 uses a shared secret, which cannot prove who issued a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="40"/>
        <source>signature algorithm &quot;%1&quot; is not accepted here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthStatus</name>
    <message>
        <location filename="../core/api/AuthStatus.cpp" line="27"/>
        <source>the verifier reports an unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/AuthStatus.cpp" line="67"/>
        <source>the verifier says verified but sends no payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="28"/>
        <source>the verifier asks for response encryption with %1; vcdesk does ECDH-ES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="45"/>
        <source>direct_post.jwt needs an EC P-256 encryption key (ECDH-ES) in client_metadata.jwks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="61"/>
        <source>none of the verifier&apos;s content encryptions (%1) is A128GCM or A256GCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="75"/>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="86"/>
        <source>the request has no response_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="90"/>
        <source>vcdesk answers vp_token and id_token, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="95"/>
        <source>the request has no nonce: an answer could be replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="105"/>
        <source>redirect_uri must not be present with response_mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="108"/>
        <source>%1 needs a response_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="115"/>
        <source>response_mode post needs a redirect_uri and no response_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="119"/>
        <source>vcdesk can answer with response_mode direct_post, direct_post.jwt or post, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="127"/>
        <source>the answer&apos;s address is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="129"/>
        <source>the answer&apos;s address is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="133"/>
        <source>the request carries transaction_data, which vcdesk cannot show you or sign; it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="140"/>
        <source>presentation_definition_uri is not supported: the definition must be in the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="146"/>
        <source>the request has both dcql_query and presentation_definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="147"/>
        <source>the request asks for a vp_token but not for any credential (no dcql_query or presentation_definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="152"/>
        <source>the query is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationRequestUri</name>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="24"/>
        <source>there is no request to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="27"/>
        <source>the request is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="31"/>
        <source>the request contains spaces, control or non-ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="35"/>
        <source>this is not a URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="38"/>
        <source>&quot;%1&quot; has no scheme: a presentation request starts with openid4vp://, haip-vp://, openid-vc://, openid: or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="43"/>
        <source>a file: URL is not a presentation request (to check a file, use vcdesk inspect FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="47"/>
        <source>&quot;%1:&quot; is not a presentation request (expected openid4vp://, haip-vp://, openid-vc://, openid: or an https link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="51"/>
        <source>the request has a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="58"/>
        <source>a parameter has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="61"/>
        <source>the parameter %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="70"/>
        <source>the request has both request and request_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="79"/>
        <source>request_uri is not an absolute https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="85"/>
        <source>request_uri_method is get or post, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="92"/>
        <source>request_uri_method without request_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="98"/>
        <source>request is not a signed JWT (three dot-separated parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="105"/>
        <source>the request has no %1 (nor a request_uri or request)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="44"/>
        <source>the backup ends early (it was cut off); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="50"/>
        <source>the backup was changed after it was written; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="61"/>
        <source>cannot encrypt the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="70"/>
        <source>cannot write the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="108"/>
        <source>this is not a vcdesk backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="112"/>
        <source>the backup&apos;s header is missing or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="119"/>
        <source>the backup&apos;s header is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="130"/>
        <source>cannot decrypt the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="166"/>
        <source>the backup passphrase is not right, or the backup was changed; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="179"/>
        <source>cannot write the restored wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="36"/>
        <source>base64url text has an impossible length (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="51"/>
        <source>base64url must not be padded with &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="53"/>
        <source>character %1 at position %2 is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="70"/>
        <source>base64url text is not canonical (non-zero trailing bits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachedFetch</name>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="24"/>
        <source>held by this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="34"/>
        <source>cached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="41"/>
        <source>fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="48"/>
        <source>%1; the cached copy of %2 is older than the %3-second limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="52"/>
        <source>offline, cached copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateChain</name>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="56"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="61"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="82"/>
        <source>the certificate&apos;s key is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="69"/>
        <source>the certificate&apos;s key is neither EC nor Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="78"/>
        <source>the certificate&apos;s curve %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="92"/>
        <source>there is no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="94"/>
        <source>the chain has more than %1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="101"/>
        <source>certificate %1 of the chain is not DER X.509</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="105"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="124"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="118"/>
        <source>a trust anchor is not PEM X.509</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="128"/>
        <source>the certificate chain does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <source>Pass</source>
        <translation type="vanished">Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="vanished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="vanished">Unbekannt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="vanished">Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Begründung</translation>
    </message>
</context>
<context>
    <name>ClaimsPath</name>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="22"/>
        <source>a claims path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="25"/>
        <source>a claims path is longer than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="29"/>
        <source>a claims path element must be a string, a non-negative integer or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientIdentifier</name>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="35"/>
        <source>the request has no client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="37"/>
        <source>the client_id is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="52"/>
        <source>vcdesk cannot authenticate a verifier by client_id_scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="58"/>
        <source>client_id_scheme is did but the client_id is not a DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="76"/>
        <source>the client_id has a prefix and nothing after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="80"/>
        <source>a decentralized_identifier client_id must carry a DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="100"/>
        <source>origin: client identifiers are reserved for the browser&apos;s Digital Credentials API; a wallet must not accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="105"/>
        <source>vcdesk cannot yet authenticate verifiers by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="107"/>
        <source>unknown client identifier prefix &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/CommandLine.cpp" line="62"/>
        <source>vcdesk: &quot;%1&quot; is not a command; see vcdesk --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CommandLine.cpp" line="75"/>
        <source>Usage: vcdesk [COMMAND]

With no command, opens the vcdesk window (a build without the GUI has only
the commands below).

Commands:
  inspect [--json] [--key JWK_FILE] [--at TIME] INPUT
        decode and verify a signed token (exit 0 valid, 1 invalid,
        2 unverifiable, 3 unreadable input)
  trust add PATTERN --name NAME | trust remove PATTERN | trust list
        the issuers you trust (DIDs or patterns like did:web:example.com*)
  wallet create|list|import|export|delete|keys|profiles|passphrase|
         backup|restore [--wallet FILE] [--passphrase-file FILE] [--json]
        your encrypted wallet (vcdesk wallet ACTION --help for details)
  account add|list|remove
        the issuer agents, verifiers and services your wallet talks to
  present [--select CREDENTIAL_ID]... [--yes] [--decline] URI
        answer a verifier&apos;s request (openid4vp://, openid-vc://, haip-vp://)
        (exit 0 only when the verifier accepted)
  --version
        print the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactJwe</name>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="41"/>
        <source>the keys cannot be used for ECDH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="108"/>
        <source>content encryption &quot;%1&quot; is not supported (A128GCM, A256GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="112"/>
        <source>the verifier&apos;s encryption key is not an EC P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactJws</name>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="13"/>
        <source>the %1 is not valid base64url: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="23"/>
        <source>the token has %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="28"/>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="33"/>
        <source>a compact JWS has three parts separated by two dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="37"/>
        <source>the token has more than three parts (a JWE or a malformed token?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="39"/>
        <source>the protected header is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="47"/>
        <source>header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="51"/>
        <source>the header has no &quot;alg&quot; string member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="83"/>
        <source>payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPrinter</name>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="38"/>
        <source>Verifier:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="39"/>
        <source>Checked:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="40"/>
        <source>Trust list:      not on your trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="41"/>
        <source>Trust list:      on your trust list as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="44"/>
        <source>Answer goes to:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="46"/>
        <source>Not searched:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="49"/>
        <source>What the verifier says about itself (not checked by vcdesk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="51"/>
        <source>  | name:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="53"/>
        <source>  | purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="62"/>
        <source>Required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="62"/>
        <source>Optional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="64"/>
        <source>  | the verifier says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="66"/>
        <source>  nothing in your wallet fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="73"/>
        <source>  [%1] %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="78"/>
        <source>      NOT VALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="82"/>
        <source>      (this credential cannot hide claims: all of it is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="88"/>
        <source>      also shown (not selectively disclosable): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialImporter</name>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="55"/>
        <source>the input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="58"/>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="76"/>
        <source>the %1 carries no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="91"/>
        <source>this is a presentation, not a credential to keep; import the credentials it carries instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="95"/>
        <source>this %1 is not a verifiable credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialInspector</name>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="54"/>
        <source>credentials nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="57"/>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="94"/>
        <source>the %1 carries no signed credential, so there is nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="102"/>
        <source>the JSON is neither a credential, a presentation, nor a message vcdesk knows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="121"/>
        <source>the token&apos;s payload is not a strict JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="166"/>
        <source>the presentation carries no credential, so it proves nothing about its holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="186"/>
        <source>an embedded credential is neither text nor an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="191"/>
        <source>%1 [%2]</source>
        <translation type="unfinished">%1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="201"/>
        <source>the embedded token is signed but is not a credential or presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="216"/>
        <source>%1 embedded: %2 valid, %3 invalid, %4 unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="227"/>
        <source>more than %1 embedded credentials; refusing the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="40"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="88"/>
        <source>the JWT claim &quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="96"/>
        <location filename="../core/credential/CredentialParser.cpp" line="115"/>
        <source>the JWT claim &quot;%1&quot; (%2) differs from the %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="156"/>
        <source>the token looks like a credential or presentation (typ &quot;%1&quot;) but its payload is not one: &quot;vc&quot;/&quot;vp&quot; must be objects, an SD-JWT VC needs its &apos;~&apos; separators, a JSON-LD payload needs a VerifiableCredential or VerifiablePresentation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="163"/>
        <source>the token is a JWS but not a verifiable credential or presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="177"/>
        <source>holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="177"/>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="180"/>
        <source>credential subject id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="181"/>
        <source>credential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="182"/>
        <location filename="../core/credential/CredentialParser.cpp" line="237"/>
        <source>start of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="183"/>
        <location filename="../core/credential/CredentialParser.cpp" line="238"/>
        <source>end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="184"/>
        <location filename="../core/credential/CredentialParser.cpp" line="239"/>
        <source>issue time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="203"/>
        <source>the token has SD-JWT separators (&apos;~&apos;) but its typ is &quot;%1&quot;, not dc+sd-jwt (an SD-JWT VC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="213"/>
        <source>an SD-JWT VC must name its type in a &quot;vct&quot; string and carry no &quot;vc&quot; or &quot;vp&quot; claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="252"/>
        <source>the JSON is not a verifiable credential or presentation (it needs @context and a VerifiableCredential or VerifiablePresentation type)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialSearch</name>
    <message>
        <location filename="../core/store/CredentialSearch.cpp" line="82"/>
        <source>a page has 1 to %1 credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="38"/>
        <source>a credential has 1 byte to 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="26"/>
        <source>at most %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="30"/>
        <source>a tag has 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="155"/>
        <source>this credential is already in the wallet (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="210"/>
        <location filename="../core/store/CredentialStore.cpp" line="290"/>
        <location filename="../core/store/CredentialStore.cpp" line="304"/>
        <source>credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="236"/>
        <source>credential %1 does not match its listing: the wallet file was changed outside vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="42"/>
        <source>the credential names no issuer (its &quot;issuer&quot; or &quot;iss&quot; is missing, empty or not an identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="61"/>
        <source>the issuer is on your trust list as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="62"/>
        <source>the issuer %1 is not on your trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/CredentialVerifier.cpp" line="75"/>
        <source>%n disclosure(s) match the issuer&apos;s digests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataIntegrityCheck</name>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="53"/>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="57"/>
        <source>the proof&apos;s @context is not the document&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="83"/>
        <source>the proof&apos;s &quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="86"/>
        <source>the proof expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="89"/>
        <source>the proof was created in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="99"/>
        <source>eddsa-jcs-2022 needs an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="102"/>
        <source>proofValue is not base58btc multibase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="138"/>
        <source>the credential carries no proof, so nothing vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="159"/>
        <source>the proof&apos;s purpose is &quot;%1&quot;; a %2 needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="161"/>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="161"/>
        <source>credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="168"/>
        <source>the verification method %1 is not a DID URL vcdesk can resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="177"/>
        <source>cannot find the signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="183"/>
        <source>the DID document has no usable key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="188"/>
        <source>key %1 is not authorized for %2 by its DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="193"/>
        <source>the %1 proof does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="208"/>
        <source>unsupported proof suite: %1; vcdesk cannot check this signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="213"/>
        <source>%1 proof by %2 verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="215"/>
        <source>; not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="220"/>
        <source>the proof&apos;s key belongs to the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="221"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DcqlMatcher</name>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="40"/>
        <source>a credential query id must be 1-128 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="42"/>
        <source>credential query %1 has no format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="45"/>
        <source>%1 of %2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="47"/>
        <source>meta of %1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="51"/>
        <source>type_values of %1 must be a list of type lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="55"/>
        <source>vct_values of %1 must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="61"/>
        <source>claims of %1 must be a list of 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="66"/>
        <source>a claim of %1 has no valid path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="70"/>
        <source>claim ids of %1 must be unique identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="77"/>
        <source>values of a claim of %1 must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="80"/>
        <source>values may only be strings, numbers or booleans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="88"/>
        <source>claim_sets of %1 need claims and must be lists of claim ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="93"/>
        <source>claim_sets of %1 name a claim id that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="103"/>
        <source>credentials must be a list of 1 to %1 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="107"/>
        <source>a credential query is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="112"/>
        <source>the credential query id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="119"/>
        <source>credential_sets must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="123"/>
        <source>a credential set needs options: lists of credential query ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="127"/>
        <source>a credential set names the unknown query &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="131"/>
        <source>required of a credential set must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="229"/>
        <source>the wallet cannot answer any option of a required credential set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="262"/>
        <source>no credential in the wallet has the format, type and claims this part asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="273"/>
        <source>the wallet has no credential for a required part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DidDocument</name>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="26"/>
        <source>publicKeyBase58 of type %1 is not a supported signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="38"/>
        <source>the method carries no public key vcdesk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="77"/>
        <source>the DID document is for &quot;%1&quot;, not for the DID that was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="85"/>
        <source>a verification method has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="88"/>
        <source>verification method %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="97"/>
        <source>&quot;verificationMethod&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="101"/>
        <source>a verification method is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="111"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="127"/>
        <source>&quot;%1&quot; holds something that is neither a reference nor a method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DidUrl</name>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="22"/>
        <source>not a valid DID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="30"/>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="32"/>
        <source>it does not start with &quot;did:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="39"/>
        <source>the method name must be lowercase letters and digits followed by &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="50"/>
        <source>bad percent-encoding at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="58"/>
        <source>the method-specific id is empty or ends with &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="72"/>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="88"/>
        <source>it contains spaces, control or non-ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeCheck</name>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="35"/>
        <source>the service generated a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="38"/>
        <source>the message says a credential was generated but carries none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="41"/>
        <source>the generation service reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="44"/>
        <source>message &quot;%1&quot; carries no generated credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="51"/>
        <source>the verifier reports the presentation as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="54"/>
        <source>the verifier reports an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="56"/>
        <source>the request is still &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="66"/>
        <source>the action is &quot;%1&quot;, not accept or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="69"/>
        <source>the event says &quot;%1&quot; but the proof says &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="80"/>
        <source>the hosted wallet marks the credential as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="89"/>
        <source>record %1 has a credential that is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/EnvelopeCheck.cpp" line="96"/>
        <source>%n record(s) hold no credential yet (state %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerationClient</name>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="46"/>
        <source>the generation service answered for another flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="51"/>
        <source>the generated credential is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="56"/>
        <source>the credential could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="64"/>
        <source>the generation service sent an unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="12"/>
        <source>cannot start decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="25"/>
        <location filename="../core/codec/Gzip.cpp" line="37"/>
        <source>the compressed data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="26"/>
        <source>the compressed data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="32"/>
        <source>the data expands to more than %1 bytes; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldCredential</name>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="27"/>
        <source>the credential&apos;s content is not open (wallet locked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="154"/>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="159"/>
        <source>the wallet found it not valid when it last checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="161"/>
        <source>the wallet could not verify it when it last checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="165"/>
        <source>the wallet has not verified it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolderKeyring</name>
    <message>
        <location filename="../core/oid4vp/HolderKeyring.cpp" line="26"/>
        <source>the profile has no holder key to sign a presentation with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedWalletClient</name>
    <message>
        <location filename="../core/api/HostedWalletClient.cpp" line="17"/>
        <source>the hosted wallet&apos;s answer is not as expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/HostedWalletClient.cpp" line="111"/>
        <source>the hosted wallet did not delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <location filename="../cli/InputReader.cpp" line="17"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InputReader.cpp" line="18"/>
        <location filename="../cli/InputReader.cpp" line="31"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InputReader.cpp" line="30"/>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="30"/>
        <source>%1 is not a JWK: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="45"/>
        <source>the JWK Set %1 has %2 keys matching kid &quot;%3&quot;; need exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="58"/>
        <source>Decode a signed token (JWS/JWT), find its signer and verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="60"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="62"/>
        <source>Verify with this trusted JWK (or JWK Set) instead of DIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="63"/>
        <source>JWK_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="65"/>
        <source>Check validity at this time instead of now (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="66"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="68"/>
        <source>Development: allow plain http to this computer (did:web on localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="71"/>
        <source>Contact no server: DIDs and status lists come from caches or are reported as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="73"/>
        <source>The trust list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="74"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="76"/>
        <source>Seconds of clock difference tolerated in validity checks (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="78"/>
        <location filename="../cli/InspectCommand.cpp" line="83"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="81"/>
        <source>How old a cached status list or schema may be when it cannot be fetched again (seconds, default 86400); older ones make the check unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="86"/>
        <source>Token file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="96"/>
        <source>vcdesk inspect: give exactly one INPUT (a file, or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="105"/>
        <source>vcdesk inspect: --at needs an RFC 3339 time such as 2025-01-31T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="114"/>
        <source>vcdesk inspect: --clock-skew needs a number of seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="120"/>
        <source>vcdesk inspect: --cache-max-age needs a number of seconds from 0 to 31536000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="127"/>
        <location filename="../cli/InspectCommand.cpp" line="146"/>
        <source>vcdesk inspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="133"/>
        <source>vcdesk inspect: cannot use the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="152"/>
        <source>vcdesk inspect: cannot read the token: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectOptionsBuilder</name>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="74"/>
        <source>the clock skew must be from 0 to %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="77"/>
        <source>the cache age must be from 0 to %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPrinter</name>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="47"/>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="54"/>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="57"/>
        <source>Embedded credential %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="68"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="69"/>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSummary</name>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="22"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="22"/>
        <source>Issuer</source>
        <translation type="unfinished">Aussteller</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="33"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="34"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="39"/>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="41"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="43"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="44"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="46"/>
        <location filename="../core/verify/InspectionSummary.cpp" line="49"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="50"/>
        <source>given key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="53"/>
        <source>Embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="54"/>
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>&lt;h2&gt;Inspect a credential or token&lt;/h2&gt;</source>
        <translation type="vanished">&lt;h2&gt;Nachweis oder Token prüfen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="vanished">Datei öffnen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="vanished">Leeren</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="vanished">Nutzdaten</translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="vanished">Kopf</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">Wird geprüft…</translation>
    </message>
    <message>
        <source>Open a token</source>
        <translation type="vanished">Token öffnen</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="vanished">GÜLTIG</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="vanished">UNGÜLTIG</translation>
    </message>
    <message>
        <source>UNVERIFIABLE</source>
        <translation type="vanished">NICHT PRÜFBAR</translation>
    </message>
    <message>
        <source>Nothing inspected yet.</source>
        <translation type="vanished">Noch nichts geprüft.</translation>
    </message>
</context>
<context>
    <name>IssuerAgentClient</name>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="45"/>
        <source>the issuer agent did not answer with JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="48"/>
        <source>the issuer agent&apos;s answer has no &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="61"/>
        <source>the offers are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="155"/>
        <source>the exchange %1 ended with a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="157"/>
        <source>the offer %1 is still %2 after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="163"/>
        <source>stopped waiting for the offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="176"/>
        <source>the agent no longer knows the offer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerOffer</name>
    <message>
        <location filename="../core/api/IssuerOffer.cpp" line="12"/>
        <source>the issuer agent&apos;s answer is not as expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jcs</name>
    <message>
        <location filename="../core/codec/Jcs.cpp" line="173"/>
        <source>the document holds a number that a double cannot represent exactly, so it has no canonical form (RFC 8785)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="21"/>
        <source>the JSONPath &quot;%1&quot; is not supported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="24"/>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="26"/>
        <source>it does not start with $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="35"/>
        <source>recursive descent (..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="45"/>
        <source>a name is missing after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="50"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="61"/>
        <source>escaped or several names in one bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="68"/>
        <source>filters, slices and unions (&quot;[%1]&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="72"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="76"/>
        <source>&quot;$&quot; alone selects the whole credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="107"/>
        <source>schemas nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="129"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="135"/>
        <source>not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="137"/>
        <source>not the required value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="143"/>
        <source>shorter than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="147"/>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="154"/>
        <source>does not match the pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="160"/>
        <source>not a valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="167"/>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="170"/>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="176"/>
        <source>fewer than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="181"/>
        <source>more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="193"/>
        <source>not greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="195"/>
        <source>not less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="201"/>
        <source>&quot;%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="211"/>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="216"/>
        <source>not allowed by the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="249"/>
        <source>does not match all of the schemas in allOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="251"/>
        <source>matches none of the schemas in anyOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="253"/>
        <source>does not match exactly one of the schemas in oneOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="256"/>
        <source>matches the schema in not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="264"/>
        <source>no item matches the schema in contains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Wert</translation>
    </message>
</context>
<context>
    <name>JsonWebKey</name>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="30"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="88"/>
        <source>RSA keys under 2048 bits are refused (this one has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="93"/>
        <source>the RSA public exponent is not an odd number of at least 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="96"/>
        <source>the RSA key has the ROCA weakness (CVE-2017-15361) and can be factored; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="158"/>
        <source>the key is for alg %1, the token uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="170"/>
        <source>the token has an empty signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="177"/>
        <source>alg %1 cannot be used with a shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="182"/>
        <source>alg %1 cannot be used with an RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="185"/>
        <source>unknown key kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="192"/>
        <source>unknown HMAC algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="196"/>
        <source>the HMAC secret has %1 bytes; %2 needs at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="208"/>
        <source>the HMAC does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="225"/>
        <source>the signature does not match the key and the signed data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="20"/>
        <location filename="../core/crypto/Jwk.cpp" line="181"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="24"/>
        <source>JWK member &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="27"/>
        <source>JWK member &quot;%1&quot; must have %2 bytes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="41"/>
        <source>JWK key type &quot;%1&quot; is not a supported signature key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="45"/>
        <source>JWK curve &quot;%1&quot; is not supported (P-256, secp256k1, Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="49"/>
        <source>curve %1 needs kty &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="89"/>
        <source>the key&apos;s &quot;use&quot; is not a string, so the key is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="92"/>
        <source>the key&apos;s &quot;use&quot; is &quot;%1&quot;: it is not meant for signatures, so it verifies nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="110"/>
        <source>the key&apos;s &quot;key_ops&quot; are not an array of distinct strings, so the key is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="114"/>
        <source>the key&apos;s &quot;key_ops&quot; do not include &quot;verify&quot;, so it verifies nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="132"/>
        <source>the JWK&apos;s private key &quot;d&quot; does not belong to its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="174"/>
        <source>no thumbprint is defined for key type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="189"/>
        <source>JWK member &quot;%1&quot; has characters that need escaping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwkDidResolver</name>
    <message>
        <location filename="../core/did/JwkDidResolver.cpp" line="21"/>
        <source>not a did:jwk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/JwkDidResolver.cpp" line="34"/>
        <source>the did:jwk contains private key material; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwkSet</name>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="13"/>
        <source>a JWK Set needs a non-empty &quot;keys&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="26"/>
        <source>the JWK Set has two keys with kid &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="34"/>
        <source>the JWK Set mixes shared secrets with public keys; refusing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="45"/>
        <source>the token has no kid and the JWK Set has %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="52"/>
        <source>the JWK Set has no key with kid &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsSignatureCheck</name>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="36"/>
        <source>the token is unsigned (its signature is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="47"/>
        <source>verified with the given %1 key (thumbprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="57"/>
        <source>cannot tell whether the given key belongs to issuer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="64"/>
        <source>the given key is %1 of the issuer&apos;s DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="69"/>
        <source>the given key is not a key of the issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="75"/>
        <source>no key was given and DIDs are not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="83"/>
        <source>cannot find the signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="98"/>
        <source>no relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="111"/>
        <source>%1 has no %2 key that could have made this signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="117"/>
        <source>none of the keys of %1 verifies the signature (tried %2); the DID document was %3, so the signer cannot be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="123"/>
        <source>the signature does not verify with any key of %1 (tried %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="135"/>
        <source>no verification relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="139"/>
        <source>the signature is mathematically valid with key %1, but that DID lists the key only for %2, not for %3, so it is not authorized to sign this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="144"/>
        <source>key %1 verifies the signature but its DID authorizes it for nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="148"/>
        <source>signed with %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="154"/>
        <source>the signing key belongs to the issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="155"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="159"/>
        <source>the issuer &quot;%1&quot; is not a DID, so it cannot be tied to the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="16"/>
        <source>&quot;crit&quot; must be a non-empty array of header names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="21"/>
        <source>the token requires header extensions vcdesk does not implement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="26"/>
        <source>unencoded payloads (&quot;b64&quot;) are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="38"/>
        <source>the token says alg %1 but the key is a %2 key (alg %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="41"/>
        <source>the token has an empty signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBindingCheck</name>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="27"/>
        <source>the presentation has a key-binding JWT, but the credential names no holder key (cnf.jwk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="32"/>
        <source>the credential&apos;s holder key is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="34"/>
        <source>the key-binding JWT has typ &quot;%1&quot;, not kb+jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="36"/>
        <source>the key-binding JWT is not signed by the holder key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="44"/>
        <source>sd_hash does not match the presented credential and disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="47"/>
        <source>the key-binding JWT has no iat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="50"/>
        <source>the key-binding JWT&apos;s iat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="52"/>
        <source>the key-binding JWT was made in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="56"/>
        <source>the key-binding JWT lacks nonce or aud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="59"/>
        <source>presented by the holder key for %1 (nonce %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDidResolver</name>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="34"/>
        <source>not a did:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="37"/>
        <source>a did:key identifier is one base58btc multibase value (&apos;z...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="46"/>
        <source>did:key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="51"/>
        <source>the did:key is not in canonical form (EC keys must be compressed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="34"/>
        <source>key %1 has an unknown curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="139"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="154"/>
        <source>the profile has no key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="196"/>
        <source>key %1 does not match its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="208"/>
        <source>key %1 is the profile&apos;s default; make another key the default first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspect</source>
        <translation type="vanished">Prüfen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open token…</source>
        <translation type="vanished">Token &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About vcdesk</source>
        <translation type="vanished">Über &amp;vcdesk</translation>
    </message>
    <message>
        <source>About vcdesk</source>
        <translation type="vanished">Über vcdesk</translation>
    </message>
</context>
<context>
    <name>MandateHashCheck</name>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="42"/>
        <source>&quot;%1&quot; has a malformed hash (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="45"/>
        <source>&quot;%1&quot; does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="51"/>
        <source>no data item carries a hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/MandateHashCheck.cpp" line="53"/>
        <source>%n data item hash(es) match their values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiMethodDidResolver</name>
    <message>
        <location filename="../core/did/MultiMethodDidResolver.cpp" line="28"/>
        <source>vcdesk cannot resolve did:%1 DIDs (it resolves %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Multibase</name>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="25"/>
        <source>multibase text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="28"/>
        <source>multibase text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="36"/>
        <source>multibase prefix &apos;%1&apos; is not supported (only &apos;z&apos; and &apos;u&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="49"/>
        <source>base58 text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="59"/>
        <source>character at position %1 is not base58btc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Multikey</name>
    <message>
        <location filename="../core/did/Multikey.cpp" line="53"/>
        <source>a %1 key: vcdesk verifies P-256, secp256k1 and Ed25519 signatures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/Multikey.cpp" line="58"/>
        <source>multicodec key type 0x%1 is not a supported signature key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="41"/>
        <source>vcdesk is offline; %1 was not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="51"/>
        <source>URLs with user info are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="59"/>
        <source>refusing to contact the link-local address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="65"/>
        <source>refusing to contact %1 on this computer (allowed only in development, with --allow-loopback-http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="76"/>
        <source>refusing plain http to %1: only https is allowed (http only to this computer in development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="81"/>
        <source>URL scheme &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericDate</name>
    <message>
        <location filename="../core/jose/NumericDate.cpp" line="11"/>
        <source>&quot;%1&quot; is not a NumericDate (seconds since 1970)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/NumericDate.cpp" line="16"/>
        <source>&quot;%1&quot; is not a usable time (%2 seconds since 1970 is before 1970 or after the year 9999)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferStore</name>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="47"/>
        <source>an offer needs a record id and a state (at most 200 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="50"/>
        <source>the offer&apos;s claims exceed 256 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="70"/>
        <source>the offer belongs to another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="174"/>
        <location filename="../core/store/OfferStore.cpp" line="218"/>
        <location filename="../core/store/OfferStore.cpp" line="231"/>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="185"/>
        <source>offer %1&apos;s claims are damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../cli/OutputPath.cpp" line="12"/>
        <source>%1 is a symbolic link; vcdesk does not write through links (name the file itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/OutputPath.cpp" line="17"/>
        <source>%1 already exists; give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/OutputPath.cpp" line="19"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="25"/>
        <source>unknown key derivation algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="34"/>
        <source>the key derivation parameter %1 is not a usable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="40"/>
        <source>the key derivation salt is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="55"/>
        <source>the key derivation asks for %1 MiB x %2 passes x %3 lanes, beyond what vcdesk allows (at most %4 MiB, %5 passes, %6 MiB x passes in all); the file is damaged or hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="75"/>
        <source>the key derivation parameters are out of bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="100"/>
        <source>key derivation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="107"/>
        <source>the key derivation salt is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="111"/>
        <source>the key derivation parameters are too weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentCommand</name>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="46"/>
        <source>[y] send, [d] decline, Enter: send nothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="47"/>
        <source>[d] decline, Enter: send nothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="68"/>
        <source>credential %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="85"/>
        <source>Present this credential (repeatable); by default the first fitting one of each required part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="87"/>
        <source>CREDENTIAL_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="88"/>
        <source>Send without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="90"/>
        <source>Tell the verifier no (access_denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="92"/>
        <source>Development: allow plain http to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="93"/>
        <source>The trust list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="94"/>
        <location filename="../cli/PresentCommand.cpp" line="97"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="96"/>
        <source>Also trust this CA certificate (PEM) for x509 verifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="100"/>
        <source>usage: vcdesk present [--wallet FILE] [--select CREDENTIAL_ID]... [--yes] [--decline] [--json] URI   (URI may be - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="123"/>
        <source>--select needs a credential id (see vcdesk wallet list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="137"/>
        <source>cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="180"/>
        <source>nothing was sent to the verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="183"/>
        <location filename="../cli/PresentCommand.cpp" line="189"/>
        <source>the holder declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="195"/>
        <source>Nothing in your wallet fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="197"/>
        <source>nothing in the wallet fits this request; nothing was sent (use --decline to tell the verifier no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="217"/>
        <source>credential %1 answers no part of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="224"/>
        <source>no valid credential fits the required part %1; choose one with --select to send it anyway; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="236"/>
        <source>not sent: %1 is not valid; vcdesk sends a credential that is not valid only when you confirm it at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="241"/>
        <source>These credentials are NOT VALID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="244"/>
        <source>Send them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="248"/>
        <source>nothing was sent: confirm with --yes when not at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="249"/>
        <source>Send this to the verifier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="259"/>
        <source>The verifier accepted the presentation (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="261"/>
        <source>Continue in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationBuilder</name>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="81"/>
        <source>no credential was chosen for the required part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="86"/>
        <source>part %1 takes one credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="95"/>
        <source>credential %1 does not answer part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="149"/>
        <source>the SD-JWT credential is bound to a key this wallet does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="194"/>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="218"/>
        <source>vcdesk cannot yet present %1 credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="290"/>
        <source>there is no holder key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationExchangeMatcher</name>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="35"/>
        <source>the presentation definition has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="39"/>
        <source>input_descriptors must be a list of 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="45"/>
        <source>every input descriptor needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="52"/>
        <source>fields of %1 must be a list of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="57"/>
        <source>a field of %1 has no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="60"/>
        <source>a filter of %1 is not a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="67"/>
        <source>a submission requirement&apos;s rule must be all or pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="200"/>
        <source>no credential in the wallet has the format and fields this part asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="210"/>
        <source>the wallet has no credential for a required part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="223"/>
        <source>the wallet cannot meet the submission requirements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationSession</name>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="35"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="42"/>
        <source>only the first %1 credentials were searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="94"/>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="108"/>
        <source>no request is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrismDid</name>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="18"/>
        <source>invalid did:prism: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="33"/>
        <source>%1 has the wrong wire type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="38"/>
        <source>the operation has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="90"/>
        <source>a short-form did:prism can only be resolved by a PRISM node; vcdesk reads long-form DIDs offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="93"/>
        <source>expected &lt;hash&gt;:&lt;encoded state&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="97"/>
        <source>the hash part must be 64 hex characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="99"/>
        <source>the encoded state is larger than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="106"/>
        <source>the DID&apos;s hash does not match its encoded creation operation (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="123"/>
        <source>key id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="129"/>
        <source>the creation operation has no secp256k1 master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="144"/>
        <source>more than 64 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="193"/>
        <source>a key has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="195"/>
        <source>key &quot;%1&quot; has no key data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="201"/>
        <source>key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrismDidResolver</name>
    <message>
        <location filename="../core/did/PrismDidResolver.cpp" line="14"/>
        <source>not a did:prism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/PrismDidResolver.cpp" line="54"/>
        <source>read offline from the DID&apos;s creation operation; keys added by later updates are known only to a PRISM node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="58"/>
        <source>a %1 private key has 32 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="67"/>
        <source>libsodium failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="81"/>
        <source>the private key is not in the range of the curve&apos;s group order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="120"/>
        <source>no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="134"/>
        <source>libsecp256k1 could not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="154"/>
        <source>could not encode the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="158"/>
        <source>unknown key type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="25"/>
        <source>a profile name has 1 to 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="28"/>
        <source>there is already a profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="70"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="86"/>
        <source>the wallet has no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="100"/>
        <source>a wallet keeps at least one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="106"/>
        <source>there is no profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtobufReader</name>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="11"/>
        <source>protobuf field key is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="15"/>
        <source>invalid protobuf field number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="23"/>
        <source>protobuf varint is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="33"/>
        <source>protobuf fixed field is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="47"/>
        <source>protobuf length-delimited field runs past the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="55"/>
        <source>protobuf wire type %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="24"/>
        <source>the signature does not match the key and the signed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="41"/>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="51"/>
        <source>an EC public key has 33 or 65 bytes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="56"/>
        <source>the public key is not a valid point on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="65"/>
        <source>libsecp256k1 refused the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="101"/>
        <source>no public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="103"/>
        <source>a %1 signature has 64 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="111"/>
        <source>libsodium failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="134"/>
        <source>digest verification needs an ECDSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="136"/>
        <source>an ECDSA signature has 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="142"/>
        <source>the signature values lie outside the curve&apos;s group order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSealer</name>
    <message>
        <location filename="../core/store/RecordSealer.cpp" line="50"/>
        <source>a sealed %1 record (%2) does not open: the wallet file was changed outside vcdesk or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAuthenticator</name>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="31"/>
        <source>a redirect_uri client must not sign its request: nothing could verify the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="35"/>
        <source>the answer would go to %1, not to the client_id&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="38"/>
        <source>not authenticated: the verifier is known only by its address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="46"/>
        <source>a %1 client must sign its request; this one is unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="56"/>
        <source>unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="68"/>
        <source>the request&apos;s kid &quot;%1&quot; is not a key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="73"/>
        <source>no DID resolver is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="77"/>
        <source>the verifier&apos;s DID does not resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="81"/>
        <source>the DID document has no usable key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="84"/>
        <source>the request&apos;s signature does not verify with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="86"/>
        <source>request signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="101"/>
        <source>the request&apos;s x5c is not base64 DER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="107"/>
        <source>a %1 request needs an x5c certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="115"/>
        <source>the certificate is not for %1 (it names %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="120"/>
        <source>the answer would go to %1, not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="127"/>
        <source>the certificate&apos;s hash is not the client_id&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="131"/>
        <source>the request&apos;s signature does not verify with the certificate&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="135"/>
        <source>request signed with the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="150"/>
        <source>the answer would go to %1, not to %2&apos;s address %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="154"/>
        <source>the request did not come from %1&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="158"/>
        <source>pre-registered as the verifier account &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="162"/>
        <source>&quot;%1&quot; is no verifier this wallet knows, and its client_id names no way to authenticate it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestResolver</name>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="75"/>
        <source>unknown request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="99"/>
        <source>the request could not be fetched from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="116"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="129"/>
        <source>the request is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="135"/>
        <source>the request object is not a JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="140"/>
        <source>the request object&apos;s claims are unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="144"/>
        <source>the client_id in the link (%1) is not the one in the signed request (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="151"/>
        <source>an %1 link must carry the client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="155"/>
        <source>the request does not echo this wallet&apos;s wallet_nonce (replayed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="166"/>
        <source>the request&apos;s expiry is an invalid time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="168"/>
        <source>the request has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="185"/>
        <source>the request object&apos;s typ is &quot;%1&quot;, not oauth-authz-req+jwt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseSender</name>
    <message>
        <location filename="../core/oid4vp/ResponseSender.cpp" line="58"/>
        <source>the verifier did not accept the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="29"/>
        <source>more than 8 schemas; refusing the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="40"/>
        <source>schema type &quot;%1&quot; is not one vcdesk applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="44"/>
        <source>cannot get the schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="48"/>
        <source>the schema %1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="52"/>
        <source>does not conform to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="56"/>
        <source>the schema %1 uses %2, which vcdesk does not evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="59"/>
        <source>conforms to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <location filename="../core/store/SchemaMigrations.cpp" line="178"/>
        <source>this wallet was written by a newer vcdesk (schema %1; this build knows up to %2); update vcdesk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrations.cpp" line="187"/>
        <source>could not upgrade the wallet to schema %1 (%2): %3; it is unchanged at schema %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SdJwt</name>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="37"/>
        <source>the SD-JWT has %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="53"/>
        <source>an SD-JWT has a &apos;~&apos; after the issuer JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="56"/>
        <source>the SD-JWT has more than %1 disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="61"/>
        <source>issuer JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="70"/>
        <source>disclosure %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="73"/>
        <source>disclosure %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="78"/>
        <source>disclosure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="82"/>
        <source>disclosure %1 is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="93"/>
        <source>disclosure %1 uses the reserved name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="100"/>
        <source>disclosure %1 is not [salt, name, value] or [salt, value]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="109"/>
        <source>key-binding JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="122"/>
        <source>disclosure digests use &quot;%1&quot;; vcdesk supports sha-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="137"/>
        <source>disclosure &quot;%1&quot; is not referenced by the issuer&apos;s digests (changed or foreign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="139"/>
        <source>array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="152"/>
        <source>disclosures nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="161"/>
        <source>a disclosure digest is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="177"/>
        <source>&quot;_sd&quot; must be an array of digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="183"/>
        <source>&quot;_sd&quot; holds something that is not a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="193"/>
        <source>an array-element disclosure is referenced from an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="199"/>
        <source>disclosed claim &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="221"/>
        <source>an object-member disclosure is referenced from an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedRecord</name>
    <message>
        <location filename="../core/store/SealedRecord.cpp" line="102"/>
        <source>a sealed %1 record has a bad field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SealedRecord.cpp" line="165"/>
        <source>a sealed %1 record (%2) is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealingMigration</name>
    <message>
        <location filename="../core/store/SealingMigration.cpp" line="82"/>
        <source>could not seal the wallet&apos;s records (schema 2): %1; it is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceThread</name>
    <message>
        <location filename="../core/common/ServiceThread.cpp" line="66"/>
        <source>this needs a running application, and cannot be waited for on the thread that must do it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerResolver</name>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="42"/>
        <source>the token only carries or points to its own key (jwk/jku/x5c/x5u header), which proves nothing on its own; give a trusted key or use a DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="45"/>
        <source>the token names no DID (kid or iss) to take the key from, and no key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="63"/>
        <source>the DID document of %1 has no key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="67"/>
        <source>key %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="78"/>
        <source>the DID document of %1 has no usable signature key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="13"/>
        <source>the wallet is busy with another writer; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="16"/>
        <source>the disk is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="18"/>
        <source>wallet database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqlTransaction.cpp" line="62"/>
        <source>no transaction to commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="20"/>
        <source>not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="27"/>
        <location filename="../core/store/SqliteStatement.cpp" line="37"/>
        <source>wallet database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="95"/>
        <source>a stored value has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="120"/>
        <source>the statement returned rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusListCheck</name>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="54"/>
        <source>more than 8 status entries; refusing the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="73"/>
        <source>status type &quot;%1&quot; is not one vcdesk checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="77"/>
        <source>the %1 entry lacks a list URL or a valid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="93"/>
        <source>cannot get a current status list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="101"/>
        <source>the status list is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="112"/>
        <source>the status list has expired (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="113"/>
        <source>the status list credential is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="119"/>
        <source>the cached status list expired at %1 and no current one could be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="123"/>
        <source>the status list is issued by %1, not by the credential&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="129"/>
        <source>the entry&apos;s purpose &quot;%1&quot; differs from the list&apos;s &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="140"/>
        <source>revoked (index %1 of the list, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="141"/>
        <source>suspended (index %1 of the list, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="143"/>
        <source>status bit set for purpose &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="147"/>
        <source>not %1 (index %2, list %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="148"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="148"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="156"/>
        <source>the status list has no encodedList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="168"/>
        <source>the status list&apos;s encodedList is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="174"/>
        <source>the status list cannot be decompressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="178"/>
        <source>index %1 lies beyond the list&apos;s %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="33"/>
        <source>unexpected data after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="43"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="65"/>
        <source>unknown literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="72"/>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="102"/>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="123"/>
        <source>expected a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="131"/>
        <source>member &quot;%1&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="136"/>
        <source>object has more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="141"/>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="152"/>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="164"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="186"/>
        <source>array has more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="192"/>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="204"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="223"/>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="230"/>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="257"/>
        <location filename="../core/codec/StrictJson.cpp" line="267"/>
        <location filename="../core/codec/StrictJson.cpp" line="273"/>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="261"/>
        <source>truncated UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="286"/>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="295"/>
        <source>control character in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="307"/>
        <source>unterminated escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="342"/>
        <source>lone low surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="349"/>
        <location filename="../core/codec/StrictJson.cpp" line="356"/>
        <source>lone high surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="365"/>
        <source>invalid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="393"/>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="399"/>
        <source>leading zero in number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="410"/>
        <source>digit expected after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="422"/>
        <source>digit expected in exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="439"/>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="447"/>
        <source>the number %1 cannot be represented exactly (more precision than a double)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="468"/>
        <source>JSON text of %1 bytes is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="480"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="17"/>
        <source>Manage the issuers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="19"/>
        <source>The issuer&apos;s name (for add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="20"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="21"/>
        <source>The trust list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="22"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="23"/>
        <source>Print JSON (for list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="25"/>
        <source>add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="27"/>
        <source>A DID, or a pattern such as did:web:example.com*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="37"/>
        <source>usage: vcdesk trust add PATTERN --name NAME | remove PATTERN | list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="44"/>
        <location filename="../cli/TrustCommand.cpp" line="66"/>
        <location filename="../cli/TrustCommand.cpp" line="75"/>
        <source>vcdesk trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="56"/>
        <source>The trust list is empty (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="70"/>
        <source>vcdesk trust: %1 is not on the trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="79"/>
        <source>Trusted %1 as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="80"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustList</name>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="28"/>
        <source>the trust list %1 does not exist (or is not a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="46"/>
        <source>the trust list %1 is damaged; fix or remove it (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="56"/>
        <source>the trust list %1 has a bad entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="73"/>
        <location filename="../core/verify/TrustList.cpp" line="77"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="91"/>
        <source>&quot;%1&quot; is neither a DID nor a DID pattern such as did:web:example.com*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="94"/>
        <source>give the issuer a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidityCheck</name>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="28"/>
        <source>expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="33"/>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="38"/>
        <source>issued in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="42"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="42"/>
        <source>with no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="43"/>
        <source>valid at %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Varint</name>
    <message>
        <location filename="../core/codec/Varint.cpp" line="10"/>
        <source>varint is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="13"/>
        <source>varint does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="18"/>
        <source>varint is not minimally encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="22"/>
        <source>varint is longer than 10 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="9"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="11"/>
        <source>Not valid</source>
        <translation>Nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="13"/>
        <source>Cannot be verified</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="17"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="29"/>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="31"/>
        <source>At least one check failed: do not rely on it.</source>
        <translation>Mindestens eine Prüfung ist fehlgeschlagen: verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="33"/>
        <source>Something could not be checked, so it is not valid: do not rely on it.</source>
        <translation>Etwas konnte nicht geprüft werden, daher ist es nicht gültig: verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="37"/>
        <source>It has not been checked: do not rely on it until it is.</source>
        <translation>Es wurde nicht geprüft: verlassen Sie sich erst darauf, wenn es geprüft ist.</translation>
    </message>
</context>
<context>
    <name>VerificationLog</name>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="53"/>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="56"/>
        <source>a log entry field is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="147"/>
        <source>log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="161"/>
        <source>log entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="179"/>
        <source>the log is kept for 1 to 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifierApiClient</name>
    <message>
        <location filename="../core/api/VerifierApiClient.cpp" line="39"/>
        <source>the verifier&apos;s auth request lacks correlationId or authRequestURI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <location filename="../core/store/Wallet.cpp" line="72"/>
        <source>the wallet needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="112"/>
        <source>%1 is not a vcdesk wallet (it has no wallet key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="127"/>
        <source>no wallet key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="133"/>
        <source>this wallet must be unlocked once with its passphrase (to seal its records) before the remembered key can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="139"/>
        <source>the remembered key does not open this wallet; unlock it with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="153"/>
        <source>the wallet must be sealed once (schema %1); open it for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="187"/>
        <source>the wallet has no identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="207"/>
        <source>the new passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletBackup</name>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="65"/>
        <source>the backup needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="69"/>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="74"/>
        <location filename="../core/store/WalletBackup.cpp" line="149"/>
        <source>cannot write next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="99"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="108"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="123"/>
        <source>the restored wallet needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="126"/>
        <source>%1 already exists; restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="130"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="137"/>
        <source>this backup format or version is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="166"/>
        <source>the backup&apos;s manifest is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="176"/>
        <source>the wallet in the backup is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="181"/>
        <source>the backup&apos;s wallet key does not open its records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="193"/>
        <source>the backup&apos;s wallet key does not open its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="207"/>
        <source>the restored wallet did not close cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="210"/>
        <source>cannot move the restored wallet to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletCli</name>
    <message>
        <location filename="../cli/WalletCli.cpp" line="67"/>
        <source>The wallet file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="67"/>
        <location filename="../cli/WalletCli.cpp" line="70"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="69"/>
        <source>Read the wallet passphrase from FILE (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="71"/>
        <source>The wallet profile (default: the first one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="72"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="73"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="75"/>
        <source>How long deriving a key from a new passphrase may take (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="76"/>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="77"/>
        <source>Unlock with the key the system keychain remembers (see &quot;vcdesk wallet keychain remember&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="130"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="135"/>
        <source>%1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="139"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="149"/>
        <source>Wallet passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="162"/>
        <source>no passphrase: give --passphrase-file FILE or type it on standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="87"/>
        <source>usage: vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|keychain|backup|restore [--wallet FILE] [--passphrase-file FILE] [--json] ...
       vcdesk wallet ACTION --help for the options of one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="99"/>
        <source>ES256 (default), ES256K or EdDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="99"/>
        <location filename="../cli/WalletCommand.cpp" line="289"/>
        <source>ALG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="101"/>
        <source>key (default) or jwk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="102"/>
        <location filename="../cli/WalletCommand.cpp" line="291"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="105"/>
        <source>usage: vcdesk wallet create [--wallet FILE] [--profile NAME] [--key-type ES256|ES256K|EdDSA] [--did-method key|jwk]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="111"/>
        <location filename="../cli/WalletCommand.cpp" line="311"/>
        <source>unknown key type or DID method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="112"/>
        <source>New wallet passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="131"/>
        <source>Created the wallet %1 with the profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="134"/>
        <source>Your DID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="143"/>
        <source>Only this credential type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="144"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="145"/>
        <source>Only this issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="145"/>
        <source>DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="147"/>
        <source>Text in the title, types, issuer, subject or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="148"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="149"/>
        <source>Only with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="149"/>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="151"/>
        <source>added (default), issued, expires, title or issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="152"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="153"/>
        <source>Oldest or A first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="154"/>
        <source>At most N (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="154"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="159"/>
        <source>usage: vcdesk wallet list [--type T] [--issuer DID] [--search TEXT] [--tag TAG] [--sort added|issued|expires|title|issuer] [--asc] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="170"/>
        <source>unknown sort key or a bad --limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="204"/>
        <source>No credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="211"/>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="223"/>
        <source>Write to FILE (owner-only) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="224"/>
        <location filename="../cli/WalletCommand.cpp" line="417"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="226"/>
        <source>Replace FILE if it exists (never through a link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="229"/>
        <source>usage: vcdesk wallet export ID [--out FILE [--force]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="236"/>
        <location filename="../cli/WalletCommand.cpp" line="266"/>
        <source>ID is a credential number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="253"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="254"/>
        <source>Wrote credential %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="262"/>
        <source>usage: vcdesk wallet delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="279"/>
        <source>Deleted credential %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="289"/>
        <source>Make a new key: ES256, ES256K or EdDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="291"/>
        <source>For --generate: key (default) or jwk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="294"/>
        <source>Make key ID the profile&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="294"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="297"/>
        <source>usage: vcdesk wallet keys [--generate ALG [--did-method key|jwk]] [--set-default ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="319"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="338"/>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="347"/>
        <source>Add a profile with its own default key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="347"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="349"/>
        <source>usage: vcdesk wallet profiles [--add NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="388"/>
        <source>usage: vcdesk wallet keychain remember|forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="406"/>
        <source>The system keychain now opens this wallet (use --keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="407"/>
        <source>The system keychain no longer holds this wallet&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="417"/>
        <source>Read the new passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="420"/>
        <source>usage: vcdesk wallet passphrase --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="436"/>
        <source>The wallet passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletDatabase</name>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="39"/>
        <source>%1 already exists; choose another file or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="42"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="48"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="53"/>
        <source>there is no wallet at %1; create one with &quot;vcdesk wallet create&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="56"/>
        <location filename="../core/store/WalletDatabase.cpp" line="110"/>
        <location filename="../core/store/WalletDatabase.cpp" line="115"/>
        <location filename="../core/store/WalletDatabase.cpp" line="135"/>
        <source>%1 is not a vcdesk wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="65"/>
        <source>%1 has %2 names (hard links); vcdesk opens a wallet only through one name, since a second one would lose or corrupt what is written; remove the other links (or copy the file) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="88"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="120"/>
        <source>%1 cannot use write-ahead logging (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="123"/>
        <location filename="../core/store/WalletDatabase.cpp" line="138"/>
        <source>this wallet was written by a newer vcdesk (schema %1); update vcdesk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="143"/>
        <source>the wallet uses schema %1; open it for writing once to bring it to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletHost</name>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="22"/>
        <source>no wallet is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletIndex</name>
    <message>
        <location filename="../core/store/WalletIndex.cpp" line="32"/>
        <source>cannot open the wallet&apos;s index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletIndex.cpp" line="92"/>
        <source>the wallet&apos;s %1 record %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletIntegrity</name>
    <message>
        <location filename="../core/store/WalletIntegrity.cpp" line="115"/>
        <source>the wallet&apos;s records are not the set vcdesk wrote (a record was removed, restored from an older copy or moved): the file was changed outside vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletKeyWrap</name>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="24"/>
        <source>the file has no wallet identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="60"/>
        <source>the passphrase is not right; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="63"/>
        <source>the wrapped wallet key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="92"/>
        <source>the file has no wallet key; it is not a vcdesk wallet or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="98"/>
        <source>the wallet&apos;s KDF parameters are damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletKeychain</name>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="76"/>
        <source>the system keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="37"/>
        <source>the keychain does not hold this wallet&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="41"/>
        <source>the keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="45"/>
        <source>this system has no keychain service vcdesk can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="48"/>
        <source>the system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="124"/>
        <source>the keychain entry for this wallet is not a wallet key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletTransaction</name>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="86"/>
        <source>no transaction to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="103"/>
        <source>the change was saved but the wallet&apos;s view of it failed (%1); lock and unlock the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="135"/>
        <source>unknown table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="163"/>
        <source>the wallet&apos;s %1 record %2 was written by another session; lock and unlock the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="179"/>
        <source>the %1 record %2 is missing its row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletTransferCommand</name>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="23"/>
        <source>Verify without the network (cached status lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="24"/>
        <source>Tag the imported credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="25"/>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="27"/>
        <source>Allow http:// to this machine (development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="30"/>
        <source>usage: vcdesk wallet import CREDENTIAL_FILE... [--offline] [--tag TAG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="53"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="60"/>
        <source>%1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="86"/>
        <source>Added %1: %2 from %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="95"/>
        <source>Already in the wallet as %1; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="103"/>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="104"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="106"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="133"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="135"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="106"/>
        <source>Read the backup&apos;s own passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="109"/>
        <source>usage: vcdesk wallet backup --out FILE --backup-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="111"/>
        <source>--out and --backup-passphrase-file are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="124"/>
        <source>Wrote the backup %1. Keep its passphrase apart from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="133"/>
        <source>The backup file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="135"/>
        <source>Read the backup&apos;s passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="138"/>
        <source>usage: vcdesk wallet restore --in FILE --backup-passphrase-file FILE [--wallet NEW_FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="141"/>
        <source>--in and --backup-passphrase-file are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="145"/>
        <source>New wallet passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="155"/>
        <source>Restored the wallet into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebDidResolver</name>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="20"/>
        <source>did:web has an invalid host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="26"/>
        <source>did:web has an invalid path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="34"/>
        <source>did:web does not name a valid host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="41"/>
        <source>not a did:web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="52"/>
        <source>could not fetch the did:web document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="59"/>
        <source>the did:web document is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="74"/>
        <source>cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="110"/>
        <source>the file changed while it was being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="121"/>
        <source>the wallet %1 is open for writing in another vcdesk process; close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="117"/>
        <source>the wallet %1 is open for writing in another vcdesk process (pid %2); close it there first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <source>vcdesk: this build has no window (built without the GUI); see vcdesk --help for its commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcdesk-agent</name>
    <message>
        <location filename="../app/AgentMain.cpp" line="28"/>
        <source>The local issuer, verifier and wallet service of vcdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="33"/>
        <source>Address to listen on: 127.0.0.1, ::1 or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="38"/>
        <source>Port (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="42"/>
        <source>The agent&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="48"/>
        <source>For define: a credential type it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="52"/>
        <source>For define: a claim it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="56"/>
        <source>Development: let the agent&apos;s verifiers fetch DIDs (did:web) and status lists over plain http from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="62"/>
        <source>Nothing to serve, or: revoke RECORD_ID | define ID | definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="82"/>
        <source>Revoked the credential of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcdesk::AuthStatusPoller</name>
    <message>
        <location filename="../core/api/AuthStatusPoller.cpp" line="52"/>
        <source>no answer from the holder within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/AuthStatusPoller.cpp" line="99"/>
        <source>the verifier reports an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcdesk::CheckListModel</name>
    <message>
        <location filename="../models/CheckListModel.cpp" line="31"/>
        <source>Pass</source>
        <translation type="unfinished">Bestanden</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="33"/>
        <source>Fail</source>
        <translation type="unfinished">Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="37"/>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="87"/>
        <source>Check</source>
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="89"/>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="91"/>
        <source>Reason</source>
        <translation type="unfinished">Begründung</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialListModel</name>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="73"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="75"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="vanished">gültig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="vanished">ungültig</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="vanished">nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="89"/>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="91"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="93"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="95"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vcdesk::HttpCall</name>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="45"/>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="86"/>
        <location filename="../core/net/HttpClient.cpp" line="80"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="123"/>
        <source>%1 redirects to %2, which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="132"/>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="183"/>
        <source>the secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="193"/>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="215"/>
        <source>%1 (the body says status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="217"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="218"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="225"/>
        <source>the answer from %1 broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="230"/>
        <source>%1 answered with a redirect (%2), which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="78"/>
        <source>networking needs a running application (no QCoreApplication)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcdesk::InspectionController</name>
    <message>
        <location filename="../models/InspectionController.cpp" line="48"/>
        <source>%1 [%2]</source>
        <translation type="unfinished">%1 [%2]</translation>
    </message>
</context>
<context>
    <name>vcdesk::InspectorPage</name>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="63"/>
        <source>&lt;h2&gt;Inspect a credential or token&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Nachweis oder Token prüfen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="68"/>
        <source>Paste a signed token (JWT / JWS) here, drop a file on this window, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="75"/>
        <source>Open file…</source>
        <translation type="unfinished">Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="76"/>
        <source>Clear</source>
        <translation type="unfinished">Leeren</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="114"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="117"/>
        <source>Payload</source>
        <translation type="unfinished">Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="118"/>
        <source>Header</source>
        <translation type="unfinished">Kopf</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="120"/>
        <source>Embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="143"/>
        <source>Checking…</source>
        <translation type="unfinished">Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="166"/>
        <source>Open a token</source>
        <translation type="unfinished">Token öffnen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="167"/>
        <source>Tokens (*.jwt *.jws *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="176"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="180"/>
        <source>%1 is larger than 16 MiB; it is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="229"/>
        <location filename="../ui/InspectorPage.cpp" line="235"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="230"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="obsolete">GÜLTIG</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="obsolete">UNGÜLTIG</translation>
    </message>
    <message>
        <source>UNVERIFIABLE</source>
        <translation type="obsolete">NICHT PRÜFBAR</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="250"/>
        <source>Embedded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="264"/>
        <source>This is not a token vcdesk can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="272"/>
        <source>Nothing inspected yet.</source>
        <translation type="unfinished">Noch nichts geprüft.</translation>
    </message>
</context>
<context>
    <name>vcdesk::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="113"/>
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="115"/>
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="129"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="141"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="141"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
</context>
<context>
    <name>vcdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="21"/>
        <source>vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="39"/>
        <source>Inspect</source>
        <translation type="unfinished">Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>&amp;Open token…</source>
        <translation type="unfinished">Token &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>&amp;About vcdesk</source>
        <translation type="unfinished">Über &amp;vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>About vcdesk</source>
        <translation type="unfinished">Über vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>&lt;b&gt;vcdesk %1&lt;/b&gt;&lt;p&gt;Verifiable credentials on the desktop: inspect and verify credentials, keep them in a wallet, present them, and run a verifier kiosk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcdesk::OfferListModel</name>
    <message>
        <location filename="../models/OfferListModel.cpp" line="41"/>
        <source>Credential offer</source>
        <translation>Nachweis-Angebot</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="60"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="62"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="64"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>vcdesk::PagedTableModel</name>
    <message>
        <location filename="../models/PagedTableModel.cpp" line="38"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentationFlow</name>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="68"/>
        <source>Reading the verifier&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="106"/>
        <source>the wallet was closed while the request was open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="108"/>
        <source>Sending your answer to the verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="143"/>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcdesk::VerificationLogModel</name>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="63"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="65"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="67"/>
        <source>Asked for</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="69"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="71"/>
        <source>Reason</source>
        <translation type="unfinished">Begründung</translation>
    </message>
</context>
<context>
    <name>vcdesk::WalletSession</name>
    <message>
        <location filename="../models/WalletSession.cpp" line="34"/>
        <source>%1 [%2]</source>
        <translation type="unfinished">%1 [%2]</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="49"/>
        <source>Cannot open the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="64"/>
        <source>Opening your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="73"/>
        <source>The wallet stays locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
