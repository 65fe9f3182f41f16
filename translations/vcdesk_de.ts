<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCheck</name>
    <message numerus="yes">
        <location filename="../core/receive/AccountCheck.cpp" line="16"/>
        <source>Connection ok: the issuer agent answered (%n offer(s) for this account).</source>
        <translation>
            <numerusform>Verbindung in Ordnung: Der Aussteller-Agent hat geantwortet (%n Angebot für dieses Konto).</numerusform>
            <numerusform>Verbindung in Ordnung: Der Aussteller-Agent hat geantwortet (%n Angebote für dieses Konto).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/receive/AccountCheck.cpp" line="23"/>
        <source>Connection ok: the hosted wallet answered (%n template(s)).</source>
        <translation>
            <numerusform>Verbindung in Ordnung: Die gehostete Wallet hat geantwortet (%n Vorlage).</numerusform>
            <numerusform>Verbindung in Ordnung: Die gehostete Wallet hat geantwortet (%n Vorlagen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/receive/AccountCheck.cpp" line="33"/>
        <source>Connection ok: the verifier answered and took the token.</source>
        <translation>Verbindung in Ordnung: Der Prüfer hat geantwortet und das Token akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/receive/AccountCheck.cpp" line="37"/>
        <source>a %1 account cannot be tested without making something; it is kept as entered</source>
        <translation>ein Konto vom Typ %1 lässt sich nicht testen, ohne dabei etwas zu erzeugen; es wird so gespeichert, wie es eingegeben wurde</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="34"/>
        <source>usage: vcdesk account add --kind issuer-agent|verifier|hosted-wallet|generator --url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]
       vcdesk account list | vcdesk account remove ID|NAME</source>
        <translation>Aufruf: vcdesk account add --kind issuer-agent|verifier|hosted-wallet|generator --url URL [--name NAME] [--role ROLLE] [--api-key-file DATEI | --token-file DATEI]
        vcdesk account list | vcdesk account remove ID|NAME</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="46"/>
        <source>issuer-agent, verifier, hosted-wallet or generator.</source>
        <translation>issuer-agent, verifier, hosted-wallet oder generator.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="47"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="48"/>
        <source>The service&apos;s base URL.</source>
        <translation>Die Basis-URL des Dienstes.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="49"/>
        <source>A name for the account.</source>
        <translation>Ein Name für das Konto.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="50"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="52"/>
        <source>The role it acts in (e.g. holder, Verifier_User).</source>
        <translation>Die Rolle, in der das Konto auftritt (z. B. holder, Verifier_User).</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="53"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="55"/>
        <source>Read its API key from FILE.</source>
        <translation>Den API-Schlüssel aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="55"/>
        <location filename="../cli/AccountCommand.cpp" line="57"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="57"/>
        <source>Read its bearer token from FILE.</source>
        <translation>Das Bearer-Token aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="60"/>
        <source>usage: vcdesk account add --kind KIND --url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]</source>
        <translation>Aufruf: vcdesk account add --kind ART --url URL [--name NAME] [--role ROLLE] [--api-key-file DATEI | --token-file DATEI]</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="64"/>
        <source>--kind and --url are required</source>
        <translation>--kind und --url sind erforderlich</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="66"/>
        <source>give an API key or a token, not both</source>
        <translation>geben Sie einen API-Schlüssel oder ein Token an, nicht beides</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="95"/>
        <source>Added account %1 &quot;%2&quot; (%3, %4).</source>
        <translation>Konto %1 „%2“ hinzugefügt (%3, %4).</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="106"/>
        <source>usage: vcdesk account list [--json]</source>
        <translation>Aufruf: vcdesk account list [--json]</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="130"/>
        <source>No accounts.</source>
        <translation>Keine Konten.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="138"/>
        <source>usage: vcdesk account remove ID|NAME</source>
        <translation>Aufruf: vcdesk account remove ID|NAME</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="150"/>
        <source>Removed account %1 &quot;%2&quot; and its offers.</source>
        <translation>Konto %1 „%2“ und seine Angebote wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="55"/>
        <source>the service URL must be https (or http to this machine for the local agent): %1</source>
        <translation>die Dienst-URL muss https verwenden (oder http zu diesem Rechner für den lokalen Agenten): %1</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="91"/>
        <source>unknown account kind &quot;%1&quot;; one of %2</source>
        <translation>unbekannte Kontoart „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="100"/>
        <source>account names and roles have at most 100 characters</source>
        <translation>Kontonamen und Rollen haben höchstens 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="103"/>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Konto namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="107"/>
        <source>an API key or token has 1 to 8192 bytes</source>
        <translation>ein API-Schlüssel oder Token hat 1 bis 8192 Bytes</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="173"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation>es gibt kein Konto „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="187"/>
        <location filename="../core/store/AccountStore.cpp" line="212"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../core/common/Activity.h" line="55"/>
        <source>not finished yet</source>
        <translation>noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/common/Activity.h" line="62"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="20"/>
        <source>libsodium failed to start</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="22"/>
        <source>an encryption key has 32 bytes</source>
        <translation>ein Verschlüsselungsschlüssel hat 32 Bytes</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="40"/>
        <source>a nonce has 24 bytes</source>
        <translation>eine Nonce hat 24 Bytes</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="58"/>
        <source>the encrypted data is truncated</source>
        <translation>die verschlüsselten Daten sind unvollständig</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="68"/>
        <source>the encrypted data was altered, or the key or its context is wrong</source>
        <translation>die verschlüsselten Daten wurden verändert, oder der Schlüssel bzw. sein Kontext ist falsch</translation>
    </message>
</context>
<context>
    <name>AlgorithmPolicy</name>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="34"/>
        <source>the token is unsigned (alg &quot;%1&quot;); unsigned tokens are never accepted</source>
        <translation>das Token ist nicht signiert (alg „%1“); unsignierte Token werden nie akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="38"/>
        <source>alg %1 uses a shared secret, which cannot prove who issued a credential</source>
        <translation>alg %1 verwendet ein gemeinsames Geheimnis, das nicht belegen kann, wer einen Nachweis ausgestellt hat</translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="41"/>
        <source>signature algorithm &quot;%1&quot; is not accepted here</source>
        <translation>der Signaturalgorithmus „%1“ wird hier nicht akzeptiert</translation>
    </message>
</context>
<context>
    <name>AllowedContexts</name>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="50"/>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="53"/>
        <source>%1 has a user name or a fragment, which a context address does not</source>
        <translation>%1 enthält einen Benutzernamen oder ein Fragment, was bei einer Kontextadresse nicht vorkommen darf</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="56"/>
        <source>%1 holds spaces or control characters</source>
        <translation>%1 enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="58"/>
        <source>the SHA-256 of %1 is not 64 lowercase hex digits</source>
        <translation>der SHA-256-Wert von %1 besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="72"/>
        <source>after the address, only #sha256= and 64 hex digits may follow</source>
        <translation>nach der Adresse dürfen nur #sha256= und 64 Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="75"/>
        <source>the SHA-256 after #sha256= is not 64 hex digits</source>
        <translation>der SHA-256-Wert nach #sha256= besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="89"/>
        <source>cannot read the allowed contexts %1: %2</source>
        <translation>die Liste der erlaubten Kontexte (%1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="93"/>
        <source>the allowed contexts file is larger than %1 KiB</source>
        <translation>die Datei der erlaubten Kontexte ist größer als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="98"/>
        <source>the allowed contexts file is not JSON: %1</source>
        <translation>die Datei der erlaubten Kontexte ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="101"/>
        <source>the allowed contexts file must hold only a &quot;contexts&quot; list</source>
        <translation>die Datei der erlaubten Kontexte darf nur eine Liste „contexts“ enthalten</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="103"/>
        <source>the allowed contexts file has more than %1 entries</source>
        <translation>die Datei der erlaubten Kontexte hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="112"/>
        <source>each allowed context is {&quot;url&quot;: …, &quot;sha256&quot;: …}</source>
        <translation>jeder erlaubte Kontext hat die Form {&quot;url&quot;: …, &quot;sha256&quot;: …}</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="117"/>
        <source>%1 is allowed twice</source>
        <translation>%1 ist doppelt erlaubt</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="140"/>
        <source>cannot save the allowed contexts to %1: %2</source>
        <translation>die erlaubten Kontexte können nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AuthStatus</name>
    <message>
        <location filename="../core/api/AuthStatus.cpp" line="27"/>
        <source>the verifier reports an unknown status &quot;%1&quot;</source>
        <translation>der Prüfer meldet einen unbekannten Status „%1“</translation>
    </message>
    <message>
        <location filename="../core/api/AuthStatus.cpp" line="68"/>
        <source>the verifier says verified but sends no payload</source>
        <translation>der Prüfer meldet „verifiziert“, sendet aber keine Nutzdaten</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="28"/>
        <source>the verifier asks for response encryption with %1; vcdesk does ECDH-ES</source>
        <translation>der Prüfer verlangt eine Verschlüsselung der Antwort mit %1; vcdesk unterstützt ECDH-ES</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="45"/>
        <source>direct_post.jwt needs an EC P-256 encryption key (ECDH-ES) in client_metadata.jwks</source>
        <translation>direct_post.jwt erfordert einen EC-P-256-Verschlüsselungsschlüssel (ECDH-ES) in client_metadata.jwks</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="61"/>
        <source>none of the verifier&apos;s content encryptions (%1) is A128GCM or A256GCM</source>
        <translation>keines der Inhaltsverschlüsselungsverfahren des Prüfers (%1) ist A128GCM oder A256GCM</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="75"/>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="86"/>
        <source>the request has no response_type</source>
        <translation>die Anfrage hat keinen response_type</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="90"/>
        <source>vcdesk answers vp_token and id_token, not &quot;%1&quot;</source>
        <translation>vcdesk beantwortet vp_token und id_token, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="95"/>
        <source>the request has no nonce: an answer could be replayed</source>
        <translation>die Anfrage hat keine Nonce: eine Antwort könnte erneut eingespielt werden</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="105"/>
        <source>redirect_uri must not be present with response_mode %1</source>
        <translation>redirect_uri darf bei response_mode %1 nicht angegeben sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="108"/>
        <source>%1 needs a response_uri</source>
        <translation>%1 erfordert eine response_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="115"/>
        <source>response_mode post needs a redirect_uri and no response_uri</source>
        <translation>response_mode post erfordert eine redirect_uri und keine response_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="119"/>
        <source>vcdesk can answer with response_mode direct_post, direct_post.jwt or post, not &quot;%1&quot;</source>
        <translation>vcdesk kann mit response_mode direct_post, direct_post.jwt oder post antworten, nicht mit „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="127"/>
        <source>the answer&apos;s address is not an absolute URL</source>
        <translation>die Adresse für die Antwort ist keine absolute URL</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="129"/>
        <source>the answer&apos;s address is refused: %1</source>
        <translation>die Adresse für die Antwort wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="133"/>
        <source>the request carries transaction_data, which vcdesk cannot show you or sign; it is refused</source>
        <translation>die Anfrage enthält transaction_data, die vcdesk Ihnen weder anzeigen noch signieren kann; sie wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="140"/>
        <source>presentation_definition_uri is not supported: the definition must be in the request</source>
        <translation>presentation_definition_uri wird nicht unterstützt: die Definition muss in der Anfrage stehen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="146"/>
        <source>the request has both dcql_query and presentation_definition</source>
        <translation>die Anfrage enthält sowohl dcql_query als auch presentation_definition</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="147"/>
        <source>the request asks for a vp_token but not for any credential (no dcql_query or presentation_definition)</source>
        <translation>die Anfrage verlangt ein vp_token, fragt aber nach keinem Nachweis (weder dcql_query noch presentation_definition)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="152"/>
        <source>the query is not a JSON object</source>
        <translation>die Abfrage ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequestUri</name>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="24"/>
        <source>there is no request to read</source>
        <translation>es liegt keine Anfrage vor</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="27"/>
        <source>the request is longer than %1 KiB</source>
        <translation>die Anfrage ist länger als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="31"/>
        <source>the request contains spaces, control or non-ASCII characters</source>
        <translation>die Anfrage enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="35"/>
        <source>this is not a URI</source>
        <translation>das ist keine URI</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="38"/>
        <source>&quot;%1&quot; has no scheme: a presentation request starts with openid4vp://, haip-vp://, openid-vc://, openid: or https://</source>
        <translation>„%1“ hat kein Schema: eine Präsentationsanfrage beginnt mit openid4vp://, haip-vp://, openid-vc://, openid: oder https://</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="43"/>
        <source>a file: URL is not a presentation request (to check a file, use vcdesk inspect FILE)</source>
        <translation>eine file:-URL ist keine Präsentationsanfrage (um eine Datei zu prüfen, verwenden Sie vcdesk inspect DATEI)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="47"/>
        <source>&quot;%1:&quot; is not a presentation request (expected openid4vp://, haip-vp://, openid-vc://, openid: or an https link)</source>
        <translation>„%1:“ ist keine Präsentationsanfrage (erwartet: openid4vp://, haip-vp://, openid-vc://, openid: oder ein https-Link)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="51"/>
        <source>the request has a fragment</source>
        <translation>die Anfrage enthält ein Fragment</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="60"/>
        <source>the request&apos;s parameters cannot be read: %1</source>
        <translation>die Parameter der Anfrage können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="63"/>
        <source>a parameter has no name</source>
        <translation>ein Parameter hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="66"/>
        <source>the parameter %1 appears more than once</source>
        <translation>der Parameter %1 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="75"/>
        <source>the request has both request and request_uri</source>
        <translation>die Anfrage enthält sowohl request als auch request_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="84"/>
        <source>request_uri is not an absolute https URL</source>
        <translation>request_uri ist keine absolute https-URL</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="90"/>
        <source>request_uri_method is get or post, not &quot;%1&quot;</source>
        <translation>request_uri_method ist get oder post, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="97"/>
        <source>request_uri_method without request_uri</source>
        <translation>request_uri_method ohne request_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="103"/>
        <source>request is not a signed JWT (three dot-separated parts)</source>
        <translation>request ist kein signiertes JWT (drei durch Punkte getrennte Teile)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="110"/>
        <source>the request has no %1 (nor a request_uri or request)</source>
        <translation>in der Anfrage fehlt %1 (ebenso request_uri und request)</translation>
    </message>
</context>
<context>
    <name>AuthorizationServerMetadata</name>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="19"/>
        <source>the authorization server&apos;s metadata</source>
        <translation>das Metadaten-Dokument des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="22"/>
        <source>authorization server metadata</source>
        <translation>Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="29"/>
        <source>the authorization server&apos;s metadata is for &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation>die Metadaten des Autorisierungsservers gelten für „%1“, nicht für „%2“</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="68"/>
        <source>pushed authorization requests are required, but there is no pushed_authorization_request_endpoint</source>
        <translation>vorab übermittelte Autorisierungsanfragen (PAR) sind vorgeschrieben, aber es gibt keinen pushed_authorization_request_endpoint</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="44"/>
        <source>the backup ends early (it was cut off); nothing was restored</source>
        <translation>die Sicherung endet vorzeitig (sie wurde abgeschnitten); es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="50"/>
        <source>the backup was changed after it was written; nothing was restored</source>
        <translation>die Sicherung wurde nach dem Schreiben verändert; es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="61"/>
        <source>cannot encrypt the backup</source>
        <translation>die Sicherung kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="70"/>
        <source>cannot write the backup: %1</source>
        <translation>die Sicherung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="108"/>
        <source>this is not a vcdesk backup</source>
        <translation>das ist keine vcdesk-Sicherung</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="112"/>
        <source>the backup&apos;s header is missing or too large</source>
        <translation>die Kopfdaten der Sicherung fehlen oder sind zu groß</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="119"/>
        <source>the backup&apos;s header is unreadable</source>
        <translation>die Kopfdaten der Sicherung sind nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="130"/>
        <source>cannot decrypt the backup</source>
        <translation>die Sicherung kann nicht entschlüsselt werden</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="166"/>
        <source>the backup passphrase is not right, or the backup was changed; nothing was restored</source>
        <translation>die Passphrase der Sicherung ist falsch, oder die Sicherung wurde verändert; es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="179"/>
        <source>cannot write the restored wallet: %1</source>
        <translation>die wiederhergestellte Wallet kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="44"/>
        <source>base64url text has an impossible length (%1 characters)</source>
        <translation>base64url-Text hat eine unmögliche Länge (%1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="77"/>
        <source>base64url must not be padded with &apos;=&apos;</source>
        <translation>base64url darf nicht mit „=“ aufgefüllt sein</translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="79"/>
        <source>character %1 at position %2 is not base64url</source>
        <translation>das Zeichen %1 an Position %2 ist kein base64url</translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="96"/>
        <source>base64url text is not canonical (non-zero trailing bits)</source>
        <translation>base64url-Text ist nicht kanonisch (Restbits ungleich null)</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <location filename="../models/BatchReport.cpp" line="57"/>
        <source>Batch inspection report</source>
        <translation>Bericht der Stapeluntersuchung</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="66"/>
        <source>Files in</source>
        <translation>Dateien in</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="69"/>
        <source>Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, %5 unreadable</source>
        <translation>%1 untersucht: %2 gültig, %3 nicht gültig, %4 nicht prüfbar, %5 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="90"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/BatchReport.cpp" line="111"/>
        <source>The %n other input(s), which fared no worse than those listed, are in the counts above and in the CSV and JSON reports.</source>
        <translation>
            <numerusform>Eine weitere Eingabe, die nicht schlechter abschnitt als die aufgeführten, ist in den obigen Zahlen sowie in den CSV- und JSON-Berichten enthalten.</numerusform>
            <numerusform>Die %n weiteren Eingaben, die nicht schlechter abschnitten als die aufgeführten, sind in den obigen Zahlen sowie in den CSV- und JSON-Berichten enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundledContexts</name>
    <message>
        <location filename="../core/jsonld/BundledContexts.cpp" line="101"/>
        <source>the JSON-LD context %1 is not one vcdesk carries, and it fetches no other</source>
        <translation>der JSON-LD-Kontext %1 ist nicht in vcdesk enthalten, und andere Kontexte ruft vcdesk nicht ab</translation>
    </message>
</context>
<context>
    <name>CachedFetch</name>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="23"/>
        <location filename="../core/verify/CachedFetch.cpp" line="52"/>
        <source>held by this service</source>
        <translation>von diesem Dienst vorgehalten</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="33"/>
        <source>cached %1</source>
        <translation>zwischengespeichert am %1</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="68"/>
        <source>fetched %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="40"/>
        <source>%1; the cached copy of %2 is older than the %3-second limit</source>
        <translation>%1; die zwischengespeicherte Kopie vom %2 ist älter als die Grenze von %3 Sekunden</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="44"/>
        <source>offline, cached copy of %1</source>
        <translation>offline, zwischengespeicherte Kopie vom %1</translation>
    </message>
</context>
<context>
    <name>CameraDevices</name>
    <message>
        <location filename="../ui/CameraDevices.cpp" line="45"/>
        <source>it did not start</source>
        <translation>sie ließ sich nicht starten</translation>
    </message>
</context>
<context>
    <name>CanonicalForm</name>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="62"/>
        <source>carried by vcdesk</source>
        <translation>in vcdesk enthalten</translation>
    </message>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="64"/>
        <source>allowed by you, from the cache</source>
        <translation>von Ihnen erlaubt, aus dem Cache</translation>
    </message>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="66"/>
        <source>allowed by you, fetched now</source>
        <translation>von Ihnen erlaubt, soeben abgerufen</translation>
    </message>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="70"/>
        <source>given by the caller</source>
        <translation>vom Aufrufer übergeben</translation>
    </message>
</context>
<context>
    <name>CertificateChain</name>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="56"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="61"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="84"/>
        <source>the certificate&apos;s key is unreadable</source>
        <translation>der Schlüssel des Zertifikats ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="69"/>
        <source>the certificate&apos;s key is neither EC nor Ed25519</source>
        <translation>der Schlüssel des Zertifikats ist weder EC noch Ed25519</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="80"/>
        <source>the certificate&apos;s curve %1 is not supported</source>
        <translation>die Kurve %1 des Zertifikats wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="94"/>
        <source>there is no certificate</source>
        <translation>es ist kein Zertifikat vorhanden</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="96"/>
        <source>the chain has more than %1 certificates</source>
        <translation>die Kette hat mehr als %1 Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="103"/>
        <source>certificate %1 of the chain is not DER X.509</source>
        <translation>Zertifikat %1 der Kette ist kein DER-X.509</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="107"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="126"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="120"/>
        <source>a trust anchor is not PEM X.509</source>
        <translation>ein Vertrauensanker ist kein PEM-X.509</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="130"/>
        <source>the certificate chain does not verify: %1</source>
        <translation>die Prüfung der Zertifikatskette ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDescriptions</name>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="22"/>
        <source>%1 and %2 use one claim as an object and as an array</source>
        <translation>%1 und %2 verwenden dieselbe Angabe sowohl als Objekt als auch als Array</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="24"/>
        <source>%1 and %2 describe a whole array and one of its elements</source>
        <translation>%1 und %2 beschreiben ein ganzes Array und eines seiner Elemente</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="30"/>
        <source>%1 is described twice</source>
        <translation>%1 ist doppelt beschrieben</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="41"/>
        <source>%1: more than %2 claims are described</source>
        <translation>%1: es sind mehr als %2 Angaben beschrieben</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="44"/>
        <source>%1: a claim description is not an object</source>
        <translation>%1: eine Angabenbeschreibung ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ClaimPaths</name>
    <message>
        <location filename="../models/ClaimPaths.cpp" line="66"/>
        <source>more claims, or deeper ones, than a page shows: see the JSON report</source>
        <translation>mehr oder tiefer verschachtelte Angaben, als eine Seite zeigen kann: siehe JSON-Bericht</translation>
    </message>
</context>
<context>
    <name>ClaimsInput</name>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="13"/>
        <source>Type the claims as a JSON object, e.g. {&quot;claim_type&quot;: &quot;email&quot;, &quot;email&quot;: &quot;ann@example.com&quot;}.</source>
        <translation>Geben Sie die Angaben als JSON-Objekt ein, z. B. {&quot;claim_type&quot;: &quot;email&quot;, &quot;email&quot;: &quot;ann@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="17"/>
        <source>The claims are %1 KiB; at most %2 KiB can be offered.</source>
        <translation>Die Angaben umfassen %1 KiB; angeboten werden können höchstens %2 KiB.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="23"/>
        <source>The claims are not a JSON object: %1.</source>
        <translation>Die Angaben sind kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="28"/>
        <source>An offer has 1 to %1 claims; this has %2.</source>
        <translation>Ein Angebot enthält 1 bis %1 Angaben; dieses enthält %2.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="32"/>
        <source>A claim&apos;s name must have 1 to %1 characters: &quot;%2&quot;.</source>
        <translation>Der Name einer Angabe muss 1 bis %1 Zeichen lang sein: „%2“.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="38"/>
        <source>The claim &quot;%1&quot; has no value (null).</source>
        <translation>Die Angabe „%1“ hat keinen Wert (null).</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="42"/>
        <source>&quot;id&quot; cannot be a claim: the subject&apos;s id is the holder&apos;s DID.</source>
        <translation>„id“ kann keine Angabe sein: Die ID des Subjekts ist die DID des Inhabers.</translation>
    </message>
</context>
<context>
    <name>ClaimsPath</name>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="22"/>
        <source>a claims path is empty</source>
        <translation>ein Angabenpfad ist leer</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="25"/>
        <source>a claims path is longer than %1 elements</source>
        <translation>ein Angabenpfad hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="29"/>
        <source>a claims path element must be a string, a non-negative integer or null</source>
        <translation>ein Element eines Angabenpfads muss eine Zeichenkette, eine nicht negative ganze Zahl oder null sein</translation>
    </message>
</context>
<context>
    <name>ClientIdentifier</name>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="35"/>
        <source>the request has no client_id</source>
        <translation>die Anfrage hat keine client_id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="37"/>
        <source>the client_id is too long</source>
        <translation>die client_id ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="52"/>
        <source>vcdesk cannot authenticate a verifier by client_id_scheme &quot;%1&quot;</source>
        <translation>vcdesk kann einen Prüfer nicht über das client_id_scheme „%1“ authentifizieren</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="58"/>
        <source>client_id_scheme is did but the client_id is not a DID</source>
        <translation>client_id_scheme ist did, aber die client_id ist keine DID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="76"/>
        <source>the client_id has a prefix and nothing after it</source>
        <translation>die client_id hat ein Präfix, aber nichts danach</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="80"/>
        <source>a decentralized_identifier client_id must carry a DID</source>
        <translation>eine client_id vom Typ decentralized_identifier muss eine DID enthalten</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="100"/>
        <source>origin: client identifiers are reserved for the browser&apos;s Digital Credentials API; a wallet must not accept them</source>
        <translation>Client-Kennungen mit origin: sind der Digital Credentials API des Browsers vorbehalten; eine Wallet darf sie nicht akzeptieren</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="105"/>
        <source>vcdesk cannot yet authenticate verifiers by %1</source>
        <translation>vcdesk kann Prüfer noch nicht über %1 authentifizieren</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="107"/>
        <source>unknown client identifier prefix &quot;%1&quot;</source>
        <translation>unbekanntes Präfix der Client-Kennung: „%1“</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/CommandLine.cpp" line="74"/>
        <source>vcdesk: &quot;%1&quot; is not a command; see vcdesk --help</source>
        <translation>vcdesk: „%1“ ist kein Befehl; siehe vcdesk --help</translation>
    </message>
    <message>
        <location filename="../cli/CommandLine.cpp" line="87"/>
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
  offers [list] | offers accept ID|--newest | offers reject ID
        credentials issuer agents offer you (kept in the wallet)
  present [--select CREDENTIAL_ID]... [--yes] [--decline] URI
        answer a verifier&apos;s request (openid4vp://, openid-vc://, haip-vp://)
        (exit 0 only when the verifier accepted)
  receive [--yes] [--tx-code-file FILE] [--key DID] URI
        take credentials an issuer offers (openid-credential-offer://)
        (exit 0 only when everything offered was stored)
  sandbox connect | sandbox request DEFINITION |
          sandbox status CORRELATION_ID DEFINITION
        the local vcdesk-agent that scripts/run.sh starts
  kiosk [--config FILE] | kiosk log --export FILE | kiosk pin
        the full-screen kiosk verifier and its log (vcdesk kiosk --help)
  --version
        print the version
</source>
        <translation>Aufruf: vcdesk [BEFEHL]

Ohne Befehl öffnet sich das vcdesk-Fenster (ein Build ohne grafische Oberfläche
kennt nur die folgenden Befehle).

Befehle:
  inspect [--json] [--key JWK_DATEI] [--at ZEIT] EINGABE
        ein signiertes Token dekodieren und prüfen (Exit-Code 0 gültig,
        1 nicht gültig, 2 nicht prüfbar, 3 Eingabe nicht lesbar)
  trust add MUSTER --name NAME | trust remove MUSTER | trust list
        vertrauenswürdige Aussteller (DIDs oder Muster wie did:web:example.com*)
  wallet create|list|import|export|delete|keys|profiles|passphrase|
         backup|restore [--wallet DATEI] [--passphrase-file DATEI] [--json]
        Ihre verschlüsselte Wallet (Details: vcdesk wallet AKTION --help)
  account add|list|remove
        Aussteller-Agenten, Prüfer und Dienste, mit denen Ihre Wallet arbeitet
  offers [list] | offers accept ID|--newest | offers reject ID
        Angebote von Aussteller-Agenten an Sie (in der Wallet gespeichert)
  present [--select NACHWEIS_ID]... [--yes] [--decline] URI
        Anfrage eines Prüfers beantworten (openid4vp://, openid-vc://, haip-vp://)
        (Exit-Code 0 nur, wenn der Prüfer die Antwort angenommen hat)
  receive [--yes] [--tx-code-file DATEI] [--key DID] URI
        Nachweise von einem Aussteller annehmen (openid-credential-offer://)
        (Exit-Code 0 nur, wenn alles Angebotene gespeichert wurde)
  sandbox connect | sandbox request DEFINITION |
          sandbox status KORRELATIONS_ID DEFINITION
        der lokale vcdesk-agent, den scripts/run.sh startet
  kiosk [--config DATEI] | kiosk log --export DATEI | kiosk pin
        der Prüf-Kiosk im Vollbildmodus und sein Protokoll (vcdesk kiosk --help)
  --version
        die Version ausgeben
</translation>
    </message>
</context>
<context>
    <name>CompactJwe</name>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="42"/>
        <source>the keys cannot be used for ECDH</source>
        <translation>die Schlüssel lassen sich nicht für ECDH verwenden</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="109"/>
        <source>content encryption &quot;%1&quot; is not supported (A128GCM, A256GCM)</source>
        <translation>die Inhaltsverschlüsselung „%1“ wird nicht unterstützt (A128GCM, A256GCM)</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="113"/>
        <source>the verifier&apos;s encryption key is not an EC P-256 key</source>
        <translation>der Verschlüsselungsschlüssel des Prüfers ist kein EC-P-256-Schlüssel</translation>
    </message>
</context>
<context>
    <name>CompactJws</name>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="15"/>
        <source>the %1 is not valid base64url: %2</source>
        <translation>der Teil „%1“ ist kein gültiges base64url: %2</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="70"/>
        <source>the token has %1 bytes, more than the limit of %2</source>
        <translation>das Token hat %1 Bytes und überschreitet damit die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="75"/>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="80"/>
        <source>a compact JWS has three parts separated by two dots</source>
        <translation>ein kompaktes JWS besteht aus drei Teilen, getrennt durch zwei Punkte</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="84"/>
        <source>the token has more than three parts (a JWE or a malformed token?)</source>
        <translation>das Token hat mehr als drei Teile (ein JWE oder ein fehlerhaftes Token?)</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="86"/>
        <source>the protected header is empty</source>
        <translation>der geschützte Header ist leer</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="54"/>
        <source>header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="58"/>
        <source>the header has no &quot;alg&quot; string member</source>
        <translation>der Header hat kein Zeichenketten-Element „alg“</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="146"/>
        <source>payload: %1</source>
        <translation>Nutzdaten: %1</translation>
    </message>
</context>
<context>
    <name>ConsentPrinter</name>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="39"/>
        <source>Verifier:        %1</source>
        <translation>Prüfer:           %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="40"/>
        <source>Checked:         %1</source>
        <translation>Geprüft:          %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="41"/>
        <source>Trust list:      not on your trust list</source>
        <translation>Vertrauensliste:  nicht auf Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="42"/>
        <source>Trust list:      on your trust list as %1</source>
        <translation>Vertrauensliste:  auf Ihrer Vertrauensliste als %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="45"/>
        <source>Answer goes to:  %1</source>
        <translation>Antwort geht an:  %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="47"/>
        <source>Not searched:    %1</source>
        <translation>Nicht durchsucht: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="50"/>
        <source>What the verifier says about itself (not checked by vcdesk):</source>
        <translation>Was der Prüfer über sich selbst angibt (von vcdesk nicht geprüft):</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="52"/>
        <source>  | name:    %1</source>
        <translation>  | Name:  %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="54"/>
        <source>  | purpose: %1</source>
        <translation>  | Zweck: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="64"/>
        <source>Required: %1</source>
        <translation>Erforderlich: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="64"/>
        <source>Optional: %1</source>
        <translation>Optional: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="66"/>
        <source>  | the verifier says: %1</source>
        <translation>  | laut Prüfer: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="68"/>
        <source>  nothing in your wallet fits: %1</source>
        <translation>  nichts in Ihrer Wallet passt: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="76"/>
        <source>  [%1] %2 from %3</source>
        <translation>  [%1] %2 von %3</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="81"/>
        <source>      NOT VALID: %1</source>
        <translation>      NICHT GÜLTIG: %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="87"/>
        <source>(optional: goes, as --share-optional asks)</source>
        <translation>(optional: wird übermittelt, wie mit --share-optional verlangt)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="88"/>
        <source>(optional: stays in your wallet unless --share-optional %1)</source>
        <translation>(optional: bleibt in Ihrer Wallet, außer bei --share-optional %1)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="93"/>
        <source>      (this credential cannot hide claims: all of it is shown)</source>
        <translation>      (dieser Nachweis kann keine Angaben verbergen: er wird vollständig gezeigt)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="99"/>
        <source>      also shown (not selectively disclosable): %1</source>
        <translation>      ebenfalls gezeigt (nicht selektiv offenlegbar): %1</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="58"/>
        <source>%1 is not a JSON-LD context: %2</source>
        <translation>%1 ist kein JSON-LD-Kontext: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="59"/>
        <source>it has no @context</source>
        <translation>kein @context vorhanden</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="68"/>
        <source>the JSON-LD context %1 %2 is not the one %3 (SHA-256 %4…, not %5…)</source>
        <translation>der JSON-LD-Kontext %1 ist %2 nicht der, den %3 (SHA-256 %4…, nicht %5…)</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="70"/>
        <source>as fetched</source>
        <translation>in der abgerufenen Fassung</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="84"/>
        <source>the JSON-LD context %1 cannot be used: %2</source>
        <translation>der JSON-LD-Kontext %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="121"/>
        <source>the JSON-LD context %1 cannot be fetched: %2</source>
        <translation>der JSON-LD-Kontext %1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="127"/>
        <source>you allowed</source>
        <translation>Sie erlaubt haben</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="129"/>
        <source>vcdesk used before</source>
        <translation>vcdesk zuvor verwendet hat</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="153"/>
        <source>the JSON-LD context %1 is neither one vcdesk carries nor one you allowed</source>
        <translation>der JSON-LD-Kontext %1 ist weder in vcdesk enthalten noch von Ihnen erlaubt</translation>
    </message>
</context>
<context>
    <name>ContextProcessor</name>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="113"/>
        <source>it is not true or false</source>
        <translation>der Wert ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="125"/>
        <source>a context would remove protected terms</source>
        <translation>ein Kontext würde geschützte Terme entfernen</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="142"/>
        <source>more than %1 remote contexts, or a context that includes itself</source>
        <translation>mehr als %1 entfernte Kontexte oder ein Kontext, der sich selbst einbindet</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="184"/>
        <source>a context is a map, a string or null</source>
        <translation>ein Kontext ist ein Objekt, eine Zeichenkette oder null</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="189"/>
        <source>only 1.1 is known</source>
        <translation>nur 1.1 ist bekannt</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="192"/>
        <source>@version 1.1 in json-ld-1.0 mode</source>
        <translation>@version 1.1 im Modus json-ld-1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="196"/>
        <source>@import in json-ld-1.0</source>
        <translation>@import in json-ld-1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="199"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="221"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="237"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="256"/>
        <source>it is not a string</source>
        <translation>der Wert ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="206"/>
        <source>an imported context is a map</source>
        <translation>ein importierter Kontext muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="210"/>
        <source>an imported context imports again</source>
        <translation>ein importierter Kontext importiert seinerseits einen weiteren Kontext</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="229"/>
        <source>%1 is relative, with no base to resolve it</source>
        <translation>%1 ist relativ, und es gibt keine Basis, gegen die es aufgelöst werden kann</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="241"/>
        <source>json-ld-1.0 takes absolute IRIs only</source>
        <translation>json-ld-1.0 akzeptiert nur absolute IRIs</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="260"/>
        <source>@direction in 1.0</source>
        <translation>@direction in 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="268"/>
        <source>not ltr or rtl</source>
        <translation>weder ltr noch rtl</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="272"/>
        <source>@propagate in 1.0</source>
        <translation>@propagate in 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="274"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="279"/>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="300"/>
        <source>the term %1</source>
        <translation>der Term %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="303"/>
        <source>the empty term</source>
        <translation>der leere Term</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="308"/>
        <source>the document&apos;s contexts define more than %1 terms in all</source>
        <translation>die Kontexte des Dokuments definieren insgesamt mehr als %1 Terme</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="322"/>
        <source>@type</source>
        <translation>@type</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="359"/>
        <source>@protected in 1.0</source>
        <translation>@protected in 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="432"/>
        <source>%1 would expand to another IRI</source>
        <translation>%1 würde zu einer anderen IRI expandiert</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="462"/>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation>%1 hat keine IRI, und es gibt kein @vocab</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="490"/>
        <source>@context in 1.0</source>
        <translation>@context in 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="516"/>
        <source>@nest in 1.0</source>
        <translation>@nest in 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="539"/>
        <source>%1 has %2</source>
        <translation>%1 enthält %2</translation>
    </message>
</context>
<context>
    <name>CredentialBadge</name>
    <message>
        <location filename="../models/CredentialBadge.cpp" line="18"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>CredentialClient</name>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="63"/>
        <source>the issuer kept asking for a new DPoP nonce</source>
        <translation>der Aussteller hat wiederholt eine neue DPoP-Nonce verlangt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="72"/>
        <source>no nonce: %1</source>
        <translation>keine Nonce: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="76"/>
        <source>to give a nonce</source>
        <translation>die Ausgabe einer Nonce</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="80"/>
        <source>the nonce answer is not a JSON object</source>
        <translation>die Nonce-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="81"/>
        <source>nonce answer</source>
        <translation>Nonce-Antwort</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="91"/>
        <source>the credential answer is not a JSON object: %1</source>
        <translation>die Nachweis-Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="92"/>
        <source>credential answer</source>
        <translation>Nachweis-Antwort</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="110"/>
        <source>the credential answer has both credentials and a transaction id</source>
        <translation>die Nachweis-Antwort enthält sowohl Nachweise als auch eine Transaktions-ID</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="115"/>
        <source>the deferred answer has no positive interval</source>
        <translation>die Antwort mit Zurückstellung nennt kein positives Intervall</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="121"/>
        <source>the issuer deferred the credential without a transaction id</source>
        <translation>der Aussteller hat den Nachweis ohne Transaktions-ID zurückgestellt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="123"/>
        <source>the credential answer has no credentials</source>
        <translation>die Nachweis-Antwort enthält keine Nachweise</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="125"/>
        <source>the issuer sent more than %1 credentials</source>
        <translation>der Aussteller hat mehr als %1 Nachweise gesendet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="129"/>
        <source>an entry of credentials holds no credential string</source>
        <translation>ein Eintrag in credentials enthält keine Nachweis-Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="149"/>
        <source>the credential request failed: %1</source>
        <translation>die Nachweis-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="153"/>
        <source>the credential request</source>
        <translation>die Nachweis-Anfrage</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="162"/>
        <source>the issuer deferred the credential but has no deferred credential endpoint</source>
        <translation>der Aussteller hat den Nachweis zurückgestellt, hat aber keinen Endpunkt für zurückgestellte Nachweise</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="169"/>
        <source>asking for the deferred credential failed: %1</source>
        <translation>die Abfrage des zurückgestellten Nachweises ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="173"/>
        <source>the deferred credential request</source>
        <translation>die Anfrage nach dem zurückgestellten Nachweis</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="198"/>
        <source>the notification</source>
        <translation>die Benachrichtigung</translation>
    </message>
</context>
<context>
    <name>CredentialConfiguration</name>
    <message>
        <location filename="../core/oid4vci/CredentialConfiguration.cpp" line="61"/>
        <source>credential configuration &quot;%1&quot;</source>
        <translation>Nachweis-Konfiguration „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialConfiguration.cpp" line="90"/>
        <source>proof type %1 is not an object</source>
        <translation>der Schlüsselnachweis-Typ %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialConfiguration.cpp" line="107"/>
        <source>the credential is bound to a key, but no proof type says how to prove the key</source>
        <translation>der Nachweis ist an einen Schlüssel gebunden, aber kein Schlüsselnachweis-Typ gibt an, wie der Besitz des Schlüssels zu belegen ist</translation>
    </message>
</context>
<context>
    <name>CredentialImporter</name>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="56"/>
        <source>the input is larger than %1 MiB</source>
        <translation>die Eingabe ist größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="59"/>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="77"/>
        <source>the %1 carries no credential</source>
        <translation>die Nachricht %1 enthält keinen Nachweis</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="93"/>
        <source>this is a presentation, not a credential to keep; import the credentials it carries instead</source>
        <translation>das ist eine Präsentation, kein Nachweis zum Aufbewahren; importieren Sie stattdessen die darin enthaltenen Nachweise</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="97"/>
        <source>this %1 is not a verifiable credential</source>
        <translation>diese Eingabe (%1) ist kein verifizierbarer Nachweis</translation>
    </message>
</context>
<context>
    <name>CredentialInspector</name>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="58"/>
        <source>credentials nested more than %1 levels deep</source>
        <translation>Nachweise sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="61"/>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="100"/>
        <source>the %1 carries no signed credential, so there is nothing to verify</source>
        <translation>die Nachricht %1 enthält keinen signierten Nachweis, es gibt also nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="108"/>
        <source>the JSON is neither a credential, a presentation, nor a message vcdesk knows (%1)</source>
        <translation>das JSON ist weder ein Nachweis noch eine Präsentation noch eine Nachricht, die vcdesk kennt (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="143"/>
        <source>the token&apos;s payload is not a strict JSON object: %1</source>
        <translation>die Nutzdaten des Tokens sind kein striktes JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="193"/>
        <source>the presentation carries no credential, so it proves nothing about its holder</source>
        <translation>die Präsentation enthält keinen Nachweis und belegt daher nichts über ihren Inhaber</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="221"/>
        <source>an embedded credential is neither text nor an object</source>
        <translation>ein eingebetteter Nachweis ist weder Text noch ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="226"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="236"/>
        <source>the embedded token is signed but is not a credential or presentation</source>
        <translation>das eingebettete Token ist signiert, aber weder ein Nachweis noch eine Präsentation</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="251"/>
        <source>%1 embedded: %2 valid, %3 invalid, %4 unverifiable</source>
        <translation>%1 eingebettet: %2 gültig, %3 nicht gültig, %4 nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="262"/>
        <source>more than %1 embedded credentials; refusing the rest</source>
        <translation>mehr als %1 eingebettete Nachweise; die übrigen werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>CredentialOffer</name>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="15"/>
        <source>credential offer: tx_code</source>
        <translation>Nachweis-Angebot: tx_code</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="27"/>
        <source>input_mode is numeric or text, not &quot;%1&quot;</source>
        <translation>input_mode ist numeric oder text, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="36"/>
        <source>description is not a string</source>
        <translation>description ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="38"/>
        <source>description is longer than %1 characters</source>
        <translation>description ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="47"/>
        <source>credential offer: pre-authorized code</source>
        <translation>Nachweis-Angebot: vorautorisierter Code</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="72"/>
        <source>credential offer: authorization code</source>
        <translation>Nachweis-Angebot: Autorisierungscode</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="92"/>
        <source>the issuer asks for a transaction code</source>
        <translation>der Aussteller verlangt einen Transaktionscode</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="95"/>
        <source>the transaction code is longer than 256 characters</source>
        <translation>der Transaktionscode ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="100"/>
        <source>the transaction code is digits only</source>
        <translation>der Transaktionscode darf nur aus Ziffern bestehen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="103"/>
        <source>the transaction code has %1 characters, not %2</source>
        <translation>der Transaktionscode hat %1 Zeichen statt %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="112"/>
        <source>the credential offer</source>
        <translation>das Nachweis-Angebot</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="115"/>
        <source>credential offer</source>
        <translation>Nachweis-Angebot</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="130"/>
        <source>it offers more than %1 credentials</source>
        <translation>das Angebot umfasst mehr als %1 Nachweise</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="138"/>
        <source>credential offer: grants</source>
        <translation>Nachweis-Angebot: grants</translation>
    </message>
</context>
<context>
    <name>CredentialOfferLink</name>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="46"/>
        <source>there is no credential offer to read</source>
        <translation>es liegt kein Nachweis-Angebot vor</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="49"/>
        <source>the offer link is longer than %1 KiB</source>
        <translation>der Angebotslink ist länger als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="53"/>
        <source>the offer link contains spaces, control or non-ASCII characters</source>
        <translation>der Angebotslink enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="59"/>
        <source>this is not a credential offer (expected openid-credential-offer:// or an https link)</source>
        <translation>das ist kein Nachweis-Angebot (erwartet: openid-credential-offer:// oder ein https-Link)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="62"/>
        <source>the offer link has a fragment</source>
        <translation>der Angebotslink enthält ein Fragment</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="66"/>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="98"/>
        <source>the link carries neither credential_offer nor credential_offer_uri</source>
        <translation>der Link enthält weder credential_offer noch credential_offer_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="72"/>
        <source>the offer link is not a URL</source>
        <translation>der Angebotslink ist keine URL</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="78"/>
        <source>the offer link&apos;s parameters cannot be read: %1</source>
        <translation>die Parameter des Angebotslinks können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="84"/>
        <source>the parameter %1 appears more than once</source>
        <translation>der Parameter %1 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="95"/>
        <source>the link has both credential_offer and credential_offer_uri</source>
        <translation>der Link enthält sowohl credential_offer als auch credential_offer_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="103"/>
        <source>credential_offer is empty</source>
        <translation>credential_offer ist leer</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="71"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="203"/>
        <source>the JWT claim &quot;%1&quot; is not a string</source>
        <translation>die JWT-Angabe „%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="211"/>
        <location filename="../core/credential/CredentialParser.cpp" line="230"/>
        <source>the JWT claim &quot;%1&quot; (%2) differs from the %3 (%4)</source>
        <translation>die JWT-Angabe „%1“ (%2) stimmt nicht mit %3 (%4) überein</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="341"/>
        <source>the token looks like a credential or presentation (typ &quot;%1&quot;) but its payload is not one: &quot;vc&quot;/&quot;vp&quot; must be objects, an SD-JWT VC needs its &apos;~&apos; separators, a JSON-LD payload needs a VerifiableCredential or VerifiablePresentation type</source>
        <translation>das Token sieht wie ein Nachweis oder eine Präsentation aus (typ „%1“), seine Nutzdaten sind es aber nicht: „vc“/„vp“ müssen Objekte sein, ein SD-JWT VC braucht seine „~“-Trennzeichen, JSON-LD-Nutzdaten brauchen den Typ VerifiableCredential oder VerifiablePresentation</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="348"/>
        <source>the token is a JWS but not a verifiable credential or presentation</source>
        <translation>das Token ist ein JWS, aber weder ein verifizierbarer Nachweis noch eine verifizierbare Präsentation</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="358"/>
        <location filename="../core/credential/CredentialParser.cpp" line="377"/>
        <source>the JWT&apos;s top-level &quot;%1&quot; differs from the credential&apos;s</source>
        <translation>„%1“ auf oberster Ebene des JWT weicht vom Wert im Nachweis ab</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="276"/>
        <source>holder</source>
        <translation>dem Inhaber</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="277"/>
        <source>issuer</source>
        <translation>dem Aussteller</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="281"/>
        <source>credential subject id</source>
        <translation>der Subjekt-ID des Nachweises</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="283"/>
        <source>credential id</source>
        <translation>der Nachweis-ID</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="263"/>
        <source>start of validity</source>
        <translation>dem Gültigkeitsbeginn</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="265"/>
        <source>end of validity</source>
        <translation>dem Gültigkeitsende</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="267"/>
        <source>issue time</source>
        <translation>dem Ausstellungszeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="446"/>
        <source>the token has SD-JWT separators (&apos;~&apos;) but its typ is &quot;%1&quot;, not dc+sd-jwt (an SD-JWT VC)</source>
        <translation>das Token hat SD-JWT-Trennzeichen („~“), aber sein typ ist „%1“, nicht dc+sd-jwt (ein SD-JWT VC)</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="456"/>
        <source>an SD-JWT VC must name its type in a &quot;vct&quot; string and carry no &quot;vc&quot; or &quot;vp&quot; claim</source>
        <translation>ein SD-JWT VC muss seinen Typ in einer Zeichenkette „vct“ nennen und darf keine Angabe „vc“ oder „vp“ enthalten</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="480"/>
        <source>the claim &quot;%1&quot; arrives in a disclosure; an SD-JWT VC must not make it selectively disclosable</source>
        <translation>die Angabe „%1“ kommt in einer Offenlegung; ein SD-JWT VC darf sie nicht selektiv offenlegbar machen</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="504"/>
        <source>the JSON is not a verifiable credential or presentation (it needs @context and a VerifiableCredential or VerifiablePresentation type)</source>
        <translation>das JSON ist weder ein verifizierbarer Nachweis noch eine verifizierbare Präsentation (es braucht @context und den Typ VerifiableCredential oder VerifiablePresentation)</translation>
    </message>
</context>
<context>
    <name>CredentialSearch</name>
    <message>
        <location filename="../core/store/CredentialSearch.cpp" line="98"/>
        <source>a page has 1 to %1 credentials</source>
        <translation>eine Seite enthält 1 bis %1 Nachweise</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="41"/>
        <source>a credential has 1 byte to 1 MiB</source>
        <translation>ein Nachweis hat 1 Byte bis 1 MiB</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="29"/>
        <source>at most %1 tags</source>
        <translation>höchstens %1 Schlagwörter</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="33"/>
        <source>a tag has 1 to 64 characters</source>
        <translation>ein Schlagwort hat 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="161"/>
        <source>this credential is already in the wallet (id %1)</source>
        <translation>dieser Nachweis ist bereits in der Wallet (ID %1)</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="216"/>
        <location filename="../core/store/CredentialStore.cpp" line="299"/>
        <location filename="../core/store/CredentialStore.cpp" line="324"/>
        <location filename="../core/store/CredentialStore.cpp" line="338"/>
        <source>credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="242"/>
        <source>credential %1 does not match its listing: the wallet file was changed outside vcdesk</source>
        <translation>Nachweis %1 stimmt nicht mit seinem Verzeichniseintrag überein: die Wallet-Datei wurde außerhalb von vcdesk verändert</translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="43"/>
        <source>the credential names no issuer (its &quot;issuer&quot; or &quot;iss&quot; is missing, empty or not an identifier)</source>
        <translation>der Nachweis nennt keinen Aussteller („issuer“ bzw. „iss“ fehlt, ist leer oder keine Kennung)</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="62"/>
        <source>the issuer is on your trust list as &quot;%1&quot;</source>
        <translation>der Aussteller steht als „%1“ auf Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="63"/>
        <source>the issuer %1 is not on your trust list</source>
        <translation>der Aussteller %1 steht nicht auf Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="83"/>
        <source>not looked up: its signature was not verified</source>
        <translation>nicht abgefragt: die Signatur des Nachweises wurde nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="85"/>
        <source>not looked up: it was not signed by its issuer</source>
        <translation>nicht abgefragt: der Nachweis wurde nicht von seinem Aussteller signiert</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="87"/>
        <source>not looked up: the issuer is not on your trust list</source>
        <translation>nicht abgefragt: der Aussteller steht nicht auf Ihrer Vertrauensliste</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/CredentialVerifier.cpp" line="111"/>
        <source>%n disclosure(s) match the issuer&apos;s digests</source>
        <translation>
            <numerusform>%n Offenlegung passt zu den Hashwerten des Ausstellers</numerusform>
            <numerusform>%n Offenlegungen passen zu den Hashwerten des Ausstellers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataIntegrityCheck</name>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="112"/>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="116"/>
        <source>the proof&apos;s @context is not the document&apos;s</source>
        <translation>der @context des Signaturnachweises ist nicht der des Dokuments</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="264"/>
        <source>the proof&apos;s &quot;%1&quot; is not a date and time</source>
        <translation>„%1“ im Signaturnachweis ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="267"/>
        <source>the proof expired at %1</source>
        <translation>der Signaturnachweis ist am %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="270"/>
        <source>the proof was created in the future (%1)</source>
        <translation>der Signaturnachweis wurde in der Zukunft erstellt (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="84"/>
        <source>%1, which needs BLS12-381 pairings</source>
        <translation>%1, wofür BLS12-381-Pairings nötig sind</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="139"/>
        <source>previousProof must name other proofs by their ids, each once</source>
        <translation>previousProof muss andere Signaturnachweise über ihre IDs nennen, jeden nur einmal</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="148"/>
        <source>the proof follows %1, which the credential does not carry</source>
        <translation>der Signaturnachweis folgt auf %1, den der Nachweis nicht enthält</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="150"/>
        <source>the credential carries %1 proofs with the id %2</source>
        <translation>der Nachweis enthält %1 Signaturnachweise mit der ID %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="169"/>
        <source>an %1 proof carries no @context of its own</source>
        <translation>ein Signaturnachweis vom Typ %1 darf keinen eigenen @context haben</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="172"/>
        <source>an %1 proof cannot follow another proof</source>
        <translation>ein Signaturnachweis vom Typ %1 kann nicht auf einen anderen Signaturnachweis folgen</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="217"/>
        <source>the credential defines terms in its own @context, which vcdesk cannot vouch for</source>
        <translation>der Nachweis definiert Terme in seinem eigenen @context, für die vcdesk nicht bürgen kann</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="245"/>
        <source>the credential has a @context inside it, which vcdesk cannot vouch for</source>
        <translation>der Nachweis enthält in seinem Inneren einen @context, für den vcdesk nicht bürgen kann</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="281"/>
        <source>vcdesk does not verify this kind of proof</source>
        <translation>vcdesk prüft diese Art von Signaturnachweis nicht</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="297"/>
        <source>proofValue is not base58btc multibase</source>
        <translation>proofValue ist kein base58btc-Multibase-Wert</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="311"/>
        <source>the credential carries no proof, so nothing vouches for it</source>
        <translation>der Nachweis enthält keinen Signaturnachweis, also bürgt nichts für ihn</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="323"/>
        <source>the proof set carries an entry that is not a proof (no object with a type)</source>
        <translation>die Menge der Signaturnachweise enthält einen Eintrag, der kein Signaturnachweis ist (kein Objekt mit einem Typ)</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="350"/>
        <source>the %1 proof follows %2, a proof vcdesk cannot check</source>
        <translation>der Signaturnachweis %1 folgt auf %2, einen Signaturnachweis, den vcdesk nicht prüfen kann</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="361"/>
        <source>the proof&apos;s purpose is &quot;%1&quot;; a %2 needs %3</source>
        <translation>der Zweck des Signaturnachweises ist „%1“; %2 erfordert %3</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="364"/>
        <source>presentation</source>
        <translation>eine Präsentation</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="364"/>
        <source>credential</source>
        <translation>ein Nachweis</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="371"/>
        <source>the verification method %1 is not a DID URL vcdesk can resolve</source>
        <translation>die Verifikationsmethode %1 ist keine DID-URL, die vcdesk auflösen kann</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="380"/>
        <source>cannot find the signing key: %1</source>
        <translation>der Signaturschlüssel ist nicht auffindbar: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="387"/>
        <source>key %1 cannot be checked: %2</source>
        <translation>Schlüssel %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="394"/>
        <source>the DID document has no usable key %1</source>
        <translation>das DID-Dokument enthält keinen nutzbaren Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="399"/>
        <source>key %1 is not authorized for %2 by its DID</source>
        <translation>Schlüssel %1 ist von seiner DID nicht für %2 autorisiert</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="409"/>
        <source>the %1 proof cannot be checked: %2</source>
        <translation>der Signaturnachweis %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="410"/>
        <source>the %1 proof does not verify: %2</source>
        <translation>die Prüfung des Signaturnachweises %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="428"/>
        <source>unsupported proof suite: %1; vcdesk cannot check this signature</source>
        <translation>nicht unterstützte Signatursuite: %1; vcdesk kann diese Signatur nicht prüfen</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="432"/>
        <source>%1 proof by %2 verifies</source>
        <translation>Signaturnachweis %1 von %2 erfolgreich geprüft</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="438"/>
        <source>; but the credential also carries %1, which vcdesk cannot check, and every proof of a set must verify</source>
        <translation>; aber der Nachweis enthält auch %1, den vcdesk nicht prüfen kann, und jeder Signaturnachweis einer Menge muss sich bestätigen</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="446"/>
        <source>the proof&apos;s key belongs to the issuer</source>
        <translation>der Schlüssel des Signaturnachweises gehört dem Aussteller</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="447"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation>signiert von %1, aber der Aussteller ist %2</translation>
    </message>
</context>
<context>
    <name>DataIntegrityPresentation</name>
    <message>
        <location filename="../core/oid4vp/DataIntegrityPresentation.cpp" line="34"/>
        <source>the credential names no W3C credentials context first, so vcdesk cannot put it in a presentation</source>
        <translation>der Nachweis nennt nicht als Erstes einen W3C-Credentials-Kontext, daher kann vcdesk ihn nicht in eine Präsentation aufnehmen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DataIntegrityPresentation.cpp" line="46"/>
        <source>a JSON-LD presentation is signed with an Ed25519 or P-256 key, and the key for %1 is neither</source>
        <translation>eine JSON-LD-Präsentation wird mit einem Ed25519- oder P-256-Schlüssel signiert, und der Schlüssel für %1 ist keines von beiden</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DataIntegrityPresentation.cpp" line="71"/>
        <source>the presentation could not be signed: %1</source>
        <translation>die Präsentation konnte nicht signiert werden: %1</translation>
    </message>
</context>
<context>
    <name>DataIntegritySigner</name>
    <message>
        <location filename="../core/verify/DataIntegritySigner.cpp" line="30"/>
        <source>vcdesk cannot sign with the proof suite %1</source>
        <translation>vcdesk kann nicht mit der Signatursuite %1 signieren</translation>
    </message>
</context>
<context>
    <name>DataIntegritySuite</name>
    <message>
        <location filename="../core/verify/DataIntegritySuite.cpp" line="58"/>
        <source>%1 needs a P-256 or P-384 key, not %2</source>
        <translation>%1 erfordert einen P-256- oder P-384-Schlüssel, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegritySuite.cpp" line="59"/>
        <source>%1 needs an Ed25519 key, not %2</source>
        <translation>%1 erfordert einen Ed25519-Schlüssel, nicht %2</translation>
    </message>
</context>
<context>
    <name>DcqlMatcher</name>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="40"/>
        <source>a credential query id must be 1-128 letters, digits, _ or -</source>
        <translation>die ID einer Nachweisabfrage muss aus 1–128 Buchstaben, Ziffern, _ oder - bestehen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="42"/>
        <source>credential query %1 has no format</source>
        <translation>die Nachweisabfrage %1 hat kein Format</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="45"/>
        <source>%1 of %2 must be true or false</source>
        <translation>%1 von %2 muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="47"/>
        <source>meta of %1 must be an object</source>
        <translation>meta von %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="51"/>
        <source>type_values of %1 must be a list of type lists</source>
        <translation>type_values von %1 muss eine Liste von Typlisten sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="55"/>
        <source>vct_values of %1 must be a non-empty list</source>
        <translation>vct_values von %1 muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="61"/>
        <source>claims of %1 must be a list of 1 to %2</source>
        <translation>claims von %1 muss eine Liste mit 1 bis %2 Einträgen sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="66"/>
        <source>a claim of %1 has no valid path</source>
        <translation>eine Angabe von %1 hat keinen gültigen Pfad</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="70"/>
        <source>claim ids of %1 must be unique identifiers</source>
        <translation>die Angaben-IDs von %1 müssen eindeutige Kennungen sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="77"/>
        <source>values of a claim of %1 must be a non-empty list</source>
        <translation>values einer Angabe von %1 muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="80"/>
        <source>values may only be strings, numbers or booleans</source>
        <translation>values darf nur Zeichenketten, Zahlen oder Wahrheitswerte enthalten</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="88"/>
        <source>claim_sets of %1 need claims and must be lists of claim ids</source>
        <translation>claim_sets von %1 erfordern claims und müssen Listen von Angaben-IDs sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="93"/>
        <source>claim_sets of %1 name a claim id that does not exist</source>
        <translation>claim_sets von %1 nennen eine Angaben-ID, die es nicht gibt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="103"/>
        <source>credentials must be a list of 1 to %1 queries</source>
        <translation>credentials muss eine Liste mit 1 bis %1 Abfragen sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="107"/>
        <source>a credential query is not an object</source>
        <translation>eine Nachweisabfrage ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="112"/>
        <source>the credential query id %1 is used twice</source>
        <translation>die ID %1 der Nachweisabfrage wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="119"/>
        <source>credential_sets must be a non-empty list</source>
        <translation>credential_sets muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="123"/>
        <source>a credential set needs options: lists of credential query ids</source>
        <translation>eine Nachweisgruppe braucht options: Listen von IDs von Nachweisabfragen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="127"/>
        <source>a credential set names the unknown query &quot;%1&quot;</source>
        <translation>eine Nachweisgruppe nennt die unbekannte Abfrage „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="131"/>
        <source>required of a credential set must be true or false</source>
        <translation>required einer Nachweisgruppe muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="249"/>
        <source>the wallet cannot answer any option of a required credential set</source>
        <translation>die Wallet kann keine Option einer erforderlichen Nachweisgruppe erfüllen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="282"/>
        <source>no credential in the wallet has the format, type and claims this part asks for</source>
        <translation>kein Nachweis in der Wallet hat das Format, den Typ und die Angaben, die dieser Teil verlangt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="293"/>
        <source>the wallet has no credential for a required part</source>
        <translation>die Wallet hat keinen Nachweis für einen erforderlichen Teil</translation>
    </message>
</context>
<context>
    <name>DidDocument</name>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="31"/>
        <source>publicKeyBase58 of type %1 is not a supported signature key</source>
        <translation>publicKeyBase58 vom Typ %1 ist kein unterstützter Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="49"/>
        <source>the method carries no public key vcdesk reads</source>
        <translation>die Methode enthält keinen öffentlichen Schlüssel, den vcdesk lesen kann</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="58"/>
        <source>the method publishes private key material; refusing its key</source>
        <translation>die Methode veröffentlicht privates Schlüsselmaterial; ihr Schlüssel wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="101"/>
        <source>the DID document is for &quot;%1&quot;, not for the DID that was resolved</source>
        <translation>das DID-Dokument gilt für „%1“, nicht für die aufgelöste DID</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="109"/>
        <source>a verification method has no id</source>
        <translation>eine Verifikationsmethode hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="112"/>
        <source>verification method %1 appears twice</source>
        <translation>die Verifikationsmethode %1 kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="119"/>
        <source>the method&apos;s id belongs to another DID</source>
        <translation>die ID der Methode gehört zu einer anderen DID</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="128"/>
        <source>&quot;verificationMethod&quot; must be an array</source>
        <translation>„verificationMethod“ muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="132"/>
        <source>a verification method is not an object</source>
        <translation>eine Verifikationsmethode ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="142"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>„%1“ muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="158"/>
        <source>&quot;%1&quot; holds something that is neither a reference nor a method</source>
        <translation>„%1“ enthält etwas, das weder eine Referenz noch eine Methode ist</translation>
    </message>
</context>
<context>
    <name>DidUrl</name>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="35"/>
        <source>not a valid DID: %1</source>
        <translation>keine gültige DID: %1</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="84"/>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="86"/>
        <source>it does not start with &quot;did:&quot;</source>
        <translation>sie beginnt nicht mit „did:“</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="97"/>
        <source>the method name must be lowercase letters and digits followed by &apos;:&apos;</source>
        <translation>der Methodenname muss aus Kleinbuchstaben und Ziffern bestehen, gefolgt von „:“</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="107"/>
        <source>bad percent-encoding at position %1</source>
        <translation>fehlerhafte Prozentkodierung an Position %1</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="114"/>
        <source>the method-specific id is empty or ends with &apos;:&apos;</source>
        <translation>die methodenspezifische ID ist leer oder endet mit „:“</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="127"/>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>unerwartetes Zeichen „%1“ an Position %2</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="141"/>
        <source>it contains spaces, control or non-ASCII characters</source>
        <translation>sie enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen</translation>
    </message>
</context>
<context>
    <name>DocumentCache</name>
    <message>
        <location filename="../core/verify/DocumentCache.cpp" line="241"/>
        <source>cannot remove the cached copy of %1: %2</source>
        <translation>die zwischengespeicherte Kopie von %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DocumentCache.cpp" line="247"/>
        <source>%1 is not in the cache</source>
        <translation>%1 ist nicht im Cache</translation>
    </message>
    <message>
        <location filename="../core/verify/DocumentCache.cpp" line="282"/>
        <source>cannot remove every cached document from %1: %2</source>
        <translation>nicht alle zwischengespeicherten Dokumente in %1 können entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>EnvelopeCheck</name>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="35"/>
        <source>the service generated a credential</source>
        <translation>der Dienst hat einen Nachweis erzeugt</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="38"/>
        <source>the message says a credential was generated but carries none</source>
        <translation>die Nachricht meldet einen erzeugten Nachweis, enthält aber keinen</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="41"/>
        <source>the generation service reported an error: %1</source>
        <translation>der Erzeugungsdienst hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="44"/>
        <source>message &quot;%1&quot; carries no generated credential</source>
        <translation>die Nachricht „%1“ enthält keinen erzeugten Nachweis</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="51"/>
        <source>the verifier reports the presentation as verified</source>
        <translation>der Prüfer meldet die Präsentation als verifiziert</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="54"/>
        <source>the verifier reports an error: %1</source>
        <translation>der Prüfer meldet einen Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="56"/>
        <source>the request is still &quot;%1&quot;</source>
        <translation>die Anfrage hat noch den Status „%1“</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="66"/>
        <source>the action is &quot;%1&quot;, not accept or reject</source>
        <translation>die Aktion ist „%1“, nicht accept oder reject</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="69"/>
        <source>the event says &quot;%1&quot; but the proof says &quot;%2&quot;</source>
        <translation>das Ereignis nennt „%1“, der Signaturnachweis aber „%2“</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="80"/>
        <source>the hosted wallet marks the credential as &quot;%1&quot;</source>
        <translation>die gehostete Wallet kennzeichnet den Nachweis als „%1“</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="89"/>
        <source>record %1 has a credential that is not valid base64</source>
        <translation>Datensatz %1 enthält einen Nachweis, der kein gültiges base64 ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/EnvelopeCheck.cpp" line="96"/>
        <source>%n record(s) hold no credential yet (state %1)</source>
        <translation>
            <numerusform>%n Datensatz enthält noch keinen Nachweis (Status %1)</numerusform>
            <numerusform>%n Datensätze enthalten noch keinen Nachweis (Status %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Expander</name>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="66"/>
        <source>part of the document would be lost in JSON-LD processing: %1</source>
        <translation>ein Teil des Dokuments ginge bei der JSON-LD-Verarbeitung verloren: %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="100"/>
        <source>the document is nested deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="250"/>
        <source>the term %1 is not defined by the document&apos;s contexts</source>
        <translation>der Term %1 ist in den Kontexten des Dokuments nicht definiert</translation>
    </message>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="269"/>
        <source>the @id %1 means nothing</source>
        <translation>die @id %1 bedeutet nichts</translation>
    </message>
</context>
<context>
    <name>FormUrlEncoding</name>
    <message>
        <location filename="../core/codec/FormUrlEncoding.cpp" line="29"/>
        <source>a &apos;%&apos; is not followed by two hexadecimal digits</source>
        <translation>auf ein „%“ folgen nicht zwei Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../core/codec/FormUrlEncoding.cpp" line="37"/>
        <source>a parameter is not UTF-8 text once decoded</source>
        <translation>ein Parameter ist nach dem Dekodieren kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../core/codec/FormUrlEncoding.cpp" line="60"/>
        <source>a parameter has no name</source>
        <translation>ein Parameter hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>GenerationClient</name>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="46"/>
        <source>the generation service answered for another flow</source>
        <translation>der Erzeugungsdienst hat für einen anderen Ablauf geantwortet</translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="51"/>
        <source>the generated credential is empty</source>
        <translation>der erzeugte Nachweis ist leer</translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="56"/>
        <source>the credential could not be generated: %1</source>
        <translation>der Nachweis konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="64"/>
        <source>the generation service sent an unknown event &quot;%1&quot;</source>
        <translation>der Erzeugungsdienst hat ein unbekanntes Ereignis „%1“ gesendet</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="12"/>
        <source>cannot start decompression</source>
        <translation>die Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="25"/>
        <location filename="../core/codec/Gzip.cpp" line="37"/>
        <source>the compressed data is truncated</source>
        <translation>die komprimierten Daten sind unvollständig</translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="26"/>
        <source>the compressed data is corrupt</source>
        <translation>die komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="32"/>
        <source>the data expands to more than %1 bytes; refusing it</source>
        <translation>die Daten ergeben entpackt mehr als %1 Bytes; sie werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>HeldCredential</name>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="27"/>
        <source>the credential&apos;s content is not open (wallet locked?)</source>
        <translation>der Inhalt des Nachweises ist nicht geöffnet (Wallet gesperrt?)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="164"/>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="169"/>
        <source>the wallet found it not valid when it last checked it</source>
        <translation>die Wallet hat den Nachweis bei der letzten Prüfung als nicht gültig eingestuft</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="171"/>
        <source>the wallet could not verify it when it last checked it</source>
        <translation>die Wallet konnte den Nachweis bei der letzten Prüfung nicht verifizieren</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="175"/>
        <source>the wallet has not verified it</source>
        <translation>die Wallet hat den Nachweis noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>HolderBindingCheck</name>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="95"/>
        <source>the credential&apos;s holder key (cnf.jwk) includes its private part, so anyone who has seen the credential can present it</source>
        <translation>der Inhaberschlüssel des Nachweises (cnf.jwk) enthält seinen privaten Teil, daher kann jeder, der den Nachweis gesehen hat, ihn vorzeigen</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="108"/>
        <source>the credential names no holder (no subject DID, no cnf), so anyone holding it may present it</source>
        <translation>der Nachweis nennt keinen Inhaber (keine Subjekt-DID, kein cnf), daher darf ihn jeder vorzeigen, der ihn besitzt</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="62"/>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="110"/>
        <source>another key</source>
        <translation>ein anderer Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="60"/>
        <source>it is a presentation by %1, passed on inside one by %2</source>
        <translation>es ist eine Präsentation von %1, weitergegeben in einer von %2</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="61"/>
        <source>an unknown signer</source>
        <translation>einem unbekannten Unterzeichner</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="81"/>
        <source>the credential names several subjects (%1), so it is not tied to the one presenting it</source>
        <translation>der Nachweis nennt mehrere Subjekte (%1) und ist daher nicht an den gebunden, der ihn vorlegt</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="90"/>
        <source>its cnf is not an object naming a holder key</source>
        <translation>sein cnf ist kein Objekt, das einen Inhaberschlüssel nennt</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="112"/>
        <source>the credential was issued to %1, but %2 presented it</source>
        <translation>der Nachweis wurde für %1 ausgestellt, aber %2 hat ihn vorgezeigtder Nachweis wurde für %1 ausgestellt, aber %2 hat ihn vorgezeigt</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="113"/>
        <source>the key in its cnf</source>
        <translation>den Schlüssel in seinem cnfden Schlüssel in seinem cnf</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="131"/>
        <source>who signed the presentation is not known, so it cannot be tied to the credentials it carries</source>
        <translation>wer die Präsentation signiert hat, ist unbekannt, daher lässt sie sich nicht mit den enthaltenen Nachweisen verbinden</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="149"/>
        <source>credential %1: %2</source>
        <translation>Nachweis %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/HolderBindingCheck.cpp" line="166"/>
        <source>%n credential(s) issued to the one who signed the presentation</source>
        <translation>
            <numerusform>%n Nachweis für den ausgestellt, der die Präsentation signiert hat</numerusform>
            <numerusform>%n Nachweise für den ausgestellt, der die Präsentation signiert hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolderKeyring</name>
    <message>
        <location filename="../core/oid4vp/HolderKeyring.cpp" line="26"/>
        <source>the profile has no holder key to sign a presentation with</source>
        <translation>das Profil hat keinen Inhaberschlüssel, mit dem eine Präsentation signiert werden kann</translation>
    </message>
</context>
<context>
    <name>HostedCopy</name>
    <message>
        <location filename="../core/receive/HostedCopy.cpp" line="20"/>
        <source>account %1 is not a hosted wallet of this profile</source>
        <translation>Konto %1 ist keine gehostete Wallet dieses Profils</translation>
    </message>
    <message>
        <location filename="../core/receive/HostedCopy.cpp" line="31"/>
        <source>no such hosted credential in this profile</source>
        <translation>kein solcher gehosteter Nachweis in diesem Profil</translation>
    </message>
    <message>
        <location filename="../core/receive/HostedCopy.cpp" line="40"/>
        <source>%1, credential %2</source>
        <translation>%1, Nachweis %2</translation>
    </message>
</context>
<context>
    <name>HostedCredentialStore</name>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="39"/>
        <source>a hosted wallet&apos;s credential id has 1 to %1 characters</source>
        <translation>die Nachweis-ID einer gehosteten Wallet hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="48"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="51"/>
        <source>account %1 is not a hosted wallet</source>
        <translation>Konto %1 ist keine gehostete Wallet</translation>
    </message>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="104"/>
        <location filename="../core/store/HostedCredentialStore.cpp" line="120"/>
        <location filename="../core/store/HostedCredentialStore.cpp" line="134"/>
        <source>hosted credential</source>
        <translation>gehosteter Nachweis</translation>
    </message>
</context>
<context>
    <name>HostedWalletClient</name>
    <message>
        <location filename="../core/api/HostedWalletClient.cpp" line="17"/>
        <source>the hosted wallet&apos;s answer is not as expected: %1</source>
        <translation>die Antwort der gehosteten Wallet entspricht nicht den Erwartungen: %1</translation>
    </message>
    <message>
        <location filename="../core/api/HostedWalletClient.cpp" line="112"/>
        <source>the hosted wallet did not delete it</source>
        <translation>die gehostete Wallet hat den Nachweis nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ImageFetch</name>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="17"/>
        <source>the picture is larger than %1 KiB</source>
        <translation>das Bild ist größer als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="42"/>
        <source>the picture&apos;s address is neither https nor data: %1</source>
        <translation>die Adresse des Bildes verwendet weder https noch data: %1</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="56"/>
        <location filename="../core/net/ImageFetch.cpp" line="74"/>
        <source>the picture is of type %1, not PNG, JPEG, GIF or WebP</source>
        <translation>das Bild hat den Typ %1, nicht PNG, JPEG, GIF oder WebP</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="66"/>
        <source>the data: URI has no data</source>
        <translation>die data:-URI enthält keine Daten</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="70"/>
        <source>the data: URI is not base64, as pictures are</source>
        <translation>die data:-URI ist nicht base64-kodiert, wie es für Bilder nötig ist</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="86"/>
        <source>the data: URI&apos;s picture is not valid base64</source>
        <translation>das Bild in der data:-URI ist kein gültiges base64</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="22"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="35"/>
        <source>%1 holds no files to inspect</source>
        <translation>%1 enthält keine Dateien zum Untersuchen</translation>
    </message>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="41"/>
        <source>more than %1 inputs; inspect a smaller folder</source>
        <translation>mehr als %1 Eingaben; untersuchen Sie einen kleineren Ordner</translation>
    </message>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="45"/>
        <source>standard input (-) can be read only once</source>
        <translation>die Standardeingabe (-) kann nur einmal gelesen werden</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <location filename="../cli/InputReader.cpp" line="19"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/InputReader.cpp" line="20"/>
        <location filename="../cli/InputReader.cpp" line="27"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../cli/InputReader.cpp" line="26"/>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
</context>
<context>
    <name>InspectBatch</name>
    <message>
        <location filename="../cli/InspectBatch.cpp" line="33"/>
        <source>UNREADABLE</source>
        <translation>NICHT LESBAR</translation>
    </message>
    <message>
        <location filename="../cli/InspectBatch.cpp" line="83"/>
        <source>Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, %5 unreadable</source>
        <translation>%1 untersucht: %2 gültig, %3 nicht gültig, %4 nicht prüfbar, %5 nicht lesbar</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="34"/>
        <source>%1 is not a JWK: %2</source>
        <translation>%1 ist kein JWK: %2</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="49"/>
        <source>the JWK Set %1 has %2 keys matching kid &quot;%3&quot;; need exactly one</source>
        <translation>das JWK Set %1 hat %2 Schlüssel mit kid „%3“; erforderlich ist genau einer</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="83"/>
        <source>Decode a signed token (JWS/JWT), find its signer and verify it.</source>
        <translation>Ein signiertes Token (JWS/JWT) dekodieren, seinen Signierer ermitteln und die Signatur prüfen.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="85"/>
        <source>Print one JSON object.</source>
        <translation>Ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="87"/>
        <source>Verify with this trusted JWK (or JWK Set) instead of DIDs.</source>
        <translation>Mit diesem vertrauenswürdigen JWK (oder JWK Set) statt über DIDs prüfen.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="88"/>
        <source>JWK_FILE</source>
        <translation>JWK_DATEI</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="90"/>
        <source>Check validity at this time instead of now (RFC 3339).</source>
        <translation>Die Gültigkeit zu diesem Zeitpunkt statt zum aktuellen prüfen (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="91"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="93"/>
        <source>Development: allow plain http to this computer (did:web on localhost).</source>
        <translation>Entwicklung: unverschlüsseltes http zu diesem Rechner erlauben (did:web auf localhost).</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="96"/>
        <source>Contact no server: DIDs and status lists come from caches or are reported as unknown.</source>
        <translation>Keinen Server kontaktieren: DIDs und Statuslisten kommen aus Caches oder werden als unbekannt gemeldet.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="98"/>
        <source>The trust list file.</source>
        <translation>Die Datei der Vertrauensliste.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="99"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="101"/>
        <source>Seconds of clock difference tolerated in validity checks (default 60).</source>
        <translation>Tolerierte Abweichung der Uhr in Sekunden bei Gültigkeitsprüfungen (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="103"/>
        <location filename="../cli/InspectCommand.cpp" line="108"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="106"/>
        <source>How old a cached status list or schema may be when it cannot be fetched again (seconds, default 86400); older ones make the check unknown.</source>
        <translation>Wie alt eine zwischengespeicherte Statusliste oder ein Schema sein darf, wenn sie sich nicht erneut abrufen lassen (Sekunden, Standard: 86400); bei älteren bleibt das Prüfergebnis unbekannt.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="110"/>
        <source>Several inputs: one JSON object per line, then a summary object.</source>
        <translation>Mehrere Eingaben: ein JSON-Objekt pro Zeile, danach ein Zusammenfassungsobjekt.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="114"/>
        <source>Allow this JSON-LD context beyond the ones vcdesk carries (repeatable): fetched once and cached; with #sha256=HEX it must have that hash.</source>
        <translation>Diesen JSON-LD-Kontext zusätzlich zu den in vcdesk enthaltenen erlauben (wiederholbar): Er wird einmal abgerufen und zwischengespeichert; mit #sha256=HEX muss er diesen Hashwert haben.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="116"/>
        <source>URL[#sha256=HEX]</source>
        <translation>URL[#sha256=HEX]</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="120"/>
        <source>Token files or folders of them, or - for standard input.</source>
        <translation>Token-Dateien oder Ordner mit solchen Dateien, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="121"/>
        <source>INPUT...</source>
        <translation>EINGABE...</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="132"/>
        <source>vcdesk inspect: give an INPUT (a file, a folder, or - for standard input)</source>
        <translation>vcdesk inspect: geben Sie eine EINGABE an (eine Datei, einen Ordner oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="138"/>
        <source>vcdesk inspect: --allow-context: %1</source>
        <translation>vcdesk inspect: --allow-context: %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="147"/>
        <source>vcdesk inspect: --json prints one token; use --json-lines for several</source>
        <translation>vcdesk inspect: --json gibt ein einzelnes Token aus; verwenden Sie --json-lines für mehrere</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="151"/>
        <source>vcdesk inspect: --key works with one input</source>
        <translation>vcdesk inspect: --key funktioniert nur mit einer einzigen Eingabe</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="159"/>
        <source>vcdesk inspect: --at needs an RFC 3339 time such as 2025-01-31T12:00:00Z</source>
        <translation>vcdesk inspect: --at erwartet eine Zeitangabe nach RFC 3339, z. B. 2025-01-31T12:00:00Z</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="168"/>
        <source>vcdesk inspect: --clock-skew needs a number of seconds from 0 to 86400</source>
        <translation>vcdesk inspect: --clock-skew erwartet eine Anzahl Sekunden von 0 bis 86400</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="174"/>
        <source>vcdesk inspect: --cache-max-age needs a number of seconds from 0 to 31536000</source>
        <translation>vcdesk inspect: --cache-max-age erwartet eine Anzahl Sekunden von 0 bis 31536000</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="182"/>
        <location filename="../cli/InspectCommand.cpp" line="187"/>
        <location filename="../cli/InspectCommand.cpp" line="197"/>
        <location filename="../cli/InspectCommand.cpp" line="211"/>
        <source>vcdesk inspect: %1</source>
        <translation>vcdesk inspect: %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="203"/>
        <source>vcdesk inspect: cannot use the key: %1</source>
        <translation>vcdesk inspect: der Schlüssel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="218"/>
        <source>vcdesk inspect: cannot read the token: %1 [%2]</source>
        <translation>vcdesk inspect: das Token kann nicht gelesen werden: %1 [%2]</translation>
    </message>
</context>
<context>
    <name>InspectOptionsBuilder</name>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="91"/>
        <source>the clock skew must be from 0 to %1 seconds</source>
        <translation>die Abweichung der Uhr muss zwischen 0 und %1 Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="94"/>
        <source>the cache age must be from 0 to %1 seconds</source>
        <translation>das Cache-Alter muss zwischen 0 und %1 Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="116"/>
        <source>%1 is allowed with two different SHA-256 values</source>
        <translation>%1 ist mit zwei verschiedenen SHA-256-Werten erlaubt</translation>
    </message>
</context>
<context>
    <name>InspectionPrinter</name>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="47"/>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="54"/>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="57"/>
        <source>Embedded credential %1:</source>
        <translation>Eingebetteter Nachweis %1:</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="68"/>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="69"/>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <location filename="../models/InspectionReport.cpp" line="50"/>
        <source>Credential inspection report</source>
        <translation>Untersuchungsbericht zum Nachweis</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="58"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="74"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="75"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="76"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="84"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="86"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="86"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="86"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="94"/>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="95"/>
        <source>Claim</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="95"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="104"/>
        <source>Further embedded credentials are in the JSON report.</source>
        <translation>Weitere eingebettete Nachweise stehen im JSON-Bericht.</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="108"/>
        <source>Embedded credential %1</source>
        <translation>Eingebetteter Nachweis %1</translation>
    </message>
</context>
<context>
    <name>InspectionSummary</name>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="38"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="38"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="49"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="50"/>
        <source>Algorithm</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="55"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="62"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="62"/>
        <source>Subjects</source>
        <translation>Subjekte</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="64"/>
        <source>more than %n subjects</source>
        <translation>
            <numerusform>mehr als %n Subjekt</numerusform>
            <numerusform>mehr als %n Subjekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="65"/>
        <source>%n subjects</source>
        <translation>
            <numerusform>%n Subjekt</numerusform>
            <numerusform>%n Subjekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="68"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="69"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="71"/>
        <location filename="../core/verify/InspectionSummary.cpp" line="74"/>
        <source>Signed by</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="75"/>
        <source>given key %1</source>
        <translation>angegebener Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="78"/>
        <source>Embedded</source>
        <translation>Enthält</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="79"/>
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuanceSession</name>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="44"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="84"/>
        <source>the offer has no pre-authorized code, and the issuer&apos;s authorization server offers no sign-in either</source>
        <translation>das Angebot hat keinen vorautorisierten Code, und der Autorisierungsserver des Ausstellers bietet auch keine Anmeldung an</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="89"/>
        <source>the issuer requires its credential messages encrypted on top of TLS, which vcdesk does not do yet</source>
        <translation>der Aussteller verlangt, dass seine Nachweis-Nachrichten zusätzlich zu TLS verschlüsselt werden, was vcdesk noch nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="93"/>
        <source>nothing offered is in a format vcdesk keeps (%1)</source>
        <translation>keiner der angebotenen Nachweise liegt in einem Format vor, das vcdesk speichern kann (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="98"/>
        <source>the authorization server wants DPoP proofs in %1; vcdesk signs them with ES256</source>
        <translation>der Autorisierungsserver verlangt DPoP-Proofs mit %1; vcdesk signiert sie mit ES256</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="142"/>
        <source>no key was chosen for the credentials</source>
        <translation>für die Nachweise wurde kein Schlüssel gewählt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="151"/>
        <source>the issuer binds each credential to one key only: choose one key</source>
        <translation>der Aussteller bindet jeden Nachweis an nur einen Schlüssel: wählen Sie einen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="154"/>
        <source>the issuer takes at most %1 keys at once; %2 were chosen</source>
        <translation>der Aussteller nimmt höchstens %1 Schlüssel auf einmal an; gewählt wurden %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="163"/>
        <source>the key %1 was chosen twice</source>
        <translation>der Schlüssel %1 wurde doppelt gewählt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="197"/>
        <source>Asking for %1</source>
        <translation>%1 wird angefordert</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="211"/>
        <source>the issuer refused the key proof</source>
        <translation>der Aussteller hat den Schlüsselnachweis abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="223"/>
        <source>the issuer will issue the credential only in %1 s or more; vcdesk waits at most %2 s, so nothing was received: ask the issuer for a new offer when it is ready</source>
        <translation>der Aussteller stellt den Nachweis frühestens in %1 s aus; vcdesk wartet höchstens %2 s, daher wurde nichts empfangen: bitten Sie den Aussteller um ein neues Angebot, sobald der Nachweis bereitsteht</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="229"/>
        <source>The issuer will issue the credential later; asking again in %1 s</source>
        <translation>Der Aussteller stellt den Nachweis später aus; neue Anfrage in %1 s</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="248"/>
        <source>no offer is open</source>
        <translation>es ist kein Angebot geöffnet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="251"/>
        <source>this offer was used already: open it again (or ask the issuer for a new one)</source>
        <translation>dieses Angebot wurde bereits verwendet: öffnen Sie es erneut (oder bitten Sie den Aussteller um ein neues)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="257"/>
        <source>sign in at the issuer first</source>
        <translation>melden Sie sich zuerst beim Aussteller an</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="270"/>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="379"/>
        <source>Asking %1 for an access token</source>
        <translation>Zugriffstoken wird bei %1 angefordert</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="302"/>
        <source>no offer that needs a sign-in is open</source>
        <translation>es ist kein Angebot geöffnet, das eine Anmeldung erfordert</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="305"/>
        <source>the sign-in for this offer is done already: open it again</source>
        <translation>die Anmeldung für dieses Angebot ist bereits erfolgt: öffnen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="325"/>
        <source>Preparing the sign-in at %1</source>
        <translation>Anmeldung bei %1 wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="333"/>
        <source>Waiting for you to sign in at %1 in your browser</source>
        <translation>Warten auf Ihre Anmeldung bei %1 im Browser</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="341"/>
        <source>vcdesk made %1 sign-in pages already: finish on one of them, or cancel and open the offer again</source>
        <translation>vcdesk hat bereits %1 Anmeldeseiten erstellt: schließen Sie die Anmeldung auf einer davon ab, oder brechen Sie ab und öffnen Sie das Angebot erneut</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="349"/>
        <source>no fresh sign-in page: %1</source>
        <translation>keine neue Anmeldeseite: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="410"/>
        <source>Checking what the issuer sent</source>
        <translation>Die Sendung des Ausstellers wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="421"/>
        <source>the issuer sent something that is not a credential vcdesk can read: %1</source>
        <translation>der Aussteller hat etwas gesendet, das kein für vcdesk lesbarer Nachweis ist: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="452"/>
        <source>the issuer bound more than one credential to the same key, so they could be linked when shown</source>
        <translation>der Aussteller hat mehr als einen Nachweis an denselben Schlüssel gebunden, sodass sie beim Vorzeigen miteinander in Verbindung gebracht werden könnten</translation>
    </message>
</context>
<context>
    <name>IssuedCredentialCheck</name>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="18"/>
        <source>the credential does not verify: %1</source>
        <translation>die Prüfung des Nachweises ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="23"/>
        <source>no key was chosen</source>
        <translation>es wurde kein Schlüssel gewählt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="43"/>
        <source>the issuer sent a credential of type %1, not the %2 you agreed to</source>
        <translation>der Aussteller hat einen Nachweis vom Typ %1 gesendet, nicht vom Typ %2, dem Sie zugestimmt haben</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="49"/>
        <source>the issuer sent a credential that is not a %1, which you agreed to</source>
        <translation>der Aussteller hat einen Nachweis gesendet, der nicht vom Typ %1 ist, dem Sie zugestimmt haben</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="59"/>
        <source>the credential is not bound to the key you chose</source>
        <translation>der Nachweis ist nicht an den von Ihnen gewählten Schlüssel gebunden</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="84"/>
        <source>the credential is about %1, not about you (%2)</source>
        <translation>der Nachweis betrifft %1, nicht Sie (%2)</translation>
    </message>
</context>
<context>
    <name>IssuerAgentClient</name>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="45"/>
        <source>the issuer agent did not answer with JSON: %1</source>
        <translation>der Aussteller-Agent hat nicht mit JSON geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="48"/>
        <source>the issuer agent&apos;s answer has no &quot;data&quot;</source>
        <translation>die Antwort des Aussteller-Agenten enthält kein „data“</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="61"/>
        <source>the offers are not a list</source>
        <translation>die Angebote sind keine Liste</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="147"/>
        <source>listing its connections</source>
        <translation>das Auflisten seiner Verbindungen</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="151"/>
        <source>the connections are not a list</source>
        <translation>die Verbindungen sind keine Liste</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="164"/>
        <source>a connection has no usable connectionId</source>
        <translation>eine Verbindung hat keine nutzbare connectionId</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="178"/>
        <source>the issuer agent did not say the credential is revoked</source>
        <translation>der Aussteller-Agent hat nicht bestätigt, dass der Nachweis widerrufen ist</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="186"/>
        <source>this issuer agent does not offer %1 (%2)</source>
        <translation>dieser Aussteller-Agent bietet %1 nicht an (%2)</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="202"/>
        <source>the exchange %1 ended with a problem report</source>
        <translation>der Austausch %1 endete mit einem Problembericht</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="204"/>
        <source>the offer %1 is still %2 after %3 s</source>
        <translation>das Angebot %1 ist nach %3 s immer noch im Zustand %2</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="210"/>
        <source>stopped waiting for the offer %1</source>
        <translation>das Warten auf das Angebot %1 wurde beendet</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="223"/>
        <source>the agent no longer knows the offer %1</source>
        <translation>der Agent kennt das Angebot %1 nicht mehr</translation>
    </message>
</context>
<context>
    <name>IssuerAuthorizationRequest</name>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="62"/>
        <source>the issuer&apos;s authorization server has no authorization endpoint, so there is nowhere to sign in</source>
        <translation>der Autorisierungsserver des Ausstellers hat keinen Autorisierungsendpunkt, eine Anmeldung ist also nicht möglich</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="67"/>
        <source>the authorization server does not take S256 code challenges (it lists %1), so the sign-in could be taken over on its way back</source>
        <translation>der Autorisierungsserver akzeptiert keine S256-Code-Challenges (er nennt %1), daher könnte die Anmeldung auf dem Rückweg abgefangen werden</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="122"/>
        <source>the pushed authorization request failed: %1</source>
        <translation>die vorab übermittelte Autorisierungsanfrage (PAR) ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="126"/>
        <source>the pushed authorization request</source>
        <translation>die vorab übermittelte Autorisierungsanfrage (PAR)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="131"/>
        <source>this issuer seems to accept only wallets registered with it, and vcdesk signed in as &quot;%1&quot;</source>
        <translation>dieser Aussteller scheint nur bei ihm registrierte Wallets zu akzeptieren, und vcdesk hat sich als „%1“ angemeldet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="138"/>
        <source>the pushed authorization request&apos;s answer</source>
        <translation>die Antwort auf die vorab übermittelte Autorisierungsanfrage</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="141"/>
        <source>pushed authorization request answer</source>
        <translation>Antwort auf die vorab übermittelte Autorisierungsanfrage</translation>
    </message>
</context>
<context>
    <name>IssuerAuthorizationResponse</name>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="36"/>
        <source>the sign-in answer is not for this request (its state differs)</source>
        <translation>die Anmeldeantwort gehört nicht zu dieser Anfrage (ihr state weicht ab)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="51"/>
        <source>the sign-in answer has %1 twice</source>
        <translation>die Anmeldeantwort enthält %1 doppelt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="56"/>
        <source>the sign-in answer does not come from the issuer&apos;s authorization server (iss is &quot;%1&quot;)</source>
        <translation>die Anmeldeantwort stammt nicht vom Autorisierungsserver des Ausstellers (iss ist „%1“)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="70"/>
        <source>the sign-in at the issuer was declined</source>
        <translation>die Anmeldung beim Aussteller wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="71"/>
        <source>the issuer ended the sign-in (%1)</source>
        <translation>der Aussteller hat die Anmeldung beendet (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="78"/>
        <source>the sign-in answer has no usable code</source>
        <translation>die Anmeldeantwort enthält keinen nutzbaren Code</translation>
    </message>
</context>
<context>
    <name>IssuerIdentifier</name>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="20"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="24"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="28"/>
        <source>%1 contains spaces, control or non-ASCII characters</source>
        <translation>%1 enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="34"/>
        <source>%1 is not an absolute URL</source>
        <translation>%1 ist keine absolute URL</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="37"/>
        <source>%1 has user information or a fragment</source>
        <translation>%1 enthält Benutzerinformationen oder ein Fragment</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="43"/>
        <source>%1 does not use https (%2://%3)</source>
        <translation>%1 verwendet kein https (%2://%3)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="64"/>
        <source>%1 has a query</source>
        <translation>%1 enthält einen Query-String</translation>
    </message>
</context>
<context>
    <name>IssuerMetadata</name>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="33"/>
        <source>the issuer&apos;s metadata</source>
        <translation>das Metadaten-Dokument des Ausstellers</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="36"/>
        <source>issuer metadata</source>
        <translation>Metadaten des Ausstellers</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="43"/>
        <source>the metadata is for &quot;%1&quot;, not for the issuer that made the offer (&quot;%2&quot;)</source>
        <translation>die Metadaten gelten für „%1“, nicht für den Aussteller, der das Angebot gemacht hat („%2“)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="85"/>
        <source>batch_size is missing</source>
        <translation>batch_size fehlt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="115"/>
        <source>credential_configurations_supported is empty</source>
        <translation>credential_configurations_supported ist leer</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="118"/>
        <source>it describes more than %1 credential configurations</source>
        <translation>es werden mehr als %1 Nachweis-Konfigurationen beschrieben</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="121"/>
        <source>a credential configuration is not an object with a name</source>
        <translation>eine Nachweis-Konfiguration ist kein Objekt mit einem Namen</translation>
    </message>
</context>
<context>
    <name>IssuerOffer</name>
    <message>
        <location filename="../core/api/IssuerOffer.cpp" line="12"/>
        <source>the issuer agent&apos;s answer is not as expected: %1</source>
        <translation>die Antwort des Aussteller-Agenten entspricht nicht den Erwartungen: %1</translation>
    </message>
</context>
<context>
    <name>IssuerPolicy</name>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="11"/>
        <source>accepted by this request</source>
        <translation>von dieser Anfrage akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="30"/>
        <source>the verifier trusts no issuer: its trust list is missing or empty</source>
        <translation>der Prüfer vertraut keinem Aussteller: seine Vertrauensliste fehlt oder ist leer</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="32"/>
        <source>the request accepts no issuer</source>
        <translation>die Anfrage akzeptiert keinen Aussteller</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="39"/>
        <source>the issuer %1 is not on the verifier&apos;s trust list</source>
        <translation>der Aussteller %1 steht nicht auf der Vertrauensliste des Prüfers</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="40"/>
        <source>the issuer %1 is not one this request accepts</source>
        <translation>der Aussteller %1 gehört nicht zu denen, die diese Anfrage akzeptiert</translation>
    </message>
</context>
<context>
    <name>Jcs</name>
    <message>
        <location filename="../core/codec/Jcs.cpp" line="173"/>
        <source>the document holds a number that a double cannot represent exactly, so it has no canonical form (RFC 8785)</source>
        <translation>das Dokument enthält eine Zahl, die ein Double nicht exakt darstellen kann, daher hat es keine kanonische Form (RFC 8785)</translation>
    </message>
</context>
<context>
    <name>JsonLdError</name>
    <message>
        <location filename="../core/jsonld/JsonLdError.h" line="20"/>
        <source>JSON-LD: %1: %2</source>
        <translation>JSON-LD: %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonLdToRdf</name>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="143"/>
        <source>two indexes for one node</source>
        <translation>zwei Indizes für einen Knoten</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="223"/>
        <source>a value that is not a well-formed IRI, literal or language tag</source>
        <translation>ein Wert, der weder eine wohlgeformte IRI noch ein Literal oder Sprach-Tag ist</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="331"/>
        <source>the graph %1</source>
        <translation>der Graph %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="337"/>
        <source>the node %1</source>
        <translation>der Knoten %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="349"/>
        <source>the type %1</source>
        <translation>der Typ %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="357"/>
        <source>the property %1</source>
        <translation>die Eigenschaft %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="371"/>
        <source>part of the document would be left out of what is signed: %1</source>
        <translation>ein Teil des Dokuments bliebe bei der Signatur unberücksichtigt: %1</translation>
    </message>
</context>
<context>
    <name>JsonLinesSpool</name>
    <message>
        <location filename="../models/JsonLinesSpool.cpp" line="24"/>
        <source>the batch&apos;s report could not be kept in a temporary file (%1)</source>
        <translation>der Bericht der Stapeluntersuchung konnte nicht in einer temporären Datei zwischengespeichert werden (%1)</translation>
    </message>
    <message>
        <location filename="../models/JsonLinesSpool.cpp" line="29"/>
        <location filename="../models/JsonLinesSpool.cpp" line="43"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="38"/>
        <source>the JSONPath &quot;%1&quot; is not supported: %2</source>
        <translation>der JSONPath „%1“ wird nicht unterstützt: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="41"/>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="43"/>
        <source>it does not start with $</source>
        <translation>er beginnt nicht mit $</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="52"/>
        <source>recursive descent (..)</source>
        <translation>rekursiver Abstieg (..)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="62"/>
        <source>a name is missing after &apos;.&apos;</source>
        <translation>nach „.“ fehlt ein Name</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="67"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>„[“ ohne „]“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="78"/>
        <source>escaped or several names in one bracket</source>
        <translation>maskierte oder mehrere Namen in einer Klammer</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="85"/>
        <source>filters, slices and unions (&quot;[%1]&quot;)</source>
        <translation>Filter, Slices und Vereinigungen („[%1]“)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="89"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="93"/>
        <source>&quot;$&quot; alone selects the whole credential</source>
        <translation>„$“ allein wählt den ganzen Nachweis aus</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="126"/>
        <source>schemas nested deeper than %1 levels</source>
        <translation>Schemas, die tiefer als %1 Ebenen verschachtelt sind</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="149"/>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="155"/>
        <source>not one of the allowed values</source>
        <translation>keiner der erlaubten Werte</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="157"/>
        <source>not the required value</source>
        <translation>nicht der vorgeschriebene Wert</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="163"/>
        <source>shorter than %1 characters</source>
        <translation>kürzer als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="167"/>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="174"/>
        <source>does not match the pattern %1</source>
        <translation>passt nicht zum Muster %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="180"/>
        <source>not a valid %1</source>
        <translation>kein gültiger Wert im Format %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="187"/>
        <source>less than %1</source>
        <translation>kleiner als %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="190"/>
        <source>more than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="196"/>
        <source>fewer than %1 items</source>
        <translation>weniger als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="201"/>
        <source>more than %1 items</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="213"/>
        <source>not greater than %1</source>
        <translation>nicht größer als %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="215"/>
        <source>not less than %1</source>
        <translation>nicht kleiner als %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="221"/>
        <source>&quot;%1&quot; is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="231"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="236"/>
        <source>not allowed by the schema</source>
        <translation>vom Schema nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="269"/>
        <source>does not match all of the schemas in allOf</source>
        <translation>passt nicht zu allen Schemas in allOf</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="271"/>
        <source>matches none of the schemas in anyOf</source>
        <translation>passt zu keinem der Schemas in anyOf</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="273"/>
        <source>does not match exactly one of the schemas in oneOf</source>
        <translation>passt nicht zu genau einem der Schemas in oneOf</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="276"/>
        <source>matches the schema in not</source>
        <translation>passt zum Schema in not</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="284"/>
        <source>no item matches the schema in contains</source>
        <translation>kein Eintrag passt zum Schema in contains</translation>
    </message>
</context>
<context>
    <name>JsonWebKey</name>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="30"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation>der JWK hat kein Zeichenketten-Element „%1“</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="88"/>
        <source>RSA keys under 2048 bits are refused (this one has %1)</source>
        <translation>RSA-Schlüssel unter 2048 Bit werden abgelehnt (dieser hat %1)</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="93"/>
        <source>the RSA public exponent is not an odd number of at least 3</source>
        <translation>der öffentliche RSA-Exponent ist keine ungerade Zahl größer oder gleich 3</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="96"/>
        <source>the RSA key has the ROCA weakness (CVE-2017-15361) and can be factored; refusing it</source>
        <translation>der RSA-Schlüssel hat die ROCA-Schwachstelle (CVE-2017-15361) und lässt sich faktorisieren; er wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="158"/>
        <source>the key is for alg %1, the token uses %2</source>
        <translation>der Schlüssel ist für alg %1, das Token verwendet %2</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="170"/>
        <source>the token has an empty signature</source>
        <translation>das Token hat eine leere Signatur</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="177"/>
        <source>alg %1 cannot be used with a shared secret</source>
        <translation>alg %1 kann nicht mit einem gemeinsamen Geheimnis verwendet werden</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="182"/>
        <source>alg %1 cannot be used with an RSA key</source>
        <translation>alg %1 kann nicht mit einem RSA-Schlüssel verwendet werden</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="185"/>
        <source>unknown key kind</source>
        <translation>unbekannte Schlüsselart</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="192"/>
        <source>unknown HMAC algorithm</source>
        <translation>unbekannter HMAC-Algorithmus</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="196"/>
        <source>the HMAC secret has %1 bytes; %2 needs at least %3</source>
        <translation>das HMAC-Geheimnis hat %1 Bytes; %2 erfordert mindestens %3</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="208"/>
        <source>the HMAC does not match</source>
        <translation>der HMAC stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="225"/>
        <source>the signature does not match the key and the signed data</source>
        <translation>die Signatur passt nicht zum Schlüssel und zu den signierten Daten</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="20"/>
        <location filename="../core/crypto/Jwk.cpp" line="211"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation>der JWK hat kein Zeichenketten-Element „%1“</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="24"/>
        <source>JWK member &quot;%1&quot;: %2</source>
        <translation>JWK-Element „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="27"/>
        <source>JWK member &quot;%1&quot; must have %2 bytes, not %3</source>
        <translation>JWK-Element „%1“ muss %2 Bytes haben, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="41"/>
        <source>JWK key type &quot;%1&quot; is not a supported signature key type</source>
        <translation>der JWK-Schlüsseltyp „%1“ ist kein unterstützter Signaturschlüsseltyp</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="45"/>
        <source>JWK curve &quot;%1&quot; is not supported (P-256, P-384, secp256k1, Ed25519)</source>
        <translation>die JWK-Kurve „%1“ wird nicht unterstützt (P-256, P-384, secp256k1, Ed25519)</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="49"/>
        <source>curve %1 needs kty &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>die Kurve %1 erfordert kty „%2“, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="97"/>
        <source>the key names the algorithm &quot;%1&quot;, not %2, so it verifies nothing</source>
        <translation>der Schlüssel nennt den Algorithmus „%1“, nicht %2, und bestätigt daher nichts</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="108"/>
        <source>the key&apos;s &quot;use&quot; is not a string, so the key is refused</source>
        <translation>„use“ des Schlüssels ist keine Zeichenkette, daher wird der Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="111"/>
        <source>the key&apos;s &quot;use&quot; is &quot;%1&quot;: it is not meant for signatures, so it verifies nothing</source>
        <translation>„use“ des Schlüssels ist „%1“: er ist nicht für Signaturen bestimmt und taugt daher nicht zur Signaturprüfung</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="129"/>
        <source>the key&apos;s &quot;key_ops&quot; are not an array of distinct strings, so the key is refused</source>
        <translation>„key_ops“ des Schlüssels ist kein Array eindeutiger Zeichenketten, daher wird der Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="133"/>
        <source>the key&apos;s &quot;key_ops&quot; do not include &quot;verify&quot;, so it verifies nothing</source>
        <translation>„key_ops“ des Schlüssels enthält kein „verify“, daher taugt er nicht zur Signaturprüfung</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="160"/>
        <source>the JWK&apos;s private key &quot;d&quot; does not belong to its public key</source>
        <translation>der private Schlüssel „d“ des JWK gehört nicht zu seinem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="204"/>
        <source>no thumbprint is defined for key type &quot;%1&quot;</source>
        <translation>für den Schlüsseltyp „%1“ ist kein Fingerabdruck definiert</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="219"/>
        <source>JWK member &quot;%1&quot; has characters that need escaping</source>
        <translation>JWK-Element „%1“ enthält Zeichen, die maskiert werden müssten</translation>
    </message>
</context>
<context>
    <name>JwkDidResolver</name>
    <message>
        <location filename="../core/did/JwkDidResolver.cpp" line="21"/>
        <source>not a did:jwk</source>
        <translation>keine did:jwk</translation>
    </message>
    <message>
        <location filename="../core/did/JwkDidResolver.cpp" line="33"/>
        <source>the did:jwk contains private key material; refusing it</source>
        <translation>die did:jwk enthält privates Schlüsselmaterial; sie wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>JwkSet</name>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="13"/>
        <source>a JWK Set needs a non-empty &quot;keys&quot; array</source>
        <translation>ein JWK Set erfordert ein nicht leeres Array „keys“</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="26"/>
        <source>the JWK Set has two keys with kid &quot;%1&quot;</source>
        <translation>das JWK Set hat zwei Schlüssel mit kid „%1“</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="34"/>
        <source>the JWK Set mixes shared secrets with public keys; refusing it</source>
        <translation>das JWK Set mischt gemeinsame Geheimnisse mit öffentlichen Schlüsseln; es wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="45"/>
        <source>the token has no kid and the JWK Set has %1 keys</source>
        <translation>das Token hat keinen kid, und das JWK Set hat %1 Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="52"/>
        <source>the JWK Set has no key with kid &quot;%1&quot;</source>
        <translation>das JWK Set hat keinen Schlüssel mit kid „%1“</translation>
    </message>
</context>
<context>
    <name>JwsSignatureCheck</name>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="34"/>
        <source>the token is unsigned (its signature is empty)</source>
        <translation>das Token ist nicht signiert (seine Signatur ist leer)</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="45"/>
        <source>verified with the given %1 key (thumbprint %2)</source>
        <translation>mit dem angegebenen %1-Schlüssel geprüft (Fingerabdruck %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="57"/>
        <source>cannot tell whether the given key belongs to issuer %1: %2</source>
        <translation>es lässt sich nicht feststellen, ob der angegebene Schlüssel zum Aussteller %1 gehört: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="67"/>
        <source>the given key is %1 of the issuer&apos;s DID</source>
        <translation>der angegebene Schlüssel ist %1 der DID des Ausstellers</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="72"/>
        <source>the given key is not a key of the issuer %1</source>
        <translation>der angegebene Schlüssel ist kein Schlüssel des Ausstellers %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="78"/>
        <source>no key was given and DIDs are not resolved</source>
        <translation>es wurde kein Schlüssel angegeben, und DIDs werden nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="86"/>
        <source>cannot find the signing key: %1</source>
        <translation>der Signaturschlüssel ist nicht auffindbar: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="115"/>
        <source>no relationship</source>
        <translation>keine Beziehung</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="121"/>
        <source>%1 has no %2 key that could have made this signature</source>
        <translation>%1 hat keinen %2-Schlüssel, der diese Signatur erzeugt haben könnte</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="127"/>
        <source>none of the keys of %1 verifies the signature (tried %2); the DID document was %3, so the signer cannot be confirmed</source>
        <translation>keiner der Schlüssel von %1 bestätigt die Signatur (versucht: %2); das DID-Dokument war %3, daher lässt sich der Signierer nicht bestätigen</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="133"/>
        <source>the signature does not verify with any key of %1 (tried %2): %3</source>
        <translation>die Signatur lässt sich mit keinem Schlüssel von %1 bestätigen (versucht: %2): %3</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="142"/>
        <source>no verification relationship</source>
        <translation>keine Verifikationsbeziehung</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="146"/>
        <source>the signature is mathematically valid with key %1, but that DID lists the key only for %2, not for %3, so it is not authorized to sign this</source>
        <translation>die Signatur ist mit dem Schlüssel %1 mathematisch gültig, aber diese DID führt den Schlüssel nur für %2, nicht für %3; er ist also nicht berechtigt, dies zu signieren</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="151"/>
        <source>key %1 verifies the signature but its DID authorizes it for nothing</source>
        <translation>Schlüssel %1 bestätigt die Signatur, aber seine DID berechtigt ihn zu nichts</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="155"/>
        <source>signed with %1 by %2 (%3)</source>
        <translation>signiert mit %1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="161"/>
        <source>the signing key belongs to the issuer %1</source>
        <translation>der Signaturschlüssel gehört dem Aussteller %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="162"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation>signiert von %1, aber der Aussteller ist %2</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="166"/>
        <source>the issuer &quot;%1&quot; is not a DID, so it cannot be tied to the key</source>
        <translation>der Aussteller „%1“ ist keine DID und lässt sich daher nicht mit dem Schlüssel verknüpfen</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="16"/>
        <source>&quot;crit&quot; must be a non-empty array of header names</source>
        <translation>„crit“ muss ein nicht leeres Array von Header-Namen sein</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="21"/>
        <source>the token requires header extensions vcdesk does not implement: %1</source>
        <translation>das Token verlangt Header-Erweiterungen, die vcdesk nicht implementiert: %1</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="26"/>
        <source>unencoded payloads (&quot;b64&quot;) are not accepted</source>
        <translation>nicht kodierte Nutzdaten („b64“) werden nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="38"/>
        <source>the token says alg %1 but the key is a %2 key (alg %3)</source>
        <translation>das Token gibt alg %1 an, aber der Schlüssel ist ein %2-Schlüssel (alg %3)</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="41"/>
        <source>the token has an empty signature</source>
        <translation>das Token hat eine leere Signatur</translation>
    </message>
</context>
<context>
    <name>KeyBindingCheck</name>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="27"/>
        <source>the presentation has a key-binding JWT, but the credential names no holder key (cnf.jwk)</source>
        <translation>die Präsentation hat ein Key-Binding-JWT, aber der Nachweis nennt keinen Inhaberschlüssel (cnf.jwk)</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="30"/>
        <source>the credential&apos;s holder key (cnf.jwk) includes its private part, so anyone who has seen the credential can make key-binding JWTs</source>
        <translation>der Inhaberschlüssel des Nachweises (cnf.jwk) enthält seinen privaten Teil, daher kann jeder, der den Nachweis gesehen hat, Key-Binding-JWTs erstellen</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="35"/>
        <source>the credential&apos;s holder key is unusable: %1</source>
        <translation>der Inhaberschlüssel des Nachweises ist unbrauchbar: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="37"/>
        <source>the key-binding JWT has typ &quot;%1&quot;, not kb+jwt</source>
        <translation>das Key-Binding-JWT hat typ „%1“, nicht kb+jwt</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="39"/>
        <source>the key-binding JWT is not signed by the holder key: %1</source>
        <translation>das Key-Binding-JWT ist nicht mit dem Inhaberschlüssel signiert: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="47"/>
        <source>sd_hash does not match the presented credential and disclosures</source>
        <translation>sd_hash passt nicht zum vorgezeigten Nachweis und seinen Offenlegungen</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="50"/>
        <source>the key-binding JWT has no iat</source>
        <translation>das Key-Binding-JWT hat kein iat</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="53"/>
        <source>the key-binding JWT&apos;s iat: %1</source>
        <translation>iat des Key-Binding-JWT: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="55"/>
        <source>the key-binding JWT was made in the future</source>
        <translation>das Key-Binding-JWT wurde in der Zukunft erstellt</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="61"/>
        <source>the key-binding JWT claims to be made before the credential was issued</source>
        <translation>das Key-Binding-JWT gibt an, vor der Ausstellung des Nachweises erstellt worden zu sein</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="65"/>
        <source>the key-binding JWT lacks nonce or aud</source>
        <translation>dem Key-Binding-JWT fehlt nonce oder aud</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="68"/>
        <source>presented by the holder key for %1 (nonce %2)</source>
        <translation>vom Inhaberschlüssel für %1 vorgezeigt (Nonce %2)</translation>
    </message>
</context>
<context>
    <name>KeyDidResolver</name>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="34"/>
        <source>not a did:key</source>
        <translation>keine did:key</translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="37"/>
        <source>a did:key identifier is one base58btc multibase value (&apos;z...&apos;)</source>
        <translation>eine did:key-Kennung ist ein einzelner base58btc-Multibase-Wert („z...“)</translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="46"/>
        <source>did:key: %1</source>
        <translation>did:key: %1</translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="51"/>
        <source>the did:key is not in canonical form (EC keys must be compressed)</source>
        <translation>die did:key ist nicht in kanonischer Form (EC-Schlüssel müssen komprimiert sein)</translation>
    </message>
</context>
<context>
    <name>KeyProof</name>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="31"/>
        <source>the issuer wants a kind of key proof vcdesk cannot give (%1)</source>
        <translation>der Aussteller verlangt eine Art von Schlüsselnachweis, die vcdesk nicht liefern kann (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="36"/>
        <source>the issuer does not accept %1 keys (it accepts %2): pick another key</source>
        <translation>der Aussteller akzeptiert keine %1-Schlüssel (sondern %2): wählen Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="40"/>
        <source>the issuer requires an attestation of the key&apos;s storage, which a desktop wallet cannot give</source>
        <translation>der Aussteller verlangt eine Bestätigung, wie der Schlüssel gespeichert ist (Key Attestation), die eine Desktop-Wallet nicht liefern kann</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="53"/>
        <source>the credential can be bound to %1, and this key is %2: pick another key</source>
        <translation>der Nachweis lässt sich an %1 binden, dieser Schlüssel ist aber %2: wählen Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="55"/>
        <source>a bare key</source>
        <translation>ein bloßer Schlüssel ohne DID</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="34"/>
        <source>key %1 has an unknown curve</source>
        <translation>Schlüssel %1 hat eine unbekannte Kurve</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="71"/>
        <source>a %1 key cannot be a holder key: vcdesk only verifies with it</source>
        <translation>ein %1-Schlüssel kann kein Inhaberschlüssel sein: vcdesk verwendet ihn nur zum Prüfen</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="143"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="158"/>
        <source>the profile has no key yet</source>
        <translation>das Profil hat noch keinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="200"/>
        <source>key %1 does not match its public key</source>
        <translation>Schlüssel %1 passt nicht zu seinem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="212"/>
        <source>key %1 is the profile&apos;s default; make another key the default first</source>
        <translation>Schlüssel %1 ist der Standardschlüssel des Profils; machen Sie zuerst einen anderen Schlüssel zum Standard</translation>
    </message>
</context>
<context>
    <name>KioskCommand</name>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="73"/>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="74"/>
        <location filename="../cli/KioskCommand.cpp" line="80"/>
        <location filename="../cli/KioskCommand.cpp" line="212"/>
        <location filename="../cli/KioskCommand.cpp" line="217"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="76"/>
        <source>Entries from this date or time (ISO 8601).</source>
        <translation>Einträge ab diesem Datum oder Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="77"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="79"/>
        <source>The kiosk config naming the log.</source>
        <translation>Die Kiosk-Konfiguration, die das Protokoll angibt.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="84"/>
        <source>usage: vcdesk kiosk log --export FILE [--since DATE] [--config FILE]</source>
        <translation>Aufruf: vcdesk kiosk log --export DATEI [--since DATUM] [--config DATEI]</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="91"/>
        <source>vcdesk kiosk log: --since wants a date such as 2026-11-30 or 2026-11-30T08:00:00Z</source>
        <translation>vcdesk kiosk log: --since erwartet ein Datum wie 2026-11-30 oder 2026-11-30T08:00:00Z</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="100"/>
        <location filename="../cli/KioskCommand.cpp" line="107"/>
        <location filename="../cli/KioskCommand.cpp" line="125"/>
        <source>vcdesk kiosk log: %1</source>
        <translation>vcdesk kiosk log: %1</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="112"/>
        <location filename="../cli/KioskCommand.cpp" line="159"/>
        <source>vcdesk kiosk log: cannot write %1: %2</source>
        <translation>vcdesk kiosk log: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/KioskCommand.cpp" line="164"/>
        <source>Wrote %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="176"/>
        <source>vcdesk kiosk pin: %1</source>
        <translation>vcdesk kiosk pin: %1</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="211"/>
        <source>The kiosk config.</source>
        <translation>Die Kiosk-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="213"/>
        <source>The verifier&apos;s base URL.</source>
        <translation>Die Basis-URL des Prüfers.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="214"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="216"/>
        <source>A file holding the verifier&apos;s Bearer token.</source>
        <translation>Eine Datei mit dem Bearer-Token des Prüfers.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="219"/>
        <source>The presentation definition id.</source>
        <translation>Die ID der Presentation Definition.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="219"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="221"/>
        <source>Allow plain http to this computer.</source>
        <translation>Unverschlüsseltes http zu diesem Rechner erlauben.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="223"/>
        <source>show (a QR code for wallets), scan (codes people hold up to the camera) or both.</source>
        <translation>show (ein QR-Code für Wallets), scan (Codes, die Personen vor die Kamera halten) oder both.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="225"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="227"/>
        <source>The camera: a device id or part of its name.</source>
        <translation>Die Kamera: eine Geräte-ID oder ein Teil ihres Namens.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="227"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="235"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="264"/>
        <source>Usage:
  vcdesk kiosk [--config FILE] [--verifier URL --token-file FILE --definition ID]
               [--mode show|scan|both] [--camera NAME] [--allow-loopback-http]
        the full-screen kiosk verifier (flags override the config; with neither,
        the local sandbox scripts/run.sh starts; see docs/kiosk.md)
  vcdesk kiosk log --export FILE [--since DATE] [--config FILE]
        the verification log as CSV
  vcdesk kiosk pin
        reads a PIN on standard input, prints its hash for operatorPinHash
</source>
        <translation>Aufruf:
  vcdesk kiosk [--config DATEI] [--verifier URL --token-file DATEI --definition ID]
               [--mode show|scan|both] [--camera NAME] [--allow-loopback-http]
        der Prüf-Kiosk im Vollbildmodus (Optionen gehen der Konfiguration vor; ohne
        beides die lokale Sandbox von scripts/run.sh; siehe docs/kiosk.md)
  vcdesk kiosk log --export DATEI [--since DATUM] [--config DATEI]
        das Prüfprotokoll als CSV
  vcdesk kiosk pin
        liest eine PIN (Standardeingabe) und gibt ihren Hash für operatorPinHash aus
</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="49"/>
        <source>unknown member (a typo?)</source>
        <translation>unbekannter Eintrag (Tippfehler?)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="60"/>
        <source>a text of at most %1 characters</source>
        <translation>ein Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="73"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="84"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="95"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="112"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="118"/>
        <source>%1 is too large for a secret</source>
        <translation>%1 ist zu groß für ein Geheimnis</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="122"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="137"/>
        <source>an http(s) base URL such as https://verifier.example.com</source>
        <translation>eine http(s)-Basis-URL wie https://verifier.example.com</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="180"/>
        <source>a list of at most %1 {&quot;claim&quot;, &quot;label&quot;} objects</source>
        <translation>eine Liste mit höchstens %1 Objekten {&quot;claim&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="187"/>
        <source>an object {&quot;claim&quot;, &quot;label&quot;}</source>
        <translation>ein Objekt {&quot;claim&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="200"/>
        <source>a claim name, or a dotted path such as address.city</source>
        <translation>ein Angabenname oder ein Pfad mit Punkten wie address.city</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="248"/>
        <source>at least pollIntervalMs</source>
        <translation>mindestens pollIntervalMs</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="272"/>
        <source>&quot;sqlite&quot; or &quot;postgresql&quot;</source>
        <translation>„sqlite“ oder „postgresql“</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="311"/>
        <source>a database and a user are needed for the postgresql target</source>
        <translation>für das Ziel postgresql sind eine Datenbank und ein Benutzer erforderlich</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="322"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="330"/>
        <source>cannot read the kiosk config %1: %2</source>
        <translation>die Kiosk-Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="335"/>
        <source>the kiosk config is larger than %1 KiB</source>
        <translation>die Kiosk-Konfiguration ist größer als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="360"/>
        <source>the kiosk config is not valid JSON: %1</source>
        <translation>die Kiosk-Konfiguration ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="392"/>
        <location filename="../core/kiosk/KioskConfig.cpp" line="417"/>
        <source>&quot;show&quot;, &quot;scan&quot; or &quot;both&quot;</source>
        <translation>„show“, „scan“ oder „both“</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="447"/>
        <source>no verifier: name one in the config or with --verifier URL</source>
        <translation>kein Prüfer: geben Sie einen in der Konfiguration oder mit --verifier URL an</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="450"/>
        <source>no Bearer token for the verifier: name a file with --token-file FILE</source>
        <translation>kein Bearer-Token für den Prüfer: geben Sie mit --token-file DATEI eine Datei an</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="455"/>
        <source>a definition id such as membershipCredential (letters, digits, _ . -): name one in the config or with --definition ID</source>
        <translation>eine Definitions-ID wie membershipCredential (Buchstaben, Ziffern, _ . -): geben Sie eine in der Konfiguration oder mit --definition ID an</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="459"/>
        <source>plain http is for a verifier on this computer, with --allow-loopback-http; use https</source>
        <translation>unverschlüsseltes http ist nur für einen Prüfer auf diesem Rechner gedacht, mit --allow-loopback-http; verwenden Sie https</translation>
    </message>
</context>
<context>
    <name>KioskLog</name>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="80"/>
        <source>cannot make the folder of the kiosk log %1</source>
        <translation>der Ordner für das Kiosk-Protokoll %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="88"/>
        <source>cannot open the kiosk log %1</source>
        <translation>das Kiosk-Protokoll %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="97"/>
        <source>this computer has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql)</source>
        <translation>auf diesem Computer fehlt der PostgreSQL-Treiber für Qt (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="111"/>
        <source>cannot reach the PostgreSQL log %1 on %2:%3</source>
        <translation>das PostgreSQL-Protokoll %1 auf %2:%3 ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="131"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="146"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="151"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="170"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="180"/>
        <source>cannot prepare the kiosk log</source>
        <translation>das Kiosk-Protokoll kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="153"/>
        <source>cannot read the kiosk log&apos;s version</source>
        <translation>die Version des Kiosk-Protokolls kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="159"/>
        <source>the kiosk log was written by a newer vcdesk (version %1); this one knows up to %2</source>
        <translation>das Kiosk-Protokoll wurde von einer neueren vcdesk-Version geschrieben (Version %1); diese Version kennt nur Versionen bis %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="166"/>
        <source>cannot move the kiosk log to version %1</source>
        <translation>das Kiosk-Protokoll kann nicht auf Version %1 umgestellt werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="176"/>
        <source>cannot record the kiosk log&apos;s version</source>
        <translation>die Version des Kiosk-Protokolls kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="187"/>
        <source>a log entry needs its uid</source>
        <translation>ein Protokolleintrag benötigt eine UID</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="201"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="245"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="251"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="257"/>
        <source>cannot write to the kiosk log</source>
        <translation>in das Kiosk-Protokoll kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="214"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="238"/>
        <source>cannot read the kiosk log</source>
        <translation>das Kiosk-Protokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="274"/>
        <source>cannot apply the kiosk log&apos;s retention</source>
        <translation>die Aufbewahrungsfrist des Kiosk-Protokolls kann nicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="288"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="22"/>
        <source>the operator PIN hash is not usable: %1</source>
        <translation>der Hash der Betreiber-PIN ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="32"/>
        <source>the operator PIN must have %1 to %2 characters</source>
        <translation>die Betreiber-PIN muss %1 bis %2 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="44"/>
        <source>the PIN could not be hashed: %1</source>
        <translation>die PIN konnte nicht gehasht werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="55"/>
        <source>it is too long</source>
        <translation>er ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="58"/>
        <source>expected $argon2id$v=19$m=…,t=…,p=…$salt$hash (make one with vcdesk kiosk pin)</source>
        <translation>erwartet wird $argon2id$v=19$m=…,t=…,p=…$salt$hash (erzeugen Sie ihn mit vcdesk kiosk pin)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="65"/>
        <source>its cost is outside 8 MiB to %1 MiB, 1 to %2 passes, 1 to 8 lanes</source>
        <translation>seine Kostenparameter liegen außerhalb der Grenzen (8 MiB bis %1 MiB, 1 bis %2 Durchläufe, 1 bis 8 Lanes)</translation>
    </message>
</context>
<context>
    <name>KioskScanOptions</name>
    <message>
        <location filename="../core/kiosk/KioskScanOptions.cpp" line="30"/>
        <source>the status list age must be from 0 to %1 seconds</source>
        <translation>das Höchstalter der Statusliste muss zwischen 0 und %1 Sekunden liegen</translation>
    </message>
</context>
<context>
    <name>LocalizedDisplay</name>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="35"/>
        <source>%1: display has more than %2 entries</source>
        <translation>%1: display hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="38"/>
        <source>%1: a display entry is not an object</source>
        <translation>%1: ein display-Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="50"/>
        <source>two entries are for the language &quot;%1&quot;</source>
        <translation>zwei Einträge gelten für die Sprache „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="61"/>
        <source>the logo has no usable uri</source>
        <translation>das Logo hat keine verwendbare uri</translation>
    </message>
</context>
<context>
    <name>LogoDecoder</name>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="18"/>
        <location filename="../models/LogoDecoder.cpp" line="33"/>
        <source>the picture cannot be read: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="22"/>
        <source>the picture is not PNG, JPEG, GIF or WebP</source>
        <translation>das Bild ist weder PNG noch JPEG, GIF oder WebP</translation>
    </message>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="26"/>
        <source>the picture does not say how large it is</source>
        <translation>das Bild gibt seine Größe nicht an</translation>
    </message>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="29"/>
        <source>the picture is larger than %1 × %1 pixels</source>
        <translation>das Bild ist größer als %1 × %1 Pixel</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="28"/>
        <source>cannot listen on the loopback interface for the sign-in&apos;s answer: %1</source>
        <translation>auf der Loopback-Schnittstelle kann nicht auf die Antwort der Anmeldung gewartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="47"/>
        <source>not listening</source>
        <translation>es wird nicht auf Verbindungen gewartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="51"/>
        <source>the sign-in did not come back within %n minute(s)</source>
        <translation>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Minute abgeschlossen</numerusform>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Minuten abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="55"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="103"/>
        <source>This is not a request vcdesk expects.</source>
        <translation>Eine solche Anfrage erwartet vcdesk nicht.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="108"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="114"/>
        <source>The sign-in did not succeed. vcdesk says why; you can close this page.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. vcdesk zeigt Ihnen den Grund an; Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="119"/>
        <source>This answer is not for vcdesk&apos;s sign-in, and was ignored.</source>
        <translation>Diese Antwort gehört nicht zur Anmeldung von vcdesk und wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="124"/>
        <source>vcdesk has your sign-in and finishes in its own window: you can close this page and go back to it.</source>
        <translation>vcdesk hat Ihre Anmeldung erhalten und schließt sie im eigenen Fenster ab: Sie können diese Seite schließen und zu vcdesk zurückkehren.</translation>
    </message>
</context>
<context>
    <name>MandateHashCheck</name>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="42"/>
        <source>&quot;%1&quot; has a malformed hash (%2)</source>
        <translation>„%1“ hat einen fehlerhaften Hash (%2)</translation>
    </message>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="45"/>
        <source>&quot;%1&quot; does not match its hash</source>
        <translation>„%1“ passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="51"/>
        <source>no data item carries a hash</source>
        <translation>kein Datenelement enthält einen Hash</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/MandateHashCheck.cpp" line="53"/>
        <source>%n data item hash(es) match their values</source>
        <translation>
            <numerusform>der Hash von %n Datenelement passt zu seinem Wert</numerusform>
            <numerusform>die Hashes von %n Datenelementen passen zu ihren Werten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberReader</name>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="27"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="41"/>
        <location filename="../core/oid4vci/MemberReader.cpp" line="99"/>
        <location filename="../core/oid4vci/MemberReader.cpp" line="112"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="45"/>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="48"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="50"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="63"/>
        <source>%1 has more than %2 entries</source>
        <translation>%1 hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="67"/>
        <source>%1 holds something that is not a non-empty string</source>
        <translation>%1 enthält etwas anderes als eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="71"/>
        <source>an entry of %1 is longer than %2 characters</source>
        <translation>ein Eintrag von %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="73"/>
        <source>%1 names &quot;%2&quot; twice</source>
        <translation>%1 nennt „%2“ doppelt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="103"/>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="116"/>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="118"/>
        <source>%1 is an empty array</source>
        <translation>%1 ist ein leeres Array</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="128"/>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="143"/>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>MultiMethodDidResolver</name>
    <message>
        <location filename="../core/did/MultiMethodDidResolver.cpp" line="28"/>
        <source>vcdesk cannot resolve did:%1 DIDs (it resolves %2)</source>
        <translation>vcdesk kann keine did:%1-DIDs auflösen (unterstützt werden: %2)</translation>
    </message>
</context>
<context>
    <name>Multibase</name>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="25"/>
        <source>multibase text is empty</source>
        <translation>der Multibase-Text ist leer</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="28"/>
        <source>multibase text is longer than %1 characters</source>
        <translation>der Multibase-Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="36"/>
        <source>multibase prefix &apos;%1&apos; is not supported (only &apos;z&apos; and &apos;u&apos;)</source>
        <translation>das Multibase-Präfix &apos;%1&apos; wird nicht unterstützt (nur &apos;z&apos; und &apos;u&apos;)</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="49"/>
        <source>base58 text is too long</source>
        <translation>der Base58-Text ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="59"/>
        <source>character at position %1 is not base58btc</source>
        <translation>das Zeichen an Position %1 ist kein base58btc</translation>
    </message>
</context>
<context>
    <name>Multikey</name>
    <message>
        <location filename="../core/did/Multikey.cpp" line="56"/>
        <source>a %1 key: vcdesk verifies P-256, P-384, secp256k1 and Ed25519 signatures only</source>
        <translation>ein %1-Schlüssel: vcdesk prüft nur P-256-, P-384-, secp256k1- und Ed25519-Signaturen</translation>
    </message>
    <message>
        <location filename="../core/did/Multikey.cpp" line="61"/>
        <source>multicodec key type 0x%1 is not a supported signature key</source>
        <translation>der Multicodec-Schlüsseltyp 0x%1 ist kein unterstützter Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>NQuads</name>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="48"/>
        <source>a statement ends with &quot;.&quot;</source>
        <translation>eine Anweisung muss mit &quot;.&quot; enden</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="52"/>
        <source>nothing may follow &quot;.&quot; but a comment</source>
        <translation>nach &quot;.&quot; darf nur ein Kommentar folgen</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="68"/>
        <source>N-Quads line %1, column %2: %3</source>
        <translation>N-Quads-Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="74"/>
        <source>a %1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="79"/>
        <source>a %1 is an IRI or a blank node</source>
        <translation>%1 muss ein IRI oder ein leerer Knoten sein</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="85"/>
        <source>an object is missing</source>
        <translation>das Objekt fehlt</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="94"/>
        <source>an IRI starts with &quot;&lt;&quot;</source>
        <translation>ein IRI muss mit &quot;&lt;&quot; beginnen</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="107"/>
        <location filename="../core/rdf/NQuads.cpp" line="113"/>
        <source>an IRI may not hold U+%1</source>
        <translation>ein IRI darf U+%1 nicht enthalten</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="119"/>
        <source>an IRI ends with &quot;&gt;&quot;</source>
        <translation>ein IRI muss mit &quot;&gt;&quot; enden</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="124"/>
        <source>the IRI &lt;%1&gt; is not absolute</source>
        <translation>der IRI &lt;%1&gt; ist nicht absolut</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="131"/>
        <source>a blank node starts with &quot;_:&quot;</source>
        <translation>ein leerer Knoten muss mit &quot;_:&quot; beginnen</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="145"/>
        <source>a blank node needs a label</source>
        <translation>ein leerer Knoten braucht eine Bezeichnung</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="155"/>
        <location filename="../core/rdf/NQuads.cpp" line="167"/>
        <source>a literal ends with &apos;&quot;&apos;</source>
        <translation>ein Literal muss mit &apos;&quot;&apos; enden</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="160"/>
        <source>a literal may not hold a line break</source>
        <translation>ein Literal darf keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="193"/>
        <source>a language tag starts with a letter</source>
        <translation>ein Sprach-Tag muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="218"/>
        <source>not an escape N-Quads knows</source>
        <translation>diese Escape-Sequenz gibt es in N-Quads nicht</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="225"/>
        <source>the escape does not name a character</source>
        <translation>die Escape-Sequenz bezeichnet kein Zeichen</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="290"/>
        <source>N-Quads line %1 is not UTF-8</source>
        <translation>N-Quads-Zeile %1 ist kein UTF-8</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="300"/>
        <source>more than %1 statements</source>
        <translation>mehr als %1 Anweisungen</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="41"/>
        <source>vcdesk is offline; %1 was not contacted</source>
        <translation>vcdesk ist offline; %1 wurde nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="51"/>
        <source>URLs with user info are refused</source>
        <translation>URLs mit Benutzerangaben werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="59"/>
        <source>refusing to contact the link-local address %1</source>
        <translation>die link-lokale Adresse %1 wird nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="65"/>
        <source>refusing to contact %1 on this computer (allowed only in development, with --allow-loopback-http)</source>
        <translation>%1 auf diesem Computer wird nicht kontaktiert (nur bei der Entwicklung erlaubt, mit --allow-loopback-http)</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="76"/>
        <source>refusing plain http to %1: only https is allowed (http only to this computer in development)</source>
        <translation>unverschlüsseltes http zu %1 wird abgelehnt: nur https ist erlaubt (http nur zu diesem Computer bei der Entwicklung)</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="81"/>
        <source>URL scheme &quot;%1&quot; is not supported</source>
        <translation>das URL-Schema „%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>NumericDate</name>
    <message>
        <location filename="../core/jose/NumericDate.cpp" line="12"/>
        <source>&quot;%1&quot; is not a NumericDate (seconds since 1970)</source>
        <translation>„%1“ ist kein NumericDate (Sekunden seit 1970)</translation>
    </message>
    <message>
        <location filename="../core/jose/NumericDate.cpp" line="17"/>
        <source>&quot;%1&quot; is not a usable time (%2 seconds since 1970 is before 1970 or after the year 9999)</source>
        <translation>„%1“ ist kein verwendbarer Zeitpunkt (%2 Sekunden seit 1970 liegt vor 1970 oder nach dem Jahr 9999)</translation>
    </message>
</context>
<context>
    <name>OAuthErrorAnswer</name>
    <message>
        <location filename="../core/oid4vci/OAuthErrorAnswer.cpp" line="40"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OAuthErrorAnswer.cpp" line="42"/>
        <source>the issuer refused %1 (%2)</source>
        <translation>der Aussteller hat %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OAuthErrorAnswer.cpp" line="43"/>
        <source>the issuer refused %1 (%2): %3</source>
        <translation>der Aussteller hat %1 abgelehnt (%2): %3</translation>
    </message>
</context>
<context>
    <name>OfferReceipt</name>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="18"/>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="30"/>
        <location filename="../core/receive/OfferReceipt.cpp" line="127"/>
        <source>no such offer in this profile</source>
        <translation>dieses Angebot gibt es in diesem Profil nicht</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="44"/>
        <source>Asking %1 to issue</source>
        <translation>Ausstellung wird bei %1 angefordert</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="49"/>
        <source>Checking the credential</source>
        <translation>Nachweis wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="72"/>
        <source>the issuer sent a credential about %1, not about you (%2); it was not stored</source>
        <translation>der Aussteller hat einen Nachweis über %1 geschickt, nicht über Sie (%2); er wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>OfferResolver</name>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="37"/>
        <source>the issuer&apos;s metadata could not be read: %1</source>
        <translation>die Metadaten des Ausstellers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="42"/>
        <source>the issuer sent signed metadata, which vcdesk did not ask for and cannot establish trust in</source>
        <translation>der Aussteller hat signierte Metadaten geschickt, die vcdesk nicht angefordert hat und deren Vertrauenswürdigkeit es nicht feststellen kann</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="57"/>
        <source>the authorization server&apos;s metadata could not be read: %1</source>
        <translation>die Metadaten des Autorisierungsservers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="78"/>
        <source>the offer names an authorization server the issuer does not list (%1)</source>
        <translation>das Angebot nennt einen Autorisierungsserver, den der Aussteller nicht aufführt (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="101"/>
        <source>%1 no longer has this offer (it was used, or it expired): ask the issuer for a new one</source>
        <translation>%1 hat dieses Angebot nicht mehr (es wurde bereits verwendet oder ist abgelaufen): Bitten Sie den Aussteller um ein neues</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="108"/>
        <source>the offer could not be fetched from %1 (%2)</source>
        <translation>das Angebot konnte nicht von %1 abgerufen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="112"/>
        <source>the offer came as a JWT: an offer is plain JSON</source>
        <translation>das Angebot kam als JWT: Ein Angebot ist reines JSON</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="131"/>
        <source>the offer names a credential the issuer does not describe (%1)</source>
        <translation>das Angebot nennt einen Nachweis, den der Aussteller nicht beschreibt (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="145"/>
        <source>the offer carries a pre-authorized code, but its authorization server does not accept one</source>
        <translation>das Angebot enthält einen vorautorisierten Code, aber sein Autorisierungsserver akzeptiert keinen</translation>
    </message>
</context>
<context>
    <name>OfferStore</name>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="47"/>
        <source>an offer needs a record id and a state (at most 200 characters)</source>
        <translation>ein Angebot braucht eine Datensatz-ID und einen Zustand (höchstens 200 Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="50"/>
        <source>the offer&apos;s claims exceed 256 KiB</source>
        <translation>die Angaben des Angebots überschreiten 256 KiB</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="70"/>
        <source>the offer belongs to another profile</source>
        <translation>das Angebot gehört zu einem anderen Profil</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="187"/>
        <location filename="../core/store/OfferStore.cpp" line="231"/>
        <location filename="../core/store/OfferStore.cpp" line="244"/>
        <source>offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="198"/>
        <source>offer %1&apos;s claims are damaged</source>
        <translation>die Angaben von Angebot %1 sind beschädigt</translation>
    </message>
</context>
<context>
    <name>OffersCommand</name>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="18"/>
        <source>Development: talk plain http to this computer (the local vcdesk-agent).</source>
        <translation>Entwicklung: unverschlüsseltes http zu diesem Computer verwenden (zum lokalen vcdesk-agent).</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="44"/>
        <location filename="../cli/OffersCommand.cpp" line="49"/>
        <location filename="../cli/OffersCommand.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="71"/>
        <source>usage: vcdesk offers [list] [--offline] | vcdesk offers accept ID|--newest [--wait SECONDS] | vcdesk offers reject ID</source>
        <translation>Aufruf: vcdesk offers [list] [--offline] | vcdesk offers accept ID|--newest [--wait SEKUNDEN] | vcdesk offers reject ID</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="82"/>
        <source>List what the wallet kept; ask no issuer.</source>
        <translation>Nur auflisten, was die Wallet gespeichert hat; keinen Aussteller abfragen.</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="85"/>
        <source>usage: vcdesk offers [list] [--offline] [--json]</source>
        <translation>Aufruf: vcdesk offers [list] [--offline] [--json]</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="107"/>
        <source>could not check %1</source>
        <translation>%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="109"/>
        <source>No offers.</source>
        <translation>Keine Angebote.</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="125"/>
        <source>Accept the newest offer not yet answered.</source>
        <translation>Das neueste noch nicht beantwortete Angebot annehmen.</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="127"/>
        <source>How long to wait for the issuer (default 120).</source>
        <translation>Wie lange auf den Aussteller gewartet wird (Standard: 120).</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="128"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="132"/>
        <source>usage: vcdesk offers accept ID|--newest [--wait SECONDS]</source>
        <translation>Aufruf: vcdesk offers accept ID|--newest [--wait SEKUNDEN]</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="136"/>
        <source>--wait is 1 to 3600 seconds</source>
        <translation>--wait muss zwischen 1 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="149"/>
        <source>no offer waits for an answer (vcdesk offers lists them)</source>
        <translation>kein Angebot wartet auf eine Antwort (vcdesk offers listet sie auf)</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="153"/>
        <source>name the offer by its id (vcdesk offers lists them) or --newest</source>
        <translation>geben Sie das Angebot mit seiner ID an (vcdesk offers listet sie auf) oder verwenden Sie --newest</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="174"/>
        <source>Received credential %1 (%2): %3</source>
        <translation>Nachweis %1 (%2) erhalten: %3</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="186"/>
        <source>usage: vcdesk offers reject ID</source>
        <translation>Aufruf: vcdesk offers reject ID</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="190"/>
        <source>name the offer by its id (vcdesk offers lists them)</source>
        <translation>geben Sie das Angebot mit seiner ID an (vcdesk offers listet sie auf)</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="196"/>
        <source>Rejected offer %1 (kept in the wallet; the issuer is not told).</source>
        <translation>Angebot %1 abgelehnt (es bleibt in der Wallet; der Aussteller erfährt davon nichts).</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../cli/OutputPath.cpp" line="12"/>
        <source>%1 is a symbolic link; vcdesk does not write through links (name the file itself)</source>
        <translation>%1 ist ein symbolischer Link; vcdesk schreibt nicht über Links (geben Sie die Datei selbst an)</translation>
    </message>
    <message>
        <location filename="../cli/OutputPath.cpp" line="17"/>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <location filename="../cli/OutputPath.cpp" line="19"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="25"/>
        <source>unknown key derivation algorithm</source>
        <translation>unbekanntes Verfahren zur Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="34"/>
        <source>the key derivation parameter %1 is not a usable number</source>
        <translation>der Parameter %1 der Schlüsselableitung ist keine verwendbare Zahl</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="40"/>
        <source>the key derivation salt is damaged</source>
        <translation>das Salt der Schlüsselableitung ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="55"/>
        <source>the key derivation asks for %1 MiB x %2 passes x %3 lanes, beyond what vcdesk allows (at most %4 MiB, %5 passes, %6 MiB x passes in all); the file is damaged or hostile</source>
        <translation>die Schlüsselableitung verlangt %1 MiB × %2 Durchläufe × %3 Lanes, mehr als vcdesk zulässt (höchstens %4 MiB, %5 Durchläufe, insgesamt %6 MiB × Durchläufe); die Datei ist beschädigt oder böswillig erstellt</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="75"/>
        <source>the key derivation parameters are out of bounds</source>
        <translation>die Parameter der Schlüsselableitung liegen außerhalb der Grenzen</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="100"/>
        <source>key derivation failed: %1</source>
        <translation>die Schlüsselableitung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="107"/>
        <source>the key derivation salt is too short</source>
        <translation>das Salt der Schlüsselableitung ist zu kurz</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="111"/>
        <source>the key derivation parameters are too weak</source>
        <translation>die Parameter der Schlüsselableitung sind zu schwach</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="84"/>
        <source>Choose a passphrase: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Wählen Sie eine Passphrase: Ein paar zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="93"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="96"/>
        <source>Too easy to guess: it is a common password with a few digits or symbols. Use a few unrelated words.</source>
        <translation>Zu leicht zu erraten: Das ist ein gängiges Passwort mit ein paar Ziffern oder Sonderzeichen. Verwenden Sie lieber ein paar zusammenhanglose Wörter.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="100"/>
        <source>Too easy to guess: make it longer, or use a few unrelated words.</source>
        <translation>Zu leicht zu erraten: Machen Sie sie länger, oder verwenden Sie ein paar zusammenhanglose Wörter.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="103"/>
        <source>Acceptable; a longer passphrase would be better.</source>
        <translation>Akzeptabel; eine längere Passphrase wäre besser.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="106"/>
        <source>Hard to guess.</source>
        <translation>Schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="109"/>
        <source>Very hard to guess.</source>
        <translation>Sehr schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="118"/>
        <source>No passphrase</source>
        <translation>Keine Passphrase</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="120"/>
        <source>Too weak</source>
        <translation>Zu schwach</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="122"/>
        <source>Fair</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="124"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="126"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../models/PdfReport.cpp" line="18"/>
        <location filename="../models/PdfReport.cpp" line="39"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PlainTermPolicy</name>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="16"/>
        <source>the member &quot;%1&quot; is written in a JSON-LD form vcdesk does not read (a full or compact IRI, or a keyword such as @id or @nest in place of a term), so vcdesk cannot vouch for what the document says</source>
        <translation>das Element „%1“ ist in einer JSON-LD-Form geschrieben, die vcdesk nicht liest (eine volle oder kompakte IRI oder ein Schlüsselwort wie @id oder @nest anstelle eines Begriffs), daher kann vcdesk nicht dafür bürgen, was das Dokument aussagt</translation>
    </message>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="76"/>
        <source>the document nests deeper than %1 levels, which vcdesk does not read</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt, was vcdesk nicht liest</translation>
    </message>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="82"/>
        <source>the document holds a null value, which JSON-LD drops, so vcdesk cannot vouch for what the document says</source>
        <translation>das Dokument enthält einen Nullwert, den JSON-LD verwirft, daher kann vcdesk nicht dafür bürgen, was das Dokument aussagt</translation>
    </message>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="89"/>
        <source>the document holds an array inside an array, which JSON-LD flattens, so vcdesk cannot vouch for what the document says</source>
        <translation>das Dokument enthält ein Array in einem Array, das JSON-LD abflacht, daher kann vcdesk nicht dafür bürgen, was das Dokument aussagt</translation>
    </message>
</context>
<context>
    <name>PresentCommand</name>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="38"/>
        <source>[y] send, [d] decline, Enter: send nothing:</source>
        <translation>[y] senden, [d] ablehnen, Eingabetaste: nichts senden:</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="39"/>
        <source>[d] decline, Enter: send nothing:</source>
        <translation>[d] ablehnen, Eingabetaste: nichts senden:</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="60"/>
        <source>credential %1 (%2): %3</source>
        <translation>Nachweis %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="77"/>
        <source>Present this credential (repeatable); by default the first fitting one of each required part.</source>
        <translation>Diesen Nachweis vorzeigen (mehrfach möglich); standardmäßig den ersten passenden für jeden geforderten Teil.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="79"/>
        <source>CREDENTIAL_ID</source>
        <translation>NACHWEIS_ID</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="82"/>
        <source>Also send this optional claim (repeatable; a path as the request lists it, e.g. name). Claims a request can do without stay in the wallet otherwise.</source>
        <translation>Auch diese optionale Angabe senden (mehrfach möglich; ein Pfad, wie ihn die Anfrage aufführt, z. B. name). Angaben, auf die eine Anfrage verzichten kann, bleiben sonst in der Wallet.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="84"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="85"/>
        <source>Send without asking.</source>
        <translation>Ohne Rückfrage senden.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="87"/>
        <source>Tell the verifier no (access_denied).</source>
        <translation>Gegenüber dem Prüfer ablehnen (access_denied).</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="89"/>
        <source>Development: allow plain http to this computer.</source>
        <translation>Entwicklung: unverschlüsseltes http zu diesem Computer erlauben.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="90"/>
        <source>The trust list file.</source>
        <translation>Die Datei mit der Vertrauensliste.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="91"/>
        <location filename="../cli/PresentCommand.cpp" line="94"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="93"/>
        <source>Also trust this CA certificate (PEM) for x509 verifiers.</source>
        <translation>Zusätzlich diesem CA-Zertifikat (PEM) für x509-Prüfer vertrauen.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="97"/>
        <source>usage: vcdesk present [--wallet FILE] [--select CREDENTIAL_ID]... [--share-optional PATH]... [--yes] [--decline] [--json] URI   (URI may be - for standard input)</source>
        <translation>Aufruf: vcdesk present [--wallet DATEI] [--select NACHWEIS_ID]... [--share-optional PFAD]... [--yes] [--decline] [--json] URI   (URI kann - für die Standardeingabe sein)</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="120"/>
        <source>--select needs a credential id (see vcdesk wallet list)</source>
        <translation>--select braucht eine Nachweis-ID (siehe vcdesk wallet list)</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="138"/>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>das CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="160"/>
        <source>Not kept in your presentation history: %1.</source>
        <translation>Nicht in Ihren Vorzeige-Verlauf aufgenommen: %1.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="189"/>
        <source>you declined; the verifier was told no</source>
        <translation>Sie haben abgelehnt; der Prüfer hat eine Absage erhalten</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="193"/>
        <source>nothing was sent to the verifier</source>
        <translation>an den Prüfer wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="208"/>
        <source>Nothing in your wallet fits.</source>
        <translation>Nichts in Ihrer Wallet passt.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="210"/>
        <source>nothing in the wallet fits this request; nothing was sent (use --decline to tell the verifier no)</source>
        <translation>nichts in der Wallet passt zu dieser Anfrage; es wurde nichts gesendet (mit --decline lehnen Sie gegenüber dem Prüfer ab)</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="230"/>
        <source>credential %1 answers no part of this request</source>
        <translation>Nachweis %1 beantwortet keinen Teil dieser Anfrage</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="237"/>
        <source>no valid credential fits the required part %1; choose one with --select to send it anyway; nothing was sent</source>
        <translation>kein gültiger Nachweis passt zum geforderten Teil %1; wählen Sie einen mit --select, um ihn trotzdem zu senden; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="247"/>
        <source>--share-optional %1: no optional claim of the chosen credentials; nothing was sent</source>
        <translation>--share-optional %1: keine optionale Angabe der gewählten Nachweise; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="261"/>
        <source>not sent: %1 is not valid; vcdesk sends a credential that is not valid only when you confirm it at a terminal</source>
        <translation>nicht gesendet: %1 ist nicht gültig; einen ungültigen Nachweis sendet vcdesk nur, wenn Sie dies an einem Terminal bestätigen</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="266"/>
        <source>These credentials are NOT VALID:</source>
        <translation>Diese Nachweise sind NICHT GÜLTIG:</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="269"/>
        <source>Send them anyway?</source>
        <translation>Trotzdem senden?</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="273"/>
        <source>nothing was sent: confirm with --yes when not at a terminal</source>
        <translation>es wurde nichts gesendet: Bestätigen Sie mit --yes, wenn Sie nicht an einem Terminal arbeiten</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="274"/>
        <source>Send this to the verifier?</source>
        <translation>An den Prüfer senden?</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="284"/>
        <source>The verifier accepted the presentation (HTTP %1).</source>
        <translation>Der Prüfer hat die Präsentation angenommen (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="286"/>
        <source>Continue in your browser: %1</source>
        <translation>Fahren Sie in Ihrem Browser fort: %1</translation>
    </message>
</context>
<context>
    <name>PresentationBuilder</name>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="84"/>
        <source>no credential was chosen for the required part %1</source>
        <translation>für den geforderten Teil %1 wurde kein Nachweis gewählt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="89"/>
        <source>part %1 takes one credential</source>
        <translation>für Teil %1 ist genau ein Nachweis vorgesehen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="98"/>
        <source>credential %1 does not answer part %2</source>
        <translation>Nachweis %1 beantwortet Teil %2 nicht</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="195"/>
        <source>the SD-JWT credential is bound to a key this wallet does not hold</source>
        <translation>der SD-JWT-Nachweis ist an einen Schlüssel gebunden, den diese Wallet nicht besitzt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="246"/>
        <source>vcdesk cannot yet present %1 credentials</source>
        <translation>vcdesk kann %1-Nachweise noch nicht vorzeigen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="374"/>
        <source>there is no holder key to sign with</source>
        <translation>es gibt keinen Inhaberschlüssel zum Signieren</translation>
    </message>
</context>
<context>
    <name>PresentationExchangeMatcher</name>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="37"/>
        <source>the presentation definition has no id</source>
        <translation>die Presentation Definition hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="41"/>
        <source>input_descriptors must be a list of 1 to %1</source>
        <translation>input_descriptors muss eine Liste mit 1 bis %1 Einträgen sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="47"/>
        <source>every input descriptor needs its own id</source>
        <translation>jeder Input Descriptor braucht eine eigene ID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="54"/>
        <source>fields of %1 must be a list of at most %2</source>
        <translation>fields von %1 muss eine Liste mit höchstens %2 Einträgen sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="59"/>
        <source>a field of %1 has no path</source>
        <translation>ein Feld von %1 hat keinen Pfad</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="62"/>
        <source>a filter of %1 is not a JSON Schema object</source>
        <translation>ein Filter von %1 ist kein JSON-Schema-Objekt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="69"/>
        <source>a submission requirement&apos;s rule must be all or pick</source>
        <translation>die Regel einer Submission Requirement muss all oder pick sein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="204"/>
        <source>no credential in the wallet has the format and fields this part asks for</source>
        <translation>kein Nachweis in der Wallet hat das Format und die Felder, die dieser Teil verlangt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="214"/>
        <source>the wallet has no credential for a required part</source>
        <translation>die Wallet hat keinen Nachweis für einen geforderten Teil</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="227"/>
        <source>the wallet cannot meet the submission requirements</source>
        <translation>die Wallet kann die Submission Requirements nicht erfüllen</translation>
    </message>
</context>
<context>
    <name>PresentationHistory</name>
    <message>
        <location filename="../core/store/PresentationHistory.cpp" line="49"/>
        <source>the list of what was shared is too long to keep</source>
        <translation>die Liste der geteilten Angaben ist zu lang, um sie zu speichern</translation>
    </message>
    <message>
        <location filename="../core/store/PresentationHistory.cpp" line="117"/>
        <source>presentation</source>
        <translation>Präsentation</translation>
    </message>
</context>
<context>
    <name>PresentationRecheck</name>
    <message>
        <location filename="../core/kiosk/PresentationRecheck.cpp" line="53"/>
        <source>the verifier said verified but sent no vp_token to check</source>
        <translation>der Prüfer meldete „verifiziert“, hat aber kein vp_token zur Prüfung geschickt</translation>
    </message>
    <message>
        <location filename="../core/kiosk/PresentationRecheck.cpp" line="59"/>
        <source>possibly copied: %1</source>
        <translation>möglicherweise kopiert: %1</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="414"/>
        <source>the answer holds no credential</source>
        <translation>die Antwort enthält keinen Nachweis</translation>
    </message>
</context>
<context>
    <name>PresentationSession</name>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="44"/>
        <source>only the first %1 credentials were searched</source>
        <translation>nur die ersten %1 Nachweise wurden durchsucht</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="97"/>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="115"/>
        <source>no request is open</source>
        <translation>es ist keine Anfrage offen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="130"/>
        <source>the wallet is open read-only</source>
        <translation>die Wallet ist schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>PresentationTokenVerifier</name>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="67"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="74"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="99"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="145"/>
        <source>the presentation is unreadable: %1 [%2]</source>
        <translation>die Präsentation ist nicht lesbar: %1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="80"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="175"/>
        <source>key-binding JWT</source>
        <translation>das Key-Binding-JWT</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="101"/>
        <source>a %1 is not a presentation this verifier accepts (it takes a JWT VP or an SD-JWT VC with key binding)</source>
        <translation>%1 ist kein Präsentationsformat, das dieser Prüfer akzeptiert (er akzeptiert JWT VP oder SD-JWT VC mit Key Binding)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="104"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="213"/>
        <source>presentation</source>
        <translation>die Präsentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="107"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="275"/>
        <source>the presentation carries %1 credentials (1 to %2 are read)</source>
        <translation>die Präsentation enthält %1 Nachweise (gelesen werden 1 bis %2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="121"/>
        <source>a JWT VP carries JWT credentials here; one of this presentation&apos;s is not one</source>
        <translation>ein JWT VP enthält hier JWT-Nachweise; einer in dieser Präsentation ist keiner</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="154"/>
        <source>a %1 is not a presentation this verifier accepts (it takes a JWT VP, a JSON-LD VP or an SD-JWT VC with key binding)</source>
        <translation>%1 ist kein Präsentationsformat, das dieser Prüfer akzeptiert (er akzeptiert JWT VP, JSON-LD VP oder SD-JWT VC mit Key Binding)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="169"/>
        <source>the SD-JWT VC has no key-binding JWT, so nothing shows that its holder presented it for this request</source>
        <translation>das SD-JWT VC hat kein Key-Binding-JWT, daher belegt nichts, dass sein Inhaber es für diese Anfrage vorgezeigt hat</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="184"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="190"/>
        <source>the SD-JWT VC</source>
        <translation>das SD-JWT VC</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="188"/>
        <source>the key-binding JWT could not be checked</source>
        <translation>das Key-Binding-JWT konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="217"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="331"/>
        <source>the presentation</source>
        <translation>die Präsentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="226"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="347"/>
        <source>the presentation carries no credential it can show</source>
        <translation>die Präsentation enthält keinen darstellbaren Nachweis</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="237"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="335"/>
        <source>the presentation&apos;s signer is not a DID</source>
        <translation>der Unterzeichner der Präsentation ist keine DID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="247"/>
        <source>credential %1 of the presentation is a %2; a JWT VP carries JWT credentials here</source>
        <translation>Nachweis %1 der Präsentation hat das Format %2; ein JWT VP enthält hier JWT-Nachweise</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="267"/>
        <source>the answer is not a presentation this verifier accepts: %1 [%2]</source>
        <translation>die Antwort ist keine Präsentation, die dieser Prüfer akzeptiert: %1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="270"/>
        <source>a JSON-LD credential on its own is not a presentation: nothing shows its holder presented it for this request</source>
        <translation>ein JSON-LD-Nachweis allein ist keine Präsentation: Nichts belegt, dass sein Inhaber ihn für diese Anfrage vorgezeigt hat</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="285"/>
        <source>a JSON-LD VP carries JSON-LD credentials here; one of this presentation&apos;s is not one</source>
        <translation>ein JSON-LD VP enthält hier JSON-LD-Nachweise; einer in dieser Präsentation ist keiner</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="300"/>
        <source>a JSON-LD presentation needs exactly one proof by its holder</source>
        <translation>eine JSON-LD-Präsentation braucht genau einen Signaturnachweis ihres Inhabers</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="304"/>
        <source>the presentation&apos;s proof is not made for authentication</source>
        <translation>der Signaturnachweis der Präsentation ist nicht für die Authentifizierung bestimmt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="309"/>
        <source>the presentation&apos;s proof has no challenge</source>
        <translation>der Signaturnachweis der Präsentation hat keine Challenge</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="310"/>
        <source>the presentation was made for another request (its challenge is not this request&apos;s nonce)</source>
        <translation>die Präsentation wurde für eine andere Anfrage erstellt (ihre Challenge ist nicht die Nonce dieser Anfrage)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="320"/>
        <source>the presentation is meant for another verifier (domain %1)</source>
        <translation>die Präsentation ist für einen anderen Prüfer bestimmt (Domain %1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="342"/>
        <source>the presentation names %1 as its holder, but %2 signed it</source>
        <translation>die Präsentation nennt %1 als Inhaber, aber %2 hat sie signiert</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="353"/>
        <source>credential %1 of the presentation is a %2; a JSON-LD VP carries JSON-LD credentials here</source>
        <translation>Nachweis %1 der Präsentation hat das Format %2; ein JSON-LD VP enthält hier JSON-LD-Nachweise</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="376"/>
        <source>the %1 has no nonce</source>
        <translation>%1 hat keine Nonce</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="377"/>
        <source>the %1 was made for another request (its nonce is not this request&apos;s)</source>
        <translation>%1 wurde für eine andere Anfrage erstellt (die Nonce gehört nicht zu dieser Anfrage)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="389"/>
        <source>the %1 is meant for another verifier (aud %2)</source>
        <translation>%1 ist für einen anderen Prüfer bestimmt (aud %2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="427"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist nicht gültig: %2</translation>
    </message>
</context>
<context>
    <name>PresentationVerifier</name>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="65"/>
        <source>the vp_token is empty</source>
        <translation>das vp_token ist leer</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="70"/>
        <source>the vp_token array is not JSON</source>
        <translation>das vp_token-Array ist kein JSON</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="75"/>
        <source>the vp_token array holds something other than presentations</source>
        <translation>das vp_token-Array enthält etwas anderes als Präsentationen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="82"/>
        <source>the vp_token holds %1 presentations</source>
        <translation>das vp_token enthält %1 Präsentationen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="98"/>
        <source>the request must ask with exactly one of a presentation definition and a DCQL query</source>
        <translation>die Anfrage muss genau eines von beiden verwenden: eine Presentation Definition oder eine DCQL-Abfrage</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="102"/>
        <source>the request has no nonce or no client_id to check against</source>
        <translation>die Anfrage hat keine Nonce oder keine client_id, gegen die geprüft werden kann</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="131"/>
        <source>the answer has no presentation_submission saying which credential answers what</source>
        <translation>die Antwort hat keine presentation_submission, die angibt, welcher Nachweis was beantwortet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="135"/>
        <source>the presentation_submission is not a JSON object: %1</source>
        <translation>die presentation_submission ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="139"/>
        <source>the presentation_submission answers another definition</source>
        <translation>die presentation_submission beantwortet eine andere Definition</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="143"/>
        <source>the presentation_submission&apos;s descriptor_map is missing or empty</source>
        <translation>die descriptor_map der presentation_submission fehlt oder ist leer</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="152"/>
        <source>the presentation_submission names a descriptor &quot;%1&quot; the definition does not have</source>
        <translation>die presentation_submission nennt einen Descriptor „%1“, den die Definition nicht enthält</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="170"/>
        <source>descriptor &quot;%1&quot; does not accept the format %2</source>
        <translation>Descriptor „%1“ akzeptiert das Format %2 nicht</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="185"/>
        <source>the credential given for &quot;%1&quot; does not meet what it asks: %2</source>
        <translation>der für „%1“ angegebene Nachweis erfüllt dessen Anforderungen nicht: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="208"/>
        <source>the descriptor_map path &quot;%1&quot; does not point at a presentation of this vp_token</source>
        <translation>der descriptor_map-Pfad „%1“ zeigt auf keine Präsentation dieses vp_token</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="214"/>
        <source>the descriptor_map path &quot;%1&quot; points past the vp_token</source>
        <translation>der descriptor_map-Pfad „%1“ zeigt über das Ende des vp_token hinaus</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="224"/>
        <source>the descriptor_map calls an SD-JWT VC &quot;%1&quot;</source>
        <translation>die descriptor_map bezeichnet ein SD-JWT VC als „%1“</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="236"/>
        <source>the descriptor_map must point into the VP with path_nested ($.verifiableCredential[n], format jwt_vc_json or ldp_vc) and call the VP jwt_vp_json or ldp_vp</source>
        <translation>die descriptor_map muss mit path_nested in das VP zeigen ($.verifiableCredential[n], Format jwt_vc_json oder ldp_vc) und das VP als jwt_vp_json oder ldp_vp bezeichnen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="241"/>
        <source>path_nested points past the VP&apos;s credentials</source>
        <translation>path_nested zeigt über die Nachweise des VP hinaus</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="251"/>
        <source>the vp_token must be a JSON object keyed by credential query id (DCQL): %1</source>
        <translation>das vp_token muss ein JSON-Objekt mit den IDs der Credential Queries als Schlüsseln sein (DCQL): %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="259"/>
        <source>the vp_token answers %1 queries</source>
        <translation>das vp_token beantwortet %1 Abfragen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="274"/>
        <source>the vp_token answers &quot;%1&quot;, which the query did not ask</source>
        <translation>das vp_token beantwortet „%1“, wonach die Abfrage nicht gefragt hat</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="281"/>
        <source>&quot;%1&quot; is answered with %2 presentations</source>
        <translation>„%1“ wird mit %2 Präsentationen beantwortet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="285"/>
        <source>the answer to &quot;%1&quot; is not a presentation</source>
        <translation>die Antwort auf „%1“ ist keine Präsentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="293"/>
        <source>&quot;%1&quot; is answered with %2 credentials</source>
        <translation>„%1“ wird mit %2 Nachweisen beantwortet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="306"/>
        <source>the credential given for &quot;%1&quot; does not meet its query: %2</source>
        <translation>der für „%1“ angegebene Nachweis erfüllt dessen Abfrage nicht: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="325"/>
        <source>nothing in the answer meets &quot;%1&quot;, which the request requires</source>
        <translation>nichts in der Antwort erfüllt „%1“, obwohl die Anfrage dies verlangt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="337"/>
        <source>the answer holds %1 presentations (at most %2 are read)</source>
        <translation>die Antwort enthält %1 Präsentationen (höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="348"/>
        <source>the answer holds %1 credentials (at most %2 are read)</source>
        <translation>die Antwort enthält %1 Nachweise (höchstens %2 werden gelesen)</translation>
    </message>
</context>
<context>
    <name>PrismDid</name>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="18"/>
        <source>invalid did:prism: %1</source>
        <translation>ungültige did:prism: %1</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="33"/>
        <source>%1 has the wrong wire type</source>
        <translation>%1 hat den falschen Wire-Type</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="38"/>
        <source>the operation has no %1</source>
        <translation>der Operation fehlt %1</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="90"/>
        <source>a short-form did:prism can only be resolved by a PRISM node; vcdesk reads long-form DIDs offline</source>
        <translation>eine did:prism in Kurzform kann nur ein PRISM-Knoten auflösen; vcdesk liest DIDs in Langform offline</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="93"/>
        <source>expected &lt;hash&gt;:&lt;encoded state&gt;</source>
        <translation>erwartet wird &lt;hash&gt;:&lt;encoded state&gt;</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="97"/>
        <source>the hash part must be 64 hex characters</source>
        <translation>der Hash-Teil muss aus 64 Hex-Zeichen bestehen</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="99"/>
        <source>the encoded state is larger than %1 characters</source>
        <translation>der kodierte Zustand ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="106"/>
        <source>the DID&apos;s hash does not match its encoded creation operation (expected %1)</source>
        <translation>der Hash der DID passt nicht zu ihrer kodierten Erstellungsoperation (erwartet: %1)</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="123"/>
        <source>key id &quot;%1&quot; is used twice</source>
        <translation>die Schlüssel-ID „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="129"/>
        <source>the creation operation has no secp256k1 master key</source>
        <translation>die Erstellungsoperation hat keinen secp256k1-Master-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="144"/>
        <source>more than 64 keys</source>
        <translation>mehr als 64 Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="193"/>
        <source>a key has no id</source>
        <translation>ein Schlüssel hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="195"/>
        <source>key &quot;%1&quot; has no key data</source>
        <translation>Schlüssel „%1“ hat keine Schlüsseldaten</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="201"/>
        <source>key &quot;%1&quot;: %2</source>
        <translation>Schlüssel „%1“: %2</translation>
    </message>
</context>
<context>
    <name>PrismDidResolver</name>
    <message>
        <location filename="../core/did/PrismDidResolver.cpp" line="14"/>
        <source>not a did:prism</source>
        <translation>keine did:prism</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDidResolver.cpp" line="54"/>
        <source>read offline from the DID&apos;s creation operation; keys added by later updates are known only to a PRISM node</source>
        <translation>offline aus der Erstellungsoperation der DID gelesen; Schlüssel aus späteren Aktualisierungen kennt nur ein PRISM-Knoten</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="59"/>
        <source>a %1 private key has %2 bytes, not %3</source>
        <translation>ein privater %1-Schlüssel hat %2 Bytes, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="69"/>
        <source>libsodium failed to start</source>
        <translation>libsodium konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="82"/>
        <source>the private key is not in the range of the curve&apos;s group order</source>
        <translation>der private Schlüssel liegt nicht im Bereich der Gruppenordnung der Kurve</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="121"/>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="135"/>
        <source>libsecp256k1 could not sign</source>
        <translation>libsecp256k1 konnte nicht signieren</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="156"/>
        <source>could not encode the signature</source>
        <translation>die Signatur konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="160"/>
        <source>unknown key type</source>
        <translation>unbekannter Schlüsseltyp</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="25"/>
        <source>a profile name has 1 to 100 characters</source>
        <translation>ein Profilname hat 1 bis 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="28"/>
        <source>there is already a profile named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Profil namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="70"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="86"/>
        <source>the wallet has no profile</source>
        <translation>die Wallet hat kein Profil</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="100"/>
        <source>a wallet keeps at least one profile</source>
        <translation>eine Wallet muss mindestens ein Profil behalten</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="106"/>
        <source>there is no profile %1</source>
        <translation>es gibt kein Profil %1</translation>
    </message>
</context>
<context>
    <name>ProtobufReader</name>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="11"/>
        <source>protobuf field key is truncated</source>
        <translation>der Protobuf-Feldschlüssel ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="15"/>
        <source>invalid protobuf field number</source>
        <translation>ungültige Protobuf-Feldnummer</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="23"/>
        <source>protobuf varint is truncated</source>
        <translation>der Protobuf-Varint ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="33"/>
        <source>protobuf fixed field is truncated</source>
        <translation>das Protobuf-Feld fester Länge ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="47"/>
        <source>protobuf length-delimited field runs past the end</source>
        <translation>das längenbegrenzte Protobuf-Feld reicht über das Ende hinaus</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="55"/>
        <source>protobuf wire type %1 is not supported</source>
        <translation>der Protobuf-Wire-Type %1 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="27"/>
        <source>the signature does not match the key and the signed data</source>
        <translation>die Signatur passt nicht zum Schlüssel und zu den signierten Daten</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="75"/>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation>ein öffentlicher Ed25519-Schlüssel hat 32 Bytes, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="86"/>
        <source>a %1 public key has %2 or %3 bytes, not %4</source>
        <translation>ein öffentlicher %1-Schlüssel hat %2 oder %3 Bytes, nicht %4</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="95"/>
        <source>the public key is not a valid point on %1</source>
        <translation>der öffentliche Schlüssel ist kein gültiger Punkt auf %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="104"/>
        <source>libsecp256k1 refused the key</source>
        <translation>libsecp256k1 hat den Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="142"/>
        <source>no public key</source>
        <translation>kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="145"/>
        <source>a %1 signature has %2 bytes, not %3</source>
        <translation>eine %1-Signatur hat %2 Bytes, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="184"/>
        <source>a %1 signature has %2 bytes, over a %3-byte digest</source>
        <translation>eine %1-Signatur hat %2 Bytes, bei einem Digest von %3 Bytes</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="156"/>
        <source>libsodium failed to start</source>
        <translation>libsodium konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="179"/>
        <source>digest verification needs an ECDSA key</source>
        <translation>die Prüfung eines Digests braucht einen ECDSA-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="192"/>
        <source>the signature values lie outside the curve&apos;s group order</source>
        <translation>die Signaturwerte liegen außerhalb der Gruppenordnung der Kurve</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <location filename="../models/QrCodeImage.cpp" line="71"/>
        <source>This is too large to show as a QR code (%1 bytes; a QR code holds at most %2 at this error correction, %3 at the lowest).</source>
        <translation>Dies ist zu groß für einen QR-Code (%1 Bytes; ein QR-Code fasst bei dieser Fehlerkorrektur höchstens %2, bei der niedrigsten %3).</translation>
    </message>
    <message>
        <location filename="../models/QrCodeImage.cpp" line="91"/>
        <source>A QR code module must be 1 to %1 pixels wide, not %2.</source>
        <translation>Ein QR-Code-Modul muss 1 bis %1 Pixel breit sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../models/QrCodeImage.cpp" line="103"/>
        <source>There is not enough memory to draw this QR code.</source>
        <translation>Der Speicher reicht nicht aus, um diesen QR-Code zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>QrImageReader</name>
    <message>
        <location filename="../models/QrImageReader.cpp" line="25"/>
        <source>The picture is too large to search for a QR code (%1 megapixels; at most %2).</source>
        <translation>Das Bild ist zu groß, um darin nach einem QR-Code zu suchen (%1 Megapixel; höchstens %2).</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="103"/>
        <source>The picture is empty, so there is no QR code to read.</source>
        <translation>Das Bild ist leer und enthält daher keinen QR-Code.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="111"/>
        <source>There is not enough memory to search this picture for a QR code.</source>
        <translation>Der Speicher reicht nicht aus, um dieses Bild nach einem QR-Code zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="140"/>
        <source>The QR code in the picture does not hold text that vcdesk can read.</source>
        <translation>Der QR-Code im Bild enthält keinen Text, den vcdesk lesen kann.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="141"/>
        <source>No QR code was found in the picture.</source>
        <translation>Im Bild wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="163"/>
        <source>The picture %1 cannot be read: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Rdfc10</name>
    <message>
        <location filename="../core/rdf/Rdfc10.cpp" line="110"/>
        <source>the dataset&apos;s blank nodes are too entangled to put in canonical form within the work limit (%1 steps): a poison graph</source>
        <translation>die leeren Knoten des Datensatzes sind zu stark verflochten, um sie innerhalb der Arbeitsgrenze (%1 Schritte) in kanonische Form zu bringen: ein Poison Graph</translation>
    </message>
    <message>
        <location filename="../core/rdf/Rdfc10.cpp" line="158"/>
        <source>the dataset&apos;s blank nodes are nested deeper than %1 levels</source>
        <translation>die leeren Knoten des Datensatzes sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="67"/>
        <source>Issuer: %1 (%2)</source>
        <translation>Aussteller: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="68"/>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="71"/>
        <source>Offers:</source>
        <translation>Angeboten werden:</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="77"/>
        <source>- not a format vcdesk keeps: left out</source>
        <translation>- kein Format, das vcdesk speichern kann: ausgelassen</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="88"/>
        <source>You will sign in at %1 in your browser first.</source>
        <translation>Sie melden sich zuerst in Ihrem Browser bei %1 an.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="98"/>
        <source>Receive without asking.</source>
        <translation>Ohne Rückfrage empfangen.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="101"/>
        <source>Read the transaction code the issuer sent you from this file.</source>
        <translation>Den Transaktionscode, den der Aussteller Ihnen geschickt hat, aus dieser Datei lesen.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="101"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="103"/>
        <source>Bind the credentials to this key (its DID; see vcdesk wallet keys); by default the profile&apos;s default key. Given several times, the issuer sends one credential per key (a batch), when it issues batches.</source>
        <translation>Die Nachweise an diesen Schlüssel binden (seine DID; siehe vcdesk wallet keys); standardmäßig an den Standardschlüssel des Profils. Mehrfach angegeben, sendet der Aussteller einen Nachweis pro Schlüssel (als Stapel), sofern er Stapel ausstellt.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="107"/>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="109"/>
        <source>Development: allow plain http to this computer.</source>
        <translation>Entwicklung: unverschlüsseltes http zu diesem Computer erlauben.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="112"/>
        <source>Sign in at the issuer as this client (issuers that accept only wallets registered with them give you one); by default &quot;vcdesk&quot;.</source>
        <translation>Beim Aussteller als dieser Client anmelden (Aussteller, die nur bei ihnen registrierte Wallets zulassen, teilen Ihnen eine ID mit); standardmäßig „vcdesk“.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="114"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="117"/>
        <source>usage: vcdesk receive [--wallet FILE] [--yes] [--tx-code-file FILE] [--key DID]... [--client-id ID] [--json] [--allow-loopback-http] URI   (URI may be - for standard input)</source>
        <translation>Aufruf: vcdesk receive [--wallet DATEI] [--yes] [--tx-code-file DATEI] [--key DID]... [--client-id ID] [--json] [--allow-loopback-http] URI   (URI kann - für die Standardeingabe sein)</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="160"/>
        <source>the profile has no key with the DID %1</source>
        <translation>das Profil hat keinen Schlüssel mit der DID %1</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="169"/>
        <source>the profile has no key to bind the credentials to</source>
        <translation>das Profil hat keinen Schlüssel, an den die Nachweise gebunden werden können</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="182"/>
        <source>--client-id takes the client_id the issuer gave you</source>
        <translation>--client-id erwartet die client_id, die Ihnen der Aussteller gegeben hat</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="197"/>
        <source>nothing was received: confirm with --yes when not at a terminal</source>
        <translation>es wurde nichts empfangen: Bestätigen Sie mit --yes, wenn Sie nicht an einem Terminal arbeiten</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="202"/>
        <source>Receive this? [y] yes, Enter: no:</source>
        <translation>Empfangen? [y] ja, Eingabetaste: nein:</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="205"/>
        <source>nothing was received</source>
        <translation>es wurde nichts empfangen</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="213"/>
        <source>the issuer asks for a transaction code: give it with --tx-code-file</source>
        <translation>der Aussteller verlangt einen Transaktionscode: Geben Sie ihn mit --tx-code-file an</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="221"/>
        <source>Transaction code (%1 characters):</source>
        <translation>Transaktionscode (%1 Zeichen):</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="222"/>
        <source>Transaction code:</source>
        <translation>Transaktionscode:</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="234"/>
        <source>Sign in at %1 to receive this. Open this address in your browser:</source>
        <translation>Melden Sie sich bei %1 an, um dies zu empfangen. Öffnen Sie diese Adresse in Ihrem Browser:</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="239"/>
        <source>(It works once, until %1.)</source>
        <translation>(Sie gilt einmalig, bis %1.)</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="288"/>
        <source>Stored credential %1</source>
        <translation>Nachweis %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ReceiveCommand.cpp" line="293"/>
        <source>%n credential(s) you already had were not stored again.</source>
        <translation>
            <numerusform>%n Nachweis, den Sie bereits hatten, wurde nicht erneut gespeichert.</numerusform>
            <numerusform>%n Nachweise, die Sie bereits hatten, wurden nicht erneut gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSealer</name>
    <message>
        <location filename="../core/store/RecordSealer.cpp" line="50"/>
        <source>a sealed %1 record (%2) does not open: the wallet file was changed outside vcdesk or is damaged</source>
        <translation>ein versiegelter %1-Datensatz (%2) lässt sich nicht öffnen: Die Wallet-Datei wurde außerhalb von vcdesk geändert oder ist beschädigt</translation>
    </message>
</context>
<context>
    <name>RemoteContexts</name>
    <message>
        <location filename="../core/jsonld/RemoteContexts.cpp" line="47"/>
        <source>no loader for %1</source>
        <translation>keine Ladefunktion für %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/RemoteContexts.cpp" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/jsonld/RemoteContexts.cpp" line="57"/>
        <source>%1 holds no @context</source>
        <translation>%1 enthält keinen @context</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../models/ReportHtml.cpp" line="69"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="70"/>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="72"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="74"/>
        <source>Validity checked as of</source>
        <translation>Gültigkeit geprüft zum Stichtag</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="76"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="77"/>
        <source>offline: DIDs and status lists from caches only</source>
        <translation>offline: DIDs und Statuslisten nur aus dem Cache</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="77"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="79"/>
        <source>Trust list</source>
        <translation>Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="81"/>
        <source>Made by</source>
        <translation>Erstellt mit</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../models/ReportWriter.cpp" line="20"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/ReportWriter.cpp" line="43"/>
        <source>name the report with .pdf, .csv or .json at the end, for the format you want</source>
        <translation>geben Sie dem Bericht die Endung .pdf, .csv oder .json, je nach gewünschtem Format</translation>
    </message>
    <message>
        <location filename="../models/ReportWriter.cpp" line="49"/>
        <source>PDF document (*.pdf);;CSV spreadsheet (*.csv);;JSON (*.json *.jsonl)</source>
        <translation>PDF-Dokument (*.pdf);;CSV-Tabelle (*.csv);;JSON (*.json *.jsonl)</translation>
    </message>
    <message>
        <location filename="../models/ReportWriter.cpp" line="82"/>
        <source>the batch has not finished: export it when it has</source>
        <translation>der Stapel ist noch nicht abgeschlossen: Exportieren Sie ihn, sobald er fertig ist</translation>
    </message>
</context>
<context>
    <name>RequestAuthenticator</name>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="31"/>
        <source>a redirect_uri client must not sign its request: nothing could verify the signature</source>
        <translation>ein redirect_uri-Client darf seine Anfrage nicht signieren: Niemand könnte die Signatur prüfen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="35"/>
        <source>the answer would go to %1, not to the client_id&apos;s address</source>
        <translation>die Antwort ginge an %1, nicht an die Adresse der client_id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="38"/>
        <source>not authenticated: the verifier is known only by its address %1</source>
        <translation>nicht authentifiziert: Der Prüfer ist nur über seine Adresse %1 bekannt</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="46"/>
        <source>a %1 client must sign its request; this one is unsigned</source>
        <translation>ein %1-Client muss seine Anfrage signieren; diese ist nicht signiert</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="56"/>
        <source>unknown client</source>
        <translation>unbekannter Client</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="68"/>
        <source>the request&apos;s kid &quot;%1&quot; is not a key of %2</source>
        <translation>die kid „%1“ der Anfrage ist kein Schlüssel von %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="73"/>
        <source>no DID resolver is configured</source>
        <translation>es ist kein DID-Resolver eingerichtet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="77"/>
        <source>the verifier&apos;s DID does not resolve: %1</source>
        <translation>die DID des Prüfers lässt sich nicht auflösen: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="81"/>
        <source>the DID document has no usable key %1</source>
        <translation>das DID-Dokument hat keinen verwendbaren Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="84"/>
        <source>the request&apos;s signature does not verify with %1: %2</source>
        <translation>die Signatur der Anfrage lässt sich mit %1 nicht verifizieren: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="86"/>
        <source>request signed by %1</source>
        <translation>Anfrage signiert von %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="101"/>
        <source>the request&apos;s x5c is not base64 DER</source>
        <translation>das x5c der Anfrage ist kein Base64-DER</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="107"/>
        <source>a %1 request needs an x5c certificate chain</source>
        <translation>eine %1-Anfrage braucht eine x5c-Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="115"/>
        <source>the certificate is not for %1 (it names %2)</source>
        <translation>das Zertifikat gilt nicht für %1 (es nennt %2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="120"/>
        <source>the answer would go to %1, not to %2</source>
        <translation>die Antwort ginge an %1, nicht an %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="127"/>
        <source>the certificate&apos;s hash is not the client_id&apos;s</source>
        <translation>der Hash des Zertifikats stimmt nicht mit der client_id überein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="131"/>
        <source>the request&apos;s signature does not verify with the certificate&apos;s key: %1</source>
        <translation>die Signatur der Anfrage lässt sich mit dem Schlüssel des Zertifikats nicht verifizieren: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="135"/>
        <source>request signed with the certificate of %1</source>
        <translation>Anfrage signiert mit dem Zertifikat von %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="150"/>
        <source>the answer would go to %1, not to %2&apos;s address %3</source>
        <translation>die Antwort ginge an %1, nicht an die Adresse %3 von %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="154"/>
        <source>the request did not come from %1&apos;s address</source>
        <translation>die Anfrage kam nicht von der Adresse von %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="158"/>
        <source>pre-registered as the verifier account &quot;%1&quot; (%2)</source>
        <translation>vorab registriert als Prüferkonto „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="162"/>
        <source>&quot;%1&quot; is no verifier this wallet knows, and its client_id names no way to authenticate it</source>
        <translation>„%1“ ist kein Prüfer, den diese Wallet kennt, und seine client_id nennt keine Möglichkeit, ihn zu authentifizieren</translation>
    </message>
</context>
<context>
    <name>RequestResolver</name>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="78"/>
        <source>unknown request form</source>
        <translation>unbekannte Form der Anfrage</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="102"/>
        <source>the request could not be fetched from %1: %2</source>
        <translation>die Anfrage konnte nicht von %1 abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="119"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="132"/>
        <source>the request is too large</source>
        <translation>die Anfrage ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="138"/>
        <source>the request object is not a JWT: %1</source>
        <translation>das Anfrageobjekt ist kein JWT: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="143"/>
        <source>the request object&apos;s claims are unreadable: %1</source>
        <translation>die Angaben des Anfrageobjekts sind nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="147"/>
        <source>the client_id in the link (%1) is not the one in the signed request (%2)</source>
        <translation>die client_id im Link (%1) stimmt nicht mit der in der signierten Anfrage (%2) überein</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="154"/>
        <source>an %1 link must carry the client_id</source>
        <translation>ein %1-Link muss die client_id enthalten</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="158"/>
        <source>the request does not echo this wallet&apos;s wallet_nonce (replayed?)</source>
        <translation>die Anfrage gibt die wallet_nonce dieser Wallet nicht zurück (wiederholt eingespielt?)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="169"/>
        <source>the request&apos;s expiry is an invalid time: %1</source>
        <translation>das Ablaufdatum der Anfrage ist kein gültiger Zeitpunkt: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="171"/>
        <source>the request has expired</source>
        <translation>die Anfrage ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="188"/>
        <source>the request object&apos;s typ is &quot;%1&quot;, not oauth-authz-req+jwt</source>
        <translation>der typ des Anfrageobjekts ist „%1“, nicht oauth-authz-req+jwt</translation>
    </message>
</context>
<context>
    <name>ResponseSender</name>
    <message>
        <location filename="../core/oid4vp/ResponseSender.cpp" line="58"/>
        <source>the verifier did not accept the answer: %1</source>
        <translation>der Prüfer hat die Antwort nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="35"/>
        <source>Connected to the sandbox at %1: %2 account(s) added; a sample offer is on its way (vcdesk offers lists it).</source>
        <translation>Mit der Sandbox unter %1 verbunden; hinzugefügte Konten: %2; ein Beispielangebot ist unterwegs (vcdesk offers listet es auf).</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="53"/>
        <source>The sandbox&apos;s agent.json (default: $VCDESK_AGENT_DESCRIPTION).</source>
        <translation>Die agent.json der Sandbox (Standard: $VCDESK_AGENT_DESCRIPTION).</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="53"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="57"/>
        <source>usage: vcdesk sandbox connect | request DEFINITION | status CORRELATION_ID DEFINITION [--description FILE]</source>
        <translation>Aufruf: vcdesk sandbox connect | request DEFINITION | status KORRELATIONS_ID DEFINITION [--description DATEI]</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="70"/>
        <source>no sandbox: give --description FILE (scripts/run.sh sets VCDESK_AGENT_DESCRIPTION)</source>
        <translation>keine Sandbox: Geben Sie --description DATEI an (scripts/run.sh setzt VCDESK_AGENT_DESCRIPTION)</translation>
    </message>
</context>
<context>
    <name>SandboxDescription</name>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="20"/>
        <source>the sandbox description is not usable: %1</source>
        <translation>die Sandbox-Beschreibung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="27"/>
        <source>Sandbox issuer</source>
        <translation>Sandbox-Aussteller</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="46"/>
        <source>Sandbox verifier</source>
        <translation>Sandbox-Prüfer</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="52"/>
        <source>Sandbox issuer (operator)</source>
        <translation>Sandbox-Aussteller (Betreiber)</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="53"/>
        <source>Sandbox generation service</source>
        <translation>Sandbox-Generierungsdienst</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="56"/>
        <source>Sandbox hosted wallet</source>
        <translation>Gehostete Sandbox-Wallet</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="66"/>
        <source>Sandbox member</source>
        <translation>Sandbox-Mitglied</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="84"/>
        <source>cannot read the sandbox description %1: %2</source>
        <translation>die Sandbox-Beschreibung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="87"/>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="103"/>
        <source>its address is not on this computer</source>
        <translation>ihre Adresse liegt nicht auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="130"/>
        <source>it names no issuer, holder or connection</source>
        <translation>sie nennt weder Aussteller noch Inhaber noch Verbindung</translation>
    </message>
</context>
<context>
    <name>ScanReason</name>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="46"/>
        <source>The signature is not right: %1</source>
        <translation>Die Signatur stimmt nicht: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="49"/>
        <source>Not valid at this time: %1</source>
        <translation>Derzeit nicht gültig: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="54"/>
        <source>The issuer has revoked it: %1</source>
        <translation>Der Aussteller hat ihn widerrufen: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="57"/>
        <source>The issuer has suspended it: %1</source>
        <translation>Der Aussteller hat ihn ausgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="62"/>
        <source>Its status entry is not usable: %1</source>
        <translation>Sein Statuseintrag ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="67"/>
        <source>The issuer is not on this kiosk&apos;s trust list: %1</source>
        <translation>Der Aussteller steht nicht auf der Vertrauensliste dieses Kiosks: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="71"/>
        <source>The disclosed claims do not fit the credential: %1</source>
        <translation>Die offengelegten Angaben passen nicht zum Nachweis: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="74"/>
        <source>It is shown by someone it was not issued to: %1</source>
        <translation>Er wird von jemandem vorgezeigt, für den er nicht ausgestellt wurde: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="75"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="83"/>
        <source>Whether it was revoked cannot be told: no status list fresh enough in the cache, and it cannot be fetched (%1)</source>
        <translation>Ob er widerrufen wurde, lässt sich nicht feststellen: Im Cache ist keine ausreichend aktuelle Statusliste, und sie kann nicht abgerufen werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="87"/>
        <source>It cannot be verified here: %1</source>
        <translation>Er kann hier nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="100"/>
        <source>Nothing in it could be verified.</source>
        <translation>Nichts darin konnte geprüft werden.</translation>
    </message>
</context>
<context>
    <name>ScannedCredential</name>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="73"/>
        <source>Shown, not presented: nothing proves this is the holder&apos;s own copy rather than a copy of someone else&apos;s.</source>
        <translation>Nur gezeigt, nicht vom Inhaber vorgezeigt: Nichts belegt, dass es sich um das eigene Exemplar des Inhabers handelt und nicht um die Kopie eines fremden Nachweises.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="84"/>
        <source>This kiosk has no trust list, so it trusts no issuer: add the issuers it accepts to its trust list.</source>
        <translation>Dieser Kiosk hat keine Vertrauensliste und vertraut daher keinem Aussteller: Nehmen Sie die Aussteller, die er akzeptieren soll, in seine Vertrauensliste auf.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="94"/>
        <source>The credential cannot be read: %1</source>
        <translation>Der Nachweis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="106"/>
        <source>The code&apos;s link points into a private network; it is not fetched.</source>
        <translation>Der Link im Code führt in ein privates Netzwerk; er wird nicht abgerufen.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="112"/>
        <source>The code links to a credential over plain http, which anyone on the way could change: only https links are fetched.</source>
        <translation>Der Code verweist über unverschlüsseltes http auf einen Nachweis, den unterwegs jeder verändern könnte: Nur https-Links werden abgerufen.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="114"/>
        <source>The code&apos;s link is not fetched: %1</source>
        <translation>Der Link im Code wird nicht abgerufen: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="125"/>
        <source>The credential behind the code&apos;s link cannot be fetched (HTTP %1).</source>
        <translation>Der Nachweis hinter dem Link im Code kann nicht abgerufen werden (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="127"/>
        <source>The credential behind the code&apos;s link cannot be fetched.</source>
        <translation>Der Nachweis hinter dem Link im Code kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="134"/>
        <source>The code&apos;s link leads to something else than a credential: %1</source>
        <translation>Der Link im Code führt zu etwas anderem als einem Nachweis: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="138"/>
        <source>The code&apos;s link leads to another link; only one is followed.</source>
        <translation>Der Link im Code führt zu einem weiteren Link; es wird nur einem Link gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="150"/>
        <source>credential %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="167"/>
        <source>The presentation carries no credential.</source>
        <translation>Die Präsentation enthält keinen Nachweis.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="175"/>
        <source>The presentation holds another presentation; only credentials are accepted inside one.</source>
        <translation>Die Präsentation enthält eine weitere Präsentation; darin werden nur Nachweise akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="179"/>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="183"/>
        <source>The issuer was not found on this kiosk&apos;s trust list.</source>
        <translation>Der Aussteller steht nicht auf der Vertrauensliste dieses Kiosks.</translation>
    </message>
</context>
<context>
    <name>ScannedText</name>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="45"/>
        <source>JWT-VC</source>
        <translation>JWT-VC</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="47"/>
        <source>SD-JWT VC</source>
        <translation>SD-JWT VC</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="49"/>
        <source>presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="53"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="60"/>
        <source>The code holds %1 bytes, more than the %2 a credential may have here.</source>
        <translation>Der Code enthält %1 Bytes, mehr als die %2, die ein Nachweis hier haben darf.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="65"/>
        <source>The code holds no text.</source>
        <translation>Der Code enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="75"/>
        <source>The code holds a link this kiosk cannot use.</source>
        <translation>Der Code enthält einen Link, den dieser Kiosk nicht verwenden kann.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="84"/>
        <source>The code is a link for a wallet (such as a presentation request), not a credential: show the kiosk the credential itself.</source>
        <translation>Der Code ist ein Link für eine Wallet (etwa eine Anfrage zum Vorzeigen), kein Nachweis: Zeigen Sie dem Kiosk den Nachweis selbst.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="88"/>
        <source>The code holds JSON; this kiosk reads JWT and SD-JWT credentials.</source>
        <translation>Der Code enthält JSON; dieser Kiosk liest JWT- und SD-JWT-Nachweise.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="94"/>
        <source>The code looks like an SD-JWT but cannot be read: %1</source>
        <translation>Der Code sieht aus wie ein SD-JWT, kann aber nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="103"/>
        <source>The code holds no credential this kiosk can read.</source>
        <translation>Der Code enthält keinen Nachweis, den dieser Kiosk lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="108"/>
        <source>The code holds a signed token that is not a credential or a presentation.</source>
        <translation>Der Code enthält ein signiertes Token, das weder ein Nachweis noch eine Präsentation ist.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="29"/>
        <source>more than 8 schemas; refusing the rest</source>
        <translation>mehr als 8 Schemas; die übrigen werden nicht verarbeitet</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="40"/>
        <source>schema type &quot;%1&quot; is not one vcdesk applies</source>
        <translation>den Schematyp „%1“ wendet vcdesk nicht an</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="44"/>
        <source>cannot get the schema %1: %2</source>
        <translation>das Schema %1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="48"/>
        <source>the schema %1 is not JSON: %2</source>
        <translation>das Schema %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="53"/>
        <source>does not conform to %1: %2</source>
        <translation>entspricht nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="57"/>
        <source>the schema %1 uses %2, which vcdesk does not evaluate</source>
        <translation>das Schema %1 verwendet %2, was vcdesk nicht auswertet</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="60"/>
        <source>conforms to %1 (%2)</source>
        <translation>entspricht %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <location filename="../core/store/SchemaMigrations.cpp" line="205"/>
        <source>this wallet was written by a newer vcdesk (schema %1; this build knows up to %2); update vcdesk to open it</source>
        <translation>diese Wallet wurde von einer neueren vcdesk-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2); aktualisieren Sie vcdesk, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrations.cpp" line="214"/>
        <source>could not upgrade the wallet to schema %1 (%2): %3; it is unchanged at schema %4</source>
        <translation>die Wallet konnte nicht auf Schema %1 aktualisiert werden (%2): %3; sie ist unverändert auf Schema %4</translation>
    </message>
</context>
<context>
    <name>SdJwt</name>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="37"/>
        <source>the SD-JWT has %1 bytes, more than the limit of %2</source>
        <translation>das SD-JWT hat %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="53"/>
        <source>an SD-JWT has a &apos;~&apos; after the issuer JWT</source>
        <translation>bei einem SD-JWT muss auf das Aussteller-JWT ein &apos;~&apos; folgen</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="56"/>
        <source>the SD-JWT has more than %1 disclosures</source>
        <translation>das SD-JWT hat mehr als %1 Offenlegungen</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="61"/>
        <source>issuer JWT: %1</source>
        <translation>Aussteller-JWT: %1</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="70"/>
        <source>disclosure %1 is empty</source>
        <translation>Offenlegung %1 ist leer</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="73"/>
        <source>disclosure %1 appears twice</source>
        <translation>Offenlegung %1 kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="78"/>
        <source>disclosure %1: %2</source>
        <translation>Offenlegung %1: %2</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="82"/>
        <source>disclosure %1 is not a JSON array</source>
        <translation>Offenlegung %1 ist kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="93"/>
        <source>disclosure %1 uses the reserved name &quot;%2&quot;</source>
        <translation>Offenlegung %1 verwendet den reservierten Namen „%2“</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="100"/>
        <source>disclosure %1 is not [salt, name, value] or [salt, value]</source>
        <translation>Offenlegung %1 ist weder [salt, name, value] noch [salt, value]</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="109"/>
        <source>key-binding JWT: %1</source>
        <translation>Key-Binding-JWT: %1</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="120"/>
        <source>&quot;_sd_alg&quot; must name the digest algorithm in a string</source>
        <translation>„_sd_alg“ muss den Digest-Algorithmus als Zeichenkette nennen</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="125"/>
        <source>disclosure digests use &quot;%1&quot;; vcdesk supports sha-256</source>
        <translation>die Digests der Offenlegungen verwenden „%1“; vcdesk unterstützt sha-256</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="140"/>
        <source>disclosure &quot;%1&quot; is not referenced by the issuer&apos;s digests (changed or foreign)</source>
        <translation>Offenlegung „%1“ wird von den Digests des Ausstellers nicht referenziert (verändert oder fremd)</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="142"/>
        <source>array element</source>
        <translation>Array-Element</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="155"/>
        <source>disclosures nest too deeply</source>
        <translation>die Offenlegungen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="164"/>
        <source>a disclosure digest is used twice</source>
        <translation>ein Digest einer Offenlegung wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="180"/>
        <source>&quot;_sd&quot; must be an array of digests</source>
        <translation>&quot;_sd&quot; muss ein Array von Digests sein</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="186"/>
        <source>&quot;_sd&quot; holds something that is not a digest</source>
        <translation>&quot;_sd&quot; enthält etwas, das kein Digest ist</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="196"/>
        <source>an array-element disclosure is referenced from an object</source>
        <translation>eine Offenlegung für ein Array-Element wird von einem Objekt aus referenziert</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="202"/>
        <source>disclosed claim &quot;%1&quot; already exists</source>
        <translation>die offengelegte Angabe „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="220"/>
        <source>an array element&apos;s &quot;...&quot; is not a digest</source>
        <translation>das „...“ eines Array-Elements ist kein Digest</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="230"/>
        <source>an object-member disclosure is referenced from an array</source>
        <translation>eine Offenlegung für ein Objektmitglied wird von einem Array aus referenziert</translation>
    </message>
</context>
<context>
    <name>SealedRecord</name>
    <message>
        <location filename="../core/store/SealedRecord.cpp" line="102"/>
        <source>a sealed %1 record has a bad field name</source>
        <translation>ein versiegelter %1-Datensatz hat einen fehlerhaften Feldnamen</translation>
    </message>
    <message>
        <location filename="../core/store/SealedRecord.cpp" line="165"/>
        <source>a sealed %1 record (%2) is damaged</source>
        <translation>ein versiegelter %1-Datensatz (%2) ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SealingMigration</name>
    <message>
        <location filename="../core/store/SealingMigration.cpp" line="82"/>
        <source>could not seal the wallet&apos;s records (schema 2): %1; it is unchanged</source>
        <translation>die Datensätze der Wallet konnten nicht versiegelt werden (Schema 2): %1; sie ist unverändert</translation>
    </message>
</context>
<context>
    <name>ServiceSentence</name>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="16"/>
        <source>Stopped waiting for %1. It may still have done it: the records show what it did.</source>
        <translation>Es wird nicht mehr auf %1 gewartet. Der Dienst hat es eventuell trotzdem erledigt: Die Einträge zeigen, was er getan hat.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="20"/>
        <source>%1 could not generate it (verifiableCredentialGenerationFailed): %2.</source>
        <translation>%1 konnte den Nachweis nicht erzeugen (verifiableCredentialGenerationFailed): %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="23"/>
        <source>%1 refused the account&apos;s key (401): %2. Check the account in Wallet ▸ Accounts.</source>
        <translation>%1 hat den Schlüssel des Kontos abgelehnt (401): %2. Prüfen Sie das Konto unter Wallet ▸ Konten.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="27"/>
        <source>%1 does not let this account do that (403): %2.</source>
        <translation>%1 erlaubt diesem Konto diese Aktion nicht (403): %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="29"/>
        <source>%1 does not know it (404): %2.</source>
        <translation>%1 findet es nicht (404): %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="31"/>
        <source>%1 cannot be reached: %2. Is it running?</source>
        <translation>%1 ist nicht erreichbar: %2. Läuft der Dienst?</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="33"/>
        <source>%1 did not answer in time: %2. It may still do it: refresh to see.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2. Möglicherweise wird es noch erledigt: Aktualisieren Sie die Ansicht, um das zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="37"/>
        <source>%1 refused: it is not in a state for that (409): %2.</source>
        <translation>%1 hat abgelehnt: Der aktuelle Zustand lässt das nicht zu (409): %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="39"/>
        <source>%1 refused it as too large (413). Send less.</source>
        <translation>%1 hat es als zu groß abgelehnt (413). Senden Sie weniger.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="41"/>
        <source>%1 failed (HTTP %2): %3. Nothing was done here; try again later.</source>
        <translation>%1 ist fehlgeschlagen (HTTP %2): %3. Hier wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="45"/>
        <source>%1 refused it (HTTP %2): %3.</source>
        <translation>%1 hat es abgelehnt (HTTP %2): %3.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="47"/>
        <source>%1: %2 [%3].</source>
        <translation>%1: %2 [%3].</translation>
    </message>
</context>
<context>
    <name>ServiceThread</name>
    <message>
        <location filename="../core/common/ServiceThread.cpp" line="69"/>
        <source>this needs a running application, and cannot be waited for on the thread that must do it</source>
        <translation>dies erfordert eine laufende Anwendung und kann nicht auf dem Thread abgewartet werden, der es ausführen muss</translation>
    </message>
</context>
<context>
    <name>ShownClaims</name>
    <message>
        <location filename="../core/kiosk/ShownClaims.cpp" line="27"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ShownClaims.cpp" line="27"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>SignerResolver</name>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="48"/>
        <source>the token only carries or points to its own key (jwk/jku/x5c/x5u header), which proves nothing on its own; give a trusted key or use a DID</source>
        <translation>das Token enthält nur seinen eigenen Schlüssel oder verweist darauf (jwk/jku/x5c/x5u-Header), was für sich allein nichts beweist; geben Sie einen vertrauenswürdigen Schlüssel an oder verwenden Sie eine DID</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="51"/>
        <source>the token names no DID (kid or iss) to take the key from, and no key was given</source>
        <translation>das Token nennt keine DID (kid oder iss), aus der der Schlüssel stammen könnte, und es wurde kein Schlüssel angegeben</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="69"/>
        <source>the DID document of %1 has no key &quot;%2&quot;</source>
        <translation>das DID-Dokument von %1 hat keinen Schlüssel „%2“</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="73"/>
        <source>key %1 cannot be used: %2</source>
        <translation>Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="84"/>
        <source>the DID document of %1 has no usable signature key</source>
        <translation>das DID-Dokument von %1 hat keinen verwendbaren Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="13"/>
        <source>the wallet is busy with another writer; try again</source>
        <translation>die Wallet wird gerade von einem anderen Prozess beschrieben; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="16"/>
        <source>the disk is full; nothing was changed</source>
        <translation>der Datenträger ist voll; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="18"/>
        <source>wallet database error: %1</source>
        <translation>Fehler in der Wallet-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqlTransaction.cpp" line="62"/>
        <source>no transaction to commit</source>
        <translation>keine Transaktion zum Abschließen</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="20"/>
        <source>not an SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="27"/>
        <location filename="../core/store/SqliteStatement.cpp" line="37"/>
        <source>wallet database error: %1</source>
        <translation>Fehler in der Wallet-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="95"/>
        <source>a stored value has an unknown type</source>
        <translation>ein gespeicherter Wert hat einen unbekannten Typ</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="120"/>
        <source>the statement returned rows</source>
        <translation>die Anweisung hat Zeilen zurückgegeben</translation>
    </message>
</context>
<context>
    <name>StatusListCheck</name>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="76"/>
        <source>the credential&apos;s credentialStatus lists no entry, so its status cannot be checked</source>
        <translation>das credentialStatus des Nachweises nennt keinen Eintrag, daher kann sein Status nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="86"/>
        <source>the SD-JWT VC&apos;s status is not one object its issuer signed in full: a holder could withhold parts of it</source>
        <translation>der Status des SD-JWT VC ist kein einzelnes, vom Aussteller vollständig signiertes Objekt: ein Inhaber könnte Teile davon zurückhalten</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="106"/>
        <source>more than 8 status entries; refusing the rest</source>
        <translation>mehr als 8 Statuseinträge; die übrigen werden nicht verarbeitet</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="126"/>
        <source>the status names no mechanism vcdesk checks (%1)</source>
        <translation>der Status nennt kein Verfahren, das vcdesk prüft (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="130"/>
        <source>status type &quot;%1&quot; is not one vcdesk checks</source>
        <translation>den Statustyp „%1“ prüft vcdesk nicht</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="134"/>
        <source>the %1 entry lacks a list URL or a valid index</source>
        <translation>dem %1-Eintrag fehlt eine Listen-URL oder ein gültiger Index</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="150"/>
        <source>cannot get a current status list: %1</source>
        <translation>es ist keine aktuelle Statusliste erhältlich: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="158"/>
        <source>the status list is unreadable: %1</source>
        <translation>die Statusliste ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="169"/>
        <source>the status list has expired (%1)</source>
        <translation>die Statusliste ist abgelaufen (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="170"/>
        <source>the status list credential is %1</source>
        <translation>der Nachweis mit der Statusliste hat das Prüfergebnis „%1“</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="176"/>
        <source>the cached status list expired at %1 and no current one could be fetched</source>
        <translation>die zwischengespeicherte Statusliste ist am %1 abgelaufen, und es konnte keine aktuelle abgerufen werden</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="180"/>
        <source>the status list is issued by %1, not by the credential&apos;s issuer</source>
        <translation>die Statusliste wurde von %1 ausgestellt, nicht vom Aussteller des Nachweises</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="186"/>
        <source>the entry&apos;s purpose &quot;%1&quot; differs from the list&apos;s &quot;%2&quot;</source>
        <translation>der Zweck „%1“ des Eintrags weicht von dem der Liste („%2“) ab</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="199"/>
        <source>revoked (index %1 of the list, %2)</source>
        <translation>widerrufen (Index %1 der Liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="200"/>
        <source>suspended (index %1 of the list, %2)</source>
        <translation>ausgesetzt (Index %1 der Liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="203"/>
        <source>status bit set for purpose &quot;%1&quot;</source>
        <translation>Status-Bit für den Zweck „%1“ gesetzt</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="207"/>
        <source>not %1 (index %2, list %3)</source>
        <translation>nicht %1 (Index %2, Liste %3)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="208"/>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="208"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="216"/>
        <source>the status list has no encodedList</source>
        <translation>die Statusliste hat keine encodedList</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="228"/>
        <source>the status list&apos;s encodedList is not base64</source>
        <translation>die encodedList der Statusliste ist kein Base64</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="234"/>
        <source>the status list cannot be decompressed: %1</source>
        <translation>die Statusliste kann nicht dekomprimiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="238"/>
        <source>index %1 lies beyond the list&apos;s %2 entries</source>
        <translation>Index %1 liegt außerhalb der %2 Einträge der Liste</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="33"/>
        <source>unexpected data after the JSON value</source>
        <translation>unerwartete Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="43"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="65"/>
        <source>unknown literal</source>
        <translation>unbekanntes Literal</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="72"/>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="102"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="123"/>
        <source>expected a member name</source>
        <translation>Mitgliedsname erwartet</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="131"/>
        <source>member &quot;%1&quot; appears more than once</source>
        <translation>Mitglied „%1“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="136"/>
        <source>object has more than %1 members</source>
        <translation>das Objekt hat mehr als %1 Mitglieder</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="141"/>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="152"/>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="164"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="186"/>
        <source>array has more than %1 elements</source>
        <translation>das Array hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="192"/>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="204"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="212"/>
        <source>truncated \u escape</source>
        <translation>abgeschnittene \u-Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="219"/>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="246"/>
        <location filename="../core/codec/StrictJsonParser.cpp" line="256"/>
        <location filename="../core/codec/StrictJsonParser.cpp" line="262"/>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="250"/>
        <source>truncated UTF-8 sequence</source>
        <translation>abgeschnittene UTF-8-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="275"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="284"/>
        <source>control character in string</source>
        <translation>Steuerzeichen in Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="296"/>
        <source>unterminated escape</source>
        <translation>nicht abgeschlossene Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="331"/>
        <source>lone low surrogate</source>
        <translation>alleinstehendes Low-Surrogate</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="338"/>
        <location filename="../core/codec/StrictJsonParser.cpp" line="345"/>
        <source>lone high surrogate</source>
        <translation>alleinstehendes High-Surrogate</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="354"/>
        <source>invalid escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="382"/>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="388"/>
        <source>leading zero in number</source>
        <translation>führende Null in Zahl</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="399"/>
        <source>digit expected after &apos;.&apos;</source>
        <translation>Ziffer nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="411"/>
        <source>digit expected in exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="428"/>
        <source>number out of range</source>
        <translation>Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="436"/>
        <source>the number %1 cannot be represented exactly (more precision than a double)</source>
        <translation>die Zahl %1 lässt sich nicht exakt darstellen (höhere Genauigkeit als ein double)</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="12"/>
        <location filename="../core/codec/StrictJson.cpp" line="24"/>
        <source>JSON text of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>JSON-Text mit %1 Bytes ist größer als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="36"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="27"/>
        <source>the token answer is not a JSON object: %1</source>
        <translation>die Token-Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="28"/>
        <source>token answer</source>
        <translation>Token-Antwort</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="37"/>
        <source>the token answer has no usable access_token</source>
        <translation>die Token-Antwort enthält kein verwendbares access_token</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="50"/>
        <source>the token is bound to a DPoP key the wallet never sent</source>
        <translation>das Token ist an einen DPoP-Schlüssel gebunden, den die Wallet nie gesendet hat</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="54"/>
        <source>the token type &quot;%1&quot; is neither Bearer nor DPoP</source>
        <translation>der Token-Typ „%1“ ist weder Bearer noch DPoP</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="59"/>
        <source>token answer: authorization_details</source>
        <translation>Token-Antwort: authorization_details</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="125"/>
        <source>the token request failed: %1</source>
        <translation>die Token-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="136"/>
        <source>the token request</source>
        <translation>die Token-Anfrage</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="139"/>
        <source>the authorization server kept asking for a new DPoP nonce</source>
        <translation>der Autorisierungsserver hat wiederholt eine neue DPoP-Nonce verlangt</translation>
    </message>
</context>
<context>
    <name>TokenStatusListCheck</name>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="90"/>
        <source>the status_list reference needs a non-negative integer &quot;idx&quot; and a &quot;uri&quot;</source>
        <translation>der Verweis status_list braucht eine nicht negative ganze Zahl „idx“ und eine „uri“</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="97"/>
        <source>cannot get a current token status list: %1</source>
        <translation>es ist keine aktuelle Token-Statusliste erhältlich: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="110"/>
        <source>the token status list at %1 is not a compact JWS: %2</source>
        <translation>die Token-Statusliste unter %1 ist kein kompaktes JWS: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="114"/>
        <source>the token status list is typed &quot;%1&quot;, not &quot;statuslist+jwt&quot;</source>
        <translation>die Token-Statusliste hat den Typ „%1“, nicht „statuslist+jwt“</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="120"/>
        <source>the token status list&apos;s claims are unreadable: %1</source>
        <translation>die Angaben der Token-Statusliste sind nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="128"/>
        <source>the token status list is issued by %1, not by the credential&apos;s issuer</source>
        <translation>die Token-Statusliste wurde von %1 ausgestellt, nicht vom Aussteller des Nachweises</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="153"/>
        <source>the token status list is not valid (%1)</source>
        <translation>die Token-Statusliste ist nicht gültig (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="158"/>
        <source>the token status list names itself &quot;%1&quot;, not the %2 the credential points to</source>
        <translation>die Token-Statusliste nennt sich „%1“, nicht %2, worauf der Nachweis verweist</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="162"/>
        <source>the token status list has no &quot;iat&quot;</source>
        <translation>die Token-Statusliste hat kein „iat“</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="166"/>
        <source>the token status list&apos;s &quot;ttl&quot; is not a positive number</source>
        <translation>„ttl“ der Token-Statusliste ist keine positive Zahl</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="180"/>
        <source>the token status list has expired and no current one could be fetched (%1)</source>
        <translation>die Token-Statusliste ist abgelaufen, und keine aktuelle war abrufbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="183"/>
        <source>the token status list outlived its ttl of %1 s and no current one could be fetched (%2)</source>
        <translation>die Token-Statusliste hat ihre ttl von %1 s überschritten, und keine aktuelle war abrufbar (%2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="199"/>
        <source>the token status list has no &quot;status_list&quot; with &quot;bits&quot; and &quot;lst&quot;</source>
        <translation>die Token-Statusliste hat kein „status_list“ mit „bits“ und „lst“</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="220"/>
        <source>valid: not revoked or suspended (index %1, list %2)</source>
        <translation>gültig: weder widerrufen noch ausgesetzt (Index %1, Liste %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="212"/>
        <source>revoked (index %1 of the list, %2)</source>
        <translation>widerrufen (Index %1 der Liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="224"/>
        <source>suspended (index %1 of the list, %2)</source>
        <translation>ausgesetzt (Index %1 der Liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="232"/>
        <source>the list gives index %1 the application-specific status 0x%2, which vcdesk cannot interpret</source>
        <translation>die Liste gibt Index %1 den anwendungsspezifischen Status 0x%2, den vcdesk nicht deuten kann</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="234"/>
        <source>the list gives index %1 the status 0x%2, which no specification defines yet</source>
        <translation>die Liste gibt Index %1 den Status 0x%2, den noch keine Spezifikation festlegt</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="204"/>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="244"/>
        <source>the token status list&apos;s &quot;bits&quot; is %1, not 1, 2, 4 or 8</source>
        <translation>„bits“ der Token-Statusliste ist %1, nicht 1, 2, 4 oder 8</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="189"/>
        <source>the token status list has expired (%1)</source>
        <translation>die Token-Statusliste ist abgelaufen (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="190"/>
        <source>the token status list outlived its ttl of %1 s</source>
        <translation>die Token-Statusliste hat ihre ttl von %1 s überschritten</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="248"/>
        <source>the token status list&apos;s &quot;lst&quot; is not base64url</source>
        <translation>„lst“ der Token-Statusliste ist kein base64url</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="251"/>
        <source>the token status list&apos;s &quot;lst&quot; is not a zlib stream</source>
        <translation>„lst“ der Token-Statusliste ist kein zlib-Datenstrom</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="256"/>
        <source>the token status list cannot be decompressed: %1</source>
        <translation>die Token-Statusliste lässt sich nicht entpacken: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="260"/>
        <source>index %1 lies beyond the list&apos;s %2 entries</source>
        <translation>Index %1 liegt hinter den %2 Einträgen der Liste</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="17"/>
        <source>Manage the issuers you trust.</source>
        <translation>Die Aussteller verwalten, denen Sie vertrauen.</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="19"/>
        <source>The issuer&apos;s name (for add).</source>
        <translation>Der Name des Ausstellers (für add).</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="20"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="21"/>
        <source>The trust list file.</source>
        <translation>Die Datei mit der Vertrauensliste.</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="22"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="23"/>
        <source>Print JSON (for list).</source>
        <translation>JSON ausgeben (für list).</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="25"/>
        <source>add, remove or list</source>
        <translation>add, remove oder list</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="27"/>
        <source>A DID, or a pattern such as did:web:example.com*</source>
        <translation>Eine DID oder ein Muster wie did:web:example.com*</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="37"/>
        <source>usage: vcdesk trust add PATTERN --name NAME | remove PATTERN | list [--json]</source>
        <translation>Aufruf: vcdesk trust add MUSTER --name NAME | remove MUSTER | list [--json]</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="44"/>
        <location filename="../cli/TrustCommand.cpp" line="66"/>
        <location filename="../cli/TrustCommand.cpp" line="75"/>
        <source>vcdesk trust: %1</source>
        <translation>vcdesk trust: %1</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="56"/>
        <source>The trust list is empty (%1).</source>
        <translation>Die Vertrauensliste ist leer (%1).</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="70"/>
        <source>vcdesk trust: %1 is not on the trust list</source>
        <translation>vcdesk trust: %1 steht nicht auf der Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="79"/>
        <source>Trusted %1 as &quot;%2&quot;.</source>
        <translation>%1 unter dem Namen „%2“ als vertrauenswürdig eingetragen.</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="80"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>TrustList</name>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="29"/>
        <source>the trust list %1 does not exist (or is not a file)</source>
        <translation>die Vertrauensliste %1 existiert nicht (oder ist keine Datei)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="41"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="47"/>
        <source>the trust list %1 is damaged; fix or remove it (nothing was changed)</source>
        <translation>die Vertrauensliste %1 ist beschädigt; reparieren oder entfernen Sie sie (es wurde nichts geändert)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="57"/>
        <source>the trust list %1 has a bad entry: %2</source>
        <translation>die Vertrauensliste %1 hat einen fehlerhaften Eintrag: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="74"/>
        <location filename="../core/verify/TrustList.cpp" line="78"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="92"/>
        <source>&quot;%1&quot; is neither a DID nor a DID pattern such as did:web:example.com*</source>
        <translation>„%1“ ist weder eine DID noch ein DID-Muster wie did:web:example.com*</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="100"/>
        <source>&quot;%1&quot; would trust every %2 DID, and anyone can make one; name the issuers, or a domain such as did:web:example.com*</source>
        <translation>„%1“ würde jeder %2-DID vertrauen, und jeder kann eine erzeugen; nennen Sie die Aussteller oder eine Domain wie did:web:example.com*</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="104"/>
        <source>give the issuer a name</source>
        <translation>geben Sie dem Aussteller einen Namen</translation>
    </message>
</context>
<context>
    <name>TrustListImport</name>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="51"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="54"/>
        <source>%1 is larger than a trust list may be (%2 KiB)</source>
        <translation>%1 ist größer, als eine Vertrauensliste sein darf (%2 KiB)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="69"/>
        <source>the file is larger than a trust list may be (%1 KiB)</source>
        <translation>die Datei ist größer, als eine Vertrauensliste sein darf (%1 KiB)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="71"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="80"/>
        <source>the file is not valid JSON: %1</source>
        <translation>die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="85"/>
        <source>the file is not a vcdesk trust list: it must be an object with one member, &quot;issuers&quot;, a list</source>
        <translation>die Datei ist keine vcdesk-Vertrauensliste: Sie muss ein Objekt mit einem einzigen Mitglied „issuers“ sein, das eine Liste enthält</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="90"/>
        <source>the file has %1 entries; a trust list holds at most %2</source>
        <translation>die Datei hat %1 Einträge; eine Vertrauensliste fasst höchstens %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="104"/>
        <source>entry %1 is not an object with the strings &quot;pattern&quot;, &quot;name&quot; and &quot;added&quot; (and nothing else)</source>
        <translation>Eintrag %1 ist kein Objekt mit den Zeichenketten „pattern“, „name“ und „added“ (und sonst nichts)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="116"/>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="119"/>
        <source>entry %1: %2 is listed twice</source>
        <translation>Eintrag %1: %2 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="123"/>
        <source>entry %1 has no name</source>
        <translation>Eintrag %1 hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="126"/>
        <source>entry %1: the name is longer than %2 characters</source>
        <translation>Eintrag %1: Der Name ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="131"/>
        <source>entry %1: the name holds control characters (a line break, a tab or an escape)</source>
        <translation>Eintrag %1: Der Name enthält Steuerzeichen (einen Zeilenumbruch, einen Tabulator oder ein Escape-Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="139"/>
        <source>entry %1: &quot;added&quot; is not a date and time (ISO 8601)</source>
        <translation>Eintrag %1: „added“ ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="164"/>
        <source>with these entries the trust list would hold %1; it holds at most %2</source>
        <translation>mit diesen Einträgen hätte die Vertrauensliste %1 Einträge; sie fasst höchstens %2</translation>
    </message>
</context>
<context>
    <name>ValidationComparison</name>
    <message>
        <location filename="../models/ValidationComparison.cpp" line="28"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparison.cpp" line="28"/>
        <source>not valid</source>
        <translation>nicht gültig</translation>
    </message>
</context>
<context>
    <name>ValidityCheck</name>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="55"/>
        <source>expired at %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="60"/>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="65"/>
        <source>issued in the future (%1)</source>
        <translation>in der Zukunft ausgestellt (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="71"/>
        <source>valid at %1 until %2</source>
        <translation>gültig am %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="72"/>
        <source>valid at %1 with no expiry</source>
        <translation>gültig am %1 ohne Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>ValueExpansion</name>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="35"/>
        <source>@type with @language</source>
        <translation>@type mit @language</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="44"/>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="51"/>
        <source>@type is not an IRI</source>
        <translation>@type ist keine IRI</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="58"/>
        <source>extra entries</source>
        <translation>zusätzliche Einträge</translation>
    </message>
</context>
<context>
    <name>Varint</name>
    <message>
        <location filename="../core/codec/Varint.cpp" line="10"/>
        <source>varint is truncated</source>
        <translation>der Varint ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="13"/>
        <source>varint does not fit in 64 bits</source>
        <translation>der Varint passt nicht in 64 Bit</translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="18"/>
        <source>varint is not minimally encoded</source>
        <translation>der Varint ist nicht minimal kodiert</translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="22"/>
        <source>varint is longer than 10 bytes</source>
        <translation>der Varint ist länger als 10 Bytes</translation>
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
        <location filename="../core/verify/VerdictText.cpp" line="24"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="26"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="42"/>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="44"/>
        <source>At least one check failed: do not rely on it.</source>
        <translation>Mindestens eine Prüfung ist fehlgeschlagen: verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="46"/>
        <source>Something could not be checked, so it is not valid: do not rely on it.</source>
        <translation>Etwas konnte nicht geprüft werden, daher ist es nicht gültig: verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="50"/>
        <source>It has not been checked: do not rely on it until it is.</source>
        <translation>Es wurde nicht geprüft: verlassen Sie sich erst darauf, wenn es geprüft ist.</translation>
    </message>
</context>
<context>
    <name>VerificationLog</name>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="53"/>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>unbekanntes Ergebnis „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="56"/>
        <source>a log entry field is too long</source>
        <translation>ein Feld eines Protokolleintrags ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="147"/>
        <source>log entry</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="161"/>
        <source>log entry %1 is damaged</source>
        <translation>Protokolleintrag %1 ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="179"/>
        <source>the log is kept for 1 to 3650 days</source>
        <translation>das Protokoll wird 1 bis 3650 Tage aufbewahrt</translation>
    </message>
</context>
<context>
    <name>VerifierApiClient</name>
    <message>
        <location filename="../core/api/VerifierApiClient.cpp" line="39"/>
        <source>the verifier&apos;s auth request lacks correlationId or authRequestURI</source>
        <translation>der Autorisierungsanfrage des Prüfers fehlt correlationId oder authRequestURI</translation>
    </message>
    <message>
        <location filename="../core/api/VerifierApiClient.cpp" line="58"/>
        <source>the verifier&apos;s token endpoint gave no usable access_token</source>
        <translation>der Token-Endpunkt des Prüfers hat kein verwendbares access_token geliefert</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <location filename="../core/store/Wallet.cpp" line="73"/>
        <source>the wallet needs a passphrase</source>
        <translation>die Wallet braucht eine Passphrase</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="119"/>
        <source>%1 is not a vcdesk wallet (it has no wallet key)</source>
        <translation>%1 ist keine vcdesk-Wallet (sie hat keinen Wallet-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="134"/>
        <source>no wallet key</source>
        <translation>kein Wallet-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="140"/>
        <source>this wallet must be unlocked once with its passphrase (to seal its records) before the remembered key can open it</source>
        <translation>diese Wallet muss einmal mit ihrer Passphrase entsperrt werden (um ihre Datensätze zu versiegeln), bevor der gespeicherte Schlüssel sie öffnen kann</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="146"/>
        <source>the remembered key does not open this wallet; unlock it with the passphrase</source>
        <translation>der gespeicherte Schlüssel öffnet diese Wallet nicht; entsperren Sie sie mit der Passphrase</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="160"/>
        <source>the wallet must be sealed once (schema %1); open it for writing</source>
        <translation>die Wallet muss einmal versiegelt werden (Schema %1); öffnen Sie sie zum Schreiben</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="194"/>
        <source>the wallet has no identity</source>
        <translation>die Wallet hat keine Identität</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="214"/>
        <source>the new passphrase is empty</source>
        <translation>die neue Passphrase ist leer</translation>
    </message>
</context>
<context>
    <name>WalletBackup</name>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="65"/>
        <source>the backup needs a passphrase</source>
        <translation>die Sicherung braucht eine Passphrase</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="69"/>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="74"/>
        <location filename="../core/store/WalletBackup.cpp" line="149"/>
        <source>cannot write next to %1</source>
        <translation>im Ordner von %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="99"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="108"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="123"/>
        <source>the restored wallet needs a passphrase</source>
        <translation>die wiederhergestellte Wallet braucht eine Passphrase</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="126"/>
        <source>%1 already exists; restore into a new file</source>
        <translation>%1 existiert bereits; stellen Sie die Sicherung in eine neue Datei wieder her</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="130"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="137"/>
        <source>this backup format or version is not supported</source>
        <translation>dieses Sicherungsformat oder diese Version wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="166"/>
        <source>the backup&apos;s manifest is damaged</source>
        <translation>das Manifest der Sicherung ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="176"/>
        <source>the wallet in the backup is damaged</source>
        <translation>die Wallet in der Sicherung ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="181"/>
        <source>the backup&apos;s wallet key does not open its records: %1</source>
        <translation>der Wallet-Schlüssel der Sicherung öffnet ihre Datensätze nicht: %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="193"/>
        <source>the backup&apos;s wallet key does not open its keys</source>
        <translation>der Wallet-Schlüssel der Sicherung öffnet ihre Schlüssel nicht</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="207"/>
        <source>the restored wallet did not close cleanly</source>
        <translation>die wiederhergestellte Wallet wurde nicht sauber geschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="210"/>
        <source>cannot move the restored wallet to %1</source>
        <translation>die wiederhergestellte Wallet kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>WalletCli</name>
    <message>
        <location filename="../cli/WalletCli.cpp" line="77"/>
        <source>The wallet file (default: %1).</source>
        <translation>Die Wallet-Datei (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="77"/>
        <location filename="../cli/WalletCli.cpp" line="80"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="79"/>
        <source>Read the wallet passphrase from FILE (default: standard input).</source>
        <translation>Die Wallet-Passphrase aus DATEI lesen (Standard: Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="81"/>
        <source>The wallet profile (default: the first one).</source>
        <translation>Das Wallet-Profil (Standard: das erste).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="82"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="83"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="85"/>
        <source>How long deriving a key from a new passphrase may take (default 500).</source>
        <translation>Wie lange das Ableiten eines Schlüssels aus einer neuen Passphrase dauern darf (Standard: 500).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="86"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="87"/>
        <source>Unlock with the key the system keychain remembers (see &quot;vcdesk wallet keychain remember&quot;).</source>
        <translation>Mit dem Schlüssel entsperren, den der Systemschlüsselbund gespeichert hat (siehe „vcdesk wallet keychain remember“).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="139"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="144"/>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="148"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="156"/>
        <source>Wallet passphrase: </source>
        <translation>Wallet-Passphrase: </translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="159"/>
        <source>no passphrase: give --passphrase-file FILE or type it on standard input</source>
        <translation>keine Passphrase: Geben Sie --passphrase-file DATEI an oder geben Sie sie über die Standardeingabe ein</translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="87"/>
        <source>usage: vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|keychain|backup|restore [--wallet FILE] [--passphrase-file FILE] [--json] ...
       vcdesk wallet ACTION --help for the options of one action</source>
        <translation>Aufruf: vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|keychain|backup|restore [--wallet DATEI] [--passphrase-file DATEI] [--json] ...
        vcdesk wallet AKTION --help zeigt die Optionen einer Aktion</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="99"/>
        <source>ES256 (default), ES256K or EdDSA.</source>
        <translation>ES256 (Standard), ES256K oder EdDSA.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="99"/>
        <location filename="../cli/WalletCommand.cpp" line="301"/>
        <source>ALG</source>
        <translation>ALG</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="101"/>
        <source>key (default) or jwk.</source>
        <translation>key (Standard) oder jwk.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="102"/>
        <location filename="../cli/WalletCommand.cpp" line="303"/>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="105"/>
        <source>usage: vcdesk wallet create [--wallet FILE] [--profile NAME] [--key-type ES256|ES256K|EdDSA] [--did-method key|jwk]</source>
        <translation>Aufruf: vcdesk wallet create [--wallet DATEI] [--profile NAME] [--key-type ES256|ES256K|EdDSA] [--did-method key|jwk]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="111"/>
        <location filename="../cli/WalletCommand.cpp" line="323"/>
        <source>unknown key type or DID method</source>
        <translation>unbekannter Schlüsseltyp oder unbekannte DID-Methode</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="112"/>
        <source>New wallet passphrase: </source>
        <translation>Neue Wallet-Passphrase: </translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="131"/>
        <source>Created the wallet %1 with the profile &quot;%2&quot;.</source>
        <translation>Wallet %1 mit dem Profil „%2“ angelegt.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="134"/>
        <source>Your DID: %1</source>
        <translation>Ihre DID: %1</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="143"/>
        <source>Only this credential type.</source>
        <translation>Nur dieser Nachweistyp.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="144"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="145"/>
        <source>Only this issuer.</source>
        <translation>Nur dieser Aussteller.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="145"/>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="147"/>
        <source>Text in the title, types, issuer, subject or tags.</source>
        <translation>Text in Titel, Typen, Aussteller, Subjekt oder Schlagwörtern.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="148"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="149"/>
        <source>Only with this tag.</source>
        <translation>Nur mit diesem Schlagwort.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="149"/>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="151"/>
        <source>added (default), issued, expires, title or issuer.</source>
        <translation>added (Standard), issued, expires, title oder issuer.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="152"/>
        <source>KEY</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="153"/>
        <source>Oldest or A first.</source>
        <translation>Aufsteigend: älteste bzw. A zuerst.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="154"/>
        <source>At most N (default 100).</source>
        <translation>Höchstens N (Standard: 100).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="154"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="159"/>
        <source>usage: vcdesk wallet list [--type T] [--issuer DID] [--search TEXT] [--tag TAG] [--sort added|issued|expires|title|issuer] [--asc] [--limit N]</source>
        <translation>Aufruf: vcdesk wallet list [--type T] [--issuer DID] [--search TEXT] [--tag SCHLAGWORT] [--sort added|issued|expires|title|issuer] [--asc] [--limit N]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="170"/>
        <source>unknown sort key or a bad --limit</source>
        <translation>unbekannter Sortierschlüssel oder ungültiges --limit</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="204"/>
        <source>No credentials.</source>
        <translation>Keine Nachweise.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="215"/>
        <source>no expiry</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="222"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="235"/>
        <source>Write to FILE (owner-only) instead of standard output.</source>
        <translation>In DATEI schreiben (nur für den Eigentümer lesbar) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="236"/>
        <location filename="../cli/WalletCommand.cpp" line="429"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="238"/>
        <source>Replace FILE if it exists (never through a link).</source>
        <translation>DATEI ersetzen, falls sie existiert (niemals über einen Link).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="241"/>
        <source>usage: vcdesk wallet export ID [--out FILE [--force]]</source>
        <translation>Aufruf: vcdesk wallet export ID [--out DATEI [--force]]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="248"/>
        <location filename="../cli/WalletCommand.cpp" line="278"/>
        <source>ID is a credential number</source>
        <translation>ID ist eine Nachweisnummer</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="265"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="266"/>
        <source>Wrote credential %1 to %2.</source>
        <translation>Nachweis %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="274"/>
        <source>usage: vcdesk wallet delete ID</source>
        <translation>Aufruf: vcdesk wallet delete ID</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="291"/>
        <source>Deleted credential %1 (%2).</source>
        <translation>Nachweis %1 (%2) gelöscht.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="301"/>
        <source>Make a new key: ES256, ES256K or EdDSA.</source>
        <translation>Einen neuen Schlüssel erzeugen: ES256, ES256K oder EdDSA.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="303"/>
        <source>For --generate: key (default) or jwk.</source>
        <translation>Für --generate: key (Standard) oder jwk.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="306"/>
        <source>Make key ID the profile&apos;s default.</source>
        <translation>Den Schlüssel ID zum Standardschlüssel des Profils machen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="306"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="309"/>
        <source>usage: vcdesk wallet keys [--generate ALG [--did-method key|jwk]] [--set-default ID]</source>
        <translation>Aufruf: vcdesk wallet keys [--generate ALG [--did-method key|jwk]] [--set-default ID]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="331"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="350"/>
        <source>  (default)</source>
        <translation>  (Standard)</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="359"/>
        <source>Add a profile with its own default key.</source>
        <translation>Ein Profil mit eigenem Standardschlüssel hinzufügen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="359"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="361"/>
        <source>usage: vcdesk wallet profiles [--add NAME]</source>
        <translation>Aufruf: vcdesk wallet profiles [--add NAME]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="400"/>
        <source>usage: vcdesk wallet keychain remember|forget</source>
        <translation>Aufruf: vcdesk wallet keychain remember|forget</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="418"/>
        <source>The system keychain now opens this wallet (use --keychain).</source>
        <translation>Der Systemschlüsselbund öffnet jetzt diese Wallet (verwenden Sie --keychain).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="419"/>
        <source>The system keychain no longer holds this wallet&apos;s key.</source>
        <translation>Der Systemschlüsselbund enthält den Schlüssel dieser Wallet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="429"/>
        <source>Read the new passphrase from FILE.</source>
        <translation>Die neue Passphrase aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="432"/>
        <source>usage: vcdesk wallet passphrase --new-passphrase-file FILE</source>
        <translation>Aufruf: vcdesk wallet passphrase --new-passphrase-file DATEI</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="448"/>
        <source>The wallet passphrase was changed.</source>
        <translation>Die Wallet-Passphrase wurde geändert.</translation>
    </message>
</context>
<context>
    <name>WalletDatabase</name>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="40"/>
        <source>%1 already exists; choose another file or remove it first</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei oder entfernen Sie diese zuerst</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="43"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="49"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="54"/>
        <source>there is no wallet at %1; create one with &quot;vcdesk wallet create&quot;</source>
        <translation>unter %1 gibt es keine Wallet; legen Sie eine mit „vcdesk wallet create“ an</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="57"/>
        <location filename="../core/store/WalletDatabase.cpp" line="111"/>
        <location filename="../core/store/WalletDatabase.cpp" line="116"/>
        <location filename="../core/store/WalletDatabase.cpp" line="142"/>
        <source>%1 is not a vcdesk wallet</source>
        <translation>%1 ist keine vcdesk-Wallet</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="66"/>
        <source>%1 has %2 names (hard links); vcdesk opens a wallet only through one name, since a second one would lose or corrupt what is written; remove the other links (or copy the file) first</source>
        <translation>%1 hat %2 Namen (harte Links); vcdesk öffnet eine Wallet nur über einen einzigen Namen, da über einen zweiten Geschriebenes verloren gehen oder beschädigt werden könnte; entfernen Sie zuerst die anderen Links (oder kopieren Sie die Datei)</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="89"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="121"/>
        <source>%1 cannot use write-ahead logging (%2)</source>
        <translation>%1 kann kein Write-Ahead-Logging verwenden (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="124"/>
        <location filename="../core/store/WalletDatabase.cpp" line="145"/>
        <source>this wallet was written by a newer vcdesk (schema %1); update vcdesk to open it</source>
        <translation>diese Wallet wurde von einer neueren vcdesk-Version geschrieben (Schema %1); aktualisieren Sie vcdesk, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="152"/>
        <source>the wallet uses schema %1; open it for writing once to bring it to schema %2</source>
        <translation>die Wallet verwendet Schema %1; öffnen Sie sie einmal zum Schreiben, um sie auf Schema %2 zu bringen</translation>
    </message>
</context>
<context>
    <name>WalletErrors</name>
    <message>
        <location filename="../core/store/WalletErrors.h" line="18"/>
        <source>the wallet is locked; unlock it with its passphrase first</source>
        <translation>die Wallet ist gesperrt; entsperren Sie sie zuerst mit ihrer Passphrase</translation>
    </message>
    <message>
        <location filename="../core/store/WalletErrors.h" line="22"/>
        <source>the wallet is open read-only</source>
        <translation>die Wallet ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/WalletErrors.h" line="27"/>
        <source>there is no %1 %2</source>
        <translation>%1 %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>WalletHost</name>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="27"/>
        <source>no wallet is open</source>
        <translation>es ist keine Wallet geöffnet</translation>
    </message>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="83"/>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="90"/>
        <source>Opening the restored wallet</source>
        <translation>Wiederhergestellte Wallet wird geöffnet</translation>
    </message>
</context>
<context>
    <name>WalletIndex</name>
    <message>
        <location filename="../core/store/WalletIndex.cpp" line="33"/>
        <source>cannot open the wallet&apos;s index: %1</source>
        <translation>der Index der Wallet kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletIndex.cpp" line="96"/>
        <source>the wallet&apos;s %1 record %2 cannot be read: %3</source>
        <translation>der %1-Datensatz %2 der Wallet kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>WalletIntegrity</name>
    <message>
        <location filename="../core/store/WalletIntegrity.cpp" line="119"/>
        <source>the wallet&apos;s records are not the set vcdesk wrote (a record was removed, restored from an older copy or moved): the file was changed outside vcdesk</source>
        <translation>die Datensätze der Wallet entsprechen nicht dem, was vcdesk geschrieben hat (ein Datensatz wurde entfernt, aus einer älteren Kopie wiederhergestellt oder verschoben): Die Datei wurde außerhalb von vcdesk geändert</translation>
    </message>
</context>
<context>
    <name>WalletKeyWrap</name>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="24"/>
        <source>the file has no wallet identity</source>
        <translation>die Datei hat keine Wallet-Identität</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="60"/>
        <source>the passphrase is not right; nothing was changed</source>
        <translation>die Passphrase ist falsch; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="63"/>
        <source>the wrapped wallet key is damaged</source>
        <translation>der verpackte Wallet-Schlüssel ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="92"/>
        <source>the file has no wallet key; it is not a vcdesk wallet or is damaged</source>
        <translation>die Datei hat keinen Wallet-Schlüssel; sie ist keine vcdesk-Wallet oder beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="98"/>
        <source>the wallet&apos;s KDF parameters are damaged</source>
        <translation>die KDF-Parameter der Wallet sind beschädigt</translation>
    </message>
</context>
<context>
    <name>WalletKeychain</name>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="76"/>
        <source>the system keychain did not answer</source>
        <translation>der Systemschlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="37"/>
        <source>the keychain does not hold this wallet&apos;s key</source>
        <translation>der Schlüsselbund enthält den Schlüssel dieser Wallet nicht</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="41"/>
        <source>the keychain refused access: %1</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="45"/>
        <source>this system has no keychain service vcdesk can use</source>
        <translation>dieses System hat keinen Schlüsselbunddienst, den vcdesk nutzen kann</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="48"/>
        <source>the system keychain failed: %1</source>
        <translation>der Systemschlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="124"/>
        <source>the keychain entry for this wallet is not a wallet key</source>
        <translation>der Schlüsselbundeintrag für diese Wallet ist kein Wallet-Schlüssel</translation>
    </message>
</context>
<context>
    <name>WalletTransaction</name>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="86"/>
        <source>no transaction to commit</source>
        <translation>keine Transaktion zum Abschließen</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="103"/>
        <source>the change was saved but the wallet&apos;s view of it failed (%1); lock and unlock the wallet</source>
        <translation>die Änderung wurde gespeichert, aber die Wallet konnte ihre Ansicht nicht aktualisieren (%1); sperren und entsperren Sie die Wallet</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="135"/>
        <source>unknown table %1</source>
        <translation>unbekannte Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="163"/>
        <source>the wallet&apos;s %1 record %2 was written by another session; lock and unlock the wallet</source>
        <translation>der %1-Datensatz %2 der Wallet wurde von einer anderen Sitzung geschrieben; sperren und entsperren Sie die Wallet</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="179"/>
        <source>the %1 record %2 is missing its row</source>
        <translation>dem %1-Datensatz %2 fehlt seine Tabellenzeile</translation>
    </message>
</context>
<context>
    <name>WalletTransferCommand</name>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="23"/>
        <source>Verify without the network (cached status lists).</source>
        <translation>Ohne Netzwerk prüfen (Statuslisten aus dem Cache).</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="24"/>
        <source>Tag the imported credentials.</source>
        <translation>Die importierten Nachweise mit einem Schlagwort versehen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="25"/>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="27"/>
        <source>Allow http:// to this machine (development).</source>
        <translation>http:// zu diesem Computer erlauben (Entwicklung).</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="30"/>
        <source>usage: vcdesk wallet import CREDENTIAL_FILE... [--offline] [--tag TAG]</source>
        <translation>Aufruf: vcdesk wallet import NACHWEISDATEI... [--offline] [--tag SCHLAGWORT]</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="53"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="60"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="86"/>
        <source>Added %1: %2 from %3 (%4)</source>
        <translation>%1 hinzugefügt: %2 von %3 (%4)</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="95"/>
        <source>Already in the wallet as %1; skipped.</source>
        <translation>Bereits als %1 in der Wallet; übersprungen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="103"/>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="104"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="106"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="133"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="135"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="106"/>
        <source>Read the backup&apos;s own passphrase from FILE.</source>
        <translation>Die eigene Passphrase der Sicherung aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="109"/>
        <source>usage: vcdesk wallet backup --out FILE --backup-passphrase-file FILE</source>
        <translation>Aufruf: vcdesk wallet backup --out DATEI --backup-passphrase-file DATEI</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="111"/>
        <source>--out and --backup-passphrase-file are required</source>
        <translation>--out und --backup-passphrase-file sind erforderlich</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="124"/>
        <source>Wrote the backup %1. Keep its passphrase apart from it.</source>
        <translation>Sicherung %1 geschrieben. Bewahren Sie ihre Passphrase getrennt davon auf.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="133"/>
        <source>The backup file to read.</source>
        <translation>Die zu lesende Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="135"/>
        <source>Read the backup&apos;s passphrase from FILE.</source>
        <translation>Die Passphrase der Sicherung aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="138"/>
        <source>usage: vcdesk wallet restore --in FILE --backup-passphrase-file FILE [--wallet NEW_FILE]</source>
        <translation>Aufruf: vcdesk wallet restore --in DATEI --backup-passphrase-file DATEI [--wallet NEUE_DATEI]</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="141"/>
        <source>--in and --backup-passphrase-file are required</source>
        <translation>--in und --backup-passphrase-file sind erforderlich</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="145"/>
        <source>New wallet passphrase: </source>
        <translation>Neue Wallet-Passphrase: </translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="155"/>
        <source>Restored the wallet into %1.</source>
        <translation>Die Wallet wurde in %1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>WebDidResolver</name>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="20"/>
        <source>did:web has an invalid host</source>
        <translation>did:web hat einen ungültigen Host</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="26"/>
        <source>did:web has an invalid path</source>
        <translation>did:web hat einen ungültigen Pfad</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="34"/>
        <source>did:web does not name a valid host</source>
        <translation>did:web nennt keinen gültigen Host</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="41"/>
        <source>not a did:web</source>
        <translation>keine did:web</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="52"/>
        <source>could not fetch the did:web document: %1</source>
        <translation>das did:web-Dokument konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="59"/>
        <source>the did:web document is not valid JSON: %1</source>
        <translation>das did:web-Dokument ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="74"/>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="110"/>
        <source>the file changed while it was being opened</source>
        <translation>die Datei hat sich beim Öffnen geändert</translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="121"/>
        <source>the wallet %1 is open for writing in another vcdesk process; close it there first</source>
        <translation>die Wallet %1 ist in einem anderen vcdesk-Prozess zum Schreiben geöffnet; schließen Sie sie dort zuerst</translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="117"/>
        <source>the wallet %1 is open for writing in another vcdesk process (pid %2); close it there first</source>
        <translation>die Wallet %1 ist in einem anderen vcdesk-Prozess (PID %2) zum Schreiben geöffnet; schließen Sie sie dort zuerst</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="137"/>
        <source>vcdesk kiosk: %1</source>
        <translation>vcdesk kiosk: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="170"/>
        <source>vcdesk: this build has no window (built without the GUI); see vcdesk --help for its commands</source>
        <translation>vcdesk: Dieser Build hat keine Oberfläche (ohne GUI erstellt); die verfügbaren Befehle zeigt vcdesk --help</translation>
    </message>
</context>
<context>
    <name>vcdesk-agent</name>
    <message>
        <location filename="../app/AgentMain.cpp" line="31"/>
        <source>The local issuer, verifier and wallet service of vcdesk.</source>
        <translation>Der lokale Aussteller-, Prüfer- und Wallet-Dienst von vcdesk.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="36"/>
        <source>Address to listen on: 127.0.0.1, ::1 or localhost.</source>
        <translation>Adresse, an der auf Verbindungen gewartet wird: 127.0.0.1, ::1 oder localhost.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="41"/>
        <source>Port (0: any free port).</source>
        <translation>Port (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="45"/>
        <source>The agent&apos;s data folder.</source>
        <translation>Der Datenordner des Agenten.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="51"/>
        <source>For define: a credential type it accepts.</source>
        <translation>Für define: ein Nachweistyp, den er akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="55"/>
        <source>For define: a claim it asks for.</source>
        <translation>Für define: eine Angabe, die er anfordert.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="59"/>
        <source>Development: let the agent&apos;s verifiers fetch DIDs (did:web) and status lists over plain http from this computer.</source>
        <translation>Entwicklung: den Prüfern des Agenten erlauben, DIDs (did:web) und Statuslisten über unverschlüsseltes http von diesem Computer abzurufen.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="64"/>
        <source>For define: an issuer DID (or pattern ending in *) it accepts; none: the trust list decides.</source>
        <translation>Für define: eine Aussteller-DID (oder ein Muster, das auf * endet), die er akzeptiert; ohne Angabe entscheidet die Vertrauensliste.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="70"/>
        <source>For define: ask with a DCQL query instead of a Presentation Exchange definition.</source>
        <translation>Für define: mit einer DCQL-Abfrage statt einer Presentation-Exchange-Definition anfragen.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="75"/>
        <source>The issuers the verifier trusts where a definition names none (default: trust-list.json in the data folder).</source>
        <translation>Die Aussteller, denen der Prüfer vertraut, wenn eine Definition keine nennt (Standard: trust-list.json im Datenordner).</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="81"/>
        <source>Sandbox: issue every accepted offer at once, without the issuer&apos;s issue call.</source>
        <translation>Sandbox: jedes angenommene Angebot sofort ausstellen, ohne den Ausstellungsaufruf des Ausstellers.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="88"/>
        <source>Nothing to serve, or: revoke RECORD_ID | define ID | definitions</source>
        <translation>Leer lassen, um die Dienste bereitzustellen, oder: revoke DATENSATZ_ID | define ID | definitions</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="108"/>
        <source>Revoked the credential of %1.</source>
        <translation>Der Nachweis von %1 wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>vcdesk::AccountActions</name>
    <message>
        <location filename="../models/AccountActions.cpp" line="65"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
</context>
<context>
    <name>vcdesk::AccountListModel</name>
    <message>
        <location filename="../models/AccountListModel.cpp" line="22"/>
        <source>Issuer agent</source>
        <translation>Aussteller-Agent</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="24"/>
        <source>Verifier</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="26"/>
        <source>Hosted wallet</source>
        <translation>Gehostete Wallet</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="28"/>
        <source>Generation service</source>
        <translation>Generierungsdienst</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="65"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="67"/>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 unter %3</translation>
    </message>
</context>
<context>
    <name>vcdesk::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="38"/>
        <location filename="../ui/AccountsPage.cpp" line="69"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>The services your wallet talks to, each with its kind and address. Choose one to test or remove it.</source>
        <translation>Die Dienste, mit denen Ihre Wallet kommuniziert, jeweils mit Art und Adresse. Wählen Sie einen aus, um ihn zu testen oder zu entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="45"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="47"/>
        <source>Test the connection of the chosen account</source>
        <translation>Verbindung des gewählten Kontos testen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="48"/>
        <source>Your wallet asks the service something that changes nothing, with this account&apos;s key or token, and shows beside the button whether it answered.</source>
        <translation>Ihre Wallet stellt dem Dienst mit dem Schlüssel oder Token dieses Kontos eine Anfrage, die nichts verändert, und zeigt neben der Schaltfläche an, ob er geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="51"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="53"/>
        <source>Remove the chosen account</source>
        <translation>Gewähltes Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="54"/>
        <source>After you confirm, your wallet forgets the account, its key or token and the offers it brought; credentials already received stay.</source>
        <translation>Nach Ihrer Bestätigung vergisst Ihre Wallet das Konto, seinen Schlüssel oder sein Token und die Angebote, die darüber eingegangen sind; bereits erhaltene Nachweise bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="58"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Kehrt zur Liste der Nachweise in Ihrer Wallet zurück.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="71"/>
        <source>The issuer agents, verifiers, hosted wallets and generation services this wallet talks to. Their keys and tokens are sealed in the wallet.</source>
        <translation>Die Aussteller-Agenten, Prüfer, gehosteten Wallets und Generierungsdienste, mit denen diese Wallet kommuniziert. Ihre Schlüssel und Tokens sind verschlüsselt in der Wallet abgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="88"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="97"/>
        <source>Not ok: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="104"/>
        <source>Remove the account?</source>
        <translation>Konto entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="105"/>
        <source>Remove “%1”? Its key goes with it, and so do the offers it brought; credentials already received stay.</source>
        <translation>„%1“ entfernen? Der zugehörige Schlüssel wird ebenfalls entfernt, ebenso die Angebote, die über dieses Konto kamen; bereits erhaltene Nachweise bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="108"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="116"/>
        <source>Added “%1”. Test it to see that it answers.</source>
        <translation>„%1“ wurde hinzugefügt. Testen Sie das Konto, um zu sehen, ob der Dienst antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="127"/>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="130"/>
        <source>Kind of service</source>
        <translation>Art des Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="131"/>
        <source>What the service is: an issuer agent, a verifier, a hosted wallet or a generation service. The pages that work with that kind of service offer the account.</source>
        <translation>Die Art des Dienstes: Aussteller-Agent, Prüfer, gehostete Wallet oder Generierungsdienst. Das Konto wird auf den Seiten angeboten, die mit dieser Art von Dienst arbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="138"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="139"/>
        <source>e.g. City library</source>
        <translation>z. B. Stadtbibliothek</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="142"/>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="146"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="147"/>
        <source>e.g. holder, Verifier_User (optional)</source>
        <translation>z. B. holder, Verifier_User (optional)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="150"/>
        <source>How it signs in</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="151"/>
        <source>How the service expects your wallet to sign in: with an API key, a bearer token or nothing. With nothing, the secret field is turned off.</source>
        <translation>Wie sich Ihre Wallet beim Dienst anmelden soll: mit einem API-Schlüssel, einem Bearer-Token oder ohne Anmeldung. Bei „Ohne“ ist das Feld für die Zugangsdaten deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="154"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="155"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="156"/>
        <source>Nothing</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>API key or token</source>
        <translation>API-Schlüssel oder Token</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="160"/>
        <source>Paste the key or token the service gave you; it stays hidden. Your wallet keeps it sealed, and the field forgets it once you add the account.</source>
        <translation>Fügen Sie den Schlüssel oder das Token ein, das Sie vom Dienst erhalten haben; die Eingabe bleibt verborgen. Ihre Wallet speichert die Zugangsdaten verschlüsselt, und das Feld wird geleert, sobald Sie das Konto hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="166"/>
        <source>&amp;Add account</source>
        <translation>&amp;Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="168"/>
        <source>Add the account</source>
        <translation>Das Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="169"/>
        <source>Your wallet keeps the account with its key or token sealed; if something is missing, the form says what. Test the account afterwards to see that the service answers.</source>
        <translation>Ihre Wallet speichert das Konto mit verschlüsseltem Schlüssel bzw. Token; fehlt etwas, nennt das Formular, was. Testen Sie das Konto anschließend, um zu sehen, ob der Dienst antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="174"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="175"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="176"/>
        <source>A&amp;ddress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="177"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Signs in &amp;with:</source>
        <translation>Anmeldung &amp;mit:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="201"/>
        <source>Give the service&apos;s address.</source>
        <translation>Geben Sie die Adresse des Dienstes an.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="207"/>
        <source>Give its API key or token, or choose “Nothing”.</source>
        <translation>Geben Sie den API-Schlüssel oder das Token an, oder wählen Sie „Ohne“.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
</context>
<context>
    <name>vcdesk::AddCredentialPage</name>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="37"/>
        <source>Add a credential</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="40"/>
        <source>Credential to add</source>
        <translation>Hinzuzufügender Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="41"/>
        <source>Paste a credential here, drop a file on this page, or open one. It is checked before anything is stored.</source>
        <translation>Fügen Sie hier einen Nachweis ein, ziehen Sie eine Datei auf diese Seite oder öffnen Sie eine. Er wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="46"/>
        <source>Paste a credential&apos;s text, or an issuer-agent record that holds credentials. It is checked when you pause typing, and its report shows below.</source>
        <translation>Fügen Sie den Text eines Nachweises ein oder einen Datensatz eines Aussteller-Agenten, der Nachweise enthält. Er wird geprüft, sobald Sie beim Tippen innehalten, und der Bericht erscheint unten.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="48"/>
        <source>&amp;Open file…</source>
        <translation>D&amp;atei öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="50"/>
        <source>Open a credential file</source>
        <translation>Nachweisdatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="51"/>
        <source>Choose a credential file of up to 4 MiB, such as a JWT, SD-JWT or JSON file; it is checked at once and its report shows below.</source>
        <translation>Wählen Sie eine Nachweisdatei mit bis zu 4 MiB, etwa eine JWT-, SD-JWT- oder JSON-Datei; sie wird sofort geprüft, und der Bericht erscheint unten.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="60"/>
        <source>Credentials found</source>
        <translation>Gefundene Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="63"/>
        <source>The input held more than one credential; each is listed with the result of its checks. Choose one to see its report below.</source>
        <translation>Die Eingabe enthielt mehr als einen Nachweis; jeder ist mit dem Ergebnis seiner Prüfungen aufgeführt. Wählen Sie einen aus, um unten seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="66"/>
        <location filename="../ui/AddCredentialPage.cpp" line="196"/>
        <source>&amp;Add to wallet</source>
        <translation>&amp;Zur Wallet hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="68"/>
        <source>Add what was checked to the wallet</source>
        <translation>Das Geprüfte zur Wallet hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="70"/>
        <source>Stores in your wallet every credential found, with the result of its checks; one your wallet already holds is not added twice.</source>
        <translation>Speichert jeden gefundenen Nachweis mit dem Ergebnis seiner Prüfungen in Ihrer Wallet; ein Nachweis, den Ihre Wallet bereits enthält, wird nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="72"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="75"/>
        <source>Clears what you pasted or opened and goes back to your credentials; nothing is added to your wallet.</source>
        <translation>Verwirft, was Sie eingefügt oder geöffnet haben, und kehrt zu Ihren Nachweisen zurück; Ihrer Wallet wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="105"/>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="116"/>
        <source>Adding to the wallet…</source>
        <translation>Wird zur Wallet hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="130"/>
        <source>Nothing was added: %1</source>
        <translation>Es wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="155"/>
        <source>Open a credential</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="156"/>
        <source>Credentials (*.jwt *.json *.txt *.sd-jwt);;All files (*)</source>
        <translation>Nachweise (*.jwt *.json *.txt *.sd-jwt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="165"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="171"/>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="181"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="182"/>
        <source>Checking the credential…</source>
        <translation>Nachweis wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="191"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="195"/>
        <source>&amp;Add %1 to wallet</source>
        <translation>%1 z&amp;ur Wallet hinzufügen</translation>
    </message>
</context>
<context>
    <name>vcdesk::AllowedContextsBox</name>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="20"/>
        <source>JSON-LD contexts</source>
        <translation>JSON-LD-Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="26"/>
        <source>A JSON-LD credential says what its claims mean through contexts. vcdesk carries the W3C ones; a credential that needs another is &quot;cannot be verified&quot; until you allow it here. An allowed context is fetched once and then kept as it was; add #sha256= and its hash to the address to accept only that exact document.</source>
        <translation>Ein JSON-LD-Nachweis legt über Kontexte fest, was seine Angaben bedeuten. vcdesk bringt die Kontexte des W3C mit; ein Nachweis, der einen anderen braucht, gilt als „nicht prüfbar“, bis Sie diesen hier zulassen. Ein zugelassener Kontext wird einmal abgerufen und dann unverändert aufbewahrt; hängen Sie #sha256= und seinen Hash an die Adresse an, um nur genau dieses Dokument zu akzeptieren.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="33"/>
        <source>Allowed JSON-LD contexts</source>
        <translation>Zugelassene JSON-LD-Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="35"/>
        <source>The contexts you allowed beyond the ones vcdesk carries, each with the SHA-256 it must have or a note that the first copy fetched is kept. Choose one to stop allowing it.</source>
        <translation>Die Kontexte, die Sie zusätzlich zu den in vcdesk enthaltenen zugelassen haben, jeweils mit dem SHA-256-Wert, den sie haben müssen, oder dem Hinweis, dass die zuerst abgerufene Kopie beibehalten wird. Wählen Sie einen aus, um ihn nicht mehr zuzulassen.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="55"/>
        <source>Address of a context to allow, optionally #sha256= and its hash</source>
        <translation>Adresse eines zuzulassenden Kontexts, optional mit #sha256= und seinem Hash</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="56"/>
        <source>https://example.org/credentials/v1</source>
        <translation>https://example.org/credentials/v1</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="58"/>
        <source>A&amp;llow</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="60"/>
        <source>Allow the context at this address</source>
        <translation>Kontext unter dieser Adresse zulassen</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="61"/>
        <source>Adds the http(s) address you typed to the list, so credentials that use this context can be checked. With #sha256= and its 64 hex digits, only that exact document is accepted.</source>
        <translation>Fügt die eingegebene http(s)-Adresse der Liste hinzu, damit Nachweise, die diesen Kontext verwenden, geprüft werden können. Mit #sha256= und den 64 Hexadezimalziffern wird nur genau dieses Dokument akzeptiert.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="64"/>
        <source>Re&amp;move…</source>
        <translation>Entfe&amp;rnen …</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="66"/>
        <source>Stop allowing the selected context</source>
        <translation>Gewählten Kontext nicht mehr zulassen</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="67"/>
        <source>After you confirm, the chosen context is taken off the list; credentials that need it will say they cannot be verified.</source>
        <translation>Nach Ihrer Bestätigung wird der gewählte Kontext von der Liste genommen; Nachweise, die ihn brauchen, gelten dann als nicht prüfbar.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="87"/>
        <source>Allowing the context…</source>
        <translation>Kontext wird zugelassen …</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="98"/>
        <source>Stop allowing a context</source>
        <translation>Kontext nicht mehr zulassen</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="99"/>
        <source>Stop allowing %1? Credentials that need it will say they cannot be verified.</source>
        <translation>%1 nicht mehr zulassen? Nachweise, die diesen Kontext brauchen, gelten dann als nicht prüfbar.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="101"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="101"/>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="105"/>
        <source>Allowed %1.</source>
        <translation>%1 zugelassen.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="108"/>
        <source>%1 is no longer allowed.</source>
        <translation>%1 ist nicht mehr zugelassen.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="112"/>
        <source>No context is allowed beyond the ones vcdesk carries.</source>
        <translation>Außer den Kontexten, die vcdesk mitbringt, ist kein Kontext zugelassen.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="155"/>
        <source>Reading the allowed contexts…</source>
        <translation>Zugelassene Kontexte werden gelesen …</translation>
    </message>
</context>
<context>
    <name>vcdesk::AllowedContextsModel</name>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="32"/>
        <source>the first copy fetched is kept</source>
        <translation>die zuerst abgerufene Kopie wird behalten</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="45"/>
        <source>Context address</source>
        <translation>Kontextadresse</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="45"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="65"/>
        <source>The allowed contexts cannot be read: %1</source>
        <translation>Die zugelassenen Kontexte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="95"/>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="115"/>
        <source>at most %1 contexts can be allowed</source>
        <translation>es können höchstens %1 Kontexte zugelassen werden</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="128"/>
        <source>%1 is no longer allowed</source>
        <translation>%1 ist nicht mehr zugelassen</translation>
    </message>
</context>
<context>
    <name>vcdesk::AuthStatusPoller</name>
    <message>
        <location filename="../core/api/AuthStatusPoller.cpp" line="54"/>
        <source>no answer from the holder within %1 s</source>
        <translation>keine Antwort vom Inhaber innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/api/AuthStatusPoller.cpp" line="114"/>
        <source>the verifier reports an error</source>
        <translation>der Prüfer meldet einen Fehler</translation>
    </message>
</context>
<context>
    <name>vcdesk::BatchInspection</name>
    <message>
        <location filename="../models/BatchInspection.cpp" line="24"/>
        <source>it is not a file that can be read</source>
        <translation>keine lesbare Datei</translation>
    </message>
    <message>
        <location filename="../models/BatchInspection.cpp" line="28"/>
        <source>cannot open it: %1</source>
        <translation>lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../models/BatchInspection.cpp" line="33"/>
        <source>it is larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/BatchInspection.cpp" line="158"/>
        <source>the batch has not finished: export it when it has</source>
        <translation>der Stapel ist noch nicht abgeschlossen: exportieren Sie ihn, sobald er fertig ist</translation>
    </message>
</context>
<context>
    <name>vcdesk::BatchInspectionView</name>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="30"/>
        <source>Batch progress</source>
        <translation>Fortschritt des Stapels</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="35"/>
        <source>Batch counts</source>
        <translation>Zwischenstand des Stapels</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="37"/>
        <source>Cancel the batch</source>
        <translation>Stapel abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="39"/>
        <source>Stops before the next group of files; the results so far stay in the table and the counts.</source>
        <translation>Hält vor der nächsten Gruppe von Dateien an; die bisherigen Ergebnisse bleiben in der Tabelle und im Zwischenstand erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="45"/>
        <source>Results, one row per file</source>
        <translation>Ergebnisse, eine Zeile pro Datei</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="47"/>
        <source>Each row gives the verdict, the file, the issuer, the types and why it is not valid. Click a header to sort; press Enter on a row to open that file on the Token tab.</source>
        <translation>Jede Zeile nennt Befund, Datei, Aussteller, Typen und, falls die Datei nicht gültig ist, den Grund dafür. Klicken Sie auf eine Spaltenüberschrift, um zu sortieren; drücken Sie auf einer Zeile die Eingabetaste, um diese Datei im Tab „Token“ zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="82"/>
        <source>Nothing was inspected: %1</source>
        <translation>Es wurde nichts untersucht: %1</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="87"/>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="102"/>
        <source>%1 of %2 inspected: %3 valid, %4 not valid, %5 cannot be verified, %6 unreadable</source>
        <translation>%1 von %2 untersucht: %3 gültig, %4 nicht gültig, %5 nicht prüfbar, %6 nicht lesbar</translation>
    </message>
</context>
<context>
    <name>vcdesk::BatchResultModel</name>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="45"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="95"/>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="97"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="99"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="101"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="103"/>
        <source>Why not valid</source>
        <translation>Warum nicht gültig</translation>
    </message>
</context>
<context>
    <name>vcdesk::BusyIndicator</name>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="26"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="29"/>
        <source>Cancel what is running</source>
        <translation>Laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="30"/>
        <source>Asks the work named beside it to stop. Steps it has already finished may have taken effect.</source>
        <translation>Fordert den daneben genannten Vorgang auf, anzuhalten. Bereits abgeschlossene Schritte sind möglicherweise schon wirksam geworden.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CameraScanner</name>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="35"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="37"/>
        <source>The picture switches to the camera you choose. The list follows cameras as they are plugged in or out.</source>
        <translation>Das Bild wechselt zur gewählten Kamera. Die Liste wird aktualisiert, sobald Kameras angeschlossen oder getrennt werden.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="42"/>
        <source>Stop the camera</source>
        <translation>Kamera ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="44"/>
        <source>Turns the camera off without reading a QR code and takes you back to the other ways of giving the verifier&apos;s request.</source>
        <translation>Schaltet die Kamera aus, ohne einen QR-Code zu lesen, und führt Sie zurück zu den anderen Möglichkeiten, die Anfrage des Prüfers anzugeben.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="65"/>
        <source>QR code read.</source>
        <translation>QR-Code gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="69"/>
        <source>The camera sends no picture. Another program may be using it: close that program, choose another camera, or use a picture, the screen or the link instead.</source>
        <translation>Die Kamera liefert kein Bild. Möglicherweise wird sie von einem anderen Programm verwendet: Schließen Sie dieses Programm, wählen Sie eine andere Kamera oder verwenden Sie stattdessen ein Bild, den Bildschirm oder den Link.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="75"/>
        <location filename="../ui/CameraScanner.cpp" line="118"/>
        <source>Hold the verifier&apos;s QR code in front of the camera.</source>
        <translation>Halten Sie den QR-Code des Prüfers vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="78"/>
        <source>This QR code is not a presentation request. Hold up the code the verifier shows.</source>
        <translation>Dieser QR-Code enthält keine Anfrage eines Prüfers. Halten Sie den Code vor die Kamera, den der Prüfer anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="100"/>
        <location filename="../ui/CameraScanner.cpp" line="144"/>
        <source>No camera was found. Use a picture, the screen or the link instead.</source>
        <translation>Es wurde keine Kamera gefunden. Verwenden Sie stattdessen ein Bild, den Bildschirm oder den Link.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="108"/>
        <source>What the camera sees</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="150"/>
        <source>The camera cannot be used: %1. Use a picture, the screen or the link instead.</source>
        <translation>Die Kamera kann nicht verwendet werden: %1. Verwenden Sie stattdessen ein Bild, den Bildschirm oder den Link.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CanonicalFormView</name>
    <message numerus="yes">
        <location filename="../ui/CanonicalFormView.cpp" line="52"/>
        <source>
… %n more characters not shown</source>
        <translation>
            <numerusform>
… %n weiteres Zeichen nicht angezeigt</numerusform>
            <numerusform>
… %n weitere Zeichen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="77"/>
        <source>JSON-LD contexts used</source>
        <translation>Verwendete JSON-LD-Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="79"/>
        <source>One row per context the credential refers to, and where vcdesk took it from, such as carried by vcdesk or fetched now.</source>
        <translation>Eine Zeile pro Kontext, auf den sich der Nachweis bezieht, mit der Angabe, woher vcdesk ihn hat, etwa „in vcdesk enthalten“ oder „soeben abgerufen“.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="81"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="81"/>
        <source>Came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="91"/>
        <source>&amp;Contexts</source>
        <translation>&amp;Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="94"/>
        <source>Canonical document</source>
        <translation>Kanonisches Dokument</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="96"/>
        <source>The credential in the exact form its proof signs, as canonical N-Quads or JSON. Read-only; you can select and copy it.</source>
        <translation>Der Nachweis in genau der Form, die sein Signaturnachweis signiert, als kanonische N-Quads oder kanonisches JSON. Schreibgeschützt; Sie können den Text markieren und kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="98"/>
        <source>&amp;Document, as signed</source>
        <translation>Dokument, wie &amp;signiert</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="101"/>
        <source>Canonical proof options</source>
        <translation>Kanonische Optionen des Signaturnachweises</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="103"/>
        <source>The proof&apos;s own settings, such as its type, date and key, in the form the signature also covers. Read-only; you can select and copy it.</source>
        <translation>Die Optionen des Signaturnachweises selbst, etwa Typ, Datum und Schlüssel, in der Form, die ebenfalls von der Signatur erfasst wird. Schreibgeschützt; Sie können den Text markieren und kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="105"/>
        <source>&amp;Proof options, as signed</source>
        <translation>&amp;Optionen des Signaturnachweises, wie signiert</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="114"/>
        <source>This credential carries no proof vcdesk verifies, so there is no signed form to show.</source>
        <translation>Dieser Nachweis enthält keinen Signaturnachweis, den vcdesk prüft; daher gibt es keine signierte Form, die angezeigt werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="120"/>
        <source>The %1 signed form could not be made: %2</source>
        <translation>Die signierte Form für %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="123"/>
        <source>What the %1 proof signs: the credential as canonical N-Quads (RDFC-1.0), and the proof options.</source>
        <translation>Was der Signaturnachweis %1 signiert: den Nachweis als kanonische N-Quads (RDFC-1.0) sowie die Optionen des Signaturnachweises.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="126"/>
        <source>What the %1 proof signs: the credential as canonical JSON (JCS), and the proof options.</source>
        <translation>Was der Signaturnachweis %1 signiert: den Nachweis als kanonisches JSON (JCS) sowie die Optionen des Signaturnachweises.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CheckListModel</name>
    <message>
        <location filename="../models/CheckListModel.cpp" line="32"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="34"/>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="38"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="92"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="94"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="96"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>vcdesk::ClaimsEditor</name>
    <message>
        <location filename="../ui/ClaimsEditor.cpp" line="19"/>
        <source>Claims as JSON</source>
        <translation>Angaben als JSON</translation>
    </message>
    <message>
        <location filename="../ui/ClaimsEditor.cpp" line="21"/>
        <source>One JSON object: each member is a claim, e.g. {&quot;claim_type&quot;: &quot;email&quot;}</source>
        <translation>Ein JSON-Objekt: Jedes Feld ist eine Angabe, z. B. {&quot;claim_type&quot;: &quot;email&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/ClaimsEditor.cpp" line="27"/>
        <source>What is wrong with the claims</source>
        <translation>Was an den Angaben nicht stimmt</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConnectionPicker</name>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="15"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="16"/>
        <source>The DIDComm connection between the issuer and the holder</source>
        <translation>Die DIDComm-Verbindung zwischen Aussteller und Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="17"/>
        <source>connection id</source>
        <translation>Verbindungs-ID</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="30"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConsentChoices</name>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="80"/>
        <source>Nothing in your wallet fits “%1”.</source>
        <translation>Nichts in Ihrer Wallet passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="82"/>
        <source>Choose a credential for “%1”.</source>
        <translation>Wählen Sie einen Nachweis für „%1“.</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="86"/>
        <source>Nothing is chosen to share.</source>
        <translation>Es ist nichts zum Teilen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="116"/>
        <source>%1 (the whole credential)</source>
        <translation>%1 (der gesamte Nachweis)</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConsentView</name>
    <message>
        <location filename="../ui/ConsentView.cpp" line="72"/>
        <source>Not searched (unreadable or beyond the limit): %1</source>
        <translation>Nicht durchsucht (nicht lesbar oder über dem Limit): %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="82"/>
        <source>Who asks</source>
        <translation>Wer anfragt</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="87"/>
        <source>%1 (on your trust list)</source>
        <translation>%1 (auf Ihrer Vertrauensliste)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="90"/>
        <source>“%1”, as the verifier calls itself (not on your trust list)</source>
        <translation>„%1“, wie sich der Prüfer selbst nennt (nicht auf Ihrer Vertrauensliste)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="92"/>
        <source>A verifier not on your trust list</source>
        <translation>Ein Prüfer, der nicht auf Ihrer Vertrauensliste steht</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="99"/>
        <source>Identifier: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="103"/>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="104"/>
        <source>Not authenticated: anyone could have made this request. Share only what you would show a stranger.</source>
        <translation>Nicht authentifiziert: Jeder könnte diese Anfrage gestellt haben. Teilen Sie nur, was Sie auch einem Fremden zeigen würden.</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="112"/>
        <location filename="../ui/ConsentView.cpp" line="163"/>
        <source>Why: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="125"/>
        <source>Also share %1: %2 (optional)</source>
        <translation>Auch %1 teilen: %2 (optional)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="131"/>
        <source>Also share %1 (optional)</source>
        <translation>Auch %1 teilen (optional)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="147"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="148"/>
        <source>%1 (optional: share it only if you want to)</source>
        <translation>%1 (optional: nur teilen, wenn Sie möchten)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="154"/>
        <source>Share this part</source>
        <translation>Diesen Teil teilen</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="156"/>
        <source>Share %1</source>
        <translation>%1 teilen</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="166"/>
        <source>Asks for: %1</source>
        <translation>Angefragt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="169"/>
        <source>Nothing in your wallet fits: %1</source>
        <translation>Nichts in Ihrer Wallet passt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="179"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="181"/>
        <source>(not valid: %1)</source>
        <translation>(nicht gültig: %1)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="194"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="199"/>
        <source>Leaves the wallet: nothing but the credential itself</source>
        <translation>Verlässt die Wallet: nur der Nachweis selbst</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="200"/>
        <source>Leaves the wallet:</source>
        <translation>Verlässt die Wallet:</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="202"/>
        <source>This credential cannot hide claims: every claim in it goes to the verifier.</source>
        <translation>Dieser Nachweis kann keine Angaben verbergen: Jede Angabe darin geht an den Prüfer.</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="206"/>
        <source>Always shown with it: %1</source>
        <translation>Wird immer mit übermittelt: %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConsolePage</name>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="33"/>
        <source>Issuer agent</source>
        <translation>Aussteller-Agent</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="34"/>
        <source>Hosted wallet</source>
        <translation>Gehostete Wallet</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="35"/>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="36"/>
        <source>Decision events</source>
        <translation>Entscheidungsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="37"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialAdder</name>
    <message>
        <location filename="../models/CredentialAdder.cpp" line="35"/>
        <source>this is larger than %1 MiB; it is not a credential</source>
        <translation>das ist größer als %1 MiB und damit kein Nachweis</translation>
    </message>
    <message>
        <location filename="../models/CredentialAdder.cpp" line="49"/>
        <source>Checking credential %1 of %2…</source>
        <translation>Nachweis %1 von %2 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../models/CredentialAdder.cpp" line="66"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialCardDelegate</name>
    <message>
        <location filename="../ui/CredentialCardDelegate.cpp" line="83"/>
        <source>About %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <location filename="../ui/CredentialCardDelegate.cpp" line="95"/>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialDetailPage</name>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="54"/>
        <source>← &amp;Credentials</source>
        <translation>← &amp;Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="56"/>
        <source>Back to the credentials</source>
        <translation>Zurück zu den Nachweisen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="58"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Kehrt zur Liste der Nachweise in Ihrer Wallet zurück.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="61"/>
        <source>&amp;Re-check now</source>
        <translation>Jetzt erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="63"/>
        <source>Check the credential again now</source>
        <translation>Nachweis jetzt erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="65"/>
        <source>Verifies the credential again as of now, which may ask the network for the issuer&apos;s DID and status list. The result shows below and in your credential list.</source>
        <translation>Prüft den Nachweis erneut zum jetzigen Zeitpunkt; dabei werden unter Umständen die DID und die Statusliste des Ausstellers aus dem Netz abgerufen. Das Ergebnis erscheint unten und in Ihrer Nachweisliste.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="70"/>
        <source>Export the credential to a file</source>
        <translation>Nachweis in eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="71"/>
        <source>Saves the credential exactly as stored to a file you choose. The file is not protected by your wallet&apos;s passphrase.</source>
        <translation>Schreibt den Nachweis unverändert in eine Datei Ihrer Wahl. Die Datei ist nicht durch die Passphrase Ihrer Wallet geschützt.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="73"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="75"/>
        <source>Delete the credential from the wallet</source>
        <translation>Nachweis aus der Wallet löschen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="76"/>
        <source>Asks first; then your wallet loses the credential for good. Export it first if you may need it again.</source>
        <translation>Fragt zuerst nach; danach ist der Nachweis endgültig aus Ihrer Wallet gelöscht. Exportieren Sie ihn vorher, falls Sie ihn noch einmal brauchen könnten.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="91"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="92"/>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="93"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="94"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="95"/>
        <source>Edit &amp;tags…</source>
        <translation>&amp;Schlagwörter bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="97"/>
        <source>Edit the credential&apos;s tags</source>
        <translation>Schlagwörter des Nachweises bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="98"/>
        <source>Opens a line where you type tags separated by commas, such as work, travel. Enter saves them; Escape cancels.</source>
        <translation>Öffnet eine Zeile, in die Sie Schlagwörter durch Kommas getrennt eingeben, etwa Arbeit, Reisen. Die Eingabetaste speichert sie, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="103"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="112"/>
        <source>The credential as stored</source>
        <translation>Der Nachweis, wie er gespeichert ist</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="113"/>
        <source>The credential&apos;s text exactly as your wallet keeps it, a compact token or JSON. Read-only; you can select and copy it.</source>
        <translation>Der Text des Nachweises genau so, wie Ihre Wallet ihn aufbewahrt, als kompaktes Token oder JSON. Schreibgeschützt; Sie können den Text markieren und kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="116"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="118"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="155"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="198"/>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="207"/>
        <source>This credential cannot be opened: %1</source>
        <translation>Dieser Nachweis kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="212"/>
        <source>Opening the credential…</source>
        <translation>Nachweis wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="220"/>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="223"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="224"/>
        <source>not named</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="225"/>
        <source>from %1 until %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="226"/>
        <location filename="../ui/CredentialDetailPage.cpp" line="229"/>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="227"/>
        <source>no end</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="232"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="233"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="245"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="264"/>
        <source>Export the credential</source>
        <translation>Nachweis exportieren</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="265"/>
        <source>Credentials (*.jwt *.json *.txt);;All files (*)</source>
        <translation>Nachweise (*.jwt *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="274"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="280"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="280"/>
        <source>The credential is in %1.</source>
        <translation>Der Nachweis liegt jetzt in %1.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="283"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="286"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="294"/>
        <source>Delete the credential?</source>
        <translation>Nachweis löschen?</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="295"/>
        <source>Delete &quot;%1&quot; from the wallet? This cannot be undone; export it first if you may need it again.</source>
        <translation>„%1“ aus der Wallet löschen? Das kann nicht rückgängig gemacht werden; exportieren Sie den Nachweis vorher, falls Sie ihn noch einmal brauchen könnten.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="298"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="316"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="323"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialListModel</name>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="85"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="87"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="108"/>
        <location filename="../models/CredentialListModel.cpp" line="149"/>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="121"/>
        <source>No end of validity</source>
        <translation>Unbefristet gültig</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="124"/>
        <source>Ended %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="125"/>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="133"/>
        <source>%1, %2. Issued by %3.</source>
        <translation>%1, %2. Ausgestellt von %3.</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="137"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="139"/>
        <source>About %1.</source>
        <translation>Betrifft %1.</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="151"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="153"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="155"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialTagger</name>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="45"/>
        <source>One of the tags is empty: remove the extra comma.</source>
        <translation>Eines der Schlagwörter ist leer: Entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="47"/>
        <source>A tag has at most %1 characters; “%2” has %3.</source>
        <translation>Ein Schlagwort hat höchstens %1 Zeichen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="52"/>
        <source>A tag cannot hold control or invisible characters (“%1”).</source>
        <translation>Ein Schlagwort darf keine Steuerzeichen oder unsichtbaren Zeichen enthalten („%1“).</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="58"/>
        <source>A credential has at most %1 tags; these are %2.</source>
        <translation>Ein Nachweis hat höchstens %1 Schlagwörter; hier sind es %2.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="77"/>
        <source>The wallet is locked: unlock it to change tags.</source>
        <translation>Die Wallet ist gesperrt: Entsperren Sie sie, um Schlagwörter zu ändern.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="99"/>
        <source>The tags were not saved: %1</source>
        <translation>Die Schlagwörter wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialsPage</name>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="55"/>
        <source>Search by type, issuer, subject or tag</source>
        <translation>Nach Typ, Aussteller, Subjekt oder Schlagwort suchen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="57"/>
        <source>Search credentials</source>
        <translation>Nachweise durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="59"/>
        <source>Show credentials of the type</source>
        <translation>Nachweise dieses Typs anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="59"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="60"/>
        <source>Only the credentials of the type you choose are listed; the first entry lists every type.</source>
        <translation>Es werden nur Nachweise des gewählten Typs aufgeführt; mit dem ersten Eintrag werden alle Typen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="62"/>
        <source>Show credentials issued by</source>
        <translation>Nachweise dieses Ausstellers anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="62"/>
        <source>All issuers</source>
        <translation>Alle Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="63"/>
        <source>Only the credentials of the issuer you choose are listed. An issuer reads as its trust-list name, otherwise as its DID.</source>
        <translation>Es werden nur Nachweise des gewählten Ausstellers aufgeführt. Ein Aussteller erscheint unter seinem Namen aus der Vertrauensliste, andernfalls mit seiner DID.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="65"/>
        <source>Show credentials tagged</source>
        <translation>Nachweise mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="65"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="66"/>
        <source>Only the credentials that carry the tag you choose are listed; the first entry lists them all.</source>
        <translation>Es werden nur Nachweise mit dem gewählten Schlagwort aufgeführt; mit dem ersten Eintrag werden alle angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="70"/>
        <source>Show credentials that are</source>
        <translation>Nachweise mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="72"/>
        <source>Only the credentials whose checks ended as you choose are listed, or only those revoked or suspended.</source>
        <translation>Es werden nur Nachweise aufgeführt, deren Prüfung das gewählte Ergebnis hatte, oder nur widerrufene bzw. ausgesetzte.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="74"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="77"/>
        <source>Revoked or suspended</source>
        <translation>Widerrufen oder ausgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="80"/>
        <source>Sort credentials by</source>
        <translation>Nachweise sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="81"/>
        <source>Orders the list by when each credential was added, by name, by issuer, or by when it expires.</source>
        <translation>Sortiert die Liste nach dem Zeitpunkt des Hinzufügens, nach Name, nach Aussteller oder nach Ablaufdatum.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="83"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="84"/>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="85"/>
        <source>Issuer A–Z</source>
        <translation>Aussteller A–Z</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="86"/>
        <source>Expiring soonest</source>
        <translation>Bald ablaufende zuerst</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="89"/>
        <source>&amp;Add…</source>
        <translation>H&amp;inzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="91"/>
        <source>Add a credential</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="92"/>
        <source>Opens a page where you paste a credential or open its file; it is checked before anything is stored in your wallet.</source>
        <translation>Öffnet eine Seite, auf der Sie einen Nachweis einfügen oder seine Datei öffnen; er wird geprüft, bevor etwas in Ihrer Wallet gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="95"/>
        <source>&amp;Offers…</source>
        <translation>&amp;Angebote …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="97"/>
        <source>Offers from issuers</source>
        <translation>Angebote von Ausstellern</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="98"/>
        <source>Shows what issuers offer you through your accounts, where you can accept or reject each offer.</source>
        <translation>Zeigt, was Aussteller Ihnen über Ihre Konten anbieten; dort können Sie jedes Angebot annehmen oder ablehnen.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="101"/>
        <source>&amp;Present…</source>
        <translation>&amp;Vorzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="103"/>
        <source>Present a credential to a verifier</source>
        <translation>Einem Prüfer einen Nachweis vorzeigen</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="104"/>
        <source>Give vcdesk the verifier&apos;s link or QR code; you see what it asks for and choose what to share before anything leaves your wallet.</source>
        <translation>Geben Sie vcdesk den Link oder QR-Code des Prüfers; Sie sehen, was er anfragt, und wählen aus, was Sie teilen, bevor irgendetwas Ihre Wallet verlässt.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="122"/>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="124"/>
        <source>One card for each credential in your wallet: its title, status, some of its claims, its issuer and until when it is valid. Press Enter on a card to open it.</source>
        <translation>Eine Karte für jeden Nachweis in Ihrer Wallet: Titel, Status, einige seiner Angaben, Aussteller und bis wann er gültig ist. Drücken Sie auf einer Karte die Eingabetaste, um den Nachweis zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CredentialsPage.cpp" line="257"/>
        <source>%n credential(s) match</source>
        <translation>
            <numerusform>%n Nachweis passt</numerusform>
            <numerusform>%n Nachweise passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CredentialsPage.cpp" line="258"/>
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="262"/>
        <source>No credential matches.</source>
        <translation>Kein Nachweis passt.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="263"/>
        <source>Your wallet holds no credentials yet. Add one with “Add…”, or drop a file here.</source>
        <translation>Ihre Wallet enthält noch keine Nachweise. Fügen Sie einen mit „Hinzufügen …“ hinzu oder ziehen Sie eine Datei hierher.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CustodialIssueForm</name>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="26"/>
        <source>The holder&apos;s account</source>
        <translation>Konto des Inhabers</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="29"/>
        <source>Choose the holder&apos;s account at this same issuer agent. Its key goes to the agent with the request, so the agent can accept the credential for the holder.</source>
        <translation>Wählen Sie das Konto des Inhabers bei demselben Aussteller-Agenten. Sein Schlüssel wird mit der Anfrage an den Agenten gesendet, damit dieser den Nachweis für den Inhaber annehmen kann.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="40"/>
        <source>Issuer DID</source>
        <translation>Aussteller-DID</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="41"/>
        <source>Type the did: address the credential is issued under. Choosing a connection fills it in when the agent names it.</source>
        <translation>Geben Sie die did:-Adresse ein, unter der der Nachweis ausgestellt wird. Wenn Sie eine Verbindung wählen, wird sie eingetragen, sofern der Agent sie nennt.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="43"/>
        <source>Holder DID</source>
        <translation>Inhaber-DID</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="44"/>
        <source>Type the holder&apos;s did: address the credential is issued to. Choosing a connection fills it in when the agent names it.</source>
        <translation>Geben Sie die did:-Adresse des Inhabers ein, für den der Nachweis ausgestellt wird. Wenn Sie eine Verbindung wählen, wird sie eingetragen, sofern der Agent sie nennt.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="48"/>
        <source>How long the issued credential stays valid, from one minute up to ten years. The arrow keys change it by an hour.</source>
        <translation>Wie lange der ausgestellte Nachweis gültig bleibt, von einer Minute bis zu zehn Jahren. Mit den Pfeiltasten ändern Sie den Wert jeweils um eine Stunde.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="51"/>
        <source>Reuse the &amp;latest credential of this type instead of issuing another</source>
        <translation>&amp;Letzten Nachweis dieses Typs wiederverwenden, statt einen neuen auszustellen</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="55"/>
        <source>Reuse the latest credential of this type</source>
        <translation>Letzten Nachweis dieses Typs wiederverwenden</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="56"/>
        <source>When the holder already has a credential of this type, the agent gives that one back and issues nothing new.</source>
        <translation>Hat der Inhaber bereits einen Nachweis dieses Typs, gibt der Agent diesen zurück und stellt keinen neuen aus.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="58"/>
        <source>&amp;Issue to the holder</source>
        <translation>An den Inhaber &amp;ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="60"/>
        <source>Issue custodially</source>
        <translation>Treuhänderisch ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="61"/>
        <source>The issuer agent offers the credential and accepts it for the holder in one step, with the keys of both accounts.</source>
        <translation>Der Aussteller-Agent bietet den Nachweis an und nimmt ihn in einem Schritt für den Inhaber an, mit den Schlüsseln beider Konten.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="65"/>
        <source>Holder&apos;s a&amp;ccount:</source>
        <translation>&amp;Konto des Inhabers:</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="66"/>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="67"/>
        <source>Is&amp;suer DID:</source>
        <translation>Au&amp;ssteller-DID:</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="68"/>
        <source>Holder &amp;DID:</source>
        <translation>&amp;Inhaber-DID:</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="69"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="70"/>
        <source>C&amp;laims:</source>
        <translation>Anga&amp;ben:</translation>
    </message>
</context>
<context>
    <name>vcdesk::DecisionEventPage</name>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="32"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="39"/>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="41"/>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="43"/>
        <source>? not checked</source>
        <translation>? nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="56"/>
        <source>The decision event as JSON</source>
        <translation>Das Entscheidungsereignis als JSON</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="57"/>
        <source>Paste a credential decision event ({&quot;eventType&quot;: &quot;credential&quot;, …}) or open a file.</source>
        <translation>Fügen Sie ein Entscheidungsereignis zu einem Nachweis ein ({&quot;eventType&quot;: &quot;credential&quot;, …}) oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="63"/>
        <source>Paste a credential decision event of up to 1 MiB. It is read when you pause typing; the decision, its checks and the mandate data show below.</source>
        <translation>Fügen Sie ein Entscheidungsereignis zu einem Nachweis mit bis zu 1 MiB ein. Es wird gelesen, sobald Sie beim Tippen innehalten; die Entscheidung, die Prüfungen des Ereignisses und die Mandatsdaten erscheinen unten.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="65"/>
        <source>&amp;Open file…</source>
        <translation>D&amp;atei öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="67"/>
        <source>Open a decision event file</source>
        <translation>Datei mit einem Entscheidungsereignis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="68"/>
        <source>Choose a JSON file of up to 1 MiB; its text replaces what is in the box and is read at once.</source>
        <translation>Wählen Sie eine JSON-Datei mit bis zu 1 MiB; ihr Text ersetzt den Inhalt des Feldes und wird sofort gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="71"/>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="73"/>
        <source>The event&apos;s checks</source>
        <translation>Prüfungen des Ereignisses</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="77"/>
        <source>Mandate data, each hash checked</source>
        <translation>Mandatsdaten, jeder Hash geprüft</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="79"/>
        <source>One row for each item of the event&apos;s mandate data, nested fields indented: its label, type, value, and whether its hash matches the value. A hidden item&apos;s value is not shown, only checked.</source>
        <translation>Eine Zeile für jedes Element der Mandatsdaten des Ereignisses, verschachtelte Felder eingerückt: Bezeichnung, Typ, Wert und ob der Hash zum Wert passt. Bei einem verborgenen Element wird der Wert nicht angezeigt, nur geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="90"/>
        <source>&amp;Inspect the credential</source>
        <translation>Nachweis &amp;untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="92"/>
        <source>Inspect the event&apos;s credential in the inspector</source>
        <translation>Den Nachweis des Ereignisses im Inspektor untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="93"/>
        <source>Takes this event to the Inspect section, which checks the credential it carries and shows the report.</source>
        <translation>Übergibt dieses Ereignis an den Bereich „Untersuchen“, der den enthaltenen Nachweis prüft und den Bericht anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="104"/>
        <source>Decision events</source>
        <translation>Entscheidungsereignisse</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="119"/>
        <source>Open a decision event</source>
        <translation>Entscheidungsereignis öffnen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="120"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="150"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="153"/>
        <source>%1 is larger than a decision event can be (1 MiB)</source>
        <translation>%1 ist größer, als ein Entscheidungsereignis sein kann (1 MiB)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="156"/>
        <source>Reading the event…</source>
        <translation>Ereignis wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="171"/>
        <source>No event yet.</source>
        <translation>Noch kein Ereignis.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="173"/>
        <source>This is larger than a decision event can be (1 MiB).</source>
        <translation>Das ist größer, als ein Entscheidungsereignis sein kann (1 MiB).</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="177"/>
        <source>This is not JSON: %1</source>
        <translation>Das ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="180"/>
        <source>This is not a credential decision event (eventType &quot;credential&quot; with a credential).</source>
        <translation>Das ist kein Entscheidungsereignis zu einem Nachweis (eventType „credential“ mit einem Nachweis).</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="186"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="188"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="189"/>
        <source>Unknown decision &quot;%1&quot;</source>
        <translation>Unbekannte Entscheidung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="190"/>
        <source>%1 by %2 (%3) on %4.
Request %5 (internal %6), issuer %7.</source>
        <translation>%1 von %2 (%3) am %4.
Anfrage %5 (intern %6), Aussteller %7.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="196"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>vcdesk::DocumentCacheBox</name>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="22"/>
        <source>Status lists and schemas cache</source>
        <translation>Cache für Statuslisten und Schemas</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="29"/>
        <source>Status lists and schemas that checks fetched. A copy is used as is while fresh, fetched again after that, and still answers while the network cannot, until it is too old; then the check says it cannot tell.</source>
        <translation>Statuslisten und Schemas, die bei Prüfungen abgerufen wurden. Eine Kopie wird unverändert verwendet, solange sie aktuell ist, danach erneut abgerufen. Ist das Netzwerk nicht erreichbar, dient sie weiter als Antwort, bis sie zu alt ist; dann meldet die Prüfung, dass sie es nicht feststellen kann.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="33"/>
        <source>Kept in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="40"/>
        <source>Cached status lists and schemas</source>
        <translation>Zwischengespeicherte Statuslisten und Schemas</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="42"/>
        <source>One row per cached document: its address, its kind, when it was fetched, and until when it is fresh and usable offline. Choose one to refresh or remove it.</source>
        <translation>Eine Zeile pro zwischengespeichertem Dokument: Adresse, Art, Zeitpunkt des Abrufs und bis wann es aktuell und offline nutzbar ist. Wählen Sie eines aus, um es zu aktualisieren oder zu entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="62"/>
        <source>Refresh n&amp;ow</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="64"/>
        <source>Fetch the selected document again now</source>
        <translation>Gewähltes Dokument jetzt erneut abrufen</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="65"/>
        <source>vcdesk fetches the chosen document from its address now and keeps the new copy. If that fails, nothing changes.</source>
        <translation>vcdesk ruft das gewählte Dokument jetzt erneut von seiner Adresse ab und speichert die neue Kopie. Schlägt das fehl, ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="67"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="69"/>
        <source>Remove the selected document from the cache</source>
        <translation>Gewähltes Dokument aus dem Cache entfernen</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="70"/>
        <source>The copy goes at once, without asking. The next check that needs it fetches it again, or says it cannot tell without a network.</source>
        <translation>Die Kopie wird sofort und ohne Rückfrage entfernt. Die nächste Prüfung, die sie braucht, ruft sie erneut ab oder meldet, dass sie es ohne Netzwerk nicht feststellen kann.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="72"/>
        <source>Clear &amp;all…</source>
        <translation>&amp;Alle entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="74"/>
        <source>Remove every cached status list and schema</source>
        <translation>Alle zwischengespeicherten Statuslisten und Schemas entfernen</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="75"/>
        <source>You are asked to confirm first. Checks then fetch what they need again, and without a network they say they cannot tell.</source>
        <translation>Sie werden zuerst um Bestätigung gebeten. Prüfungen rufen danach erneut ab, was sie brauchen, und melden ohne Netzwerk, dass sie es nicht feststellen können.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="95"/>
        <source>Fetching the document again…</source>
        <translation>Dokument wird erneut abgerufen …</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="100"/>
        <source>Removing the cached document…</source>
        <translation>Zwischengespeichertes Dokument wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="107"/>
        <source>Clear the cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DocumentCacheBox.cpp" line="108"/>
        <source>Remove all %n cached status list(s) and schema(s)? Checks fetch them again when they can; without a network they will say they cannot tell.</source>
        <translation>
            <numerusform>%n zwischengespeichertes Dokument (Statusliste oder Schema) entfernen? Prüfungen rufen es erneut ab, sobald sie können; ohne Netzwerk melden sie, dass sie es nicht feststellen können.</numerusform>
            <numerusform>Alle %n zwischengespeicherten Statuslisten und Schemas entfernen? Prüfungen rufen sie erneut ab, sobald sie können; ohne Netzwerk melden sie, dass sie es nicht feststellen können.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="111"/>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="111"/>
        <source>Clearing the cache…</source>
        <translation>Cache wird geleert …</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="115"/>
        <source>Nothing is cached.</source>
        <translation>Nichts zwischengespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="118"/>
        <source>Fetched %1 again.</source>
        <translation>%1 erneut abgerufen.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="121"/>
        <source>Removed %1 from the cache.</source>
        <translation>%1 aus dem Cache entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DocumentCacheBox.cpp" line="124"/>
        <source>Removed %n cached document(s).</source>
        <translation>
            <numerusform>%n zwischengespeichertes Dokument entfernt.</numerusform>
            <numerusform>%n zwischengespeicherte Dokumente entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="127"/>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="179"/>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen …</translation>
    </message>
</context>
<context>
    <name>vcdesk::DocumentCacheModel</name>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="24"/>
        <source>choose a cached document first</source>
        <translation>wählen Sie zuerst ein zwischengespeichertes Dokument</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="49"/>
        <source>Status list</source>
        <translation>Statusliste</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="51"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="55"/>
        <source>Other document</source>
        <translation>Anderes Dokument</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="96"/>
        <source>%1 (held by this service)</source>
        <translation>%1 (von diesem Dienst vorgehalten)</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="117"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="119"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="121"/>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="123"/>
        <source>Fresh until</source>
        <translation>Aktuell bis</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="125"/>
        <source>Usable offline until</source>
        <translation>Offline nutzbar bis</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="127"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>vcdesk::GenerationConsole</name>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="15"/>
        <source>The generation service</source>
        <translation>Der Generierungsdienst</translation>
    </message>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="30"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="31"/>
        <source>flow %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="33"/>
        <source>Generating the credential…</source>
        <translation>Nachweis wird generiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/GenerationConsole.cpp" line="40"/>
        <source>Generated (verifiableCredentialGenerated): a credential of %n byte(s); open it in the inspector to check it.</source>
        <translation>
            <numerusform>Generiert (verifiableCredentialGenerated): ein Nachweis mit %n Byte; öffnen Sie ihn im Inspektor, um ihn zu prüfen.</numerusform>
            <numerusform>Generiert (verifiableCredentialGenerated): ein Nachweis mit %n Byte; öffnen Sie ihn im Inspektor, um ihn zu prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcdesk::GenerationPage</name>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="31"/>
        <source>Generation service account</source>
        <translation>Konto beim Generierungsdienst</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="33"/>
        <source>Which of your wallet&apos;s generator accounts to ask. You add one in Wallet ▸ Accounts.</source>
        <translation>Welches der Konten Ihrer Wallet bei Generierungsdiensten angefragt wird. Ein Konto fügen Sie unter Wallet ▸ Konten hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="36"/>
        <source>No generation service account: add one (kind &quot;generator&quot;) in Wallet ▸ Accounts.</source>
        <translation>Kein Konto bei einem Generierungsdienst: Fügen Sie eines (Art „generator“) unter Wallet ▸ Konten hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="40"/>
        <source>Flow id</source>
        <translation>Vorgangs-ID</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="42"/>
        <source>a new id for each request</source>
        <translation>eine neue ID für jede Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="45"/>
        <source>Subject DID</source>
        <translation>Subjekt-DID</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="46"/>
        <source>did:… (optional)</source>
        <translation>did:… (optional)</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="48"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="50"/>
        <source>Generate the credential</source>
        <translation>Nachweis generieren</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="51"/>
        <source>Sends the claims and subject DID to the chosen service, with a new flow id if you left it empty. What happened is said beside the button and kept in the operations history.</source>
        <translation>Sendet die Angaben und die Subjekt-DID an den gewählten Dienst, mit einer neuen Vorgangs-ID, falls Sie das Feld leer gelassen haben. Das Ergebnis erscheint neben der Schaltfläche und wird im Vorgangsverlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="55"/>
        <source>What happened</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="56"/>
        <source>&amp;Open in inspector</source>
        <translation>Im &amp;Inspektor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="58"/>
        <source>Open the generated credential in the inspector</source>
        <translation>Den generierten Nachweis im Inspektor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="59"/>
        <source>Shows the last credential the service made in the inspector, where you see it checked. Available once one has been generated.</source>
        <translation>Zeigt den zuletzt vom Dienst erstellten Nachweis im Inspektor, wo Sie das Ergebnis seiner Prüfung sehen. Verfügbar, sobald ein Nachweis generiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="64"/>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="65"/>
        <source>Flow i&amp;d:</source>
        <translation>&amp;Vorgangs-ID:</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="66"/>
        <source>&amp;Subject DID:</source>
        <translation>&amp;Subjekt-DID:</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="67"/>
        <source>C&amp;laims:</source>
        <translation>Anga&amp;ben:</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="73"/>
        <source>Generation service</source>
        <translation>Generierungsdienst</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="75"/>
        <source>Ask a generation service (POST /generate) for a credential: the claims are the message payload, the subject&apos;s DID its &quot;id&quot;.</source>
        <translation>Einen Generierungsdienst (POST /generate) um einen Nachweis bitten: Die Angaben bilden die Nutzdaten der Nachricht, die DID des Subjekts deren „id“.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="93"/>
        <source>Asking for flow %1…</source>
        <translation>Vorgang %1 wird angefragt …</translation>
    </message>
</context>
<context>
    <name>vcdesk::HistoryPage</name>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="35"/>
        <source>Presentations, newest first</source>
        <translation>Vorzeigevorgänge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="37"/>
        <source>Each row says when you answered a verifier, to whom, the outcome and what left your wallet. Choose one to read it in full below.</source>
        <translation>Jede Zeile zeigt, wann Sie einem Prüfer geantwortet haben, wem, mit welchem Ergebnis und was Ihre Wallet verlassen hat. Wählen Sie eine Zeile aus, um sie unten vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="63"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="66"/>
        <source>You return to your credentials; the history stays as it is.</source>
        <translation>Sie kehren zu Ihren Nachweisen zurück; der Verlauf bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="67"/>
        <source>C&amp;lear history…</source>
        <translation>Verlauf &amp;leeren …</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="69"/>
        <source>Clear the presentation history</source>
        <translation>Vorzeige-Verlauf leeren</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="70"/>
        <source>Removes this list from your wallet. Verifiers keep what they received.</source>
        <translation>Entfernt diese Liste aus Ihrer Wallet. Prüfer behalten, was sie erhalten haben.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="78"/>
        <source>Presentation history</source>
        <translation>Vorzeige-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="112"/>
        <source>No presentations yet. When you answer a verifier, what you shared is listed here.</source>
        <translation>Noch nichts vorgezeigt. Wenn Sie einem Prüfer antworten, erscheint hier, was Sie geteilt haben.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="114"/>
        <source>Choose a presentation to see it in full.</source>
        <translation>Wählen Sie einen Vorgang aus, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="118"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="121"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="122"/>
        <source>Client id: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="124"/>
        <source>Not authenticated: anyone could have made this request.</source>
        <translation>Nicht authentifiziert: Jeder könnte diese Anfrage gestellt haben.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="125"/>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="127"/>
        <source>Why: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="129"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="131"/>
        <source>Nothing left your wallet.</source>
        <translation>Nichts hat Ihre Wallet verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="133"/>
        <source>What left your wallet:</source>
        <translation>Was Ihre Wallet verlassen hat:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="139"/>
        <source>%1: the whole credential</source>
        <translation>%1: der gesamte Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="146"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="155"/>
        <source>Clear the history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="156"/>
        <source>Remove every presentation from this list? Verifiers keep what they received; only your record of it goes.</source>
        <translation>Alle Vorgänge aus dieser Liste entfernen? Prüfer behalten, was sie erhalten haben; nur Ihre eigene Aufzeichnung darüber wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="158"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="163"/>
        <source>Clearing the history…</source>
        <translation>Verlauf wird geleert …</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedCredentialListModel</name>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="64"/>
        <source>Credential %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="77"/>
        <source>%1 — %2 (copied here)</source>
        <translation>%1 — %2 (hierher kopiert)</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="78"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="81"/>
        <source>%1, id %2, a copy is in this wallet</source>
        <translation>%1, ID %2, eine Kopie liegt in dieser Wallet</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="82"/>
        <source>%1, id %2, not copied here</source>
        <translation>%1, ID %2, nicht hierher kopiert</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="84"/>
        <source>Id in the hosted wallet: %1</source>
        <translation>ID in der gehosteten Wallet: %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletActions</name>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="46"/>
        <source>Stopped. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="49"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="62"/>
        <location filename="../models/HostedWalletActions.cpp" line="344"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="80"/>
        <source>Nothing was stored; try again, or check the account in Wallet ▸ Accounts.</source>
        <translation>Es wurde nichts gespeichert; versuchen Sie es erneut oder prüfen Sie das Konto unter Wallet ▸ Konten.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="100"/>
        <location filename="../models/HostedWalletActions.cpp" line="259"/>
        <source>Asking %1</source>
        <translation>%1 wird angefragt</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="103"/>
        <source>Asking the hosted wallet…</source>
        <translation>Gehostete Wallet wird angefragt …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="109"/>
        <source>What this wallet remembers is unchanged; try again later.</source>
        <translation>Was sich diese Wallet gemerkt hat, bleibt unverändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="118"/>
        <source>No templates</source>
        <translation>Keine Vorlagen</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="126"/>
        <source>Asking the hosted wallet for its templates…</source>
        <translation>Vorlagen werden bei der gehosteten Wallet angefragt …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="139"/>
        <source>Not issued</source>
        <translation>Nicht ausgestellt</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="155"/>
        <source>Asking the hosted wallet to issue “%1”…</source>
        <translation>Die gehostete Wallet wird gebeten, „%1“ auszustellen …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="165"/>
        <source>The hosted wallet already holds this credential for you; if you know its id, use “Add by id”</source>
        <translation>Die gehostete Wallet hält diesen Nachweis bereits für Sie bereit; wenn Sie seine ID kennen, verwenden Sie „Nach ID hinzufügen“</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="180"/>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="182"/>
        <source>A credential id has 1 to %1 characters. Nothing was remembered.</source>
        <translation>Eine Nachweis-ID hat 1 bis %1 Zeichen. Es wurde nichts gemerkt.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="196"/>
        <source>Asking the hosted wallet for the credential…</source>
        <translation>Nachweis wird bei der gehosteten Wallet angefragt …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="203"/>
        <source>The hosted wallet has no credential with the id “%1”. Check the id; nothing was remembered.</source>
        <translation>Die gehostete Wallet hat keinen Nachweis mit der ID „%1“. Prüfen Sie die ID; es wurde nichts gemerkt.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="208"/>
        <source>Nothing was remembered; try again later.</source>
        <translation>Es wurde nichts gemerkt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="231"/>
        <source>Not remembered</source>
        <translation>Nicht gemerkt</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="232"/>
        <source>The hosted wallet keeps the credential.</source>
        <translation>Die gehostete Wallet behält den Nachweis.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="239"/>
        <location filename="../models/HostedWalletActions.cpp" line="313"/>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="249"/>
        <location filename="../models/HostedWalletActions.cpp" line="319"/>
        <source>It is already in your wallet.</source>
        <translation>Er ist bereits in Ihrer Wallet.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="256"/>
        <source>Copying from the hosted wallet…</source>
        <translation>Wird aus der gehosteten Wallet kopiert …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="263"/>
        <source>Checking the credential</source>
        <translation>Nachweis wird geprüft</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="315"/>
        <source>Nothing was stored; the hosted wallet keeps it.</source>
        <translation>Es wurde nichts gespeichert; die gehostete Wallet behält den Nachweis.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="320"/>
        <source>It is in your wallet. %1</source>
        <translation>Er ist jetzt in Ihrer Wallet. %1</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="335"/>
        <source>no such hosted credential in this profile</source>
        <translation>in diesem Profil gibt es keinen solchen gehosteten Nachweis</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="343"/>
        <source>Not forgotten</source>
        <translation>Vergessen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletConsole</name>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="35"/>
        <source>The hosted wallet</source>
        <translation>Die gehostete Wallet</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="54"/>
        <source>List templates</source>
        <translation>Vorlagen auflisten</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="54"/>
        <source>Asking for the templates…</source>
        <translation>Vorlagen werden angefragt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/HostedWalletConsole.cpp" line="60"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n Vorlage.</numerusform>
            <numerusform>%n Vorlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="70"/>
        <source>Issue from template</source>
        <translation>Aus Vorlage ausstellen</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="71"/>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="72"/>
        <source>Issuing from the template…</source>
        <translation>Wird aus der Vorlage ausgestellt …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="79"/>
        <source>Issued: credential %1.</source>
        <translation>Ausgestellt: Nachweis %1.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="88"/>
        <source>Get</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="88"/>
        <location filename="../models/HostedWalletConsole.cpp" line="104"/>
        <location filename="../models/HostedWalletConsole.cpp" line="150"/>
        <source>credential %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="89"/>
        <source>Getting the credential…</source>
        <translation>Nachweis wird abgerufen …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="94"/>
        <source>Credential %1: %2.</source>
        <translation>Nachweis %1: %2.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="104"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="105"/>
        <source>Verifying at the hosted wallet and here…</source>
        <translation>Wird bei der gehosteten Wallet und hier geprüft …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="112"/>
        <source>The hosted wallet verifies it</source>
        <translation>Die gehostete Wallet prüft den Nachweis</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/HostedWalletConsole.cpp" line="118"/>
        <source>the hosted wallet gave %n result(s) for one proof</source>
        <translation>
            <numerusform>die gehostete Wallet lieferte %n Ergebnis für einen Signaturnachweis</numerusform>
            <numerusform>die gehostete Wallet lieferte %n Ergebnisse für einen Signaturnachweis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="120"/>
        <source>vcdesk checks it</source>
        <translation>vcdesk prüft den Nachweis</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="138"/>
        <source>The hosted wallet and vcdesk agree on every check.</source>
        <translation>Die gehostete Wallet und vcdesk stimmen bei allen Prüfungen überein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/HostedWalletConsole.cpp" line="139"/>
        <source>The hosted wallet and vcdesk differ on %n check(s): see the highlighted rows.</source>
        <translation>
            <numerusform>Die gehostete Wallet und vcdesk weichen bei %n Prüfung voneinander ab: siehe die hervorgehobenen Zeilen.</numerusform>
            <numerusform>Die gehostete Wallet und vcdesk weichen bei %n Prüfungen voneinander ab: siehe die hervorgehobenen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="150"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="151"/>
        <source>Deleting the credential…</source>
        <translation>Nachweis wird gelöscht …</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="160"/>
        <source>Credential %1 is deleted at the hosted wallet.</source>
        <translation>Nachweis %1 ist bei der gehosteten Wallet gelöscht.</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletConsolePage</name>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="49"/>
        <source>Hosted wallet account</source>
        <translation>Konto bei der gehosteten Wallet</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="51"/>
        <source>Every request on this page goes to this account&apos;s hosted wallet, with its API key.</source>
        <translation>Jede Anfrage auf dieser Seite geht mit dem API-Schlüssel dieses Kontos an dessen gehostete Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="53"/>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="56"/>
        <source>No hosted wallet account: add one in Wallet ▸ Accounts.</source>
        <translation>Kein Konto bei einer gehosteten Wallet: Fügen Sie eines unter Wallet ▸ Konten hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="60"/>
        <source>Credential id at the hosted wallet</source>
        <translation>Nachweis-ID bei der gehosteten Wallet</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="63"/>
        <source>Type the id the hosted wallet gave the credential, or issue one below to have it filled in. Press Enter to get its state.</source>
        <translation>Geben Sie die ID ein, die die gehostete Wallet dem Nachweis gegeben hat, oder stellen Sie unten einen aus, damit sie eingetragen wird. Drücken Sie die Eingabetaste, um seinen Zustand abzurufen.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="65"/>
        <source>Credential &amp;id:</source>
        <translation>Nachweis-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="67"/>
        <source>&amp;Get</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="67"/>
        <source>Get the credential&apos;s state</source>
        <translation>Zustand des Nachweises abrufen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="68"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="69"/>
        <source>Verify at the hosted wallet and compare with vcdesk&apos;s checks</source>
        <translation>Bei der gehosteten Wallet prüfen und mit den Prüfungen von vcdesk vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="70"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="71"/>
        <source>Delete the credential at the hosted wallet</source>
        <translation>Nachweis bei der gehosteten Wallet löschen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="72"/>
        <source>Shows the credential&apos;s status, template, type, issuer and claims as the hosted wallet keeps them.</source>
        <translation>Zeigt Status, Vorlage, Typ, Aussteller und Angaben des Nachweises so, wie die gehostete Wallet sie speichert.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="74"/>
        <source>The hosted wallet checks the credential, vcdesk checks it here too, and the table shows both answers check by check.</source>
        <translation>Die gehostete Wallet prüft den Nachweis, vcdesk prüft ihn hier ebenfalls, und die Tabelle zeigt beide Ergebnisse Prüfung für Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="76"/>
        <source>You are asked to confirm first. The holder loses the credential at the hosted wallet, and this cannot be undone.</source>
        <translation>Sie werden zuerst um Bestätigung gebeten. Der Inhaber verliert den Nachweis bei der gehosteten Wallet; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="79"/>
        <source>The credential</source>
        <translation>Der Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="83"/>
        <source>The hosted wallet&apos;s checks next to vcdesk&apos;s</source>
        <translation>Prüfungen der gehosteten Wallet neben denen von vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="85"/>
        <source>One row per check: what the hosted wallet says, what vcdesk says, and whether they agree. Rows where they differ are highlighted.</source>
        <translation>Eine Zeile pro Prüfung: was die gehostete Wallet meldet, was vcdesk meldet und ob beide übereinstimmen. Zeilen mit Abweichungen sind hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="108"/>
        <source>Hosted wallet</source>
        <translation>Gehostete Wallet</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="132"/>
        <source>Delete the credential?</source>
        <translation>Nachweis löschen?</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="133"/>
        <source>Credential %1 will be deleted at the hosted wallet. Its holder loses it there; this cannot be undone.</source>
        <translation>Nachweis %1 wird bei der gehosteten Wallet gelöscht. Sein Inhaber verliert ihn dort; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="136"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="143"/>
        <source>Status %1, template %2, type %3, issuer %4.
Claims: %5</source>
        <translation>Status %1, Vorlage %2, Typ %3, Aussteller %4.
Angaben: %5</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="169"/>
        <source>Issue from a template</source>
        <translation>Aus einer Vorlage ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="170"/>
        <source>&amp;Load templates</source>
        <translation>V&amp;orlagen laden</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="171"/>
        <source>Ask the hosted wallet for its templates</source>
        <translation>Vorlagen bei der gehosteten Wallet anfragen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="173"/>
        <source>Fills the template list with the templates the chosen account can issue from.</source>
        <translation>Füllt die Vorlagenliste mit den Vorlagen, aus denen das gewählte Konto ausstellen kann.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="176"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="178"/>
        <source>Empty until you load the templates. The fields of the template you choose appear below for you to fill in.</source>
        <translation>Leer, bis Sie die Vorlagen laden. Die Felder der gewählten Vorlage erscheinen darunter, damit Sie sie ausfüllen können.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="182"/>
        <source>The holder&apos;s wallet to issue into</source>
        <translation>Wallet des Inhabers, in die ausgestellt wird</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="183"/>
        <source>the holder&apos;s wallet id or DID</source>
        <translation>Wallet-ID oder DID des Inhabers</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="184"/>
        <source>I&amp;ssue</source>
        <translation>Au&amp;sstellen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="184"/>
        <source>Issue from the template</source>
        <translation>Aus der Vorlage ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="185"/>
        <source>The hosted wallet issues a credential from the chosen template, with the fields you filled in, into the holder&apos;s wallet. Its id then appears in the credential id field.</source>
        <translation>Die gehostete Wallet stellt aus der gewählten Vorlage mit den ausgefüllten Feldern einen Nachweis in die Wallet des Inhabers aus. Seine ID erscheint dann im Feld „Nachweis-ID“.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="189"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="191"/>
        <source>Hold&amp;er&apos;s wallet:</source>
        <translation>Wall&amp;et des Inhabers:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="277"/>
        <source>The template names %1 fields; the first %2 are shown.</source>
        <translation>Die Vorlage nennt %1 Felder; die ersten %2 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletPage</name>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="45"/>
        <source>What a hosted wallet holds for you. Its service lists nothing, so this wallet remembers the ids it learns: those requested here and those you add.</source>
        <translation>Was eine gehostete Wallet für Sie verwahrt. Ihr Dienst listet nichts auf, daher merkt sich diese Wallet die IDs, die sie erfährt: die hier angeforderten und die, die Sie hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="50"/>
        <source>Hosted wallet account</source>
        <translation>Konto bei der gehosteten Wallet</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="51"/>
        <source>Choose which of your hosted wallet accounts the list, the templates and the requests below use.</source>
        <translation>Wählen Sie, welches Ihrer Konten bei gehosteten Wallets die Liste, die Vorlagen und die Anfragen unten verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="53"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="56"/>
        <source>No hosted wallet account: add one in Wallet ▸ Accounts.</source>
        <translation>Kein Konto bei einer gehosteten Wallet: Fügen Sie eines unter Wallet ▸ Konten hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="60"/>
        <source>Credentials the hosted wallet holds</source>
        <translation>Nachweise, die die gehostete Wallet verwahrt</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="61"/>
        <source>The credentials your wallet remembers for this account. Choose one to see what it holds, copy it here or forget it.</source>
        <translation>Die Nachweise, die sich Ihre Wallet für dieses Konto merkt. Wählen Sie einen aus, um seinen Inhalt zu sehen, ihn hierher zu kopieren oder ihn zu vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="69"/>
        <source>The chosen credential</source>
        <translation>Der gewählte Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="72"/>
        <source>&amp;Copy into this wallet</source>
        <translation>In diese Wallet ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="74"/>
        <source>Copy the chosen credential into this wallet</source>
        <translation>Gewählten Nachweis in diese Wallet kopieren</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="75"/>
        <source>Your wallet fetches the credential from the hosted wallet and checks it; one that is not valid is kept only if you say so. The hosted wallet keeps it too.</source>
        <translation>Ihre Wallet ruft den Nachweis von der gehosteten Wallet ab und prüft ihn; ein nicht gültiger Nachweis wird nur behalten, wenn Sie es ausdrücklich wollen. Die gehostete Wallet behält ihn ebenfalls.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="78"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen …</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="80"/>
        <source>Forget the chosen credential&apos;s id</source>
        <translation>ID des gewählten Nachweises vergessen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="81"/>
        <source>This wallet forgets the id; the hosted wallet keeps the credential, and a copy here stays.</source>
        <translation>Diese Wallet vergisst die ID; die gehostete Wallet behält den Nachweis, und eine Kopie hier bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="83"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="85"/>
        <source>Back to the credentials</source>
        <translation>Zurück zu den Nachweisen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="86"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Kehrt zur Liste der Nachweise in Ihrer Wallet zurück.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="103"/>
        <source>Hosted wallet</source>
        <translation>Gehostete Wallet</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="135"/>
        <source>Copying…</source>
        <translation>Wird kopiert …</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="142"/>
        <source>The copy is “%1”:
%2

Keep it in your wallet anyway? It is kept marked “%1”.</source>
        <translation>Die Kopie ist „%1“:
%2

Trotzdem in Ihrer Wallet behalten? Sie wird als „%1“ gekennzeichnet aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="145"/>
        <source>The copy is “%1”; nothing is stored unless you keep it.
%2</source>
        <translation>Die Kopie ist „%1“; es wird nur etwas gespeichert, wenn Sie sie behalten.
%2</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="148"/>
        <source>Keep a copy that is not valid?</source>
        <translation>Eine nicht gültige Kopie behalten?</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="149"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="158"/>
        <source>Forget the credential?</source>
        <translation>Nachweis vergessen?</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="159"/>
        <source>Forget “%1”? This wallet no longer lists it; the hosted wallet keeps it, and a copy in this wallet stays.</source>
        <translation>„%1“ vergessen? Diese Wallet führt den Nachweis dann nicht mehr auf; die gehostete Wallet behält ihn, und eine Kopie in dieser Wallet bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="162"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="165"/>
        <source>Forgotten. The hosted wallet keeps the credential.</source>
        <translation>Die ID wurde vergessen. Die gehostete Wallet behält den Nachweis.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="169"/>
        <source>Added. It is listed above.</source>
        <translation>Hinzugefügt. Der Nachweis ist oben aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="177"/>
        <source>The hosted wallet issued “%1” to you. It is listed above; copy it to keep it here too.</source>
        <translation>Die gehostete Wallet hat Ihnen „%1“ ausgestellt. Der Nachweis ist oben aufgeführt; kopieren Sie ihn, um ihn auch hier zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="189"/>
        <source>The hosted wallet could not be asked: %1</source>
        <translation>Die gehostete Wallet konnte nicht angefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="193"/>
        <location filename="../ui/HostedWalletPage.cpp" line="359"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="200"/>
        <source>Add by id</source>
        <translation>Nach ID hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="203"/>
        <source>The hosted wallet&apos;s id of a credential</source>
        <translation>ID eines Nachweises in der gehosteten Wallet</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="204"/>
        <source>e.g. 654cb11409081b002b4f782f</source>
        <translation>z. B. 654cb11409081b002b4f782f</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="206"/>
        <source>A&amp;dd by id</source>
        <translation>&amp;Nach ID hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="208"/>
        <source>Remember the id, once the hosted wallet knows it</source>
        <translation>Die ID merken, sofern die gehostete Wallet sie kennt</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="209"/>
        <source>Your wallet asks the hosted wallet for the credential with the id you typed and, if it has it, lists it above. Nothing is copied into this wallet yet.</source>
        <translation>Ihre Wallet fragt die gehostete Wallet nach dem Nachweis mit der eingegebenen ID und führt ihn oben auf, falls sie ihn hat. In diese Wallet wird noch nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="212"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="222"/>
        <source>Asking the hosted wallet for “%1”…</source>
        <translation>„%1“ wird bei der gehosteten Wallet angefragt …</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="233"/>
        <source>Request from a template</source>
        <translation>Aus einer Vorlage anfordern</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="234"/>
        <source>Get &amp;templates</source>
        <translation>Vorlagen a&amp;brufen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="236"/>
        <source>Ask the hosted wallet for its templates</source>
        <translation>Vorlagen bei der gehosteten Wallet anfragen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="237"/>
        <source>Your wallet fetches the credential templates of the chosen account and lists them in the Template box.</source>
        <translation>Ihre Wallet ruft die Nachweisvorlagen des gewählten Kontos ab und listet sie im Feld „Vorlage“ auf.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="241"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="242"/>
        <source>The template to request a credential from. Choosing one shows the fields it asks you to fill in below.</source>
        <translation>Die Vorlage, aus der ein Nachweis angefordert wird. Wenn Sie eine wählen, erscheinen unten die Felder, die Sie ausfüllen sollen.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="245"/>
        <source>Get the templates first</source>
        <translation>Rufen Sie zuerst die Vorlagen ab</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="246"/>
        <source>&amp;Request</source>
        <translation>&amp;Anfordern</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="248"/>
        <source>Have the hosted wallet issue the credential to you</source>
        <translation>Den Nachweis von der gehosteten Wallet für Sie ausstellen lassen</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="249"/>
        <source>The hosted wallet issues a credential from the chosen template, with the fields you filled in, in the name of your wallet&apos;s default key. It is then listed above, and you can copy it here.</source>
        <translation>Die gehostete Wallet stellt aus der gewählten Vorlage mit den ausgefüllten Feldern einen Nachweis auf den Standardschlüssel Ihrer Wallet aus. Er wird dann oben aufgeführt, und Sie können ihn hierher kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="252"/>
        <source>Te&amp;mplate:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="314"/>
        <source>No credentials remembered for this account yet: request one from a template, or add one by its id.</source>
        <translation>Für dieses Konto sind noch keine Nachweise gemerkt: Fordern Sie einen aus einer Vorlage an oder fügen Sie einen über seine ID hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="316"/>
        <source>Choose a credential to see what it holds.</source>
        <translation>Wählen Sie einen Nachweis, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="321"/>
        <location filename="../ui/HostedWalletPage.cpp" line="345"/>
        <source>Id in the hosted wallet: %1</source>
        <translation>ID in der gehosteten Wallet: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="322"/>
        <location filename="../ui/HostedWalletPage.cpp" line="346"/>
        <source>A copy is in this wallet.</source>
        <translation>Eine Kopie liegt in dieser Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="323"/>
        <location filename="../ui/HostedWalletPage.cpp" line="347"/>
        <source>Not copied into this wallet.</source>
        <translation>Nicht in diese Wallet kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="324"/>
        <source>Asking the hosted wallet…</source>
        <translation>Gehostete Wallet wird angefragt …</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="348"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="349"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="353"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="354"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="355"/>
        <source>What it says:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="395"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="410"/>
        <source>Asking the hosted wallet to issue it…</source>
        <translation>Die gehostete Wallet wird um die Ausstellung gebeten …</translation>
    </message>
</context>
<context>
    <name>vcdesk::HttpCall</name>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="45"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="86"/>
        <location filename="../core/net/HttpClient.cpp" line="80"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="123"/>
        <source>%1 redirects to %2, which is not followed</source>
        <translation>%1 leitet auf %2 um; der Weiterleitung wird nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="132"/>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation>die Antwort von %1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="183"/>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="193"/>
        <source>could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="219"/>
        <source>%1 (the body says status %2)</source>
        <translation>%1 (laut Antworttext Status %2)</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="221"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="222"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="229"/>
        <source>the answer from %1 broke off: %2</source>
        <translation>die Antwort von %1 brach ab: %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="234"/>
        <source>%1 answered with a redirect (%2), which is not followed</source>
        <translation>%1 antwortete mit einer Weiterleitung (%2), der nicht gefolgt wird</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="78"/>
        <source>networking needs a running application (no QCoreApplication)</source>
        <translation>für den Netzwerkzugriff ist eine laufende Anwendung nötig (keine QCoreApplication)</translation>
    </message>
</context>
<context>
    <name>vcdesk::InspectionController</name>
    <message>
        <location filename="../models/InspectionController.cpp" line="86"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>vcdesk::InspectionView</name>
    <message>
        <location filename="../ui/InspectionView.cpp" line="69"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="70"/>
        <source>Each check made on the token, with its result and the reason. Together they give the verdict shown above.</source>
        <translation>Jede Prüfung, die am Token vorgenommen wurde, mit Ergebnis und Begründung. Zusammen ergeben sie das oben angezeigte Gesamtergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="84"/>
        <location filename="../ui/InspectionView.cpp" line="87"/>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="86"/>
        <source>What the credential says about its subject, as a tree of names and values.</source>
        <translation>Was der Nachweis über sein Subjekt aussagt, als Baum aus Namen und Werten.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="89"/>
        <location filename="../ui/InspectionView.cpp" line="97"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="91"/>
        <source>Everything the token&apos;s body carries, decoded, as a tree of names and values.</source>
        <translation>Alles, was die Nutzdaten des Tokens enthalten, dekodiert und als Baum aus Namen und Werten.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="93"/>
        <location filename="../ui/InspectionView.cpp" line="98"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="95"/>
        <source>The signed token&apos;s header as a tree of names and values, such as its signing algorithm and key id; empty for a token without one.</source>
        <translation>Der Header des signierten Tokens als Baum aus Namen und Werten, etwa mit Signaturalgorithmus und Schlüssel-ID; leer bei einem Token ohne Header.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="100"/>
        <source>Embedded credentials</source>
        <translation>Eingebettete Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="102"/>
        <source>The credentials this token carries, such as those in a presentation, each inspected on its own and shown as a tree.</source>
        <translation>Die Nachweise, die dieses Token enthält, etwa die einer Präsentation, jeweils einzeln untersucht und als Baum dargestellt.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="104"/>
        <source>Embedded</source>
        <translation>Eingebettet</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="106"/>
        <source>Signed form</source>
        <translation>Signierte Form</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="140"/>
        <location filename="../ui/InspectionView.cpp" line="149"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="141"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InspectionView.cpp" line="154"/>
        <source>%1 and %n+ more</source>
        <translation>
            <numerusform>%1 und %n+ weitere</numerusform>
            <numerusform>%1 und %n+ weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InspectionView.cpp" line="156"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="172"/>
        <source>Embedded (%1)</source>
        <translation>Eingebettet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="196"/>
        <source>Nothing inspected yet.</source>
        <translation>Noch nichts untersucht.</translation>
    </message>
</context>
<context>
    <name>vcdesk::InspectorPage</name>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="40"/>
        <source>&lt;h2&gt;Inspect a credential or token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nachweis oder Token untersuchen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="45"/>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="46"/>
        <source>Paste a token, such as a signed JWT or JWS. It is checked a moment after it changes, and what is found shows below.</source>
        <translation>Fügen Sie ein Token ein, etwa ein signiertes JWT oder JWS. Es wird kurz nach jeder Änderung geprüft, und die Ergebnisse erscheinen unten.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="49"/>
        <source>Paste a signed token (JWT / JWS) here, drop a file on this window, or open one.</source>
        <translation>Fügen Sie hier ein signiertes Token (JWT / JWS) ein, ziehen Sie eine Datei auf dieses Fenster oder öffnen Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="56"/>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="58"/>
        <source>Open a token from a file</source>
        <translation>Token aus einer Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="59"/>
        <source>Choose a token file of up to 16 MiB; its text goes into the token field and is checked.</source>
        <translation>Wählen Sie eine Token-Datei mit bis zu 16 MiB; ihr Text wird in das Token-Feld übernommen und geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="61"/>
        <source>Open files…</source>
        <translation>Dateien öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="63"/>
        <source>Inspect several token files</source>
        <translation>Mehrere Token-Dateien untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="64"/>
        <source>Choose several files; each is checked on its own, and the Batch tab lists the results.</source>
        <translation>Wählen Sie mehrere Dateien; jede wird einzeln geprüft, und der Tab „Stapel“ listet die Ergebnisse auf.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="66"/>
        <source>Open folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="68"/>
        <source>Inspect every token file in a folder</source>
        <translation>Alle Token-Dateien in einem Ordner untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="69"/>
        <source>Choose a folder; every file in it and in its subfolders is checked, and the Batch tab lists the results.</source>
        <translation>Wählen Sie einen Ordner; jede Datei darin und in seinen Unterordnern wird geprüft, und der Tab „Stapel“ listet die Ergebnisse auf.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="71"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="73"/>
        <source>Clear the token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="74"/>
        <source>Empties the token field and the results below.</source>
        <translation>Leert das Token-Feld und die Ergebnisse darunter.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="85"/>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="87"/>
        <source>Export a report of this token or batch as PDF, CSV or JSON</source>
        <translation>Einen Bericht über dieses Token oder diesen Stapel als PDF, CSV oder JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="89"/>
        <source>Save what this tab shows as a PDF to file or print, a CSV spreadsheet, or JSON (Ctrl+E)</source>
        <translation>Den Inhalt dieses Tabs als PDF speichern oder drucken, als CSV-Tabelle oder als JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="108"/>
        <source>One token or a batch</source>
        <translation>Ein Token oder ein Stapel</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="109"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="110"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="147"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="155"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="157"/>
        <source>Offline: contact no server, use caches</source>
        <translation>Offline: keinen Server kontaktieren, Caches verwenden</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="158"/>
        <source>DIDs and status lists come from caches, or their checks say they cannot be verified.</source>
        <translation>DIDs und Statuslisten kommen aus den Caches; andernfalls melden ihre Prüfungen, dass sie nicht prüfbar sind.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="160"/>
        <source>Check as of</source>
        <translation>Prüfen zum Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="162"/>
        <source>Check validity as of another date</source>
        <translation>Gültigkeit zu einem anderen Zeitpunkt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="163"/>
        <source>When on, the token is checked as of the date and time beside this box instead of now.</source>
        <translation>Wenn aktiviert, wird das Token zu Datum und Uhrzeit neben diesem Kästchen geprüft statt zum jetzigen Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="167"/>
        <source>The date and time to check validity at (UTC)</source>
        <translation>Datum und Uhrzeit, zu denen die Gültigkeit geprüft wird (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="168"/>
        <source>Type or pick a date and time in UTC, as year-month-day hours:minutes. It applies while “Check as of” is on.</source>
        <translation>Geben Sie Datum und Uhrzeit in UTC ein oder wählen Sie sie aus, im Format Jahr-Monat-Tag Stunden:Minuten. Gilt, solange „Prüfen zum Stichtag“ aktiviert ist.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="176"/>
        <source>Trust list: %1 · status lists and schemas cached in %2</source>
        <translation>Vertrauensliste: %1 · Statuslisten und Schemas zwischengespeichert in %2</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="220"/>
        <source>Open a token</source>
        <translation>Token öffnen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="220"/>
        <location filename="../ui/InspectorPage.cpp" line="228"/>
        <source>Tokens (*.jwt *.jws *.txt *.json);;All files (*)</source>
        <translation>Tokens (*.jwt *.jws *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="228"/>
        <source>Inspect token files</source>
        <translation>Token-Dateien untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="235"/>
        <source>Inspect every token in a folder</source>
        <translation>Alle Tokens in einem Ordner untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="271"/>
        <source>batch-report.pdf</source>
        <translation>Stapelbericht.pdf</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="271"/>
        <source>inspection-report.pdf</source>
        <translation>Untersuchungsbericht.pdf</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="273"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="286"/>
        <source>There is no inspected token to report on.</source>
        <translation>Es gibt kein untersuchtes Token, über das berichtet werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="294"/>
        <source>Saving the report…</source>
        <translation>Bericht wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="301"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="304"/>
        <source>The report was not saved: %1 [%2]</source>
        <translation>Der Bericht wurde nicht gespeichert: %1 [%2]</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="325"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="329"/>
        <source>%1 is larger than 16 MiB; it is not a token.</source>
        <translation>%1 ist größer als 16 MiB und damit kein Token.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="357"/>
        <source>This is not a token vcdesk can read: %1</source>
        <translation>Das ist kein Token, das vcdesk lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::InstanceChannel</name>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="42"/>
        <source>this window already listens</source>
        <translation>dieses Fenster lauscht bereits</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="48"/>
        <source>another vcdesk is running</source>
        <translation>eine andere vcdesk-Instanz läuft bereits</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="56"/>
        <source>cannot listen at %1: %2</source>
        <translation>an %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="95"/>
        <source>the argument is too long to hand over</source>
        <translation>das Argument ist zu lang für die Übergabe</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="99"/>
        <source>no vcdesk is running</source>
        <translation>es läuft keine vcdesk-Instanz</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="102"/>
        <location filename="../core/net/InstanceChannel.cpp" line="107"/>
        <source>the running vcdesk did not take the link</source>
        <translation>die laufende vcdesk-Instanz hat den Link nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="105"/>
        <source>the running vcdesk did not answer</source>
        <translation>die laufende vcdesk-Instanz hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerConsole</name>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="18"/>
        <source>The issuer agent</source>
        <translation>Der Aussteller-Agent</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="93"/>
        <source>The account cannot be read: %1.</source>
        <translation>Das Konto kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="96"/>
        <source>%1 is not an issuer-agent account.</source>
        <translation>%1 ist kein Konto bei einem Aussteller-Agenten.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="159"/>
        <source>This agent does not list its connections: type the connection id.</source>
        <translation>Dieser Agent listet seine Verbindungen nicht auf: Geben Sie die Verbindungs-ID ein.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="174"/>
        <source>Choose an issuer-agent account first (it may still be being read).</source>
        <translation>Wählen Sie zuerst ein Konto bei einem Aussteller-Agenten (es wird eventuell noch gelesen).</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="184"/>
        <source>Create offer</source>
        <translation>Angebot erstellen</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="184"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="185"/>
        <source>Creating the offer…</source>
        <translation>Angebot wird erstellt …</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="191"/>
        <source>Offer %1 created (%2); the holder sees it once it is sent.</source>
        <translation>Angebot %1 erstellt (%2); der Inhaber sieht es, sobald es gesendet ist.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="201"/>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="201"/>
        <location filename="../models/IssuerConsole.cpp" line="217"/>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="201"/>
        <source>Issuing…</source>
        <translation>Wird ausgestellt …</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="207"/>
        <source>Record %1 is being issued (%2).</source>
        <translation>Datensatz %1 wird ausgestellt (%2).</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="217"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="217"/>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="225"/>
        <source>The agent says the credential of record %1 is revoked: verifiers that check its status list refuse it from now on.</source>
        <translation>Laut Agent ist der Nachweis von Datensatz %1 widerrufen: Prüfer, die seine Statusliste prüfen, lehnen ihn ab sofort ab.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="236"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="236"/>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="237"/>
        <source>Looking up…</source>
        <translation>Wird nachgeschlagen …</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="244"/>
        <source>Found record %1 (%2). It holds no credential to inspect: an issuer&apos;s records do not keep them, the holder&apos;s do.</source>
        <translation>Datensatz %1 gefunden (%2). Er enthält keinen Nachweis zum Untersuchen: Die Datensätze eines Ausstellers bewahren keine Nachweise auf, nur die des Inhabers.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="247"/>
        <source>Found record %1 (%2), with its credential.</source>
        <translation>Datensatz %1 gefunden (%2), mit seinem Nachweis.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="264"/>
        <source>The account changed before the issuance began: nothing was sent.</source>
        <translation>Das Konto hat sich geändert, bevor die Ausstellung begann: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="268"/>
        <source>The holder&apos;s account cannot be read: %1.</source>
        <translation>Das Konto des Inhabers kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="277"/>
        <source>%1 is not an account at this issuer agent: its key is not sent here.</source>
        <translation>%1 ist kein Konto bei diesem Aussteller-Agenten: Sein Schlüssel wird nicht hierher gesendet.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="284"/>
        <source>Custodial issuance</source>
        <translation>Treuhänderische Ausstellung</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="285"/>
        <source>connection %1, holder %2</source>
        <translation>Verbindung %1, Inhaber %2</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="287"/>
        <source>Issuing custodially…</source>
        <translation>Wird treuhänderisch ausgestellt …</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="297"/>
        <source>No new credential: the holder already had one of this type, so the agent gave back the latest (record %1).</source>
        <translation>Kein neuer Nachweis: Der Inhaber hatte bereits einen dieses Typs, daher hat der Agent den letzten zurückgegeben (Datensatz %1).</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="300"/>
        <source>Issued: record %1, %2.</source>
        <translation>Ausgestellt: Datensatz %1, %2.</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerConsolePage</name>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="39"/>
        <source>Issuer agent account</source>
        <translation>Konto beim Aussteller-Agenten</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="41"/>
        <source>The account of your wallet this page acts with at the issuer agent; an issuer&apos;s own account is chosen first. Its records are read again every 2 seconds while the page is shown.</source>
        <translation>Das Konto Ihrer Wallet, mit dem diese Seite beim Aussteller-Agenten arbeitet; vorrangig wird das eigene Konto eines Ausstellers gewählt. Seine Datensätze werden alle 2 Sekunden neu gelesen, solange die Seite angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="44"/>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="46"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="48"/>
        <source>Ask the agent for its records now</source>
        <translation>Den Agenten jetzt nach seinen Datensätzen fragen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="50"/>
        <source>Reads the chosen account&apos;s records from the agent at once, without waiting for the next automatic read.</source>
        <translation>Liest die Datensätze des gewählten Kontos sofort beim Agenten, ohne auf das nächste automatische Lesen zu warten.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="53"/>
        <source>No issuer-agent account: add one in Wallet ▸ Accounts.</source>
        <translation>Kein Konto bei einem Aussteller-Agenten: Fügen Sie eines unter Wallet ▸ Konten hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="55"/>
        <source>When the records were last read</source>
        <translation>Wann die Datensätze zuletzt gelesen wurden</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="59"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="61"/>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="63"/>
        <source>Custodial issuance</source>
        <translation>Treuhänderische Ausstellung</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="64"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="67"/>
        <source>&amp;Open in inspector</source>
        <translation>Im Inspektor ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="69"/>
        <source>Open the credential in the inspector</source>
        <translation>Den Nachweis im Inspektor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="70"/>
        <source>Takes the credential that the last look-up or custodial issuance brought back to the Inspect section, where it is checked.</source>
        <translation>Übergibt den Nachweis, den das letzte Nachschlagen oder die letzte treuhänderische Ausstellung geliefert hat, an den Bereich „Untersuchen“, wo er geprüft wird.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="83"/>
        <source>Issuer agent</source>
        <translation>Aussteller-Agent</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="85"/>
        <source>Offer, issue, revoke and look up credentials at an issuer agent, with one of this wallet&apos;s issuer-agent accounts. Its key never leaves the wallet except to the agent.</source>
        <translation>Nachweise bei einem Aussteller-Agenten anbieten, ausstellen, widerrufen und nachschlagen – mit einem der Aussteller-Agent-Konten dieser Wallet. Dessen Schlüssel verlässt die Wallet nur in Richtung des Agenten.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="102"/>
        <source>Reading the records of %1…</source>
        <translation>Datensätze von %1 werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/IssuerConsolePage.cpp" line="110"/>
        <source>%n record(s), read at %1; read again every 2 seconds while this page is shown.</source>
        <translation>
            <numerusform>%n Datensatz, gelesen um %1; wird alle 2 Sekunden neu gelesen, solange diese Seite angezeigt wird.</numerusform>
            <numerusform>%n Datensätze, gelesen um %1; werden alle 2 Sekunden neu gelesen, solange diese Seite angezeigt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="154"/>
        <source>Credential exchange records</source>
        <translation>Datensätze zum Nachweisaustausch</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="156"/>
        <source>One row for each credential exchange at the agent, latest change first: its record and thread, role, state, claims, subject and when it changed. Choose a row to issue or revoke its credential.</source>
        <translation>Eine Zeile für jeden Nachweisaustausch beim Agenten, die zuletzt geänderten zuerst: Datensatz und Thread, Rolle, Zustand, Angaben, Subjekt und Zeitpunkt der Änderung. Wählen Sie eine Zeile aus, um ihren Nachweis auszustellen oder zu widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="178"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="180"/>
        <source>Issue the chosen accepted offer</source>
        <translation>Das gewählte angenommene Angebot ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="182"/>
        <source>Re&amp;voke…</source>
        <translation>W&amp;iderrufen …</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="184"/>
        <source>Revoke the chosen record&apos;s credential</source>
        <translation>Den Nachweis des gewählten Datensatzes widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="185"/>
        <source>After you confirm, the agent revokes the credential it sent, and every verifier that checks its status refuses it. This cannot be undone.</source>
        <translation>Nach Ihrer Bestätigung widerruft der Agent den gesendeten Nachweis, und jeder Prüfer, der seinen Status prüft, lehnt ihn ab. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="209"/>
        <source>Revoke the credential?</source>
        <translation>Nachweis widerrufen?</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="210"/>
        <source>The credential of record %1 will be revoked at the agent: every verifier that checks its status will refuse it. This cannot be undone.</source>
        <translation>Der Nachweis von Datensatz %1 wird beim Agenten widerrufen: Jeder Prüfer, der seinen Status prüft, wird ihn ablehnen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="214"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="225"/>
        <source>Claim type to look up</source>
        <translation>Nachzuschlagender Angabentyp</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="226"/>
        <source>claim_type, e.g. email</source>
        <translation>claim_type, z. B. email</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="228"/>
        <source>Claim &amp;type:</source>
        <translation>Angaben&amp;typ:</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="230"/>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="232"/>
        <source>Look up the first credential of this type</source>
        <translation>Den ersten Nachweis dieses Typs nachschlagen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="233"/>
        <source>Asks the agent for the first record whose claim_type is what you typed; if it holds a credential, you can open it in the inspector.</source>
        <translation>Fragt den Agenten nach dem ersten Datensatz, dessen claim_type Ihrer Eingabe entspricht; enthält er einen Nachweis, können Sie ihn im Inspektor öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="237"/>
        <source>The agent answers with the first credential whose claim_type is this (match/{type}); it opens in the inspector from the button below.</source>
        <translation>Der Agent antwortet mit dem ersten Nachweis, dessen claim_type diesem Wert entspricht (match/{type}); über die Schaltfläche unten öffnet er sich im Inspektor.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="307"/>
        <source>Only an offer the holder accepted (RequestReceived) can be issued.</source>
        <translation>Nur ein Angebot, das der Inhaber angenommen hat (RequestReceived), kann ausgestellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="309"/>
        <source>The agent issues the credential and sends it to the holder who accepted the chosen offer; the table shows how it goes.</source>
        <translation>Der Agent stellt den Nachweis aus und sendet ihn an den Inhaber, der das gewählte Angebot angenommen hat; die Tabelle zeigt, wie es vorangeht.</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerOfferForm</name>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="24"/>
        <source>Author DID</source>
        <translation>Autor-DID</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="25"/>
        <source>the issuer&apos;s published DID</source>
        <translation>die veröffentlichte DID des Ausstellers</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="28"/>
        <source>How long the offered credential stays valid, from one minute up to ten years. The arrow keys change it by an hour.</source>
        <translation>Wie lange der angebotene Nachweis gültig bleibt, von einer Minute bis zu zehn Jahren. Mit den Pfeiltasten ändern Sie den Wert jeweils um eine Stunde.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="31"/>
        <source>C&amp;reate offer</source>
        <translation>Angebot &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="33"/>
        <source>Create the offer</source>
        <translation>Das Angebot erstellen</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="34"/>
        <source>The issuer agent makes an offer of these claims to the holder on the chosen connection. It then appears under Records.</source>
        <translation>Der Aussteller-Agent bietet dem Inhaber über die gewählte Verbindung diese Angaben an. Das Angebot erscheint dann unter „Datensätze“.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="38"/>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="39"/>
        <source>&amp;Author DID:</source>
        <translation>A&amp;utor-DID:</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="40"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="41"/>
        <source>C&amp;laims:</source>
        <translation>Anga&amp;ben:</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerRecordModel</name>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="97"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="99"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="101"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="103"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="105"/>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="107"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="109"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>vcdesk::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="113"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="115"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="129"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="141"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="141"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeyActions</name>
    <message>
        <location filename="../models/KeyActions.cpp" line="22"/>
        <source>Making a new key</source>
        <translation>Neuer Schlüssel wird erstellt</translation>
    </message>
    <message>
        <location filename="../models/KeyActions.cpp" line="45"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeyListModel</name>
    <message>
        <location filename="../models/KeyListModel.cpp" line="96"/>
        <source>the default key</source>
        <translation>der Standardschlüssel</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="96"/>
        <source>not the default key</source>
        <translation>nicht der Standardschlüssel</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="111"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="126"/>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="128"/>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="130"/>
        <source>DID method</source>
        <translation>DID-Methode</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="132"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="134"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeyPicker</name>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="21"/>
        <source>Key the credentials are bound to</source>
        <translation>Schlüssel, an den die Nachweise gebunden werden</translation>
    </message>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="22"/>
        <source>The credentials you receive are bound to the key you choose, and presenting them later needs it. Your default key is chosen until you choose another.</source>
        <translation>Die Nachweise, die Sie erhalten, werden an den gewählten Schlüssel gebunden, und zum späteren Vorzeigen wird dieser benötigt. Gewählt ist Ihr Standardschlüssel, bis Sie einen anderen wählen.</translation>
    </message>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="53"/>
        <source>%1 · %2 · …%3</source>
        <translation>%1 · %2 · …%3</translation>
    </message>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="56"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeysBox</name>
    <message>
        <location filename="../ui/KeysBox.cpp" line="26"/>
        <source>Keys and identities</source>
        <translation>Schlüssel und Identitäten</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="30"/>
        <source>The keys you sign with, and the DIDs made from them. Issuers bind credentials to one of these DIDs; new credentials go to the default key. Keys are never removed: credentials stay bound to theirs.</source>
        <translation>Die Schlüssel, mit denen Sie signieren, und die daraus abgeleiteten DIDs. Aussteller binden Nachweise an eine dieser DIDs; neue Nachweise gehen an den Standardschlüssel. Schlüssel werden nie entfernt: Nachweise bleiben an ihren Schlüssel gebunden.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="36"/>
        <source>Your keys and their DIDs</source>
        <translation>Ihre Schlüssel und deren DIDs</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="38"/>
        <source>One row per key: its DID, key type, DID method, whether it is the default, and when it was made. Select a row to copy its DID or make it the default.</source>
        <translation>Eine Zeile pro Schlüssel: DID, Schlüsseltyp, DID-Methode, ob er der Standardschlüssel ist und wann er erstellt wurde. Wählen Sie eine Zeile aus, um die DID zu kopieren oder den Schlüssel als Standard festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="51"/>
        <source>Make &amp;default</source>
        <translation>&amp;Als Standard festlegen</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="53"/>
        <source>Make the selected key the default</source>
        <translation>Gewählten Schlüssel als Standard festlegen</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="54"/>
        <source>New credentials are bound to this key&apos;s DID from now on; the credentials you have stay bound to theirs.</source>
        <translation>Neue Nachweise werden ab jetzt an die DID dieses Schlüssels gebunden; Ihre vorhandenen Nachweise bleiben an ihre bisherige DID gebunden.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="56"/>
        <source>&amp;Copy DID</source>
        <translation>DID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="58"/>
        <source>Copy the selected key&apos;s DID</source>
        <translation>DID des gewählten Schlüssels kopieren</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="59"/>
        <source>Puts the whole DID on the clipboard, to paste where an issuer asks for it.</source>
        <translation>Kopiert die vollständige DID in die Zwischenablage, damit Sie sie dort einfügen können, wo ein Aussteller danach fragt.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="64"/>
        <source>Type of the new key</source>
        <translation>Typ des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="65"/>
        <source>The kind of key New key makes: P-256, Ed25519 or secp256k1. Choose one the issuers you use accept.</source>
        <translation>Die Art von Schlüssel, die „Neuer Schlüssel“ erstellt: P-256, Ed25519 oder secp256k1. Wählen Sie einen Typ, den die Aussteller akzeptieren, die Sie nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="71"/>
        <source>DID method of the new key</source>
        <translation>DID-Methode des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="72"/>
        <source>How the new key&apos;s DID is written: did:key is short; did:jwk holds the key itself and is much longer.</source>
        <translation>Wie die DID des neuen Schlüssels geschrieben wird: did:key ist kurz; did:jwk enthält den Schlüssel selbst und ist deutlich länger.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="76"/>
        <source>&amp;New key</source>
        <translation>&amp;Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="78"/>
        <source>Make a new key of this type and DID method</source>
        <translation>Neuen Schlüssel mit diesem Typ und dieser DID-Methode erstellen</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="79"/>
        <source>Adds a key to your wallet and selects it in the list. It becomes the default only if it is your first key.</source>
        <translation>Fügt Ihrer Wallet einen Schlüssel hinzu und wählt ihn in der Liste aus. Er wird nur dann zum Standardschlüssel, wenn er Ihr erster Schlüssel ist.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="81"/>
        <source>Key t&amp;ype:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="83"/>
        <source>DID &amp;method:</source>
        <translation>DID-&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="112"/>
        <location filename="../ui/KeysBox.cpp" line="115"/>
        <source>Making a new key…</source>
        <translation>Neuer Schlüssel wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="123"/>
        <source>Changing the default key…</source>
        <translation>Standardschlüssel wird geändert …</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="130"/>
        <source>The DID is on the clipboard.</source>
        <translation>Die DID ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="171"/>
        <source>Cannot read the keys: %1</source>
        <translation>Die Schlüssel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="177"/>
        <source>Made a new key with a %1; it is selected in the list.</source>
        <translation>Neuer Schlüssel mit %1 erstellt; er ist in der Liste ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="184"/>
        <source>The selected key is the default now.</source>
        <translation>Der gewählte Schlüssel ist jetzt der Standardschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="189"/>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="223"/>
        <source>Unlock the wallet to see its keys and make new ones.</source>
        <translation>Entsperren Sie die Wallet, um ihre Schlüssel zu sehen und neue zu erstellen.</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskCamera</name>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="47"/>
        <location filename="../ui/KioskCamera.cpp" line="55"/>
        <location filename="../ui/KioskCamera.cpp" line="157"/>
        <source>Or hold your credential&apos;s QR code up to the camera.</source>
        <translation>Oder halten Sie den QR-Code Ihres Nachweises vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="52"/>
        <source>The camera sends no picture. Another program may be using it.</source>
        <translation>Die Kamera liefert kein Bild. Möglicherweise wird sie von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="127"/>
        <source>No camera is connected: codes held up cannot be read.</source>
        <translation>Keine Kamera angeschlossen: Vorgehaltene Codes können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="128"/>
        <source>The camera &quot;%1&quot; is not connected: codes held up cannot be read.</source>
        <translation>Die Kamera „%1“ ist nicht angeschlossen: Vorgehaltene Codes können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="135"/>
        <source>What the camera sees</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="152"/>
        <source>The camera cannot be used (%1).</source>
        <translation>Die Kamera kann nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="179"/>
        <source>The camera was unplugged: plug it in again and it is used at once.</source>
        <translation>Die Kamera wurde getrennt: Schließen Sie sie wieder an, dann wird sie sofort verwendet.</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskController</name>
    <message>
        <location filename="../models/KioskController.cpp" line="54"/>
        <location filename="../models/KioskController.cpp" line="351"/>
        <location filename="../models/KioskController.cpp" line="373"/>
        <location filename="../models/KioskController.cpp" line="428"/>
        <location filename="../models/KioskController.cpp" line="477"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="56"/>
        <source>It could not be checked in time: a service it needs did not answer.</source>
        <translation>Die Prüfung war nicht rechtzeitig möglich: Ein benötigter Dienst hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="355"/>
        <source>Verified by the service, not confirmed here: the kiosk could not read the request this answer was for (%1).</source>
        <translation>Vom Dienst verifiziert, hier aber nicht bestätigt: Der Kiosk konnte die Anfrage, zu der diese Antwort gehört, nicht lesen (%1).</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="357"/>
        <source>it was answered before the kiosk saw it scanned</source>
        <translation>die Antwort kam, bevor der Kiosk das Scannen bemerkt hat</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="378"/>
        <source>Verified by the service, not confirmed here: %1</source>
        <translation>Vom Dienst verifiziert, hier aber nicht bestätigt: %1</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="384"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="434"/>
        <source>The holder declined to share.</source>
        <translation>Der Inhaber hat das Teilen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="436"/>
        <source>The verifier refused the answer.</source>
        <translation>Der Prüfer hat die Antwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="438"/>
        <source>The verifier refused the answer: %1</source>
        <translation>Der Prüfer hat die Antwort abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="441"/>
        <source>The request stays open: the same person can answer again.</source>
        <translation>Die Anfrage bleibt offen: Dieselbe Person kann erneut antworten.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="466"/>
        <source>This request has ended; a new one follows.</source>
        <translation>Diese Anfrage ist beendet; eine neue folgt.</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskExitPanel</name>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="20"/>
        <source>&amp;Leave the kiosk</source>
        <translation>Kiosk &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="25"/>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="31"/>
        <source>No operator PIN is set for this kiosk (see operatorPinHash in its config).</source>
        <translation>Für diesen Kiosk ist keine Betreiber-PIN festgelegt (siehe operatorPinHash in seiner Konfiguration).</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="33"/>
        <source>Enter the operator PIN to leave the kiosk.</source>
        <translation>Geben Sie die Betreiber-PIN ein, um den Kiosk zu verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="37"/>
        <source>Operator PIN</source>
        <translation>Betreiber-PIN</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="38"/>
        <source>Type the PIN and press Enter; it stays hidden. After a minute without typing, this panel closes and the kiosk carries on.</source>
        <translation>Geben Sie die PIN ein und drücken Sie die Eingabetaste; die Eingabe bleibt verborgen. Nach einer Minute ohne Eingabe schließt sich dieser Bereich, und der Kiosk läuft weiter.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="46"/>
        <source>Leave the kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="47"/>
        <source>If the PIN is right, the kiosk program closes. After %1 wrong PINs in a row, every PIN is refused for %2 seconds.</source>
        <translation>Ist die PIN richtig, wird das Kiosk-Programm beendet. Nach %1 falschen PINs in Folge wird jede PIN %2 Sekunden lang abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="51"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="53"/>
        <source>Cancel and go back to the kiosk</source>
        <translation>Abbrechen und zum Kiosk zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="54"/>
        <source>The kiosk carries on where it was. Esc does the same.</source>
        <translation>Der Kiosk läuft dort weiter, wo er war. Esc bewirkt dasselbe.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="114"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskLogWriter</name>
    <message>
        <location filename="../models/KioskLogWriter.cpp" line="182"/>
        <source>the shared log stopped answering</source>
        <translation>das gemeinsame Protokoll antwortet nicht mehr</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskResultView</name>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="30"/>
        <location filename="../ui/KioskResultView.cpp" line="61"/>
        <source>Tap the screen for the next person</source>
        <translation>Tippen Sie auf den Bildschirm für die nächste Person</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="60"/>
        <source>Tap the screen to answer again</source>
        <translation>Tippen Sie auf den Bildschirm, um erneut zu antworten</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="63"/>
        <source>✘ Not verified</source>
        <translation>✘ Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="64"/>
        <source>✔ Verified, shown</source>
        <translation>✔ Verifiziert, nur als Code gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="65"/>
        <source>✔ Verified</source>
        <translation>✔ Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="66"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="66"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="76"/>
        <source>(not shared)</source>
        <translation>(nicht geteilt)</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="90"/>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskScanVerifier</name>
    <message>
        <location filename="../models/KioskScanVerifier.cpp" line="16"/>
        <location filename="../models/KioskScanVerifier.cpp" line="32"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../models/KioskScanVerifier.cpp" line="34"/>
        <source>Verified (shown, not presented)</source>
        <translation>Verifiziert (nur als Code gezeigt, nicht über eine Wallet vorgezeigt)</translation>
    </message>
    <message>
        <location filename="../models/KioskScanVerifier.cpp" line="35"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskWindow</name>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="54"/>
        <source>vcdesk kiosk</source>
        <translation>vcdesk-Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="114"/>
        <source>Hold your credential&apos;s QR code up to the camera.</source>
        <translation>Halten Sie den QR-Code Ihres Nachweises vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="115"/>
        <source>Scan this code with your wallet app and share what it asks for.</source>
        <translation>Scannen Sie diesen Code mit Ihrer Wallet-App und teilen Sie, was angefragt wird.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="117"/>
        <source>Show your credential</source>
        <translation>Zeigen Sie Ihren Nachweis vor</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="122"/>
        <source>QR code to scan with your wallet</source>
        <translation>QR-Code zum Scannen mit Ihrer Wallet</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="125"/>
        <source>The same request as a link, for a wallet on this device</source>
        <translation>Dieselbe Anfrage als Link, für eine Wallet auf diesem Gerät</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="137"/>
        <source>Camera for the QR code of your credential</source>
        <translation>Kamera für den QR-Code Ihres Nachweises</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="201"/>
        <source>One moment…</source>
        <translation>Einen Moment …</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="201"/>
        <source>Preparing a new request.</source>
        <translation>Eine neue Anfrage wird vorbereitet.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="212"/>
        <source>Open your wallet</source>
        <translation>Öffnen Sie Ihre Wallet</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="212"/>
        <source>Check what is asked and share it.</source>
        <translation>Prüfen Sie, was angefragt wird, und teilen Sie es.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="217"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="218"/>
        <source>The code you showed is being checked.</source>
        <translation>Der gezeigte Code wird geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="219"/>
        <source>Your answer arrived; it is being checked.</source>
        <translation>Ihre Antwort ist eingegangen und wird geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="230"/>
        <source>Cannot reach the verifier</source>
        <translation>Prüfer nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="231"/>
        <source>Retrying… (%1)</source>
        <translation>Neuer Versuch … (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="241"/>
        <source>New code in %1:%2</source>
        <translation>Neuer Code in %1:%2</translation>
    </message>
</context>
<context>
    <name>vcdesk::LogoLoader</name>
    <message>
        <location filename="../models/LogoLoader.cpp" line="64"/>
        <source>the logo is on another site than the issuer&apos;s: not fetched, so that site does not learn who looks at the offer</source>
        <translation>das Logo liegt auf einer anderen Website als der des Ausstellers: nicht abgerufen, damit diese Website nicht erfährt, wer sich das Angebot ansieht</translation>
    </message>
</context>
<context>
    <name>vcdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>vcdesk</source>
        <translation>vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>The section you choose fills the rest of the window: your wallet, the inspector, the operator console or the settings.</source>
        <translation>Der gewählte Bereich füllt den Rest des Fensters: Ihre Wallet, der Inspektor, die Betreiberkonsole oder die Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>The console acts at services with this wallet&apos;s accounts: unlock the wallet to use it.</source>
        <translation>Die Konsole arbeitet mit den Konten dieser Wallet bei Diensten: Entsperren Sie die Wallet, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Opening the wallet…</source>
        <translation>Wallet wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Open token…</source>
        <translation>Token &amp;öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Add credential…</source>
        <translation>Nachweis &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Present to a verifier…</source>
        <translation>Einem Prüfer &amp;vorzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Receive from an issuer…</source>
        <translation>Von einem Aussteller &amp;empfangen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Presentation &amp;history…</source>
        <translation>Vorzeige-Ver&amp;lauf …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Offers from issuers…</source>
        <translation>&amp;Angebote von Ausstellern …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Hosted wallet…</source>
        <translation>&amp;Gehostete Wallet …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Connect to the local &amp;sandbox</source>
        <translation>Mit der lokalen Sand&amp;box verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;About vcdesk</source>
        <translation>Über &amp;vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>About vcdesk</source>
        <translation>Über vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&lt;b&gt;vcdesk %1&lt;/b&gt;&lt;p&gt;Verifiable credentials on the desktop: inspect and verify credentials, keep them in a wallet, present them, and run a verifier kiosk.&lt;/p&gt;</source>
        <translation>&lt;b&gt;vcdesk %1&lt;/b&gt;&lt;p&gt;Verifizierbare Nachweise auf dem Desktop: Nachweise untersuchen und prüfen, in einer Wallet aufbewahren, vorzeigen und einen Prüfer-Kiosk betreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>the wallet has no profile</source>
        <translation>die Wallet hat kein Profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Cannot show the credentials</source>
        <translation>Die Nachweise können nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Credential received</source>
        <translation>Nachweis erhalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>It is in your wallet. %1</source>
        <translation>Er ist jetzt in Ihrer Wallet. %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>%n credential(s) added to the wallet.</source>
        <translation>
            <numerusform>%n Nachweis zur Wallet hinzugefügt.</numerusform>
            <numerusform>%n Nachweise zur Wallet hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>%1 added; %2 already in the wallet (skipped).</source>
        <translation>%1 hinzugefügt; %2 bereits in der Wallet (übersprungen).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Another offer first</source>
        <translation>Zuerst ein anderes Angebot</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>An offer is being received: finish it, then open the new link again.</source>
        <translation>Es wird gerade ein Angebot empfangen: Schließen Sie es ab und öffnen Sie dann den neuen Link erneut.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>Sandbox connected</source>
        <translation>Sandbox verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="473"/>
        <source>Could not connect to the sandbox</source>
        <translation>Verbindung zur Sandbox fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>Unlock to receive</source>
        <translation>Zum Empfangen entsperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>An issuer&apos;s offer is waiting: unlock your wallet to see it.</source>
        <translation>Das Angebot eines Ausstellers wartet: Entsperren Sie Ihre Wallet, um es zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Unlock to present</source>
        <translation>Zum Vorzeigen entsperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>A verifier&apos;s request is waiting: unlock your wallet to see it.</source>
        <translation>Die Anfrage eines Prüfers wartet: Entsperren Sie Ihre Wallet, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>No wallet yet</source>
        <translation>Noch keine Wallet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Create a wallet first; then open the link again.</source>
        <translation>Erstellen Sie zuerst eine Wallet und öffnen Sie dann den Link erneut.</translation>
    </message>
</context>
<context>
    <name>vcdesk::MandateDataModel</name>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="47"/>
        <source>no hash to check</source>
        <translation>kein Hash zum Prüfen</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="96"/>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="99"/>
        <source>No hash</source>
        <translation>Kein Hash</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="102"/>
        <source>✓ Matches</source>
        <translation>✓ Stimmt überein</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="103"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="114"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="116"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="118"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="120"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>vcdesk::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="17"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="29"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="30"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vcdesk::OfferInbox</name>
    <message>
        <location filename="../models/OfferInbox.cpp" line="76"/>
        <source>No issuer account yet: add one to receive offers.</source>
        <translation>Noch kein Ausstellerkonto: Fügen Sie eines hinzu, um Angebote zu erhalten.</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="166"/>
        <source>Receiving the credential…</source>
        <translation>Nachweis wird empfangen …</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="192"/>
        <source>The offer was not accepted</source>
        <translation>Das Angebot wurde nicht angenommen</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="194"/>
        <source>Stopped. The issuer may still issue it; the next check of the inbox shows what it did.</source>
        <translation>Abgebrochen. Der Aussteller stellt den Nachweis eventuell trotzdem aus; die nächste Abfrage des Posteingangs zeigt, was geschehen ist.</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="196"/>
        <source>%1. Nothing was stored; the offer stays in the inbox.</source>
        <translation>%1. Es wurde nichts gespeichert; das Angebot bleibt im Posteingang.</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="211"/>
        <source>The offer was not rejected</source>
        <translation>Das Angebot wurde nicht abgelehnt</translation>
    </message>
</context>
<context>
    <name>vcdesk::OfferListModel</name>
    <message>
        <location filename="../models/OfferListModel.cpp" line="33"/>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="34"/>
        <source>Accepted, sending</source>
        <translation>Angenommen, wird gesendet</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="35"/>
        <source>Accepted, waiting for the issuer</source>
        <translation>Angenommen, wartet auf den Aussteller</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="36"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="37"/>
        <location filename="../models/OfferListModel.cpp" line="38"/>
        <source>Ended with a problem</source>
        <translation>Mit einem Problem beendet</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="39"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="92"/>
        <source>Credential offer</source>
        <translation>Nachweis-Angebot</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="111"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="113"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="115"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>vcdesk::OffersPage</name>
    <message>
        <location filename="../ui/OffersPage.cpp" line="44"/>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="46"/>
        <source>Check the issuers for offers now</source>
        <translation>Jetzt bei den Ausstellern nach Angeboten sehen</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="47"/>
        <source>Your wallet asks your issuer agent accounts for new offers now instead of at the next regular check. When it last checked shows beside this button.</source>
        <translation>Ihre Wallet fragt Ihre Konten bei Aussteller-Agenten jetzt nach neuen Angeboten, statt bis zur nächsten regulären Abfrage zu warten. Wann zuletzt nachgesehen wurde, steht neben dieser Schaltfläche.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="53"/>
        <location filename="../ui/OffersPage.cpp" line="106"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="54"/>
        <source>The credentials issuers have offered you, with their state and when they last changed. Choose one to see what it holds and to accept or reject it.</source>
        <translation>Die Nachweise, die Aussteller Ihnen angeboten haben, mit ihrem Zustand und dem Zeitpunkt der letzten Änderung. Wählen Sie ein Angebot aus, um zu sehen, was es enthält, und es anzunehmen oder abzulehnen.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="81"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="83"/>
        <source>Accept the offer: the issuer issues the credential</source>
        <translation>Angebot annehmen: Der Aussteller stellt den Nachweis aus</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="84"/>
        <source>Your wallet asks the issuer for the credential, then checks and stores it; this may take a while. If it fails, nothing is stored and the offer stays here.</source>
        <translation>Ihre Wallet fordert den Nachweis beim Aussteller an, prüft ihn und speichert ihn; das kann etwas dauern. Schlägt das fehl, wird nichts gespeichert, und das Angebot bleibt hier.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="87"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="89"/>
        <source>Reject the offer</source>
        <translation>Angebot ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="90"/>
        <source>Kept in your wallet as rejected. The issuer is not told: its service has no way to hear a no.</source>
        <translation>Wird in Ihrer Wallet als abgelehnt aufbewahrt. Der Aussteller erfährt davon nichts: Sein Dienst kann kein Nein empfangen.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="92"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="94"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Kehrt zur Liste der Nachweise in Ihrer Wallet zurück.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="145"/>
        <source>Checking the issuers for offers…</source>
        <translation>Aussteller werden nach Angeboten gefragt …</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="147"/>
        <source>Could not check every issuer: %1</source>
        <translation>Nicht alle Aussteller konnten abgefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="150"/>
        <source>Checked at %1.</source>
        <translation>Geprüft um %1.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="153"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="167"/>
        <source>No offers. When an issuer offers you a credential it appears here.</source>
        <translation>Keine Angebote. Wenn Ihnen ein Aussteller einen Nachweis anbietet, erscheint das Angebot hier.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="169"/>
        <source>Choose an offer to see what it holds.</source>
        <translation>Wählen Sie ein Angebot, um zu sehen, was es enthält.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="199"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="200"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="201"/>
        <source>What it holds:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="204"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="208"/>
        <source>You rejected it; the issuer was not told.</source>
        <translation>Sie haben es abgelehnt; der Aussteller wurde nicht benachrichtigt.</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperationLog</name>
    <message>
        <location filename="../models/OperationLog.cpp" line="40"/>
        <source>this computer&apos;s user</source>
        <translation>Benutzer dieses Computers</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="71"/>
        <source>Done. %1</source>
        <translation>Erledigt. %1</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="72"/>
        <source>Failed. %1</source>
        <translation>Fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="88"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="90"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="92"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="94"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="96"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperationRunner</name>
    <message>
        <location filename="../models/OperationRunner.cpp" line="20"/>
        <source>The account cannot be read: %1.</source>
        <translation>Das Konto kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperationsView</name>
    <message>
        <location filename="../ui/OperationsView.cpp" line="26"/>
        <location filename="../ui/OperationsView.cpp" line="51"/>
        <source>Operations history</source>
        <translation>Vorgangsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="28"/>
        <source>Every action taken at a service from the console: when, by whom, with which account, what, and how it ended, newest first. Choose a row to read it in full below.</source>
        <translation>Jede Aktion, die über die Konsole bei einem Dienst ausgeführt wurde: wann, von wem, mit welchem Konto, was und mit welchem Ergebnis, neueste zuerst. Wählen Sie eine Zeile aus, um sie unten vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="44"/>
        <source>The chosen operation</source>
        <translation>Der gewählte Vorgang</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="47"/>
        <source>Kept in memory until vcdesk closes.</source>
        <translation>Bis zum Beenden von vcdesk im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="48"/>
        <source>Kept in %1. It names accounts and records, never keys or tokens.</source>
        <translation>Gespeichert in %1. Enthält Namen von Konten und Datensätzen, niemals Schlüssel oder Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="69"/>
        <source>%1 by %2 with %3: %4 %5
%6</source>
        <translation>%1 von %2 mit %3: %4 %5
%6</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperatorPinGate</name>
    <message numerus="yes">
        <location filename="../models/OperatorPinGate.cpp" line="28"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/OperatorPinGate.cpp" line="53"/>
        <source>Wrong PIN. The prompt is locked for %n second(s).</source>
        <translation>
            <numerusform>Falsche PIN. Die Eingabe ist für %n Sekunde gesperrt.</numerusform>
            <numerusform>Falsche PIN. Die Eingabe ist für %n Sekunden gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/OperatorPinGate.cpp" line="56"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcdesk::OutcomeLabel</name>
    <message>
        <location filename="../ui/OutcomeLabel.cpp" line="11"/>
        <source>What happened</source>
        <translation>Ergebnis</translation>
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
    <name>vcdesk::PassphraseMeter</name>
    <message>
        <location filename="../ui/PassphraseMeter.cpp" line="20"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/PassphraseMeter.cpp" line="43"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentController</name>
    <message>
        <location filename="../models/PresentController.cpp" line="52"/>
        <source>Paste or type the link the verifier shows you.</source>
        <translation>Fügen Sie den Link ein, den der Prüfer Ihnen zeigt, oder tippen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="62"/>
        <source>This is not a presentation request: %1</source>
        <translation>Das ist keine Anfrage eines Prüfers: %1</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="82"/>
        <source>Reading the verifier&apos;s request</source>
        <translation>Anfrage des Prüfers wird gelesen</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="101"/>
        <source>Looking for a QR code</source>
        <translation>QR-Code wird gesucht</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="113"/>
        <source>The QR code holds no presentation request or credential offer.</source>
        <translation>Der QR-Code enthält weder eine Anfrage eines Prüfers noch ein Nachweis-Angebot.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="178"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="179"/>
        <source>You declined; %1 was told no. Nothing left your wallet.</source>
        <translation>Sie haben abgelehnt; %1 wurde darüber informiert. Nichts hat Ihre Wallet verlassen.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="182"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="183"/>
        <source>%1 received your answer and accepted it.</source>
        <translation>%1 hat Ihre Antwort erhalten und angenommen.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="191"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="193"/>
        <source>Stopped while sending: the verifier may or may not have received your answer.</source>
        <translation>Beim Senden abgebrochen: Der Prüfer hat Ihre Antwort möglicherweise erhalten, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="195"/>
        <source>Nothing was sent to the verifier.</source>
        <translation>Es wurde nichts an den Prüfer gesendet.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="199"/>
        <source>Refused by the verifier</source>
        <translation>Vom Prüfer abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="202"/>
        <source>%1 did not accept your answer: %2. Your wallet is unchanged.</source>
        <translation>%1 hat Ihre Antwort nicht angenommen: %2. Ihre Wallet ist unverändert.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="207"/>
        <source>Cannot use this request</source>
        <translation>Diese Anfrage kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="207"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="210"/>
        <source>%1. Nothing was sent; check the link or ask the verifier for a new one.</source>
        <translation>%1. Es wurde nichts gesendet; prüfen Sie den Link oder bitten Sie den Prüfer um einen neuen.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="212"/>
        <source>%1. Your wallet is unchanged; try again.</source>
        <translation>%1. Ihre Wallet ist unverändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="218"/>
        <source>It could not be kept in your presentation history: %1.</source>
        <translation>Der Vorgang konnte nicht in Ihrem Vorzeige-Verlauf gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentPage</name>
    <message>
        <location filename="../ui/PresentPage.cpp" line="44"/>
        <source>Present a credential</source>
        <translation>Nachweis vorzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="88"/>
        <source>A verifier (a shop, a door, a web site) shows a QR code or a link. Give it to vcdesk in one of these ways; you will see who asks and for what before anything leaves your wallet.</source>
        <translation>Ein Prüfer (ein Geschäft, eine Tür, eine Website) zeigt einen QR-Code oder einen Link. Übergeben Sie ihn auf eine dieser Arten an vcdesk; Sie sehen, wer was anfragt, bevor irgendetwas Ihre Wallet verlässt.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="93"/>
        <source>Link from the verifier</source>
        <translation>Link des Prüfers</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="94"/>
        <source>openid4vp://…, openid-vc://…, haip-vp://… or https://…</source>
        <translation>openid4vp://…, openid-vc://…, haip-vp://… oder https://…</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="96"/>
        <source>&amp;Continue</source>
        <translation>We&amp;iter</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="97"/>
        <source>Open the verifier&apos;s request</source>
        <translation>Die Anfrage des Prüfers öffnen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="99"/>
        <source>vcdesk fetches the request behind the link you typed or pasted and shows you who asks and for what. Nothing is sent yet.</source>
        <translation>vcdesk ruft die Anfrage hinter dem eingegebenen oder eingefügten Link ab und zeigt Ihnen, wer was anfragt. Gesendet wird noch nichts.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="101"/>
        <source>From a &amp;picture…</source>
        <translation>Aus einem &amp;Bild …</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="102"/>
        <source>Read a QR code from a picture file</source>
        <translation>QR-Code aus einer Bilddatei lesen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="103"/>
        <source>Choose a picture file (PNG, JPEG, BMP, GIF or WebP) that shows the verifier&apos;s QR code; vcdesk reads the request in it.</source>
        <translation>Wählen Sie eine Bilddatei (PNG, JPEG, BMP, GIF oder WebP), die den QR-Code des Prüfers zeigt; vcdesk liest die darin enthaltene Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="105"/>
        <source>From the &amp;screen…</source>
        <translation>Vom Bild&amp;schirm …</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="106"/>
        <source>Read a QR code shown on the screen</source>
        <translation>Einen auf dem Bildschirm angezeigten QR-Code lesen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="107"/>
        <source>The vcdesk window hides for a moment; then drag a rectangle around the QR code, or press Enter to read the whole screen.</source>
        <translation>Das vcdesk-Fenster wird kurz ausgeblendet; ziehen Sie dann ein Rechteck um den QR-Code, oder drücken Sie die Eingabetaste, um den ganzen Bildschirm zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="110"/>
        <source>From the ca&amp;mera…</source>
        <translation>Mit der &amp;Kamera …</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="111"/>
        <source>Read a QR code held up to the camera</source>
        <translation>Einen vor die Kamera gehaltenen QR-Code lesen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="112"/>
        <source>Shows the camera&apos;s picture; hold the QR code up to it. The camera stops once a code is read or you cancel with Escape.</source>
        <translation>Zeigt das Kamerabild; halten Sie den QR-Code davor. Die Kamera wird ausgeschaltet, sobald ein Code gelesen wurde oder Sie mit Esc abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="121"/>
        <source>Or read the QR code:</source>
        <translation>Oder den QR-Code lesen:</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="175"/>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="175"/>
        <source>Share what is chosen</source>
        <translation>Das Ausgewählte teilen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="178"/>
        <source>Sends the verifier only the credentials and claims you chose above. It stays unavailable while something the request needs is not chosen.</source>
        <translation>Sendet dem Prüfer nur die Nachweise und Angaben, die Sie oben ausgewählt haben. Die Schaltfläche bleibt deaktiviert, solange etwas, das die Anfrage verlangt, nicht ausgewählt ist.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="180"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="181"/>
        <source>Decline: tell the verifier no</source>
        <translation>Ablehnen: dem Prüfer eine Absage erteilen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="182"/>
        <source>The verifier is told you declined; nothing leaves your wallet.</source>
        <translation>Der Prüfer erfährt, dass Sie abgelehnt haben; nichts verlässt Ihre Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="210"/>
        <source>Present &amp;again</source>
        <translation>&amp;Erneut vorzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="211"/>
        <source>Present to another verifier</source>
        <translation>Einem anderen Prüfer vorzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="212"/>
        <source>Starts over, so you can give vcdesk the next verifier&apos;s link or QR code.</source>
        <translation>Beginnt von vorn, damit Sie vcdesk den Link oder QR-Code des nächsten Prüfers geben können.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="215"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="215"/>
        <source>Back to the wallet</source>
        <translation>Zurück zur Wallet</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="217"/>
        <source>Closes this answer and takes you back to your credentials.</source>
        <translation>Schließt diese Antwort und bringt Sie zurück zu Ihren Nachweisen.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="218"/>
        <source>See the &amp;history</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="219"/>
        <source>Every answer you gave verifiers</source>
        <translation>Alle Antworten, die Sie Prüfern gegeben haben</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="220"/>
        <source>Opens your presentation history, newest first: when, to which verifier, the outcome, and what was shared.</source>
        <translation>Öffnet Ihren Vorzeige-Verlauf, neueste Einträge zuerst: wann, an welchen Prüfer, mit welchem Ergebnis und was geteilt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="266"/>
        <source>The verifier asks you to go on at %1</source>
        <translation>Der Prüfer bittet Sie, unter %1 fortzufahren</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="273"/>
        <source>What left your wallet:</source>
        <translation>Was Ihre Wallet verlassen hat:</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="293"/>
        <source>Read a QR code from a picture</source>
        <translation>QR-Code aus einem Bild lesen</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="294"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="322"/>
        <source>vcdesk cannot see the screen here (some desktops do not allow it). Save the QR code as a picture and use “From a picture…”, or copy the link.</source>
        <translation>vcdesk kann hier nicht auf den Bildschirm zugreifen (manche Desktops erlauben das nicht). Speichern Sie den QR-Code als Bild und verwenden Sie „Aus einem Bild …“, oder kopieren Sie den Link.</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentationFlow</name>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="71"/>
        <source>Reading the verifier&apos;s request</source>
        <translation>Anfrage des Prüfers wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="123"/>
        <source>the wallet was closed while the request was open</source>
        <translation>die Wallet wurde geschlossen, während die Anfrage offen war</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="125"/>
        <source>Sending your answer to the verifier</source>
        <translation>Ihre Antwort wird an den Prüfer gesendet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="167"/>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentationHistoryModel</name>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="28"/>
        <source>%1 (name not verified)</source>
        <translation>%1 (Name nicht verifiziert)</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="36"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="38"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="40"/>
        <source>Refused by the verifier</source>
        <translation>Vom Prüfer abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="44"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="55"/>
        <source>%1 (the whole credential)</source>
        <translation>%1 (der gesamte Nachweis)</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="93"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="108"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="110"/>
        <source>To whom</source>
        <translation>An wen</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="112"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="114"/>
        <source>What left your wallet</source>
        <translation>Was Ihre Wallet verlassen hat</translation>
    </message>
</context>
<context>
    <name>vcdesk::QrCodeView</name>
    <message>
        <location filename="../ui/QrCodeView.cpp" line="16"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../ui/QrCodeView.cpp" line="26"/>
        <source>Drawing the QR code…</source>
        <translation>QR-Code wird gezeichnet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/QrCodeView.cpp" line="43"/>
        <source>A QR code of %n module(s) a side</source>
        <translation>
            <numerusform>Ein QR-Code mit %n Modul Seitenlänge</numerusform>
            <numerusform>Ein QR-Code mit %n Modulen Seitenlänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcdesk::ReceiveController</name>
    <message>
        <location filename="../models/ReceiveController.cpp" line="75"/>
        <source>Reading the issuer&apos;s offer</source>
        <translation>Angebot des Ausstellers wird gelesen</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="106"/>
        <source>Opening your key</source>
        <translation>Ihr Schlüssel wird geöffnet</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="120"/>
        <source>the profile has no key to bind the credentials to</source>
        <translation>das Profil hat keinen Schlüssel, an den die Nachweise gebunden werden können</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="121"/>
        <source>the key %1 is no longer in this profile: choose another</source>
        <translation>der Schlüssel %1 ist nicht mehr in diesem Profil: wählen Sie einen anderen</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="138"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="259"/>
        <source>Not kept</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="260"/>
        <source>Nothing from this offer was stored; the issuer was told.</source>
        <translation>Von diesem Angebot wurde nichts gespeichert; der Aussteller wurde informiert.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="269"/>
        <source>Storing in your wallet</source>
        <translation>Wird in Ihrer Wallet gespeichert</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="291"/>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="293"/>
        <source>The wallet could not store the credentials: %1</source>
        <translation>Die Wallet konnte die Nachweise nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="300"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReceiveController.cpp" line="302"/>
        <source>%n credential(s) stored in your wallet.</source>
        <translation>
            <numerusform>%n Nachweis in Ihrer Wallet gespeichert.</numerusform>
            <numerusform>%n Nachweise in Ihrer Wallet gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReceiveController.cpp" line="305"/>
        <source>%n you already had.</source>
        <translation>
            <numerusform>%n Nachweis hatten Sie bereits.</numerusform>
            <numerusform>%n Nachweise hatten Sie bereits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="338"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="340"/>
        <source>Stopped: the offer may be used up; ask the issuer for a new one if you still want the credential.</source>
        <translation>Abgebrochen: Das Angebot ist möglicherweise verbraucht; bitten Sie den Aussteller um ein neues, wenn Sie den Nachweis noch möchten.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="343"/>
        <source>The sign-in at the issuer was stopped and nothing was received. Open the offer again to start over.</source>
        <translation>Die Anmeldung beim Aussteller wurde abgebrochen, und es wurde nichts empfangen. Öffnen Sie das Angebot erneut, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="345"/>
        <source>Nothing was asked of the issuer.</source>
        <translation>Beim Aussteller wurde nichts angefragt.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="348"/>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
</context>
<context>
    <name>vcdesk::ReceivePage</name>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="43"/>
        <source>SD-JWT VC</source>
        <translation>SD-JWT VC</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="43"/>
        <source>JWT-VC</source>
        <translation>JWT-VC</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="65"/>
        <source>Receive a credential</source>
        <translation>Nachweis empfangen</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="129"/>
        <source>An issuer (a university, an office, a shop) gives you a link or a QR code starting with openid-credential-offer://. Paste the link here; a QR code is read under Present, and an offer found there comes here. You will see who offers what before anything is asked of the issuer.</source>
        <translation>Ein Aussteller (eine Universität, ein Amt, ein Geschäft) gibt Ihnen einen Link oder QR-Code, der mit openid-credential-offer:// beginnt. Fügen Sie den Link hier ein; ein QR-Code wird unter „Vorzeigen“ gelesen, und ein dort gefundenes Angebot landet hier. Sie sehen, wer was anbietet, bevor beim Aussteller irgendetwas angefragt wird.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="135"/>
        <source>Offer link from the issuer</source>
        <translation>Angebotslink des Ausstellers</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="136"/>
        <source>openid-credential-offer://… or https://…</source>
        <translation>openid-credential-offer://… oder https://…</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="139"/>
        <source>&amp;Continue</source>
        <translation>We&amp;iter</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="139"/>
        <source>Read the issuer&apos;s offer</source>
        <translation>Das Angebot des Ausstellers lesen</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="141"/>
        <source>vcdesk fetches the offer and the issuer&apos;s details and shows you who offers what. Nothing is received yet, and the offer is not used up.</source>
        <translation>vcdesk ruft das Angebot und die Informationen zum Aussteller ab und zeigt Ihnen, wer was anbietet. Noch wird nichts empfangen, und das Angebot wird nicht verbraucht.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="193"/>
        <source>What the issuer offers</source>
        <translation>Was der Aussteller anbietet</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="195"/>
        <source>Each credential on offer with its format, and under it the claims it holds. One that vcdesk cannot keep is marked and left out.</source>
        <translation>Jeder angebotene Nachweis mit seinem Format und darunter den Angaben, die er enthält. Ein Nachweis, den vcdesk nicht aufbewahren kann, ist gekennzeichnet und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="197"/>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="197"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="207"/>
        <source>Transaction code</source>
        <translation>Transaktionscode</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="210"/>
        <source>Type the code the issuer sent you separately, for example by e-mail or text message; it stays hidden as you type. Press Enter to receive the credentials.</source>
        <translation>Geben Sie den Code ein, den der Aussteller Ihnen auf anderem Weg geschickt hat, etwa per E-Mail oder SMS; er bleibt bei der Eingabe verborgen. Drücken Sie die Eingabetaste, um die Nachweise zu empfangen.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="213"/>
        <source>&amp;Transaction code:</source>
        <translation>&amp;Transaktionscode:</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="228"/>
        <source>Bind to &amp;key:</source>
        <translation>An &amp;Schlüssel binden:</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="245"/>
        <source>Client id at the issuer</source>
        <translation>Client-ID beim Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="249"/>
        <source>Sign in as &amp;client:</source>
        <translation>Anmelden als &amp;Client:</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="251"/>
        <source>(only if the issuer gave you a client id)</source>
        <translation>(nur wenn der Aussteller Ihnen eine Client-ID gegeben hat)</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="260"/>
        <source>&amp;Receive</source>
        <translation>&amp;Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="261"/>
        <source>Receive these credentials into your wallet</source>
        <translation>Diese Nachweise in Ihre Wallet übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="263"/>
        <source>vcdesk asks the issuer for the credentials, bound to your key, and checks them. If they all pass they are stored at once; if not, you see why before anything is stored.</source>
        <translation>vcdesk fordert die Nachweise beim Aussteller an, gebunden an Ihren Schlüssel, und prüft sie. Bestehen alle die Prüfung, werden sie sofort gespeichert; andernfalls sehen Sie den Grund, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="266"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="267"/>
        <source>Leave the offer: nothing is asked of the issuer</source>
        <translation>Angebot verlassen: Beim Aussteller wird nichts angefragt</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="270"/>
        <source>You go back to your credentials, and the offer&apos;s link is cleared from this page.</source>
        <translation>Sie kehren zu Ihren Nachweisen zurück, und der Link des Angebots wird von dieser Seite entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="300"/>
        <source>Not as it should be</source>
        <translation>Nicht wie erwartet</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="303"/>
        <source>&amp;Keep anyway</source>
        <translation>Trotzdem &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="304"/>
        <source>Store them as they are, marked as not valid</source>
        <translation>So speichern, wie sie sind, als nicht gültig gekennzeichnet</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="305"/>
        <source>The credentials go into your wallet but stay marked as not valid, and the issuer is told you accepted them.</source>
        <translation>Die Nachweise kommen in Ihre Wallet, bleiben aber als nicht gültig gekennzeichnet, und der Aussteller erfährt, dass Sie sie angenommen haben.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="307"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="308"/>
        <source>Keep nothing from this offer</source>
        <translation>Nichts aus diesem Angebot behalten</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="311"/>
        <source>Nothing the issuer sent is stored, and the issuer is told you did not keep it.</source>
        <translation>Nichts von dem, was der Aussteller gesendet hat, wird gespeichert, und der Aussteller erfährt, dass Sie es nicht behalten haben.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="333"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="333"/>
        <source>Back to the wallet</source>
        <translation>Zurück zur Wallet</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="336"/>
        <source>You return to your credentials. What was received, if anything, is listed there.</source>
        <translation>Sie kehren zu Ihren Nachweisen zurück. Falls etwas empfangen wurde, ist es dort aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="360"/>
        <source>%1 offers you:</source>
        <translation>%1 bietet Ihnen an:</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="361"/>
        <source>%1 (%2) offers you:</source>
        <translation>%1 (%2) bietet Ihnen an:</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="368"/>
        <source>The issuer&apos;s logo</source>
        <translation>Logo des Ausstellers</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="379"/>
        <source>%1 (vcdesk cannot keep it: left out)</source>
        <translation>%1 (kann von vcdesk nicht aufbewahrt werden: ausgelassen)</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="399"/>
        <source>You will sign in at %1 in your browser first; vcdesk then receives what you chose.</source>
        <translation>Sie melden sich zuerst in Ihrem Browser bei %1 an; danach empfängt vcdesk, was Sie ausgewählt haben.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="404"/>
        <source>The issuer sent you a transaction code another way (a letter, an e-mail, a text message).</source>
        <translation>Der Aussteller hat Ihnen auf anderem Weg einen Transaktionscode geschickt (per Brief, E-Mail oder SMS).</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="406"/>
        <source>The issuer says: %1</source>
        <translation>Der Aussteller schreibt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="410"/>
        <source>The code is %1 characters long.</source>
        <translation>Der Code ist %1 Zeichen lang.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="412"/>
        <source>The code is one character long.</source>
        <translation>Der Code ist ein Zeichen lang.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="449"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="455"/>
        <source>The issuer sent credentials that should not be kept as they are:</source>
        <translation>Der Aussteller hat Nachweise gesendet, die so nicht behalten werden sollten:</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="457"/>
        <source>Keep them anyway (they stay marked as not valid), or discard everything from this offer.</source>
        <translation>Behalten Sie sie trotzdem (sie bleiben als nicht gültig gekennzeichnet), oder verwerfen Sie alles aus diesem Angebot.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="459"/>
        <source>They cannot be kept: discard everything from this offer, and tell the issuer if you expected something else.</source>
        <translation>Sie können nicht behalten werden: Verwerfen Sie alles aus diesem Angebot und informieren Sie den Aussteller, falls Sie etwas anderes erwartet haben.</translation>
    </message>
</context>
<context>
    <name>vcdesk::RestoreForm</name>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="39"/>
        <source>Restore a wallet from a backup file made by vcdesk (for example on another computer). It needs the backup&apos;s passphrase; then choose a new passphrase for the wallet on this computer.</source>
        <translation>Eine Wallet aus einer Sicherungsdatei wiederherstellen, die vcdesk erstellt hat (zum Beispiel auf einem anderen Computer). Dafür wird die Passphrase der Sicherung benötigt; wählen Sie anschließend eine neue Passphrase für die Wallet auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="49"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="50"/>
        <source>The backup file</source>
        <translation>Die Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="51"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="53"/>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="54"/>
        <source>Opens a file dialog; the file you choose fills in the field beside it, and you go on to the backup&apos;s passphrase.</source>
        <translation>Öffnet einen Dateidialog; die gewählte Datei wird in das Feld daneben eingetragen, und es geht weiter mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="59"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="60"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="61"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="63"/>
        <source>The passphrase chosen when this backup was made, which may differ from the wallet&apos;s. With a wrong one, nothing is restored.</source>
        <translation>Die Passphrase, die beim Erstellen dieser Sicherung gewählt wurde; sie kann sich von der Passphrase der Wallet unterscheiden. Ist sie falsch, wird nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="66"/>
        <source>The passphrase that will unlock the restored wallet on this computer. The meter below says whether it is strong enough.</source>
        <translation>Die Passphrase, mit der die wiederhergestellte Wallet auf diesem Computer entsperrt wird. Die Anzeige darunter zeigt, ob sie stark genug ist.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="69"/>
        <source>Type the new passphrase once more; the wallet can be restored only when both are the same.</source>
        <translation>Geben Sie die neue Passphrase noch einmal ein; die Wallet kann nur wiederhergestellt werden, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="81"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="84"/>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Passphrase der Sicherung:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="85"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="87"/>
        <source>&amp;Repeat it:</source>
        <translation>W&amp;iederholen:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="89"/>
        <source>Restored into:</source>
        <translation>Wiederhergestellt in:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="92"/>
        <source>Re&amp;member it in the system keychain (unlock without typing the passphrase on this computer)</source>
        <translation>Im Schlüsselbund des Systems &amp;merken (auf diesem Computer ohne Eingabe der Passphrase entsperren)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="96"/>
        <source>Remember the restored wallet in the system keychain</source>
        <translation>Die wiederhergestellte Wallet im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="97"/>
        <source>Once the wallet is restored, the system keychain is asked to keep its key, so you can unlock it on this computer without typing the passphrase.</source>
        <translation>Sobald die Wallet wiederhergestellt ist, wird der Schlüsselbund des Systems gebeten, ihren Schlüssel aufzubewahren, damit Sie sie auf diesem Computer ohne Eingabe der Passphrase entsperren können.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="109"/>
        <source>Bac&amp;k</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="111"/>
        <source>Back to making a new wallet</source>
        <translation>Zurück zum Erstellen einer neuen Wallet</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="112"/>
        <source>Returns to the form that makes a new wallet; nothing is restored. Esc does the same.</source>
        <translation>Kehrt zum Formular für eine neue Wallet zurück; es wird nichts wiederhergestellt. Esc bewirkt dasselbe.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="114"/>
        <source>Re&amp;store</source>
        <translation>Wi&amp;ederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="116"/>
        <source>Restore the wallet</source>
        <translation>Wallet wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="117"/>
        <source>Makes a wallet from the backup at the place shown, locked with your new passphrase. An existing wallet file there is never replaced; if anything fails, nothing is restored.</source>
        <translation>Erstellt aus der Sicherung eine Wallet am angezeigten Ort, gesperrt mit Ihrer neuen Passphrase. Eine dort vorhandene Wallet-Datei wird nie ersetzt; schlägt etwas fehl, wird nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="168"/>
        <source>That is not the backup&apos;s passphrase, or the backup was changed. Nothing was restored.</source>
        <translation>Das ist nicht die Passphrase der Sicherung, oder die Sicherung wurde verändert. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="171"/>
        <source>This file is not a vcdesk backup this version can read. Nothing was restored.</source>
        <translation>Diese Datei ist keine vcdesk-Sicherung, die diese Version lesen kann. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="173"/>
        <source>This backup is damaged or incomplete. Nothing was restored.</source>
        <translation>Diese Sicherung ist beschädigt oder unvollständig. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="175"/>
        <source>The backup file cannot be read (%1). Nothing was restored.</source>
        <translation>Die Sicherungsdatei kann nicht gelesen werden (%1). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="177"/>
        <source>There is already a wallet file there. Nothing was restored.</source>
        <translation>Dort gibt es bereits eine Wallet-Datei. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="178"/>
        <source>The wallet was not restored: %1.</source>
        <translation>Die Wallet wurde nicht wiederhergestellt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="186"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="198"/>
        <source>Choose the backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="198"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="230"/>
        <source>Restoring your wallet from the backup…</source>
        <translation>Ihre Wallet wird aus der Sicherung wiederhergestellt …</translation>
    </message>
</context>
<context>
    <name>vcdesk::SandboxConnector</name>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="68"/>
        <source>Asking the sandbox issuer for a sample offer…</source>
        <translation>Beispielangebot wird beim Sandbox-Aussteller angefragt …</translation>
    </message>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="72"/>
        <source>The sandbox accounts were added, but the sample offer was not made: %1</source>
        <translation>Die Sandbox-Konten wurden hinzugefügt, das Beispielangebot wurde aber nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="75"/>
        <source>Connected to the local sandbox: its issuer, verifier and hosted wallet are your accounts now, and a sample offer is on its way to your inbox.</source>
        <translation>Mit der lokalen Sandbox verbunden: Deren Aussteller, Prüfer und gehostete Wallet sind jetzt Ihre Konten, und ein Beispielangebot ist auf dem Weg in Ihren Posteingang.</translation>
    </message>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="78"/>
        <source>Already connected to the local sandbox; a new sample offer is on its way to your inbox.</source>
        <translation>Bereits mit der lokalen Sandbox verbunden; ein neues Beispielangebot ist auf dem Weg in Ihren Posteingang.</translation>
    </message>
</context>
<context>
    <name>vcdesk::ScreenRegionPicker</name>
    <message>
        <location filename="../ui/ScreenRegionPicker.cpp" line="30"/>
        <source>Mark the QR code on the screen</source>
        <translation>QR-Code auf dem Bildschirm markieren</translation>
    </message>
    <message>
        <location filename="../ui/ScreenRegionPicker.cpp" line="31"/>
        <source>Drag a rectangle around the QR code. Enter reads the whole screen; Escape cancels.</source>
        <translation>Ziehen Sie ein Rechteck um den QR-Code. Mit der Eingabetaste wird der ganze Bildschirm gelesen; Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/ScreenRegionPicker.cpp" line="109"/>
        <source>Drag a rectangle around the QR code · Enter: the whole screen · Esc: cancel</source>
        <translation>Rechteck um den QR-Code ziehen · Eingabetaste: ganzer Bildschirm · Esc: abbrechen</translation>
    </message>
</context>
<context>
    <name>vcdesk::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="80"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="84"/>
        <source>Lock the wallet after this many idle minutes</source>
        <translation>Wallet nach so vielen Minuten Inaktivität sperren</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="86"/>
        <source>Type or step a number from 1 to 240. When you have not used the keyboard or mouse in vcdesk for that long, your wallet locks.</source>
        <translation>Geben Sie eine Zahl von 1 bis 240 ein oder stellen Sie sie mit den Pfeilen ein. Wenn Sie Tastatur und Maus in vcdesk so lange nicht benutzt haben, wird Ihre Wallet gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="89"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="94"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="95"/>
        <source>Remember this wallet in the system &amp;keychain</source>
        <translation>Diese Wallet im Schlüssel&amp;bund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="97"/>
        <source>Remember this wallet in the system keychain</source>
        <translation>Diese Wallet im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="98"/>
        <source>When checked, your wallet unlocks with your account&apos;s keychain instead of the passphrase; unchecking asks the keychain to forget it. Available while the wallet is unlocked.</source>
        <translation>Wenn aktiviert, wird Ihre Wallet über den Schlüsselbund Ihres Benutzerkontos statt mit der Passphrase entsperrt; beim Deaktivieren wird der Schlüsselbund gebeten, sie zu vergessen. Verfügbar, solange die Wallet entsperrt ist.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="103"/>
        <source>Then it unlocks with the keychain of your account on this computer, without the passphrase. Keep the passphrase anyway: backups and other computers need it.</source>
        <translation>Dann wird sie über den Schlüsselbund Ihres Benutzerkontos auf diesem Computer entsperrt, ohne Passphrase. Bewahren Sie die Passphrase trotzdem auf: Sicherungen und andere Computer benötigen sie.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119"/>
        <location filename="../ui/SettingsPage.cpp" line="130"/>
        <source>Trusted issuers</source>
        <translation>Vertrauenswürdige Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="123"/>
        <source>Issuers you trust, by DID or by a pattern such as did:web:example.com* (the DID and everything under it). vcdesk shows their names next to their credentials; a verifier that requires a trust list accepts only these.</source>
        <translation>Aussteller, denen Sie vertrauen, per DID oder per Muster wie did:web:example.com* (die DID und alles darunter). vcdesk zeigt ihre Namen neben ihren Nachweisen an; ein Prüfer, der eine Vertrauensliste verlangt, akzeptiert nur diese.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="132"/>
        <source>One row per issuer you trust: its DID or pattern, its name, and when it was added. Select a row to remove it.</source>
        <translation>Eine Zeile pro vertrauenswürdigem Aussteller: DID oder Muster, Name und Zeitpunkt des Hinzufügens. Wählen Sie eine Zeile aus, um sie zu entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="148"/>
        <source>did:web:issuer.example or did:web:issuer.example*</source>
        <translation>did:web:issuer.example oder did:web:issuer.example*</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="149"/>
        <source>Issuer DID or pattern</source>
        <translation>Aussteller-DID oder Muster</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="152"/>
        <source>Its name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153"/>
        <source>Issuer name</source>
        <translation>Name des Ausstellers</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="154"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="156"/>
        <source>Add the issuer to the trust list</source>
        <translation>Aussteller zur Vertrauensliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="157"/>
        <source>Adds the DID or pattern and the name you typed, and saves the list. An issuer already on the list takes the new name.</source>
        <translation>Fügt die eingegebene DID bzw. das Muster mit dem Namen hinzu und speichert die Liste. Ein Aussteller, der bereits auf der Liste steht, erhält den neuen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="159"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="161"/>
        <source>Remove the selected issuer from the trust list</source>
        <translation>Gewählten Aussteller von der Vertrauensliste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="162"/>
        <source>Takes effect at once, without asking. vcdesk stops naming that issuer, and a verifier that requires a trust list no longer accepts it.</source>
        <translation>Wirkt sofort, ohne Rückfrage. vcdesk zeigt diesen Aussteller nicht mehr mit Namen an, und ein Prüfer, der eine Vertrauensliste verlangt, akzeptiert ihn nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186"/>
        <location filename="../ui/SettingsPage.cpp" line="196"/>
        <source>Saving the trust list…</source>
        <translation>Vertrauensliste wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="206"/>
        <source>The trust list is unchanged: %1</source>
        <translation>Die Vertrauensliste ist unverändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="214"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="216"/>
        <source>Import issuers from a trust list file</source>
        <translation>Aussteller aus einer Vertrauenslisten-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="217"/>
        <source>Choose a JSON trust list file: its issuers are added to yours and listed ones take its names; nothing is removed. A file with anything wrong in it is refused whole.</source>
        <translation>Wählen Sie eine Vertrauenslisten-Datei im JSON-Format: Die Aussteller darin werden Ihrer Liste hinzugefügt, bereits vorhandene erhalten die Namen aus der Datei; nichts wird entfernt. Eine Datei, die irgendeinen Fehler enthält, wird vollständig abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="220"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="222"/>
        <source>Export the trust list to a file</source>
        <translation>Vertrauensliste in eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="223"/>
        <source>Saves your whole trust list as a JSON file where you choose; another vcdesk can import it.</source>
        <translation>Speichert Ihre gesamte Vertrauensliste als JSON-Datei an einem Ort Ihrer Wahl; eine andere vcdesk-Installation kann sie importieren.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="227"/>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>Vertrauenslisten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="229"/>
        <source>Import a trust list</source>
        <translation>Vertrauensliste importieren</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="231"/>
        <source>Importing the trust list…</source>
        <translation>Vertrauensliste wird importiert …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="232"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="236"/>
        <source>Export the trust list</source>
        <translation>Vertrauensliste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="239"/>
        <source>Exporting the trust list…</source>
        <translation>Vertrauensliste wird exportiert …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="240"/>
        <source>The trust list was not exported: %1</source>
        <translation>Die Vertrauensliste wurde nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPage.cpp" line="245"/>
        <source>Imported %n issuer(s) from %1: %2 new, %3 renamed.</source>
        <translation>
            <numerusform>%n Aussteller aus %1 importiert: %2 neu, %3 umbenannt.</numerusform>
            <numerusform>%n Aussteller aus %1 importiert: %2 neu, %3 umbenannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPage.cpp" line="251"/>
        <source>Exported %n issuer(s) to %1.</source>
        <translation>
            <numerusform>%n Aussteller nach %1 exportiert.</numerusform>
            <numerusform>%n Aussteller nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="294"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="299"/>
        <source>Language of vcdesk</source>
        <translation>Sprache von vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="301"/>
        <source>The language vcdesk shows its text in, from the next start. System default follows your computer&apos;s language.</source>
        <translation>Die Sprache, in der vcdesk seine Texte anzeigt, ab dem nächsten Start. „Systemstandard“ richtet sich nach der Sprache Ihres Computers.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="303"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="314"/>
        <source>vcdesk speaks the language you choose the next time it starts.</source>
        <translation>vcdesk verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="315"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="347"/>
        <source>Asking the system keychain to remember the wallet…</source>
        <translation>Der Schlüsselbund des Systems wird gebeten, sich die Wallet zu merken …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="348"/>
        <source>Asking the system keychain to forget the wallet…</source>
        <translation>Der Schlüsselbund des Systems wird gebeten, die Wallet zu vergessen …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="366"/>
        <source>Reading the trust list…</source>
        <translation>Vertrauensliste wird gelesen …</translation>
    </message>
</context>
<context>
    <name>vcdesk::SignInPanel</name>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="27"/>
        <source>&amp;Open the sign-in page again</source>
        <translation>&amp;Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="28"/>
        <source>Open the issuer&apos;s sign-in page in your browser again</source>
        <translation>Die Anmeldeseite des Ausstellers erneut in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="29"/>
        <source>vcdesk asks the issuer for a fresh sign-in page and opens it in your browser. Once you are signed in there, vcdesk goes on by itself.</source>
        <translation>vcdesk fordert beim Aussteller eine neue Anmeldeseite an und öffnet sie in Ihrem Browser. Sobald Sie dort angemeldet sind, fährt vcdesk von selbst fort.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="31"/>
        <source>Cop&amp;y its address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="32"/>
        <source>Copy the sign-in page&apos;s address, to open it yourself</source>
        <translation>Adresse der Anmeldeseite kopieren, um sie selbst zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="33"/>
        <source>Puts the address on the clipboard for your browser&apos;s address bar. Some addresses work only once or for a short while; then open the sign-in page again.</source>
        <translation>Kopiert die Adresse in die Zwischenablage, damit Sie sie in die Adressleiste Ihres Browsers einfügen können. Manche Adressen funktionieren nur einmal oder nur kurze Zeit; öffnen Sie die Anmeldeseite dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="52"/>
        <source>Asking %1 for a fresh sign-in page…</source>
        <translation>Neue Anmeldeseite wird bei %1 angefragt …</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="58"/>
        <source>The address is copied: paste it into your browser&apos;s address bar.</source>
        <translation>Die Adresse ist kopiert: Fügen Sie sie in die Adressleiste Ihres Browsers ein.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="71"/>
        <source>vcdesk goes on by itself once you are signed in at %1. If your browser did not open, or you closed its page, open it again or copy its address.</source>
        <translation>vcdesk fährt von selbst fort, sobald Sie bei %1 angemeldet sind. Falls sich Ihr Browser nicht geöffnet hat oder Sie die Seite geschlossen haben, öffnen Sie sie erneut oder kopieren Sie ihre Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="83"/>
        <source>If you are signing in at %1 already, finish there.</source>
        <translation>Wenn Sie sich bereits bei %1 anmelden, schließen Sie die Anmeldung dort ab.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="96"/>
        <source>vcdesk could not open your browser: copy the address and open it yourself.</source>
        <translation>vcdesk konnte Ihren Browser nicht öffnen: Kopieren Sie die Adresse und öffnen Sie sie selbst.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="105"/>
        <source>If you are still signing in at %1, finish there. If you have not started, the sign-in address has expired: open the sign-in page again for a fresh one.</source>
        <translation>Wenn Sie sich noch bei %1 anmelden, schließen Sie die Anmeldung dort ab. Wenn Sie noch nicht begonnen haben, ist die Anmeldeadresse abgelaufen: Öffnen Sie die Anmeldeseite erneut, um eine neue zu erhalten.</translation>
    </message>
</context>
<context>
    <name>vcdesk::TagsEditor</name>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="18"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="19"/>
        <source>Tags, separated by commas: work, travel</source>
        <translation>Schlagwörter, durch Kommas getrennt: Arbeit, Reisen</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="20"/>
        <source>&amp;Save tags</source>
        <translation>Schlagwörter &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="22"/>
        <source>Save the tags</source>
        <translation>Schlagwörter speichern</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="23"/>
        <source>The credential&apos;s tags become the ones in the field, replacing those it had. If they cannot be saved, the reason shows below.</source>
        <translation>Der Nachweis erhält die Schlagwörter aus dem Feld; sie ersetzen die bisherigen. Können sie nicht gespeichert werden, erscheint der Grund darunter.</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="27"/>
        <source>Keep the tags as they were</source>
        <translation>Schlagwörter unverändert lassen</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="28"/>
        <source>Closes the tag editor without saving what you typed. Esc does the same.</source>
        <translation>Schließt die Bearbeitung der Schlagwörter, ohne Ihre Eingabe zu speichern. Esc bewirkt dasselbe.</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="31"/>
        <source>Why the tags were not saved</source>
        <translation>Warum die Schlagwörter nicht gespeichert wurden</translation>
    </message>
</context>
<context>
    <name>vcdesk::TrustListModel</name>
    <message>
        <location filename="../models/TrustListModel.cpp" line="53"/>
        <source>Issuer (DID or pattern)</source>
        <translation>Aussteller (DID oder Muster)</translation>
    </message>
    <message>
        <location filename="../models/TrustListModel.cpp" line="55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/TrustListModel.cpp" line="57"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/TrustListModel.cpp" line="129"/>
        <source>&quot;%1&quot; is not on the trust list</source>
        <translation>„%1“ steht nicht auf der Vertrauensliste</translation>
    </message>
</context>
<context>
    <name>vcdesk::UnlockPage</name>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="24"/>
        <source>Your wallet is locked</source>
        <translation>Ihre Wallet ist gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="34"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="35"/>
        <source>Wallet passphrase</source>
        <translation>Passphrase der Wallet</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="37"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="40"/>
        <source>Unlock the wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="41"/>
        <source>Opens your wallet with the passphrase you typed. A wrong one leaves it locked and changes nothing.</source>
        <translation>Öffnet Ihre Wallet mit der eingegebenen Passphrase. Ist sie falsch, bleibt die Wallet gesperrt, und nichts wird geändert.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="43"/>
        <source>Unlock with the system &amp;keychain</source>
        <translation>Mit dem Schlüssel&amp;bund des Systems entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="45"/>
        <source>Unlock the wallet with the system keychain</source>
        <translation>Wallet mit dem Schlüsselbund des Systems entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="46"/>
        <source>Opens your wallet with the key the system keychain keeps for it, without your passphrase.</source>
        <translation>Öffnet Ihre Wallet mit dem Schlüssel, den der Schlüsselbund des Systems für sie aufbewahrt, ohne Ihre Passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="126"/>
        <source>That passphrase is not right. The wallet stays locked; nothing changed.</source>
        <translation>Diese Passphrase ist nicht richtig. Die Wallet bleibt gesperrt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="131"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="148"/>
        <source>The system keychain no longer holds this wallet&apos;s key.</source>
        <translation>Der Schlüsselbund des Systems enthält den Schlüssel dieser Wallet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="150"/>
        <source>The key the system keychain holds does not open this wallet.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems öffnet diese Wallet nicht.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="153"/>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="155"/>
        <source>The system keychain could not unlock the wallet: %1.</source>
        <translation>Der Schlüsselbund des Systems konnte die Wallet nicht entsperren: %1.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="158"/>
        <source>%1 Type your passphrase instead; the wallet stays locked.</source>
        <translation>%1 Geben Sie stattdessen Ihre Passphrase ein; die Wallet bleibt gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="162"/>
        <source>Asking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird angefragt …</translation>
    </message>
</context>
<context>
    <name>vcdesk::ValidationComparisonModel</name>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="16"/>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="18"/>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="19"/>
        <source>— not checked</source>
        <translation>— nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="67"/>
        <source>Differs</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="67"/>
        <source>Agrees</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="79"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="81"/>
        <source>Hosted wallet says</source>
        <translation>Laut gehosteter Wallet</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="83"/>
        <source>vcdesk says</source>
        <translation>Laut vcdesk</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="85"/>
        <source>Same?</source>
        <translation>Gleich?</translation>
    </message>
</context>
<context>
    <name>vcdesk::ValidityBox</name>
    <message>
        <location filename="../ui/ValidityBox.cpp" line="12"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/ValidityBox.cpp" line="13"/>
        <source>Valid for, in seconds</source>
        <translation>Gültigkeitsdauer in Sekunden</translation>
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
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>vcdesk::WalletSession</name>
    <message>
        <location filename="../models/WalletSession.cpp" line="38"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="53"/>
        <source>Cannot open the wallet</source>
        <translation>Die Wallet kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="71"/>
        <source>Cannot create the wallet</source>
        <translation>Die Wallet kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="90"/>
        <location filename="../models/WalletSession.cpp" line="207"/>
        <source>Opening your credentials</source>
        <translation>Ihre Nachweise werden geöffnet</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="105"/>
        <source>The wallet stays locked</source>
        <translation>Die Wallet bleibt gesperrt</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="130"/>
        <source>Cannot restore the wallet</source>
        <translation>Die Wallet kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="150"/>
        <source>Asking the system keychain to forget the wallet</source>
        <translation>Der Schlüsselbund des Systems wird gebeten, die Wallet zu vergessen</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="157"/>
        <source>the wallet is locked</source>
        <translation>die Wallet ist gesperrt</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="158"/>
        <source>Asking the system keychain to remember the wallet</source>
        <translation>Der Schlüsselbund des Systems wird gebeten, sich die Wallet zu merken</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="170"/>
        <source>The system keychain cannot remember this wallet</source>
        <translation>Der Schlüsselbund des Systems kann sich diese Wallet nicht merken</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="171"/>
        <source>The system keychain could not forget this wallet</source>
        <translation>Der Schlüsselbund des Systems konnte diese Wallet nicht vergessen</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="172"/>
        <source>%1 [%2]; unlock it with your passphrase as before.</source>
        <translation>%1 [%2]; entsperren Sie die Wallet wie bisher mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="174"/>
        <source>%1 [%2]; it may still hold the wallet&apos;s key.</source>
        <translation>%1 [%2]; er enthält möglicherweise noch den Schlüssel der Wallet.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="180"/>
        <source>The system keychain remembers this wallet</source>
        <translation>Der Schlüsselbund des Systems merkt sich diese Wallet</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="181"/>
        <source>The system keychain forgot this wallet</source>
        <translation>Der Schlüsselbund des Systems hat diese Wallet vergessen</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="182"/>
        <source>You can unlock it with the system keychain instead of the passphrase. Keep the passphrase anyway: backups and other computers need it.</source>
        <translation>Sie können sie mit dem Schlüsselbund des Systems statt mit der Passphrase entsperren. Bewahren Sie die Passphrase trotzdem auf: Sicherungen und andere Computer benötigen sie.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="185"/>
        <source>Unlock it with your passphrase from now on.</source>
        <translation>Entsperren Sie sie ab jetzt mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="200"/>
        <source>Asking the system keychain</source>
        <translation>Schlüsselbund des Systems wird angefragt</translation>
    </message>
</context>
<context>
    <name>vcdesk::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="26"/>
        <source>vcdesk connects as soon as your wallet is made; you can also connect later from the Wallet menu.</source>
        <translation>vcdesk verbindet sich, sobald Ihre Wallet erstellt ist; Sie können die Verbindung auch später über das Menü „Wallet“ herstellen.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="46"/>
        <source>Welcome to vcdesk</source>
        <translation>Willkommen bei vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="60"/>
        <source>vcdesk keeps your verifiable credentials in an encrypted wallet on this computer, and shows them only to whom you choose. Make your wallet with a passphrase: it encrypts everything in it, and nobody can recover it for you, so keep it safe.</source>
        <translation>vcdesk bewahrt Ihre verifizierbaren Nachweise in einer verschlüsselten Wallet auf diesem Computer auf und zeigt sie nur denen, die Sie auswählen. Erstellen Sie Ihre Wallet mit einer Passphrase: Sie verschlüsselt alles darin, und niemand kann sie für Sie wiederherstellen – bewahren Sie sie also sicher auf.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="72"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="74"/>
        <source>It encrypts everything in your wallet, and nobody can recover it for you. The meter below says whether it is strong enough.</source>
        <translation>Die Passphrase verschlüsselt alles in Ihrer Wallet, und niemand kann sie für Sie wiederherstellen. Die Anzeige darunter zeigt, ob sie stark genug ist.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="79"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="81"/>
        <source>Type the same passphrase again, so a typing mistake cannot lock you out. Press Enter to create your wallet.</source>
        <translation>Geben Sie dieselbe Passphrase noch einmal ein, damit Sie sich nicht durch einen Tippfehler aussperren. Drücken Sie die Eingabetaste, um Ihre Wallet zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="92"/>
        <source>&amp;Repeat it:</source>
        <translation>W&amp;iederholen:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="94"/>
        <source>Stored in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="96"/>
        <source>Re&amp;member it in the system keychain (unlock without typing the passphrase on this computer)</source>
        <translation>Im Schlüsselbund des Systems &amp;merken (auf diesem Computer ohne Eingabe der Passphrase entsperren)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="100"/>
        <source>Remember the wallet in the system keychain</source>
        <translation>Die Wallet im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="101"/>
        <source>Once your wallet is made, the system keychain is asked to keep its key. Whoever can use your account on this computer may then unlock the wallet without the passphrase.</source>
        <translation>Sobald Ihre Wallet erstellt ist, wird der Schlüsselbund des Systems gebeten, ihren Schlüssel aufzubewahren. Wer Ihr Benutzerkonto auf diesem Computer verwenden kann, kann die Wallet dann ohne Passphrase entsperren.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="107"/>
        <source>Connect to the local sandbox</source>
        <translation>Mit der lokalen Sandbox verbinden</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="113"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="115"/>
        <source>Restore a wallet from a backup file</source>
        <translation>Eine Wallet aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="116"/>
        <source>Instead of a new, empty wallet, you make this one from a backup file made by vcdesk. You need the backup&apos;s passphrase.</source>
        <translation>Statt einer neuen, leeren Wallet erstellen Sie diese aus einer Sicherungsdatei, die vcdesk angelegt hat. Sie benötigen die Passphrase der Sicherung.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="118"/>
        <source>&amp;Create my wallet</source>
        <translation>Meine Wallet &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="121"/>
        <source>Create my wallet</source>
        <translation>Meine Wallet erstellen</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="122"/>
        <source>Makes your encrypted wallet in the file shown under Stored in. Available once the passphrase is strong enough and typed the same twice.</source>
        <translation>Erstellt Ihre verschlüsselte Wallet in der Datei, die unter „Gespeichert in“ angezeigt wird. Verfügbar, sobald die Passphrase stark genug ist und zweimal gleich eingegeben wurde.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="167"/>
        <source>Asking the system keychain to remember the wallet…</source>
        <translation>Der Schlüsselbund des Systems wird gebeten, sich die Wallet zu merken …</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="175"/>
        <source>&amp;Connect to the local sandbox (its issuer, verifier and hosted wallet become your accounts, and it offers you a sample credential)</source>
        <translation>Mit der lokalen Sandbox &amp;verbinden (deren Aussteller, Prüfer und gehostete Wallet werden Ihre Konten, und sie bietet Ihnen einen Beispielnachweis an)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="181"/>
        <source>%1 The sandbox describes itself in %2.</source>
        <translation>%1 Die Beschreibung der Sandbox steht in %2.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="201"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="222"/>
        <source>Making your wallet and its key…</source>
        <translation>Ihre Wallet und ihr Schlüssel werden erstellt …</translation>
    </message>
</context>
<context>
    <name>vcdesk::WorkingStep</name>
    <message>
        <location filename="../ui/WorkingStep.cpp" line="17"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/WorkingStep.cpp" line="19"/>
        <location filename="../ui/WorkingStep.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/WorkingStep.cpp" line="22"/>
        <source>Stops the exchange with the issuer or verifier that is under way. Esc does the same.</source>
        <translation>Bricht den laufenden Austausch mit dem Aussteller oder Prüfer ab. Esc bewirkt dasselbe.</translation>
    </message>
</context>
</TS>
