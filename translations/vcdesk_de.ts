<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlgorithmPolicy</name>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="24"/>
        <source>the token is unsigned (alg &quot;%1&quot;); unsigned tokens are never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="30"/>
        <source>alg %1 uses a shared secret, which cannot prove who issued a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="33"/>
        <source>signature algorithm &quot;%1&quot; is not accepted here</source>
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
        <location filename="../core/codec/Base64Url.cpp" line="49"/>
        <source>base64url must not be padded with &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="51"/>
        <source>character %1 at position %2 is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="68"/>
        <source>base64url text is not canonical (non-zero trailing bits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <location filename="../models/CheckListModel.cpp" line="29"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="31"/>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="35"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="79"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="81"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="83"/>
        <source>Reason</source>
        <translation>Begründung</translation>
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
        <location filename="../core/jose/CompactJws.cpp" line="82"/>
        <source>payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DidDocument</name>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="34"/>
        <source>multicodec key type 0x%1 is not a supported signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="52"/>
        <source>publicKeyBase58 of type %1 is not a supported signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="64"/>
        <source>the method carries no public key vcdesk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="103"/>
        <source>the DID document is for &quot;%1&quot;, not for the DID that was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="111"/>
        <source>a verification method has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="114"/>
        <source>verification method %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="123"/>
        <source>&quot;verificationMethod&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="127"/>
        <source>a verification method is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="137"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="153"/>
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
    <name>HttpFetcher</name>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="68"/>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="74"/>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="81"/>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="84"/>
        <source>the secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="87"/>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="91"/>
        <source>the answer from %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="94"/>
        <source>%1 answered with a redirect (%2), which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="102"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/HttpFetcher.cpp" line="103"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <location filename="../app/InputReader.cpp" line="17"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InputReader.cpp" line="18"/>
        <location filename="../app/InputReader.cpp" line="31"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InputReader.cpp" line="30"/>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <location filename="../app/InspectCommand.cpp" line="28"/>
        <source>%1 is not a JWK: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="43"/>
        <source>the JWK Set %1 has %2 keys matching kid &quot;%3&quot;; need exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="56"/>
        <source>Decode a signed token (JWS/JWT), find its signer and verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="58"/>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="60"/>
        <source>Verify with this trusted JWK (or JWK Set) instead of DIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="61"/>
        <source>JWK_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="63"/>
        <source>Check validity at this time instead of now (RFC 3339).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="64"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="66"/>
        <source>Development: allow plain http to this computer (did:web on localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="70"/>
        <source>Token file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="80"/>
        <source>vcdesk inspect: give exactly one INPUT (a file, or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="89"/>
        <source>vcdesk inspect: --at needs an RFC 3339 time such as 2025-01-31T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="96"/>
        <source>vcdesk inspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="102"/>
        <source>vcdesk inspect: cannot use the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectCommand.cpp" line="114"/>
        <source>vcdesk inspect: cannot read the token: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionController</name>
    <message>
        <location filename="../models/InspectionController.cpp" line="62"/>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPrinter</name>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="31"/>
        <source>Format:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="32"/>
        <source>Algorithm:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="36"/>
        <source>Issuer:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="38"/>
        <source>Subject:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="40"/>
        <source>Signed by:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="43"/>
        <source>Signed by:  given key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="46"/>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="52"/>
        <source>Verdict:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="53"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/InspectionPrinter.cpp" line="54"/>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="58"/>
        <source>&lt;h2&gt;Inspect a credential or token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nachweis oder Token prüfen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="63"/>
        <source>Paste a signed token (JWT / JWS) here, drop a file on this window, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="70"/>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="71"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="108"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="109"/>
        <source>Header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="132"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="155"/>
        <source>Open a token</source>
        <translation>Token öffnen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="156"/>
        <source>Tokens (*.jwt *.jws *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="165"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="169"/>
        <source>%1 is larger than 16 MiB; it is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="198"/>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="202"/>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="206"/>
        <source>UNVERIFIABLE</source>
        <translation>NICHT PRÜFBAR</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="213"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="218"/>
        <source>issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="222"/>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="236"/>
        <source>This is not a token vcdesk can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="244"/>
        <source>Nothing inspected yet.</source>
        <translation>Noch nichts geprüft.</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="102"/>
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="104"/>
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="123"/>
        <source>Value</source>
        <translation>Wert</translation>
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
        <location filename="../core/jose/JsonWebKey.cpp" line="157"/>
        <source>the key is meant for &quot;%1&quot;, not for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="161"/>
        <source>the key&apos;s key_ops do not allow verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="165"/>
        <source>the key is for alg %1, the token uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="177"/>
        <source>the token has an empty signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="184"/>
        <source>alg %1 cannot be used with a shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="189"/>
        <source>alg %1 cannot be used with an RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="192"/>
        <source>unknown key kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="199"/>
        <source>unknown HMAC algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="203"/>
        <source>the HMAC secret has %1 bytes; %2 needs at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="215"/>
        <source>the HMAC does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="232"/>
        <source>the signature does not match the key and the signed data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="17"/>
        <location filename="../core/crypto/Jwk.cpp" line="136"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="21"/>
        <source>JWK member &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="24"/>
        <source>JWK member &quot;%1&quot; must have %2 bytes, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="38"/>
        <source>JWK key type &quot;%1&quot; is not a supported signature key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="42"/>
        <source>JWK curve &quot;%1&quot; is not supported (P-256, secp256k1, Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="46"/>
        <source>curve %1 needs kty &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="87"/>
        <source>the JWK&apos;s private key &quot;d&quot; does not belong to its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="129"/>
        <source>no thumbprint is defined for key type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="144"/>
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
    <name>JwsInspector</name>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="104"/>
        <source>the token is unsigned (its signature is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="115"/>
        <source>verified with the given %1 key (thumbprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="125"/>
        <source>cannot tell whether the given key belongs to issuer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="132"/>
        <source>the given key is %1 of the issuer&apos;s DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="137"/>
        <source>the given key is not a key of the issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="142"/>
        <source>no key was given and DIDs are not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="150"/>
        <source>cannot find the signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="165"/>
        <source>no relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="178"/>
        <source>%1 has no %2 key that could have made this signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="184"/>
        <source>none of the keys of %1 verifies the signature (tried %2); the DID document was %3, so the signer cannot be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="190"/>
        <source>the signature does not verify with any key of %1 (tried %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="202"/>
        <source>no verification relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="206"/>
        <source>the signature is mathematically valid with key %1, but that DID lists the key only for %2, not for %3, so it is not authorized to sign this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="211"/>
        <source>key %1 verifies the signature but its DID authorizes it for nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="215"/>
        <source>signed with %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="221"/>
        <source>the signing key belongs to the issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="222"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="226"/>
        <source>the issuer &quot;%1&quot; is not a DID, so it cannot be tied to the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="243"/>
        <source>&quot;%1&quot; is not a NumericDate (seconds since 1970)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="255"/>
        <source>expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="260"/>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="266"/>
        <source>issued in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="270"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="271"/>
        <source>with no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/verify/JwsInspector.cpp" line="273"/>
        <source>valid at %1 %2</source>
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
    <name>KeyDidResolver</name>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="54"/>
        <source>not a did:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="57"/>
        <source>a did:key identifier is one base58btc multibase value (&apos;z...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="79"/>
        <source>did:key with a %1 key: vcdesk verifies P-256, secp256k1 and Ed25519 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="84"/>
        <source>did:key with multicodec 0x%1 is not a supported signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="93"/>
        <source>the did:key is not in canonical form (EC keys must be compressed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="21"/>
        <source>vcdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="39"/>
        <source>Inspect</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>&amp;Open token…</source>
        <translation>Token &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>&amp;About vcdesk</source>
        <translation>Über &amp;vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>About vcdesk</source>
        <translation>Über vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>&lt;b&gt;vcdesk %1&lt;/b&gt;&lt;p&gt;Verifiable credentials on the desktop: inspect and verify credentials, keep them in a wallet, present them, and run a verifier kiosk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
    <name>NetworkPolicy</name>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="19"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="21"/>
        <source>URLs with user info are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="31"/>
        <source>refusing plain http to %1: only https is allowed (http only to this computer in development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="36"/>
        <source>URL scheme &quot;%1&quot; is not supported</source>
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
    <name>StrictJson</name>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="31"/>
        <source>unexpected data after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="41"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="63"/>
        <source>unknown literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="70"/>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="100"/>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="121"/>
        <source>expected a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="129"/>
        <source>member &quot;%1&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="134"/>
        <source>object has more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="139"/>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="150"/>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="162"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="184"/>
        <source>array has more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="190"/>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="202"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="221"/>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="228"/>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="255"/>
        <location filename="../core/codec/StrictJson.cpp" line="265"/>
        <location filename="../core/codec/StrictJson.cpp" line="271"/>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="259"/>
        <source>truncated UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="284"/>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="293"/>
        <source>control character in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="305"/>
        <source>unterminated escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="340"/>
        <source>lone low surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="347"/>
        <location filename="../core/codec/StrictJson.cpp" line="354"/>
        <source>lone high surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="363"/>
        <source>invalid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="391"/>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="397"/>
        <source>leading zero in number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="408"/>
        <source>digit expected after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="420"/>
        <source>digit expected in exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="437"/>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="456"/>
        <source>JSON text of %1 bytes is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="468"/>
        <source>expected a JSON object</source>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Usage: vcdesk [COMMAND]

With no command, opens the vcdesk window.

Commands:
  inspect [--json] [--key JWK_FILE] [--at TIME] INPUT
        decode and verify a signed token (exit 0 valid, 1 invalid,
        2 unverifiable, 3 unreadable input)
  --version
        print the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
