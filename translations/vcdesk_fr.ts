<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCheck</name>
    <message numerus="yes">
        <location filename="../core/receive/AccountCheck.cpp" line="16"/>
        <source>Connection ok: the issuer agent answered (%n offer(s) for this account).</source>
        <translation>
            <numerusform>Connexion réussie : l&apos;agent émetteur a répondu (%n offre pour ce compte).</numerusform>
            <numerusform>Connexion réussie : l&apos;agent émetteur a répondu (%n offres pour ce compte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/receive/AccountCheck.cpp" line="23"/>
        <source>Connection ok: the hosted wallet answered (%n template(s)).</source>
        <translation>
            <numerusform>Connexion réussie : le portefeuille hébergé a répondu (%n modèle).</numerusform>
            <numerusform>Connexion réussie : le portefeuille hébergé a répondu (%n modèles).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/receive/AccountCheck.cpp" line="33"/>
        <source>Connection ok: the verifier answered and took the token.</source>
        <translation>Connexion réussie : le vérificateur a répondu et a accepté le jeton.</translation>
    </message>
    <message>
        <location filename="../core/receive/AccountCheck.cpp" line="37"/>
        <source>a %1 account cannot be tested without making something; it is kept as entered</source>
        <translation>un compte %1 ne peut pas être testé sans rien créer ; il est conservé tel que saisi</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="34"/>
        <source>usage: vcdesk account add --kind issuer-agent|verifier|hosted-wallet|generator --url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]
       vcdesk account list | vcdesk account remove ID|NAME</source>
        <translation>utilisation : vcdesk account add --kind issuer-agent|verifier|hosted-wallet|generator --url URL [--name NOM] [--role RÔLE] [--api-key-file FICHIER | --token-file FICHIER]
              vcdesk account list | vcdesk account remove ID|NOM</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="46"/>
        <source>issuer-agent, verifier, hosted-wallet or generator.</source>
        <translation>issuer-agent, verifier, hosted-wallet ou generator.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="47"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="48"/>
        <source>The service&apos;s base URL.</source>
        <translation>L&apos;URL de base du service.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="49"/>
        <source>A name for the account.</source>
        <translation>Un nom pour le compte.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="50"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="52"/>
        <source>The role it acts in (e.g. holder, Verifier_User).</source>
        <translation>Le rôle sous lequel il agit (par ex. holder, Verifier_User).</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="53"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="55"/>
        <source>Read its API key from FILE.</source>
        <translation>Lire sa clé d&apos;API dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="55"/>
        <location filename="../cli/AccountCommand.cpp" line="57"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="57"/>
        <source>Read its bearer token from FILE.</source>
        <translation>Lire son jeton Bearer dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="60"/>
        <source>usage: vcdesk account add --kind KIND --url URL [--name NAME] [--role ROLE] [--api-key-file FILE | --token-file FILE]</source>
        <translation>utilisation : vcdesk account add --kind TYPE --url URL [--name NOM] [--role RÔLE] [--api-key-file FICHIER | --token-file FICHIER]</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="64"/>
        <source>--kind and --url are required</source>
        <translation>--kind et --url sont obligatoires</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="66"/>
        <source>give an API key or a token, not both</source>
        <translation>indiquez une clé d&apos;API ou un jeton, pas les deux</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="95"/>
        <source>Added account %1 &quot;%2&quot; (%3, %4).</source>
        <translation>Compte %1 « %2 » ajouté (%3, %4).</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="106"/>
        <source>usage: vcdesk account list [--json]</source>
        <translation>utilisation : vcdesk account list [--json]</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="130"/>
        <source>No accounts.</source>
        <translation>Aucun compte.</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="138"/>
        <source>usage: vcdesk account remove ID|NAME</source>
        <translation>utilisation : vcdesk account remove ID|NOM</translation>
    </message>
    <message>
        <location filename="../cli/AccountCommand.cpp" line="150"/>
        <source>Removed account %1 &quot;%2&quot; and its offers.</source>
        <translation>Compte %1 « %2 » supprimé, ainsi que ses offres.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="55"/>
        <source>the service URL must be https (or http to this machine for the local agent): %1</source>
        <translation>l&apos;URL du service doit être en https (ou en http vers cette machine pour l&apos;agent local) : %1</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="91"/>
        <source>unknown account kind &quot;%1&quot;; one of %2</source>
        <translation>type de compte « %1 » inconnu ; valeurs possibles : %2</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="100"/>
        <source>account names and roles have at most 100 characters</source>
        <translation>les noms et les rôles des comptes comptent au plus 100 caractères</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="103"/>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>il existe déjà un compte nommé « %1 »</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="107"/>
        <source>an API key or token has 1 to 8192 bytes</source>
        <translation>une clé d&apos;API ou un jeton fait de 1 à 8192 octets</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="173"/>
        <source>there is no account &quot;%1&quot;</source>
        <translation>il n&apos;existe aucun compte « %1 »</translation>
    </message>
    <message>
        <location filename="../core/store/AccountStore.cpp" line="187"/>
        <location filename="../core/store/AccountStore.cpp" line="212"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../core/common/Activity.h" line="55"/>
        <source>not finished yet</source>
        <translation>pas encore terminé</translation>
    </message>
    <message>
        <location filename="../core/common/Activity.h" line="62"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Aead</name>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="20"/>
        <source>libsodium failed to start</source>
        <translation>libsodium n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="22"/>
        <source>an encryption key has 32 bytes</source>
        <translation>une clé de chiffrement fait 32 octets</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="40"/>
        <source>a nonce has 24 bytes</source>
        <translation>un nonce fait 24 octets</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="58"/>
        <source>the encrypted data is truncated</source>
        <translation>les données chiffrées sont tronquées</translation>
    </message>
    <message>
        <location filename="../core/crypto/Aead.cpp" line="68"/>
        <source>the encrypted data was altered, or the key or its context is wrong</source>
        <translation>les données chiffrées ont été modifiées, ou la clé ou son contexte est incorrect</translation>
    </message>
</context>
<context>
    <name>AlgorithmPolicy</name>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="34"/>
        <source>the token is unsigned (alg &quot;%1&quot;); unsigned tokens are never accepted</source>
        <translation>le jeton n&apos;est pas signé (alg « %1 ») ; les jetons non signés ne sont jamais acceptés</translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="38"/>
        <source>alg %1 uses a shared secret, which cannot prove who issued a credential</source>
        <translation>alg %1 utilise un secret partagé, qui ne permet pas de prouver qui a émis une attestation</translation>
    </message>
    <message>
        <location filename="../core/jose/AlgorithmPolicy.cpp" line="41"/>
        <source>signature algorithm &quot;%1&quot; is not accepted here</source>
        <translation>l&apos;algorithme de signature « %1 » n&apos;est pas accepté ici</translation>
    </message>
</context>
<context>
    <name>AllowedContexts</name>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="50"/>
        <source>%1 is not an http(s) address</source>
        <translation>%1 n&apos;est pas une adresse http(s)</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="53"/>
        <source>%1 has a user name or a fragment, which a context address does not</source>
        <translation>%1 contient un nom d&apos;utilisateur ou un fragment, ce qu&apos;une adresse de contexte ne comporte jamais</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="56"/>
        <source>%1 holds spaces or control characters</source>
        <translation>%1 contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="58"/>
        <source>the SHA-256 of %1 is not 64 lowercase hex digits</source>
        <translation>le SHA-256 de %1 ne se compose pas de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="72"/>
        <source>after the address, only #sha256= and 64 hex digits may follow</source>
        <translation>après l&apos;adresse, seuls #sha256= et 64 chiffres hexadécimaux peuvent suivre</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="75"/>
        <source>the SHA-256 after #sha256= is not 64 hex digits</source>
        <translation>le SHA-256 qui suit #sha256= ne se compose pas de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="89"/>
        <source>cannot read the allowed contexts %1: %2</source>
        <translation>impossible de lire les contextes autorisés %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="93"/>
        <source>the allowed contexts file is larger than %1 KiB</source>
        <translation>le fichier des contextes autorisés dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="98"/>
        <source>the allowed contexts file is not JSON: %1</source>
        <translation>le fichier des contextes autorisés n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="101"/>
        <source>the allowed contexts file must hold only a &quot;contexts&quot; list</source>
        <translation>le fichier des contextes autorisés ne doit contenir qu&apos;une liste « contexts »</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="103"/>
        <source>the allowed contexts file has more than %1 entries</source>
        <translation>le fichier des contextes autorisés compte plus de %1 entrées</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="112"/>
        <source>each allowed context is {&quot;url&quot;: …, &quot;sha256&quot;: …}</source>
        <translation>chaque contexte autorisé est de la forme {&quot;url&quot;: …, &quot;sha256&quot;: …}</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="117"/>
        <source>%1 is allowed twice</source>
        <translation>%1 est autorisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/verify/AllowedContexts.cpp" line="140"/>
        <source>cannot save the allowed contexts to %1: %2</source>
        <translation>impossible d&apos;enregistrer les contextes autorisés dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuthStatus</name>
    <message>
        <location filename="../core/api/AuthStatus.cpp" line="27"/>
        <source>the verifier reports an unknown status &quot;%1&quot;</source>
        <translation>le vérificateur signale un statut inconnu : « %1 »</translation>
    </message>
    <message>
        <location filename="../core/api/AuthStatus.cpp" line="68"/>
        <source>the verifier says verified but sends no payload</source>
        <translation>le vérificateur indique « vérifié » mais n&apos;envoie aucune charge utile</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="28"/>
        <source>the verifier asks for response encryption with %1; vcdesk does ECDH-ES</source>
        <translation>le vérificateur demande le chiffrement de la réponse avec %1 ; vcdesk utilise ECDH-ES</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="45"/>
        <source>direct_post.jwt needs an EC P-256 encryption key (ECDH-ES) in client_metadata.jwks</source>
        <translation>direct_post.jwt nécessite une clé de chiffrement EC P-256 (ECDH-ES) dans client_metadata.jwks</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="61"/>
        <source>none of the verifier&apos;s content encryptions (%1) is A128GCM or A256GCM</source>
        <translation>aucun des chiffrements de contenu proposés par le vérificateur (%1) n&apos;est A128GCM ou A256GCM</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="75"/>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="86"/>
        <source>the request has no response_type</source>
        <translation>la demande ne contient pas de response_type</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="90"/>
        <source>vcdesk answers vp_token and id_token, not &quot;%1&quot;</source>
        <translation>vcdesk répond par vp_token et id_token, pas par « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="95"/>
        <source>the request has no nonce: an answer could be replayed</source>
        <translation>la demande ne contient pas de nonce : une réponse pourrait être rejouée</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="105"/>
        <source>redirect_uri must not be present with response_mode %1</source>
        <translation>redirect_uri ne doit pas être présent avec response_mode %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="108"/>
        <source>%1 needs a response_uri</source>
        <translation>%1 nécessite un response_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="115"/>
        <source>response_mode post needs a redirect_uri and no response_uri</source>
        <translation>response_mode post nécessite un redirect_uri et aucun response_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="119"/>
        <source>vcdesk can answer with response_mode direct_post, direct_post.jwt or post, not &quot;%1&quot;</source>
        <translation>vcdesk peut répondre avec response_mode direct_post, direct_post.jwt ou post, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="127"/>
        <source>the answer&apos;s address is not an absolute URL</source>
        <translation>l&apos;adresse de réponse n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="129"/>
        <source>the answer&apos;s address is refused: %1</source>
        <translation>l&apos;adresse de réponse est refusée : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="133"/>
        <source>the request carries transaction_data, which vcdesk cannot show you or sign; it is refused</source>
        <translation>la demande contient transaction_data, que vcdesk ne peut ni vous montrer ni signer ; elle est refusée</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="140"/>
        <source>presentation_definition_uri is not supported: the definition must be in the request</source>
        <translation>presentation_definition_uri n&apos;est pas pris en charge : la définition doit figurer dans la demande</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="146"/>
        <source>the request has both dcql_query and presentation_definition</source>
        <translation>la demande contient à la fois dcql_query et presentation_definition</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="147"/>
        <source>the request asks for a vp_token but not for any credential (no dcql_query or presentation_definition)</source>
        <translation>la demande attend un vp_token mais ne demande aucune attestation (ni dcql_query ni presentation_definition)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequest.cpp" line="152"/>
        <source>the query is not a JSON object</source>
        <translation>la requête n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequestUri</name>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="24"/>
        <source>there is no request to read</source>
        <translation>il n&apos;y a aucune demande à lire</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="27"/>
        <source>the request is longer than %1 KiB</source>
        <translation>la demande dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="31"/>
        <source>the request contains spaces, control or non-ASCII characters</source>
        <translation>la demande contient des espaces, des caractères de contrôle ou des caractères non ASCII</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="35"/>
        <source>this is not a URI</source>
        <translation>ceci n&apos;est pas une URI</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="38"/>
        <source>&quot;%1&quot; has no scheme: a presentation request starts with openid4vp://, haip-vp://, openid-vc://, openid: or https://</source>
        <translation>« %1 » n&apos;a pas de schéma : une demande de présentation commence par openid4vp://, haip-vp://, openid-vc://, openid: ou https://</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="43"/>
        <source>a file: URL is not a presentation request (to check a file, use vcdesk inspect FILE)</source>
        <translation>une URL file: n&apos;est pas une demande de présentation (pour vérifier un fichier, utilisez vcdesk inspect FICHIER)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="47"/>
        <source>&quot;%1:&quot; is not a presentation request (expected openid4vp://, haip-vp://, openid-vc://, openid: or an https link)</source>
        <translation>« %1: » n&apos;est pas une demande de présentation (attendu : openid4vp://, haip-vp://, openid-vc://, openid: ou un lien https)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="51"/>
        <source>the request has a fragment</source>
        <translation>la demande contient un fragment</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="60"/>
        <source>the request&apos;s parameters cannot be read: %1</source>
        <translation>les paramètres de la demande sont illisibles : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="63"/>
        <source>a parameter has no name</source>
        <translation>un paramètre n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="66"/>
        <source>the parameter %1 appears more than once</source>
        <translation>le paramètre %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="75"/>
        <source>the request has both request and request_uri</source>
        <translation>la demande contient à la fois request et request_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="84"/>
        <source>request_uri is not an absolute https URL</source>
        <translation>request_uri n&apos;est pas une URL https absolue</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="90"/>
        <source>request_uri_method is get or post, not &quot;%1&quot;</source>
        <translation>request_uri_method vaut get ou post, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="97"/>
        <source>request_uri_method without request_uri</source>
        <translation>request_uri_method sans request_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="103"/>
        <source>request is not a signed JWT (three dot-separated parts)</source>
        <translation>request n&apos;est pas un JWT signé (trois parties séparées par des points)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/AuthorizationRequestUri.cpp" line="110"/>
        <source>the request has no %1 (nor a request_uri or request)</source>
        <translation>la demande ne contient pas de %1 (ni de request_uri ou de request)</translation>
    </message>
</context>
<context>
    <name>AuthorizationServerMetadata</name>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="19"/>
        <source>the authorization server&apos;s metadata</source>
        <translation>le document de métadonnées du serveur d&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="22"/>
        <source>authorization server metadata</source>
        <translation>métadonnées du serveur d&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="29"/>
        <source>the authorization server&apos;s metadata is for &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation>les métadonnées du serveur d&apos;autorisation concernent « %1 », et non « %2 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/AuthorizationServerMetadata.cpp" line="68"/>
        <source>pushed authorization requests are required, but there is no pushed_authorization_request_endpoint</source>
        <translation>les demandes d&apos;autorisation poussées sont obligatoires, mais il n&apos;y a pas de pushed_authorization_request_endpoint</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="44"/>
        <source>the backup ends early (it was cut off); nothing was restored</source>
        <translation>la sauvegarde s&apos;arrête prématurément (elle a été tronquée) ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="50"/>
        <source>the backup was changed after it was written; nothing was restored</source>
        <translation>la sauvegarde a été modifiée après son écriture ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="61"/>
        <source>cannot encrypt the backup</source>
        <translation>impossible de chiffrer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="70"/>
        <source>cannot write the backup: %1</source>
        <translation>impossible d&apos;écrire la sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="108"/>
        <source>this is not a vcdesk backup</source>
        <translation>ceci n&apos;est pas une sauvegarde vcdesk</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="112"/>
        <source>the backup&apos;s header is missing or too large</source>
        <translation>l&apos;en-tête de la sauvegarde est absent ou trop volumineux</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="119"/>
        <source>the backup&apos;s header is unreadable</source>
        <translation>l&apos;en-tête de la sauvegarde est illisible</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="130"/>
        <source>cannot decrypt the backup</source>
        <translation>impossible de déchiffrer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="166"/>
        <source>the backup passphrase is not right, or the backup was changed; nothing was restored</source>
        <translation>la phrase secrète de la sauvegarde est incorrecte, ou la sauvegarde a été modifiée ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location filename="../core/store/BackupFile.cpp" line="179"/>
        <source>cannot write the restored wallet: %1</source>
        <translation>impossible d&apos;écrire le portefeuille restauré : %1</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="44"/>
        <source>base64url text has an impossible length (%1 characters)</source>
        <translation>le texte base64url a une longueur impossible (%1 caractères)</translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="77"/>
        <source>base64url must not be padded with &apos;=&apos;</source>
        <translation>le base64url ne doit pas être complété par des « = »</translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="79"/>
        <source>character %1 at position %2 is not base64url</source>
        <translation>le caractère %1 à la position %2 n&apos;est pas du base64url</translation>
    </message>
    <message>
        <location filename="../core/codec/Base64Url.cpp" line="96"/>
        <source>base64url text is not canonical (non-zero trailing bits)</source>
        <translation>le texte base64url n&apos;est pas canonique (bits de fin non nuls)</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <location filename="../models/BatchReport.cpp" line="57"/>
        <source>Batch inspection report</source>
        <translation>Rapport d&apos;inspection par lot</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="66"/>
        <source>Files in</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="69"/>
        <source>Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, %5 unreadable</source>
        <translation>Éléments inspectés : %1 ; valides : %2, non valides : %3, impossibles à vérifier : %4, illisibles : %5</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="90"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../models/BatchReport.cpp" line="107"/>
        <source>Why</source>
        <translation>Motif</translation>
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
            <numerusform>L&apos;entrée restante, dont le résultat n&apos;est pas plus mauvais que ceux listés, est comptée ci-dessus et figure dans les rapports CSV et JSON.</numerusform>
            <numerusform>Les %n autres entrées, dont le résultat n&apos;est pas plus mauvais que ceux listés, sont comptées ci-dessus et figurent dans les rapports CSV et JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundledContexts</name>
    <message>
        <location filename="../core/jsonld/BundledContexts.cpp" line="101"/>
        <source>the JSON-LD context %1 is not one vcdesk carries, and it fetches no other</source>
        <translation>le contexte JSON-LD %1 ne fait pas partie de ceux fournis avec vcdesk, et vcdesk n&apos;en récupère aucun autre</translation>
    </message>
</context>
<context>
    <name>CachedFetch</name>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="23"/>
        <location filename="../core/verify/CachedFetch.cpp" line="52"/>
        <source>held by this service</source>
        <translation>copie détenue par ce service</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="33"/>
        <source>cached %1</source>
        <translation>copie en cache du %1</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="40"/>
        <source>%1; the cached copy of %2 is older than the %3-second limit</source>
        <translation>%1 ; la copie en cache du %2 dépasse la limite de %3 secondes</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="44"/>
        <source>offline, cached copy of %1</source>
        <translation>hors ligne, copie en cache du %1</translation>
    </message>
    <message>
        <location filename="../core/verify/CachedFetch.cpp" line="68"/>
        <source>fetched %1</source>
        <translation>copie récupérée le %1</translation>
    </message>
</context>
<context>
    <name>CameraDevices</name>
    <message>
        <location filename="../ui/CameraDevices.cpp" line="45"/>
        <source>it did not start</source>
        <translation>elle n&apos;a pas démarré</translation>
    </message>
</context>
<context>
    <name>CanonicalForm</name>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="62"/>
        <source>carried by vcdesk</source>
        <translation>fourni avec vcdesk</translation>
    </message>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="64"/>
        <source>allowed by you, from the cache</source>
        <translation>autorisé par vous, depuis le cache</translation>
    </message>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="66"/>
        <source>allowed by you, fetched now</source>
        <translation>autorisé par vous, récupéré à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../core/verify/CanonicalForm.cpp" line="70"/>
        <source>given by the caller</source>
        <translation>fourni par l&apos;appelant</translation>
    </message>
</context>
<context>
    <name>CertificateChain</name>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="56"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="61"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="84"/>
        <source>the certificate&apos;s key is unreadable</source>
        <translation>la clé du certificat est illisible</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="69"/>
        <source>the certificate&apos;s key is neither EC nor Ed25519</source>
        <translation>la clé du certificat n&apos;est ni EC ni Ed25519</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="80"/>
        <source>the certificate&apos;s curve %1 is not supported</source>
        <translation>la courbe %1 du certificat n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="94"/>
        <source>there is no certificate</source>
        <translation>il n&apos;y a aucun certificat</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="96"/>
        <source>the chain has more than %1 certificates</source>
        <translation>la chaîne compte plus de %1 certificats</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="103"/>
        <source>certificate %1 of the chain is not DER X.509</source>
        <translation>le certificat %1 de la chaîne n&apos;est pas au format X.509 DER</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="107"/>
        <location filename="../core/crypto/CertificateChain.cpp" line="126"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="120"/>
        <source>a trust anchor is not PEM X.509</source>
        <translation>une ancre de confiance n&apos;est pas au format X.509 PEM</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateChain.cpp" line="130"/>
        <source>the certificate chain does not verify: %1</source>
        <translation>la chaîne de certificats ne se vérifie pas : %1</translation>
    </message>
</context>
<context>
    <name>ClaimDescriptions</name>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="22"/>
        <source>%1 and %2 use one claim as an object and as an array</source>
        <translation>%1 et %2 utilisent un même attribut à la fois comme objet et comme tableau</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="24"/>
        <source>%1 and %2 describe a whole array and one of its elements</source>
        <translation>%1 et %2 décrivent à la fois un tableau entier et l&apos;un de ses éléments</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="30"/>
        <source>%1 is described twice</source>
        <translation>%1 est décrit deux fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="41"/>
        <source>%1: more than %2 claims are described</source>
        <translation>%1 : plus de %2 attributs sont décrits</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/ClaimDescriptions.cpp" line="44"/>
        <source>%1: a claim description is not an object</source>
        <translation>%1 : une description d&apos;attribut n&apos;est pas un objet</translation>
    </message>
</context>
<context>
    <name>ClaimPaths</name>
    <message>
        <location filename="../models/ClaimPaths.cpp" line="66"/>
        <source>more claims, or deeper ones, than a page shows: see the JSON report</source>
        <translation>plus d&apos;attributs, ou des attributs plus imbriqués, qu&apos;une page ne peut en afficher : voir le rapport JSON</translation>
    </message>
</context>
<context>
    <name>ClaimsInput</name>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="13"/>
        <source>Type the claims as a JSON object, e.g. {&quot;claim_type&quot;: &quot;email&quot;, &quot;email&quot;: &quot;ann@example.com&quot;}.</source>
        <translation>Saisissez les attributs sous forme d&apos;objet JSON, par ex. {&quot;claim_type&quot;: &quot;email&quot;, &quot;email&quot;: &quot;ann@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="17"/>
        <source>The claims are %1 KiB; at most %2 KiB can be offered.</source>
        <translation>Les attributs font %1 Kio ; une offre peut en contenir %2 Kio au plus.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="23"/>
        <source>The claims are not a JSON object: %1.</source>
        <translation>Les attributs ne forment pas un objet JSON : %1.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="28"/>
        <source>An offer has 1 to %1 claims; this has %2.</source>
        <translation>Une offre contient de 1 à %1 attributs ; celle-ci en a %2.</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="32"/>
        <source>A claim&apos;s name must have 1 to %1 characters: &quot;%2&quot;.</source>
        <translation>Le nom d&apos;un attribut doit comporter de 1 à %1 caractères : « %2 ».</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="38"/>
        <source>The claim &quot;%1&quot; has no value (null).</source>
        <translation>L&apos;attribut « %1 » n&apos;a pas de valeur (null).</translation>
    </message>
    <message>
        <location filename="../models/ClaimsInput.cpp" line="42"/>
        <source>&quot;id&quot; cannot be a claim: the subject&apos;s id is the holder&apos;s DID.</source>
        <translation>« id » ne peut pas être un attribut : l&apos;id du sujet est le DID du titulaire.</translation>
    </message>
</context>
<context>
    <name>ClaimsPath</name>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="22"/>
        <source>a claims path is empty</source>
        <translation>un chemin d&apos;attribut est vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="25"/>
        <source>a claims path is longer than %1 elements</source>
        <translation>un chemin d&apos;attribut compte plus de %1 éléments</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClaimsPath.cpp" line="29"/>
        <source>a claims path element must be a string, a non-negative integer or null</source>
        <translation>un élément de chemin d&apos;attribut doit être une chaîne, un entier positif ou nul, ou null</translation>
    </message>
</context>
<context>
    <name>ClientIdentifier</name>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="35"/>
        <source>the request has no client_id</source>
        <translation>la demande ne contient pas de client_id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="37"/>
        <source>the client_id is too long</source>
        <translation>le client_id est trop long</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="52"/>
        <source>vcdesk cannot authenticate a verifier by client_id_scheme &quot;%1&quot;</source>
        <translation>vcdesk ne sait pas authentifier un vérificateur par le client_id_scheme « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="58"/>
        <source>client_id_scheme is did but the client_id is not a DID</source>
        <translation>client_id_scheme vaut did mais le client_id n&apos;est pas un DID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="76"/>
        <source>the client_id has a prefix and nothing after it</source>
        <translation>le client_id comporte un préfixe mais rien après</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="80"/>
        <source>a decentralized_identifier client_id must carry a DID</source>
        <translation>un client_id decentralized_identifier doit contenir un DID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="100"/>
        <source>origin: client identifiers are reserved for the browser&apos;s Digital Credentials API; a wallet must not accept them</source>
        <translation>les identifiants de client origin: sont réservés à l&apos;API Digital Credentials du navigateur ; un portefeuille ne doit pas les accepter</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="105"/>
        <source>vcdesk cannot yet authenticate verifiers by %1</source>
        <translation>vcdesk ne sait pas encore authentifier les vérificateurs par %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/ClientIdentifier.cpp" line="107"/>
        <source>unknown client identifier prefix &quot;%1&quot;</source>
        <translation>préfixe d&apos;identifiant de client inconnu : « %1 »</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/CommandLine.cpp" line="74"/>
        <source>vcdesk: &quot;%1&quot; is not a command; see vcdesk --help</source>
        <translation>vcdesk : « %1 » n&apos;est pas une commande ; voir vcdesk --help</translation>
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
        <translation>Utilisation : vcdesk [COMMANDE]

Sans commande, ouvre la fenêtre de vcdesk (une version compilée sans interface
graphique ne dispose que des commandes ci-dessous).

Commandes :
  inspect [--json] [--key FICHIER_JWK] [--at DATE_HEURE] ENTRÉE
        décode et vérifie un jeton signé (code de sortie 0 valide, 1 non valide,
        2 invérifiable, 3 entrée illisible)
  trust add MOTIF --name NOM | trust remove MOTIF | trust list
        les émetteurs auxquels vous faites confiance (DID ou motifs comme did:web:example.com*)
  wallet create|list|import|export|delete|keys|profiles|passphrase|
         backup|restore [--wallet FICHIER] [--passphrase-file FICHIER] [--json]
        votre portefeuille chiffré (vcdesk wallet ACTION --help pour les détails)
  account add|list|remove
        les agents émetteurs, vérificateurs et services avec lesquels dialogue votre portefeuille
  offers [list] | offers accept ID|--newest | offers reject ID
        les attestations que des agents émetteurs vous proposent (conservées dans le portefeuille)
  present [--select ID_ATTESTATION]... [--yes] [--decline] URI
        répond à la demande d&apos;un vérificateur (openid4vp://, openid-vc://, haip-vp://)
        (code de sortie 0 uniquement si le vérificateur a accepté)
  receive [--yes] [--tx-code-file FICHIER] [--key DID] URI
        reçoit les attestations proposées par un émetteur (openid-credential-offer://)
        (code de sortie 0 uniquement si tout ce qui était proposé a été enregistré)
  sandbox connect | sandbox request DÉFINITION |
          sandbox status ID_CORRÉLATION DÉFINITION
        le vcdesk-agent local que lance scripts/run.sh
  kiosk [--config FICHIER] | kiosk log --export FICHIER | kiosk pin
        la borne de vérification plein écran et son journal (vcdesk kiosk --help)
  --version
        affiche la version
</translation>
    </message>
</context>
<context>
    <name>CompactJwe</name>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="42"/>
        <source>the keys cannot be used for ECDH</source>
        <translation>les clés ne peuvent pas servir à ECDH</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="109"/>
        <source>content encryption &quot;%1&quot; is not supported (A128GCM, A256GCM)</source>
        <translation>le chiffrement de contenu « %1 » n&apos;est pas pris en charge (A128GCM, A256GCM)</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJwe.cpp" line="113"/>
        <source>the verifier&apos;s encryption key is not an EC P-256 key</source>
        <translation>la clé de chiffrement du vérificateur n&apos;est pas une clé EC P-256</translation>
    </message>
</context>
<context>
    <name>CompactJws</name>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="15"/>
        <source>the %1 is not valid base64url: %2</source>
        <translation>la partie %1 n&apos;est pas du base64url valide : %2</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="54"/>
        <source>header: %1</source>
        <translation>en-tête : %1</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="58"/>
        <source>the header has no &quot;alg&quot; string member</source>
        <translation>l&apos;en-tête n&apos;a pas de membre « alg » de type chaîne</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="70"/>
        <source>the token has %1 bytes, more than the limit of %2</source>
        <translation>le jeton fait %1 octets, au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="75"/>
        <source>the input is empty</source>
        <translation>l&apos;entrée est vide</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="80"/>
        <source>a compact JWS has three parts separated by two dots</source>
        <translation>un JWS compact comporte trois parties séparées par deux points</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="84"/>
        <source>the token has more than three parts (a JWE or a malformed token?)</source>
        <translation>le jeton comporte plus de trois parties (un JWE ou un jeton mal formé ?)</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="86"/>
        <source>the protected header is empty</source>
        <translation>l&apos;en-tête protégé est vide</translation>
    </message>
    <message>
        <location filename="../core/jose/CompactJws.cpp" line="146"/>
        <source>payload: %1</source>
        <translation>charge utile : %1</translation>
    </message>
</context>
<context>
    <name>ConsentPrinter</name>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="39"/>
        <source>Verifier:        %1</source>
        <translation>Vérificateur :        %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="40"/>
        <source>Checked:         %1</source>
        <translation>Vérifié :             %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="41"/>
        <source>Trust list:      not on your trust list</source>
        <translation>Liste de confiance :  absent de votre liste de confiance</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="42"/>
        <source>Trust list:      on your trust list as %1</source>
        <translation>Liste de confiance :  dans votre liste de confiance sous le nom %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="45"/>
        <source>Answer goes to:  %1</source>
        <translation>Réponse envoyée à :   %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="47"/>
        <source>Not searched:    %1</source>
        <translation>Non examiné :         %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="50"/>
        <source>What the verifier says about itself (not checked by vcdesk):</source>
        <translation>Ce que le vérificateur dit de lui-même (non vérifié par vcdesk) :</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="52"/>
        <source>  | name:    %1</source>
        <translation>  | nom :      %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="54"/>
        <source>  | purpose: %1</source>
        <translation>  | finalité : %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="64"/>
        <source>Required: %1</source>
        <translation>Obligatoire : %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="64"/>
        <source>Optional: %1</source>
        <translation>Facultatif : %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="66"/>
        <source>  | the verifier says: %1</source>
        <translation>  | le vérificateur indique : %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="68"/>
        <source>  nothing in your wallet fits: %1</source>
        <translation>  rien dans votre portefeuille ne correspond : %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="76"/>
        <source>  [%1] %2 from %3</source>
        <translation>  [%1] %2 (émetteur : %3)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="81"/>
        <source>      NOT VALID: %1</source>
        <translation>      NON VALIDE : %1</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="87"/>
        <source>(optional: goes, as --share-optional asks)</source>
        <translation>(facultatif : partagé, comme le demande --share-optional)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="88"/>
        <source>(optional: stays in your wallet unless --share-optional %1)</source>
        <translation>(facultatif : reste dans votre portefeuille, sauf avec --share-optional %1)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="93"/>
        <source>      (this credential cannot hide claims: all of it is shown)</source>
        <translation>      (cette attestation ne permet pas de masquer des données : elle est montrée en entier)</translation>
    </message>
    <message>
        <location filename="../cli/ConsentPrinter.cpp" line="99"/>
        <source>      also shown (not selectively disclosable): %1</source>
        <translation>      également montré (divulgation sélective impossible) : %1</translation>
    </message>
</context>
<context>
    <name>ContextLoader</name>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="58"/>
        <source>%1 is not a JSON-LD context: %2</source>
        <translation>%1 n&apos;est pas un contexte JSON-LD : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="59"/>
        <source>it has no @context</source>
        <translation>il n&apos;a pas de @context</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="68"/>
        <source>the JSON-LD context %1 %2 is not the one %3 (SHA-256 %4…, not %5…)</source>
        <translation>le contexte JSON-LD %1 %2 n&apos;est pas celui %3 (SHA-256 %4…, et non %5…)</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="70"/>
        <source>as fetched</source>
        <translation>tel que récupéré</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="84"/>
        <source>the JSON-LD context %1 cannot be used: %2</source>
        <translation>le contexte JSON-LD %1 est inutilisable : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="121"/>
        <source>the JSON-LD context %1 cannot be fetched: %2</source>
        <translation>le contexte JSON-LD %1 ne peut pas être récupéré : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="127"/>
        <source>you allowed</source>
        <translation>que vous avez autorisé</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="129"/>
        <source>vcdesk used before</source>
        <translation>que vcdesk a utilisé auparavant</translation>
    </message>
    <message>
        <location filename="../core/verify/ContextLoader.cpp" line="153"/>
        <source>the JSON-LD context %1 is neither one vcdesk carries nor one you allowed</source>
        <translation>le contexte JSON-LD %1 ne fait partie ni de ceux fournis avec vcdesk ni de ceux que vous avez autorisés</translation>
    </message>
</context>
<context>
    <name>ContextProcessor</name>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="113"/>
        <source>it is not true or false</source>
        <translation>ce n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="125"/>
        <source>a context would remove protected terms</source>
        <translation>un contexte supprimerait des termes protégés</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="142"/>
        <source>more than %1 remote contexts, or a context that includes itself</source>
        <translation>plus de %1 contextes distants, ou un contexte qui s&apos;inclut lui-même</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="184"/>
        <source>a context is a map, a string or null</source>
        <translation>un contexte est un objet, une chaîne ou null</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="189"/>
        <source>only 1.1 is known</source>
        <translation>seule la version 1.1 est connue</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="192"/>
        <source>@version 1.1 in json-ld-1.0 mode</source>
        <translation>@version 1.1 en mode json-ld-1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="196"/>
        <source>@import in json-ld-1.0</source>
        <translation>@import en json-ld-1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="199"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="221"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="237"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="256"/>
        <source>it is not a string</source>
        <translation>ce n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="206"/>
        <source>an imported context is a map</source>
        <translation>un contexte importé est un objet</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="210"/>
        <source>an imported context imports again</source>
        <translation>un contexte importé en importe lui-même un autre</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="229"/>
        <source>%1 is relative, with no base to resolve it</source>
        <translation>%1 est relatif, sans base pour le résoudre</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="241"/>
        <source>json-ld-1.0 takes absolute IRIs only</source>
        <translation>json-ld-1.0 n&apos;accepte que des IRI absolus</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="260"/>
        <source>@direction in 1.0</source>
        <translation>@direction en 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="268"/>
        <source>not ltr or rtl</source>
        <translation>ni ltr ni rtl</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="272"/>
        <source>@propagate in 1.0</source>
        <translation>@propagate en 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="274"/>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="279"/>
        <source>not true or false</source>
        <translation>ni true ni false</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="300"/>
        <source>the term %1</source>
        <translation>le terme %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="303"/>
        <source>the empty term</source>
        <translation>le terme vide</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="308"/>
        <source>the document&apos;s contexts define more than %1 terms in all</source>
        <translation>les contextes du document définissent plus de %1 termes au total</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="322"/>
        <source>@type</source>
        <translation>@type</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="359"/>
        <source>@protected in 1.0</source>
        <translation>@protected en 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="432"/>
        <source>%1 would expand to another IRI</source>
        <translation>%1 se développerait en un autre IRI</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="462"/>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation>%1 n&apos;a pas d&apos;IRI et il n&apos;y a pas de @vocab</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="490"/>
        <source>@context in 1.0</source>
        <translation>@context en 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="516"/>
        <source>@nest in 1.0</source>
        <translation>@nest en 1.0</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ContextProcessor.cpp" line="539"/>
        <source>%1 has %2</source>
        <translation>%1 contient %2</translation>
    </message>
</context>
<context>
    <name>CredentialBadge</name>
    <message>
        <location filename="../models/CredentialBadge.cpp" line="18"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>CredentialClient</name>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="63"/>
        <source>the issuer kept asking for a new DPoP nonce</source>
        <translation>l&apos;émetteur n&apos;a cessé de redemander un nouveau nonce DPoP</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="72"/>
        <source>no nonce: %1</source>
        <translation>pas de nonce : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="76"/>
        <source>to give a nonce</source>
        <translation>de fournir un nonce</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="80"/>
        <source>the nonce answer is not a JSON object</source>
        <translation>la réponse à la demande de nonce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="81"/>
        <source>nonce answer</source>
        <translation>réponse à la demande de nonce</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="91"/>
        <source>the credential answer is not a JSON object: %1</source>
        <translation>la réponse d&apos;attestation n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="92"/>
        <source>credential answer</source>
        <translation>réponse d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="110"/>
        <source>the credential answer has both credentials and a transaction id</source>
        <translation>la réponse d&apos;attestation contient à la fois des attestations et un identifiant de transaction</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="115"/>
        <source>the deferred answer has no positive interval</source>
        <translation>la réponse différée n&apos;indique pas d&apos;intervalle positif</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="121"/>
        <source>the issuer deferred the credential without a transaction id</source>
        <translation>l&apos;émetteur a différé l&apos;attestation sans identifiant de transaction</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="123"/>
        <source>the credential answer has no credentials</source>
        <translation>la réponse d&apos;attestation ne contient aucune attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="125"/>
        <source>the issuer sent more than %1 credentials</source>
        <translation>l&apos;émetteur a envoyé plus de %1 attestations</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="129"/>
        <source>an entry of credentials holds no credential string</source>
        <translation>une entrée de credentials ne contient pas de chaîne d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="149"/>
        <source>the credential request failed: %1</source>
        <translation>la demande d&apos;attestation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="153"/>
        <source>the credential request</source>
        <translation>la demande d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="162"/>
        <source>the issuer deferred the credential but has no deferred credential endpoint</source>
        <translation>l&apos;émetteur a différé l&apos;attestation mais n&apos;a pas de point de terminaison pour les attestations différées</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="169"/>
        <source>asking for the deferred credential failed: %1</source>
        <translation>la demande de l&apos;attestation différée a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="173"/>
        <source>the deferred credential request</source>
        <translation>la demande d&apos;attestation différée</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialClient.cpp" line="198"/>
        <source>the notification</source>
        <translation>la notification</translation>
    </message>
</context>
<context>
    <name>CredentialConfiguration</name>
    <message>
        <location filename="../core/oid4vci/CredentialConfiguration.cpp" line="61"/>
        <source>credential configuration &quot;%1&quot;</source>
        <translation>configuration d&apos;attestation « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialConfiguration.cpp" line="90"/>
        <source>proof type %1 is not an object</source>
        <translation>le type de preuve %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialConfiguration.cpp" line="107"/>
        <source>the credential is bound to a key, but no proof type says how to prove the key</source>
        <translation>l&apos;attestation est liée à une clé, mais aucun type de preuve n&apos;indique comment prouver la possession de cette clé</translation>
    </message>
</context>
<context>
    <name>CredentialImporter</name>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="56"/>
        <source>the input is larger than %1 MiB</source>
        <translation>l&apos;entrée dépasse %1 Mio</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="59"/>
        <source>the input is empty</source>
        <translation>l&apos;entrée est vide</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="77"/>
        <source>the %1 carries no credential</source>
        <translation>le message %1 ne contient aucune attestation</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="93"/>
        <source>this is a presentation, not a credential to keep; import the credentials it carries instead</source>
        <translation>ceci est une présentation, pas une attestation à conserver ; importez plutôt les attestations qu&apos;elle contient</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialImporter.cpp" line="97"/>
        <source>this %1 is not a verifiable credential</source>
        <translation>cet élément au format %1 n&apos;est pas une attestation vérifiable</translation>
    </message>
</context>
<context>
    <name>CredentialInspector</name>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="58"/>
        <source>credentials nested more than %1 levels deep</source>
        <translation>des attestations imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="61"/>
        <source>the input is empty</source>
        <translation>l&apos;entrée est vide</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="100"/>
        <source>the %1 carries no signed credential, so there is nothing to verify</source>
        <translation>le message %1 ne contient aucune attestation signée : il n&apos;y a donc rien à vérifier</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="108"/>
        <source>the JSON is neither a credential, a presentation, nor a message vcdesk knows (%1)</source>
        <translation>le JSON n&apos;est ni une attestation, ni une présentation, ni un message connu de vcdesk (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="143"/>
        <source>the token&apos;s payload is not a strict JSON object: %1</source>
        <translation>la charge utile du jeton n&apos;est pas un objet JSON strict : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="193"/>
        <source>the presentation carries no credential, so it proves nothing about its holder</source>
        <translation>la présentation ne contient aucune attestation : elle ne prouve donc rien sur son titulaire</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="221"/>
        <source>an embedded credential is neither text nor an object</source>
        <translation>une attestation intégrée n&apos;est ni du texte ni un objet</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="226"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="236"/>
        <source>the embedded token is signed but is not a credential or presentation</source>
        <translation>le jeton intégré est signé mais n&apos;est ni une attestation ni une présentation</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="251"/>
        <source>%1 embedded: %2 valid, %3 invalid, %4 unverifiable</source>
        <translation>attestations intégrées : %1 ; valides : %2, non valides : %3, invérifiables : %4</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialInspector.cpp" line="262"/>
        <source>more than %1 embedded credentials; refusing the rest</source>
        <translation>plus de %1 attestations intégrées ; les suivantes sont refusées</translation>
    </message>
</context>
<context>
    <name>CredentialOffer</name>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="15"/>
        <source>credential offer: tx_code</source>
        <translation>offre d&apos;attestation : tx_code</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="27"/>
        <source>input_mode is numeric or text, not &quot;%1&quot;</source>
        <translation>input_mode vaut numeric ou text, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="36"/>
        <source>description is not a string</source>
        <translation>description n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="38"/>
        <source>description is longer than %1 characters</source>
        <translation>description dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="47"/>
        <source>credential offer: pre-authorized code</source>
        <translation>offre d&apos;attestation : code pré-autorisé</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="72"/>
        <source>credential offer: authorization code</source>
        <translation>offre d&apos;attestation : code d&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="92"/>
        <source>the issuer asks for a transaction code</source>
        <translation>l&apos;émetteur demande un code de transaction</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="95"/>
        <source>the transaction code is longer than 256 characters</source>
        <translation>le code de transaction dépasse 256 caractères</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="100"/>
        <source>the transaction code is digits only</source>
        <translation>le code de transaction ne comporte que des chiffres</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="103"/>
        <source>the transaction code has %1 characters, not %2</source>
        <translation>le code de transaction comporte %1 caractères, et non %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="112"/>
        <source>the credential offer</source>
        <translation>l&apos;offre d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="115"/>
        <source>credential offer</source>
        <translation>offre d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="130"/>
        <source>it offers more than %1 credentials</source>
        <translation>elle propose plus de %1 attestations</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOffer.cpp" line="138"/>
        <source>credential offer: grants</source>
        <translation>offre d&apos;attestation : grants</translation>
    </message>
</context>
<context>
    <name>CredentialOfferLink</name>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="46"/>
        <source>there is no credential offer to read</source>
        <translation>il n&apos;y a aucune offre d&apos;attestation à lire</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="49"/>
        <source>the offer link is longer than %1 KiB</source>
        <translation>le lien d&apos;offre dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="53"/>
        <source>the offer link contains spaces, control or non-ASCII characters</source>
        <translation>le lien d&apos;offre contient des espaces, des caractères de contrôle ou des caractères non ASCII</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="59"/>
        <source>this is not a credential offer (expected openid-credential-offer:// or an https link)</source>
        <translation>ceci n&apos;est pas une offre d&apos;attestation (attendu : openid-credential-offer:// ou un lien https)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="62"/>
        <source>the offer link has a fragment</source>
        <translation>le lien d&apos;offre contient un fragment</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="66"/>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="98"/>
        <source>the link carries neither credential_offer nor credential_offer_uri</source>
        <translation>le lien ne contient ni credential_offer ni credential_offer_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="72"/>
        <source>the offer link is not a URL</source>
        <translation>le lien d&apos;offre n&apos;est pas une URL</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="78"/>
        <source>the offer link&apos;s parameters cannot be read: %1</source>
        <translation>les paramètres du lien d&apos;offre sont illisibles : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="84"/>
        <source>the parameter %1 appears more than once</source>
        <translation>le paramètre %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="95"/>
        <source>the link has both credential_offer and credential_offer_uri</source>
        <translation>le lien contient à la fois credential_offer et credential_offer_uri</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/CredentialOfferLink.cpp" line="103"/>
        <source>credential_offer is empty</source>
        <translation>credential_offer est vide</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="71"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="203"/>
        <source>the JWT claim &quot;%1&quot; is not a string</source>
        <translation>l&apos;attribut JWT « %1 » n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="211"/>
        <location filename="../core/credential/CredentialParser.cpp" line="230"/>
        <source>the JWT claim &quot;%1&quot; (%2) differs from the %3 (%4)</source>
        <translation>l&apos;attribut JWT « %1 » (%2) ne concorde pas avec %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="341"/>
        <source>the token looks like a credential or presentation (typ &quot;%1&quot;) but its payload is not one: &quot;vc&quot;/&quot;vp&quot; must be objects, an SD-JWT VC needs its &apos;~&apos; separators, a JSON-LD payload needs a VerifiableCredential or VerifiablePresentation type</source>
        <translation>le jeton ressemble à une attestation ou à une présentation (typ « %1 ») mais sa charge utile n&apos;en est pas une : « vc »/« vp » doivent être des objets, un SD-JWT VC a besoin de ses séparateurs « ~ », une charge utile JSON-LD doit avoir le type VerifiableCredential ou VerifiablePresentation</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="348"/>
        <source>the token is a JWS but not a verifiable credential or presentation</source>
        <translation>le jeton est un JWS, mais ni une attestation ni une présentation vérifiable</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="358"/>
        <location filename="../core/credential/CredentialParser.cpp" line="377"/>
        <source>the JWT&apos;s top-level &quot;%1&quot; differs from the credential&apos;s</source>
        <translation>la valeur « %1 » au premier niveau du JWT diffère de celle de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="276"/>
        <source>holder</source>
        <translation>le titulaire</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="277"/>
        <source>issuer</source>
        <translation>l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="281"/>
        <source>credential subject id</source>
        <translation>l&apos;identifiant du sujet de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="283"/>
        <source>credential id</source>
        <translation>l&apos;identifiant de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="263"/>
        <source>start of validity</source>
        <translation>le début de validité</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="265"/>
        <source>end of validity</source>
        <translation>la fin de validité</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="267"/>
        <source>issue time</source>
        <translation>la date d&apos;émission</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="446"/>
        <source>the token has SD-JWT separators (&apos;~&apos;) but its typ is &quot;%1&quot;, not dc+sd-jwt (an SD-JWT VC)</source>
        <translation>le jeton contient des séparateurs SD-JWT (« ~ ») mais son typ est « %1 », et non dc+sd-jwt (un SD-JWT VC)</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="456"/>
        <source>an SD-JWT VC must name its type in a &quot;vct&quot; string and carry no &quot;vc&quot; or &quot;vp&quot; claim</source>
        <translation>un SD-JWT VC doit indiquer son type dans une chaîne « vct » et ne contenir aucun attribut « vc » ou « vp »</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="480"/>
        <source>the claim &quot;%1&quot; arrives in a disclosure; an SD-JWT VC must not make it selectively disclosable</source>
        <translation>la donnée «&#xa0;%1&#xa0;» arrive dans une divulgation ; une SD-JWT VC ne doit pas la rendre divulgable sélectivement</translation>
    </message>
    <message>
        <location filename="../core/credential/CredentialParser.cpp" line="504"/>
        <source>the JSON is not a verifiable credential or presentation (it needs @context and a VerifiableCredential or VerifiablePresentation type)</source>
        <translation>le JSON n&apos;est ni une attestation ni une présentation vérifiable (il lui faut un @context et le type VerifiableCredential ou VerifiablePresentation)</translation>
    </message>
</context>
<context>
    <name>CredentialSearch</name>
    <message>
        <location filename="../core/store/CredentialSearch.cpp" line="98"/>
        <source>a page has 1 to %1 credentials</source>
        <translation>une page contient de 1 à %1 attestations</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="29"/>
        <source>at most %1 tags</source>
        <translation>%1 étiquettes au plus</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="33"/>
        <source>a tag has 1 to 64 characters</source>
        <translation>une étiquette comporte de 1 à 64 caractères</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="41"/>
        <source>a credential has 1 byte to 1 MiB</source>
        <translation>une attestation fait de 1 octet à 1 Mio</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="161"/>
        <source>this credential is already in the wallet (id %1)</source>
        <translation>cette attestation est déjà dans le portefeuille (id %1)</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="216"/>
        <location filename="../core/store/CredentialStore.cpp" line="299"/>
        <location filename="../core/store/CredentialStore.cpp" line="324"/>
        <location filename="../core/store/CredentialStore.cpp" line="338"/>
        <source>credential</source>
        <translation>attestation</translation>
    </message>
    <message>
        <location filename="../core/store/CredentialStore.cpp" line="242"/>
        <source>credential %1 does not match its listing: the wallet file was changed outside vcdesk</source>
        <translation>l&apos;attestation %1 ne correspond pas à sa fiche : le fichier du portefeuille a été modifié en dehors de vcdesk</translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="43"/>
        <source>the credential names no issuer (its &quot;issuer&quot; or &quot;iss&quot; is missing, empty or not an identifier)</source>
        <translation>l&apos;attestation ne nomme aucun émetteur (son « issuer » ou « iss » est absent, vide ou n&apos;est pas un identifiant)</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="62"/>
        <source>the issuer is on your trust list as &quot;%1&quot;</source>
        <translation>l&apos;émetteur figure dans votre liste de confiance sous le nom « %1 »</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="63"/>
        <source>the issuer %1 is not on your trust list</source>
        <translation>l&apos;émetteur %1 ne figure pas dans votre liste de confiance</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="83"/>
        <source>not looked up: its signature was not verified</source>
        <translation>non consulté : sa signature n&apos;a pas été vérifiée</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="85"/>
        <source>not looked up: it was not signed by its issuer</source>
        <translation>non consulté : elle n&apos;a pas été signée par son émetteur</translation>
    </message>
    <message>
        <location filename="../core/verify/CredentialVerifier.cpp" line="87"/>
        <source>not looked up: the issuer is not on your trust list</source>
        <translation>non consulté : l&apos;émetteur ne figure pas dans votre liste de confiance</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/CredentialVerifier.cpp" line="111"/>
        <source>%n disclosure(s) match the issuer&apos;s digests</source>
        <translation>
            <numerusform>%n divulgation correspond aux condensés de l&apos;émetteur</numerusform>
            <numerusform>%n divulgations correspondent aux condensés de l&apos;émetteur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataIntegrityCheck</name>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="84"/>
        <source>%1, which needs BLS12-381 pairings</source>
        <translation>%1, qui nécessite des couplages BLS12-381</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="112"/>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="116"/>
        <source>the proof&apos;s @context is not the document&apos;s</source>
        <translation>le @context de la preuve n&apos;est pas celui du document</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="139"/>
        <source>previousProof must name other proofs by their ids, each once</source>
        <translation>previousProof doit désigner d&apos;autres preuves par leur id, chacune une seule fois</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="148"/>
        <source>the proof follows %1, which the credential does not carry</source>
        <translation>la preuve fait suite à %1, que l&apos;attestation ne contient pas</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="150"/>
        <source>the credential carries %1 proofs with the id %2</source>
        <translation>l&apos;attestation contient %1 preuves portant l&apos;id %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="169"/>
        <source>an %1 proof carries no @context of its own</source>
        <translation>une preuve %1 ne contient pas de @context propre</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="172"/>
        <source>an %1 proof cannot follow another proof</source>
        <translation>une preuve %1 ne peut pas faire suite à une autre preuve</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="217"/>
        <source>the credential defines terms in its own @context, which vcdesk cannot vouch for</source>
        <translation>l&apos;attestation définit des termes dans son propre @context, ce dont vcdesk ne peut pas se porter garant</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="245"/>
        <source>the credential has a @context inside it, which vcdesk cannot vouch for</source>
        <translation>l&apos;attestation contient un @context interne, dont vcdesk ne peut pas se porter garant</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="264"/>
        <source>the proof&apos;s &quot;%1&quot; is not a date and time</source>
        <translation>la valeur « %1 » de la preuve n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="267"/>
        <source>the proof expired at %1</source>
        <translation>la preuve a expiré le %1</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="270"/>
        <source>the proof was created in the future (%1)</source>
        <translation>la preuve a été créée dans le futur (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="281"/>
        <source>vcdesk does not verify this kind of proof</source>
        <translation>vcdesk ne vérifie pas ce type de preuve</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="297"/>
        <source>proofValue is not base58btc multibase</source>
        <translation>proofValue n&apos;est pas en multibase base58btc</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="311"/>
        <source>the credential carries no proof, so nothing vouches for it</source>
        <translation>l&apos;attestation ne contient aucune preuve : rien ne garantit donc son authenticité</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="323"/>
        <source>the proof set carries an entry that is not a proof (no object with a type)</source>
        <translation>l&apos;ensemble de preuves contient une entrée qui n&apos;est pas une preuve (aucun objet avec un type)</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="350"/>
        <source>the %1 proof follows %2, a proof vcdesk cannot check</source>
        <translation>la preuve %1 fait suite à %2, une preuve que vcdesk ne peut pas vérifier</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="361"/>
        <source>the proof&apos;s purpose is &quot;%1&quot;; a %2 needs %3</source>
        <translation>la finalité de la preuve est « %1 » ; une %2 exige %3</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="364"/>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="364"/>
        <source>credential</source>
        <translation>attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="371"/>
        <source>the verification method %1 is not a DID URL vcdesk can resolve</source>
        <translation>la méthode de vérification %1 n&apos;est pas une URL DID que vcdesk sait résoudre</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="380"/>
        <source>cannot find the signing key: %1</source>
        <translation>impossible de trouver la clé de signature : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="387"/>
        <source>key %1 cannot be checked: %2</source>
        <translation>la clé %1 ne peut pas être vérifiée : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="394"/>
        <source>the DID document has no usable key %1</source>
        <translation>le document DID ne contient aucune clé %1 utilisable</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="399"/>
        <source>key %1 is not authorized for %2 by its DID</source>
        <translation>la clé %1 n&apos;est pas autorisée pour %2 par son DID</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="409"/>
        <source>the %1 proof cannot be checked: %2</source>
        <translation>la preuve %1 ne peut pas être vérifiée : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="410"/>
        <source>the %1 proof does not verify: %2</source>
        <translation>la preuve %1 ne se vérifie pas : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="428"/>
        <source>unsupported proof suite: %1; vcdesk cannot check this signature</source>
        <translation>suite de preuve non prise en charge : %1 ; vcdesk ne peut pas vérifier cette signature</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="432"/>
        <source>%1 proof by %2 verifies</source>
        <translation>preuve %1 de %2 vérifiée</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="438"/>
        <source>; but the credential also carries %1, which vcdesk cannot check, and every proof of a set must verify</source>
        <translation>; mais l&apos;attestation porte aussi %1, que vcdesk ne peut pas vérifier, et chaque preuve d&apos;un ensemble doit être vérifiée</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="446"/>
        <source>the proof&apos;s key belongs to the issuer</source>
        <translation>la clé de la preuve appartient à l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegrityCheck.cpp" line="447"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation>signé par %1, mais l&apos;émetteur est %2</translation>
    </message>
</context>
<context>
    <name>DataIntegrityPresentation</name>
    <message>
        <location filename="../core/oid4vp/DataIntegrityPresentation.cpp" line="34"/>
        <source>the credential names no W3C credentials context first, so vcdesk cannot put it in a presentation</source>
        <translation>l&apos;attestation ne nomme pas en premier un contexte d&apos;attestations W3C : vcdesk ne peut donc pas l&apos;inclure dans une présentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DataIntegrityPresentation.cpp" line="46"/>
        <source>a JSON-LD presentation is signed with an Ed25519 or P-256 key, and the key for %1 is neither</source>
        <translation>une présentation JSON-LD se signe avec une clé Ed25519 ou P-256, et la clé de %1 n&apos;est ni l&apos;une ni l&apos;autre</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DataIntegrityPresentation.cpp" line="71"/>
        <source>the presentation could not be signed: %1</source>
        <translation>la présentation n&apos;a pas pu être signée : %1</translation>
    </message>
</context>
<context>
    <name>DataIntegritySigner</name>
    <message>
        <location filename="../core/verify/DataIntegritySigner.cpp" line="30"/>
        <source>vcdesk cannot sign with the proof suite %1</source>
        <translation>vcdesk ne sait pas signer avec la suite de preuve %1</translation>
    </message>
</context>
<context>
    <name>DataIntegritySuite</name>
    <message>
        <location filename="../core/verify/DataIntegritySuite.cpp" line="58"/>
        <source>%1 needs a P-256 or P-384 key, not %2</source>
        <translation>%1 nécessite une clé P-256 ou P-384, et non %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DataIntegritySuite.cpp" line="59"/>
        <source>%1 needs an Ed25519 key, not %2</source>
        <translation>%1 nécessite une clé Ed25519, et non %2</translation>
    </message>
</context>
<context>
    <name>DcqlMatcher</name>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="40"/>
        <source>a credential query id must be 1-128 letters, digits, _ or -</source>
        <translation>l&apos;id d&apos;une requête d&apos;attestation doit comporter de 1 à 128 lettres, chiffres, _ ou -</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="42"/>
        <source>credential query %1 has no format</source>
        <translation>la requête d&apos;attestation %1 n&apos;a pas de format</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="45"/>
        <source>%1 of %2 must be true or false</source>
        <translation>%1 de %2 doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="47"/>
        <source>meta of %1 must be an object</source>
        <translation>meta de %1 doit être un objet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="51"/>
        <source>type_values of %1 must be a list of type lists</source>
        <translation>type_values de %1 doit être une liste de listes de types</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="55"/>
        <source>vct_values of %1 must be a non-empty list</source>
        <translation>vct_values de %1 doit être une liste non vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="61"/>
        <source>claims of %1 must be a list of 1 to %2</source>
        <translation>claims de %1 doit être une liste de 1 à %2 éléments</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="66"/>
        <source>a claim of %1 has no valid path</source>
        <translation>un attribut de %1 n&apos;a pas de chemin valide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="70"/>
        <source>claim ids of %1 must be unique identifiers</source>
        <translation>les id d&apos;attributs de %1 doivent être des identifiants uniques</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="77"/>
        <source>values of a claim of %1 must be a non-empty list</source>
        <translation>values d&apos;un attribut de %1 doit être une liste non vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="80"/>
        <source>values may only be strings, numbers or booleans</source>
        <translation>values ne peut contenir que des chaînes, des nombres ou des booléens</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="88"/>
        <source>claim_sets of %1 need claims and must be lists of claim ids</source>
        <translation>claim_sets de %1 nécessite claims et doit être une liste de listes d&apos;id d&apos;attributs</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="93"/>
        <source>claim_sets of %1 name a claim id that does not exist</source>
        <translation>claim_sets de %1 désigne un id d&apos;attribut qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="103"/>
        <source>credentials must be a list of 1 to %1 queries</source>
        <translation>credentials doit être une liste de 1 à %1 requêtes</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="107"/>
        <source>a credential query is not an object</source>
        <translation>une requête d&apos;attestation n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="112"/>
        <source>the credential query id %1 is used twice</source>
        <translation>l&apos;id de requête d&apos;attestation %1 est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="119"/>
        <source>credential_sets must be a non-empty list</source>
        <translation>credential_sets doit être une liste non vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="123"/>
        <source>a credential set needs options: lists of credential query ids</source>
        <translation>un ensemble d&apos;attestations nécessite options : des listes d&apos;id de requêtes d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="127"/>
        <source>a credential set names the unknown query &quot;%1&quot;</source>
        <translation>un ensemble d&apos;attestations désigne la requête inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="131"/>
        <source>required of a credential set must be true or false</source>
        <translation>required d&apos;un ensemble d&apos;attestations doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="249"/>
        <source>the wallet cannot answer any option of a required credential set</source>
        <translation>le portefeuille ne peut satisfaire aucune option d&apos;un ensemble d&apos;attestations obligatoire</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="282"/>
        <source>no credential in the wallet has the format, type and claims this part asks for</source>
        <translation>aucune attestation du portefeuille n&apos;a le format, le type et les attributs demandés pour cette partie</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/DcqlMatcher.cpp" line="293"/>
        <source>the wallet has no credential for a required part</source>
        <translation>le portefeuille n&apos;a aucune attestation pour une partie obligatoire</translation>
    </message>
</context>
<context>
    <name>DidDocument</name>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="31"/>
        <source>publicKeyBase58 of type %1 is not a supported signature key</source>
        <translation>publicKeyBase58 de type %1 n&apos;est pas une clé de signature prise en charge</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="49"/>
        <source>the method carries no public key vcdesk reads</source>
        <translation>la méthode ne contient aucune clé publique lisible par vcdesk</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="58"/>
        <source>the method publishes private key material; refusing its key</source>
        <translation>la méthode publie des éléments de clé privée ; sa clé est refusée</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="101"/>
        <source>the DID document is for &quot;%1&quot;, not for the DID that was resolved</source>
        <translation>le document DID concerne « %1 », et non le DID qui a été résolu</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="109"/>
        <source>a verification method has no id</source>
        <translation>une méthode de vérification n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="112"/>
        <source>verification method %1 appears twice</source>
        <translation>la méthode de vérification %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="119"/>
        <source>the method&apos;s id belongs to another DID</source>
        <translation>l&apos;id de la méthode appartient à un autre DID</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="128"/>
        <source>&quot;verificationMethod&quot; must be an array</source>
        <translation>« verificationMethod » doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="132"/>
        <source>a verification method is not an object</source>
        <translation>une méthode de vérification n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="142"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>« %1 » doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/did/DidDocument.cpp" line="158"/>
        <source>&quot;%1&quot; holds something that is neither a reference nor a method</source>
        <translation>« %1 » contient un élément qui n&apos;est ni une référence ni une méthode</translation>
    </message>
</context>
<context>
    <name>DidUrl</name>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="35"/>
        <source>not a valid DID: %1</source>
        <translation>DID non valide : %1</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="84"/>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="86"/>
        <source>it does not start with &quot;did:&quot;</source>
        <translation>il ne commence pas par « did: »</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="97"/>
        <source>the method name must be lowercase letters and digits followed by &apos;:&apos;</source>
        <translation>le nom de la méthode doit se composer de lettres minuscules et de chiffres, suivis de « : »</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="107"/>
        <source>bad percent-encoding at position %1</source>
        <translation>encodage-pourcent incorrect à la position %1</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="114"/>
        <source>the method-specific id is empty or ends with &apos;:&apos;</source>
        <translation>l&apos;identifiant propre à la méthode est vide ou se termine par « : »</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="127"/>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>caractère inattendu « %1 » à la position %2</translation>
    </message>
    <message>
        <location filename="../core/did/DidUrl.cpp" line="141"/>
        <source>it contains spaces, control or non-ASCII characters</source>
        <translation>il contient des espaces, des caractères de contrôle ou des caractères non ASCII</translation>
    </message>
</context>
<context>
    <name>DocumentCache</name>
    <message>
        <location filename="../core/verify/DocumentCache.cpp" line="241"/>
        <source>cannot remove the cached copy of %1: %2</source>
        <translation>impossible de supprimer la copie en cache de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/DocumentCache.cpp" line="247"/>
        <source>%1 is not in the cache</source>
        <translation>%1 n&apos;est pas dans le cache</translation>
    </message>
    <message>
        <location filename="../core/verify/DocumentCache.cpp" line="282"/>
        <source>cannot remove every cached document from %1: %2</source>
        <translation>impossible de supprimer tous les documents en cache de %1 : %2</translation>
    </message>
</context>
<context>
    <name>EnvelopeCheck</name>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="35"/>
        <source>the service generated a credential</source>
        <translation>le service a généré une attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="38"/>
        <source>the message says a credential was generated but carries none</source>
        <translation>le message indique qu&apos;une attestation a été générée mais n&apos;en contient aucune</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="41"/>
        <source>the generation service reported an error: %1</source>
        <translation>le service de génération a signalé une erreur : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="44"/>
        <source>message &quot;%1&quot; carries no generated credential</source>
        <translation>le message « %1 » ne contient aucune attestation générée</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="51"/>
        <source>the verifier reports the presentation as verified</source>
        <translation>le vérificateur indique que la présentation est vérifiée</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="54"/>
        <source>the verifier reports an error: %1</source>
        <translation>le vérificateur signale une erreur : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="56"/>
        <source>the request is still &quot;%1&quot;</source>
        <translation>la demande est toujours à l&apos;état « %1 »</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="66"/>
        <source>the action is &quot;%1&quot;, not accept or reject</source>
        <translation>l&apos;action est « %1 », et non accept ou reject</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="69"/>
        <source>the event says &quot;%1&quot; but the proof says &quot;%2&quot;</source>
        <translation>l&apos;événement indique « %1 » mais la preuve indique « %2 »</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="80"/>
        <source>the hosted wallet marks the credential as &quot;%1&quot;</source>
        <translation>le portefeuille hébergé indique l&apos;état « %1 » pour l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/EnvelopeCheck.cpp" line="89"/>
        <source>record %1 has a credential that is not valid base64</source>
        <translation>l&apos;enregistrement %1 contient une attestation qui n&apos;est pas du base64 valide</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/EnvelopeCheck.cpp" line="96"/>
        <source>%n record(s) hold no credential yet (state %1)</source>
        <translation>
            <numerusform>%n enregistrement ne contient pas encore d&apos;attestation (état %1)</numerusform>
            <numerusform>%n enregistrements ne contiennent pas encore d&apos;attestation (état %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Expander</name>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="66"/>
        <source>part of the document would be lost in JSON-LD processing: %1</source>
        <translation>une partie du document serait perdue lors du traitement JSON-LD : %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="100"/>
        <source>the document is nested deeper than %1 levels</source>
        <translation>le document est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="250"/>
        <source>the term %1 is not defined by the document&apos;s contexts</source>
        <translation>le terme %1 n&apos;est pas défini par les contextes du document</translation>
    </message>
    <message>
        <location filename="../core/jsonld/Expander.cpp" line="269"/>
        <source>the @id %1 means nothing</source>
        <translation>l&apos;@id %1 ne signifie rien</translation>
    </message>
</context>
<context>
    <name>FormUrlEncoding</name>
    <message>
        <location filename="../core/codec/FormUrlEncoding.cpp" line="29"/>
        <source>a &apos;%&apos; is not followed by two hexadecimal digits</source>
        <translation>un « % » n&apos;est pas suivi de deux chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../core/codec/FormUrlEncoding.cpp" line="37"/>
        <source>a parameter is not UTF-8 text once decoded</source>
        <translation>un paramètre n&apos;est pas du texte UTF-8 une fois décodé</translation>
    </message>
    <message>
        <location filename="../core/codec/FormUrlEncoding.cpp" line="60"/>
        <source>a parameter has no name</source>
        <translation>un paramètre n&apos;a pas de nom</translation>
    </message>
</context>
<context>
    <name>GenerationClient</name>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="46"/>
        <source>the generation service answered for another flow</source>
        <translation>le service de génération a répondu pour un autre flux</translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="51"/>
        <source>the generated credential is empty</source>
        <translation>l&apos;attestation générée est vide</translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="56"/>
        <source>the credential could not be generated: %1</source>
        <translation>l&apos;attestation n&apos;a pas pu être générée : %1</translation>
    </message>
    <message>
        <location filename="../core/api/GenerationClient.cpp" line="64"/>
        <source>the generation service sent an unknown event &quot;%1&quot;</source>
        <translation>le service de génération a envoyé un événement inconnu : « %1 »</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="12"/>
        <source>cannot start decompression</source>
        <translation>impossible de lancer la décompression</translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="25"/>
        <location filename="../core/codec/Gzip.cpp" line="37"/>
        <source>the compressed data is truncated</source>
        <translation>les données compressées sont tronquées</translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="26"/>
        <source>the compressed data is corrupt</source>
        <translation>les données compressées sont corrompues</translation>
    </message>
    <message>
        <location filename="../core/codec/Gzip.cpp" line="32"/>
        <source>the data expands to more than %1 bytes; refusing it</source>
        <translation>une fois décompressées, les données dépassent %1 octets ; elles sont refusées</translation>
    </message>
</context>
<context>
    <name>HeldCredential</name>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="27"/>
        <source>the credential&apos;s content is not open (wallet locked?)</source>
        <translation>le contenu de l&apos;attestation n&apos;est pas accessible (portefeuille verrouillé ?)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="164"/>
        <source>expired on %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="169"/>
        <source>the wallet found it not valid when it last checked it</source>
        <translation>le portefeuille l&apos;a jugée non valide lors de son dernier contrôle</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="171"/>
        <source>the wallet could not verify it when it last checked it</source>
        <translation>le portefeuille n&apos;a pas pu la vérifier lors de son dernier contrôle</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/HeldCredential.cpp" line="175"/>
        <source>the wallet has not verified it</source>
        <translation>le portefeuille ne l&apos;a pas vérifiée</translation>
    </message>
</context>
<context>
    <name>HolderBindingCheck</name>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="95"/>
        <source>the credential&apos;s holder key (cnf.jwk) includes its private part, so anyone who has seen the credential can present it</source>
        <translation>la clé de titulaire de l&apos;attestation (cnf.jwk) contient sa partie privée : quiconque a vu l&apos;attestation peut la présenter</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="108"/>
        <source>the credential names no holder (no subject DID, no cnf), so anyone holding it may present it</source>
        <translation>l&apos;attestation ne désigne aucun titulaire (ni DID de sujet, ni cnf) : quiconque la détient peut la présenter</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="62"/>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="110"/>
        <source>another key</source>
        <translation>une autre clé</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="60"/>
        <source>it is a presentation by %1, passed on inside one by %2</source>
        <translation>c&apos;est une présentation de %1, transmise dans une présentation de %2</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="61"/>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="81"/>
        <source>the credential names several subjects (%1), so it is not tied to the one presenting it</source>
        <translation>l&apos;attestation nomme plusieurs sujets (%1) : elle n&apos;est donc pas liée à celui qui la présente</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="90"/>
        <source>its cnf is not an object naming a holder key</source>
        <translation>son cnf n&apos;est pas un objet désignant une clé de titulaire</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="112"/>
        <source>the credential was issued to %1, but %2 presented it</source>
        <translation>l&apos;attestation a été délivrée à %1, mais c&apos;est %2 qui l&apos;a présentéel&apos;attestation a été délivrée à %1, mais c&apos;est %2 qui l&apos;a présentée</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="113"/>
        <source>the key in its cnf</source>
        <translation>la clé de son cnfla clé de son cnf</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="131"/>
        <source>who signed the presentation is not known, so it cannot be tied to the credentials it carries</source>
        <translation>on ne sait pas qui a signé la présentation : elle ne peut donc pas être rattachée aux attestations qu&apos;elle contient</translation>
    </message>
    <message>
        <location filename="../core/verify/HolderBindingCheck.cpp" line="149"/>
        <source>credential %1: %2</source>
        <translation>attestation %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/HolderBindingCheck.cpp" line="166"/>
        <source>%n credential(s) issued to the one who signed the presentation</source>
        <translation>
            <numerusform>%n attestation délivrée à celui qui a signé la présentation</numerusform>
            <numerusform>%n attestations délivrées à celui qui a signé la présentation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolderKeyring</name>
    <message>
        <location filename="../core/oid4vp/HolderKeyring.cpp" line="26"/>
        <source>the profile has no holder key to sign a presentation with</source>
        <translation>le profil n&apos;a aucune clé de titulaire avec laquelle signer une présentation</translation>
    </message>
</context>
<context>
    <name>HostedCopy</name>
    <message>
        <location filename="../core/receive/HostedCopy.cpp" line="20"/>
        <source>account %1 is not a hosted wallet of this profile</source>
        <translation>le compte %1 n&apos;est pas un portefeuille hébergé de ce profil</translation>
    </message>
    <message>
        <location filename="../core/receive/HostedCopy.cpp" line="31"/>
        <source>no such hosted credential in this profile</source>
        <translation>cette attestation hébergée n&apos;existe pas dans ce profil</translation>
    </message>
    <message>
        <location filename="../core/receive/HostedCopy.cpp" line="40"/>
        <source>%1, credential %2</source>
        <translation>%1, attestation %2</translation>
    </message>
</context>
<context>
    <name>HostedCredentialStore</name>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="39"/>
        <source>a hosted wallet&apos;s credential id has 1 to %1 characters</source>
        <translation>l&apos;id d&apos;attestation d&apos;un portefeuille hébergé comporte de 1 à %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="48"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="51"/>
        <source>account %1 is not a hosted wallet</source>
        <translation>le compte %1 n&apos;est pas un portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../core/store/HostedCredentialStore.cpp" line="104"/>
        <location filename="../core/store/HostedCredentialStore.cpp" line="120"/>
        <location filename="../core/store/HostedCredentialStore.cpp" line="134"/>
        <source>hosted credential</source>
        <translation>attestation hébergée</translation>
    </message>
</context>
<context>
    <name>HostedWalletClient</name>
    <message>
        <location filename="../core/api/HostedWalletClient.cpp" line="17"/>
        <source>the hosted wallet&apos;s answer is not as expected: %1</source>
        <translation>la réponse du portefeuille hébergé n&apos;est pas celle attendue : %1</translation>
    </message>
    <message>
        <location filename="../core/api/HostedWalletClient.cpp" line="112"/>
        <source>the hosted wallet did not delete it</source>
        <translation>le portefeuille hébergé ne l&apos;a pas supprimée</translation>
    </message>
</context>
<context>
    <name>ImageFetch</name>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="17"/>
        <source>the picture is larger than %1 KiB</source>
        <translation>l&apos;image dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="42"/>
        <source>the picture&apos;s address is neither https nor data: %1</source>
        <translation>l&apos;adresse de l&apos;image (%1) n&apos;est ni en https ni une URI data:</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="56"/>
        <location filename="../core/net/ImageFetch.cpp" line="74"/>
        <source>the picture is of type %1, not PNG, JPEG, GIF or WebP</source>
        <translation>l&apos;image est de type %1, et non PNG, JPEG, GIF ou WebP</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="66"/>
        <source>the data: URI has no data</source>
        <translation>l&apos;URI data: ne contient aucune donnée</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="70"/>
        <source>the data: URI is not base64, as pictures are</source>
        <translation>l&apos;URI data: n&apos;est pas en base64, comme doivent l&apos;être les images</translation>
    </message>
    <message>
        <location filename="../core/net/ImageFetch.cpp" line="86"/>
        <source>the data: URI&apos;s picture is not valid base64</source>
        <translation>l&apos;image de l&apos;URI data: n&apos;est pas du base64 valide</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="22"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="35"/>
        <source>%1 holds no files to inspect</source>
        <translation>%1 ne contient aucun fichier à inspecter</translation>
    </message>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="41"/>
        <source>more than %1 inputs; inspect a smaller folder</source>
        <translation>plus de %1 entrées ; inspectez un dossier plus petit</translation>
    </message>
    <message>
        <location filename="../core/common/InputFiles.cpp" line="45"/>
        <source>standard input (-) can be read only once</source>
        <translation>l&apos;entrée standard (-) ne peut être lue qu&apos;une seule fois</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <location filename="../cli/InputReader.cpp" line="19"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../cli/InputReader.cpp" line="20"/>
        <location filename="../cli/InputReader.cpp" line="27"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location filename="../cli/InputReader.cpp" line="26"/>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
</context>
<context>
    <name>InspectBatch</name>
    <message>
        <location filename="../cli/InspectBatch.cpp" line="33"/>
        <source>UNREADABLE</source>
        <translation>ILLISIBLE</translation>
    </message>
    <message>
        <location filename="../cli/InspectBatch.cpp" line="83"/>
        <source>Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, %5 unreadable</source>
        <translation>Éléments inspectés : %1 ; valides : %2, non valides : %3, impossibles à vérifier : %4, illisibles : %5</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="34"/>
        <source>%1 is not a JWK: %2</source>
        <translation>%1 n&apos;est pas une JWK : %2</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="49"/>
        <source>the JWK Set %1 has %2 keys matching kid &quot;%3&quot;; need exactly one</source>
        <translation>le JWK Set %1 contient %2 clés correspondant au kid « %3 » ; il en faut exactement une</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="83"/>
        <source>Decode a signed token (JWS/JWT), find its signer and verify it.</source>
        <translation>Décode un jeton signé (JWS/JWT), trouve son signataire et le vérifie.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="85"/>
        <source>Print one JSON object.</source>
        <translation>Affiche un seul objet JSON.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="87"/>
        <source>Verify with this trusted JWK (or JWK Set) instead of DIDs.</source>
        <translation>Vérifie avec cette JWK (ou ce JWK Set) de confiance au lieu des DID.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="88"/>
        <source>JWK_FILE</source>
        <translation>FICHIER_JWK</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="90"/>
        <source>Check validity at this time instead of now (RFC 3339).</source>
        <translation>Vérifie la validité à ce moment précis plutôt que maintenant (RFC 3339).</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="91"/>
        <source>TIME</source>
        <translation>DATE_HEURE</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="93"/>
        <source>Development: allow plain http to this computer (did:web on localhost).</source>
        <translation>Développement : autorise le http simple vers cet ordinateur (did:web sur localhost).</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="96"/>
        <source>Contact no server: DIDs and status lists come from caches or are reported as unknown.</source>
        <translation>Ne contacte aucun serveur : les DID et les listes de statuts proviennent des caches ou sont signalés comme inconnus.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="98"/>
        <source>The trust list file.</source>
        <translation>Le fichier de la liste de confiance.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="99"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="101"/>
        <source>Seconds of clock difference tolerated in validity checks (default 60).</source>
        <translation>Écart d&apos;horloge toléré lors des contrôles de validité, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="103"/>
        <location filename="../cli/InspectCommand.cpp" line="108"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="106"/>
        <source>How old a cached status list or schema may be when it cannot be fetched again (seconds, default 86400); older ones make the check unknown.</source>
        <translation>Âge maximal d&apos;une liste de statuts ou d&apos;un schéma en cache lorsqu&apos;il est impossible de le récupérer à nouveau (en secondes, 86400 par défaut) ; au-delà, le résultat du contrôle est inconnu.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="110"/>
        <source>Several inputs: one JSON object per line, then a summary object.</source>
        <translation>Plusieurs entrées : un objet JSON par ligne, puis un objet récapitulatif.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="114"/>
        <source>Allow this JSON-LD context beyond the ones vcdesk carries (repeatable): fetched once and cached; with #sha256=HEX it must have that hash.</source>
        <translation>Autorise ce contexte JSON-LD en plus de ceux fournis avec vcdesk (option répétable) : il est récupéré une fois puis mis en cache ; avec #sha256=HEX, il doit avoir cette empreinte.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="116"/>
        <source>URL[#sha256=HEX]</source>
        <translation>URL[#sha256=HEX]</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="120"/>
        <source>Token files or folders of them, or - for standard input.</source>
        <translation>Fichiers de jetons ou dossiers qui en contiennent, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="121"/>
        <source>INPUT...</source>
        <translation>ENTRÉE...</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="132"/>
        <source>vcdesk inspect: give an INPUT (a file, a folder, or - for standard input)</source>
        <translation>vcdesk inspect : indiquez une ENTRÉE (un fichier, un dossier, ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="138"/>
        <source>vcdesk inspect: --allow-context: %1</source>
        <translation>vcdesk inspect : --allow-context : %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="147"/>
        <source>vcdesk inspect: --json prints one token; use --json-lines for several</source>
        <translation>vcdesk inspect : --json affiche un seul jeton ; utilisez --json-lines pour plusieurs</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="151"/>
        <source>vcdesk inspect: --key works with one input</source>
        <translation>vcdesk inspect : --key ne fonctionne qu&apos;avec une seule entrée</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="159"/>
        <source>vcdesk inspect: --at needs an RFC 3339 time such as 2025-01-31T12:00:00Z</source>
        <translation>vcdesk inspect : --at attend une date et heure RFC 3339, par ex. 2025-01-31T12:00:00Z</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="168"/>
        <source>vcdesk inspect: --clock-skew needs a number of seconds from 0 to 86400</source>
        <translation>vcdesk inspect : --clock-skew attend un nombre de secondes entre 0 et 86400</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="174"/>
        <source>vcdesk inspect: --cache-max-age needs a number of seconds from 0 to 31536000</source>
        <translation>vcdesk inspect : --cache-max-age attend un nombre de secondes entre 0 et 31536000</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="182"/>
        <location filename="../cli/InspectCommand.cpp" line="187"/>
        <location filename="../cli/InspectCommand.cpp" line="197"/>
        <location filename="../cli/InspectCommand.cpp" line="211"/>
        <source>vcdesk inspect: %1</source>
        <translation>vcdesk inspect : %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="203"/>
        <source>vcdesk inspect: cannot use the key: %1</source>
        <translation>vcdesk inspect : impossible d&apos;utiliser la clé : %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="218"/>
        <source>vcdesk inspect: cannot read the token: %1 [%2]</source>
        <translation>vcdesk inspect : impossible de lire le jeton : %1 [%2]</translation>
    </message>
</context>
<context>
    <name>InspectOptionsBuilder</name>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="91"/>
        <source>the clock skew must be from 0 to %1 seconds</source>
        <translation>l&apos;écart d&apos;horloge doit être compris entre 0 et %1 secondes</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="94"/>
        <source>the cache age must be from 0 to %1 seconds</source>
        <translation>l&apos;âge du cache doit être compris entre 0 et %1 secondes</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectOptionsBuilder.cpp" line="116"/>
        <source>%1 is allowed with two different SHA-256 values</source>
        <translation>%1 est autorisé avec deux valeurs SHA-256 différentes</translation>
    </message>
</context>
<context>
    <name>InspectionPrinter</name>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="47"/>
        <source>Checks:</source>
        <translation>Contrôles :</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="54"/>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="57"/>
        <source>Embedded credential %1:</source>
        <translation>Attestation intégrée %1 :</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="68"/>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <location filename="../cli/InspectionPrinter.cpp" line="69"/>
        <source>Payload:</source>
        <translation>Charge utile :</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <location filename="../models/InspectionReport.cpp" line="50"/>
        <source>Credential inspection report</source>
        <translation>Rapport d&apos;inspection d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="58"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="74"/>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="75"/>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="76"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="84"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="86"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="86"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="86"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="94"/>
        <source>Claims</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="95"/>
        <source>Claim</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="95"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="104"/>
        <source>Further embedded credentials are in the JSON report.</source>
        <translation>Les autres attestations intégrées figurent dans le rapport JSON.</translation>
    </message>
    <message>
        <location filename="../models/InspectionReport.cpp" line="108"/>
        <source>Embedded credential %1</source>
        <translation>Attestation intégrée %1</translation>
    </message>
</context>
<context>
    <name>InspectionSummary</name>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="38"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="38"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="49"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="50"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="55"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="62"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="62"/>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="64"/>
        <source>more than %n subjects</source>
        <translation>
            <numerusform>plus de %n sujet</numerusform>
            <numerusform>plus de %n sujets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="65"/>
        <source>%n subjects</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="68"/>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="69"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="71"/>
        <location filename="../core/verify/InspectionSummary.cpp" line="74"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="75"/>
        <source>given key %1</source>
        <translation>clé fournie %1</translation>
    </message>
    <message>
        <location filename="../core/verify/InspectionSummary.cpp" line="78"/>
        <source>Embedded</source>
        <translation>Contient</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/InspectionSummary.cpp" line="79"/>
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n attestation</numerusform>
            <numerusform>%n attestations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuanceSession</name>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="44"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="84"/>
        <source>the offer has no pre-authorized code, and the issuer&apos;s authorization server offers no sign-in either</source>
        <translation>l&apos;offre ne contient pas de code pré-autorisé, et le serveur d&apos;autorisation de l&apos;émetteur ne propose pas non plus de connexion</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="89"/>
        <source>the issuer requires its credential messages encrypted on top of TLS, which vcdesk does not do yet</source>
        <translation>l&apos;émetteur exige que ses messages d&apos;attestation soient chiffrés en plus de TLS, ce que vcdesk ne fait pas encore</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="93"/>
        <source>nothing offered is in a format vcdesk keeps (%1)</source>
        <translation>rien de ce qui est proposé n&apos;est dans un format que vcdesk conserve (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="98"/>
        <source>the authorization server wants DPoP proofs in %1; vcdesk signs them with ES256</source>
        <translation>le serveur d&apos;autorisation exige des preuves DPoP en %1 ; vcdesk les signe en ES256</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="142"/>
        <source>no key was chosen for the credentials</source>
        <translation>aucune clé n&apos;a été choisie pour les attestations</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="151"/>
        <source>the issuer binds each credential to one key only: choose one key</source>
        <translation>l&apos;émetteur lie chaque attestation à une seule clé : choisissez-en une seule</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="154"/>
        <source>the issuer takes at most %1 keys at once; %2 were chosen</source>
        <translation>l&apos;émetteur accepte au plus %1 clés à la fois ; %2 ont été choisies</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="163"/>
        <source>the key %1 was chosen twice</source>
        <translation>la clé %1 a été choisie deux fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="197"/>
        <source>Asking for %1</source>
        <translation>Demande de « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="211"/>
        <source>the issuer refused the key proof</source>
        <translation>l&apos;émetteur a refusé la preuve de possession de clé</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="223"/>
        <source>the issuer will issue the credential only in %1 s or more; vcdesk waits at most %2 s, so nothing was received: ask the issuer for a new offer when it is ready</source>
        <translation>l&apos;émetteur ne délivrera l&apos;attestation que dans %1 s ou plus ; vcdesk attend au plus %2 s, donc rien n&apos;a été reçu : demandez une nouvelle offre à l&apos;émetteur lorsqu&apos;elle sera prête</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="229"/>
        <source>The issuer will issue the credential later; asking again in %1 s</source>
        <translation>L&apos;émetteur délivrera l&apos;attestation plus tard ; nouvelle demande dans %1 s</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="248"/>
        <source>no offer is open</source>
        <translation>aucune offre n&apos;est ouverte</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="251"/>
        <source>this offer was used already: open it again (or ask the issuer for a new one)</source>
        <translation>cette offre a déjà été utilisée : ouvrez-la à nouveau (ou demandez-en une nouvelle à l&apos;émetteur)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="257"/>
        <source>sign in at the issuer first</source>
        <translation>connectez-vous d&apos;abord auprès de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="270"/>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="379"/>
        <source>Asking %1 for an access token</source>
        <translation>Demande d&apos;un jeton d&apos;accès à %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="302"/>
        <source>no offer that needs a sign-in is open</source>
        <translation>aucune offre nécessitant une connexion n&apos;est ouverte</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="305"/>
        <source>the sign-in for this offer is done already: open it again</source>
        <translation>la connexion pour cette offre a déjà eu lieu : ouvrez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="325"/>
        <source>Preparing the sign-in at %1</source>
        <translation>Préparation de la connexion auprès de %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="333"/>
        <source>Waiting for you to sign in at %1 in your browser</source>
        <translation>En attente de votre connexion à %1 dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="341"/>
        <source>vcdesk made %1 sign-in pages already: finish on one of them, or cancel and open the offer again</source>
        <translation>vcdesk a déjà ouvert %1 pages de connexion : terminez sur l&apos;une d&apos;elles, ou annulez et ouvrez l&apos;offre à nouveau</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="349"/>
        <source>no fresh sign-in page: %1</source>
        <translation>pas de nouvelle page de connexion : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="410"/>
        <source>Checking what the issuer sent</source>
        <translation>Vérification de ce que l&apos;émetteur a envoyé</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="421"/>
        <source>the issuer sent something that is not a credential vcdesk can read: %1</source>
        <translation>l&apos;émetteur a envoyé quelque chose qui n&apos;est pas une attestation lisible par vcdesk : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuanceSession.cpp" line="452"/>
        <source>the issuer bound more than one credential to the same key, so they could be linked when shown</source>
        <translation>l&apos;émetteur a lié plusieurs attestations à la même clé : elles pourraient donc être rapprochées les unes des autres lorsqu&apos;elles sont présentées</translation>
    </message>
</context>
<context>
    <name>IssuedCredentialCheck</name>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="18"/>
        <source>the credential does not verify: %1</source>
        <translation>l&apos;attestation ne se vérifie pas : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="23"/>
        <source>no key was chosen</source>
        <translation>aucune clé n&apos;a été choisie</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="43"/>
        <source>the issuer sent a credential of type %1, not the %2 you agreed to</source>
        <translation>l&apos;émetteur a envoyé une attestation de type %1, et non le type %2 que vous avez accepté</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="49"/>
        <source>the issuer sent a credential that is not a %1, which you agreed to</source>
        <translation>l&apos;émetteur a envoyé une attestation qui n&apos;est pas de type %1, contrairement à ce que vous avez accepté</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="59"/>
        <source>the credential is not bound to the key you chose</source>
        <translation>l&apos;attestation n&apos;est pas liée à la clé que vous avez choisie</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuedCredentialCheck.cpp" line="84"/>
        <source>the credential is about %1, not about you (%2)</source>
        <translation>l&apos;attestation concerne %1, et non vous (%2)</translation>
    </message>
</context>
<context>
    <name>IssuerAgentClient</name>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="45"/>
        <source>the issuer agent did not answer with JSON: %1</source>
        <translation>l&apos;agent émetteur n&apos;a pas répondu en JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="48"/>
        <source>the issuer agent&apos;s answer has no &quot;data&quot;</source>
        <translation>la réponse de l&apos;agent émetteur ne contient pas de « data »</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="61"/>
        <source>the offers are not a list</source>
        <translation>les offres ne forment pas une liste</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="147"/>
        <source>listing its connections</source>
        <translation>la liste de ses connexions</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="151"/>
        <source>the connections are not a list</source>
        <translation>les connexions ne forment pas une liste</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="164"/>
        <source>a connection has no usable connectionId</source>
        <translation>une connexion n&apos;a pas de connectionId utilisable</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="178"/>
        <source>the issuer agent did not say the credential is revoked</source>
        <translation>l&apos;agent émetteur n&apos;a pas confirmé la révocation de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="186"/>
        <source>this issuer agent does not offer %1 (%2)</source>
        <translation>cet agent émetteur ne propose pas %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="202"/>
        <source>the exchange %1 ended with a problem report</source>
        <translation>l&apos;échange %1 s&apos;est terminé par un rapport de problème</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="204"/>
        <source>the offer %1 is still %2 after %3 s</source>
        <translation>l&apos;offre %1 est toujours à l&apos;état %2 après %3 s</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="210"/>
        <source>stopped waiting for the offer %1</source>
        <translation>attente de l&apos;offre %1 abandonnée</translation>
    </message>
    <message>
        <location filename="../core/api/IssuerAgentClient.cpp" line="223"/>
        <source>the agent no longer knows the offer %1</source>
        <translation>l&apos;agent ne connaît plus l&apos;offre %1</translation>
    </message>
</context>
<context>
    <name>IssuerAuthorizationRequest</name>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="62"/>
        <source>the issuer&apos;s authorization server has no authorization endpoint, so there is nowhere to sign in</source>
        <translation>le serveur d&apos;autorisation de l&apos;émetteur n&apos;a pas de point de terminaison d&apos;autorisation : il n&apos;y a nulle part où se connecter</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="67"/>
        <source>the authorization server does not take S256 code challenges (it lists %1), so the sign-in could be taken over on its way back</source>
        <translation>le serveur d&apos;autorisation n&apos;accepte pas les défis de code S256 (il indique %1) : la connexion pourrait être détournée lors du retour</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="122"/>
        <source>the pushed authorization request failed: %1</source>
        <translation>la demande d&apos;autorisation poussée a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="126"/>
        <source>the pushed authorization request</source>
        <translation>la demande d&apos;autorisation poussée</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="131"/>
        <source>this issuer seems to accept only wallets registered with it, and vcdesk signed in as &quot;%1&quot;</source>
        <translation>cet émetteur semble n&apos;accepter que les portefeuilles enregistrés auprès de lui, et vcdesk s&apos;est connecté en tant que « %1 »</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="138"/>
        <source>the pushed authorization request&apos;s answer</source>
        <translation>la réponse à la demande d&apos;autorisation poussée</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationRequest.cpp" line="141"/>
        <source>pushed authorization request answer</source>
        <translation>réponse à la demande d&apos;autorisation poussée</translation>
    </message>
</context>
<context>
    <name>IssuerAuthorizationResponse</name>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="36"/>
        <source>the sign-in answer is not for this request (its state differs)</source>
        <translation>la réponse de connexion ne correspond pas à cette demande (son state diffère)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="51"/>
        <source>the sign-in answer has %1 twice</source>
        <translation>la réponse de connexion contient %1 deux fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="56"/>
        <source>the sign-in answer does not come from the issuer&apos;s authorization server (iss is &quot;%1&quot;)</source>
        <translation>la réponse de connexion ne provient pas du serveur d&apos;autorisation de l&apos;émetteur (iss vaut « %1 »)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="70"/>
        <source>the sign-in at the issuer was declined</source>
        <translation>la connexion auprès de l&apos;émetteur a été refusée</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="71"/>
        <source>the issuer ended the sign-in (%1)</source>
        <translation>l&apos;émetteur a mis fin à la connexion (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerAuthorizationResponse.cpp" line="78"/>
        <source>the sign-in answer has no usable code</source>
        <translation>la réponse de connexion ne contient aucun code utilisable</translation>
    </message>
</context>
<context>
    <name>IssuerIdentifier</name>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="20"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="24"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="28"/>
        <source>%1 contains spaces, control or non-ASCII characters</source>
        <translation>%1 contient des espaces, des caractères de contrôle ou des caractères non ASCII</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="34"/>
        <source>%1 is not an absolute URL</source>
        <translation>%1 n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="37"/>
        <source>%1 has user information or a fragment</source>
        <translation>%1 contient des informations d&apos;utilisateur ou un fragment</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="43"/>
        <source>%1 does not use https (%2://%3)</source>
        <translation>%1 n&apos;utilise pas https (%2://%3)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerIdentifier.cpp" line="64"/>
        <source>%1 has a query</source>
        <translation>%1 contient une chaîne de requête</translation>
    </message>
</context>
<context>
    <name>IssuerMetadata</name>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="33"/>
        <source>the issuer&apos;s metadata</source>
        <translation>le document de métadonnées de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="36"/>
        <source>issuer metadata</source>
        <translation>métadonnées de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="43"/>
        <source>the metadata is for &quot;%1&quot;, not for the issuer that made the offer (&quot;%2&quot;)</source>
        <translation>les métadonnées concernent « %1 », et non l&apos;émetteur qui a fait l&apos;offre (« %2 »)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="85"/>
        <source>batch_size is missing</source>
        <translation>batch_size est absent</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="115"/>
        <source>credential_configurations_supported is empty</source>
        <translation>credential_configurations_supported est vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="118"/>
        <source>it describes more than %1 credential configurations</source>
        <translation>elles décrivent plus de %1 configurations d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/IssuerMetadata.cpp" line="121"/>
        <source>a credential configuration is not an object with a name</source>
        <translation>une configuration d&apos;attestation n&apos;est pas un objet doté d&apos;un nom</translation>
    </message>
</context>
<context>
    <name>IssuerOffer</name>
    <message>
        <location filename="../core/api/IssuerOffer.cpp" line="12"/>
        <source>the issuer agent&apos;s answer is not as expected: %1</source>
        <translation>la réponse de l&apos;agent émetteur n&apos;est pas celle attendue : %1</translation>
    </message>
</context>
<context>
    <name>IssuerPolicy</name>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="11"/>
        <source>accepted by this request</source>
        <translation>accepté par cette demande</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="30"/>
        <source>the verifier trusts no issuer: its trust list is missing or empty</source>
        <translation>le vérificateur ne fait confiance à aucun émetteur : sa liste de confiance est absente ou vide</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="32"/>
        <source>the request accepts no issuer</source>
        <translation>la demande n&apos;accepte aucun émetteur</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="39"/>
        <source>the issuer %1 is not on the verifier&apos;s trust list</source>
        <translation>l&apos;émetteur %1 ne figure pas dans la liste de confiance du vérificateur</translation>
    </message>
    <message>
        <location filename="../core/verify/IssuerPolicy.cpp" line="40"/>
        <source>the issuer %1 is not one this request accepts</source>
        <translation>l&apos;émetteur %1 ne fait pas partie de ceux qu&apos;accepte cette demande</translation>
    </message>
</context>
<context>
    <name>Jcs</name>
    <message>
        <location filename="../core/codec/Jcs.cpp" line="173"/>
        <source>the document holds a number that a double cannot represent exactly, so it has no canonical form (RFC 8785)</source>
        <translation>le document contient un nombre qu&apos;un double ne peut pas représenter exactement : il n&apos;a donc pas de forme canonique (RFC 8785)</translation>
    </message>
</context>
<context>
    <name>JsonLdError</name>
    <message>
        <location filename="../core/jsonld/JsonLdError.h" line="20"/>
        <source>JSON-LD: %1: %2</source>
        <translation>JSON-LD : %1 : %2</translation>
    </message>
</context>
<context>
    <name>JsonLdToRdf</name>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="143"/>
        <source>two indexes for one node</source>
        <translation>deux index pour un même nœud</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="223"/>
        <source>a value that is not a well-formed IRI, literal or language tag</source>
        <translation>une valeur qui n&apos;est ni un IRI, ni un littéral, ni une étiquette de langue bien formés</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="331"/>
        <source>the graph %1</source>
        <translation>le graphe %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="337"/>
        <source>the node %1</source>
        <translation>le nœud %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="349"/>
        <source>the type %1</source>
        <translation>le type %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="357"/>
        <source>the property %1</source>
        <translation>la propriété %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/JsonLdToRdf.cpp" line="371"/>
        <source>part of the document would be left out of what is signed: %1</source>
        <translation>une partie du document serait exclue de ce qui est signé : %1</translation>
    </message>
</context>
<context>
    <name>JsonLinesSpool</name>
    <message>
        <location filename="../models/JsonLinesSpool.cpp" line="24"/>
        <source>the batch&apos;s report could not be kept in a temporary file (%1)</source>
        <translation>le rapport du lot n&apos;a pas pu être conservé dans un fichier temporaire (%1)</translation>
    </message>
    <message>
        <location filename="../models/JsonLinesSpool.cpp" line="29"/>
        <location filename="../models/JsonLinesSpool.cpp" line="43"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="38"/>
        <source>the JSONPath &quot;%1&quot; is not supported: %2</source>
        <translation>le JSONPath « %1 » n&apos;est pas pris en charge : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="41"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="43"/>
        <source>it does not start with $</source>
        <translation>il ne commence pas par $</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="52"/>
        <source>recursive descent (..)</source>
        <translation>descente récursive (..)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="62"/>
        <source>a name is missing after &apos;.&apos;</source>
        <translation>un nom manque après « . »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="67"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>« [ » sans « ] »</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="78"/>
        <source>escaped or several names in one bracket</source>
        <translation>noms échappés ou multiples dans un même crochet</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="85"/>
        <source>filters, slices and unions (&quot;[%1]&quot;)</source>
        <translation>filtres, tranches et unions (« [%1] »)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="89"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/JsonPath.cpp" line="93"/>
        <source>&quot;$&quot; alone selects the whole credential</source>
        <translation>« $ » seul sélectionne l&apos;attestation entière</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="126"/>
        <source>schemas nested deeper than %1 levels</source>
        <translation>schémas imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="149"/>
        <source>expected %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="155"/>
        <source>not one of the allowed values</source>
        <translation>ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="157"/>
        <source>not the required value</source>
        <translation>n&apos;est pas la valeur exigée</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="163"/>
        <source>shorter than %1 characters</source>
        <translation>moins de %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="167"/>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="174"/>
        <source>does not match the pattern %1</source>
        <translation>ne correspond pas au motif %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="180"/>
        <source>not a valid %1</source>
        <translation>ne respecte pas le format %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="187"/>
        <source>less than %1</source>
        <translation>inférieur à %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="190"/>
        <source>more than %1</source>
        <translation>supérieur à %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="196"/>
        <source>fewer than %1 items</source>
        <translation>moins de %1 éléments</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="201"/>
        <source>more than %1 items</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="213"/>
        <source>not greater than %1</source>
        <translation>n&apos;est pas strictement supérieur à %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="215"/>
        <source>not less than %1</source>
        <translation>n&apos;est pas strictement inférieur à %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="221"/>
        <source>&quot;%1&quot; is required</source>
        <translation>« %1 » est obligatoire</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="231"/>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="236"/>
        <source>not allowed by the schema</source>
        <translation>non autorisé par le schéma</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="269"/>
        <source>does not match all of the schemas in allOf</source>
        <translation>ne correspond pas à tous les schémas de allOf</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="271"/>
        <source>matches none of the schemas in anyOf</source>
        <translation>ne correspond à aucun des schémas de anyOf</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="273"/>
        <source>does not match exactly one of the schemas in oneOf</source>
        <translation>ne correspond pas à exactement un des schémas de oneOf</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="276"/>
        <source>matches the schema in not</source>
        <translation>correspond au schéma du mot-clé not</translation>
    </message>
    <message>
        <location filename="../core/verify/JsonSchemaValidator.cpp" line="284"/>
        <source>no item matches the schema in contains</source>
        <translation>aucun élément ne correspond au schéma de contains</translation>
    </message>
</context>
<context>
    <name>JsonWebKey</name>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="30"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation>la JWK n&apos;a pas de membre « %1 » de type chaîne</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="88"/>
        <source>RSA keys under 2048 bits are refused (this one has %1)</source>
        <translation>les clés RSA de moins de 2048 bits sont refusées (celle-ci en a %1)</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="93"/>
        <source>the RSA public exponent is not an odd number of at least 3</source>
        <translation>l&apos;exposant public RSA n&apos;est pas un nombre impair supérieur ou égal à 3</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="96"/>
        <source>the RSA key has the ROCA weakness (CVE-2017-15361) and can be factored; refusing it</source>
        <translation>la clé RSA présente la faiblesse ROCA (CVE-2017-15361) et peut être factorisée ; elle est refusée</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="158"/>
        <source>the key is for alg %1, the token uses %2</source>
        <translation>la clé est prévue pour alg %1, le jeton utilise %2</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="170"/>
        <source>the token has an empty signature</source>
        <translation>le jeton a une signature vide</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="177"/>
        <source>alg %1 cannot be used with a shared secret</source>
        <translation>alg %1 ne peut pas être utilisé avec un secret partagé</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="182"/>
        <source>alg %1 cannot be used with an RSA key</source>
        <translation>alg %1 ne peut pas être utilisé avec une clé RSA</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="185"/>
        <source>unknown key kind</source>
        <translation>type de clé inconnu</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="192"/>
        <source>unknown HMAC algorithm</source>
        <translation>algorithme HMAC inconnu</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="196"/>
        <source>the HMAC secret has %1 bytes; %2 needs at least %3</source>
        <translation>le secret HMAC fait %1 octets ; %2 en exige au moins %3</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="208"/>
        <source>the HMAC does not match</source>
        <translation>le HMAC ne correspond pas</translation>
    </message>
    <message>
        <location filename="../core/jose/JsonWebKey.cpp" line="225"/>
        <source>the signature does not match the key and the signed data</source>
        <translation>la signature ne correspond pas à la clé et aux données signées</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="20"/>
        <location filename="../core/crypto/Jwk.cpp" line="211"/>
        <source>the JWK has no &quot;%1&quot; string member</source>
        <translation>la JWK n&apos;a pas de membre « %1 » de type chaîne</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="24"/>
        <source>JWK member &quot;%1&quot;: %2</source>
        <translation>membre JWK « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="27"/>
        <source>JWK member &quot;%1&quot; must have %2 bytes, not %3</source>
        <translation>le membre JWK « %1 » doit faire %2 octets, et non %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="41"/>
        <source>JWK key type &quot;%1&quot; is not a supported signature key type</source>
        <translation>le type de clé JWK « %1 » n&apos;est pas un type de clé de signature pris en charge</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="45"/>
        <source>JWK curve &quot;%1&quot; is not supported (P-256, P-384, secp256k1, Ed25519)</source>
        <translation>la courbe JWK « %1 » n&apos;est pas prise en charge (P-256, P-384, secp256k1, Ed25519)</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="49"/>
        <source>curve %1 needs kty &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>la courbe %1 nécessite kty « %2 », et non « %3 »</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="97"/>
        <source>the key names the algorithm &quot;%1&quot;, not %2, so it verifies nothing</source>
        <translation>la clé nomme l&apos;algorithme «&#xa0;%1&#xa0;», pas %2, elle ne vérifie donc rien</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="108"/>
        <source>the key&apos;s &quot;use&quot; is not a string, so the key is refused</source>
        <translation>le « use » de la clé n&apos;est pas une chaîne : la clé est refusée</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="111"/>
        <source>the key&apos;s &quot;use&quot; is &quot;%1&quot;: it is not meant for signatures, so it verifies nothing</source>
        <translation>le « use » de la clé vaut « %1 » : elle n&apos;est pas destinée aux signatures et ne vérifie donc rien</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="129"/>
        <source>the key&apos;s &quot;key_ops&quot; are not an array of distinct strings, so the key is refused</source>
        <translation>les « key_ops » de la clé ne forment pas un tableau de chaînes distinctes : la clé est refusée</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="133"/>
        <source>the key&apos;s &quot;key_ops&quot; do not include &quot;verify&quot;, so it verifies nothing</source>
        <translation>les « key_ops » de la clé n&apos;incluent pas « verify » : elle ne vérifie donc rien</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="160"/>
        <source>the JWK&apos;s private key &quot;d&quot; does not belong to its public key</source>
        <translation>la clé privée « d » de la JWK ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="204"/>
        <source>no thumbprint is defined for key type &quot;%1&quot;</source>
        <translation>aucune empreinte n&apos;est définie pour le type de clé « %1 »</translation>
    </message>
    <message>
        <location filename="../core/crypto/Jwk.cpp" line="219"/>
        <source>JWK member &quot;%1&quot; has characters that need escaping</source>
        <translation>le membre JWK « %1 » contient des caractères qui doivent être échappés</translation>
    </message>
</context>
<context>
    <name>JwkDidResolver</name>
    <message>
        <location filename="../core/did/JwkDidResolver.cpp" line="21"/>
        <source>not a did:jwk</source>
        <translation>ce n&apos;est pas un did:jwk</translation>
    </message>
    <message>
        <location filename="../core/did/JwkDidResolver.cpp" line="33"/>
        <source>the did:jwk contains private key material; refusing it</source>
        <translation>le did:jwk contient des éléments de clé privée ; il est refusé</translation>
    </message>
</context>
<context>
    <name>JwkSet</name>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="13"/>
        <source>a JWK Set needs a non-empty &quot;keys&quot; array</source>
        <translation>un JWK Set nécessite un tableau « keys » non vide</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="26"/>
        <source>the JWK Set has two keys with kid &quot;%1&quot;</source>
        <translation>le JWK Set contient deux clés avec le kid « %1 »</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="34"/>
        <source>the JWK Set mixes shared secrets with public keys; refusing it</source>
        <translation>le JWK Set mélange des secrets partagés et des clés publiques ; il est refusé</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="45"/>
        <source>the token has no kid and the JWK Set has %1 keys</source>
        <translation>le jeton n&apos;a pas de kid et le JWK Set contient %1 clés</translation>
    </message>
    <message>
        <location filename="../core/jose/JwkSet.cpp" line="52"/>
        <source>the JWK Set has no key with kid &quot;%1&quot;</source>
        <translation>le JWK Set ne contient aucune clé avec le kid « %1 »</translation>
    </message>
</context>
<context>
    <name>JwsSignatureCheck</name>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="34"/>
        <source>the token is unsigned (its signature is empty)</source>
        <translation>le jeton n&apos;est pas signé (sa signature est vide)</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="45"/>
        <source>verified with the given %1 key (thumbprint %2)</source>
        <translation>vérifié avec la clé %1 fournie (empreinte %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="57"/>
        <source>cannot tell whether the given key belongs to issuer %1: %2</source>
        <translation>impossible de déterminer si la clé fournie appartient à l&apos;émetteur %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="67"/>
        <source>the given key is %1 of the issuer&apos;s DID</source>
        <translation>la clé fournie est la clé %1 du DID de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="72"/>
        <source>the given key is not a key of the issuer %1</source>
        <translation>la clé fournie n&apos;est pas une clé de l&apos;émetteur %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="78"/>
        <source>no key was given and DIDs are not resolved</source>
        <translation>aucune clé n&apos;a été fournie et les DID ne sont pas résolus</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="86"/>
        <source>cannot find the signing key: %1</source>
        <translation>impossible de trouver la clé de signature : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="115"/>
        <source>no relationship</source>
        <translation>aucune relation</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="121"/>
        <source>%1 has no %2 key that could have made this signature</source>
        <translation>%1 n&apos;a aucune clé %2 qui aurait pu produire cette signature</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="127"/>
        <source>none of the keys of %1 verifies the signature (tried %2); the DID document was %3, so the signer cannot be confirmed</source>
        <translation>aucune des clés de %1 ne vérifie la signature (essayées : %2) ; le document DID a été %3 : le signataire ne peut donc pas être confirmé</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="133"/>
        <source>the signature does not verify with any key of %1 (tried %2): %3</source>
        <translation>la signature ne se vérifie avec aucune clé de %1 (essayées : %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="142"/>
        <source>no verification relationship</source>
        <translation>aucune relation de vérification</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="146"/>
        <source>the signature is mathematically valid with key %1, but that DID lists the key only for %2, not for %3, so it is not authorized to sign this</source>
        <translation>la signature est mathématiquement valide avec la clé %1, mais ce DID ne déclare la clé que pour %2, et non pour %3 : elle n&apos;est donc pas autorisée à signer ceci</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="151"/>
        <source>key %1 verifies the signature but its DID authorizes it for nothing</source>
        <translation>la clé %1 vérifie la signature, mais son DID ne l&apos;autorise pour rien</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="155"/>
        <source>signed with %1 by %2 (%3)</source>
        <translation>signé avec %1 par %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="161"/>
        <source>the signing key belongs to the issuer %1</source>
        <translation>la clé de signature appartient à l&apos;émetteur %1</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="162"/>
        <source>signed by %1 but the issuer is %2</source>
        <translation>signé par %1, mais l&apos;émetteur est %2</translation>
    </message>
    <message>
        <location filename="../core/verify/JwsSignatureCheck.cpp" line="166"/>
        <source>the issuer &quot;%1&quot; is not a DID, so it cannot be tied to the key</source>
        <translation>l&apos;émetteur « %1 » n&apos;est pas un DID : il ne peut donc pas être rattaché à la clé</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="16"/>
        <source>&quot;crit&quot; must be a non-empty array of header names</source>
        <translation>« crit » doit être un tableau non vide de noms d&apos;en-têtes</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="21"/>
        <source>the token requires header extensions vcdesk does not implement: %1</source>
        <translation>le jeton exige des extensions d&apos;en-tête que vcdesk n&apos;implémente pas : %1</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="26"/>
        <source>unencoded payloads (&quot;b64&quot;) are not accepted</source>
        <translation>les charges utiles non encodées (« b64 ») ne sont pas acceptées</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="38"/>
        <source>the token says alg %1 but the key is a %2 key (alg %3)</source>
        <translation>le jeton indique alg %1 mais la clé est une clé %2 (alg %3)</translation>
    </message>
    <message>
        <location filename="../core/jose/JwsVerifier.cpp" line="41"/>
        <source>the token has an empty signature</source>
        <translation>le jeton a une signature vide</translation>
    </message>
</context>
<context>
    <name>KeyBindingCheck</name>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="27"/>
        <source>the presentation has a key-binding JWT, but the credential names no holder key (cnf.jwk)</source>
        <translation>la présentation contient un JWT de liaison de clé, mais l&apos;attestation ne désigne aucune clé de titulaire (cnf.jwk)</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="30"/>
        <source>the credential&apos;s holder key (cnf.jwk) includes its private part, so anyone who has seen the credential can make key-binding JWTs</source>
        <translation>la clé de titulaire de l&apos;attestation (cnf.jwk) contient sa partie privée : quiconque a vu l&apos;attestation peut créer des JWT de liaison de clé</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="35"/>
        <source>the credential&apos;s holder key is unusable: %1</source>
        <translation>la clé de titulaire de l&apos;attestation est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="37"/>
        <source>the key-binding JWT has typ &quot;%1&quot;, not kb+jwt</source>
        <translation>le JWT de liaison de clé a le typ « %1 », et non kb+jwt</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="39"/>
        <source>the key-binding JWT is not signed by the holder key: %1</source>
        <translation>le JWT de liaison de clé n&apos;est pas signé par la clé de titulaire : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="47"/>
        <source>sd_hash does not match the presented credential and disclosures</source>
        <translation>sd_hash ne correspond pas à l&apos;attestation et aux divulgations présentées</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="50"/>
        <source>the key-binding JWT has no iat</source>
        <translation>le JWT de liaison de clé n&apos;a pas d&apos;iat</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="53"/>
        <source>the key-binding JWT&apos;s iat: %1</source>
        <translation>iat du JWT de liaison de clé : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="55"/>
        <source>the key-binding JWT was made in the future</source>
        <translation>le JWT de liaison de clé a été créé dans le futur</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="61"/>
        <source>the key-binding JWT claims to be made before the credential was issued</source>
        <translation>le JWT de liaison de clé prétend avoir été créé avant la délivrance de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="65"/>
        <source>the key-binding JWT lacks nonce or aud</source>
        <translation>il manque nonce ou aud au JWT de liaison de clé</translation>
    </message>
    <message>
        <location filename="../core/verify/KeyBindingCheck.cpp" line="68"/>
        <source>presented by the holder key for %1 (nonce %2)</source>
        <translation>présenté par la clé de titulaire pour %1 (nonce %2)</translation>
    </message>
</context>
<context>
    <name>KeyDidResolver</name>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="34"/>
        <source>not a did:key</source>
        <translation>ce n&apos;est pas un did:key</translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="37"/>
        <source>a did:key identifier is one base58btc multibase value (&apos;z...&apos;)</source>
        <translation>un identifiant did:key est une valeur multibase base58btc unique (« z... »)</translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="46"/>
        <source>did:key: %1</source>
        <translation>did:key : %1</translation>
    </message>
    <message>
        <location filename="../core/did/KeyDidResolver.cpp" line="51"/>
        <source>the did:key is not in canonical form (EC keys must be compressed)</source>
        <translation>le did:key n&apos;est pas sous forme canonique (les clés EC doivent être compressées)</translation>
    </message>
</context>
<context>
    <name>KeyProof</name>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="31"/>
        <source>the issuer wants a kind of key proof vcdesk cannot give (%1)</source>
        <translation>l&apos;émetteur attend un type de preuve de clé que vcdesk ne sait pas fournir (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="36"/>
        <source>the issuer does not accept %1 keys (it accepts %2): pick another key</source>
        <translation>l&apos;émetteur n&apos;accepte pas les clés %1 (il accepte %2) : choisissez une autre clé</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="40"/>
        <source>the issuer requires an attestation of the key&apos;s storage, which a desktop wallet cannot give</source>
        <translation>l&apos;émetteur exige une preuve du mode de stockage de la clé (key attestation), qu&apos;un portefeuille de bureau ne peut pas fournir</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="53"/>
        <source>the credential can be bound to %1, and this key is %2: pick another key</source>
        <translation>l&apos;attestation peut être liée à %1, et cette clé est %2 : choisissez une autre clé</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/KeyProof.cpp" line="55"/>
        <source>a bare key</source>
        <translation>une clé sans DID</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="34"/>
        <source>key %1 has an unknown curve</source>
        <translation>la clé %1 utilise une courbe inconnue</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="71"/>
        <source>a %1 key cannot be a holder key: vcdesk only verifies with it</source>
        <translation>une clé %1 ne peut pas être une clé de titulaire : vcdesk s&apos;en sert uniquement pour vérifier</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="143"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="158"/>
        <source>the profile has no key yet</source>
        <translation>le profil n&apos;a pas encore de clé</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="200"/>
        <source>key %1 does not match its public key</source>
        <translation>la clé %1 ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <location filename="../core/store/KeyStore.cpp" line="212"/>
        <source>key %1 is the profile&apos;s default; make another key the default first</source>
        <translation>la clé %1 est la clé par défaut du profil ; définissez d&apos;abord une autre clé par défaut</translation>
    </message>
</context>
<context>
    <name>KioskCommand</name>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="73"/>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="74"/>
        <location filename="../cli/KioskCommand.cpp" line="80"/>
        <location filename="../cli/KioskCommand.cpp" line="212"/>
        <location filename="../cli/KioskCommand.cpp" line="217"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="76"/>
        <source>Entries from this date or time (ISO 8601).</source>
        <translation>Entrées à partir de cette date ou de cette heure (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="77"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="79"/>
        <source>The kiosk config naming the log.</source>
        <translation>La configuration de la borne qui désigne le journal.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="84"/>
        <source>usage: vcdesk kiosk log --export FILE [--since DATE] [--config FILE]</source>
        <translation>utilisation : vcdesk kiosk log --export FICHIER [--since DATE] [--config FICHIER]</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="91"/>
        <source>vcdesk kiosk log: --since wants a date such as 2026-11-30 or 2026-11-30T08:00:00Z</source>
        <translation>vcdesk kiosk log : --since attend une date comme 2026-11-30 ou 2026-11-30T08:00:00Z</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="100"/>
        <location filename="../cli/KioskCommand.cpp" line="107"/>
        <location filename="../cli/KioskCommand.cpp" line="125"/>
        <source>vcdesk kiosk log: %1</source>
        <translation>vcdesk kiosk log : %1</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="112"/>
        <location filename="../cli/KioskCommand.cpp" line="159"/>
        <source>vcdesk kiosk log: cannot write %1: %2</source>
        <translation>vcdesk kiosk log : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/KioskCommand.cpp" line="164"/>
        <source>Wrote %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée écrite dans %1.</numerusform>
            <numerusform>%n entrées écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="176"/>
        <source>vcdesk kiosk pin: %1</source>
        <translation>vcdesk kiosk pin : %1</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="211"/>
        <source>The kiosk config.</source>
        <translation>La configuration de la borne.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="213"/>
        <source>The verifier&apos;s base URL.</source>
        <translation>L&apos;URL de base du vérificateur.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="214"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="216"/>
        <source>A file holding the verifier&apos;s Bearer token.</source>
        <translation>Un fichier contenant le jeton Bearer du vérificateur.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="219"/>
        <source>The presentation definition id.</source>
        <translation>L&apos;id de la définition de présentation.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="219"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="221"/>
        <source>Allow plain http to this computer.</source>
        <translation>Autorise le http simple vers cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="223"/>
        <source>show (a QR code for wallets), scan (codes people hold up to the camera) or both.</source>
        <translation>show (un QR code pour les portefeuilles), scan (les codes que l&apos;on présente à la caméra) ou both (les deux).</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="225"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="227"/>
        <source>The camera: a device id or part of its name.</source>
        <translation>La caméra : un identifiant de périphérique ou une partie de son nom.</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="227"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../cli/KioskCommand.cpp" line="235"/>
        <source>unexpected argument %1</source>
        <translation>argument inattendu : %1</translation>
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
        <translation>Utilisation :
  vcdesk kiosk [--config FICHIER] [--verifier URL --token-file FICHIER --definition ID]
               [--mode show|scan|both] [--camera NOM] [--allow-loopback-http]
        la borne de vérification plein écran (les options priment sur la configuration ;
        sans options ni configuration : le bac à sable local lancé par scripts/run.sh ; voir docs/kiosk.md)
  vcdesk kiosk log --export FICHIER [--since DATE] [--config FICHIER]
        le journal des vérifications au format CSV
  vcdesk kiosk pin
        lit un PIN sur l&apos;entrée standard et affiche son empreinte pour operatorPinHash
</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="26"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="49"/>
        <source>unknown member (a typo?)</source>
        <translation>membre inconnu (faute de frappe ?)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="60"/>
        <source>a text of at most %1 characters</source>
        <translation>un texte de %1 caractères au plus</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="73"/>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="84"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="95"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="112"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="118"/>
        <source>%1 is too large for a secret</source>
        <translation>%1 est trop volumineux pour un secret</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="122"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="137"/>
        <source>an http(s) base URL such as https://verifier.example.com</source>
        <translation>une URL de base http(s) comme https://verifier.example.com</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="180"/>
        <source>a list of at most %1 {&quot;claim&quot;, &quot;label&quot;} objects</source>
        <translation>une liste d&apos;au plus %1 objets {&quot;claim&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="187"/>
        <source>an object {&quot;claim&quot;, &quot;label&quot;}</source>
        <translation>un objet {&quot;claim&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="200"/>
        <source>a claim name, or a dotted path such as address.city</source>
        <translation>un nom d&apos;attribut, ou un chemin à points comme address.city</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="248"/>
        <source>at least pollIntervalMs</source>
        <translation>au moins pollIntervalMs</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="272"/>
        <source>&quot;sqlite&quot; or &quot;postgresql&quot;</source>
        <translation>&quot;sqlite&quot; ou &quot;postgresql&quot;</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="311"/>
        <source>a database and a user are needed for the postgresql target</source>
        <translation>une base de données et un utilisateur sont nécessaires pour la cible postgresql</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="322"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="330"/>
        <source>cannot read the kiosk config %1: %2</source>
        <translation>impossible de lire la configuration de la borne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="335"/>
        <source>the kiosk config is larger than %1 KiB</source>
        <translation>la configuration de la borne dépasse %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="360"/>
        <source>the kiosk config is not valid JSON: %1</source>
        <translation>la configuration de la borne n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="392"/>
        <location filename="../core/kiosk/KioskConfig.cpp" line="417"/>
        <source>&quot;show&quot;, &quot;scan&quot; or &quot;both&quot;</source>
        <translation>&quot;show&quot;, &quot;scan&quot; ou &quot;both&quot;</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="447"/>
        <source>no verifier: name one in the config or with --verifier URL</source>
        <translation>aucun vérificateur : indiquez-en un dans la configuration ou avec --verifier URL</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="450"/>
        <source>no Bearer token for the verifier: name a file with --token-file FILE</source>
        <translation>aucun jeton Bearer pour le vérificateur : indiquez un fichier avec --token-file FICHIER</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="455"/>
        <source>a definition id such as membershipCredential (letters, digits, _ . -): name one in the config or with --definition ID</source>
        <translation>un id de définition comme membershipCredential (lettres, chiffres, _ . -) : indiquez-en un dans la configuration ou avec --definition ID</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskConfig.cpp" line="459"/>
        <source>plain http is for a verifier on this computer, with --allow-loopback-http; use https</source>
        <translation>le http simple est réservé à un vérificateur situé sur cet ordinateur, avec --allow-loopback-http ; utilisez https</translation>
    </message>
</context>
<context>
    <name>KioskLog</name>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="80"/>
        <source>cannot make the folder of the kiosk log %1</source>
        <translation>impossible de créer le dossier du journal de la borne %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="88"/>
        <source>cannot open the kiosk log %1</source>
        <translation>impossible d&apos;ouvrir le journal de la borne %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="97"/>
        <source>this computer has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql)</source>
        <translation>cet ordinateur n&apos;a pas de pilote PostgreSQL pour Qt (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="111"/>
        <source>cannot reach the PostgreSQL log %1 on %2:%3</source>
        <translation>impossible de joindre le journal PostgreSQL %1 sur %2:%3</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="131"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="146"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="151"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="170"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="180"/>
        <source>cannot prepare the kiosk log</source>
        <translation>impossible de préparer le journal de la borne</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="153"/>
        <source>cannot read the kiosk log&apos;s version</source>
        <translation>impossible de lire la version du journal de la borne</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="159"/>
        <source>the kiosk log was written by a newer vcdesk (version %1); this one knows up to %2</source>
        <translation>le journal de la borne a été écrit par une version plus récente de vcdesk (version %1) ; celle-ci ne connaît que les versions jusqu&apos;à %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="166"/>
        <source>cannot move the kiosk log to version %1</source>
        <translation>impossible de migrer le journal de la borne vers la version %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="176"/>
        <source>cannot record the kiosk log&apos;s version</source>
        <translation>impossible d&apos;enregistrer la version du journal de la borne</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="187"/>
        <source>a log entry needs its uid</source>
        <translation>une entrée du journal nécessite son uid</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="201"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="245"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="251"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="257"/>
        <source>cannot write to the kiosk log</source>
        <translation>impossible d&apos;écrire dans le journal de la borne</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="214"/>
        <location filename="../core/kiosk/KioskLog.cpp" line="238"/>
        <source>cannot read the kiosk log</source>
        <translation>impossible de lire le journal de la borne</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="274"/>
        <source>cannot apply the kiosk log&apos;s retention</source>
        <translation>impossible d&apos;appliquer la durée de conservation du journal de la borne</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskLog.cpp" line="288"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="22"/>
        <source>the operator PIN hash is not usable: %1</source>
        <translation>le hachage du PIN opérateur est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="32"/>
        <source>the operator PIN must have %1 to %2 characters</source>
        <translation>le PIN opérateur doit comporter de %1 à %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="44"/>
        <source>the PIN could not be hashed: %1</source>
        <translation>impossible de calculer le hachage du PIN : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="55"/>
        <source>it is too long</source>
        <translation>il est trop long</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="58"/>
        <source>expected $argon2id$v=19$m=…,t=…,p=…$salt$hash (make one with vcdesk kiosk pin)</source>
        <translation>format attendu : $argon2id$v=19$m=…,t=…,p=…$sel$hachage (générez-en un avec vcdesk kiosk pin)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/KioskPin.cpp" line="65"/>
        <source>its cost is outside 8 MiB to %1 MiB, 1 to %2 passes, 1 to 8 lanes</source>
        <translation>son coût sort des limites : de 8 Mio à %1 Mio, de 1 à %2 passes, de 1 à 8 voies</translation>
    </message>
</context>
<context>
    <name>KioskScanOptions</name>
    <message>
        <location filename="../core/kiosk/KioskScanOptions.cpp" line="30"/>
        <source>the status list age must be from 0 to %1 seconds</source>
        <translation>l&apos;âge de la liste de statuts doit être compris entre 0 et %1 secondes</translation>
    </message>
</context>
<context>
    <name>LocalizedDisplay</name>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="35"/>
        <source>%1: display has more than %2 entries</source>
        <translation>%1 : display compte plus de %2 entrées</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="38"/>
        <source>%1: a display entry is not an object</source>
        <translation>%1 : une entrée de display n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="50"/>
        <source>two entries are for the language &quot;%1&quot;</source>
        <translation>deux entrées concernent la langue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/LocalizedDisplay.cpp" line="61"/>
        <source>the logo has no usable uri</source>
        <translation>le logo n&apos;a pas d&apos;uri exploitable</translation>
    </message>
</context>
<context>
    <name>LogoDecoder</name>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="18"/>
        <location filename="../models/LogoDecoder.cpp" line="33"/>
        <source>the picture cannot be read: %1</source>
        <translation>impossible de lire l&apos;image : %1</translation>
    </message>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="22"/>
        <source>the picture is not PNG, JPEG, GIF or WebP</source>
        <translation>l&apos;image n&apos;est pas au format PNG, JPEG, GIF ou WebP</translation>
    </message>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="26"/>
        <source>the picture does not say how large it is</source>
        <translation>l&apos;image n&apos;indique pas ses dimensions</translation>
    </message>
    <message>
        <location filename="../models/LogoDecoder.cpp" line="29"/>
        <source>the picture is larger than %1 × %1 pixels</source>
        <translation>l&apos;image dépasse %1 × %1 pixels</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="28"/>
        <source>cannot listen on the loopback interface for the sign-in&apos;s answer: %1</source>
        <translation>impossible d&apos;écouter sur l&apos;interface de bouclage pour recevoir la réponse de la connexion : %1</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="47"/>
        <source>not listening</source>
        <translation>aucune écoute en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="51"/>
        <source>the sign-in did not come back within %n minute(s)</source>
        <translation>
            <numerusform>la connexion n&apos;a pas abouti dans le délai de %n minute</numerusform>
            <numerusform>la connexion n&apos;a pas abouti dans le délai de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="55"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="103"/>
        <source>This is not a request vcdesk expects.</source>
        <translation>vcdesk n&apos;attend pas cette requête.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="108"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="114"/>
        <source>The sign-in did not succeed. vcdesk says why; you can close this page.</source>
        <translation>La connexion a échoué. vcdesk en indique la raison ; vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="119"/>
        <source>This answer is not for vcdesk&apos;s sign-in, and was ignored.</source>
        <translation>Cette réponse ne concerne pas la connexion de vcdesk ; elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../core/net/LoopbackRedirectListener.cpp" line="124"/>
        <source>vcdesk has your sign-in and finishes in its own window: you can close this page and go back to it.</source>
        <translation>vcdesk a bien reçu votre connexion et la termine dans sa propre fenêtre : vous pouvez fermer cette page et y retourner.</translation>
    </message>
</context>
<context>
    <name>MandateHashCheck</name>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="42"/>
        <source>&quot;%1&quot; has a malformed hash (%2)</source>
        <translation>«&#xa0;%1&#xa0;» a un hachage mal formé (%2)</translation>
    </message>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="45"/>
        <source>&quot;%1&quot; does not match its hash</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à son hachage</translation>
    </message>
    <message>
        <location filename="../core/verify/MandateHashCheck.cpp" line="51"/>
        <source>no data item carries a hash</source>
        <translation>aucun élément de données ne porte de hachage</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/verify/MandateHashCheck.cpp" line="53"/>
        <source>%n data item hash(es) match their values</source>
        <translation>
            <numerusform>%n hachage d&apos;élément de données correspond à sa valeur</numerusform>
            <numerusform>%n hachages d&apos;éléments de données correspondent à leurs valeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberReader</name>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="27"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="41"/>
        <location filename="../core/oid4vci/MemberReader.cpp" line="99"/>
        <location filename="../core/oid4vci/MemberReader.cpp" line="112"/>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="45"/>
        <source>%1 is not a string</source>
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="48"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="50"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="63"/>
        <source>%1 has more than %2 entries</source>
        <translation>%1 compte plus de %2 entrées</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="67"/>
        <source>%1 holds something that is not a non-empty string</source>
        <translation>%1 contient autre chose qu&apos;une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="71"/>
        <source>an entry of %1 is longer than %2 characters</source>
        <translation>une entrée de %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="73"/>
        <source>%1 names &quot;%2&quot; twice</source>
        <translation>%1 cite «&#xa0;%2&#xa0;» deux fois</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="103"/>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="116"/>
        <source>%1 is not an array</source>
        <translation>%1 n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="118"/>
        <source>%1 is an empty array</source>
        <translation>%1 est un tableau vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="128"/>
        <source>%1 is not true or false</source>
        <translation>%1 ne vaut ni true ni false</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/MemberReader.cpp" line="143"/>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 n&apos;est pas un nombre entier compris entre %2 et %3</translation>
    </message>
</context>
<context>
    <name>MultiMethodDidResolver</name>
    <message>
        <location filename="../core/did/MultiMethodDidResolver.cpp" line="28"/>
        <source>vcdesk cannot resolve did:%1 DIDs (it resolves %2)</source>
        <translation>vcdesk ne sait pas résoudre les DID did:%1 (il résout %2)</translation>
    </message>
</context>
<context>
    <name>Multibase</name>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="25"/>
        <source>multibase text is empty</source>
        <translation>le texte multibase est vide</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="28"/>
        <source>multibase text is longer than %1 characters</source>
        <translation>le texte multibase dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="36"/>
        <source>multibase prefix &apos;%1&apos; is not supported (only &apos;z&apos; and &apos;u&apos;)</source>
        <translation>le préfixe multibase «&#xa0;%1&#xa0;» n&apos;est pas pris en charge (uniquement «&#xa0;z&#xa0;» et «&#xa0;u&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="49"/>
        <source>base58 text is too long</source>
        <translation>le texte base58 est trop long</translation>
    </message>
    <message>
        <location filename="../core/codec/Multibase.cpp" line="59"/>
        <source>character at position %1 is not base58btc</source>
        <translation>le caractère en position %1 n&apos;est pas du base58btc</translation>
    </message>
</context>
<context>
    <name>Multikey</name>
    <message>
        <location filename="../core/did/Multikey.cpp" line="56"/>
        <source>a %1 key: vcdesk verifies P-256, P-384, secp256k1 and Ed25519 signatures only</source>
        <translation>clé %1 : vcdesk ne vérifie que les signatures P-256, P-384, secp256k1 et Ed25519</translation>
    </message>
    <message>
        <location filename="../core/did/Multikey.cpp" line="61"/>
        <source>multicodec key type 0x%1 is not a supported signature key</source>
        <translation>le type de clé multicodec 0x%1 n&apos;est pas une clé de signature prise en charge</translation>
    </message>
</context>
<context>
    <name>NQuads</name>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="48"/>
        <source>a statement ends with &quot;.&quot;</source>
        <translation>une déclaration se termine par «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="52"/>
        <source>nothing may follow &quot;.&quot; but a comment</source>
        <translation>seul un commentaire peut suivre «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="68"/>
        <source>N-Quads line %1, column %2: %3</source>
        <translation>N-Quads, ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="74"/>
        <source>a %1 is missing</source>
        <translation>élément manquant : %1</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="79"/>
        <source>a %1 is an IRI or a blank node</source>
        <translation>l&apos;élément %1 doit être un IRI ou un nœud anonyme</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="85"/>
        <source>an object is missing</source>
        <translation>l&apos;objet est manquant</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="94"/>
        <source>an IRI starts with &quot;&lt;&quot;</source>
        <translation>un IRI commence par «&#xa0;&lt;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="107"/>
        <location filename="../core/rdf/NQuads.cpp" line="113"/>
        <source>an IRI may not hold U+%1</source>
        <translation>un IRI ne peut pas contenir U+%1</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="119"/>
        <source>an IRI ends with &quot;&gt;&quot;</source>
        <translation>un IRI se termine par «&#xa0;&gt;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="124"/>
        <source>the IRI &lt;%1&gt; is not absolute</source>
        <translation>l&apos;IRI &lt;%1&gt; n&apos;est pas absolu</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="131"/>
        <source>a blank node starts with &quot;_:&quot;</source>
        <translation>un nœud anonyme commence par «&#xa0;_:&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="145"/>
        <source>a blank node needs a label</source>
        <translation>un nœud anonyme doit avoir une étiquette</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="155"/>
        <location filename="../core/rdf/NQuads.cpp" line="167"/>
        <source>a literal ends with &apos;&quot;&apos;</source>
        <translation>un littéral se termine par «&#xa0;&quot;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="160"/>
        <source>a literal may not hold a line break</source>
        <translation>un littéral ne peut pas contenir de saut de ligne</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="193"/>
        <source>a language tag starts with a letter</source>
        <translation>une étiquette de langue commence par une lettre</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="218"/>
        <source>not an escape N-Quads knows</source>
        <translation>séquence d&apos;échappement inconnue de N-Quads</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="225"/>
        <source>the escape does not name a character</source>
        <translation>la séquence d&apos;échappement ne désigne aucun caractère</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="290"/>
        <source>N-Quads line %1 is not UTF-8</source>
        <translation>la ligne N-Quads %1 n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../core/rdf/NQuads.cpp" line="300"/>
        <source>more than %1 statements</source>
        <translation>plus de %1 déclarations</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="41"/>
        <source>vcdesk is offline; %1 was not contacted</source>
        <translation>vcdesk est hors ligne ; %1 n&apos;a pas été contacté</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="51"/>
        <source>URLs with user info are refused</source>
        <translation>les URL contenant des informations d&apos;utilisateur sont refusées</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="59"/>
        <source>refusing to contact the link-local address %1</source>
        <translation>refus de contacter l&apos;adresse lien-local %1</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="65"/>
        <source>refusing to contact %1 on this computer (allowed only in development, with --allow-loopback-http)</source>
        <translation>refus de contacter %1 sur cet ordinateur (autorisé uniquement en développement, avec --allow-loopback-http)</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="76"/>
        <source>refusing plain http to %1: only https is allowed (http only to this computer in development)</source>
        <translation>refus du http simple vers %1 : seul https est autorisé (http uniquement vers cet ordinateur, en développement)</translation>
    </message>
    <message>
        <location filename="../core/net/NetworkPolicy.cpp" line="81"/>
        <source>URL scheme &quot;%1&quot; is not supported</source>
        <translation>le schéma d&apos;URL «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>NumericDate</name>
    <message>
        <location filename="../core/jose/NumericDate.cpp" line="12"/>
        <source>&quot;%1&quot; is not a NumericDate (seconds since 1970)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une NumericDate (secondes écoulées depuis 1970)</translation>
    </message>
    <message>
        <location filename="../core/jose/NumericDate.cpp" line="17"/>
        <source>&quot;%1&quot; is not a usable time (%2 seconds since 1970 is before 1970 or after the year 9999)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date exploitable (%2 secondes depuis 1970 tombe avant 1970 ou après l&apos;an 9999)</translation>
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
        <translation>l&apos;émetteur a refusé %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OAuthErrorAnswer.cpp" line="43"/>
        <source>the issuer refused %1 (%2): %3</source>
        <translation>l&apos;émetteur a refusé %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>OfferReceipt</name>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="18"/>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="30"/>
        <location filename="../core/receive/OfferReceipt.cpp" line="127"/>
        <source>no such offer in this profile</source>
        <translation>cette offre n&apos;existe pas dans ce profil</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="44"/>
        <source>Asking %1 to issue</source>
        <translation>Demande d&apos;émission à %1</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="49"/>
        <source>Checking the credential</source>
        <translation>Vérification de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/receive/OfferReceipt.cpp" line="72"/>
        <source>the issuer sent a credential about %1, not about you (%2); it was not stored</source>
        <translation>l&apos;émetteur a envoyé une attestation concernant %1 et non vous (%2) ; elle n&apos;a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>OfferResolver</name>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="37"/>
        <source>the issuer&apos;s metadata could not be read: %1</source>
        <translation>impossible de lire les métadonnées de l&apos;émetteur : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="42"/>
        <source>the issuer sent signed metadata, which vcdesk did not ask for and cannot establish trust in</source>
        <translation>l&apos;émetteur a envoyé des métadonnées signées, que vcdesk n&apos;a pas demandées et dont il ne peut pas établir la fiabilité</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="57"/>
        <source>the authorization server&apos;s metadata could not be read: %1</source>
        <translation>impossible de lire les métadonnées du serveur d&apos;autorisation : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="78"/>
        <source>the offer names an authorization server the issuer does not list (%1)</source>
        <translation>l&apos;offre cite un serveur d&apos;autorisation que l&apos;émetteur ne répertorie pas (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="101"/>
        <source>%1 no longer has this offer (it was used, or it expired): ask the issuer for a new one</source>
        <translation>%1 n&apos;a plus cette offre (elle a été utilisée ou a expiré) : demandez-en une nouvelle à l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="108"/>
        <source>the offer could not be fetched from %1 (%2)</source>
        <translation>impossible de récupérer l&apos;offre auprès de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="112"/>
        <source>the offer came as a JWT: an offer is plain JSON</source>
        <translation>l&apos;offre est arrivée sous forme de JWT : une offre est du JSON simple</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="131"/>
        <source>the offer names a credential the issuer does not describe (%1)</source>
        <translation>l&apos;offre cite une attestation que l&apos;émetteur ne décrit pas (%1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/OfferResolver.cpp" line="145"/>
        <source>the offer carries a pre-authorized code, but its authorization server does not accept one</source>
        <translation>l&apos;offre comporte un code pré-autorisé, mais son serveur d&apos;autorisation n&apos;en accepte pas</translation>
    </message>
</context>
<context>
    <name>OfferStore</name>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="47"/>
        <source>an offer needs a record id and a state (at most 200 characters)</source>
        <translation>une offre nécessite un identifiant d&apos;enregistrement et un état (200 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="50"/>
        <source>the offer&apos;s claims exceed 256 KiB</source>
        <translation>les données de l&apos;offre dépassent 256 Kio</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="70"/>
        <source>the offer belongs to another profile</source>
        <translation>l&apos;offre appartient à un autre profil</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="187"/>
        <location filename="../core/store/OfferStore.cpp" line="231"/>
        <location filename="../core/store/OfferStore.cpp" line="244"/>
        <source>offer</source>
        <translation>offre</translation>
    </message>
    <message>
        <location filename="../core/store/OfferStore.cpp" line="198"/>
        <source>offer %1&apos;s claims are damaged</source>
        <translation>les données de l&apos;offre %1 sont endommagées</translation>
    </message>
</context>
<context>
    <name>OffersCommand</name>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="18"/>
        <source>Development: talk plain http to this computer (the local vcdesk-agent).</source>
        <translation>Développement : communiquer en http simple avec cet ordinateur (le vcdesk-agent local).</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="44"/>
        <location filename="../cli/OffersCommand.cpp" line="49"/>
        <location filename="../cli/OffersCommand.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="71"/>
        <source>usage: vcdesk offers [list] [--offline] | vcdesk offers accept ID|--newest [--wait SECONDS] | vcdesk offers reject ID</source>
        <translation>utilisation : vcdesk offers [list] [--offline] | vcdesk offers accept ID|--newest [--wait SECONDES] | vcdesk offers reject ID</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="82"/>
        <source>List what the wallet kept; ask no issuer.</source>
        <translation>Lister ce que le portefeuille a conservé, sans interroger les émetteurs.</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="85"/>
        <source>usage: vcdesk offers [list] [--offline] [--json]</source>
        <translation>utilisation : vcdesk offers [list] [--offline] [--json]</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="107"/>
        <source>could not check %1</source>
        <translation>impossible de consulter %1</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="109"/>
        <source>No offers.</source>
        <translation>Aucune offre.</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="125"/>
        <source>Accept the newest offer not yet answered.</source>
        <translation>Accepter l&apos;offre la plus récente encore sans réponse.</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="127"/>
        <source>How long to wait for the issuer (default 120).</source>
        <translation>Temps d&apos;attente maximal de la réponse de l&apos;émetteur (120 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="128"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="132"/>
        <source>usage: vcdesk offers accept ID|--newest [--wait SECONDS]</source>
        <translation>utilisation : vcdesk offers accept ID|--newest [--wait SECONDES]</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="136"/>
        <source>--wait is 1 to 3600 seconds</source>
        <translation>--wait doit être compris entre 1 et 3600 secondes</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="149"/>
        <source>no offer waits for an answer (vcdesk offers lists them)</source>
        <translation>aucune offre n&apos;attend de réponse (vcdesk offers les liste)</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="153"/>
        <source>name the offer by its id (vcdesk offers lists them) or --newest</source>
        <translation>désignez l&apos;offre par son identifiant (vcdesk offers les liste) ou par --newest</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="174"/>
        <source>Received credential %1 (%2): %3</source>
        <translation>Attestation %1 reçue (%2) : %3</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="186"/>
        <source>usage: vcdesk offers reject ID</source>
        <translation>utilisation : vcdesk offers reject ID</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="190"/>
        <source>name the offer by its id (vcdesk offers lists them)</source>
        <translation>désignez l&apos;offre par son identifiant (vcdesk offers les liste)</translation>
    </message>
    <message>
        <location filename="../cli/OffersCommand.cpp" line="196"/>
        <source>Rejected offer %1 (kept in the wallet; the issuer is not told).</source>
        <translation>Offre %1 refusée (conservée dans le portefeuille ; l&apos;émetteur n&apos;en est pas informé).</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../cli/OutputPath.cpp" line="12"/>
        <source>%1 is a symbolic link; vcdesk does not write through links (name the file itself)</source>
        <translation>%1 est un lien symbolique ; vcdesk n&apos;écrit pas à travers les liens (indiquez le fichier lui-même)</translation>
    </message>
    <message>
        <location filename="../cli/OutputPath.cpp" line="17"/>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 existe déjà ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <location filename="../cli/OutputPath.cpp" line="19"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
</context>
<context>
    <name>PassphraseKdf</name>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="25"/>
        <source>unknown key derivation algorithm</source>
        <translation>algorithme de dérivation de clé inconnu</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="34"/>
        <source>the key derivation parameter %1 is not a usable number</source>
        <translation>le paramètre de dérivation de clé %1 n&apos;est pas un nombre exploitable</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="40"/>
        <source>the key derivation salt is damaged</source>
        <translation>le sel de dérivation de clé est endommagé</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="55"/>
        <source>the key derivation asks for %1 MiB x %2 passes x %3 lanes, beyond what vcdesk allows (at most %4 MiB, %5 passes, %6 MiB x passes in all); the file is damaged or hostile</source>
        <translation>la dérivation de clé demande %1 Mio × %2 passes × %3 voies, au-delà de ce que vcdesk autorise (au plus %4 Mio, %5 passes, %6 Mio × passes au total) ; le fichier est endommagé ou malveillant</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="75"/>
        <source>the key derivation parameters are out of bounds</source>
        <translation>les paramètres de dérivation de clé sont hors limites</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="100"/>
        <source>key derivation failed: %1</source>
        <translation>échec de la dérivation de clé : %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="107"/>
        <source>the key derivation salt is too short</source>
        <translation>le sel de dérivation de clé est trop court</translation>
    </message>
    <message>
        <location filename="../core/crypto/PassphraseKdf.cpp" line="111"/>
        <source>the key derivation parameters are too weak</source>
        <translation>les paramètres de dérivation de clé sont trop faibles</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="84"/>
        <source>Choose a passphrase: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Choisissez une phrase secrète : quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="93"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>Trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="96"/>
        <source>Too easy to guess: it is a common password with a few digits or symbols. Use a few unrelated words.</source>
        <translation>Trop facile à deviner : c&apos;est un mot de passe courant agrémenté de quelques chiffres ou symboles. Utilisez plutôt quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="100"/>
        <source>Too easy to guess: make it longer, or use a few unrelated words.</source>
        <translation>Trop facile à deviner : allongez-la ou utilisez quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="103"/>
        <source>Acceptable; a longer passphrase would be better.</source>
        <translation>Acceptable ; une phrase secrète plus longue serait préférable.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="106"/>
        <source>Hard to guess.</source>
        <translation>Difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="109"/>
        <source>Very hard to guess.</source>
        <translation>Très difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="118"/>
        <source>No passphrase</source>
        <translation>Aucune phrase secrète</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="120"/>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="122"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="124"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../models/PassphraseStrength.cpp" line="126"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../models/PdfReport.cpp" line="18"/>
        <location filename="../models/PdfReport.cpp" line="39"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PlainTermPolicy</name>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="16"/>
        <source>the member &quot;%1&quot; is written in a JSON-LD form vcdesk does not read (a full or compact IRI, or a keyword such as @id or @nest in place of a term), so vcdesk cannot vouch for what the document says</source>
        <translation>le membre «&#xa0;%1&#xa0;» est écrit sous une forme JSON-LD que vcdesk ne lit pas (une IRI complète ou compacte, ou un mot-clé comme @id ou @nest à la place d&apos;un terme) : vcdesk ne peut donc pas garantir ce que dit le document</translation>
    </message>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="76"/>
        <source>the document nests deeper than %1 levels, which vcdesk does not read</source>
        <translation>le document est imbriqué sur plus de %1 niveaux, ce que vcdesk ne lit pas</translation>
    </message>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="82"/>
        <source>the document holds a null value, which JSON-LD drops, so vcdesk cannot vouch for what the document says</source>
        <translation>le document contient une valeur nulle, que JSON-LD ignore : vcdesk ne peut donc pas garantir ce que dit le document</translation>
    </message>
    <message>
        <location filename="../core/verify/PlainTermPolicy.cpp" line="89"/>
        <source>the document holds an array inside an array, which JSON-LD flattens, so vcdesk cannot vouch for what the document says</source>
        <translation>le document contient un tableau dans un tableau, que JSON-LD aplatit : vcdesk ne peut donc pas garantir ce que dit le document</translation>
    </message>
</context>
<context>
    <name>PresentCommand</name>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="38"/>
        <source>[y] send, [d] decline, Enter: send nothing:</source>
        <translation>[y] envoyer, [d] décliner, Entrée : ne rien envoyer :</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="39"/>
        <source>[d] decline, Enter: send nothing:</source>
        <translation>[d] décliner, Entrée : ne rien envoyer :</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="60"/>
        <source>credential %1 (%2): %3</source>
        <translation>attestation %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="77"/>
        <source>Present this credential (repeatable); by default the first fitting one of each required part.</source>
        <translation>Présenter cette attestation (option répétable) ; par défaut, la première qui convient pour chaque partie requise.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="79"/>
        <source>CREDENTIAL_ID</source>
        <translation>ID_ATTESTATION</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="82"/>
        <source>Also send this optional claim (repeatable; a path as the request lists it, e.g. name). Claims a request can do without stay in the wallet otherwise.</source>
        <translation>Envoyer aussi cette donnée facultative (option répétable ; un chemin tel que la demande l&apos;indique, par ex. name). Sinon, les données dont une demande peut se passer restent dans le portefeuille.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="84"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="85"/>
        <source>Send without asking.</source>
        <translation>Envoyer sans demander confirmation.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="87"/>
        <source>Tell the verifier no (access_denied).</source>
        <translation>Répondre non au vérificateur (access_denied).</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="89"/>
        <source>Development: allow plain http to this computer.</source>
        <translation>Développement : autoriser le http simple vers cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="90"/>
        <source>The trust list file.</source>
        <translation>Le fichier de la liste de confiance.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="91"/>
        <location filename="../cli/PresentCommand.cpp" line="94"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="93"/>
        <source>Also trust this CA certificate (PEM) for x509 verifiers.</source>
        <translation>Faire aussi confiance à ce certificat d&apos;AC (PEM) pour les vérificateurs x509.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="97"/>
        <source>usage: vcdesk present [--wallet FILE] [--select CREDENTIAL_ID]... [--share-optional PATH]... [--yes] [--decline] [--json] URI   (URI may be - for standard input)</source>
        <translation>utilisation : vcdesk present [--wallet FICHIER] [--select ID_ATTESTATION]... [--share-optional CHEMIN]... [--yes] [--decline] [--json] URI   (URI peut valoir - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="120"/>
        <source>--select needs a credential id (see vcdesk wallet list)</source>
        <translation>--select attend un identifiant d&apos;attestation (voir vcdesk wallet list)</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="138"/>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>impossible de lire le certificat d&apos;AC %1 : %2</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="160"/>
        <source>Not kept in your presentation history: %1.</source>
        <translation>Non conservé dans votre historique des présentations : %1.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="189"/>
        <source>you declined; the verifier was told no</source>
        <translation>vous avez refusé ; le vérificateur a reçu un refus</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="193"/>
        <source>nothing was sent to the verifier</source>
        <translation>rien n&apos;a été envoyé au vérificateur</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="208"/>
        <source>Nothing in your wallet fits.</source>
        <translation>Rien dans votre portefeuille ne convient.</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="210"/>
        <source>nothing in the wallet fits this request; nothing was sent (use --decline to tell the verifier no)</source>
        <translation>rien dans le portefeuille ne convient à cette demande ; rien n&apos;a été envoyé (utilisez --decline pour répondre non au vérificateur)</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="230"/>
        <source>credential %1 answers no part of this request</source>
        <translation>l&apos;attestation %1 ne répond à aucune partie de cette demande</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="237"/>
        <source>no valid credential fits the required part %1; choose one with --select to send it anyway; nothing was sent</source>
        <translation>aucune attestation valide ne convient à la partie requise %1 ; choisissez-en une avec --select pour l&apos;envoyer malgré tout ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="247"/>
        <source>--share-optional %1: no optional claim of the chosen credentials; nothing was sent</source>
        <translation>--share-optional %1 : ne correspond à aucune donnée facultative des attestations choisies ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="261"/>
        <source>not sent: %1 is not valid; vcdesk sends a credential that is not valid only when you confirm it at a terminal</source>
        <translation>non envoyé : %1 n&apos;est pas valide ; vcdesk n&apos;envoie une attestation non valide que si vous le confirmez dans un terminal</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="266"/>
        <source>These credentials are NOT VALID:</source>
        <translation>Ces attestations NE SONT PAS VALIDES :</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="269"/>
        <source>Send them anyway?</source>
        <translation>Les envoyer malgré tout ?</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="273"/>
        <source>nothing was sent: confirm with --yes when not at a terminal</source>
        <translation>rien n&apos;a été envoyé : confirmez avec --yes hors d&apos;un terminal</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="274"/>
        <source>Send this to the verifier?</source>
        <translation>Envoyer ceci au vérificateur ?</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="284"/>
        <source>The verifier accepted the presentation (HTTP %1).</source>
        <translation>Le vérificateur a accepté la présentation (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../cli/PresentCommand.cpp" line="286"/>
        <source>Continue in your browser: %1</source>
        <translation>Poursuivez dans votre navigateur : %1</translation>
    </message>
</context>
<context>
    <name>PresentationBuilder</name>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="84"/>
        <source>no credential was chosen for the required part %1</source>
        <translation>aucune attestation n&apos;a été choisie pour la partie requise %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="89"/>
        <source>part %1 takes one credential</source>
        <translation>la partie %1 n&apos;accepte qu&apos;une seule attestation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="98"/>
        <source>credential %1 does not answer part %2</source>
        <translation>l&apos;attestation %1 ne répond pas à la partie %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="195"/>
        <source>the SD-JWT credential is bound to a key this wallet does not hold</source>
        <translation>l&apos;attestation SD-JWT est liée à une clé que ce portefeuille ne détient pas</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="246"/>
        <source>vcdesk cannot yet present %1 credentials</source>
        <translation>vcdesk ne sait pas encore présenter les attestations %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationBuilder.cpp" line="374"/>
        <source>there is no holder key to sign with</source>
        <translation>aucune clé de titulaire pour signer</translation>
    </message>
</context>
<context>
    <name>PresentationExchangeMatcher</name>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="37"/>
        <source>the presentation definition has no id</source>
        <translation>la définition de présentation n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="41"/>
        <source>input_descriptors must be a list of 1 to %1</source>
        <translation>input_descriptors doit être une liste de 1 à %1 éléments</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="47"/>
        <source>every input descriptor needs its own id</source>
        <translation>chaque descripteur d&apos;entrée doit avoir son propre id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="54"/>
        <source>fields of %1 must be a list of at most %2</source>
        <translation>les fields de %1 doivent former une liste de %2 éléments au plus</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="59"/>
        <source>a field of %1 has no path</source>
        <translation>un champ de %1 n&apos;a pas de path</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="62"/>
        <source>a filter of %1 is not a JSON Schema object</source>
        <translation>un filtre de %1 n&apos;est pas un objet JSON Schema</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="69"/>
        <source>a submission requirement&apos;s rule must be all or pick</source>
        <translation>la règle d&apos;une exigence de soumission doit être all ou pick</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="204"/>
        <source>no credential in the wallet has the format and fields this part asks for</source>
        <translation>aucune attestation du portefeuille n&apos;a le format et les champs demandés par cette partie</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="214"/>
        <source>the wallet has no credential for a required part</source>
        <translation>le portefeuille n&apos;a aucune attestation pour une partie requise</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationExchangeMatcher.cpp" line="227"/>
        <source>the wallet cannot meet the submission requirements</source>
        <translation>le portefeuille ne peut pas satisfaire aux exigences de soumission</translation>
    </message>
</context>
<context>
    <name>PresentationHistory</name>
    <message>
        <location filename="../core/store/PresentationHistory.cpp" line="49"/>
        <source>the list of what was shared is too long to keep</source>
        <translation>la liste de ce qui a été partagé est trop longue pour être conservée</translation>
    </message>
    <message>
        <location filename="../core/store/PresentationHistory.cpp" line="117"/>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
</context>
<context>
    <name>PresentationRecheck</name>
    <message>
        <location filename="../core/kiosk/PresentationRecheck.cpp" line="53"/>
        <source>the verifier said verified but sent no vp_token to check</source>
        <translation>le vérificateur a indiqué une vérification réussie, mais n&apos;a envoyé aucun vp_token à contrôler</translation>
    </message>
    <message>
        <location filename="../core/kiosk/PresentationRecheck.cpp" line="59"/>
        <source>possibly copied: %1</source>
        <translation>copie possible : %1</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="414"/>
        <source>the answer holds no credential</source>
        <translation>la réponse ne contient aucune attestation</translation>
    </message>
</context>
<context>
    <name>PresentationSession</name>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="37"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="44"/>
        <source>only the first %1 credentials were searched</source>
        <translation>seules les %1 premières attestations ont été examinées</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="97"/>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="115"/>
        <source>no request is open</source>
        <translation>aucune demande n&apos;est ouverte</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationSession.cpp" line="130"/>
        <source>the wallet is open read-only</source>
        <translation>le portefeuille est ouvert en lecture seule</translation>
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
        <translation>la présentation est illisible : %1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="80"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="175"/>
        <source>key-binding JWT</source>
        <translation>le JWT de liaison de clé</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="101"/>
        <source>a %1 is not a presentation this verifier accepts (it takes a JWT VP or an SD-JWT VC with key binding)</source>
        <translation>ce vérificateur n&apos;accepte pas %1 comme présentation (il accepte un JWT VP ou un SD-JWT VC avec liaison de clé)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="104"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="213"/>
        <source>presentation</source>
        <translation>la présentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="107"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="275"/>
        <source>the presentation carries %1 credentials (1 to %2 are read)</source>
        <translation>la présentation contient %1 attestations (de 1 à %2 sont lues)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="121"/>
        <source>a JWT VP carries JWT credentials here; one of this presentation&apos;s is not one</source>
        <translation>ici, un JWT VP contient des attestations JWT ; l&apos;une de celles de cette présentation n&apos;en est pas une</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="154"/>
        <source>a %1 is not a presentation this verifier accepts (it takes a JWT VP, a JSON-LD VP or an SD-JWT VC with key binding)</source>
        <translation>ce vérificateur n&apos;accepte pas %1 comme présentation (il accepte un JWT VP, un JSON-LD VP ou un SD-JWT VC avec liaison de clé)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="169"/>
        <source>the SD-JWT VC has no key-binding JWT, so nothing shows that its holder presented it for this request</source>
        <translation>le SD-JWT VC n&apos;a pas de JWT de liaison de clé : rien ne montre que son titulaire l&apos;a présenté pour cette demande</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="184"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="190"/>
        <source>the SD-JWT VC</source>
        <translation>le SD-JWT VC</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="188"/>
        <source>the key-binding JWT could not be checked</source>
        <translation>le JWT de liaison de clé n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="217"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="331"/>
        <source>the presentation</source>
        <translation>la présentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="226"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="347"/>
        <source>the presentation carries no credential it can show</source>
        <translation>la présentation ne contient aucune attestation exploitable</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="237"/>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="335"/>
        <source>the presentation&apos;s signer is not a DID</source>
        <translation>le signataire de la présentation n&apos;est pas un DID</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="247"/>
        <source>credential %1 of the presentation is a %2; a JWT VP carries JWT credentials here</source>
        <translation>l&apos;attestation %1 de la présentation est au format %2 ; ici, un JWT VP contient des attestations JWT</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="267"/>
        <source>the answer is not a presentation this verifier accepts: %1 [%2]</source>
        <translation>la réponse n&apos;est pas une présentation acceptée par ce vérificateur : %1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="270"/>
        <source>a JSON-LD credential on its own is not a presentation: nothing shows its holder presented it for this request</source>
        <translation>une attestation JSON-LD seule n&apos;est pas une présentation : rien ne montre que son titulaire l&apos;a présentée pour cette demande</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="285"/>
        <source>a JSON-LD VP carries JSON-LD credentials here; one of this presentation&apos;s is not one</source>
        <translation>ici, un JSON-LD VP contient des attestations JSON-LD ; l&apos;une de celles de cette présentation n&apos;en est pas une</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="300"/>
        <source>a JSON-LD presentation needs exactly one proof by its holder</source>
        <translation>une présentation JSON-LD nécessite exactement une preuve de son titulaire</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="304"/>
        <source>the presentation&apos;s proof is not made for authentication</source>
        <translation>la preuve de la présentation n&apos;est pas destinée à l&apos;authentification</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="309"/>
        <source>the presentation&apos;s proof has no challenge</source>
        <translation>la preuve de la présentation n&apos;a pas de challenge</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="310"/>
        <source>the presentation was made for another request (its challenge is not this request&apos;s nonce)</source>
        <translation>la présentation a été faite pour une autre demande (son challenge n&apos;est pas le nonce de cette demande)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="320"/>
        <source>the presentation is meant for another verifier (domain %1)</source>
        <translation>la présentation est destinée à un autre vérificateur (domaine %1)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="342"/>
        <source>the presentation names %1 as its holder, but %2 signed it</source>
        <translation>la présentation désigne %1 comme titulaire, mais c&apos;est %2 qui l&apos;a signée</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="353"/>
        <source>credential %1 of the presentation is a %2; a JSON-LD VP carries JSON-LD credentials here</source>
        <translation>l&apos;attestation %1 de la présentation est au format %2 ; ici, un JSON-LD VP contient des attestations JSON-LD</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="376"/>
        <source>the %1 has no nonce</source>
        <translation>%1 ne contient aucun nonce</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="377"/>
        <source>the %1 was made for another request (its nonce is not this request&apos;s)</source>
        <translation>%1 répond à une autre demande (son nonce n&apos;est pas celui de cette demande)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="389"/>
        <source>the %1 is meant for another verifier (aud %2)</source>
        <translation>%1 s&apos;adresse à un autre vérificateur (aud %2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationTokenVerifier.cpp" line="427"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 n&apos;est pas valide : %2</translation>
    </message>
</context>
<context>
    <name>PresentationVerifier</name>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="65"/>
        <source>the vp_token is empty</source>
        <translation>le vp_token est vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="70"/>
        <source>the vp_token array is not JSON</source>
        <translation>le tableau vp_token n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="75"/>
        <source>the vp_token array holds something other than presentations</source>
        <translation>le tableau vp_token contient autre chose que des présentations</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="82"/>
        <source>the vp_token holds %1 presentations</source>
        <translation>le vp_token contient %1 présentations</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="98"/>
        <source>the request must ask with exactly one of a presentation definition and a DCQL query</source>
        <translation>la demande doit utiliser exactement l&apos;une des deux formes : une définition de présentation ou une requête DCQL</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="102"/>
        <source>the request has no nonce or no client_id to check against</source>
        <translation>la demande n&apos;a pas de nonce ou de client_id auquel comparer la réponse</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="131"/>
        <source>the answer has no presentation_submission saying which credential answers what</source>
        <translation>la réponse n&apos;a pas de presentation_submission indiquant quelle attestation répond à quoi</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="135"/>
        <source>the presentation_submission is not a JSON object: %1</source>
        <translation>la presentation_submission n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="139"/>
        <source>the presentation_submission answers another definition</source>
        <translation>la presentation_submission répond à une autre définition</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="143"/>
        <source>the presentation_submission&apos;s descriptor_map is missing or empty</source>
        <translation>le descriptor_map de la presentation_submission est absent ou vide</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="152"/>
        <source>the presentation_submission names a descriptor &quot;%1&quot; the definition does not have</source>
        <translation>la presentation_submission cite un descripteur «&#xa0;%1&#xa0;» absent de la définition</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="170"/>
        <source>descriptor &quot;%1&quot; does not accept the format %2</source>
        <translation>le descripteur «&#xa0;%1&#xa0;» n&apos;accepte pas le format %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="185"/>
        <source>the credential given for &quot;%1&quot; does not meet what it asks: %2</source>
        <translation>l&apos;attestation fournie pour «&#xa0;%1&#xa0;» ne satisfait pas à ses exigences : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="208"/>
        <source>the descriptor_map path &quot;%1&quot; does not point at a presentation of this vp_token</source>
        <translation>le chemin «&#xa0;%1&#xa0;» du descriptor_map ne désigne aucune présentation de ce vp_token</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="214"/>
        <source>the descriptor_map path &quot;%1&quot; points past the vp_token</source>
        <translation>le chemin «&#xa0;%1&#xa0;» du descriptor_map pointe au-delà du vp_token</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="224"/>
        <source>the descriptor_map calls an SD-JWT VC &quot;%1&quot;</source>
        <translation>le descriptor_map désigne un SD-JWT VC par le format «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="236"/>
        <source>the descriptor_map must point into the VP with path_nested ($.verifiableCredential[n], format jwt_vc_json or ldp_vc) and call the VP jwt_vp_json or ldp_vp</source>
        <translation>le descriptor_map doit pointer dans le VP avec path_nested ($.verifiableCredential[n], format jwt_vc_json ou ldp_vc) et désigner le VP par jwt_vp_json ou ldp_vp</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="241"/>
        <source>path_nested points past the VP&apos;s credentials</source>
        <translation>path_nested pointe au-delà des attestations du VP</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="251"/>
        <source>the vp_token must be a JSON object keyed by credential query id (DCQL): %1</source>
        <translation>le vp_token doit être un objet JSON indexé par id de requête d&apos;attestation (DCQL) : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="259"/>
        <source>the vp_token answers %1 queries</source>
        <translation>le vp_token répond à %1 requêtes</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="274"/>
        <source>the vp_token answers &quot;%1&quot;, which the query did not ask</source>
        <translation>le vp_token répond à «&#xa0;%1&#xa0;», que la requête ne demandait pas</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="281"/>
        <source>&quot;%1&quot; is answered with %2 presentations</source>
        <translation>«&#xa0;%1&#xa0;» reçoit %2 présentations en réponse</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="285"/>
        <source>the answer to &quot;%1&quot; is not a presentation</source>
        <translation>la réponse à «&#xa0;%1&#xa0;» n&apos;est pas une présentation</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="293"/>
        <source>&quot;%1&quot; is answered with %2 credentials</source>
        <translation>«&#xa0;%1&#xa0;» reçoit %2 attestations en réponse</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="306"/>
        <source>the credential given for &quot;%1&quot; does not meet its query: %2</source>
        <translation>l&apos;attestation fournie pour «&#xa0;%1&#xa0;» ne satisfait pas à sa requête : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="325"/>
        <source>nothing in the answer meets &quot;%1&quot;, which the request requires</source>
        <translation>rien dans la réponse ne satisfait «&#xa0;%1&#xa0;», que la demande exige</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="337"/>
        <source>the answer holds %1 presentations (at most %2 are read)</source>
        <translation>la réponse contient %1 présentations (%2 au plus sont lues)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationVerifier.cpp" line="348"/>
        <source>the answer holds %1 credentials (at most %2 are read)</source>
        <translation>la réponse contient %1 attestations (%2 au plus sont lues)</translation>
    </message>
</context>
<context>
    <name>PrismDid</name>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="18"/>
        <source>invalid did:prism: %1</source>
        <translation>did:prism non valide : %1</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="33"/>
        <source>%1 has the wrong wire type</source>
        <translation>%1 a un wire type incorrect</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="38"/>
        <source>the operation has no %1</source>
        <translation>l&apos;opération ne contient pas de %1</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="90"/>
        <source>a short-form did:prism can only be resolved by a PRISM node; vcdesk reads long-form DIDs offline</source>
        <translation>un did:prism en forme courte ne peut être résolu que par un nœud PRISM ; vcdesk lit hors ligne les DID en forme longue</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="93"/>
        <source>expected &lt;hash&gt;:&lt;encoded state&gt;</source>
        <translation>attendu : &lt;hash&gt;:&lt;encoded state&gt;</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="97"/>
        <source>the hash part must be 64 hex characters</source>
        <translation>la partie hachage doit comporter 64 caractères hexadécimaux</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="99"/>
        <source>the encoded state is larger than %1 characters</source>
        <translation>l&apos;état encodé dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="106"/>
        <source>the DID&apos;s hash does not match its encoded creation operation (expected %1)</source>
        <translation>le hachage du DID ne correspond pas à son opération de création encodée (attendu : %1)</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="123"/>
        <source>key id &quot;%1&quot; is used twice</source>
        <translation>l&apos;id de clé «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="129"/>
        <source>the creation operation has no secp256k1 master key</source>
        <translation>l&apos;opération de création n&apos;a pas de clé maîtresse secp256k1</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="144"/>
        <source>more than 64 keys</source>
        <translation>plus de 64 clés</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="193"/>
        <source>a key has no id</source>
        <translation>une clé n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="195"/>
        <source>key &quot;%1&quot; has no key data</source>
        <translation>la clé «&#xa0;%1&#xa0;» n&apos;a pas de données de clé</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDid.cpp" line="201"/>
        <source>key &quot;%1&quot;: %2</source>
        <translation>clé «&#xa0;%1&#xa0;» : %2</translation>
    </message>
</context>
<context>
    <name>PrismDidResolver</name>
    <message>
        <location filename="../core/did/PrismDidResolver.cpp" line="14"/>
        <source>not a did:prism</source>
        <translation>ce n&apos;est pas un did:prism</translation>
    </message>
    <message>
        <location filename="../core/did/PrismDidResolver.cpp" line="54"/>
        <source>read offline from the DID&apos;s creation operation; keys added by later updates are known only to a PRISM node</source>
        <translation>lu hors ligne depuis l&apos;opération de création du DID ; les clés ajoutées par des mises à jour ultérieures ne sont connues que d&apos;un nœud PRISM</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="59"/>
        <source>a %1 private key has %2 bytes, not %3</source>
        <translation>une clé privée %1 fait %2 octets, et non %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="69"/>
        <source>libsodium failed to start</source>
        <translation>échec du démarrage de libsodium</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="82"/>
        <source>the private key is not in the range of the curve&apos;s group order</source>
        <translation>la clé privée n&apos;est pas dans l&apos;intervalle de l&apos;ordre du groupe de la courbe</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="121"/>
        <source>no private key</source>
        <translation>aucune clé privée</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="135"/>
        <source>libsecp256k1 could not sign</source>
        <translation>libsecp256k1 n&apos;a pas pu signer</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="156"/>
        <source>could not encode the signature</source>
        <translation>impossible d&apos;encoder la signature</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="160"/>
        <source>unknown key type</source>
        <translation>type de clé inconnu</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="25"/>
        <source>a profile name has 1 to 100 characters</source>
        <translation>un nom de profil comporte de 1 à 100 caractères</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="28"/>
        <source>there is already a profile named &quot;%1&quot;</source>
        <translation>il existe déjà un profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="70"/>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="86"/>
        <source>the wallet has no profile</source>
        <translation>le portefeuille n&apos;a aucun profil</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="100"/>
        <source>a wallet keeps at least one profile</source>
        <translation>un portefeuille conserve au moins un profil</translation>
    </message>
    <message>
        <location filename="../core/store/ProfileStore.cpp" line="106"/>
        <source>there is no profile %1</source>
        <translation>le profil %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>ProtobufReader</name>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="11"/>
        <source>protobuf field key is truncated</source>
        <translation>clé de champ protobuf tronquée</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="15"/>
        <source>invalid protobuf field number</source>
        <translation>numéro de champ protobuf non valide</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="23"/>
        <source>protobuf varint is truncated</source>
        <translation>varint protobuf tronqué</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="33"/>
        <source>protobuf fixed field is truncated</source>
        <translation>champ fixe protobuf tronqué</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="47"/>
        <source>protobuf length-delimited field runs past the end</source>
        <translation>le champ protobuf délimité par longueur dépasse la fin des données</translation>
    </message>
    <message>
        <location filename="../core/codec/ProtobufReader.cpp" line="55"/>
        <source>protobuf wire type %1 is not supported</source>
        <translation>le wire type protobuf %1 n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="27"/>
        <source>the signature does not match the key and the signed data</source>
        <translation>la signature ne correspond pas à la clé et aux données signées</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="75"/>
        <source>an Ed25519 public key has 32 bytes, not %1</source>
        <translation>une clé publique Ed25519 fait 32 octets, et non %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="86"/>
        <source>a %1 public key has %2 or %3 bytes, not %4</source>
        <translation>une clé publique %1 fait %2 ou %3 octets, et non %4</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="95"/>
        <source>the public key is not a valid point on %1</source>
        <translation>la clé publique n&apos;est pas un point valide de %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="104"/>
        <source>libsecp256k1 refused the key</source>
        <translation>libsecp256k1 a refusé la clé</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="142"/>
        <source>no public key</source>
        <translation>aucune clé publique</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="145"/>
        <source>a %1 signature has %2 bytes, not %3</source>
        <translation>une signature %1 fait %2 octets, et non %3</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="156"/>
        <source>libsodium failed to start</source>
        <translation>échec du démarrage de libsodium</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="179"/>
        <source>digest verification needs an ECDSA key</source>
        <translation>la vérification d&apos;un condensé nécessite une clé ECDSA</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="184"/>
        <source>a %1 signature has %2 bytes, over a %3-byte digest</source>
        <translation>une signature %1 fait %2 octets, sur un condensé de %3 octets</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="192"/>
        <source>the signature values lie outside the curve&apos;s group order</source>
        <translation>les valeurs de la signature sortent de l&apos;ordre du groupe de la courbe</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <location filename="../models/QrCodeImage.cpp" line="71"/>
        <source>This is too large to show as a QR code (%1 bytes; a QR code holds at most %2 at this error correction, %3 at the lowest).</source>
        <translation>C&apos;est trop volumineux pour être affiché sous forme de QR code (%1 octets ; un QR code contient au plus %2 octets avec ce niveau de correction d&apos;erreurs, %3 au niveau le plus bas).</translation>
    </message>
    <message>
        <location filename="../models/QrCodeImage.cpp" line="91"/>
        <source>A QR code module must be 1 to %1 pixels wide, not %2.</source>
        <translation>Un module de QR code doit mesurer de 1 à %1 pixels de large, et non %2.</translation>
    </message>
    <message>
        <location filename="../models/QrCodeImage.cpp" line="103"/>
        <source>There is not enough memory to draw this QR code.</source>
        <translation>Mémoire insuffisante pour dessiner ce QR code.</translation>
    </message>
</context>
<context>
    <name>QrImageReader</name>
    <message>
        <location filename="../models/QrImageReader.cpp" line="25"/>
        <source>The picture is too large to search for a QR code (%1 megapixels; at most %2).</source>
        <translation>L&apos;image est trop grande pour y rechercher un QR code (%1 mégapixels ; %2 au maximum).</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="103"/>
        <source>The picture is empty, so there is no QR code to read.</source>
        <translation>L&apos;image est vide : il n&apos;y a aucun QR code à lire.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="111"/>
        <source>There is not enough memory to search this picture for a QR code.</source>
        <translation>Mémoire insuffisante pour rechercher un QR code dans cette image.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="140"/>
        <source>The QR code in the picture does not hold text that vcdesk can read.</source>
        <translation>Le QR code de l&apos;image ne contient pas de texte lisible par vcdesk.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="141"/>
        <source>No QR code was found in the picture.</source>
        <translation>Aucun QR code n&apos;a été trouvé dans l&apos;image.</translation>
    </message>
    <message>
        <location filename="../models/QrImageReader.cpp" line="163"/>
        <source>The picture %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;image %1 : %2</translation>
    </message>
</context>
<context>
    <name>Rdfc10</name>
    <message>
        <location filename="../core/rdf/Rdfc10.cpp" line="110"/>
        <source>the dataset&apos;s blank nodes are too entangled to put in canonical form within the work limit (%1 steps): a poison graph</source>
        <translation>les nœuds anonymes du jeu de données sont trop enchevêtrés pour être mis sous forme canonique dans la limite de travail (%1 étapes) : graphe piégé</translation>
    </message>
    <message>
        <location filename="../core/rdf/Rdfc10.cpp" line="158"/>
        <source>the dataset&apos;s blank nodes are nested deeper than %1 levels</source>
        <translation>les nœuds anonymes du jeu de données sont imbriqués sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="67"/>
        <source>Issuer: %1 (%2)</source>
        <translation>Émetteur : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="68"/>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="71"/>
        <source>Offers:</source>
        <translation>Offres :</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="77"/>
        <source>- not a format vcdesk keeps: left out</source>
        <translation>- format que vcdesk ne conserve pas : ignoré</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="88"/>
        <source>You will sign in at %1 in your browser first.</source>
        <translation>Vous vous connecterez d&apos;abord sur %1 dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="98"/>
        <source>Receive without asking.</source>
        <translation>Recevoir sans demander confirmation.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="101"/>
        <source>Read the transaction code the issuer sent you from this file.</source>
        <translation>Lire dans ce fichier le code de transaction envoyé par l&apos;émetteur.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="101"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="103"/>
        <source>Bind the credentials to this key (its DID; see vcdesk wallet keys); by default the profile&apos;s default key. Given several times, the issuer sends one credential per key (a batch), when it issues batches.</source>
        <translation>Lier les attestations à cette clé (son DID ; voir vcdesk wallet keys) ; par défaut, la clé par défaut du profil. Si l&apos;option est répétée, l&apos;émetteur envoie une attestation par clé (un lot), s&apos;il émet par lots.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="107"/>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="109"/>
        <source>Development: allow plain http to this computer.</source>
        <translation>Développement : autoriser le http simple vers cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="112"/>
        <source>Sign in at the issuer as this client (issuers that accept only wallets registered with them give you one); by default &quot;vcdesk&quot;.</source>
        <translation>Se connecter chez l&apos;émetteur avec cet identifiant client (les émetteurs qui n&apos;acceptent que les portefeuilles enregistrés auprès d&apos;eux vous en fournissent un) ; par défaut «&#xa0;vcdesk&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="114"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="117"/>
        <source>usage: vcdesk receive [--wallet FILE] [--yes] [--tx-code-file FILE] [--key DID]... [--client-id ID] [--json] [--allow-loopback-http] URI   (URI may be - for standard input)</source>
        <translation>utilisation : vcdesk receive [--wallet FICHIER] [--yes] [--tx-code-file FICHIER] [--key DID]... [--client-id ID] [--json] [--allow-loopback-http] URI   (URI peut valoir - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="160"/>
        <source>the profile has no key with the DID %1</source>
        <translation>le profil n&apos;a aucune clé avec le DID %1</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="169"/>
        <source>the profile has no key to bind the credentials to</source>
        <translation>le profil n&apos;a aucune clé à laquelle lier les attestations</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="182"/>
        <source>--client-id takes the client_id the issuer gave you</source>
        <translation>--client-id attend le client_id que l&apos;émetteur vous a fourni</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="197"/>
        <source>nothing was received: confirm with --yes when not at a terminal</source>
        <translation>rien n&apos;a été reçu : confirmez avec --yes hors d&apos;un terminal</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="202"/>
        <source>Receive this? [y] yes, Enter: no:</source>
        <translation>Recevoir ceci ? [y] oui, Entrée : non :</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="205"/>
        <source>nothing was received</source>
        <translation>rien n&apos;a été reçu</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="213"/>
        <source>the issuer asks for a transaction code: give it with --tx-code-file</source>
        <translation>l&apos;émetteur demande un code de transaction : indiquez-le avec --tx-code-file</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="221"/>
        <source>Transaction code (%1 characters):</source>
        <translation>Code de transaction (%1 caractères) :</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="222"/>
        <source>Transaction code:</source>
        <translation>Code de transaction :</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="234"/>
        <source>Sign in at %1 to receive this. Open this address in your browser:</source>
        <translation>Connectez-vous sur %1 pour recevoir ceci. Ouvrez cette adresse dans votre navigateur :</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="239"/>
        <source>(It works once, until %1.)</source>
        <translation>(Elle ne sert qu&apos;une fois, jusqu&apos;à %1.)</translation>
    </message>
    <message>
        <location filename="../cli/ReceiveCommand.cpp" line="288"/>
        <source>Stored credential %1</source>
        <translation>Attestation %1 enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ReceiveCommand.cpp" line="293"/>
        <source>%n credential(s) you already had were not stored again.</source>
        <translation>
            <numerusform>%n attestation que vous aviez déjà n&apos;a pas été enregistrée à nouveau.</numerusform>
            <numerusform>%n attestations que vous aviez déjà n&apos;ont pas été enregistrées à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSealer</name>
    <message>
        <location filename="../core/store/RecordSealer.cpp" line="50"/>
        <source>a sealed %1 record (%2) does not open: the wallet file was changed outside vcdesk or is damaged</source>
        <translation>un enregistrement %1 scellé (%2) ne s&apos;ouvre pas : le fichier du portefeuille a été modifié en dehors de vcdesk ou est endommagé</translation>
    </message>
</context>
<context>
    <name>RemoteContexts</name>
    <message>
        <location filename="../core/jsonld/RemoteContexts.cpp" line="47"/>
        <source>no loader for %1</source>
        <translation>aucun chargeur pour %1</translation>
    </message>
    <message>
        <location filename="../core/jsonld/RemoteContexts.cpp" line="51"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/jsonld/RemoteContexts.cpp" line="57"/>
        <source>%1 holds no @context</source>
        <translation>%1 ne contient pas de @context</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../models/ReportHtml.cpp" line="69"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="70"/>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="72"/>
        <source>Checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="74"/>
        <source>Validity checked as of</source>
        <translation>Validité vérifiée à la date du</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="76"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="77"/>
        <source>offline: DIDs and status lists from caches only</source>
        <translation>hors ligne : DID et listes de statuts issus des caches uniquement</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="77"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="79"/>
        <source>Trust list</source>
        <translation>Liste de confiance</translation>
    </message>
    <message>
        <location filename="../models/ReportHtml.cpp" line="81"/>
        <source>Made by</source>
        <translation>Généré par</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../models/ReportWriter.cpp" line="20"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/ReportWriter.cpp" line="43"/>
        <source>name the report with .pdf, .csv or .json at the end, for the format you want</source>
        <translation>terminez le nom du rapport par .pdf, .csv ou .json, selon le format voulu</translation>
    </message>
    <message>
        <location filename="../models/ReportWriter.cpp" line="49"/>
        <source>PDF document (*.pdf);;CSV spreadsheet (*.csv);;JSON (*.json *.jsonl)</source>
        <translation>Document PDF (*.pdf);;Feuille de calcul CSV (*.csv);;JSON (*.json *.jsonl)</translation>
    </message>
    <message>
        <location filename="../models/ReportWriter.cpp" line="82"/>
        <source>the batch has not finished: export it when it has</source>
        <translation>le lot n&apos;est pas terminé : exportez-le une fois qu&apos;il le sera</translation>
    </message>
</context>
<context>
    <name>RequestAuthenticator</name>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="31"/>
        <source>a redirect_uri client must not sign its request: nothing could verify the signature</source>
        <translation>un client redirect_uri ne doit pas signer sa demande : rien ne permettrait d&apos;en vérifier la signature</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="35"/>
        <source>the answer would go to %1, not to the client_id&apos;s address</source>
        <translation>la réponse irait à %1, et non à l&apos;adresse du client_id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="38"/>
        <source>not authenticated: the verifier is known only by its address %1</source>
        <translation>non authentifié : le vérificateur n&apos;est connu que par son adresse %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="46"/>
        <source>a %1 client must sign its request; this one is unsigned</source>
        <translation>un client %1 doit signer sa demande ; celle-ci n&apos;est pas signée</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="56"/>
        <source>unknown client</source>
        <translation>client inconnu</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="68"/>
        <source>the request&apos;s kid &quot;%1&quot; is not a key of %2</source>
        <translation>le kid «&#xa0;%1&#xa0;» de la demande n&apos;est pas une clé de %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="73"/>
        <source>no DID resolver is configured</source>
        <translation>aucun résolveur de DID n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="77"/>
        <source>the verifier&apos;s DID does not resolve: %1</source>
        <translation>le DID du vérificateur ne se résout pas : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="81"/>
        <source>the DID document has no usable key %1</source>
        <translation>le document DID n&apos;a pas de clé %1 utilisable</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="84"/>
        <source>the request&apos;s signature does not verify with %1: %2</source>
        <translation>la signature de la demande ne se vérifie pas avec %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="86"/>
        <source>request signed by %1</source>
        <translation>demande signée par %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="101"/>
        <source>the request&apos;s x5c is not base64 DER</source>
        <translation>le x5c de la demande n&apos;est pas du DER en base64</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="107"/>
        <source>a %1 request needs an x5c certificate chain</source>
        <translation>une demande %1 nécessite une chaîne de certificats x5c</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="115"/>
        <source>the certificate is not for %1 (it names %2)</source>
        <translation>le certificat n&apos;est pas celui de %1 (il désigne %2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="120"/>
        <source>the answer would go to %1, not to %2</source>
        <translation>la réponse irait à %1, et non à %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="127"/>
        <source>the certificate&apos;s hash is not the client_id&apos;s</source>
        <translation>le hachage du certificat n&apos;est pas celui du client_id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="131"/>
        <source>the request&apos;s signature does not verify with the certificate&apos;s key: %1</source>
        <translation>la signature de la demande ne se vérifie pas avec la clé du certificat : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="135"/>
        <source>request signed with the certificate of %1</source>
        <translation>demande signée avec le certificat de %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="150"/>
        <source>the answer would go to %1, not to %2&apos;s address %3</source>
        <translation>la réponse irait à %1, et non à l&apos;adresse %3 de %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="154"/>
        <source>the request did not come from %1&apos;s address</source>
        <translation>la demande ne provient pas de l&apos;adresse de %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="158"/>
        <source>pre-registered as the verifier account &quot;%1&quot; (%2)</source>
        <translation>préenregistré comme compte de vérificateur «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestAuthenticator.cpp" line="162"/>
        <source>&quot;%1&quot; is no verifier this wallet knows, and its client_id names no way to authenticate it</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un vérificateur connu de ce portefeuille, et son client_id n&apos;indique aucun moyen de l&apos;authentifier</translation>
    </message>
</context>
<context>
    <name>RequestResolver</name>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="78"/>
        <source>unknown request form</source>
        <translation>forme de demande inconnue</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="102"/>
        <source>the request could not be fetched from %1: %2</source>
        <translation>impossible de récupérer la demande auprès de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="119"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="132"/>
        <source>the request is too large</source>
        <translation>la demande est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="138"/>
        <source>the request object is not a JWT: %1</source>
        <translation>l&apos;objet de demande n&apos;est pas un JWT : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="143"/>
        <source>the request object&apos;s claims are unreadable: %1</source>
        <translation>les attributs de l&apos;objet de demande sont illisibles : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="147"/>
        <source>the client_id in the link (%1) is not the one in the signed request (%2)</source>
        <translation>le client_id du lien (%1) n&apos;est pas celui de la demande signée (%2)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="154"/>
        <source>an %1 link must carry the client_id</source>
        <translation>un lien %1 doit comporter le client_id</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="158"/>
        <source>the request does not echo this wallet&apos;s wallet_nonce (replayed?)</source>
        <translation>la demande ne reprend pas le wallet_nonce de ce portefeuille (rejeu ?)</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="169"/>
        <source>the request&apos;s expiry is an invalid time: %1</source>
        <translation>la date d&apos;expiration de la demande n&apos;est pas une date valide : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="171"/>
        <source>the request has expired</source>
        <translation>la demande a expiré</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/RequestResolver.cpp" line="188"/>
        <source>the request object&apos;s typ is &quot;%1&quot;, not oauth-authz-req+jwt</source>
        <translation>le typ de l&apos;objet de demande est «&#xa0;%1&#xa0;», et non oauth-authz-req+jwt</translation>
    </message>
</context>
<context>
    <name>ResponseSender</name>
    <message>
        <location filename="../core/oid4vp/ResponseSender.cpp" line="58"/>
        <source>the verifier did not accept the answer: %1</source>
        <translation>le vérificateur n&apos;a pas accepté la réponse : %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="35"/>
        <source>Connected to the sandbox at %1: %2 account(s) added; a sample offer is on its way (vcdesk offers lists it).</source>
        <translation>Connecté au bac à sable sur %1 : %2 compte(s) ajouté(s) ; un exemple d&apos;offre est en route (vcdesk offers la liste).</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="53"/>
        <source>The sandbox&apos;s agent.json (default: $VCDESK_AGENT_DESCRIPTION).</source>
        <translation>Le fichier agent.json du bac à sable (par défaut : $VCDESK_AGENT_DESCRIPTION).</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="53"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="57"/>
        <source>usage: vcdesk sandbox connect | request DEFINITION | status CORRELATION_ID DEFINITION [--description FILE]</source>
        <translation>utilisation : vcdesk sandbox connect | request DÉFINITION | status ID_CORRÉLATION DÉFINITION [--description FICHIER]</translation>
    </message>
    <message>
        <location filename="../cli/SandboxCommand.cpp" line="70"/>
        <source>no sandbox: give --description FILE (scripts/run.sh sets VCDESK_AGENT_DESCRIPTION)</source>
        <translation>aucun bac à sable : indiquez --description FICHIER (scripts/run.sh définit VCDESK_AGENT_DESCRIPTION)</translation>
    </message>
</context>
<context>
    <name>SandboxDescription</name>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="20"/>
        <source>the sandbox description is not usable: %1</source>
        <translation>la description du bac à sable est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="27"/>
        <source>Sandbox issuer</source>
        <translation>Émetteur du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="46"/>
        <source>Sandbox verifier</source>
        <translation>Vérificateur du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="52"/>
        <source>Sandbox issuer (operator)</source>
        <translation>Émetteur du bac à sable (opérateur)</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="53"/>
        <source>Sandbox generation service</source>
        <translation>Service de génération du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="56"/>
        <source>Sandbox hosted wallet</source>
        <translation>Portefeuille hébergé du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="66"/>
        <source>Sandbox member</source>
        <translation>Membre du bac à sable</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="84"/>
        <source>cannot read the sandbox description %1: %2</source>
        <translation>impossible de lire la description du bac à sable %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="87"/>
        <source>larger than %1 KiB</source>
        <translation>taille supérieure à %1 Kio</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="103"/>
        <source>its address is not on this computer</source>
        <translation>son adresse n&apos;est pas sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/receive/SandboxDescription.cpp" line="130"/>
        <source>it names no issuer, holder or connection</source>
        <translation>elle ne désigne aucun émetteur, titulaire ou connexion</translation>
    </message>
</context>
<context>
    <name>ScanReason</name>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="46"/>
        <source>The signature is not right: %1</source>
        <translation>La signature n&apos;est pas correcte : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="49"/>
        <source>Not valid at this time: %1</source>
        <translation>Non valide à l&apos;heure actuelle : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="54"/>
        <source>The issuer has revoked it: %1</source>
        <translation>L&apos;émetteur l&apos;a révoquée : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="57"/>
        <source>The issuer has suspended it: %1</source>
        <translation>L&apos;émetteur l&apos;a suspendue : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="62"/>
        <source>Its status entry is not usable: %1</source>
        <translation>Son entrée de statut est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="67"/>
        <source>The issuer is not on this kiosk&apos;s trust list: %1</source>
        <translation>L&apos;émetteur ne figure pas sur la liste de confiance de cette borne : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="71"/>
        <source>The disclosed claims do not fit the credential: %1</source>
        <translation>Les données divulguées ne correspondent pas à l&apos;attestation : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="74"/>
        <source>It is shown by someone it was not issued to: %1</source>
        <translation>Elle est montrée par quelqu&apos;un à qui elle n&apos;a pas été délivrée : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="75"/>
        <source>%1 failed: %2</source>
        <translation>Échec du contrôle %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="83"/>
        <source>Whether it was revoked cannot be told: no status list fresh enough in the cache, and it cannot be fetched (%1)</source>
        <translation>Impossible de savoir si elle a été révoquée : aucune liste de statuts assez récente en cache, et impossible d&apos;en récupérer une (%1)</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="87"/>
        <source>It cannot be verified here: %1</source>
        <translation>Vérification impossible ici : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScanReason.cpp" line="100"/>
        <source>Nothing in it could be verified.</source>
        <translation>Rien n&apos;a pu y être vérifié.</translation>
    </message>
</context>
<context>
    <name>ScannedCredential</name>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="73"/>
        <source>Shown, not presented: nothing proves this is the holder&apos;s own copy rather than a copy of someone else&apos;s.</source>
        <translation>Montrée, mais pas présentée : rien ne prouve qu&apos;il s&apos;agit de l&apos;exemplaire du titulaire lui-même plutôt que d&apos;une copie de celui de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="84"/>
        <source>This kiosk has no trust list, so it trusts no issuer: add the issuers it accepts to its trust list.</source>
        <translation>Cette borne n&apos;a pas de liste de confiance : elle ne fait donc confiance à aucun émetteur. Ajoutez à sa liste de confiance les émetteurs qu&apos;elle accepte.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="94"/>
        <source>The credential cannot be read: %1</source>
        <translation>Impossible de lire l&apos;attestation : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="106"/>
        <source>The code&apos;s link points into a private network; it is not fetched.</source>
        <translation>Le lien du code pointe vers un réseau privé ; il n&apos;est pas suivi.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="112"/>
        <source>The code links to a credential over plain http, which anyone on the way could change: only https links are fetched.</source>
        <translation>Le code renvoie à une attestation en http simple, que n&apos;importe qui sur le trajet pourrait modifier : seuls les liens https sont suivis.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="114"/>
        <source>The code&apos;s link is not fetched: %1</source>
        <translation>Le lien du code n&apos;est pas suivi : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="125"/>
        <source>The credential behind the code&apos;s link cannot be fetched (HTTP %1).</source>
        <translation>Impossible de récupérer l&apos;attestation derrière le lien du code (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="127"/>
        <source>The credential behind the code&apos;s link cannot be fetched.</source>
        <translation>Impossible de récupérer l&apos;attestation derrière le lien du code.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="134"/>
        <source>The code&apos;s link leads to something else than a credential: %1</source>
        <translation>Le lien du code mène à autre chose qu&apos;une attestation : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="138"/>
        <source>The code&apos;s link leads to another link; only one is followed.</source>
        <translation>Le lien du code mène à un autre lien ; un seul lien est suivi.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="150"/>
        <source>credential %1</source>
        <translation>attestation %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="167"/>
        <source>The presentation carries no credential.</source>
        <translation>La présentation ne contient aucune attestation.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="175"/>
        <source>The presentation holds another presentation; only credentials are accepted inside one.</source>
        <translation>La présentation contient une autre présentation ; seules des attestations y sont acceptées.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="179"/>
        <location filename="../core/kiosk/ScannedCredential.cpp" line="183"/>
        <source>The issuer was not found on this kiosk&apos;s trust list.</source>
        <translation>L&apos;émetteur ne figure pas sur la liste de confiance de cette borne.</translation>
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
        <translation>présentation</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="53"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="60"/>
        <source>The code holds %1 bytes, more than the %2 a credential may have here.</source>
        <translation>Le code contient %1 octets, plus que les %2 autorisés ici pour une attestation.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="65"/>
        <source>The code holds no text.</source>
        <translation>Le code ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="75"/>
        <source>The code holds a link this kiosk cannot use.</source>
        <translation>Le code contient un lien que cette borne ne peut pas utiliser.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="84"/>
        <source>The code is a link for a wallet (such as a presentation request), not a credential: show the kiosk the credential itself.</source>
        <translation>Le code est un lien destiné à un portefeuille (une demande de présentation, par exemple), pas une attestation : montrez à la borne l&apos;attestation elle-même.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="88"/>
        <source>The code holds JSON; this kiosk reads JWT and SD-JWT credentials.</source>
        <translation>Le code contient du JSON ; cette borne lit les attestations JWT et SD-JWT.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="94"/>
        <source>The code looks like an SD-JWT but cannot be read: %1</source>
        <translation>Le code ressemble à un SD-JWT, mais il est illisible : %1</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="103"/>
        <source>The code holds no credential this kiosk can read.</source>
        <translation>Le code ne contient aucune attestation lisible par cette borne.</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ScannedText.cpp" line="108"/>
        <source>The code holds a signed token that is not a credential or a presentation.</source>
        <translation>Le code contient un jeton signé qui n&apos;est ni une attestation ni une présentation.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="29"/>
        <source>more than 8 schemas; refusing the rest</source>
        <translation>plus de 8 schémas ; les suivants sont refusés</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="40"/>
        <source>schema type &quot;%1&quot; is not one vcdesk applies</source>
        <translation>vcdesk n&apos;applique pas le type de schéma «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="44"/>
        <source>cannot get the schema %1: %2</source>
        <translation>impossible d&apos;obtenir le schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="48"/>
        <source>the schema %1 is not JSON: %2</source>
        <translation>le schéma %1 n&apos;est pas du JSON : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="53"/>
        <source>does not conform to %1: %2</source>
        <translation>non conforme à %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="57"/>
        <source>the schema %1 uses %2, which vcdesk does not evaluate</source>
        <translation>le schéma %1 utilise %2, que vcdesk n&apos;évalue pas</translation>
    </message>
    <message>
        <location filename="../core/verify/SchemaCheck.cpp" line="60"/>
        <source>conforms to %1 (%2)</source>
        <translation>conforme à %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <location filename="../core/store/SchemaMigrations.cpp" line="205"/>
        <source>this wallet was written by a newer vcdesk (schema %1; this build knows up to %2); update vcdesk to open it</source>
        <translation>ce portefeuille a été écrit par une version plus récente de vcdesk (schéma %1 ; cette version connaît jusqu&apos;au schéma %2) ; mettez vcdesk à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrations.cpp" line="214"/>
        <source>could not upgrade the wallet to schema %1 (%2): %3; it is unchanged at schema %4</source>
        <translation>impossible de mettre à niveau le portefeuille vers le schéma %1 (%2) : %3 ; il reste inchangé, au schéma %4</translation>
    </message>
</context>
<context>
    <name>SdJwt</name>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="37"/>
        <source>the SD-JWT has %1 bytes, more than the limit of %2</source>
        <translation>le SD-JWT fait %1 octets, au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="53"/>
        <source>an SD-JWT has a &apos;~&apos; after the issuer JWT</source>
        <translation>un SD-JWT comporte un «&#xa0;~&#xa0;» après le JWT de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="56"/>
        <source>the SD-JWT has more than %1 disclosures</source>
        <translation>le SD-JWT comporte plus de %1 divulgations</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="61"/>
        <source>issuer JWT: %1</source>
        <translation>JWT de l&apos;émetteur : %1</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="70"/>
        <source>disclosure %1 is empty</source>
        <translation>la divulgation %1 est vide</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="73"/>
        <source>disclosure %1 appears twice</source>
        <translation>la divulgation %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="78"/>
        <source>disclosure %1: %2</source>
        <translation>divulgation %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="82"/>
        <source>disclosure %1 is not a JSON array</source>
        <translation>la divulgation %1 n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="93"/>
        <source>disclosure %1 uses the reserved name &quot;%2&quot;</source>
        <translation>la divulgation %1 utilise le nom réservé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="100"/>
        <source>disclosure %1 is not [salt, name, value] or [salt, value]</source>
        <translation>la divulgation %1 n&apos;est ni [salt, name, value] ni [salt, value]</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="109"/>
        <source>key-binding JWT: %1</source>
        <translation>JWT de liaison de clé : %1</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="120"/>
        <source>&quot;_sd_alg&quot; must name the digest algorithm in a string</source>
        <translation>«&#xa0;_sd_alg&#xa0;» doit nommer l&apos;algorithme de condensé dans une chaîne</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="125"/>
        <source>disclosure digests use &quot;%1&quot;; vcdesk supports sha-256</source>
        <translation>les condensés des divulgations utilisent «&#xa0;%1&#xa0;» ; vcdesk prend en charge sha-256</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="140"/>
        <source>disclosure &quot;%1&quot; is not referenced by the issuer&apos;s digests (changed or foreign)</source>
        <translation>la divulgation «&#xa0;%1&#xa0;» n&apos;est référencée par aucun condensé de l&apos;émetteur (modifiée ou étrangère)</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="142"/>
        <source>array element</source>
        <translation>élément de tableau</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="155"/>
        <source>disclosures nest too deeply</source>
        <translation>les divulgations sont imbriquées trop profondément</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="164"/>
        <source>a disclosure digest is used twice</source>
        <translation>un condensé de divulgation est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="180"/>
        <source>&quot;_sd&quot; must be an array of digests</source>
        <translation>«&#xa0;_sd&#xa0;» doit être un tableau de condensés</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="186"/>
        <source>&quot;_sd&quot; holds something that is not a digest</source>
        <translation>«&#xa0;_sd&#xa0;» contient autre chose qu&apos;un condensé</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="196"/>
        <source>an array-element disclosure is referenced from an object</source>
        <translation>une divulgation d&apos;élément de tableau est référencée depuis un objet</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="202"/>
        <source>disclosed claim &quot;%1&quot; already exists</source>
        <translation>la donnée divulguée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="220"/>
        <source>an array element&apos;s &quot;...&quot; is not a digest</source>
        <translation>le «&#xa0;...&#xa0;» d&apos;un élément de tableau n&apos;est pas un condensé</translation>
    </message>
    <message>
        <location filename="../core/jose/SdJwt.cpp" line="230"/>
        <source>an object-member disclosure is referenced from an array</source>
        <translation>une divulgation de membre d&apos;objet est référencée depuis un tableau</translation>
    </message>
</context>
<context>
    <name>SealedRecord</name>
    <message>
        <location filename="../core/store/SealedRecord.cpp" line="102"/>
        <source>a sealed %1 record has a bad field name</source>
        <translation>un enregistrement %1 scellé a un nom de champ incorrect</translation>
    </message>
    <message>
        <location filename="../core/store/SealedRecord.cpp" line="165"/>
        <source>a sealed %1 record (%2) is damaged</source>
        <translation>un enregistrement %1 scellé (%2) est endommagé</translation>
    </message>
</context>
<context>
    <name>SealingMigration</name>
    <message>
        <location filename="../core/store/SealingMigration.cpp" line="82"/>
        <source>could not seal the wallet&apos;s records (schema 2): %1; it is unchanged</source>
        <translation>impossible de sceller les enregistrements du portefeuille (schéma 2) : %1 ; il reste inchangé</translation>
    </message>
</context>
<context>
    <name>ServiceSentence</name>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="16"/>
        <source>Stopped waiting for %1. It may still have done it: the records show what it did.</source>
        <translation>Attente de %1 interrompue. L&apos;opération a peut-être quand même abouti : les enregistrements indiquent ce qui a été fait.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="20"/>
        <source>%1 could not generate it (verifiableCredentialGenerationFailed): %2.</source>
        <translation>%1 n&apos;a pas pu la générer (verifiableCredentialGenerationFailed) : %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="23"/>
        <source>%1 refused the account&apos;s key (401): %2. Check the account in Wallet ▸ Accounts.</source>
        <translation>%1 a refusé la clé du compte (401) : %2. Vérifiez le compte dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="27"/>
        <source>%1 does not let this account do that (403): %2.</source>
        <translation>%1 n&apos;autorise pas ce compte à effectuer cette opération (403) : %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="29"/>
        <source>%1 does not know it (404): %2.</source>
        <translation>%1 ne trouve pas l&apos;élément demandé (404) : %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="31"/>
        <source>%1 cannot be reached: %2. Is it running?</source>
        <translation>%1 est injoignable : %2. Le service est-il lancé ?</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="33"/>
        <source>%1 did not answer in time: %2. It may still do it: refresh to see.</source>
        <translation>%1 n&apos;a pas répondu à temps : %2. L&apos;opération peut encore aboutir : actualisez pour le savoir.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="37"/>
        <source>%1 refused: it is not in a state for that (409): %2.</source>
        <translation>%1 a refusé : son état actuel ne le permet pas (409) : %2.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="39"/>
        <source>%1 refused it as too large (413). Send less.</source>
        <translation>%1 a refusé la demande, trop volumineuse (413). Envoyez moins de données.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="41"/>
        <source>%1 failed (HTTP %2): %3. Nothing was done here; try again later.</source>
        <translation>%1 a échoué (HTTP %2) : %3. Rien n&apos;a été fait ici ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="45"/>
        <source>%1 refused it (HTTP %2): %3.</source>
        <translation>%1 a refusé la demande (HTTP %2) : %3.</translation>
    </message>
    <message>
        <location filename="../models/ServiceSentence.cpp" line="47"/>
        <source>%1: %2 [%3].</source>
        <translation>%1 : %2 [%3].</translation>
    </message>
</context>
<context>
    <name>ServiceThread</name>
    <message>
        <location filename="../core/common/ServiceThread.cpp" line="69"/>
        <source>this needs a running application, and cannot be waited for on the thread that must do it</source>
        <translation>cette opération nécessite une application en cours d&apos;exécution et ne peut pas être attendue sur le thread qui doit l&apos;exécuter</translation>
    </message>
</context>
<context>
    <name>ShownClaims</name>
    <message>
        <location filename="../core/kiosk/ShownClaims.cpp" line="27"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/kiosk/ShownClaims.cpp" line="27"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SignerResolver</name>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="48"/>
        <source>the token only carries or points to its own key (jwk/jku/x5c/x5u header), which proves nothing on its own; give a trusted key or use a DID</source>
        <translation>le jeton ne fait que contenir ou désigner sa propre clé (en-tête jwk/jku/x5c/x5u), ce qui ne prouve rien en soi ; fournissez une clé de confiance ou utilisez un DID</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="51"/>
        <source>the token names no DID (kid or iss) to take the key from, and no key was given</source>
        <translation>le jeton ne désigne aucun DID (kid ou iss) d&apos;où tirer la clé, et aucune clé n&apos;a été fournie</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="69"/>
        <source>the DID document of %1 has no key &quot;%2&quot;</source>
        <translation>le document DID de %1 n&apos;a pas de clé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="73"/>
        <source>key %1 cannot be used: %2</source>
        <translation>la clé %1 est inutilisable : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/SignerResolver.cpp" line="84"/>
        <source>the DID document of %1 has no usable signature key</source>
        <translation>le document DID de %1 n&apos;a aucune clé de signature utilisable</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="13"/>
        <source>the wallet is busy with another writer; try again</source>
        <translation>le portefeuille est occupé par une autre écriture ; réessayez</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="16"/>
        <source>the disk is full; nothing was changed</source>
        <translation>le disque est plein ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="18"/>
        <source>wallet database error: %1</source>
        <translation>erreur de la base de données du portefeuille : %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqlTransaction.cpp" line="62"/>
        <source>no transaction to commit</source>
        <translation>aucune transaction à valider</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="20"/>
        <source>not an SQLite connection</source>
        <translation>ce n&apos;est pas une connexion SQLite</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="27"/>
        <location filename="../core/store/SqliteStatement.cpp" line="37"/>
        <source>wallet database error: %1</source>
        <translation>erreur de la base de données du portefeuille : %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="95"/>
        <source>a stored value has an unknown type</source>
        <translation>une valeur enregistrée est d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteStatement.cpp" line="120"/>
        <source>the statement returned rows</source>
        <translation>l&apos;instruction a renvoyé des lignes</translation>
    </message>
</context>
<context>
    <name>StatusListCheck</name>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="76"/>
        <source>the credential&apos;s credentialStatus lists no entry, so its status cannot be checked</source>
        <translation>le credentialStatus de l&apos;attestation ne liste aucune entrée : son statut ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="86"/>
        <source>the SD-JWT VC&apos;s status is not one object its issuer signed in full: a holder could withhold parts of it</source>
        <translation>le statut de la SD-JWT VC n&apos;est pas un objet unique entièrement signé par son émetteur : un titulaire pourrait en retenir des parties</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="106"/>
        <source>more than 8 status entries; refusing the rest</source>
        <translation>plus de 8 entrées de statut ; les suivantes sont refusées</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="126"/>
        <source>the status names no mechanism vcdesk checks (%1)</source>
        <translation>le statut ne nomme aucun mécanisme que vcdesk vérifie (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="130"/>
        <source>status type &quot;%1&quot; is not one vcdesk checks</source>
        <translation>vcdesk ne vérifie pas le type de statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="134"/>
        <source>the %1 entry lacks a list URL or a valid index</source>
        <translation>l&apos;entrée %1 n&apos;a pas d&apos;URL de liste ou d&apos;index valide</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="150"/>
        <source>cannot get a current status list: %1</source>
        <translation>impossible d&apos;obtenir une liste de statuts à jour : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="158"/>
        <source>the status list is unreadable: %1</source>
        <translation>la liste de statuts est illisible : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="169"/>
        <source>the status list has expired (%1)</source>
        <translation>la liste de statuts a expiré (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="170"/>
        <source>the status list credential is %1</source>
        <translation>l&apos;attestation de liste de statuts n&apos;est pas valide (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="176"/>
        <source>the cached status list expired at %1 and no current one could be fetched</source>
        <translation>la liste de statuts en cache a expiré le %1 et aucune liste à jour n&apos;a pu être récupérée</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="180"/>
        <source>the status list is issued by %1, not by the credential&apos;s issuer</source>
        <translation>la liste de statuts est émise par %1, et non par l&apos;émetteur de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="186"/>
        <source>the entry&apos;s purpose &quot;%1&quot; differs from the list&apos;s &quot;%2&quot;</source>
        <translation>la finalité «&#xa0;%1&#xa0;» de l&apos;entrée diffère de celle de la liste, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="199"/>
        <source>revoked (index %1 of the list, %2)</source>
        <translation>révoquée (index %1 de la liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="200"/>
        <source>suspended (index %1 of the list, %2)</source>
        <translation>suspendue (index %1 de la liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="203"/>
        <source>status bit set for purpose &quot;%1&quot;</source>
        <translation>bit de statut activé pour la finalité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="207"/>
        <source>not %1 (index %2, list %3)</source>
        <translation>non %1 (index %2, liste %3)</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="208"/>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="208"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="216"/>
        <source>the status list has no encodedList</source>
        <translation>la liste de statuts n&apos;a pas d&apos;encodedList</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="228"/>
        <source>the status list&apos;s encodedList is not base64</source>
        <translation>l&apos;encodedList de la liste de statuts n&apos;est pas en base64</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="234"/>
        <source>the status list cannot be decompressed: %1</source>
        <translation>impossible de décompresser la liste de statuts : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/StatusListCheck.cpp" line="238"/>
        <source>index %1 lies beyond the list&apos;s %2 entries</source>
        <translation>l&apos;index %1 dépasse les %2 entrées de la liste</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="33"/>
        <source>unexpected data after the JSON value</source>
        <translation>données inattendues après la valeur JSON</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="43"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="65"/>
        <source>unknown literal</source>
        <translation>littéral inconnu</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="72"/>
        <source>unexpected end of input</source>
        <translation>fin inattendue des données</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="102"/>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="123"/>
        <source>expected a member name</source>
        <translation>nom de membre attendu</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="131"/>
        <source>member &quot;%1&quot; appears more than once</source>
        <translation>le membre «&#xa0;%1&#xa0;» apparaît plusieurs fois</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="136"/>
        <source>object has more than %1 members</source>
        <translation>l&apos;objet compte plus de %1 membres</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="141"/>
        <source>expected &apos;:&apos;</source>
        <translation>«&#xa0;:&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="152"/>
        <source>unterminated object</source>
        <translation>objet non terminé</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="164"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="186"/>
        <source>array has more than %1 elements</source>
        <translation>le tableau compte plus de %1 éléments</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="192"/>
        <source>unterminated array</source>
        <translation>tableau non terminé</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="204"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="212"/>
        <source>truncated \u escape</source>
        <translation>échappement \u tronqué</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="219"/>
        <source>invalid \u escape</source>
        <translation>échappement \u non valide</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="246"/>
        <location filename="../core/codec/StrictJsonParser.cpp" line="256"/>
        <location filename="../core/codec/StrictJsonParser.cpp" line="262"/>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="250"/>
        <source>truncated UTF-8 sequence</source>
        <translation>séquence UTF-8 tronquée</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="275"/>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="284"/>
        <source>control character in string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="296"/>
        <source>unterminated escape</source>
        <translation>échappement non terminé</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="331"/>
        <source>lone low surrogate</source>
        <translation>demi-codet bas (low surrogate) isolé</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="338"/>
        <location filename="../core/codec/StrictJsonParser.cpp" line="345"/>
        <source>lone high surrogate</source>
        <translation>demi-codet haut (high surrogate) isolé</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="354"/>
        <source>invalid escape</source>
        <translation>échappement non valide</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="382"/>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="388"/>
        <source>leading zero in number</source>
        <translation>zéro non significatif dans un nombre</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="399"/>
        <source>digit expected after &apos;.&apos;</source>
        <translation>chiffre attendu après «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="411"/>
        <source>digit expected in exponent</source>
        <translation>chiffre attendu dans l&apos;exposant</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="428"/>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJsonParser.cpp" line="436"/>
        <source>the number %1 cannot be represented exactly (more precision than a double)</source>
        <translation>le nombre %1 ne peut pas être représenté exactement (précision supérieure à celle d&apos;un double)</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="12"/>
        <location filename="../core/codec/StrictJson.cpp" line="24"/>
        <source>JSON text of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>le texte JSON de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <location filename="../core/codec/StrictJson.cpp" line="36"/>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="27"/>
        <source>the token answer is not a JSON object: %1</source>
        <translation>la réponse de jeton n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="28"/>
        <source>token answer</source>
        <translation>réponse de jeton</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="37"/>
        <source>the token answer has no usable access_token</source>
        <translation>la réponse de jeton n&apos;a pas d&apos;access_token utilisable</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="50"/>
        <source>the token is bound to a DPoP key the wallet never sent</source>
        <translation>le jeton est lié à une clé DPoP que le portefeuille n&apos;a jamais envoyée</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="54"/>
        <source>the token type &quot;%1&quot; is neither Bearer nor DPoP</source>
        <translation>le type de jeton «&#xa0;%1&#xa0;» n&apos;est ni Bearer ni DPoP</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="59"/>
        <source>token answer: authorization_details</source>
        <translation>réponse de jeton : authorization_details</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="125"/>
        <source>the token request failed: %1</source>
        <translation>la demande de jeton a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="136"/>
        <source>the token request</source>
        <translation>la demande de jeton</translation>
    </message>
    <message>
        <location filename="../core/oid4vci/TokenClient.cpp" line="139"/>
        <source>the authorization server kept asking for a new DPoP nonce</source>
        <translation>le serveur d&apos;autorisation a demandé un nouveau nonce DPoP à plusieurs reprises</translation>
    </message>
</context>
<context>
    <name>TokenStatusListCheck</name>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="90"/>
        <source>the status_list reference needs a non-negative integer &quot;idx&quot; and a &quot;uri&quot;</source>
        <translation>la référence status_list exige un entier non négatif « idx » et une « uri »</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="97"/>
        <source>cannot get a current token status list: %1</source>
        <translation>impossible d&apos;obtenir une liste de statuts de jetons à jour : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="110"/>
        <source>the token status list at %1 is not a compact JWS: %2</source>
        <translation>la liste de statuts de jetons à %1 n&apos;est pas un JWS compact : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="114"/>
        <source>the token status list is typed &quot;%1&quot;, not &quot;statuslist+jwt&quot;</source>
        <translation>la liste de statuts de jetons est de type « %1 », et non « statuslist+jwt »</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="120"/>
        <source>the token status list&apos;s claims are unreadable: %1</source>
        <translation>les revendications de la liste de statuts de jetons sont illisibles : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="128"/>
        <source>the token status list is issued by %1, not by the credential&apos;s issuer</source>
        <translation>la liste de statuts de jetons est émise par %1, et non par l&apos;émetteur de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="153"/>
        <source>the token status list is not valid (%1)</source>
        <translation>la liste de statuts de jetons n&apos;est pas valide (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="158"/>
        <source>the token status list names itself &quot;%1&quot;, not the %2 the credential points to</source>
        <translation>la liste de statuts de jetons se nomme « %1 », et non %2 que désigne l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="162"/>
        <source>the token status list has no &quot;iat&quot;</source>
        <translation>la liste de statuts de jetons n&apos;a pas de « iat »</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="166"/>
        <source>the token status list&apos;s &quot;ttl&quot; is not a positive number</source>
        <translation>le « ttl » de la liste de statuts de jetons n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="180"/>
        <source>the token status list has expired and no current one could be fetched (%1)</source>
        <translation>la liste de statuts de jetons a expiré et aucune liste à jour n&apos;a pu être obtenue (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="183"/>
        <source>the token status list outlived its ttl of %1 s and no current one could be fetched (%2)</source>
        <translation>la liste de statuts de jetons a dépassé son ttl de %1 s et aucune liste à jour n&apos;a pu être obtenue (%2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="199"/>
        <source>the token status list has no &quot;status_list&quot; with &quot;bits&quot; and &quot;lst&quot;</source>
        <translation>la liste de statuts de jetons n&apos;a pas de « status_list » avec « bits » et « lst »</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="220"/>
        <source>valid: not revoked or suspended (index %1, list %2)</source>
        <translation>valide : ni révoquée ni suspendue (index %1, liste %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="212"/>
        <source>revoked (index %1 of the list, %2)</source>
        <translation>révoquée (index %1 de la liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="224"/>
        <source>suspended (index %1 of the list, %2)</source>
        <translation>suspendue (index %1 de la liste, %2)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="232"/>
        <source>the list gives index %1 the application-specific status 0x%2, which vcdesk cannot interpret</source>
        <translation>la liste donne à l&apos;index %1 le statut propre à une application 0x%2, que vcdesk ne sait pas interpréter</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="234"/>
        <source>the list gives index %1 the status 0x%2, which no specification defines yet</source>
        <translation>la liste donne à l&apos;index %1 le statut 0x%2, qu&apos;aucune spécification ne définit encore</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="204"/>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="244"/>
        <source>the token status list&apos;s &quot;bits&quot; is %1, not 1, 2, 4 or 8</source>
        <translation>le « bits » de la liste de statuts de jetons vaut %1, et non 1, 2, 4 ou 8</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="189"/>
        <source>the token status list has expired (%1)</source>
        <translation>la liste de statuts de jetons a expiré (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="190"/>
        <source>the token status list outlived its ttl of %1 s</source>
        <translation>la liste de statuts de jetons a dépassé son ttl de %1 s</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="248"/>
        <source>the token status list&apos;s &quot;lst&quot; is not base64url</source>
        <translation>le « lst » de la liste de statuts de jetons n&apos;est pas en base64url</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="251"/>
        <source>the token status list&apos;s &quot;lst&quot; is not a zlib stream</source>
        <translation>le « lst » de la liste de statuts de jetons n&apos;est pas un flux zlib</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="256"/>
        <source>the token status list cannot be decompressed: %1</source>
        <translation>la liste de statuts de jetons ne peut pas être décompressée : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TokenStatusListCheck.cpp" line="260"/>
        <source>index %1 lies beyond the list&apos;s %2 entries</source>
        <translation>l&apos;index %1 dépasse les %2 entrées de la liste</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="17"/>
        <source>Manage the issuers you trust.</source>
        <translation>Gérer les émetteurs auxquels vous faites confiance.</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="19"/>
        <source>The issuer&apos;s name (for add).</source>
        <translation>Le nom de l&apos;émetteur (pour add).</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="20"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="21"/>
        <source>The trust list file.</source>
        <translation>Le fichier de la liste de confiance.</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="22"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="23"/>
        <source>Print JSON (for list).</source>
        <translation>Afficher en JSON (pour list).</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="25"/>
        <source>add, remove or list</source>
        <translation>add, remove ou list</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="27"/>
        <source>A DID, or a pattern such as did:web:example.com*</source>
        <translation>Un DID, ou un motif tel que did:web:example.com*</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="37"/>
        <source>usage: vcdesk trust add PATTERN --name NAME | remove PATTERN | list [--json]</source>
        <translation>utilisation : vcdesk trust add MOTIF --name NOM | remove MOTIF | list [--json]</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="44"/>
        <location filename="../cli/TrustCommand.cpp" line="66"/>
        <location filename="../cli/TrustCommand.cpp" line="75"/>
        <source>vcdesk trust: %1</source>
        <translation>vcdesk trust : %1</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="56"/>
        <source>The trust list is empty (%1).</source>
        <translation>La liste de confiance est vide (%1).</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="70"/>
        <source>vcdesk trust: %1 is not on the trust list</source>
        <translation>vcdesk trust : %1 ne figure pas sur la liste de confiance</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="79"/>
        <source>Trusted %1 as &quot;%2&quot;.</source>
        <translation>%1 est désormais de confiance, sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/TrustCommand.cpp" line="80"/>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
</context>
<context>
    <name>TrustList</name>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="29"/>
        <source>the trust list %1 does not exist (or is not a file)</source>
        <translation>la liste de confiance %1 n&apos;existe pas (ou n&apos;est pas un fichier)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="41"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="47"/>
        <source>the trust list %1 is damaged; fix or remove it (nothing was changed)</source>
        <translation>la liste de confiance %1 est endommagée ; corrigez-la ou supprimez-la (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="57"/>
        <source>the trust list %1 has a bad entry: %2</source>
        <translation>la liste de confiance %1 contient une entrée incorrecte : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="74"/>
        <location filename="../core/verify/TrustList.cpp" line="78"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="92"/>
        <source>&quot;%1&quot; is neither a DID nor a DID pattern such as did:web:example.com*</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un DID ni un motif de DID tel que did:web:example.com*</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="100"/>
        <source>&quot;%1&quot; would trust every %2 DID, and anyone can make one; name the issuers, or a domain such as did:web:example.com*</source>
        <translation>« %1 » ferait confiance à toute DID %2, et n’importe qui peut en créer une ; nommez les émetteurs, ou un domaine comme did:web:example.com*</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustList.cpp" line="104"/>
        <source>give the issuer a name</source>
        <translation>donnez un nom à l&apos;émetteur</translation>
    </message>
</context>
<context>
    <name>TrustListImport</name>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="51"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="54"/>
        <source>%1 is larger than a trust list may be (%2 KiB)</source>
        <translation>%1 dépasse la taille maximale d&apos;une liste de confiance (%2 Kio)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="69"/>
        <source>the file is larger than a trust list may be (%1 KiB)</source>
        <translation>le fichier dépasse la taille maximale d&apos;une liste de confiance (%1 Kio)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="71"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="80"/>
        <source>the file is not valid JSON: %1</source>
        <translation>le fichier n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="85"/>
        <source>the file is not a vcdesk trust list: it must be an object with one member, &quot;issuers&quot;, a list</source>
        <translation>le fichier n&apos;est pas une liste de confiance vcdesk : ce doit être un objet avec un seul membre, «&#xa0;issuers&#xa0;», qui est une liste</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="90"/>
        <source>the file has %1 entries; a trust list holds at most %2</source>
        <translation>le fichier contient %1 entrées ; une liste de confiance en contient au plus %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="104"/>
        <source>entry %1 is not an object with the strings &quot;pattern&quot;, &quot;name&quot; and &quot;added&quot; (and nothing else)</source>
        <translation>l&apos;entrée %1 n&apos;est pas un objet avec les chaînes «&#xa0;pattern&#xa0;», «&#xa0;name&#xa0;» et «&#xa0;added&#xa0;» (et rien d&apos;autre)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="116"/>
        <source>entry %1: %2</source>
        <translation>entrée %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="119"/>
        <source>entry %1: %2 is listed twice</source>
        <translation>entrée %1 : %2 figure deux fois</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="123"/>
        <source>entry %1 has no name</source>
        <translation>l&apos;entrée %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="126"/>
        <source>entry %1: the name is longer than %2 characters</source>
        <translation>entrée %1 : le nom dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="131"/>
        <source>entry %1: the name holds control characters (a line break, a tab or an escape)</source>
        <translation>entrée %1 : le nom contient des caractères de contrôle (saut de ligne, tabulation ou échappement)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="139"/>
        <source>entry %1: &quot;added&quot; is not a date and time (ISO 8601)</source>
        <translation>entrée %1 : «&#xa0;added&#xa0;» n&apos;est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../core/verify/TrustListImport.cpp" line="164"/>
        <source>with these entries the trust list would hold %1; it holds at most %2</source>
        <translation>avec ces entrées, la liste de confiance en contiendrait %1 ; elle en contient au plus %2</translation>
    </message>
</context>
<context>
    <name>ValidationComparison</name>
    <message>
        <location filename="../models/ValidationComparison.cpp" line="28"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparison.cpp" line="28"/>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
</context>
<context>
    <name>ValidityCheck</name>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="55"/>
        <source>expired at %1</source>
        <translation>a expiré le %1</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="60"/>
        <source>not valid before %1</source>
        <translation>non valide avant le %1</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="65"/>
        <source>issued in the future (%1)</source>
        <translation>date d&apos;émission dans le futur (%1)</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="71"/>
        <source>valid at %1 until %2</source>
        <translation>valide le %1, jusqu&apos;au %2</translation>
    </message>
    <message>
        <location filename="../core/verify/ValidityCheck.cpp" line="72"/>
        <source>valid at %1 with no expiry</source>
        <translation>valide le %1, sans date d&apos;expiration</translation>
    </message>
</context>
<context>
    <name>ValueExpansion</name>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="35"/>
        <source>@type with @language</source>
        <translation>@type avec @language</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="44"/>
        <source>not a string</source>
        <translation>ce n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="51"/>
        <source>@type is not an IRI</source>
        <translation>@type n&apos;est pas un IRI</translation>
    </message>
    <message>
        <location filename="../core/jsonld/ValueExpansion.cpp" line="58"/>
        <source>extra entries</source>
        <translation>entrées en trop</translation>
    </message>
</context>
<context>
    <name>Varint</name>
    <message>
        <location filename="../core/codec/Varint.cpp" line="10"/>
        <source>varint is truncated</source>
        <translation>varint tronqué</translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="13"/>
        <source>varint does not fit in 64 bits</source>
        <translation>le varint ne tient pas sur 64 bits</translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="18"/>
        <source>varint is not minimally encoded</source>
        <translation>le varint n&apos;est pas encodé de façon minimale</translation>
    </message>
    <message>
        <location filename="../core/codec/Varint.cpp" line="22"/>
        <source>varint is longer than 10 bytes</source>
        <translation>le varint dépasse 10 octets</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="9"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="11"/>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="13"/>
        <source>Cannot be verified</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="17"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="24"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="26"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="42"/>
        <source>Every check passed.</source>
        <translation>Tous les contrôles ont réussi.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="44"/>
        <source>At least one check failed: do not rely on it.</source>
        <translation>Au moins un contrôle a échoué : ne vous y fiez pas.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="46"/>
        <source>Something could not be checked, so it is not valid: do not rely on it.</source>
        <translation>Certains points n&apos;ont pas pu être vérifiés, ce n&apos;est donc pas valide : ne vous y fiez pas.</translation>
    </message>
    <message>
        <location filename="../core/verify/VerdictText.cpp" line="50"/>
        <source>It has not been checked: do not rely on it until it is.</source>
        <translation>Rien n&apos;a encore été vérifié : ne vous y fiez pas tant que ce n&apos;est pas fait.</translation>
    </message>
</context>
<context>
    <name>VerificationLog</name>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="53"/>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>résultat inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="56"/>
        <source>a log entry field is too long</source>
        <translation>un champ d&apos;entrée de journal est trop long</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="147"/>
        <source>log entry</source>
        <translation>entrée de journal</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="161"/>
        <source>log entry %1 is damaged</source>
        <translation>l&apos;entrée de journal %1 est endommagée</translation>
    </message>
    <message>
        <location filename="../core/store/VerificationLog.cpp" line="179"/>
        <source>the log is kept for 1 to 3650 days</source>
        <translation>le journal est conservé de 1 à 3650 jours</translation>
    </message>
</context>
<context>
    <name>VerifierApiClient</name>
    <message>
        <location filename="../core/api/VerifierApiClient.cpp" line="39"/>
        <source>the verifier&apos;s auth request lacks correlationId or authRequestURI</source>
        <translation>la demande d&apos;autorisation du vérificateur n&apos;a pas de correlationId ou d&apos;authRequestURI</translation>
    </message>
    <message>
        <location filename="../core/api/VerifierApiClient.cpp" line="58"/>
        <source>the verifier&apos;s token endpoint gave no usable access_token</source>
        <translation>le point de terminaison de jeton du vérificateur n&apos;a fourni aucun access_token utilisable</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <location filename="../core/store/Wallet.cpp" line="73"/>
        <source>the wallet needs a passphrase</source>
        <translation>le portefeuille nécessite une phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="119"/>
        <source>%1 is not a vcdesk wallet (it has no wallet key)</source>
        <translation>%1 n&apos;est pas un portefeuille vcdesk (il n&apos;a pas de clé de portefeuille)</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="134"/>
        <source>no wallet key</source>
        <translation>aucune clé de portefeuille</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="140"/>
        <source>this wallet must be unlocked once with its passphrase (to seal its records) before the remembered key can open it</source>
        <translation>ce portefeuille doit être déverrouillé une fois avec sa phrase secrète (pour sceller ses enregistrements) avant que la clé mémorisée puisse l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="146"/>
        <source>the remembered key does not open this wallet; unlock it with the passphrase</source>
        <translation>la clé mémorisée n&apos;ouvre pas ce portefeuille ; déverrouillez-le avec la phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="160"/>
        <source>the wallet must be sealed once (schema %1); open it for writing</source>
        <translation>le portefeuille doit être scellé une fois (schéma %1) ; ouvrez-le en écriture</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="194"/>
        <source>the wallet has no identity</source>
        <translation>le portefeuille n&apos;a pas d&apos;identité</translation>
    </message>
    <message>
        <location filename="../core/store/Wallet.cpp" line="214"/>
        <source>the new passphrase is empty</source>
        <translation>la nouvelle phrase secrète est vide</translation>
    </message>
</context>
<context>
    <name>WalletBackup</name>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="65"/>
        <source>the backup needs a passphrase</source>
        <translation>la sauvegarde nécessite une phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="69"/>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="74"/>
        <location filename="../core/store/WalletBackup.cpp" line="149"/>
        <source>cannot write next to %1</source>
        <translation>impossible d&apos;écrire dans le dossier de %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="99"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="108"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="123"/>
        <source>the restored wallet needs a passphrase</source>
        <translation>le portefeuille restauré nécessite une phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="126"/>
        <source>%1 already exists; restore into a new file</source>
        <translation>%1 existe déjà ; restaurez dans un nouveau fichier</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="130"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="137"/>
        <source>this backup format or version is not supported</source>
        <translation>ce format ou cette version de sauvegarde n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="166"/>
        <source>the backup&apos;s manifest is damaged</source>
        <translation>le manifeste de la sauvegarde est endommagé</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="176"/>
        <source>the wallet in the backup is damaged</source>
        <translation>le portefeuille contenu dans la sauvegarde est endommagé</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="181"/>
        <source>the backup&apos;s wallet key does not open its records: %1</source>
        <translation>la clé de portefeuille de la sauvegarde n&apos;ouvre pas ses enregistrements : %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="193"/>
        <source>the backup&apos;s wallet key does not open its keys</source>
        <translation>la clé de portefeuille de la sauvegarde n&apos;ouvre pas ses clés</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="207"/>
        <source>the restored wallet did not close cleanly</source>
        <translation>le portefeuille restauré ne s&apos;est pas fermé correctement</translation>
    </message>
    <message>
        <location filename="../core/store/WalletBackup.cpp" line="210"/>
        <source>cannot move the restored wallet to %1</source>
        <translation>impossible de déplacer le portefeuille restauré vers %1</translation>
    </message>
</context>
<context>
    <name>WalletCli</name>
    <message>
        <location filename="../cli/WalletCli.cpp" line="77"/>
        <source>The wallet file (default: %1).</source>
        <translation>Le fichier du portefeuille (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="77"/>
        <location filename="../cli/WalletCli.cpp" line="80"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="79"/>
        <source>Read the wallet passphrase from FILE (default: standard input).</source>
        <translation>Lire la phrase secrète du portefeuille dans FICHIER (par défaut : l&apos;entrée standard).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="81"/>
        <source>The wallet profile (default: the first one).</source>
        <translation>Le profil du portefeuille (par défaut : le premier).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="82"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="83"/>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="85"/>
        <source>How long deriving a key from a new passphrase may take (default 500).</source>
        <translation>Durée maximale, en millisecondes, de la dérivation d&apos;une clé à partir d&apos;une nouvelle phrase secrète (500 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="86"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="87"/>
        <source>Unlock with the key the system keychain remembers (see &quot;vcdesk wallet keychain remember&quot;).</source>
        <translation>Déverrouiller avec la clé mémorisée par le trousseau du système (voir «&#xa0;vcdesk wallet keychain remember&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="139"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="144"/>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="148"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="156"/>
        <source>Wallet passphrase: </source>
        <translation>Phrase secrète du portefeuille : </translation>
    </message>
    <message>
        <location filename="../cli/WalletCli.cpp" line="159"/>
        <source>no passphrase: give --passphrase-file FILE or type it on standard input</source>
        <translation>aucune phrase secrète : indiquez --passphrase-file FICHIER ou saisissez-la sur l&apos;entrée standard</translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="87"/>
        <source>usage: vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|keychain|backup|restore [--wallet FILE] [--passphrase-file FILE] [--json] ...
       vcdesk wallet ACTION --help for the options of one action</source>
        <translation>utilisation : vcdesk wallet create|list|import|export|delete|keys|profiles|passphrase|keychain|backup|restore [--wallet FICHIER] [--passphrase-file FICHIER] [--json] ...
              vcdesk wallet ACTION --help pour les options d&apos;une action</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="99"/>
        <source>ES256 (default), ES256K or EdDSA.</source>
        <translation>ES256 (par défaut), ES256K ou EdDSA.</translation>
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
        <translation>key (par défaut) ou jwk.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="102"/>
        <location filename="../cli/WalletCommand.cpp" line="303"/>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="105"/>
        <source>usage: vcdesk wallet create [--wallet FILE] [--profile NAME] [--key-type ES256|ES256K|EdDSA] [--did-method key|jwk]</source>
        <translation>utilisation : vcdesk wallet create [--wallet FICHIER] [--profile NOM] [--key-type ES256|ES256K|EdDSA] [--did-method key|jwk]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="111"/>
        <location filename="../cli/WalletCommand.cpp" line="323"/>
        <source>unknown key type or DID method</source>
        <translation>type de clé ou méthode DID inconnus</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="112"/>
        <source>New wallet passphrase: </source>
        <translation>Nouvelle phrase secrète du portefeuille : </translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="131"/>
        <source>Created the wallet %1 with the profile &quot;%2&quot;.</source>
        <translation>Portefeuille %1 créé avec le profil «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="134"/>
        <source>Your DID: %1</source>
        <translation>Votre DID : %1</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="143"/>
        <source>Only this credential type.</source>
        <translation>Uniquement ce type d&apos;attestation.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="144"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="145"/>
        <source>Only this issuer.</source>
        <translation>Uniquement cet émetteur.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="145"/>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="147"/>
        <source>Text in the title, types, issuer, subject or tags.</source>
        <translation>Texte présent dans le titre, les types, l&apos;émetteur, le sujet ou les étiquettes.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="148"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="149"/>
        <source>Only with this tag.</source>
        <translation>Uniquement avec cette étiquette.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="149"/>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="151"/>
        <source>added (default), issued, expires, title or issuer.</source>
        <translation>added (par défaut), issued, expires, title ou issuer.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="152"/>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="153"/>
        <source>Oldest or A first.</source>
        <translation>Ordre croissant : les plus anciennes, ou A, en premier.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="154"/>
        <source>At most N (default 100).</source>
        <translation>Au plus N (100 par défaut).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="154"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="159"/>
        <source>usage: vcdesk wallet list [--type T] [--issuer DID] [--search TEXT] [--tag TAG] [--sort added|issued|expires|title|issuer] [--asc] [--limit N]</source>
        <translation>utilisation : vcdesk wallet list [--type T] [--issuer DID] [--search TEXTE] [--tag ÉTIQUETTE] [--sort added|issued|expires|title|issuer] [--asc] [--limit N]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="170"/>
        <source>unknown sort key or a bad --limit</source>
        <translation>clé de tri inconnue ou --limit incorrect</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="204"/>
        <source>No credentials.</source>
        <translation>Aucune attestation.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="215"/>
        <source>no expiry</source>
        <translation>pas d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="222"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="235"/>
        <source>Write to FILE (owner-only) instead of standard output.</source>
        <translation>Écrire dans FICHIER (accessible à son seul propriétaire) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="236"/>
        <location filename="../cli/WalletCommand.cpp" line="429"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="238"/>
        <source>Replace FILE if it exists (never through a link).</source>
        <translation>Remplacer FICHIER s&apos;il existe (jamais à travers un lien).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="241"/>
        <source>usage: vcdesk wallet export ID [--out FILE [--force]]</source>
        <translation>utilisation : vcdesk wallet export ID [--out FICHIER [--force]]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="248"/>
        <location filename="../cli/WalletCommand.cpp" line="278"/>
        <source>ID is a credential number</source>
        <translation>ID est un numéro d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="265"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="266"/>
        <source>Wrote credential %1 to %2.</source>
        <translation>Attestation %1 écrite dans %2.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="274"/>
        <source>usage: vcdesk wallet delete ID</source>
        <translation>utilisation : vcdesk wallet delete ID</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="291"/>
        <source>Deleted credential %1 (%2).</source>
        <translation>Attestation %1 supprimée (%2).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="301"/>
        <source>Make a new key: ES256, ES256K or EdDSA.</source>
        <translation>Créer une nouvelle clé : ES256, ES256K ou EdDSA.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="303"/>
        <source>For --generate: key (default) or jwk.</source>
        <translation>Pour --generate : key (par défaut) ou jwk.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="306"/>
        <source>Make key ID the profile&apos;s default.</source>
        <translation>Faire de la clé ID la clé par défaut du profil.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="306"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="309"/>
        <source>usage: vcdesk wallet keys [--generate ALG [--did-method key|jwk]] [--set-default ID]</source>
        <translation>utilisation : vcdesk wallet keys [--generate ALG [--did-method key|jwk]] [--set-default ID]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="331"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="350"/>
        <source>  (default)</source>
        <translation>  (par défaut)</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="359"/>
        <source>Add a profile with its own default key.</source>
        <translation>Ajouter un profil avec sa propre clé par défaut.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="359"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="361"/>
        <source>usage: vcdesk wallet profiles [--add NAME]</source>
        <translation>utilisation : vcdesk wallet profiles [--add NOM]</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="400"/>
        <source>usage: vcdesk wallet keychain remember|forget</source>
        <translation>utilisation : vcdesk wallet keychain remember|forget</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="418"/>
        <source>The system keychain now opens this wallet (use --keychain).</source>
        <translation>Le trousseau du système ouvre désormais ce portefeuille (utilisez --keychain).</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="419"/>
        <source>The system keychain no longer holds this wallet&apos;s key.</source>
        <translation>Le trousseau du système ne contient plus la clé de ce portefeuille.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="429"/>
        <source>Read the new passphrase from FILE.</source>
        <translation>Lire la nouvelle phrase secrète dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="432"/>
        <source>usage: vcdesk wallet passphrase --new-passphrase-file FILE</source>
        <translation>utilisation : vcdesk wallet passphrase --new-passphrase-file FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/WalletCommand.cpp" line="448"/>
        <source>The wallet passphrase was changed.</source>
        <translation>La phrase secrète du portefeuille a été modifiée.</translation>
    </message>
</context>
<context>
    <name>WalletDatabase</name>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="40"/>
        <source>%1 already exists; choose another file or remove it first</source>
        <translation>%1 existe déjà ; choisissez un autre fichier ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="43"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="49"/>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="54"/>
        <source>there is no wallet at %1; create one with &quot;vcdesk wallet create&quot;</source>
        <translation>aucun portefeuille à l&apos;emplacement %1 ; créez-en un avec «&#xa0;vcdesk wallet create&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="57"/>
        <location filename="../core/store/WalletDatabase.cpp" line="111"/>
        <location filename="../core/store/WalletDatabase.cpp" line="116"/>
        <location filename="../core/store/WalletDatabase.cpp" line="142"/>
        <source>%1 is not a vcdesk wallet</source>
        <translation>%1 n&apos;est pas un portefeuille vcdesk</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="66"/>
        <source>%1 has %2 names (hard links); vcdesk opens a wallet only through one name, since a second one would lose or corrupt what is written; remove the other links (or copy the file) first</source>
        <translation>%1 a %2 noms (liens physiques) ; vcdesk n&apos;ouvre un portefeuille que par un seul nom, car un second ferait perdre ou corromprait ce qui est écrit ; supprimez d&apos;abord les autres liens (ou copiez le fichier)</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="89"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="121"/>
        <source>%1 cannot use write-ahead logging (%2)</source>
        <translation>%1 ne peut pas utiliser la journalisation en écriture anticipée (WAL) (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="124"/>
        <location filename="../core/store/WalletDatabase.cpp" line="145"/>
        <source>this wallet was written by a newer vcdesk (schema %1); update vcdesk to open it</source>
        <translation>ce portefeuille a été écrit par une version plus récente de vcdesk (schéma %1) ; mettez vcdesk à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../core/store/WalletDatabase.cpp" line="152"/>
        <source>the wallet uses schema %1; open it for writing once to bring it to schema %2</source>
        <translation>le portefeuille utilise le schéma %1 ; ouvrez-le une fois en écriture pour le faire passer au schéma %2</translation>
    </message>
</context>
<context>
    <name>WalletErrors</name>
    <message>
        <location filename="../core/store/WalletErrors.h" line="18"/>
        <source>the wallet is locked; unlock it with its passphrase first</source>
        <translation>le portefeuille est verrouillé ; déverrouillez-le d&apos;abord avec sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/store/WalletErrors.h" line="22"/>
        <source>the wallet is open read-only</source>
        <translation>le portefeuille est ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/store/WalletErrors.h" line="27"/>
        <source>there is no %1 %2</source>
        <translation>introuvable : %1 %2</translation>
    </message>
</context>
<context>
    <name>WalletHost</name>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="27"/>
        <source>no wallet is open</source>
        <translation>aucun portefeuille n&apos;est ouvert</translation>
    </message>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="83"/>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/store/WalletHost.cpp" line="90"/>
        <source>Opening the restored wallet</source>
        <translation>Ouverture du portefeuille restauré</translation>
    </message>
</context>
<context>
    <name>WalletIndex</name>
    <message>
        <location filename="../core/store/WalletIndex.cpp" line="33"/>
        <source>cannot open the wallet&apos;s index: %1</source>
        <translation>impossible d&apos;ouvrir l&apos;index du portefeuille : %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletIndex.cpp" line="96"/>
        <source>the wallet&apos;s %1 record %2 cannot be read: %3</source>
        <translation>l&apos;enregistrement %1 %2 du portefeuille est illisible : %3</translation>
    </message>
</context>
<context>
    <name>WalletIntegrity</name>
    <message>
        <location filename="../core/store/WalletIntegrity.cpp" line="119"/>
        <source>the wallet&apos;s records are not the set vcdesk wrote (a record was removed, restored from an older copy or moved): the file was changed outside vcdesk</source>
        <translation>les enregistrements du portefeuille ne correspondent pas à l&apos;ensemble écrit par vcdesk (un enregistrement a été supprimé, restauré depuis une copie plus ancienne ou déplacé) : le fichier a été modifié en dehors de vcdesk</translation>
    </message>
</context>
<context>
    <name>WalletKeyWrap</name>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="24"/>
        <source>the file has no wallet identity</source>
        <translation>le fichier n&apos;a pas d&apos;identité de portefeuille</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="60"/>
        <source>the passphrase is not right; nothing was changed</source>
        <translation>la phrase secrète est incorrecte ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="63"/>
        <source>the wrapped wallet key is damaged</source>
        <translation>la clé de portefeuille encapsulée est endommagée</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="92"/>
        <source>the file has no wallet key; it is not a vcdesk wallet or is damaged</source>
        <translation>le fichier n&apos;a pas de clé de portefeuille ; ce n&apos;est pas un portefeuille vcdesk, ou il est endommagé</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeyWrap.cpp" line="98"/>
        <source>the wallet&apos;s KDF parameters are damaged</source>
        <translation>les paramètres KDF du portefeuille sont endommagés</translation>
    </message>
</context>
<context>
    <name>WalletKeychain</name>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="37"/>
        <source>the keychain does not hold this wallet&apos;s key</source>
        <translation>le trousseau ne contient pas la clé de ce portefeuille</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="41"/>
        <source>the keychain refused access: %1</source>
        <translation>le trousseau a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="45"/>
        <source>this system has no keychain service vcdesk can use</source>
        <translation>ce système n&apos;a aucun service de trousseau utilisable par vcdesk</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="48"/>
        <source>the system keychain failed: %1</source>
        <translation>échec du trousseau du système : %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="76"/>
        <source>the system keychain did not answer</source>
        <translation>le trousseau du système n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../core/store/WalletKeychain.cpp" line="124"/>
        <source>the keychain entry for this wallet is not a wallet key</source>
        <translation>l&apos;entrée du trousseau pour ce portefeuille n&apos;est pas une clé de portefeuille</translation>
    </message>
</context>
<context>
    <name>WalletTransaction</name>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="86"/>
        <source>no transaction to commit</source>
        <translation>aucune transaction à valider</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="103"/>
        <source>the change was saved but the wallet&apos;s view of it failed (%1); lock and unlock the wallet</source>
        <translation>la modification a été enregistrée, mais la mise à jour de la vue du portefeuille a échoué (%1) ; verrouillez puis déverrouillez le portefeuille</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="135"/>
        <source>unknown table %1</source>
        <translation>table inconnue %1</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="163"/>
        <source>the wallet&apos;s %1 record %2 was written by another session; lock and unlock the wallet</source>
        <translation>l&apos;enregistrement %1 %2 du portefeuille a été écrit par une autre session ; verrouillez puis déverrouillez le portefeuille</translation>
    </message>
    <message>
        <location filename="../core/store/WalletTransaction.cpp" line="179"/>
        <source>the %1 record %2 is missing its row</source>
        <translation>il manque la ligne de l&apos;enregistrement %1 %2</translation>
    </message>
</context>
<context>
    <name>WalletTransferCommand</name>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="23"/>
        <source>Verify without the network (cached status lists).</source>
        <translation>Vérifier sans le réseau (listes de statuts en cache).</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="24"/>
        <source>Tag the imported credentials.</source>
        <translation>Étiqueter les attestations importées.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="25"/>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="27"/>
        <source>Allow http:// to this machine (development).</source>
        <translation>Autoriser http:// vers cette machine (développement).</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="30"/>
        <source>usage: vcdesk wallet import CREDENTIAL_FILE... [--offline] [--tag TAG]</source>
        <translation>utilisation : vcdesk wallet import FICHIER_ATTESTATION... [--offline] [--tag ÉTIQUETTE]</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="53"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="60"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1 : %2 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="86"/>
        <source>Added %1: %2 from %3 (%4)</source>
        <translation>Attestation %1 ajoutée : %2, émise par %3 (%4)</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="95"/>
        <source>Already in the wallet as %1; skipped.</source>
        <translation>Déjà dans le portefeuille sous le numéro %1 ; ignorée.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="103"/>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="104"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="106"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="133"/>
        <location filename="../cli/WalletTransferCommand.cpp" line="135"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="106"/>
        <source>Read the backup&apos;s own passphrase from FILE.</source>
        <translation>Lire dans FICHIER la phrase secrète propre à la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="109"/>
        <source>usage: vcdesk wallet backup --out FILE --backup-passphrase-file FILE</source>
        <translation>utilisation : vcdesk wallet backup --out FICHIER --backup-passphrase-file FICHIER</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="111"/>
        <source>--out and --backup-passphrase-file are required</source>
        <translation>--out et --backup-passphrase-file sont obligatoires</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="124"/>
        <source>Wrote the backup %1. Keep its passphrase apart from it.</source>
        <translation>Sauvegarde %1 écrite. Conservez sa phrase secrète à part.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="133"/>
        <source>The backup file to read.</source>
        <translation>Le fichier de sauvegarde à lire.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="135"/>
        <source>Read the backup&apos;s passphrase from FILE.</source>
        <translation>Lire dans FICHIER la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="138"/>
        <source>usage: vcdesk wallet restore --in FILE --backup-passphrase-file FILE [--wallet NEW_FILE]</source>
        <translation>utilisation : vcdesk wallet restore --in FICHIER --backup-passphrase-file FICHIER [--wallet NOUVEAU_FICHIER]</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="141"/>
        <source>--in and --backup-passphrase-file are required</source>
        <translation>--in et --backup-passphrase-file sont obligatoires</translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="145"/>
        <source>New wallet passphrase: </source>
        <translation>Nouvelle phrase secrète du portefeuille : </translation>
    </message>
    <message>
        <location filename="../cli/WalletTransferCommand.cpp" line="155"/>
        <source>Restored the wallet into %1.</source>
        <translation>Portefeuille restauré dans %1.</translation>
    </message>
</context>
<context>
    <name>WebDidResolver</name>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="20"/>
        <source>did:web has an invalid host</source>
        <translation>le did:web a un hôte non valide</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="26"/>
        <source>did:web has an invalid path</source>
        <translation>le did:web a un chemin non valide</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="34"/>
        <source>did:web does not name a valid host</source>
        <translation>le did:web ne désigne pas d&apos;hôte valide</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="41"/>
        <source>not a did:web</source>
        <translation>ce n&apos;est pas un did:web</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="52"/>
        <source>could not fetch the did:web document: %1</source>
        <translation>impossible de récupérer le document did:web : %1</translation>
    </message>
    <message>
        <location filename="../core/did/WebDidResolver.cpp" line="59"/>
        <source>the did:web document is not valid JSON: %1</source>
        <translation>le document did:web n&apos;est pas du JSON valide : %1</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="74"/>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="110"/>
        <source>the file changed while it was being opened</source>
        <translation>le fichier a changé pendant son ouverture</translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="117"/>
        <source>the wallet %1 is open for writing in another vcdesk process (pid %2); close it there first</source>
        <translation>le portefeuille %1 est ouvert en écriture dans un autre processus vcdesk (pid %2) ; fermez-le d&apos;abord dans celui-ci</translation>
    </message>
    <message>
        <location filename="../core/store/WriterLock.cpp" line="121"/>
        <source>the wallet %1 is open for writing in another vcdesk process; close it there first</source>
        <translation>le portefeuille %1 est ouvert en écriture dans un autre processus vcdesk ; fermez-le d&apos;abord dans celui-ci</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="137"/>
        <source>vcdesk kiosk: %1</source>
        <translation>vcdesk kiosk : %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="170"/>
        <source>vcdesk: this build has no window (built without the GUI); see vcdesk --help for its commands</source>
        <translation>vcdesk : cette version n&apos;a pas de fenêtre (compilée sans interface graphique) ; voir vcdesk --help pour ses commandes</translation>
    </message>
</context>
<context>
    <name>vcdesk-agent</name>
    <message>
        <location filename="../app/AgentMain.cpp" line="31"/>
        <source>The local issuer, verifier and wallet service of vcdesk.</source>
        <translation>Le service local d&apos;émission, de vérification et de portefeuille de vcdesk.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="36"/>
        <source>Address to listen on: 127.0.0.1, ::1 or localhost.</source>
        <translation>Adresse d&apos;écoute : 127.0.0.1, ::1 ou localhost.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="41"/>
        <source>Port (0: any free port).</source>
        <translation>Port (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="45"/>
        <source>The agent&apos;s data folder.</source>
        <translation>Le dossier de données de l&apos;agent.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="51"/>
        <source>For define: a credential type it accepts.</source>
        <translation>Pour define : un type d&apos;attestation accepté.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="55"/>
        <source>For define: a claim it asks for.</source>
        <translation>Pour define : une donnée demandée.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="59"/>
        <source>Development: let the agent&apos;s verifiers fetch DIDs (did:web) and status lists over plain http from this computer.</source>
        <translation>Développement : permettre aux vérificateurs de l&apos;agent de récupérer des DID (did:web) et des listes de statuts en http simple depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="64"/>
        <source>For define: an issuer DID (or pattern ending in *) it accepts; none: the trust list decides.</source>
        <translation>Pour define : un DID d&apos;émetteur (ou un motif se terminant par *) accepté ; à défaut, la liste de confiance décide.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="70"/>
        <source>For define: ask with a DCQL query instead of a Presentation Exchange definition.</source>
        <translation>Pour define : demander avec une requête DCQL plutôt qu&apos;avec une définition Presentation Exchange.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="75"/>
        <source>The issuers the verifier trusts where a definition names none (default: trust-list.json in the data folder).</source>
        <translation>Les émetteurs auxquels le vérificateur fait confiance lorsqu&apos;une définition n&apos;en désigne aucun (par défaut : trust-list.json dans le dossier de données).</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="81"/>
        <source>Sandbox: issue every accepted offer at once, without the issuer&apos;s issue call.</source>
        <translation>Bac à sable : émettre immédiatement chaque offre acceptée, sans attendre l&apos;appel d&apos;émission de l&apos;émetteur.</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="88"/>
        <source>Nothing to serve, or: revoke RECORD_ID | define ID | definitions</source>
        <translation>Rien (pour lancer le service), ou : revoke RECORD_ID | define ID | definitions</translation>
    </message>
    <message>
        <location filename="../app/AgentMain.cpp" line="108"/>
        <source>Revoked the credential of %1.</source>
        <translation>Attestation de %1 révoquée.</translation>
    </message>
</context>
<context>
    <name>vcdesk::AccountActions</name>
    <message>
        <location filename="../models/AccountActions.cpp" line="65"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>vcdesk::AccountListModel</name>
    <message>
        <location filename="../models/AccountListModel.cpp" line="22"/>
        <source>Issuer agent</source>
        <translation>Agent émetteur</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="24"/>
        <source>Verifier</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="26"/>
        <source>Hosted wallet</source>
        <translation>Portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="28"/>
        <source>Generation service</source>
        <translation>Service de génération</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="65"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="67"/>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 à l&apos;adresse %3</translation>
    </message>
</context>
<context>
    <name>vcdesk::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="38"/>
        <location filename="../ui/AccountsPage.cpp" line="69"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>The services your wallet talks to, each with its kind and address. Choose one to test or remove it.</source>
        <translation>Les services avec lesquels votre portefeuille communique, avec leur type et leur adresse. Choisissez-en un pour le tester ou le supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="45"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="47"/>
        <source>Test the connection of the chosen account</source>
        <translation>Tester la connexion du compte choisi</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="48"/>
        <source>Your wallet asks the service something that changes nothing, with this account&apos;s key or token, and shows beside the button whether it answered.</source>
        <translation>Votre portefeuille envoie au service une requête qui ne modifie rien, avec la clé ou le jeton de ce compte, et indique à côté du bouton s&apos;il a répondu.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="51"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="53"/>
        <source>Remove the chosen account</source>
        <translation>Supprimer le compte choisi</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="54"/>
        <source>After you confirm, your wallet forgets the account, its key or token and the offers it brought; credentials already received stay.</source>
        <translation>Après confirmation, votre portefeuille oublie le compte, sa clé ou son jeton et les offres reçues par son intermédiaire ; les attestations déjà reçues sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="58"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Revient à la liste des attestations de votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="71"/>
        <source>The issuer agents, verifiers, hosted wallets and generation services this wallet talks to. Their keys and tokens are sealed in the wallet.</source>
        <translation>Les agents émetteurs, vérificateurs, portefeuilles hébergés et services de génération avec lesquels ce portefeuille communique. Leurs clés et jetons sont scellés dans le portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="88"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="97"/>
        <source>Not ok: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="104"/>
        <source>Remove the account?</source>
        <translation>Supprimer le compte ?</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="105"/>
        <source>Remove “%1”? Its key goes with it, and so do the offers it brought; credentials already received stay.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» ? Sa clé disparaît avec lui, de même que les offres qu&apos;il a apportées ; les attestations déjà reçues sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="108"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="116"/>
        <source>Added “%1”. Test it to see that it answers.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté. Testez-le pour vérifier qu&apos;il répond.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="127"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="130"/>
        <source>Kind of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="131"/>
        <source>What the service is: an issuer agent, a verifier, a hosted wallet or a generation service. The pages that work with that kind of service offer the account.</source>
        <translation>La nature du service : agent émetteur, vérificateur, portefeuille hébergé ou service de génération. Les pages qui travaillent avec ce type de service proposent ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="138"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="139"/>
        <source>e.g. City library</source>
        <translation>p. ex. Bibliothèque municipale</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="142"/>
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="146"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="147"/>
        <source>e.g. holder, Verifier_User (optional)</source>
        <translation>p. ex. holder, Verifier_User (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="150"/>
        <source>How it signs in</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="151"/>
        <source>How the service expects your wallet to sign in: with an API key, a bearer token or nothing. With nothing, the secret field is turned off.</source>
        <translation>La façon dont le service attend que votre portefeuille se connecte : avec une clé d&apos;API, un jeton Bearer ou rien. Avec «&#xa0;Aucun&#xa0;», le champ «&#xa0;Secret&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="154"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="155"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="156"/>
        <source>Nothing</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>API key or token</source>
        <translation>Clé d&apos;API ou jeton</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="160"/>
        <source>Paste the key or token the service gave you; it stays hidden. Your wallet keeps it sealed, and the field forgets it once you add the account.</source>
        <translation>Collez la clé ou le jeton fourni par le service ; il reste masqué. Votre portefeuille le conserve scellé, et le champ l&apos;efface dès que vous ajoutez le compte.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="166"/>
        <source>&amp;Add account</source>
        <translation>Ajouter &amp;le compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="168"/>
        <source>Add the account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="169"/>
        <source>Your wallet keeps the account with its key or token sealed; if something is missing, the form says what. Test the account afterwards to see that the service answers.</source>
        <translation>Votre portefeuille enregistre le compte avec sa clé ou son jeton scellé ; s&apos;il manque quelque chose, le formulaire l&apos;indique. Testez ensuite le compte pour vérifier que le service répond.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="174"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="175"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="176"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="177"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Signs in &amp;with:</source>
        <translation>Connexion &amp;via :</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret :</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="201"/>
        <source>Give the service&apos;s address.</source>
        <translation>Indiquez l&apos;adresse du service.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="207"/>
        <source>Give its API key or token, or choose “Nothing”.</source>
        <translation>Indiquez sa clé d&apos;API ou son jeton, ou choisissez «&#xa0;Aucun&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>vcdesk::AddCredentialPage</name>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="37"/>
        <source>Add a credential</source>
        <translation>Ajouter une attestation</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="40"/>
        <source>Credential to add</source>
        <translation>Attestation à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="41"/>
        <source>Paste a credential here, drop a file on this page, or open one. It is checked before anything is stored.</source>
        <translation>Collez une attestation ici, déposez un fichier sur cette page ou ouvrez-en un. Elle est vérifiée avant tout enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="46"/>
        <source>Paste a credential&apos;s text, or an issuer-agent record that holds credentials. It is checked when you pause typing, and its report shows below.</source>
        <translation>Collez le texte d&apos;une attestation, ou un enregistrement d&apos;agent émetteur contenant des attestations. Il est vérifié dès que vous marquez une pause dans la saisie, et le rapport s&apos;affiche ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="48"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="50"/>
        <source>Open a credential file</source>
        <translation>Ouvrir un fichier d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="51"/>
        <source>Choose a credential file of up to 4 MiB, such as a JWT, SD-JWT or JSON file; it is checked at once and its report shows below.</source>
        <translation>Choisissez un fichier d&apos;attestation de 4 Mio au plus, par exemple un fichier JWT, SD-JWT ou JSON ; il est vérifié immédiatement et son rapport s&apos;affiche ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="60"/>
        <source>Credentials found</source>
        <translation>Attestations trouvées</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="63"/>
        <source>The input held more than one credential; each is listed with the result of its checks. Choose one to see its report below.</source>
        <translation>Le contenu fourni comportait plusieurs attestations ; chacune est listée avec le résultat de ses contrôles. Choisissez-en une pour afficher son rapport ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="66"/>
        <location filename="../ui/AddCredentialPage.cpp" line="196"/>
        <source>&amp;Add to wallet</source>
        <translation>A&amp;jouter au portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="68"/>
        <source>Add what was checked to the wallet</source>
        <translation>Ajouter au portefeuille ce qui a été vérifié</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="70"/>
        <source>Stores in your wallet every credential found, with the result of its checks; one your wallet already holds is not added twice.</source>
        <translation>Enregistre dans votre portefeuille toutes les attestations trouvées, avec le résultat de leurs contrôles ; une attestation déjà présente dans votre portefeuille n&apos;est pas ajoutée une seconde fois.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="72"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="75"/>
        <source>Clears what you pasted or opened and goes back to your credentials; nothing is added to your wallet.</source>
        <translation>Efface ce que vous avez collé ou ouvert et revient à vos attestations ; rien n&apos;est ajouté à votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="105"/>
        <source>pasted</source>
        <translation>collée</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="116"/>
        <source>Adding to the wallet…</source>
        <translation>Ajout au portefeuille…</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="130"/>
        <source>Nothing was added: %1</source>
        <translation>Rien n&apos;a été ajouté : %1</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="155"/>
        <source>Open a credential</source>
        <translation>Ouvrir une attestation</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="156"/>
        <source>Credentials (*.jwt *.json *.txt *.sd-jwt);;All files (*)</source>
        <translation>Attestations (*.jwt *.json *.txt *.sd-jwt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="165"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="171"/>
        <source>(from %1)</source>
        <translation>(depuis %1)</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="181"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="182"/>
        <source>Checking the credential…</source>
        <translation>Vérification de l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="191"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/AddCredentialPage.cpp" line="195"/>
        <source>&amp;Add %1 to wallet</source>
        <translation>Ajouter &amp;les %1 au portefeuille</translation>
    </message>
</context>
<context>
    <name>vcdesk::AllowedContextsBox</name>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="20"/>
        <source>JSON-LD contexts</source>
        <translation>Contextes JSON-LD</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="26"/>
        <source>A JSON-LD credential says what its claims mean through contexts. vcdesk carries the W3C ones; a credential that needs another is &quot;cannot be verified&quot; until you allow it here. An allowed context is fetched once and then kept as it was; add #sha256= and its hash to the address to accept only that exact document.</source>
        <translation>Une attestation JSON-LD indique le sens de ses données au moyen de contextes. vcdesk intègre ceux du W3C ; une attestation qui en nécessite un autre est marquée «&#xa0;Vérification impossible&#xa0;» tant que vous ne l&apos;autorisez pas ici. Un contexte autorisé est téléchargé une seule fois, puis conservé tel quel ; ajoutez à l&apos;adresse #sha256= suivi de son hachage pour n&apos;accepter que ce document précis.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="33"/>
        <source>Allowed JSON-LD contexts</source>
        <translation>Contextes JSON-LD autorisés</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="35"/>
        <source>The contexts you allowed beyond the ones vcdesk carries, each with the SHA-256 it must have or a note that the first copy fetched is kept. Choose one to stop allowing it.</source>
        <translation>Les contextes que vous avez autorisés en plus de ceux fournis avec vcdesk, chacun avec le SHA-256 attendu ou une mention indiquant que la première copie récupérée est conservée. Choisissez-en un pour ne plus l&apos;autoriser.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="55"/>
        <source>Address of a context to allow, optionally #sha256= and its hash</source>
        <translation>Adresse d&apos;un contexte à autoriser, éventuellement suivie de #sha256= et de son hachage</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="56"/>
        <source>https://example.org/credentials/v1</source>
        <translation>https://example.org/credentials/v1</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="58"/>
        <source>A&amp;llow</source>
        <translation>A&amp;utoriser</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="60"/>
        <source>Allow the context at this address</source>
        <translation>Autoriser le contexte situé à cette adresse</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="61"/>
        <source>Adds the http(s) address you typed to the list, so credentials that use this context can be checked. With #sha256= and its 64 hex digits, only that exact document is accepted.</source>
        <translation>Ajoute à la liste l&apos;adresse http(s) saisie, afin que les attestations qui utilisent ce contexte puissent être vérifiées. Avec #sha256= suivi des 64 chiffres hexadécimaux, seul ce document précis est accepté.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="64"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="66"/>
        <source>Stop allowing the selected context</source>
        <translation>Ne plus autoriser le contexte sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="67"/>
        <source>After you confirm, the chosen context is taken off the list; credentials that need it will say they cannot be verified.</source>
        <translation>Après confirmation, le contexte choisi est retiré de la liste ; les attestations qui en ont besoin seront signalées comme non vérifiables.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="87"/>
        <source>Allowing the context…</source>
        <translation>Autorisation du contexte…</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="98"/>
        <source>Stop allowing a context</source>
        <translation>Ne plus autoriser un contexte</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="99"/>
        <source>Stop allowing %1? Credentials that need it will say they cannot be verified.</source>
        <translation>Ne plus autoriser %1 ? Les attestations qui en ont besoin seront signalées comme non vérifiables.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="101"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="101"/>
        <source>Removing…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="105"/>
        <source>Allowed %1.</source>
        <translation>%1 est autorisé.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="108"/>
        <source>%1 is no longer allowed.</source>
        <translation>%1 n&apos;est plus autorisé.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="112"/>
        <source>No context is allowed beyond the ones vcdesk carries.</source>
        <translation>Aucun contexte n&apos;est autorisé en dehors de ceux intégrés à vcdesk.</translation>
    </message>
    <message>
        <location filename="../ui/AllowedContextsBox.cpp" line="155"/>
        <source>Reading the allowed contexts…</source>
        <translation>Lecture des contextes autorisés…</translation>
    </message>
</context>
<context>
    <name>vcdesk::AllowedContextsModel</name>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="32"/>
        <source>the first copy fetched is kept</source>
        <translation>la première copie téléchargée est conservée</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="45"/>
        <source>Context address</source>
        <translation>Adresse du contexte</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="45"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="65"/>
        <source>The allowed contexts cannot be read: %1</source>
        <translation>Impossible de lire les contextes autorisés : %1</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="95"/>
        <source>Nothing changed: %1</source>
        <translation>Aucune modification : %1</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="115"/>
        <source>at most %1 contexts can be allowed</source>
        <translation>%1 contextes au maximum peuvent être autorisés</translation>
    </message>
    <message>
        <location filename="../models/AllowedContextsModel.cpp" line="128"/>
        <source>%1 is no longer allowed</source>
        <translation>%1 n&apos;est plus autorisé</translation>
    </message>
</context>
<context>
    <name>vcdesk::AuthStatusPoller</name>
    <message>
        <location filename="../core/api/AuthStatusPoller.cpp" line="54"/>
        <source>no answer from the holder within %1 s</source>
        <translation>pas de réponse du titulaire dans les %1 s</translation>
    </message>
    <message>
        <location filename="../core/api/AuthStatusPoller.cpp" line="114"/>
        <source>the verifier reports an error</source>
        <translation>le vérificateur signale une erreur</translation>
    </message>
</context>
<context>
    <name>vcdesk::BatchInspection</name>
    <message>
        <location filename="../models/BatchInspection.cpp" line="24"/>
        <source>it is not a file that can be read</source>
        <translation>ce n&apos;est pas un fichier lisible</translation>
    </message>
    <message>
        <location filename="../models/BatchInspection.cpp" line="28"/>
        <source>cannot open it: %1</source>
        <translation>impossible de l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <location filename="../models/BatchInspection.cpp" line="33"/>
        <source>it is larger than %1 MiB</source>
        <translation>sa taille dépasse %1 Mio</translation>
    </message>
    <message>
        <location filename="../models/BatchInspection.cpp" line="158"/>
        <source>the batch has not finished: export it when it has</source>
        <translation>le lot n&apos;est pas terminé : exportez-le une fois qu&apos;il le sera</translation>
    </message>
</context>
<context>
    <name>vcdesk::BatchInspectionView</name>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="25"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="30"/>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="35"/>
        <source>Batch counts</source>
        <translation>Décompte du lot</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="37"/>
        <source>Cancel the batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="39"/>
        <source>Stops before the next group of files; the results so far stay in the table and the counts.</source>
        <translation>S&apos;arrête avant le prochain groupe de fichiers ; les résultats déjà obtenus restent dans le tableau et dans le décompte.</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="45"/>
        <source>Results, one row per file</source>
        <translation>Résultats, une ligne par fichier</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="47"/>
        <source>Each row gives the verdict, the file, the issuer, the types and why it is not valid. Click a header to sort; press Enter on a row to open that file on the Token tab.</source>
        <translation>Chaque ligne indique le verdict, le fichier, l&apos;émetteur, les types et le motif de non-validité. Cliquez sur un en-tête pour trier ; appuyez sur Entrée sur une ligne pour ouvrir ce fichier dans l&apos;onglet «&#xa0;Jeton&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="82"/>
        <source>Nothing was inspected: %1</source>
        <translation>Rien n&apos;a été inspecté : %1</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="87"/>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <location filename="../ui/BatchInspectionView.cpp" line="102"/>
        <source>%1 of %2 inspected: %3 valid, %4 not valid, %5 cannot be verified, %6 unreadable</source>
        <translation>%1 sur %2 inspectés : %3 valides, %4 non valides, %5 non vérifiables, %6 illisibles</translation>
    </message>
</context>
<context>
    <name>vcdesk::BatchResultModel</name>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="45"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="95"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="97"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="99"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="101"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="103"/>
        <source>Why not valid</source>
        <translation>Motif de non-validité</translation>
    </message>
</context>
<context>
    <name>vcdesk::BusyIndicator</name>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="26"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="29"/>
        <source>Cancel what is running</source>
        <translation>Annuler l&apos;opération en cours</translation>
    </message>
    <message>
        <location filename="../ui/BusyIndicator.cpp" line="30"/>
        <source>Asks the work named beside it to stop. Steps it has already finished may have taken effect.</source>
        <translation>Demande l&apos;arrêt de l&apos;opération indiquée à côté. Les étapes déjà terminées ont pu prendre effet.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CameraScanner</name>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="35"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="37"/>
        <source>The picture switches to the camera you choose. The list follows cameras as they are plugged in or out.</source>
        <translation>L&apos;image passe à la caméra choisie. La liste se met à jour à mesure que des caméras sont branchées ou débranchées.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="40"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="42"/>
        <source>Stop the camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="44"/>
        <source>Turns the camera off without reading a QR code and takes you back to the other ways of giving the verifier&apos;s request.</source>
        <translation>Éteint la caméra sans lire de QR code et vous ramène aux autres moyens de fournir la demande du vérificateur.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="65"/>
        <source>QR code read.</source>
        <translation>QR code lu.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="69"/>
        <source>The camera sends no picture. Another program may be using it: close that program, choose another camera, or use a picture, the screen or the link instead.</source>
        <translation>La caméra n&apos;envoie aucune image. Un autre programme l&apos;utilise peut-être : fermez-le, choisissez une autre caméra, ou utilisez plutôt une image, l&apos;écran ou le lien.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="75"/>
        <location filename="../ui/CameraScanner.cpp" line="118"/>
        <source>Hold the verifier&apos;s QR code in front of the camera.</source>
        <translation>Placez le QR code du vérificateur devant la caméra.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="78"/>
        <source>This QR code is not a presentation request. Hold up the code the verifier shows.</source>
        <translation>Ce QR code n&apos;est pas une demande de présentation. Présentez le code affiché par le vérificateur.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="100"/>
        <location filename="../ui/CameraScanner.cpp" line="144"/>
        <source>No camera was found. Use a picture, the screen or the link instead.</source>
        <translation>Aucune caméra n&apos;a été trouvée. Utilisez plutôt une image, l&apos;écran ou le lien.</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="108"/>
        <source>What the camera sees</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../ui/CameraScanner.cpp" line="150"/>
        <source>The camera cannot be used: %1. Use a picture, the screen or the link instead.</source>
        <translation>Impossible d&apos;utiliser la caméra : %1. Utilisez plutôt une image, l&apos;écran ou le lien.</translation>
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
… %n caractère de plus non affiché</numerusform>
            <numerusform>
… %n caractères de plus non affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="77"/>
        <source>JSON-LD contexts used</source>
        <translation>Contextes JSON-LD utilisés</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="79"/>
        <source>One row per context the credential refers to, and where vcdesk took it from, such as carried by vcdesk or fetched now.</source>
        <translation>Une ligne par contexte auquel l&apos;attestation fait référence, avec sa provenance, par exemple fourni avec vcdesk ou récupéré à l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="81"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="81"/>
        <source>Came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="91"/>
        <source>&amp;Contexts</source>
        <translation>&amp;Contextes</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="94"/>
        <source>Canonical document</source>
        <translation>Document canonique</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="96"/>
        <source>The credential in the exact form its proof signs, as canonical N-Quads or JSON. Read-only; you can select and copy it.</source>
        <translation>L&apos;attestation exactement sous la forme signée par sa preuve, en N-Quads canoniques ou en JSON. Lecture seule ; vous pouvez la sélectionner et la copier.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="98"/>
        <source>&amp;Document, as signed</source>
        <translation>&amp;Document, tel que signé</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="101"/>
        <source>Canonical proof options</source>
        <translation>Options de preuve canoniques</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="103"/>
        <source>The proof&apos;s own settings, such as its type, date and key, in the form the signature also covers. Read-only; you can select and copy it.</source>
        <translation>Les paramètres propres à la preuve, tels que son type, sa date et sa clé, sous la forme également couverte par la signature. Lecture seule ; vous pouvez les sélectionner et les copier.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="105"/>
        <source>&amp;Proof options, as signed</source>
        <translation>&amp;Options de preuve, telles que signées</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="114"/>
        <source>This credential carries no proof vcdesk verifies, so there is no signed form to show.</source>
        <translation>Cette attestation ne porte aucune preuve que vcdesk sait vérifier : il n&apos;y a donc pas de forme signée à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="120"/>
        <source>The %1 signed form could not be made: %2</source>
        <translation>Impossible de produire la forme signée %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="123"/>
        <source>What the %1 proof signs: the credential as canonical N-Quads (RDFC-1.0), and the proof options.</source>
        <translation>Ce que signe la preuve %1 : l&apos;attestation sous forme de N-Quads canoniques (RDFC-1.0), et les options de preuve.</translation>
    </message>
    <message>
        <location filename="../ui/CanonicalFormView.cpp" line="126"/>
        <source>What the %1 proof signs: the credential as canonical JSON (JCS), and the proof options.</source>
        <translation>Ce que signe la preuve %1 : l&apos;attestation sous forme de JSON canonique (JCS), et les options de preuve.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CheckListModel</name>
    <message>
        <location filename="../models/CheckListModel.cpp" line="32"/>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="34"/>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="38"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="92"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="94"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/CheckListModel.cpp" line="96"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>vcdesk::ClaimsEditor</name>
    <message>
        <location filename="../ui/ClaimsEditor.cpp" line="19"/>
        <source>Claims as JSON</source>
        <translation>Attributs au format JSON</translation>
    </message>
    <message>
        <location filename="../ui/ClaimsEditor.cpp" line="21"/>
        <source>One JSON object: each member is a claim, e.g. {&quot;claim_type&quot;: &quot;email&quot;}</source>
        <translation>Un objet JSON dont chaque membre est un attribut, p. ex. {&quot;claim_type&quot;: &quot;email&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/ClaimsEditor.cpp" line="27"/>
        <source>What is wrong with the claims</source>
        <translation>Problème dans les attributs</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConnectionPicker</name>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="15"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="16"/>
        <source>The DIDComm connection between the issuer and the holder</source>
        <translation>La connexion DIDComm entre l&apos;émetteur et le titulaire</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionPicker.cpp" line="17"/>
        <source>connection id</source>
        <translation>identifiant de connexion</translation>
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
        <translation>Rien dans votre portefeuille ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="82"/>
        <source>Choose a credential for “%1”.</source>
        <translation>Choisissez une attestation pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="86"/>
        <source>Nothing is chosen to share.</source>
        <translation>Rien n&apos;est sélectionné pour le partage.</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/ConsentChoices.cpp" line="116"/>
        <source>%1 (the whole credential)</source>
        <translation>%1 (l&apos;attestation entière)</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConsentView</name>
    <message>
        <location filename="../ui/ConsentView.cpp" line="72"/>
        <source>Not searched (unreadable or beyond the limit): %1</source>
        <translation>Non examinés (illisibles ou au-delà de la limite) : %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="82"/>
        <source>Who asks</source>
        <translation>Qui fait la demande</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="87"/>
        <source>%1 (on your trust list)</source>
        <translation>%1 (dans votre liste de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="90"/>
        <source>“%1”, as the verifier calls itself (not on your trust list)</source>
        <translation>«&#xa0;%1&#xa0;», selon le nom que se donne le vérificateur (absent de votre liste de confiance)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="92"/>
        <source>A verifier not on your trust list</source>
        <translation>Un vérificateur absent de votre liste de confiance</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="99"/>
        <source>Identifier: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="103"/>
        <source>Checked: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="104"/>
        <source>Not authenticated: anyone could have made this request. Share only what you would show a stranger.</source>
        <translation>Non authentifié : n&apos;importe qui a pu faire cette demande. Ne partagez que ce que vous montreriez à un inconnu.</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="112"/>
        <location filename="../ui/ConsentView.cpp" line="163"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="125"/>
        <source>Also share %1: %2 (optional)</source>
        <translation>Partager aussi %1 : %2 (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="131"/>
        <source>Also share %1 (optional)</source>
        <translation>Partager aussi %1 (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="147"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="148"/>
        <source>%1 (optional: share it only if you want to)</source>
        <translation>%1 (facultatif : ne le partagez que si vous le souhaitez)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="154"/>
        <source>Share this part</source>
        <translation>Partager cet élément</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="156"/>
        <source>Share %1</source>
        <translation>Partager %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="166"/>
        <source>Asks for: %1</source>
        <translation>Demande : %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="169"/>
        <source>Nothing in your wallet fits: %1</source>
        <translation>Rien dans votre portefeuille ne correspond : %1</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="179"/>
        <source>%1 from %2</source>
        <translation>%1, émise par %2</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="181"/>
        <source>(not valid: %1)</source>
        <translation>(non valide : %1)</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="194"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="199"/>
        <source>Leaves the wallet: nothing but the credential itself</source>
        <translation>Quitte le portefeuille : rien d&apos;autre que l&apos;attestation elle-même</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="200"/>
        <source>Leaves the wallet:</source>
        <translation>Quitte le portefeuille :</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="202"/>
        <source>This credential cannot hide claims: every claim in it goes to the verifier.</source>
        <translation>Cette attestation ne permet pas de masquer des données : toutes ses données sont transmises au vérificateur.</translation>
    </message>
    <message>
        <location filename="../ui/ConsentView.cpp" line="206"/>
        <source>Always shown with it: %1</source>
        <translation>Toujours révélé avec elle : %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::ConsolePage</name>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="33"/>
        <source>Issuer agent</source>
        <translation>Agent émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="34"/>
        <source>Hosted wallet</source>
        <translation>Portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="35"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="36"/>
        <source>Decision events</source>
        <translation>Événements de décision</translation>
    </message>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="37"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialAdder</name>
    <message>
        <location filename="../models/CredentialAdder.cpp" line="35"/>
        <source>this is larger than %1 MiB; it is not a credential</source>
        <translation>cela dépasse %1 Mio ; ce n&apos;est pas une attestation</translation>
    </message>
    <message>
        <location filename="../models/CredentialAdder.cpp" line="49"/>
        <source>Checking credential %1 of %2…</source>
        <translation>Vérification de l&apos;attestation %1 sur %2…</translation>
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
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <location filename="../ui/CredentialCardDelegate.cpp" line="95"/>
        <source>Issued by %1</source>
        <translation>Émise par %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialDetailPage</name>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="54"/>
        <source>← &amp;Credentials</source>
        <translation>← Attestat&amp;ions</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="56"/>
        <source>Back to the credentials</source>
        <translation>Retour aux attestations</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="58"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Revient à la liste des attestations de votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="61"/>
        <source>&amp;Re-check now</source>
        <translation>&amp;Revérifier maintenant</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="63"/>
        <source>Check the credential again now</source>
        <translation>Vérifier à nouveau l&apos;attestation maintenant</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="65"/>
        <source>Verifies the credential again as of now, which may ask the network for the issuer&apos;s DID and status list. The result shows below and in your credential list.</source>
        <translation>Vérifie à nouveau l&apos;attestation à la date actuelle, ce qui peut nécessiter d&apos;interroger le réseau pour obtenir le DID de l&apos;émetteur et la liste de statuts. Le résultat s&apos;affiche ci-dessous et dans votre liste d&apos;attestations.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="70"/>
        <source>Export the credential to a file</source>
        <translation>Exporter l&apos;attestation dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="71"/>
        <source>Saves the credential exactly as stored to a file you choose. The file is not protected by your wallet&apos;s passphrase.</source>
        <translation>Enregistre l&apos;attestation, telle qu&apos;elle est stockée, dans le fichier de votre choix. Ce fichier n&apos;est pas protégé par la phrase secrète de votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="73"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="75"/>
        <source>Delete the credential from the wallet</source>
        <translation>Supprimer l&apos;attestation du portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="76"/>
        <source>Asks first; then your wallet loses the credential for good. Export it first if you may need it again.</source>
        <translation>Une confirmation vous est d&apos;abord demandée ; votre portefeuille perd ensuite définitivement l&apos;attestation. Exportez-la avant si vous risquez d&apos;en avoir à nouveau besoin.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="91"/>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="92"/>
        <source>About:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="93"/>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="94"/>
        <source>Added:</source>
        <translation>Ajoutée :</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="95"/>
        <source>Edit &amp;tags…</source>
        <translation>Modifier les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="97"/>
        <source>Edit the credential&apos;s tags</source>
        <translation>Modifier les étiquettes de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="98"/>
        <source>Opens a line where you type tags separated by commas, such as work, travel. Enter saves them; Escape cancels.</source>
        <translation>Ouvre une ligne où saisir des étiquettes séparées par des virgules, par exemple travail, voyage. Entrée les enregistre ; Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="103"/>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="112"/>
        <source>The credential as stored</source>
        <translation>L&apos;attestation telle qu&apos;enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="113"/>
        <source>The credential&apos;s text exactly as your wallet keeps it, a compact token or JSON. Read-only; you can select and copy it.</source>
        <translation>Le texte de l&apos;attestation exactement tel que votre portefeuille le conserve : un jeton compact ou du JSON. Lecture seule ; vous pouvez le sélectionner et le copier.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="116"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="118"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="155"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="198"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="207"/>
        <source>This credential cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir cette attestation : %1</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="212"/>
        <source>Opening the credential…</source>
        <translation>Ouverture de l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="220"/>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="223"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="224"/>
        <source>not named</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="225"/>
        <source>from %1 until %2</source>
        <translation>début : %1 ; fin : %2</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="226"/>
        <location filename="../ui/CredentialDetailPage.cpp" line="229"/>
        <source>an unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="227"/>
        <source>no end</source>
        <translation>aucune</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="264"/>
        <source>Export the credential</source>
        <translation>Exporter l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="265"/>
        <source>Credentials (*.jwt *.json *.txt);;All files (*)</source>
        <translation>Attestations (*.jwt *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="274"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="280"/>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="280"/>
        <source>The credential is in %1.</source>
        <translation>L&apos;attestation se trouve dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="283"/>
        <source>Not exported</source>
        <translation>Non exportée</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="286"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="294"/>
        <source>Delete the credential?</source>
        <translation>Supprimer l&apos;attestation ?</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="295"/>
        <source>Delete &quot;%1&quot; from the wallet? This cannot be undone; export it first if you may need it again.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du portefeuille ? Cette action est irréversible ; exportez d&apos;abord l&apos;attestation si vous risquez d&apos;en avoir encore besoin.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="298"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="316"/>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <location filename="../ui/CredentialDetailPage.cpp" line="323"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialListModel</name>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="85"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="87"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="100"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="108"/>
        <location filename="../models/CredentialListModel.cpp" line="149"/>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="121"/>
        <source>No end of validity</source>
        <translation>Validité illimitée</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="124"/>
        <source>Ended %1</source>
        <translation>A expiré le %1</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="125"/>
        <source>Valid until %1</source>
        <translation>Valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="133"/>
        <source>%1, %2. Issued by %3.</source>
        <translation>%1, %2. Émise par %3.</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="137"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="139"/>
        <source>About %1.</source>
        <translation>Sujet : %1.</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="151"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="153"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="155"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../models/CredentialListModel.cpp" line="157"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialTagger</name>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="45"/>
        <source>One of the tags is empty: remove the extra comma.</source>
        <translation>L&apos;une des étiquettes est vide : supprimez la virgule en trop.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="47"/>
        <source>A tag has at most %1 characters; “%2” has %3.</source>
        <translation>Une étiquette compte au plus %1 caractères ; «&#xa0;%2&#xa0;» en compte %3.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="52"/>
        <source>A tag cannot hold control or invisible characters (“%1”).</source>
        <translation>Une étiquette ne peut pas contenir de caractères de contrôle ou invisibles («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="58"/>
        <source>A credential has at most %1 tags; these are %2.</source>
        <translation>Une attestation a au plus %1 étiquettes ; il y en a ici %2.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="77"/>
        <source>The wallet is locked: unlock it to change tags.</source>
        <translation>Le portefeuille est verrouillé : déverrouillez-le pour modifier les étiquettes.</translation>
    </message>
    <message>
        <location filename="../models/CredentialTagger.cpp" line="99"/>
        <source>The tags were not saved: %1</source>
        <translation>Les étiquettes n&apos;ont pas été enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::CredentialsPage</name>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="55"/>
        <source>Search by type, issuer, subject or tag</source>
        <translation>Rechercher par type, émetteur, sujet ou étiquette</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="57"/>
        <source>Search credentials</source>
        <translation>Rechercher des attestations</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="59"/>
        <source>Show credentials of the type</source>
        <translation>Afficher les attestations du type</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="59"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="60"/>
        <source>Only the credentials of the type you choose are listed; the first entry lists every type.</source>
        <translation>Seules les attestations du type choisi sont listées ; la première entrée affiche tous les types.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="62"/>
        <source>Show credentials issued by</source>
        <translation>Afficher les attestations émises par</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="62"/>
        <source>All issuers</source>
        <translation>Tous les émetteurs</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="63"/>
        <source>Only the credentials of the issuer you choose are listed. An issuer reads as its trust-list name, otherwise as its DID.</source>
        <translation>Seules les attestations de l&apos;émetteur choisi sont listées. Un émetteur apparaît sous son nom dans la liste de confiance, ou à défaut sous son DID.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="65"/>
        <source>Show credentials tagged</source>
        <translation>Afficher les attestations portant l&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="65"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="66"/>
        <source>Only the credentials that carry the tag you choose are listed; the first entry lists them all.</source>
        <translation>Seules les attestations portant l&apos;étiquette choisie sont listées ; la première entrée les affiche toutes.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="70"/>
        <source>Show credentials that are</source>
        <translation>Afficher les attestations dont le statut est</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="72"/>
        <source>Only the credentials whose checks ended as you choose are listed, or only those revoked or suspended.</source>
        <translation>Seules les attestations dont la vérification a abouti au résultat choisi sont listées, ou seulement celles qui sont révoquées ou suspendues.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="74"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="77"/>
        <source>Revoked or suspended</source>
        <translation>Révoquée ou suspendue</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="80"/>
        <source>Sort credentials by</source>
        <translation>Trier les attestations par</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="81"/>
        <source>Orders the list by when each credential was added, by name, by issuer, or by when it expires.</source>
        <translation>Trie la liste par date d&apos;ajout, par nom, par émetteur ou par date d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="83"/>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="84"/>
        <source>Name A–Z</source>
        <translation>Nom (A–Z)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="85"/>
        <source>Issuer A–Z</source>
        <translation>Émetteur (A–Z)</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="86"/>
        <source>Expiring soonest</source>
        <translation>Expiration la plus proche</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="89"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="91"/>
        <source>Add a credential</source>
        <translation>Ajouter une attestation</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="92"/>
        <source>Opens a page where you paste a credential or open its file; it is checked before anything is stored in your wallet.</source>
        <translation>Ouvre une page où coller une attestation ou ouvrir son fichier ; elle est vérifiée avant que quoi que ce soit ne soit enregistré dans votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="95"/>
        <source>&amp;Offers…</source>
        <translation>&amp;Offres…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="97"/>
        <source>Offers from issuers</source>
        <translation>Offres des émetteurs</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="98"/>
        <source>Shows what issuers offer you through your accounts, where you can accept or reject each offer.</source>
        <translation>Affiche ce que les émetteurs vous proposent par l&apos;intermédiaire de vos comptes ; vous pouvez y accepter ou refuser chaque offre.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="101"/>
        <source>&amp;Present…</source>
        <translation>P&amp;résenter…</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="103"/>
        <source>Present a credential to a verifier</source>
        <translation>Présenter une attestation à un vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="104"/>
        <source>Give vcdesk the verifier&apos;s link or QR code; you see what it asks for and choose what to share before anything leaves your wallet.</source>
        <translation>Fournissez à vcdesk le lien ou le QR code du vérificateur ; vous voyez ce qu&apos;il demande et choisissez ce que vous partagez avant que quoi que ce soit ne quitte votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="122"/>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="124"/>
        <source>One card for each credential in your wallet: its title, status, some of its claims, its issuer and until when it is valid. Press Enter on a card to open it.</source>
        <translation>Une carte par attestation de votre portefeuille : son titre, son statut, quelques-unes de ses données, son émetteur et sa date de fin de validité. Appuyez sur Entrée sur une carte pour l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CredentialsPage.cpp" line="257"/>
        <source>%n credential(s) match</source>
        <translation>
            <numerusform>%n attestation correspond</numerusform>
            <numerusform>%n attestations correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CredentialsPage.cpp" line="258"/>
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n attestation</numerusform>
            <numerusform>%n attestations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="262"/>
        <source>No credential matches.</source>
        <translation>Aucune attestation ne correspond.</translation>
    </message>
    <message>
        <location filename="../ui/CredentialsPage.cpp" line="263"/>
        <source>Your wallet holds no credentials yet. Add one with “Add…”, or drop a file here.</source>
        <translation>Votre portefeuille ne contient encore aucune attestation. Ajoutez-en une avec « Ajouter… » ou déposez un fichier ici.</translation>
    </message>
</context>
<context>
    <name>vcdesk::CustodialIssueForm</name>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="26"/>
        <source>The holder&apos;s account</source>
        <translation>Le compte du titulaire</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="29"/>
        <source>Choose the holder&apos;s account at this same issuer agent. Its key goes to the agent with the request, so the agent can accept the credential for the holder.</source>
        <translation>Choisissez le compte du titulaire auprès de ce même agent émetteur. Sa clé est transmise à l&apos;agent avec la demande, afin que l&apos;agent puisse accepter l&apos;attestation à la place du titulaire.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="40"/>
        <source>Issuer DID</source>
        <translation>DID de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="41"/>
        <source>Type the did: address the credential is issued under. Choosing a connection fills it in when the agent names it.</source>
        <translation>Saisissez l&apos;adresse did: sous laquelle l&apos;attestation est émise. Le choix d&apos;une connexion la renseigne si l&apos;agent l&apos;indique.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="43"/>
        <source>Holder DID</source>
        <translation>DID du titulaire</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="44"/>
        <source>Type the holder&apos;s did: address the credential is issued to. Choosing a connection fills it in when the agent names it.</source>
        <translation>Saisissez l&apos;adresse did: du titulaire à qui l&apos;attestation est émise. Le choix d&apos;une connexion la renseigne si l&apos;agent l&apos;indique.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="48"/>
        <source>How long the issued credential stays valid, from one minute up to ten years. The arrow keys change it by an hour.</source>
        <translation>Durée de validité de l&apos;attestation émise, d&apos;une minute à dix ans. Les touches fléchées la modifient par pas d&apos;une heure.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="51"/>
        <source>Reuse the &amp;latest credential of this type instead of issuing another</source>
        <translation>&amp;Réutiliser la dernière attestation de ce type au lieu d&apos;en émettre une autre</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="55"/>
        <source>Reuse the latest credential of this type</source>
        <translation>Réutiliser la dernière attestation de ce type</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="56"/>
        <source>When the holder already has a credential of this type, the agent gives that one back and issues nothing new.</source>
        <translation>Si le titulaire possède déjà une attestation de ce type, l&apos;agent renvoie celle-ci et n&apos;en émet pas de nouvelle.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="58"/>
        <source>&amp;Issue to the holder</source>
        <translation>É&amp;mettre pour le titulaire</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="60"/>
        <source>Issue custodially</source>
        <translation>Émettre en mode dépositaire</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="61"/>
        <source>The issuer agent offers the credential and accepts it for the holder in one step, with the keys of both accounts.</source>
        <translation>L&apos;agent émetteur propose l&apos;attestation et l&apos;accepte à la place du titulaire en une seule étape, avec les clés des deux comptes.</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="65"/>
        <source>Holder&apos;s a&amp;ccount:</source>
        <translation>&amp;Compte du titulaire :</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="66"/>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion :</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="67"/>
        <source>Is&amp;suer DID:</source>
        <translation>DID de l&apos;émette&amp;ur :</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="68"/>
        <source>Holder &amp;DID:</source>
        <translation>DID du &amp;titulaire :</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="69"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant :</translation>
    </message>
    <message>
        <location filename="../ui/CustodialIssueForm.cpp" line="70"/>
        <source>C&amp;laims:</source>
        <translation>Attr&amp;ibuts :</translation>
    </message>
</context>
<context>
    <name>vcdesk::DecisionEventPage</name>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="32"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="39"/>
        <source>✓ passed</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="41"/>
        <source>✗ failed</source>
        <translation>✗ échoué</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="43"/>
        <source>? not checked</source>
        <translation>? non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="56"/>
        <source>The decision event as JSON</source>
        <translation>L&apos;événement de décision au format JSON</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="57"/>
        <source>Paste a credential decision event ({&quot;eventType&quot;: &quot;credential&quot;, …}) or open a file.</source>
        <translation>Collez un événement de décision sur une attestation ({&quot;eventType&quot;: &quot;credential&quot;, …}) ou ouvrez un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="63"/>
        <source>Paste a credential decision event of up to 1 MiB. It is read when you pause typing; the decision, its checks and the mandate data show below.</source>
        <translation>Collez un événement de décision sur une attestation, de 1 Mio au plus. Il est lu dès que vous marquez une pause dans la saisie ; la décision, ses contrôles et les données du mandat s&apos;affichent ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="65"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="67"/>
        <source>Open a decision event file</source>
        <translation>Ouvrir un fichier d&apos;événement de décision</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="68"/>
        <source>Choose a JSON file of up to 1 MiB; its text replaces what is in the box and is read at once.</source>
        <translation>Choisissez un fichier JSON de 1 Mio au plus ; son texte remplace le contenu de la zone et est lu immédiatement.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="71"/>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="73"/>
        <source>The event&apos;s checks</source>
        <translation>Les contrôles de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="77"/>
        <source>Mandate data, each hash checked</source>
        <translation>Données du mandat, chaque hachage étant vérifié</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="79"/>
        <source>One row for each item of the event&apos;s mandate data, nested fields indented: its label, type, value, and whether its hash matches the value. A hidden item&apos;s value is not shown, only checked.</source>
        <translation>Une ligne par élément des données du mandat de l&apos;événement, les champs imbriqués étant en retrait : son libellé, son type, sa valeur et la concordance de son hachage avec la valeur. La valeur d&apos;un élément masqué n&apos;est pas affichée, seulement vérifiée.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="90"/>
        <source>&amp;Inspect the credential</source>
        <translation>&amp;Inspecter l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="92"/>
        <source>Inspect the event&apos;s credential in the inspector</source>
        <translation>Inspecter l&apos;attestation de l&apos;événement dans l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="93"/>
        <source>Takes this event to the Inspect section, which checks the credential it carries and shows the report.</source>
        <translation>Transmet cet événement à la section «&#xa0;Inspecter&#xa0;», qui vérifie l&apos;attestation qu&apos;il contient et affiche le rapport.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="104"/>
        <source>Decision events</source>
        <translation>Événements de décision</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="119"/>
        <source>Open a decision event</source>
        <translation>Ouvrir un événement de décision</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="120"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="150"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="153"/>
        <source>%1 is larger than a decision event can be (1 MiB)</source>
        <translation>%1 dépasse la taille maximale d&apos;un événement de décision (1 Mio)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="156"/>
        <source>Reading the event…</source>
        <translation>Lecture de l&apos;événement…</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="171"/>
        <source>No event yet.</source>
        <translation>Aucun événement pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="173"/>
        <source>This is larger than a decision event can be (1 MiB).</source>
        <translation>Cela dépasse la taille maximale d&apos;un événement de décision (1 Mio).</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="177"/>
        <source>This is not JSON: %1</source>
        <translation>Ce n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="180"/>
        <source>This is not a credential decision event (eventType &quot;credential&quot; with a credential).</source>
        <translation>Ce n&apos;est pas un événement de décision sur une attestation (eventType &quot;credential&quot; accompagné d&apos;une attestation).</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="186"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="188"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="189"/>
        <source>Unknown decision &quot;%1&quot;</source>
        <translation>Décision inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="190"/>
        <source>%1 by %2 (%3) on %4.
Request %5 (internal %6), issuer %7.</source>
        <translation>%1 par %2 (%3) le %4.
Demande %5 (interne %6), émetteur %7.</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEventPage.cpp" line="196"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>vcdesk::DocumentCacheBox</name>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="22"/>
        <source>Status lists and schemas cache</source>
        <translation>Cache des listes de statuts et des schémas</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="29"/>
        <source>Status lists and schemas that checks fetched. A copy is used as is while fresh, fetched again after that, and still answers while the network cannot, until it is too old; then the check says it cannot tell.</source>
        <translation>Les listes de statuts et les schémas téléchargés lors des vérifications. Une copie est utilisée telle quelle tant qu&apos;elle est récente, puis téléchargée à nouveau ; elle sert encore quand le réseau est indisponible, jusqu&apos;à ce qu&apos;elle soit trop ancienne : le contrôle indique alors qu&apos;il ne peut pas conclure.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="33"/>
        <source>Kept in %1</source>
        <translation>Conservé dans %1</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="40"/>
        <source>Cached status lists and schemas</source>
        <translation>Listes de statuts et schémas en cache</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="42"/>
        <source>One row per cached document: its address, its kind, when it was fetched, and until when it is fresh and usable offline. Choose one to refresh or remove it.</source>
        <translation>Une ligne par document en cache : son adresse, son type, sa date de téléchargement et jusqu&apos;à quand il reste à jour et utilisable hors ligne. Choisissez-en un pour l&apos;actualiser ou le retirer.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="62"/>
        <source>Refresh n&amp;ow</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="64"/>
        <source>Fetch the selected document again now</source>
        <translation>Télécharger à nouveau le document sélectionné maintenant</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="65"/>
        <source>vcdesk fetches the chosen document from its address now and keeps the new copy. If that fails, nothing changes.</source>
        <translation>vcdesk télécharge immédiatement le document choisi depuis son adresse et conserve la nouvelle copie. En cas d&apos;échec, rien ne change.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="67"/>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="69"/>
        <source>Remove the selected document from the cache</source>
        <translation>Retirer du cache le document sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="70"/>
        <source>The copy goes at once, without asking. The next check that needs it fetches it again, or says it cannot tell without a network.</source>
        <translation>La copie est retirée immédiatement, sans confirmation. La prochaine vérification qui en a besoin la téléchargera à nouveau, ou indiquera qu&apos;elle ne peut pas conclure sans réseau.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="72"/>
        <source>Clear &amp;all…</source>
        <translation>Tout &amp;vider…</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="74"/>
        <source>Remove every cached status list and schema</source>
        <translation>Retirer du cache toutes les listes de statuts et tous les schémas</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="75"/>
        <source>You are asked to confirm first. Checks then fetch what they need again, and without a network they say they cannot tell.</source>
        <translation>Une confirmation vous est d&apos;abord demandée. Les vérifications téléchargent ensuite à nouveau ce dont elles ont besoin ; sans réseau, elles indiquent qu&apos;elles ne peuvent pas conclure.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="95"/>
        <source>Fetching the document again…</source>
        <translation>Nouveau téléchargement du document…</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="100"/>
        <source>Removing the cached document…</source>
        <translation>Retrait du document du cache…</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="107"/>
        <source>Clear the cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DocumentCacheBox.cpp" line="108"/>
        <source>Remove all %n cached status list(s) and schema(s)? Checks fetch them again when they can; without a network they will say they cannot tell.</source>
        <translation>
            <numerusform>Retirer du cache %n liste de statuts ou schéma ? Les vérifications le téléchargeront à nouveau dès que possible ; sans réseau, elles indiqueront qu&apos;elles ne peuvent pas conclure.</numerusform>
            <numerusform>Retirer du cache les %n listes de statuts et schémas ? Les vérifications les téléchargeront à nouveau dès que possible ; sans réseau, elles indiqueront qu&apos;elles ne peuvent pas conclure.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="111"/>
        <source>Clear all</source>
        <translation>Tout vider</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="111"/>
        <source>Clearing the cache…</source>
        <translation>Vidage du cache…</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="115"/>
        <source>Nothing is cached.</source>
        <translation>Le cache est vide.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="118"/>
        <source>Fetched %1 again.</source>
        <translation>%1 a été téléchargé à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="121"/>
        <source>Removed %1 from the cache.</source>
        <translation>%1 a été retiré du cache.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DocumentCacheBox.cpp" line="124"/>
        <source>Removed %n cached document(s).</source>
        <translation>
            <numerusform>%n document retiré du cache.</numerusform>
            <numerusform>%n documents retirés du cache.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="127"/>
        <source>Nothing changed: %1</source>
        <translation>Aucune modification : %1</translation>
    </message>
    <message>
        <location filename="../ui/DocumentCacheBox.cpp" line="179"/>
        <source>Reading the cache…</source>
        <translation>Lecture du cache…</translation>
    </message>
</context>
<context>
    <name>vcdesk::DocumentCacheModel</name>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="24"/>
        <source>choose a cached document first</source>
        <translation>choisissez d&apos;abord un document en cache</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="49"/>
        <source>Status list</source>
        <translation>Liste de statuts</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="51"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="55"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="96"/>
        <source>%1 (held by this service)</source>
        <translation>%1 (conservé par ce service)</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="117"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="119"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="121"/>
        <source>Fetched</source>
        <translation>Téléchargé le</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="123"/>
        <source>Fresh until</source>
        <translation>À jour jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="125"/>
        <source>Usable offline until</source>
        <translation>Utilisable hors ligne jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../models/DocumentCacheModel.cpp" line="127"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>vcdesk::GenerationConsole</name>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="15"/>
        <source>The generation service</source>
        <translation>Le service de génération</translation>
    </message>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="30"/>
        <source>Generate</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="31"/>
        <source>flow %1</source>
        <translation>flux %1</translation>
    </message>
    <message>
        <location filename="../models/GenerationConsole.cpp" line="33"/>
        <source>Generating the credential…</source>
        <translation>Génération de l&apos;attestation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/GenerationConsole.cpp" line="40"/>
        <source>Generated (verifiableCredentialGenerated): a credential of %n byte(s); open it in the inspector to check it.</source>
        <translation>
            <numerusform>Générée (verifiableCredentialGenerated) : une attestation de %n octet ; ouvrez-la dans l&apos;inspecteur pour la vérifier.</numerusform>
            <numerusform>Générée (verifiableCredentialGenerated) : une attestation de %n octets ; ouvrez-la dans l&apos;inspecteur pour la vérifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcdesk::GenerationPage</name>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="31"/>
        <source>Generation service account</source>
        <translation>Compte du service de génération</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="33"/>
        <source>Which of your wallet&apos;s generator accounts to ask. You add one in Wallet ▸ Accounts.</source>
        <translation>Le compte de service de génération de votre portefeuille à interroger. Vous pouvez en ajouter un dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="36"/>
        <source>No generation service account: add one (kind &quot;generator&quot;) in Wallet ▸ Accounts.</source>
        <translation>Aucun compte de service de génération : ajoutez-en un (type «&#xa0;Service de génération&#xa0;») dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="40"/>
        <source>Flow id</source>
        <translation>Identifiant de flux</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="42"/>
        <source>a new id for each request</source>
        <translation>un nouvel identifiant pour chaque demande</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="45"/>
        <source>Subject DID</source>
        <translation>DID du sujet</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="46"/>
        <source>did:… (optional)</source>
        <translation>did:… (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="48"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="50"/>
        <source>Generate the credential</source>
        <translation>Générer l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="51"/>
        <source>Sends the claims and subject DID to the chosen service, with a new flow id if you left it empty. What happened is said beside the button and kept in the operations history.</source>
        <translation>Envoie les attributs et le DID du sujet au service choisi, avec un nouvel identifiant de flux si vous avez laissé ce champ vide. Le résultat est indiqué à côté du bouton et conservé dans l&apos;historique des opérations.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="55"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="56"/>
        <source>&amp;Open in inspector</source>
        <translation>&amp;Ouvrir dans l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="58"/>
        <source>Open the generated credential in the inspector</source>
        <translation>Ouvrir l&apos;attestation générée dans l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="59"/>
        <source>Shows the last credential the service made in the inspector, where you see it checked. Available once one has been generated.</source>
        <translation>Affiche dans l&apos;inspecteur la dernière attestation produite par le service, pour que vous la voyiez vérifiée. Disponible dès qu&apos;une attestation a été générée.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="64"/>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="65"/>
        <source>Flow i&amp;d:</source>
        <translation>&amp;Identifiant de flux :</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="66"/>
        <source>&amp;Subject DID:</source>
        <translation>DID du &amp;sujet :</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="67"/>
        <source>C&amp;laims:</source>
        <translation>A&amp;ttributs :</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="73"/>
        <source>Generation service</source>
        <translation>Service de génération</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="75"/>
        <source>Ask a generation service (POST /generate) for a credential: the claims are the message payload, the subject&apos;s DID its &quot;id&quot;.</source>
        <translation>Demander une attestation à un service de génération (POST /generate) : les attributs forment le contenu du message, et le DID du sujet son &quot;id&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/GenerationPage.cpp" line="93"/>
        <source>Asking for flow %1…</source>
        <translation>Demande pour le flux %1…</translation>
    </message>
</context>
<context>
    <name>vcdesk::HistoryPage</name>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="35"/>
        <source>Presentations, newest first</source>
        <translation>Présentations, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="37"/>
        <source>Each row says when you answered a verifier, to whom, the outcome and what left your wallet. Choose one to read it in full below.</source>
        <translation>Chaque ligne indique quand vous avez répondu à un vérificateur, à qui, le résultat et ce qui a quitté votre portefeuille. Choisissez-en une pour la lire en détail ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="63"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="66"/>
        <source>You return to your credentials; the history stays as it is.</source>
        <translation>Vous revenez à vos attestations ; l&apos;historique reste inchangé.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="67"/>
        <source>C&amp;lear history…</source>
        <translation>&amp;Effacer l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="69"/>
        <source>Clear the presentation history</source>
        <translation>Effacer l&apos;historique des présentations</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="70"/>
        <source>Removes this list from your wallet. Verifiers keep what they received.</source>
        <translation>Supprime cette liste de votre portefeuille. Les vérificateurs conservent ce qu&apos;ils ont reçu.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="78"/>
        <source>Presentation history</source>
        <translation>Historique des présentations</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="112"/>
        <source>No presentations yet. When you answer a verifier, what you shared is listed here.</source>
        <translation>Aucune présentation pour l&apos;instant. Lorsque vous répondez à un vérificateur, ce que vous avez partagé apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="114"/>
        <source>Choose a presentation to see it in full.</source>
        <translation>Choisissez une présentation pour l&apos;afficher en détail.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="118"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="121"/>
        <source>To: %1</source>
        <translation>Destinataire : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="122"/>
        <source>Client id: %1</source>
        <translation>Identifiant client : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="124"/>
        <source>Not authenticated: anyone could have made this request.</source>
        <translation>Non authentifié : n&apos;importe qui a pu faire cette demande.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="125"/>
        <source>Checked: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="127"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="129"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="131"/>
        <source>Nothing left your wallet.</source>
        <translation>Rien n&apos;a quitté votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="133"/>
        <source>What left your wallet:</source>
        <translation>Ce qui a quitté votre portefeuille :</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="139"/>
        <source>%1: the whole credential</source>
        <translation>%1 : l&apos;attestation entière</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="146"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="155"/>
        <source>Clear the history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="156"/>
        <source>Remove every presentation from this list? Verifiers keep what they received; only your record of it goes.</source>
        <translation>Supprimer toutes les présentations de cette liste ? Les vérificateurs conservent ce qu&apos;ils ont reçu ; seule votre trace disparaît.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="158"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPage.cpp" line="163"/>
        <source>Clearing the history…</source>
        <translation>Effacement de l&apos;historique…</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedCredentialListModel</name>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="64"/>
        <source>Credential %1</source>
        <translation>Attestation %1</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="77"/>
        <source>%1 — %2 (copied here)</source>
        <translation>%1 — %2 (copiée ici)</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="78"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="81"/>
        <source>%1, id %2, a copy is in this wallet</source>
        <translation>%1, identifiant %2, une copie se trouve dans ce portefeuille</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="82"/>
        <source>%1, id %2, not copied here</source>
        <translation>%1, identifiant %2, non copiée ici</translation>
    </message>
    <message>
        <location filename="../models/HostedCredentialListModel.cpp" line="84"/>
        <source>Id in the hosted wallet: %1</source>
        <translation>Identifiant dans le portefeuille hébergé : %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletActions</name>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="46"/>
        <source>Stopped. %1</source>
        <translation>Interrompu. %1</translation>
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
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="80"/>
        <source>Nothing was stored; try again, or check the account in Wallet ▸ Accounts.</source>
        <translation>Rien n&apos;a été enregistré ; réessayez, ou vérifiez le compte dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="100"/>
        <location filename="../models/HostedWalletActions.cpp" line="259"/>
        <source>Asking %1</source>
        <translation>Interrogation de %1</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="103"/>
        <source>Asking the hosted wallet…</source>
        <translation>Interrogation du portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="109"/>
        <source>What this wallet remembers is unchanged; try again later.</source>
        <translation>Ce que ce portefeuille a mémorisé reste inchangé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="118"/>
        <source>No templates</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="126"/>
        <source>Asking the hosted wallet for its templates…</source>
        <translation>Demande des modèles au portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="139"/>
        <source>Not issued</source>
        <translation>Non émise</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="155"/>
        <source>Asking the hosted wallet to issue “%1”…</source>
        <translation>Demande d&apos;émission de «&#xa0;%1&#xa0;» au portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="165"/>
        <source>The hosted wallet already holds this credential for you; if you know its id, use “Add by id”</source>
        <translation>Le portefeuille hébergé détient déjà cette attestation pour vous ; si vous connaissez son identifiant, utilisez «&#xa0;Ajouter par identifiant&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="180"/>
        <source>Not added</source>
        <translation>Non ajoutée</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="182"/>
        <source>A credential id has 1 to %1 characters. Nothing was remembered.</source>
        <translation>Un identifiant d&apos;attestation compte de 1 à %1 caractères. Rien n&apos;a été mémorisé.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="196"/>
        <source>Asking the hosted wallet for the credential…</source>
        <translation>Demande de l&apos;attestation au portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="203"/>
        <source>The hosted wallet has no credential with the id “%1”. Check the id; nothing was remembered.</source>
        <translation>Le portefeuille hébergé n&apos;a aucune attestation portant l&apos;identifiant «&#xa0;%1&#xa0;». Vérifiez l&apos;identifiant ; rien n&apos;a été mémorisé.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="208"/>
        <source>Nothing was remembered; try again later.</source>
        <translation>Rien n&apos;a été mémorisé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="231"/>
        <source>Not remembered</source>
        <translation>Non mémorisée</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="232"/>
        <source>The hosted wallet keeps the credential.</source>
        <translation>Le portefeuille hébergé conserve l&apos;attestation.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="239"/>
        <location filename="../models/HostedWalletActions.cpp" line="313"/>
        <source>Not copied</source>
        <translation>Non copiée</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="249"/>
        <location filename="../models/HostedWalletActions.cpp" line="319"/>
        <source>It is already in your wallet.</source>
        <translation>Elle est déjà dans votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="256"/>
        <source>Copying from the hosted wallet…</source>
        <translation>Copie depuis le portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="263"/>
        <source>Checking the credential</source>
        <translation>Vérification de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="315"/>
        <source>Nothing was stored; the hosted wallet keeps it.</source>
        <translation>Rien n&apos;a été enregistré ; le portefeuille hébergé la conserve.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="320"/>
        <source>It is in your wallet. %1</source>
        <translation>Elle est dans votre portefeuille. %1</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="335"/>
        <source>no such hosted credential in this profile</source>
        <translation>cette attestation hébergée n&apos;existe pas dans ce profil</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletActions.cpp" line="343"/>
        <source>Not forgotten</source>
        <translation>Non oubliée</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletConsole</name>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="35"/>
        <source>The hosted wallet</source>
        <translation>Le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="54"/>
        <source>List templates</source>
        <translation>Liste des modèles</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="54"/>
        <source>Asking for the templates…</source>
        <translation>Demande des modèles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/HostedWalletConsole.cpp" line="60"/>
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n modèle.</numerusform>
            <numerusform>%n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="70"/>
        <source>Issue from template</source>
        <translation>Émission depuis un modèle</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="71"/>
        <source>%1 to %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="72"/>
        <source>Issuing from the template…</source>
        <translation>Émission depuis le modèle…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="79"/>
        <source>Issued: credential %1.</source>
        <translation>Émise : attestation %1.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="88"/>
        <source>Get</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="88"/>
        <location filename="../models/HostedWalletConsole.cpp" line="104"/>
        <location filename="../models/HostedWalletConsole.cpp" line="150"/>
        <source>credential %1</source>
        <translation>attestation %1</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="89"/>
        <source>Getting the credential…</source>
        <translation>Récupération de l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="94"/>
        <source>Credential %1: %2.</source>
        <translation>Attestation %1 : %2.</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="104"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="105"/>
        <source>Verifying at the hosted wallet and here…</source>
        <translation>Vérification par le portefeuille hébergé et ici…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="112"/>
        <source>The hosted wallet verifies it</source>
        <translation>Vérification par le portefeuille hébergé</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/HostedWalletConsole.cpp" line="118"/>
        <source>the hosted wallet gave %n result(s) for one proof</source>
        <translation>
            <numerusform>le portefeuille hébergé a renvoyé %n résultat pour une seule preuve</numerusform>
            <numerusform>le portefeuille hébergé a renvoyé %n résultats pour une seule preuve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="120"/>
        <source>vcdesk checks it</source>
        <translation>Vérification par vcdesk</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="138"/>
        <source>The hosted wallet and vcdesk agree on every check.</source>
        <translation>Le portefeuille hébergé et vcdesk concordent sur tous les contrôles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/HostedWalletConsole.cpp" line="139"/>
        <source>The hosted wallet and vcdesk differ on %n check(s): see the highlighted rows.</source>
        <translation>
            <numerusform>Le portefeuille hébergé et vcdesk divergent sur %n contrôle : voir la ligne en surbrillance.</numerusform>
            <numerusform>Le portefeuille hébergé et vcdesk divergent sur %n contrôles : voir les lignes en surbrillance.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="150"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="151"/>
        <source>Deleting the credential…</source>
        <translation>Suppression de l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../models/HostedWalletConsole.cpp" line="160"/>
        <source>Credential %1 is deleted at the hosted wallet.</source>
        <translation>L&apos;attestation %1 a été supprimée du portefeuille hébergé.</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletConsolePage</name>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="49"/>
        <source>Hosted wallet account</source>
        <translation>Compte de portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="51"/>
        <source>Every request on this page goes to this account&apos;s hosted wallet, with its API key.</source>
        <translation>Toutes les requêtes de cette page sont envoyées au portefeuille hébergé de ce compte, avec sa clé d&apos;API.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="53"/>
        <source>Acco&amp;unt:</source>
        <translation>C&amp;ompte :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="56"/>
        <source>No hosted wallet account: add one in Wallet ▸ Accounts.</source>
        <translation>Aucun compte de portefeuille hébergé : ajoutez-en un dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="60"/>
        <source>Credential id at the hosted wallet</source>
        <translation>Identifiant de l&apos;attestation dans le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="63"/>
        <source>Type the id the hosted wallet gave the credential, or issue one below to have it filled in. Press Enter to get its state.</source>
        <translation>Saisissez l&apos;identifiant attribué à l&apos;attestation par le portefeuille hébergé, ou émettez-en une ci-dessous pour qu&apos;il soit renseigné automatiquement. Appuyez sur Entrée pour récupérer son état.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="65"/>
        <source>Credential &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;attestation :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="67"/>
        <source>&amp;Get</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="67"/>
        <source>Get the credential&apos;s state</source>
        <translation>Récupérer l&apos;état de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="68"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="69"/>
        <source>Verify at the hosted wallet and compare with vcdesk&apos;s checks</source>
        <translation>Vérifier auprès du portefeuille hébergé et comparer avec les contrôles de vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="70"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="71"/>
        <source>Delete the credential at the hosted wallet</source>
        <translation>Supprimer l&apos;attestation dans le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="72"/>
        <source>Shows the credential&apos;s status, template, type, issuer and claims as the hosted wallet keeps them.</source>
        <translation>Affiche le statut, le modèle, le type, l&apos;émetteur et les attributs de l&apos;attestation tels que les conserve le portefeuille hébergé.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="74"/>
        <source>The hosted wallet checks the credential, vcdesk checks it here too, and the table shows both answers check by check.</source>
        <translation>Le portefeuille hébergé vérifie l&apos;attestation, vcdesk la vérifie aussi de son côté, et le tableau présente les deux réponses contrôle par contrôle.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="76"/>
        <source>You are asked to confirm first. The holder loses the credential at the hosted wallet, and this cannot be undone.</source>
        <translation>Une confirmation vous est d&apos;abord demandée. Le titulaire perd l&apos;attestation dans le portefeuille hébergé, et cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="79"/>
        <source>The credential</source>
        <translation>L&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="83"/>
        <source>The hosted wallet&apos;s checks next to vcdesk&apos;s</source>
        <translation>Les contrôles du portefeuille hébergé comparés à ceux de vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="85"/>
        <source>One row per check: what the hosted wallet says, what vcdesk says, and whether they agree. Rows where they differ are highlighted.</source>
        <translation>Une ligne par contrôle : ce qu&apos;indique le portefeuille hébergé, ce qu&apos;indique vcdesk, et s&apos;ils concordent. Les lignes où ils divergent sont mises en évidence.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="108"/>
        <source>Hosted wallet</source>
        <translation>Portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="132"/>
        <source>Delete the credential?</source>
        <translation>Supprimer l&apos;attestation ?</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="133"/>
        <source>Credential %1 will be deleted at the hosted wallet. Its holder loses it there; this cannot be undone.</source>
        <translation>L&apos;attestation %1 sera supprimée du portefeuille hébergé. Son titulaire n&apos;y aura plus accès ; cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="136"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="143"/>
        <source>Status %1, template %2, type %3, issuer %4.
Claims: %5</source>
        <translation>Statut %1, modèle %2, type %3, émetteur %4.
Attributs : %5</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="169"/>
        <source>Issue from a template</source>
        <translation>Émettre depuis un modèle</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="170"/>
        <source>&amp;Load templates</source>
        <translation>&amp;Charger les modèles</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="171"/>
        <source>Ask the hosted wallet for its templates</source>
        <translation>Demander ses modèles au portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="173"/>
        <source>Fills the template list with the templates the chosen account can issue from.</source>
        <translation>Remplit la liste des modèles avec ceux à partir desquels le compte choisi peut émettre.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="176"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="178"/>
        <source>Empty until you load the templates. The fields of the template you choose appear below for you to fill in.</source>
        <translation>Vide tant que vous n&apos;avez pas chargé les modèles. Les champs du modèle choisi apparaissent ci-dessous pour que vous les remplissiez.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="182"/>
        <source>The holder&apos;s wallet to issue into</source>
        <translation>Le portefeuille du titulaire dans lequel émettre</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="183"/>
        <source>the holder&apos;s wallet id or DID</source>
        <translation>identifiant ou DID du portefeuille du titulaire</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="184"/>
        <source>I&amp;ssue</source>
        <translation>&amp;Émettre</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="184"/>
        <source>Issue from the template</source>
        <translation>Émettre depuis le modèle</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="185"/>
        <source>The hosted wallet issues a credential from the chosen template, with the fields you filled in, into the holder&apos;s wallet. Its id then appears in the credential id field.</source>
        <translation>Le portefeuille hébergé émet une attestation à partir du modèle choisi, avec les champs que vous avez remplis, dans le portefeuille du titulaire. Son identifiant apparaît ensuite dans le champ «&#xa0;Identifiant de l&apos;attestation&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="189"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="191"/>
        <source>Hold&amp;er&apos;s wallet:</source>
        <translation>Portefeuille du &amp;titulaire :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletConsolePage.cpp" line="277"/>
        <source>The template names %1 fields; the first %2 are shown.</source>
        <translation>Le modèle définit %1 champs ; seuls les %2 premiers sont affichés.</translation>
    </message>
</context>
<context>
    <name>vcdesk::HostedWalletPage</name>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="45"/>
        <source>What a hosted wallet holds for you. Its service lists nothing, so this wallet remembers the ids it learns: those requested here and those you add.</source>
        <translation>Ce qu&apos;un portefeuille hébergé détient pour vous. Son service ne fournit aucune liste : ce portefeuille mémorise donc les identifiants qu&apos;il apprend, ceux demandés ici et ceux que vous ajoutez.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="50"/>
        <source>Hosted wallet account</source>
        <translation>Compte de portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="51"/>
        <source>Choose which of your hosted wallet accounts the list, the templates and the requests below use.</source>
        <translation>Choisissez celui de vos comptes de portefeuille hébergé qu&apos;utilisent la liste, les modèles et les demandes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="53"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="56"/>
        <source>No hosted wallet account: add one in Wallet ▸ Accounts.</source>
        <translation>Aucun compte de portefeuille hébergé : ajoutez-en un dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="60"/>
        <source>Credentials the hosted wallet holds</source>
        <translation>Attestations détenues par le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="61"/>
        <source>The credentials your wallet remembers for this account. Choose one to see what it holds, copy it here or forget it.</source>
        <translation>Les attestations que votre portefeuille a mémorisées pour ce compte. Choisissez-en une pour voir son contenu, la copier ici ou l&apos;oublier.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="69"/>
        <source>The chosen credential</source>
        <translation>L&apos;attestation choisie</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="72"/>
        <source>&amp;Copy into this wallet</source>
        <translation>Copi&amp;er dans ce portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="74"/>
        <source>Copy the chosen credential into this wallet</source>
        <translation>Copier l&apos;attestation choisie dans ce portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="75"/>
        <source>Your wallet fetches the credential from the hosted wallet and checks it; one that is not valid is kept only if you say so. The hosted wallet keeps it too.</source>
        <translation>Votre portefeuille récupère l&apos;attestation auprès du portefeuille hébergé et la vérifie ; une attestation non valide n&apos;est conservée que si vous le demandez. Le portefeuille hébergé la conserve également.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="78"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="80"/>
        <source>Forget the chosen credential&apos;s id</source>
        <translation>Oublier l&apos;identifiant de l&apos;attestation choisie</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="81"/>
        <source>This wallet forgets the id; the hosted wallet keeps the credential, and a copy here stays.</source>
        <translation>Ce portefeuille oublie l&apos;identifiant ; le portefeuille hébergé conserve l&apos;attestation, et une éventuelle copie ici est conservée.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="83"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="85"/>
        <source>Back to the credentials</source>
        <translation>Retour aux attestations</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="86"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Revient à la liste des attestations de votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="103"/>
        <source>Hosted wallet</source>
        <translation>Portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="135"/>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="142"/>
        <source>The copy is “%1”:
%2

Keep it in your wallet anyway? It is kept marked “%1”.</source>
        <translation>La copie est «&#xa0;%1&#xa0;» :
%2

La conserver quand même dans votre portefeuille ? Elle restera marquée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="145"/>
        <source>The copy is “%1”; nothing is stored unless you keep it.
%2</source>
        <translation>La copie est «&#xa0;%1&#xa0;» ; rien n&apos;est enregistré si vous ne la conservez pas.
%2</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="148"/>
        <source>Keep a copy that is not valid?</source>
        <translation>Conserver une copie non valide ?</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="149"/>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="158"/>
        <source>Forget the credential?</source>
        <translation>Oublier l&apos;attestation ?</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="159"/>
        <source>Forget “%1”? This wallet no longer lists it; the hosted wallet keeps it, and a copy in this wallet stays.</source>
        <translation>Oublier «&#xa0;%1&#xa0;» ? Ce portefeuille ne l&apos;affichera plus ; le portefeuille hébergé la conserve, et une éventuelle copie dans ce portefeuille est conservée.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="162"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="165"/>
        <source>Forgotten. The hosted wallet keeps the credential.</source>
        <translation>Oubliée. Le portefeuille hébergé conserve l&apos;attestation.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="169"/>
        <source>Added. It is listed above.</source>
        <translation>Ajoutée. Elle figure dans la liste ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="177"/>
        <source>The hosted wallet issued “%1” to you. It is listed above; copy it to keep it here too.</source>
        <translation>Le portefeuille hébergé a émis «&#xa0;%1&#xa0;» à votre intention. L&apos;attestation figure dans la liste ci-dessus ; copiez-la pour la conserver aussi ici.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="189"/>
        <source>The hosted wallet could not be asked: %1</source>
        <translation>Impossible d&apos;interroger le portefeuille hébergé : %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="193"/>
        <location filename="../ui/HostedWalletPage.cpp" line="359"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="200"/>
        <source>Add by id</source>
        <translation>Ajouter par identifiant</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="203"/>
        <source>The hosted wallet&apos;s id of a credential</source>
        <translation>L&apos;identifiant d&apos;une attestation dans le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="204"/>
        <source>e.g. 654cb11409081b002b4f782f</source>
        <translation>p. ex. 654cb11409081b002b4f782f</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="206"/>
        <source>A&amp;dd by id</source>
        <translation>A&amp;jouter par identifiant</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="208"/>
        <source>Remember the id, once the hosted wallet knows it</source>
        <translation>Mémoriser l&apos;identifiant, une fois reconnu par le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="209"/>
        <source>Your wallet asks the hosted wallet for the credential with the id you typed and, if it has it, lists it above. Nothing is copied into this wallet yet.</source>
        <translation>Votre portefeuille demande au portefeuille hébergé l&apos;attestation portant l&apos;identifiant saisi et, s&apos;il la détient, l&apos;affiche dans la liste ci-dessus. Rien n&apos;est encore copié dans ce portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="212"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="222"/>
        <source>Asking the hosted wallet for “%1”…</source>
        <translation>Demande de «&#xa0;%1&#xa0;» au portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="233"/>
        <source>Request from a template</source>
        <translation>Demander depuis un modèle</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="234"/>
        <source>Get &amp;templates</source>
        <translation>Obtenir les &amp;modèles</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="236"/>
        <source>Ask the hosted wallet for its templates</source>
        <translation>Demander ses modèles au portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="237"/>
        <source>Your wallet fetches the credential templates of the chosen account and lists them in the Template box.</source>
        <translation>Votre portefeuille récupère les modèles d&apos;attestation du compte choisi et les affiche dans la liste «&#xa0;Modèle&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="241"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="242"/>
        <source>The template to request a credential from. Choosing one shows the fields it asks you to fill in below.</source>
        <translation>Le modèle à partir duquel demander une attestation. Une fois le modèle choisi, les champs à remplir s&apos;affichent ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="245"/>
        <source>Get the templates first</source>
        <translation>Obtenez d&apos;abord les modèles</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="246"/>
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="248"/>
        <source>Have the hosted wallet issue the credential to you</source>
        <translation>Faire émettre l&apos;attestation à votre intention par le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="249"/>
        <source>The hosted wallet issues a credential from the chosen template, with the fields you filled in, in the name of your wallet&apos;s default key. It is then listed above, and you can copy it here.</source>
        <translation>Le portefeuille hébergé émet une attestation à partir du modèle choisi, avec les champs que vous avez remplis, au nom de la clé par défaut de votre portefeuille. Elle apparaît ensuite dans la liste ci-dessus, et vous pouvez la copier ici.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="252"/>
        <source>Te&amp;mplate:</source>
        <translation>Modè&amp;le :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="314"/>
        <source>No credentials remembered for this account yet: request one from a template, or add one by its id.</source>
        <translation>Aucune attestation mémorisée pour ce compte : demandez-en une depuis un modèle, ou ajoutez-en une par son identifiant.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="316"/>
        <source>Choose a credential to see what it holds.</source>
        <translation>Choisissez une attestation pour voir son contenu.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="321"/>
        <location filename="../ui/HostedWalletPage.cpp" line="345"/>
        <source>Id in the hosted wallet: %1</source>
        <translation>Identifiant dans le portefeuille hébergé : %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="322"/>
        <location filename="../ui/HostedWalletPage.cpp" line="346"/>
        <source>A copy is in this wallet.</source>
        <translation>Une copie se trouve dans ce portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="323"/>
        <location filename="../ui/HostedWalletPage.cpp" line="347"/>
        <source>Not copied into this wallet.</source>
        <translation>Non copiée dans ce portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="324"/>
        <source>Asking the hosted wallet…</source>
        <translation>Interrogation du portefeuille hébergé…</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="348"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="349"/>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="353"/>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="354"/>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="355"/>
        <source>What it says:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="395"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/HostedWalletPage.cpp" line="410"/>
        <source>Asking the hosted wallet to issue it…</source>
        <translation>Demande d&apos;émission au portefeuille hébergé…</translation>
    </message>
</context>
<context>
    <name>vcdesk::HttpCall</name>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="45"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu dans les %2 s</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="86"/>
        <location filename="../core/net/HttpClient.cpp" line="80"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="123"/>
        <source>%1 redirects to %2, which is not followed</source>
        <translation>%1 redirige vers %2, redirection non suivie</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="132"/>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation>la réponse de %1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="183"/>
        <source>the secure connection to %1 failed: %2</source>
        <translation>échec de la connexion sécurisée à %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="193"/>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="219"/>
        <source>%1 (the body says status %2)</source>
        <translation>%1 (le corps de la réponse indique le statut %2)</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="221"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="222"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="229"/>
        <source>the answer from %1 broke off: %2</source>
        <translation>la réponse de %1 a été interrompue : %2</translation>
    </message>
    <message>
        <location filename="../core/net/HttpCall.cpp" line="234"/>
        <source>%1 answered with a redirect (%2), which is not followed</source>
        <translation>%1 a répondu par une redirection (%2), qui n&apos;est pas suivie</translation>
    </message>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="78"/>
        <source>networking needs a running application (no QCoreApplication)</source>
        <translation>le réseau nécessite une application en cours d&apos;exécution (pas de QCoreApplication)</translation>
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
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="70"/>
        <source>Each check made on the token, with its result and the reason. Together they give the verdict shown above.</source>
        <translation>Chaque contrôle effectué sur le jeton, avec son résultat et sa justification. Ensemble, ils déterminent le verdict affiché ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="84"/>
        <location filename="../ui/InspectionView.cpp" line="87"/>
        <source>Claims</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="86"/>
        <source>What the credential says about its subject, as a tree of names and values.</source>
        <translation>Ce que l&apos;attestation déclare à propos de son sujet, sous forme d&apos;arborescence de noms et de valeurs.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="89"/>
        <location filename="../ui/InspectionView.cpp" line="97"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="91"/>
        <source>Everything the token&apos;s body carries, decoded, as a tree of names and values.</source>
        <translation>Tout le contenu décodé du corps du jeton, sous forme d&apos;arborescence de noms et de valeurs.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="93"/>
        <location filename="../ui/InspectionView.cpp" line="98"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="95"/>
        <source>The signed token&apos;s header as a tree of names and values, such as its signing algorithm and key id; empty for a token without one.</source>
        <translation>L&apos;en-tête du jeton signé sous forme d&apos;arborescence de noms et de valeurs, par exemple son algorithme de signature et l&apos;identifiant de sa clé ; vide pour un jeton sans en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="100"/>
        <source>Embedded credentials</source>
        <translation>Attestations intégrées</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="102"/>
        <source>The credentials this token carries, such as those in a presentation, each inspected on its own and shown as a tree.</source>
        <translation>Les attestations contenues dans ce jeton, par exemple celles d&apos;une présentation, chacune inspectée séparément et affichée sous forme d&apos;arborescence.</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="104"/>
        <source>Embedded</source>
        <translation>Intégrées</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="106"/>
        <source>Signed form</source>
        <translation>Forme signée</translation>
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
            <numerusform>%1 et %n+ autre</numerusform>
            <numerusform>%1 et %n+ autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InspectionView.cpp" line="156"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="172"/>
        <source>Embedded (%1)</source>
        <translation>Intégrées (%1)</translation>
    </message>
    <message>
        <location filename="../ui/InspectionView.cpp" line="196"/>
        <source>Nothing inspected yet.</source>
        <translation>Rien n&apos;a encore été inspecté.</translation>
    </message>
</context>
<context>
    <name>vcdesk::InspectorPage</name>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="40"/>
        <source>&lt;h2&gt;Inspect a credential or token&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inspecter une attestation ou un jeton&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="45"/>
        <source>Token to inspect</source>
        <translation>Jeton à inspecter</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="46"/>
        <source>Paste a token, such as a signed JWT or JWS. It is checked a moment after it changes, and what is found shows below.</source>
        <translation>Collez un jeton, par exemple un JWT ou un JWS signé. Il est vérifié quelques instants après chaque modification, et les résultats s&apos;affichent ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="49"/>
        <source>Paste a signed token (JWT / JWS) here, drop a file on this window, or open one.</source>
        <translation>Collez ici un jeton signé (JWT / JWS), déposez un fichier sur cette fenêtre ou ouvrez-en un.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="56"/>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="58"/>
        <source>Open a token from a file</source>
        <translation>Ouvrir un jeton depuis un fichier</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="59"/>
        <source>Choose a token file of up to 16 MiB; its text goes into the token field and is checked.</source>
        <translation>Choisissez un fichier de jeton de 16 Mio au plus ; son texte est placé dans le champ du jeton puis vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="61"/>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="63"/>
        <source>Inspect several token files</source>
        <translation>Inspecter plusieurs fichiers de jetons</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="64"/>
        <source>Choose several files; each is checked on its own, and the Batch tab lists the results.</source>
        <translation>Choisissez plusieurs fichiers ; chacun est vérifié séparément, et l&apos;onglet «&#xa0;Lot&#xa0;» en présente les résultats.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="66"/>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="68"/>
        <source>Inspect every token file in a folder</source>
        <translation>Inspecter tous les fichiers de jetons d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="69"/>
        <source>Choose a folder; every file in it and in its subfolders is checked, and the Batch tab lists the results.</source>
        <translation>Choisissez un dossier ; tous les fichiers qu&apos;il contient, sous-dossiers compris, sont vérifiés, et l&apos;onglet «&#xa0;Lot&#xa0;» en présente les résultats.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="71"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="73"/>
        <source>Clear the token</source>
        <translation>Effacer le jeton</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="74"/>
        <source>Empties the token field and the results below.</source>
        <translation>Vide le champ du jeton et efface les résultats ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="85"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="87"/>
        <source>Export a report of this token or batch as PDF, CSV or JSON</source>
        <translation>Exporter un rapport sur ce jeton ou ce lot au format PDF, CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="89"/>
        <source>Save what this tab shows as a PDF to file or print, a CSV spreadsheet, or JSON (Ctrl+E)</source>
        <translation>Enregistrer le contenu de cet onglet en PDF (fichier ou impression), en tableur CSV ou en JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="108"/>
        <source>One token or a batch</source>
        <translation>Un jeton ou un lot</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="109"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="110"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="147"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="155"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="157"/>
        <source>Offline: contact no server, use caches</source>
        <translation>Hors ligne : ne contacter aucun serveur, utiliser les caches</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="158"/>
        <source>DIDs and status lists come from caches, or their checks say they cannot be verified.</source>
        <translation>Les DID et les listes de statuts proviennent des caches ; à défaut, leurs contrôles indiquent qu&apos;ils ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="160"/>
        <source>Check as of</source>
        <translation>Vérifier en date du</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="162"/>
        <source>Check validity as of another date</source>
        <translation>Vérifier la validité à une autre date</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="163"/>
        <source>When on, the token is checked as of the date and time beside this box instead of now.</source>
        <translation>Si cette case est cochée, le jeton est vérifié à la date et à l&apos;heure indiquées à côté, au lieu de l&apos;instant présent.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="167"/>
        <source>The date and time to check validity at (UTC)</source>
        <translation>Date et heure de vérification de la validité (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="168"/>
        <source>Type or pick a date and time in UTC, as year-month-day hours:minutes. It applies while “Check as of” is on.</source>
        <translation>Saisissez ou choisissez une date et une heure UTC, au format année-mois-jour heures:minutes. Elles s&apos;appliquent tant que «&#xa0;Vérifier en date du&#xa0;» est coché.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="176"/>
        <source>Trust list: %1 · status lists and schemas cached in %2</source>
        <translation>Liste de confiance : %1 · listes de statuts et schémas en cache dans %2</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="220"/>
        <source>Open a token</source>
        <translation>Ouvrir un jeton</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="220"/>
        <location filename="../ui/InspectorPage.cpp" line="228"/>
        <source>Tokens (*.jwt *.jws *.txt *.json);;All files (*)</source>
        <translation>Jetons (*.jwt *.jws *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="228"/>
        <source>Inspect token files</source>
        <translation>Inspecter des fichiers de jetons</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="235"/>
        <source>Inspect every token in a folder</source>
        <translation>Inspecter tous les jetons d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="271"/>
        <source>batch-report.pdf</source>
        <translation>rapport-lot.pdf</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="271"/>
        <source>inspection-report.pdf</source>
        <translation>rapport-inspection.pdf</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="273"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="286"/>
        <source>There is no inspected token to report on.</source>
        <translation>Aucun jeton inspecté sur lequel établir un rapport.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="294"/>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="301"/>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="304"/>
        <source>The report was not saved: %1 [%2]</source>
        <translation>Le rapport n&apos;a pas été enregistré : %1 [%2]</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="325"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="329"/>
        <source>%1 is larger than 16 MiB; it is not a token.</source>
        <translation>%1 dépasse 16 Mio ; ce n&apos;est pas un jeton.</translation>
    </message>
    <message>
        <location filename="../ui/InspectorPage.cpp" line="357"/>
        <source>This is not a token vcdesk can read: %1</source>
        <translation>Ce n&apos;est pas un jeton lisible par vcdesk : %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::InstanceChannel</name>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="42"/>
        <source>this window already listens</source>
        <translation>cette fenêtre est déjà à l&apos;écoute</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="48"/>
        <source>another vcdesk is running</source>
        <translation>une autre instance de vcdesk est en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="56"/>
        <source>cannot listen at %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="95"/>
        <source>the argument is too long to hand over</source>
        <translation>l&apos;argument est trop long pour être transmis</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="99"/>
        <source>no vcdesk is running</source>
        <translation>aucune instance de vcdesk n&apos;est en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="102"/>
        <location filename="../core/net/InstanceChannel.cpp" line="107"/>
        <source>the running vcdesk did not take the link</source>
        <translation>l&apos;instance de vcdesk en cours d&apos;exécution n&apos;a pas accepté le lien</translation>
    </message>
    <message>
        <location filename="../core/net/InstanceChannel.cpp" line="105"/>
        <source>the running vcdesk did not answer</source>
        <translation>l&apos;instance de vcdesk en cours d&apos;exécution n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerConsole</name>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="18"/>
        <source>The issuer agent</source>
        <translation>L&apos;agent émetteur</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="93"/>
        <source>The account cannot be read: %1.</source>
        <translation>Impossible de lire le compte : %1.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="96"/>
        <source>%1 is not an issuer-agent account.</source>
        <translation>%1 n&apos;est pas un compte d&apos;agent émetteur.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="159"/>
        <source>This agent does not list its connections: type the connection id.</source>
        <translation>Cet agent ne fournit pas la liste de ses connexions : saisissez l&apos;identifiant de connexion.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="174"/>
        <source>Choose an issuer-agent account first (it may still be being read).</source>
        <translation>Choisissez d&apos;abord un compte d&apos;agent émetteur (il est peut-être encore en cours de lecture).</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="184"/>
        <source>Create offer</source>
        <translation>Création d&apos;offre</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="184"/>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="185"/>
        <source>Creating the offer…</source>
        <translation>Création de l&apos;offre…</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="191"/>
        <source>Offer %1 created (%2); the holder sees it once it is sent.</source>
        <translation>Offre %1 créée (%2) ; le titulaire la verra une fois qu&apos;elle aura été envoyée.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="201"/>
        <source>Issue</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="201"/>
        <location filename="../models/IssuerConsole.cpp" line="217"/>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="201"/>
        <source>Issuing…</source>
        <translation>Émission…</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="207"/>
        <source>Record %1 is being issued (%2).</source>
        <translation>Émission de l&apos;enregistrement %1 en cours (%2).</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="217"/>
        <source>Revoke</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="217"/>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="225"/>
        <source>The agent says the credential of record %1 is revoked: verifiers that check its status list refuse it from now on.</source>
        <translation>Selon l&apos;agent, l&apos;attestation de l&apos;enregistrement %1 est révoquée : les vérificateurs qui consultent sa liste de statuts la refuseront désormais.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="236"/>
        <source>Look up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="236"/>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="237"/>
        <source>Looking up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="244"/>
        <source>Found record %1 (%2). It holds no credential to inspect: an issuer&apos;s records do not keep them, the holder&apos;s do.</source>
        <translation>Enregistrement %1 trouvé (%2). Il ne contient aucune attestation à inspecter : les enregistrements de l&apos;émetteur ne les conservent pas, contrairement à ceux du titulaire.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="247"/>
        <source>Found record %1 (%2), with its credential.</source>
        <translation>Enregistrement %1 trouvé (%2), avec son attestation.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="264"/>
        <source>The account changed before the issuance began: nothing was sent.</source>
        <translation>Le compte a changé avant le début de l&apos;émission : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="268"/>
        <source>The holder&apos;s account cannot be read: %1.</source>
        <translation>Impossible de lire le compte du titulaire : %1.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="277"/>
        <source>%1 is not an account at this issuer agent: its key is not sent here.</source>
        <translation>%1 n&apos;est pas un compte de cet agent émetteur : sa clé n&apos;y est pas envoyée.</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="284"/>
        <source>Custodial issuance</source>
        <translation>Émission en mode dépositaire</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="285"/>
        <source>connection %1, holder %2</source>
        <translation>connexion %1, titulaire %2</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="287"/>
        <source>Issuing custodially…</source>
        <translation>Émission en mode dépositaire…</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="297"/>
        <source>No new credential: the holder already had one of this type, so the agent gave back the latest (record %1).</source>
        <translation>Aucune nouvelle attestation : le titulaire en possédait déjà une de ce type, l&apos;agent a donc renvoyé la plus récente (enregistrement %1).</translation>
    </message>
    <message>
        <location filename="../models/IssuerConsole.cpp" line="300"/>
        <source>Issued: record %1, %2.</source>
        <translation>Émise : enregistrement %1, %2.</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerConsolePage</name>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="39"/>
        <source>Issuer agent account</source>
        <translation>Compte d&apos;agent émetteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="41"/>
        <source>The account of your wallet this page acts with at the issuer agent; an issuer&apos;s own account is chosen first. Its records are read again every 2 seconds while the page is shown.</source>
        <translation>Le compte de votre portefeuille avec lequel cette page agit auprès de l&apos;agent émetteur ; un compte d&apos;émetteur est choisi en priorité. Ses enregistrements sont relus toutes les 2 secondes tant que la page est affichée.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="44"/>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="46"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="48"/>
        <source>Ask the agent for its records now</source>
        <translation>Demander dès maintenant ses enregistrements à l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="50"/>
        <source>Reads the chosen account&apos;s records from the agent at once, without waiting for the next automatic read.</source>
        <translation>Lit immédiatement auprès de l&apos;agent les enregistrements du compte choisi, sans attendre la prochaine lecture automatique.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="53"/>
        <source>No issuer-agent account: add one in Wallet ▸ Accounts.</source>
        <translation>Aucun compte d&apos;agent émetteur : ajoutez-en un dans Portefeuille ▸ Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="55"/>
        <source>When the records were last read</source>
        <translation>Dernière lecture des enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="59"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="61"/>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="63"/>
        <source>Custodial issuance</source>
        <translation>Émission en mode dépositaire</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="64"/>
        <source>Look up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="67"/>
        <source>&amp;Open in inspector</source>
        <translation>&amp;Ouvrir dans l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="69"/>
        <source>Open the credential in the inspector</source>
        <translation>Ouvrir l&apos;attestation dans l&apos;inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="70"/>
        <source>Takes the credential that the last look-up or custodial issuance brought back to the Inspect section, where it is checked.</source>
        <translation>Transmet à la section «&#xa0;Inspecter&#xa0;» l&apos;attestation obtenue par la dernière recherche ou émission en mode dépositaire, pour qu&apos;elle y soit vérifiée.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="83"/>
        <source>Issuer agent</source>
        <translation>Agent émetteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="85"/>
        <source>Offer, issue, revoke and look up credentials at an issuer agent, with one of this wallet&apos;s issuer-agent accounts. Its key never leaves the wallet except to the agent.</source>
        <translation>Proposer, émettre, révoquer et rechercher des attestations auprès d&apos;un agent émetteur, avec l&apos;un des comptes d&apos;agent émetteur de ce portefeuille. Sa clé ne quitte jamais le portefeuille, sauf à destination de l&apos;agent.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="102"/>
        <source>Reading the records of %1…</source>
        <translation>Lecture des enregistrements de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/IssuerConsolePage.cpp" line="110"/>
        <source>%n record(s), read at %1; read again every 2 seconds while this page is shown.</source>
        <translation>
            <numerusform>%n enregistrement, lu à %1 ; relu toutes les 2 secondes tant que cette page est affichée.</numerusform>
            <numerusform>%n enregistrements, lus à %1 ; relus toutes les 2 secondes tant que cette page est affichée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="154"/>
        <source>Credential exchange records</source>
        <translation>Enregistrements d&apos;échange d&apos;attestations</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="156"/>
        <source>One row for each credential exchange at the agent, latest change first: its record and thread, role, state, claims, subject and when it changed. Choose a row to issue or revoke its credential.</source>
        <translation>Une ligne par échange d&apos;attestation auprès de l&apos;agent, le plus récemment modifié en premier : son enregistrement et son fil, le rôle, l&apos;état, les attributs, le sujet et la date de modification. Choisissez une ligne pour émettre ou révoquer son attestation.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="178"/>
        <source>&amp;Issue</source>
        <translation>&amp;Émettre</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="180"/>
        <source>Issue the chosen accepted offer</source>
        <translation>Émettre l&apos;offre acceptée choisie</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="182"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="184"/>
        <source>Revoke the chosen record&apos;s credential</source>
        <translation>Révoquer l&apos;attestation de l&apos;enregistrement choisi</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="185"/>
        <source>After you confirm, the agent revokes the credential it sent, and every verifier that checks its status refuses it. This cannot be undone.</source>
        <translation>Après confirmation, l&apos;agent révoque l&apos;attestation qu&apos;il a envoyée, et tout vérificateur qui contrôle son statut la refusera. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="209"/>
        <source>Revoke the credential?</source>
        <translation>Révoquer l&apos;attestation ?</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="210"/>
        <source>The credential of record %1 will be revoked at the agent: every verifier that checks its status will refuse it. This cannot be undone.</source>
        <translation>L&apos;attestation de l&apos;enregistrement %1 sera révoquée auprès de l&apos;agent : tout vérificateur qui contrôle son statut la refusera. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="214"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="225"/>
        <source>Claim type to look up</source>
        <translation>Type d&apos;attribut à rechercher</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="226"/>
        <source>claim_type, e.g. email</source>
        <translation>claim_type, p. ex. email</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="228"/>
        <source>Claim &amp;type:</source>
        <translation>&amp;Type d&apos;attribut :</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="230"/>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="232"/>
        <source>Look up the first credential of this type</source>
        <translation>Rechercher la première attestation de ce type</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="233"/>
        <source>Asks the agent for the first record whose claim_type is what you typed; if it holds a credential, you can open it in the inspector.</source>
        <translation>Demande à l&apos;agent le premier enregistrement dont le claim_type correspond à votre saisie ; s&apos;il contient une attestation, vous pouvez l&apos;ouvrir dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="237"/>
        <source>The agent answers with the first credential whose claim_type is this (match/{type}); it opens in the inspector from the button below.</source>
        <translation>L&apos;agent renvoie la première attestation dont le claim_type correspond (match/{type}) ; le bouton ci-dessous l&apos;ouvre dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="307"/>
        <source>Only an offer the holder accepted (RequestReceived) can be issued.</source>
        <translation>Seule une offre acceptée par le titulaire (RequestReceived) peut être émise.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerConsolePage.cpp" line="309"/>
        <source>The agent issues the credential and sends it to the holder who accepted the chosen offer; the table shows how it goes.</source>
        <translation>L&apos;agent émet l&apos;attestation et l&apos;envoie au titulaire qui a accepté l&apos;offre choisie ; le tableau en montre l&apos;avancement.</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerOfferForm</name>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="24"/>
        <source>Author DID</source>
        <translation>DID de l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="25"/>
        <source>the issuer&apos;s published DID</source>
        <translation>le DID publié de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="28"/>
        <source>How long the offered credential stays valid, from one minute up to ten years. The arrow keys change it by an hour.</source>
        <translation>Durée de validité de l&apos;attestation proposée, d&apos;une minute à dix ans. Les touches fléchées la modifient par pas d&apos;une heure.</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="31"/>
        <source>C&amp;reate offer</source>
        <translation>C&amp;réer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="33"/>
        <source>Create the offer</source>
        <translation>Créer l&apos;offre</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="34"/>
        <source>The issuer agent makes an offer of these claims to the holder on the chosen connection. It then appears under Records.</source>
        <translation>L&apos;agent émetteur propose ces attributs au titulaire sur la connexion choisie. L&apos;offre apparaît ensuite sous «&#xa0;Enregistrements&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="38"/>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion :</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="39"/>
        <source>&amp;Author DID:</source>
        <translation>&amp;DID de l&apos;auteur :</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="40"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant :</translation>
    </message>
    <message>
        <location filename="../ui/IssuerOfferForm.cpp" line="41"/>
        <source>C&amp;laims:</source>
        <translation>A&amp;ttributs :</translation>
    </message>
</context>
<context>
    <name>vcdesk::IssuerRecordModel</name>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="97"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="99"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="101"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="103"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="105"/>
        <source>Claims</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="107"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../models/IssuerRecordModel.cpp" line="109"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>vcdesk::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="113"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/JsonTreeModel.cpp" line="115"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/JsonTreeModel.cpp" line="141"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeyActions</name>
    <message>
        <location filename="../models/KeyActions.cpp" line="22"/>
        <source>Making a new key</source>
        <translation>Création d&apos;une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../models/KeyActions.cpp" line="45"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeyListModel</name>
    <message>
        <location filename="../models/KeyListModel.cpp" line="96"/>
        <source>the default key</source>
        <translation>la clé par défaut</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="96"/>
        <source>not the default key</source>
        <translation>pas la clé par défaut</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="111"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="126"/>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="128"/>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="130"/>
        <source>DID method</source>
        <translation>Méthode DID</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="132"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../models/KeyListModel.cpp" line="134"/>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeyPicker</name>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="21"/>
        <source>Key the credentials are bound to</source>
        <translation>Clé à laquelle les attestations sont liées</translation>
    </message>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="22"/>
        <source>The credentials you receive are bound to the key you choose, and presenting them later needs it. Your default key is chosen until you choose another.</source>
        <translation>Les attestations que vous recevez sont liées à la clé choisie, qui sera nécessaire pour les présenter ensuite. Votre clé par défaut est sélectionnée tant que vous n&apos;en choisissez pas une autre.</translation>
    </message>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="53"/>
        <source>%1 · %2 · …%3</source>
        <translation>%1 · %2 · …%3</translation>
    </message>
    <message>
        <location filename="../ui/KeyPicker.cpp" line="56"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
</context>
<context>
    <name>vcdesk::KeysBox</name>
    <message>
        <location filename="../ui/KeysBox.cpp" line="26"/>
        <source>Keys and identities</source>
        <translation>Clés et identités</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="30"/>
        <source>The keys you sign with, and the DIDs made from them. Issuers bind credentials to one of these DIDs; new credentials go to the default key. Keys are never removed: credentials stay bound to theirs.</source>
        <translation>Les clés avec lesquelles vous signez, et les DID qui en sont dérivés. Les émetteurs lient les attestations à l&apos;un de ces DID ; les nouvelles attestations sont liées à la clé par défaut. Les clés ne sont jamais supprimées : les attestations restent liées à la leur.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="36"/>
        <source>Your keys and their DIDs</source>
        <translation>Vos clés et leurs DID</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="38"/>
        <source>One row per key: its DID, key type, DID method, whether it is the default, and when it was made. Select a row to copy its DID or make it the default.</source>
        <translation>Une ligne par clé : son DID, son type, sa méthode DID, s&apos;il s&apos;agit de la clé par défaut, et sa date de création. Sélectionnez une ligne pour copier son DID ou en faire la clé par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="51"/>
        <source>Make &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="53"/>
        <source>Make the selected key the default</source>
        <translation>Définir la clé sélectionnée comme clé par défaut</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="54"/>
        <source>New credentials are bound to this key&apos;s DID from now on; the credentials you have stay bound to theirs.</source>
        <translation>Les nouvelles attestations seront désormais liées au DID de cette clé ; celles que vous possédez déjà restent liées au leur.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="56"/>
        <source>&amp;Copy DID</source>
        <translation>&amp;Copier le DID</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="58"/>
        <source>Copy the selected key&apos;s DID</source>
        <translation>Copier le DID de la clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="59"/>
        <source>Puts the whole DID on the clipboard, to paste where an issuer asks for it.</source>
        <translation>Copie le DID complet dans le presse-papiers, pour le coller là où un émetteur le demande.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="64"/>
        <source>Type of the new key</source>
        <translation>Type de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="65"/>
        <source>The kind of key New key makes: P-256, Ed25519 or secp256k1. Choose one the issuers you use accept.</source>
        <translation>Le type de clé que crée «&#xa0;Nouvelle clé&#xa0;» : P-256, Ed25519 ou secp256k1. Choisissez un type accepté par les émetteurs auxquels vous faites appel.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="71"/>
        <source>DID method of the new key</source>
        <translation>Méthode DID de la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="72"/>
        <source>How the new key&apos;s DID is written: did:key is short; did:jwk holds the key itself and is much longer.</source>
        <translation>La forme du DID de la nouvelle clé : did:key est court ; did:jwk contient la clé elle-même et est beaucoup plus long.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="76"/>
        <source>&amp;New key</source>
        <translation>&amp;Nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="78"/>
        <source>Make a new key of this type and DID method</source>
        <translation>Créer une nouvelle clé avec ce type et cette méthode DID</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="79"/>
        <source>Adds a key to your wallet and selects it in the list. It becomes the default only if it is your first key.</source>
        <translation>Ajoute une clé à votre portefeuille et la sélectionne dans la liste. Elle ne devient la clé par défaut que s&apos;il s&apos;agit de votre première clé.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="81"/>
        <source>Key t&amp;ype:</source>
        <translation>T&amp;ype de clé :</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="83"/>
        <source>DID &amp;method:</source>
        <translation>&amp;Méthode DID :</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="112"/>
        <location filename="../ui/KeysBox.cpp" line="115"/>
        <source>Making a new key…</source>
        <translation>Création d&apos;une nouvelle clé…</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="123"/>
        <source>Changing the default key…</source>
        <translation>Changement de la clé par défaut…</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="130"/>
        <source>The DID is on the clipboard.</source>
        <translation>Le DID a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="171"/>
        <source>Cannot read the keys: %1</source>
        <translation>Impossible de lire les clés : %1</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="177"/>
        <source>Made a new key with a %1; it is selected in the list.</source>
        <translation>Nouvelle clé créée (%1) ; elle est sélectionnée dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="184"/>
        <source>The selected key is the default now.</source>
        <translation>La clé sélectionnée est désormais la clé par défaut.</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="189"/>
        <source>Nothing changed: %1</source>
        <translation>Aucune modification : %1</translation>
    </message>
    <message>
        <location filename="../ui/KeysBox.cpp" line="223"/>
        <source>Unlock the wallet to see its keys and make new ones.</source>
        <translation>Déverrouillez le portefeuille pour voir ses clés et en créer de nouvelles.</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskCamera</name>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="47"/>
        <location filename="../ui/KioskCamera.cpp" line="55"/>
        <location filename="../ui/KioskCamera.cpp" line="157"/>
        <source>Or hold your credential&apos;s QR code up to the camera.</source>
        <translation>Ou présentez le QR code de votre attestation devant la caméra.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="52"/>
        <source>The camera sends no picture. Another program may be using it.</source>
        <translation>La caméra n&apos;envoie aucune image. Un autre programme l&apos;utilise peut-être.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="127"/>
        <source>No camera is connected: codes held up cannot be read.</source>
        <translation>Aucune caméra n&apos;est branchée : les codes présentés devant la caméra ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="128"/>
        <source>The camera &quot;%1&quot; is not connected: codes held up cannot be read.</source>
        <translation>La caméra «&#xa0;%1&#xa0;» n&apos;est pas branchée : les codes présentés devant la caméra ne peuvent pas être lus.</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="135"/>
        <source>What the camera sees</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="152"/>
        <source>The camera cannot be used (%1).</source>
        <translation>Impossible d&apos;utiliser la caméra (%1).</translation>
    </message>
    <message>
        <location filename="../ui/KioskCamera.cpp" line="179"/>
        <source>The camera was unplugged: plug it in again and it is used at once.</source>
        <translation>La caméra a été débranchée : rebranchez-la et elle sera utilisée aussitôt.</translation>
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
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="56"/>
        <source>It could not be checked in time: a service it needs did not answer.</source>
        <translation>La vérification n&apos;a pas pu aboutir à temps : un service nécessaire n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="355"/>
        <source>Verified by the service, not confirmed here: the kiosk could not read the request this answer was for (%1).</source>
        <translation>Vérifié par le service, mais non confirmé ici : la borne n&apos;a pas pu lire la demande à laquelle correspond cette réponse (%1).</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="357"/>
        <source>it was answered before the kiosk saw it scanned</source>
        <translation>la réponse est arrivée avant que la borne ne détecte le scan</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="378"/>
        <source>Verified by the service, not confirmed here: %1</source>
        <translation>Vérifié par le service, mais non confirmé ici : %1</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="384"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="434"/>
        <source>The holder declined to share.</source>
        <translation>Le titulaire a refusé de partager.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="436"/>
        <source>The verifier refused the answer.</source>
        <translation>Le vérificateur a refusé la réponse.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="438"/>
        <source>The verifier refused the answer: %1</source>
        <translation>Le vérificateur a refusé la réponse : %1</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="441"/>
        <source>The request stays open: the same person can answer again.</source>
        <translation>La demande reste ouverte : la même personne peut répondre à nouveau.</translation>
    </message>
    <message>
        <location filename="../models/KioskController.cpp" line="466"/>
        <source>This request has ended; a new one follows.</source>
        <translation>Cette demande est terminée ; une nouvelle va suivre.</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskExitPanel</name>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="20"/>
        <source>&amp;Leave the kiosk</source>
        <translation>&amp;Quitter la borne</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="25"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="31"/>
        <source>No operator PIN is set for this kiosk (see operatorPinHash in its config).</source>
        <translation>Aucun PIN opérateur n&apos;est défini pour cette borne (voir operatorPinHash dans sa configuration).</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="33"/>
        <source>Enter the operator PIN to leave the kiosk.</source>
        <translation>Saisissez le PIN opérateur pour quitter la borne.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="37"/>
        <source>Operator PIN</source>
        <translation>PIN opérateur</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="38"/>
        <source>Type the PIN and press Enter; it stays hidden. After a minute without typing, this panel closes and the kiosk carries on.</source>
        <translation>Saisissez le PIN puis appuyez sur Entrée ; il reste masqué. Après une minute sans saisie, ce panneau se ferme et la borne reprend son fonctionnement.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="46"/>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="47"/>
        <source>If the PIN is right, the kiosk program closes. After %1 wrong PINs in a row, every PIN is refused for %2 seconds.</source>
        <translation>Si le PIN est correct, le programme de la borne se ferme. Après %1 PIN erronés consécutifs, tout PIN est refusé pendant %2 secondes.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="51"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="53"/>
        <source>Cancel and go back to the kiosk</source>
        <translation>Annuler et revenir à la borne</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="54"/>
        <source>The kiosk carries on where it was. Esc does the same.</source>
        <translation>La borne reprend là où elle en était. La touche Échap a le même effet.</translation>
    </message>
    <message>
        <location filename="../ui/KioskExitPanel.cpp" line="114"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskLogWriter</name>
    <message>
        <location filename="../models/KioskLogWriter.cpp" line="182"/>
        <source>the shared log stopped answering</source>
        <translation>le journal partagé ne répond plus</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskResultView</name>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="30"/>
        <location filename="../ui/KioskResultView.cpp" line="61"/>
        <source>Tap the screen for the next person</source>
        <translation>Touchez l&apos;écran pour la personne suivante</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="60"/>
        <source>Tap the screen to answer again</source>
        <translation>Touchez l&apos;écran pour répondre à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="63"/>
        <source>✘ Not verified</source>
        <translation>✘ Non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="64"/>
        <source>✔ Verified, shown</source>
        <translation>✔ Vérifié, code montré</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="65"/>
        <source>✔ Verified</source>
        <translation>✔ Vérifié</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="66"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="66"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="76"/>
        <source>(not shared)</source>
        <translation>(non partagé)</translation>
    </message>
    <message>
        <location filename="../ui/KioskResultView.cpp" line="90"/>
        <source>Issued by %1</source>
        <translation>Émise par %1</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskScanVerifier</name>
    <message>
        <location filename="../models/KioskScanVerifier.cpp" line="16"/>
        <location filename="../models/KioskScanVerifier.cpp" line="32"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../models/KioskScanVerifier.cpp" line="34"/>
        <source>Verified (shown, not presented)</source>
        <translation>Vérifié (code montré, non présenté)</translation>
    </message>
    <message>
        <location filename="../models/KioskScanVerifier.cpp" line="35"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
</context>
<context>
    <name>vcdesk::KioskWindow</name>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="54"/>
        <source>vcdesk kiosk</source>
        <translation>Borne vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="114"/>
        <source>Hold your credential&apos;s QR code up to the camera.</source>
        <translation>Présentez le QR code de votre attestation devant la caméra.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="115"/>
        <source>Scan this code with your wallet app and share what it asks for.</source>
        <translation>Scannez ce code avec votre application de portefeuille et partagez ce qui est demandé.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="117"/>
        <source>Show your credential</source>
        <translation>Présentez votre attestation</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="122"/>
        <source>QR code to scan with your wallet</source>
        <translation>QR code à scanner avec votre portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="125"/>
        <source>The same request as a link, for a wallet on this device</source>
        <translation>La même demande sous forme de lien, pour un portefeuille installé sur cet appareil</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="137"/>
        <source>Camera for the QR code of your credential</source>
        <translation>Caméra pour le QR code de votre attestation</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="201"/>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="201"/>
        <source>Preparing a new request.</source>
        <translation>Préparation d&apos;une nouvelle demande.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="212"/>
        <source>Open your wallet</source>
        <translation>Ouvrez votre portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="212"/>
        <source>Check what is asked and share it.</source>
        <translation>Vérifiez ce qui est demandé, puis partagez-le.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="217"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="218"/>
        <source>The code you showed is being checked.</source>
        <translation>Le code que vous avez présenté est en cours de vérification.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="219"/>
        <source>Your answer arrived; it is being checked.</source>
        <translation>Votre réponse est arrivée ; elle est en cours de vérification.</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="230"/>
        <source>Cannot reach the verifier</source>
        <translation>Impossible de joindre le vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="231"/>
        <source>Retrying… (%1)</source>
        <translation>Nouvelle tentative… (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KioskWindow.cpp" line="241"/>
        <source>New code in %1:%2</source>
        <translation>Nouveau code dans %1:%2</translation>
    </message>
</context>
<context>
    <name>vcdesk::LogoLoader</name>
    <message>
        <location filename="../models/LogoLoader.cpp" line="64"/>
        <source>the logo is on another site than the issuer&apos;s: not fetched, so that site does not learn who looks at the offer</source>
        <translation>le logo se trouve sur un autre site que celui de l&apos;émetteur : il n&apos;est pas téléchargé, pour que ce site ne sache pas qui consulte l&apos;offre</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>The section you choose fills the rest of the window: your wallet, the inspector, the operator console or the settings.</source>
        <translation>La section choisie occupe le reste de la fenêtre : votre portefeuille, l&apos;inspecteur, la console d&apos;opérateur ou les paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>The console acts at services with this wallet&apos;s accounts: unlock the wallet to use it.</source>
        <translation>La console agit auprès des services avec les comptes de ce portefeuille : déverrouillez le portefeuille pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Opening the wallet…</source>
        <translation>Ouverture du portefeuille…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Open token…</source>
        <translation>&amp;Ouvrir un jeton…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Add credential…</source>
        <translation>&amp;Ajouter une attestation…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Present to a verifier…</source>
        <translation>&amp;Présenter à un vérificateur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Receive from an issuer…</source>
        <translation>&amp;Recevoir d&apos;un émetteur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Presentation &amp;history…</source>
        <translation>&amp;Historique des présentations…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Offers from issuers…</source>
        <translation>&amp;Offres des émetteurs…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Hosted wallet…</source>
        <translation>Portefeuille héber&amp;gé…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Connect to the local &amp;sandbox</source>
        <translation>Se connecter au &amp;bac à sable local</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;About vcdesk</source>
        <translation>À &amp;propos de vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>About vcdesk</source>
        <translation>À propos de vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&lt;b&gt;vcdesk %1&lt;/b&gt;&lt;p&gt;Verifiable credentials on the desktop: inspect and verify credentials, keep them in a wallet, present them, and run a verifier kiosk.&lt;/p&gt;</source>
        <translation>&lt;b&gt;vcdesk %1&lt;/b&gt;&lt;p&gt;Les attestations vérifiables sur votre ordinateur : inspectez et vérifiez des attestations, conservez-les dans un portefeuille, présentez-les, et faites fonctionner une borne de vérification.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>the wallet has no profile</source>
        <translation>le portefeuille n&apos;a aucun profil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Cannot show the credentials</source>
        <translation>Impossible d&apos;afficher les attestations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Credential received</source>
        <translation>Attestation reçue</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>It is in your wallet. %1</source>
        <translation>Elle est dans votre portefeuille. %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Added</source>
        <translation>Ajout terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>%n credential(s) added to the wallet.</source>
        <translation>
            <numerusform>%n attestation ajoutée au portefeuille.</numerusform>
            <numerusform>%n attestations ajoutées au portefeuille.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>%1 added; %2 already in the wallet (skipped).</source>
        <translation>Ajoutées : %1 ; déjà présentes dans le portefeuille (ignorées) : %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Another offer first</source>
        <translation>Une autre offre est en cours</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>An offer is being received: finish it, then open the new link again.</source>
        <translation>Une offre est en cours de réception : terminez-la, puis rouvrez le nouveau lien.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>Sandbox connected</source>
        <translation>Bac à sable connecté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="473"/>
        <source>Could not connect to the sandbox</source>
        <translation>Impossible de se connecter au bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>Unlock to receive</source>
        <translation>Déverrouillez pour recevoir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>An issuer&apos;s offer is waiting: unlock your wallet to see it.</source>
        <translation>Une offre d&apos;émetteur est en attente : déverrouillez votre portefeuille pour la voir.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Unlock to present</source>
        <translation>Déverrouillez pour présenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>A verifier&apos;s request is waiting: unlock your wallet to see it.</source>
        <translation>Une demande de vérificateur est en attente : déverrouillez votre portefeuille pour la voir.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Create a wallet first; then open the link again.</source>
        <translation>Créez d&apos;abord un portefeuille, puis rouvrez le lien.</translation>
    </message>
</context>
<context>
    <name>vcdesk::MandateDataModel</name>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="47"/>
        <source>no hash to check</source>
        <translation>aucun hachage à vérifier</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="96"/>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="99"/>
        <source>No hash</source>
        <translation>Aucun hachage</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="102"/>
        <source>✓ Matches</source>
        <translation>✓ Correspond</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="103"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="114"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="116"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="118"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../models/MandateDataModel.cpp" line="120"/>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
</context>
<context>
    <name>vcdesk::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="17"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="29"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="30"/>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../ui/MessageBar.cpp" line="39"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vcdesk::OfferInbox</name>
    <message>
        <location filename="../models/OfferInbox.cpp" line="76"/>
        <source>No issuer account yet: add one to receive offers.</source>
        <translation>Aucun compte d&apos;émetteur pour l&apos;instant : ajoutez-en un pour recevoir des offres.</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="112"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="166"/>
        <source>Receiving the credential…</source>
        <translation>Réception de l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="192"/>
        <source>The offer was not accepted</source>
        <translation>L&apos;offre n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="194"/>
        <source>Stopped. The issuer may still issue it; the next check of the inbox shows what it did.</source>
        <translation>Interrompu. L&apos;émetteur peut encore l&apos;émettre ; la prochaine consultation de la boîte de réception indiquera ce qu&apos;il a fait.</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="196"/>
        <source>%1. Nothing was stored; the offer stays in the inbox.</source>
        <translation>%1. Rien n&apos;a été enregistré ; l&apos;offre reste dans la boîte de réception.</translation>
    </message>
    <message>
        <location filename="../models/OfferInbox.cpp" line="211"/>
        <source>The offer was not rejected</source>
        <translation>L&apos;offre n&apos;a pas été refusée</translation>
    </message>
</context>
<context>
    <name>vcdesk::OfferListModel</name>
    <message>
        <location filename="../models/OfferListModel.cpp" line="33"/>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="34"/>
        <source>Accepted, sending</source>
        <translation>Acceptée, envoi en cours</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="35"/>
        <source>Accepted, waiting for the issuer</source>
        <translation>Acceptée, en attente de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="36"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="37"/>
        <location filename="../models/OfferListModel.cpp" line="38"/>
        <source>Ended with a problem</source>
        <translation>Terminée avec un problème</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="39"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="92"/>
        <source>Credential offer</source>
        <translation>Offre d&apos;attestation</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="111"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="113"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/OfferListModel.cpp" line="115"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>vcdesk::OffersPage</name>
    <message>
        <location filename="../ui/OffersPage.cpp" line="44"/>
        <source>Check &amp;now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="46"/>
        <source>Check the issuers for offers now</source>
        <translation>Rechercher maintenant des offres auprès des émetteurs</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="47"/>
        <source>Your wallet asks your issuer agent accounts for new offers now instead of at the next regular check. When it last checked shows beside this button.</source>
        <translation>Votre portefeuille interroge dès maintenant vos comptes d&apos;agent émetteur sur les nouvelles offres, sans attendre la prochaine vérification régulière. L&apos;heure de la dernière vérification s&apos;affiche à côté de ce bouton.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="53"/>
        <location filename="../ui/OffersPage.cpp" line="106"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="54"/>
        <source>The credentials issuers have offered you, with their state and when they last changed. Choose one to see what it holds and to accept or reject it.</source>
        <translation>Les attestations que des émetteurs vous ont proposées, avec leur état et la date de leur dernière modification. Choisissez-en une pour voir son contenu et l&apos;accepter ou la refuser.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="81"/>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="83"/>
        <source>Accept the offer: the issuer issues the credential</source>
        <translation>Accepter l&apos;offre : l&apos;émetteur émet l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="84"/>
        <source>Your wallet asks the issuer for the credential, then checks and stores it; this may take a while. If it fails, nothing is stored and the offer stays here.</source>
        <translation>Votre portefeuille demande l&apos;attestation à l&apos;émetteur, puis la vérifie et l&apos;enregistre ; cela peut prendre un moment. En cas d&apos;échec, rien n&apos;est enregistré et l&apos;offre reste ici.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="87"/>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="89"/>
        <source>Reject the offer</source>
        <translation>Refuser l&apos;offre</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="90"/>
        <source>Kept in your wallet as rejected. The issuer is not told: its service has no way to hear a no.</source>
        <translation>Conservée dans votre portefeuille comme refusée. L&apos;émetteur n&apos;est pas prévenu : son service n&apos;a aucun moyen de recevoir un refus.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="92"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="94"/>
        <source>Returns to the list of credentials in your wallet.</source>
        <translation>Revient à la liste des attestations de votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="145"/>
        <source>Checking the issuers for offers…</source>
        <translation>Recherche d&apos;offres auprès des émetteurs…</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="147"/>
        <source>Could not check every issuer: %1</source>
        <translation>Impossible de contacter tous les émetteurs : %1</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="150"/>
        <source>Checked at %1.</source>
        <translation>Vérifié à %1.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="153"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="167"/>
        <source>No offers. When an issuer offers you a credential it appears here.</source>
        <translation>Aucune offre. Lorsqu&apos;un émetteur vous propose une attestation, elle apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="169"/>
        <source>Choose an offer to see what it holds.</source>
        <translation>Choisissez une offre pour voir son contenu.</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="199"/>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="200"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="201"/>
        <source>What it holds:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="204"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/OffersPage.cpp" line="208"/>
        <source>You rejected it; the issuer was not told.</source>
        <translation>Vous l&apos;avez refusée ; l&apos;émetteur n&apos;a pas été prévenu.</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperationLog</name>
    <message>
        <location filename="../models/OperationLog.cpp" line="40"/>
        <source>this computer&apos;s user</source>
        <translation>l&apos;utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="68"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="71"/>
        <source>Done. %1</source>
        <translation>Terminé. %1</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="72"/>
        <source>Failed. %1</source>
        <translation>Échec. %1</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="88"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="90"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="92"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="94"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/OperationLog.cpp" line="96"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperationRunner</name>
    <message>
        <location filename="../models/OperationRunner.cpp" line="20"/>
        <source>The account cannot be read: %1.</source>
        <translation>Impossible de lire le compte : %1.</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperationsView</name>
    <message>
        <location filename="../ui/OperationsView.cpp" line="26"/>
        <location filename="../ui/OperationsView.cpp" line="51"/>
        <source>Operations history</source>
        <translation>Historique des opérations</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="28"/>
        <source>Every action taken at a service from the console: when, by whom, with which account, what, and how it ended, newest first. Choose a row to read it in full below.</source>
        <translation>Toutes les actions effectuées auprès d&apos;un service depuis la console, les plus récentes d&apos;abord : quand, par qui, avec quel compte, quoi et avec quel résultat. Choisissez une ligne pour la lire en détail ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="44"/>
        <source>The chosen operation</source>
        <translation>L&apos;opération choisie</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="47"/>
        <source>Kept in memory until vcdesk closes.</source>
        <translation>Conservé en mémoire jusqu&apos;à la fermeture de vcdesk.</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="48"/>
        <source>Kept in %1. It names accounts and records, never keys or tokens.</source>
        <translation>Conservé dans %1. Il mentionne les comptes et les enregistrements, jamais les clés ni les jetons.</translation>
    </message>
    <message>
        <location filename="../ui/OperationsView.cpp" line="69"/>
        <source>%1 by %2 with %3: %4 %5
%6</source>
        <translation>%1, par %2 avec %3 : %4 %5
%6</translation>
    </message>
</context>
<context>
    <name>vcdesk::OperatorPinGate</name>
    <message numerus="yes">
        <location filename="../models/OperatorPinGate.cpp" line="28"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/OperatorPinGate.cpp" line="53"/>
        <source>Wrong PIN. The prompt is locked for %n second(s).</source>
        <translation>
            <numerusform>PIN erroné. La saisie est bloquée pendant %n seconde.</numerusform>
            <numerusform>PIN erroné. La saisie est bloquée pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/OperatorPinGate.cpp" line="56"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN erroné. Il reste %n tentative.</numerusform>
            <numerusform>PIN erroné. Il reste %n tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcdesk::OutcomeLabel</name>
    <message>
        <location filename="../ui/OutcomeLabel.cpp" line="11"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
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
        <translation>Robustesse de la phrase secrète</translation>
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
        <translation>Collez ou saisissez le lien que le vérificateur vous montre.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="62"/>
        <source>This is not a presentation request: %1</source>
        <translation>Ce n&apos;est pas une demande de présentation : %1</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="82"/>
        <source>Reading the verifier&apos;s request</source>
        <translation>Lecture de la demande du vérificateur</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="101"/>
        <source>Looking for a QR code</source>
        <translation>Recherche d&apos;un QR code</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="113"/>
        <source>The QR code holds no presentation request or credential offer.</source>
        <translation>Le QR code ne contient ni demande de présentation ni offre d&apos;attestation.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="178"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="179"/>
        <source>You declined; %1 was told no. Nothing left your wallet.</source>
        <translation>Vous avez refusé ; %1 en a été informé. Rien n&apos;a quitté votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="182"/>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="183"/>
        <source>%1 received your answer and accepted it.</source>
        <translation>%1 a reçu votre réponse et l&apos;a acceptée.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="191"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="193"/>
        <source>Stopped while sending: the verifier may or may not have received your answer.</source>
        <translation>Interrompu pendant l&apos;envoi : le vérificateur a peut-être reçu votre réponse, ou peut-être pas.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="195"/>
        <source>Nothing was sent to the verifier.</source>
        <translation>Rien n&apos;a été envoyé au vérificateur.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="199"/>
        <source>Refused by the verifier</source>
        <translation>Refusé par le vérificateur</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="202"/>
        <source>%1 did not accept your answer: %2. Your wallet is unchanged.</source>
        <translation>%1 n&apos;a pas accepté votre réponse : %2. Votre portefeuille n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="207"/>
        <source>Cannot use this request</source>
        <translation>Impossible d&apos;utiliser cette demande</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="207"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="210"/>
        <source>%1. Nothing was sent; check the link or ask the verifier for a new one.</source>
        <translation>%1. Rien n&apos;a été envoyé ; vérifiez le lien ou demandez-en un nouveau au vérificateur.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="212"/>
        <source>%1. Your wallet is unchanged; try again.</source>
        <translation>%1. Votre portefeuille n&apos;a pas été modifié ; réessayez.</translation>
    </message>
    <message>
        <location filename="../models/PresentController.cpp" line="218"/>
        <source>It could not be kept in your presentation history: %1.</source>
        <translation>Impossible de l&apos;enregistrer dans votre historique des présentations : %1.</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentPage</name>
    <message>
        <location filename="../ui/PresentPage.cpp" line="44"/>
        <source>Present a credential</source>
        <translation>Présenter une attestation</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="88"/>
        <source>A verifier (a shop, a door, a web site) shows a QR code or a link. Give it to vcdesk in one of these ways; you will see who asks and for what before anything leaves your wallet.</source>
        <translation>Un vérificateur (un magasin, une porte, un site web) affiche un QR code ou un lien. Transmettez-le à vcdesk de l&apos;une des manières suivantes ; vous verrez qui demande quoi avant que quoi que ce soit ne quitte votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="93"/>
        <source>Link from the verifier</source>
        <translation>Lien du vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="94"/>
        <source>openid4vp://…, openid-vc://…, haip-vp://… or https://…</source>
        <translation>openid4vp://…, openid-vc://…, haip-vp://… ou https://…</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="96"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="97"/>
        <source>Open the verifier&apos;s request</source>
        <translation>Ouvrir la demande du vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="99"/>
        <source>vcdesk fetches the request behind the link you typed or pasted and shows you who asks and for what. Nothing is sent yet.</source>
        <translation>vcdesk récupère la demande derrière le lien saisi ou collé et vous montre qui demande quoi. Rien n&apos;est encore envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="101"/>
        <source>From a &amp;picture…</source>
        <translation>Depuis une &amp;image…</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="102"/>
        <source>Read a QR code from a picture file</source>
        <translation>Lire un QR code depuis un fichier image</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="103"/>
        <source>Choose a picture file (PNG, JPEG, BMP, GIF or WebP) that shows the verifier&apos;s QR code; vcdesk reads the request in it.</source>
        <translation>Choisissez un fichier image (PNG, JPEG, BMP, GIF ou WebP) montrant le QR code du vérificateur ; vcdesk y lit la demande.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="105"/>
        <source>From the &amp;screen…</source>
        <translation>Depuis l&apos;&amp;écran…</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="106"/>
        <source>Read a QR code shown on the screen</source>
        <translation>Lire un QR code affiché à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="107"/>
        <source>The vcdesk window hides for a moment; then drag a rectangle around the QR code, or press Enter to read the whole screen.</source>
        <translation>La fenêtre de vcdesk disparaît un instant ; tracez ensuite un rectangle autour du QR code, ou appuyez sur Entrée pour lire tout l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="110"/>
        <source>From the ca&amp;mera…</source>
        <translation>Depuis la ca&amp;méra…</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="111"/>
        <source>Read a QR code held up to the camera</source>
        <translation>Lire un QR code présenté devant la caméra</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="112"/>
        <source>Shows the camera&apos;s picture; hold the QR code up to it. The camera stops once a code is read or you cancel with Escape.</source>
        <translation>Affiche l&apos;image de la caméra ; présentez-lui le QR code. La caméra s&apos;arrête dès qu&apos;un code est lu ou que vous annulez avec Échap.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="121"/>
        <source>Or read the QR code:</source>
        <translation>Ou lisez le QR code :</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="175"/>
        <source>&amp;Share</source>
        <translation>Parta&amp;ger</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="175"/>
        <source>Share what is chosen</source>
        <translation>Partager la sélection</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="178"/>
        <source>Sends the verifier only the credentials and claims you chose above. It stays unavailable while something the request needs is not chosen.</source>
        <translation>N&apos;envoie au vérificateur que les attestations et les données que vous avez choisies ci-dessus. Ce bouton reste indisponible tant qu&apos;un élément exigé par la demande n&apos;est pas choisi.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="180"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="181"/>
        <source>Decline: tell the verifier no</source>
        <translation>Refuser : répondre non au vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="182"/>
        <source>The verifier is told you declined; nothing leaves your wallet.</source>
        <translation>Le vérificateur est informé de votre refus ; rien ne quitte votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="210"/>
        <source>Present &amp;again</source>
        <translation>Présenter à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="211"/>
        <source>Present to another verifier</source>
        <translation>Présenter à un autre vérificateur</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="212"/>
        <source>Starts over, so you can give vcdesk the next verifier&apos;s link or QR code.</source>
        <translation>Recommence depuis le début, pour que vous puissiez fournir à vcdesk le lien ou le QR code du vérificateur suivant.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="215"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="215"/>
        <source>Back to the wallet</source>
        <translation>Retour au portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="217"/>
        <source>Closes this answer and takes you back to your credentials.</source>
        <translation>Ferme cette réponse et vous ramène à vos attestations.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="218"/>
        <source>See the &amp;history</source>
        <translation>Voir l&apos;&amp;historique</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="219"/>
        <source>Every answer you gave verifiers</source>
        <translation>Toutes les réponses que vous avez données aux vérificateurs</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="220"/>
        <source>Opens your presentation history, newest first: when, to which verifier, the outcome, and what was shared.</source>
        <translation>Ouvre l&apos;historique de vos présentations, les plus récentes d&apos;abord : quand, à quel vérificateur, avec quel résultat et ce qui a été partagé.</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="266"/>
        <source>The verifier asks you to go on at %1</source>
        <translation>Le vérificateur vous invite à continuer sur %1</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="273"/>
        <source>What left your wallet:</source>
        <translation>Ce qui a quitté votre portefeuille :</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="293"/>
        <source>Read a QR code from a picture</source>
        <translation>Lire un QR code depuis une image</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="294"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/PresentPage.cpp" line="322"/>
        <source>vcdesk cannot see the screen here (some desktops do not allow it). Save the QR code as a picture and use “From a picture…”, or copy the link.</source>
        <translation>vcdesk ne peut pas voir l&apos;écran ici (certains environnements de bureau ne le permettent pas). Enregistrez le QR code sous forme d&apos;image et utilisez «&#xa0;Depuis une image…&#xa0;», ou copiez le lien.</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentationFlow</name>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="71"/>
        <source>Reading the verifier&apos;s request</source>
        <translation>Lecture de la demande du vérificateur</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="123"/>
        <source>the wallet was closed while the request was open</source>
        <translation>le portefeuille a été fermé alors que la demande était ouverte</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="125"/>
        <source>Sending your answer to the verifier</source>
        <translation>Envoi de votre réponse au vérificateur</translation>
    </message>
    <message>
        <location filename="../core/oid4vp/PresentationFlow.cpp" line="167"/>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
</context>
<context>
    <name>vcdesk::PresentationHistoryModel</name>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="28"/>
        <source>%1 (name not verified)</source>
        <translation>%1 (nom non vérifié)</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="36"/>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="38"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="40"/>
        <source>Refused by the verifier</source>
        <translation>Refusé par le vérificateur</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="44"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="55"/>
        <source>%1 (the whole credential)</source>
        <translation>%1 (l&apos;attestation entière)</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="93"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="108"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="110"/>
        <source>To whom</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="112"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/PresentationHistoryModel.cpp" line="114"/>
        <source>What left your wallet</source>
        <translation>Ce qui a quitté votre portefeuille</translation>
    </message>
</context>
<context>
    <name>vcdesk::QrCodeView</name>
    <message>
        <location filename="../ui/QrCodeView.cpp" line="16"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../ui/QrCodeView.cpp" line="26"/>
        <source>Drawing the QR code…</source>
        <translation>Génération du QR code…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/QrCodeView.cpp" line="43"/>
        <source>A QR code of %n module(s) a side</source>
        <translation>
            <numerusform>Un QR code de %n module de côté</numerusform>
            <numerusform>Un QR code de %n modules de côté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcdesk::ReceiveController</name>
    <message>
        <location filename="../models/ReceiveController.cpp" line="75"/>
        <source>Reading the issuer&apos;s offer</source>
        <translation>Lecture de l&apos;offre de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="106"/>
        <source>Opening your key</source>
        <translation>Ouverture de votre clé</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="120"/>
        <source>the profile has no key to bind the credentials to</source>
        <translation>le profil n&apos;a aucune clé à laquelle lier les attestations</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="121"/>
        <source>the key %1 is no longer in this profile: choose another</source>
        <translation>la clé %1 ne fait plus partie de ce profil : choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="138"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="259"/>
        <source>Not kept</source>
        <translation>Non conservé</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="260"/>
        <source>Nothing from this offer was stored; the issuer was told.</source>
        <translation>Rien de cette offre n&apos;a été enregistré ; l&apos;émetteur en a été informé.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="269"/>
        <source>Storing in your wallet</source>
        <translation>Enregistrement dans votre portefeuille</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="291"/>
        <source>Not stored</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="293"/>
        <source>The wallet could not store the credentials: %1</source>
        <translation>Le portefeuille n&apos;a pas pu enregistrer les attestations : %1</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="300"/>
        <source>Received</source>
        <translation>Réception terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReceiveController.cpp" line="302"/>
        <source>%n credential(s) stored in your wallet.</source>
        <translation>
            <numerusform>%n attestation enregistrée dans votre portefeuille.</numerusform>
            <numerusform>%n attestations enregistrées dans votre portefeuille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ReceiveController.cpp" line="305"/>
        <source>%n you already had.</source>
        <translation>
            <numerusform>Vous en aviez déjà %n.</numerusform>
            <numerusform>Vous en aviez déjà %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="338"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="340"/>
        <source>Stopped: the offer may be used up; ask the issuer for a new one if you still want the credential.</source>
        <translation>Interrompu : l&apos;offre est peut-être épuisée ; demandez-en une nouvelle à l&apos;émetteur si vous souhaitez toujours obtenir l&apos;attestation.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="343"/>
        <source>The sign-in at the issuer was stopped and nothing was received. Open the offer again to start over.</source>
        <translation>La connexion auprès de l&apos;émetteur a été interrompue et rien n&apos;a été reçu. Rouvrez l&apos;offre pour recommencer.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="345"/>
        <source>Nothing was asked of the issuer.</source>
        <translation>Rien n&apos;a été demandé à l&apos;émetteur.</translation>
    </message>
    <message>
        <location filename="../models/ReceiveController.cpp" line="348"/>
        <source>Not received</source>
        <translation>Non reçu</translation>
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
        <translation>Recevoir une attestation</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="129"/>
        <source>An issuer (a university, an office, a shop) gives you a link or a QR code starting with openid-credential-offer://. Paste the link here; a QR code is read under Present, and an offer found there comes here. You will see who offers what before anything is asked of the issuer.</source>
        <translation>Un émetteur (une université, une administration, un magasin) vous remet un lien ou un QR code commençant par openid-credential-offer://. Collez le lien ici ; un QR code se lit depuis «&#xa0;Présenter&#xa0;», et une offre qui y est trouvée arrive ici. Vous verrez qui propose quoi avant que quoi que ce soit ne soit demandé à l&apos;émetteur.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="135"/>
        <source>Offer link from the issuer</source>
        <translation>Lien d&apos;offre de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="136"/>
        <source>openid-credential-offer://… or https://…</source>
        <translation>openid-credential-offer://… ou https://…</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="139"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="139"/>
        <source>Read the issuer&apos;s offer</source>
        <translation>Lire l&apos;offre de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="141"/>
        <source>vcdesk fetches the offer and the issuer&apos;s details and shows you who offers what. Nothing is received yet, and the offer is not used up.</source>
        <translation>vcdesk récupère l&apos;offre et les informations sur l&apos;émetteur, et vous montre qui propose quoi. Rien n&apos;est encore reçu, et l&apos;offre n&apos;est pas consommée.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="193"/>
        <source>What the issuer offers</source>
        <translation>Ce que propose l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="195"/>
        <source>Each credential on offer with its format, and under it the claims it holds. One that vcdesk cannot keep is marked and left out.</source>
        <translation>Chaque attestation proposée avec son format, et en dessous les données qu&apos;elle contient. Une attestation que vcdesk ne peut pas conserver est signalée et exclue.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="197"/>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="197"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="207"/>
        <source>Transaction code</source>
        <translation>Code de transaction</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="210"/>
        <source>Type the code the issuer sent you separately, for example by e-mail or text message; it stays hidden as you type. Press Enter to receive the credentials.</source>
        <translation>Saisissez le code que l&apos;émetteur vous a envoyé séparément, par exemple par e-mail ou SMS ; il reste masqué pendant la saisie. Appuyez sur Entrée pour recevoir les attestations.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="213"/>
        <source>&amp;Transaction code:</source>
        <translation>Code de &amp;transaction :</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="228"/>
        <source>Bind to &amp;key:</source>
        <translation>L&amp;ier à la clé :</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="245"/>
        <source>Client id at the issuer</source>
        <translation>Identifiant client auprès de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="249"/>
        <source>Sign in as &amp;client:</source>
        <translation>Se connecter en tant que c&amp;lient :</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="251"/>
        <source>(only if the issuer gave you a client id)</source>
        <translation>(uniquement si l&apos;émetteur vous a fourni un identifiant client)</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="260"/>
        <source>&amp;Receive</source>
        <translation>&amp;Recevoir</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="261"/>
        <source>Receive these credentials into your wallet</source>
        <translation>Recevoir ces attestations dans votre portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="263"/>
        <source>vcdesk asks the issuer for the credentials, bound to your key, and checks them. If they all pass they are stored at once; if not, you see why before anything is stored.</source>
        <translation>vcdesk demande à l&apos;émetteur les attestations, liées à votre clé, et les vérifie. Si elles passent toutes les contrôles, elles sont enregistrées immédiatement ; sinon, vous voyez pourquoi avant que quoi que ce soit ne soit enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="266"/>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="267"/>
        <source>Leave the offer: nothing is asked of the issuer</source>
        <translation>Laisser l&apos;offre de côté : rien n&apos;est demandé à l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="270"/>
        <source>You go back to your credentials, and the offer&apos;s link is cleared from this page.</source>
        <translation>Vous revenez à vos attestations, et le lien de l&apos;offre est effacé de cette page.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="300"/>
        <source>Not as it should be</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="303"/>
        <source>&amp;Keep anyway</source>
        <translation>Conserver &amp;quand même</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="304"/>
        <source>Store them as they are, marked as not valid</source>
        <translation>Les enregistrer telles quelles, marquées comme non valides</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="305"/>
        <source>The credentials go into your wallet but stay marked as not valid, and the issuer is told you accepted them.</source>
        <translation>Les attestations sont placées dans votre portefeuille mais restent marquées comme non valides, et l&apos;émetteur est informé que vous les avez acceptées.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="307"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="308"/>
        <source>Keep nothing from this offer</source>
        <translation>Ne rien conserver de cette offre</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="311"/>
        <source>Nothing the issuer sent is stored, and the issuer is told you did not keep it.</source>
        <translation>Rien de ce qu&apos;a envoyé l&apos;émetteur n&apos;est enregistré, et l&apos;émetteur est informé que vous ne l&apos;avez pas conservé.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="333"/>
        <source>&amp;Done</source>
        <translation>T&amp;erminé</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="333"/>
        <source>Back to the wallet</source>
        <translation>Retour au portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="336"/>
        <source>You return to your credentials. What was received, if anything, is listed there.</source>
        <translation>Vous revenez à vos attestations. Ce qui a été reçu, le cas échéant, y figure.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="360"/>
        <source>%1 offers you:</source>
        <translation>%1 vous propose :</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="361"/>
        <source>%1 (%2) offers you:</source>
        <translation>%1 (%2) vous propose :</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="368"/>
        <source>The issuer&apos;s logo</source>
        <translation>Le logo de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="379"/>
        <source>%1 (vcdesk cannot keep it: left out)</source>
        <translation>%1 (vcdesk ne peut pas la conserver : exclue)</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="399"/>
        <source>You will sign in at %1 in your browser first; vcdesk then receives what you chose.</source>
        <translation>Vous vous connecterez d&apos;abord sur %1 dans votre navigateur ; vcdesk recevra ensuite ce que vous avez choisi.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="404"/>
        <source>The issuer sent you a transaction code another way (a letter, an e-mail, a text message).</source>
        <translation>L&apos;émetteur vous a envoyé un code de transaction par un autre moyen (courrier, e-mail, SMS).</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="406"/>
        <source>The issuer says: %1</source>
        <translation>L&apos;émetteur indique : %1</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="410"/>
        <source>The code is %1 characters long.</source>
        <translation>Le code comporte %1 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="412"/>
        <source>The code is one character long.</source>
        <translation>Le code comporte un seul caractère.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="449"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="455"/>
        <source>The issuer sent credentials that should not be kept as they are:</source>
        <translation>L&apos;émetteur a envoyé des attestations qu&apos;il vaut mieux ne pas conserver en l&apos;état :</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="457"/>
        <source>Keep them anyway (they stay marked as not valid), or discard everything from this offer.</source>
        <translation>Conservez-les quand même (elles restent marquées comme non valides), ou abandonnez tout le contenu de cette offre.</translation>
    </message>
    <message>
        <location filename="../ui/ReceivePage.cpp" line="459"/>
        <source>They cannot be kept: discard everything from this offer, and tell the issuer if you expected something else.</source>
        <translation>Elles ne peuvent pas être conservées : abandonnez tout le contenu de cette offre, et prévenez l&apos;émetteur si vous attendiez autre chose.</translation>
    </message>
</context>
<context>
    <name>vcdesk::RestoreForm</name>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="39"/>
        <source>Restore a wallet from a backup file made by vcdesk (for example on another computer). It needs the backup&apos;s passphrase; then choose a new passphrase for the wallet on this computer.</source>
        <translation>Restaurez un portefeuille à partir d&apos;un fichier de sauvegarde créé par vcdesk (par exemple sur un autre ordinateur). La phrase secrète de la sauvegarde est nécessaire ; choisissez ensuite une nouvelle phrase secrète pour le portefeuille sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="49"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="50"/>
        <source>The backup file</source>
        <translation>Le fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="51"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="53"/>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="54"/>
        <source>Opens a file dialog; the file you choose fills in the field beside it, and you go on to the backup&apos;s passphrase.</source>
        <translation>Ouvre une boîte de dialogue de sélection de fichier ; le fichier choisi renseigne le champ voisin, puis vous passez à la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="59"/>
        <source>The backup&apos;s passphrase</source>
        <translation>La phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="60"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="61"/>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="63"/>
        <source>The passphrase chosen when this backup was made, which may differ from the wallet&apos;s. With a wrong one, nothing is restored.</source>
        <translation>La phrase secrète choisie lors de la création de cette sauvegarde, qui peut différer de celle du portefeuille. Si elle est incorrecte, rien n&apos;est restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="66"/>
        <source>The passphrase that will unlock the restored wallet on this computer. The meter below says whether it is strong enough.</source>
        <translation>La phrase secrète qui déverrouillera le portefeuille restauré sur cet ordinateur. L&apos;indicateur ci-dessous précise si elle est assez robuste.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="69"/>
        <source>Type the new passphrase once more; the wallet can be restored only when both are the same.</source>
        <translation>Saisissez une nouvelle fois la nouvelle phrase secrète ; le portefeuille ne peut être restauré que si les deux sont identiques.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="81"/>
        <source>&amp;Backup file:</source>
        <translation>Fichier &amp;de sauvegarde :</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="84"/>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>Phrase secrète de &amp;la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="85"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="87"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="89"/>
        <source>Restored into:</source>
        <translation>Restauré dans :</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="92"/>
        <source>Re&amp;member it in the system keychain (unlock without typing the passphrase on this computer)</source>
        <translation>&amp;Mémoriser dans le trousseau du système (déverrouiller sans saisir la phrase secrète sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="96"/>
        <source>Remember the restored wallet in the system keychain</source>
        <translation>Mémoriser le portefeuille restauré dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="97"/>
        <source>Once the wallet is restored, the system keychain is asked to keep its key, so you can unlock it on this computer without typing the passphrase.</source>
        <translation>Une fois le portefeuille restauré, sa clé est confiée au trousseau du système, afin que vous puissiez le déverrouiller sur cet ordinateur sans saisir la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="109"/>
        <source>Bac&amp;k</source>
        <translation>Reto&amp;ur</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="111"/>
        <source>Back to making a new wallet</source>
        <translation>Revenir à la création d&apos;un nouveau portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="112"/>
        <source>Returns to the form that makes a new wallet; nothing is restored. Esc does the same.</source>
        <translation>Revient au formulaire de création d&apos;un nouveau portefeuille ; rien n&apos;est restauré. La touche Échap a le même effet.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="114"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="116"/>
        <source>Restore the wallet</source>
        <translation>Restaurer le portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="117"/>
        <source>Makes a wallet from the backup at the place shown, locked with your new passphrase. An existing wallet file there is never replaced; if anything fails, nothing is restored.</source>
        <translation>Crée un portefeuille à partir de la sauvegarde à l&apos;emplacement indiqué, verrouillé par votre nouvelle phrase secrète. Un fichier de portefeuille déjà présent à cet emplacement n&apos;est jamais remplacé ; en cas d&apos;échec, rien n&apos;est restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="168"/>
        <source>That is not the backup&apos;s passphrase, or the backup was changed. Nothing was restored.</source>
        <translation>Ce n&apos;est pas la phrase secrète de la sauvegarde, ou la sauvegarde a été modifiée. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="171"/>
        <source>This file is not a vcdesk backup this version can read. Nothing was restored.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde vcdesk lisible par cette version. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="173"/>
        <source>This backup is damaged or incomplete. Nothing was restored.</source>
        <translation>Cette sauvegarde est endommagée ou incomplète. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="175"/>
        <source>The backup file cannot be read (%1). Nothing was restored.</source>
        <translation>Impossible de lire le fichier de sauvegarde (%1). Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="177"/>
        <source>There is already a wallet file there. Nothing was restored.</source>
        <translation>Un fichier de portefeuille existe déjà à cet emplacement. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="178"/>
        <source>The wallet was not restored: %1.</source>
        <translation>Le portefeuille n&apos;a pas été restauré : %1.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="186"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="198"/>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="198"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="230"/>
        <source>Restoring your wallet from the backup…</source>
        <translation>Restauration de votre portefeuille à partir de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>vcdesk::SandboxConnector</name>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="68"/>
        <source>Asking the sandbox issuer for a sample offer…</source>
        <translation>Demande d&apos;une offre d&apos;exemple à l&apos;émetteur du bac à sable…</translation>
    </message>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="72"/>
        <source>The sandbox accounts were added, but the sample offer was not made: %1</source>
        <translation>Les comptes du bac à sable ont été ajoutés, mais l&apos;offre d&apos;exemple n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="75"/>
        <source>Connected to the local sandbox: its issuer, verifier and hosted wallet are your accounts now, and a sample offer is on its way to your inbox.</source>
        <translation>Connecté au bac à sable local : son émetteur, son vérificateur et son portefeuille hébergé font désormais partie de vos comptes, et une offre d&apos;exemple arrive dans votre boîte de réception.</translation>
    </message>
    <message>
        <location filename="../models/SandboxConnector.cpp" line="78"/>
        <source>Already connected to the local sandbox; a new sample offer is on its way to your inbox.</source>
        <translation>Déjà connecté au bac à sable local ; une nouvelle offre d&apos;exemple arrive dans votre boîte de réception.</translation>
    </message>
</context>
<context>
    <name>vcdesk::ScreenRegionPicker</name>
    <message>
        <location filename="../ui/ScreenRegionPicker.cpp" line="30"/>
        <source>Mark the QR code on the screen</source>
        <translation>Sélectionnez le QR code à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../ui/ScreenRegionPicker.cpp" line="31"/>
        <source>Drag a rectangle around the QR code. Enter reads the whole screen; Escape cancels.</source>
        <translation>Tracez un rectangle autour du QR code. Entrée lit tout l&apos;écran ; Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/ScreenRegionPicker.cpp" line="109"/>
        <source>Drag a rectangle around the QR code · Enter: the whole screen · Esc: cancel</source>
        <translation>Tracez un rectangle autour du QR code · Entrée : tout l&apos;écran · Échap : annuler</translation>
    </message>
</context>
<context>
    <name>vcdesk::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="44"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="80"/>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="84"/>
        <source>Lock the wallet after this many idle minutes</source>
        <translation>Verrouiller le portefeuille après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="86"/>
        <source>Type or step a number from 1 to 240. When you have not used the keyboard or mouse in vcdesk for that long, your wallet locks.</source>
        <translation>Saisissez ou ajustez un nombre de 1 à 240. Si vous n&apos;utilisez ni le clavier ni la souris dans vcdesk pendant cette durée, votre portefeuille se verrouille.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="89"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="94"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="95"/>
        <source>Remember this wallet in the system &amp;keychain</source>
        <translation>Mémoriser ce portefeuille dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="97"/>
        <source>Remember this wallet in the system keychain</source>
        <translation>Mémoriser ce portefeuille dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="98"/>
        <source>When checked, your wallet unlocks with your account&apos;s keychain instead of the passphrase; unchecking asks the keychain to forget it. Available while the wallet is unlocked.</source>
        <translation>Si cette case est cochée, votre portefeuille se déverrouille avec le trousseau de votre compte utilisateur au lieu de la phrase secrète ; la décocher demande au trousseau de l&apos;oublier. Disponible lorsque le portefeuille est déverrouillé.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="103"/>
        <source>Then it unlocks with the keychain of your account on this computer, without the passphrase. Keep the passphrase anyway: backups and other computers need it.</source>
        <translation>Il se déverrouille alors grâce au trousseau de votre session sur cet ordinateur, sans la phrase secrète. Conservez quand même la phrase secrète : elle reste nécessaire pour les sauvegardes et sur d&apos;autres ordinateurs.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119"/>
        <location filename="../ui/SettingsPage.cpp" line="130"/>
        <source>Trusted issuers</source>
        <translation>Émetteurs de confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="123"/>
        <source>Issuers you trust, by DID or by a pattern such as did:web:example.com* (the DID and everything under it). vcdesk shows their names next to their credentials; a verifier that requires a trust list accepts only these.</source>
        <translation>Les émetteurs auxquels vous faites confiance, désignés par leur DID ou par un motif comme did:web:example.com* (ce DID et tout ce qui en dépend). vcdesk affiche leur nom à côté de leurs attestations ; un vérificateur qui exige une liste de confiance n&apos;accepte que ceux-ci.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="132"/>
        <source>One row per issuer you trust: its DID or pattern, its name, and when it was added. Select a row to remove it.</source>
        <translation>Une ligne par émetteur de confiance : son DID ou son motif, son nom et sa date d&apos;ajout. Sélectionnez une ligne pour la retirer.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="148"/>
        <source>did:web:issuer.example or did:web:issuer.example*</source>
        <translation>did:web:issuer.example ou did:web:issuer.example*</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="149"/>
        <source>Issuer DID or pattern</source>
        <translation>DID ou motif de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="152"/>
        <source>Its name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153"/>
        <source>Issuer name</source>
        <translation>Nom de l&apos;émetteur</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="154"/>
        <source>&amp;Trust</source>
        <translation>Faire &amp;confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="156"/>
        <source>Add the issuer to the trust list</source>
        <translation>Ajouter l&apos;émetteur à la liste de confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="157"/>
        <source>Adds the DID or pattern and the name you typed, and saves the list. An issuer already on the list takes the new name.</source>
        <translation>Ajoute le DID ou le motif et le nom saisis, puis enregistre la liste. Un émetteur déjà présent dans la liste prend le nouveau nom.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="159"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="161"/>
        <source>Remove the selected issuer from the trust list</source>
        <translation>Retirer l&apos;émetteur sélectionné de la liste de confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="162"/>
        <source>Takes effect at once, without asking. vcdesk stops naming that issuer, and a verifier that requires a trust list no longer accepts it.</source>
        <translation>Prend effet immédiatement, sans confirmation. vcdesk cesse d&apos;afficher le nom de cet émetteur, et un vérificateur qui exige une liste de confiance ne l&apos;accepte plus.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186"/>
        <location filename="../ui/SettingsPage.cpp" line="196"/>
        <source>Saving the trust list…</source>
        <translation>Enregistrement de la liste de confiance…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="206"/>
        <source>The trust list is unchanged: %1</source>
        <translation>La liste de confiance n&apos;a pas été modifiée : %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="214"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="216"/>
        <source>Import issuers from a trust list file</source>
        <translation>Importer des émetteurs depuis un fichier de liste de confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="217"/>
        <source>Choose a JSON trust list file: its issuers are added to yours and listed ones take its names; nothing is removed. A file with anything wrong in it is refused whole.</source>
        <translation>Choisissez un fichier de liste de confiance JSON : ses émetteurs sont ajoutés aux vôtres et ceux déjà présents prennent les noms qu&apos;il indique ; rien n&apos;est retiré. Un fichier comportant la moindre erreur est refusé en bloc.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="220"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="222"/>
        <source>Export the trust list to a file</source>
        <translation>Exporter la liste de confiance dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="223"/>
        <source>Saves your whole trust list as a JSON file where you choose; another vcdesk can import it.</source>
        <translation>Enregistre l&apos;intégralité de votre liste de confiance dans un fichier JSON, à l&apos;emplacement de votre choix ; une autre installation de vcdesk peut l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="227"/>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>Listes de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="229"/>
        <source>Import a trust list</source>
        <translation>Importer une liste de confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="231"/>
        <source>Importing the trust list…</source>
        <translation>Importation de la liste de confiance…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="232"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="236"/>
        <source>Export the trust list</source>
        <translation>Exporter la liste de confiance</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="239"/>
        <source>Exporting the trust list…</source>
        <translation>Exportation de la liste de confiance…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="240"/>
        <source>The trust list was not exported: %1</source>
        <translation>La liste de confiance n&apos;a pas été exportée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPage.cpp" line="245"/>
        <source>Imported %n issuer(s) from %1: %2 new, %3 renamed.</source>
        <translation>
            <numerusform>%n émetteur importé depuis %1 (nouveaux : %2, renommés : %3).</numerusform>
            <numerusform>%n émetteurs importés depuis %1 (nouveaux : %2, renommés : %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SettingsPage.cpp" line="251"/>
        <source>Exported %n issuer(s) to %1.</source>
        <translation>
            <numerusform>%n émetteur exporté vers %1.</numerusform>
            <numerusform>%n émetteurs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="294"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="299"/>
        <source>Language of vcdesk</source>
        <translation>Langue de vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="301"/>
        <source>The language vcdesk shows its text in, from the next start. System default follows your computer&apos;s language.</source>
        <translation>La langue d&apos;affichage de vcdesk, appliquée à partir du prochain démarrage. «&#xa0;Langue du système&#xa0;» suit la langue de votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="303"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="314"/>
        <source>vcdesk speaks the language you choose the next time it starts.</source>
        <translation>vcdesk utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="315"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="347"/>
        <source>Asking the system keychain to remember the wallet…</source>
        <translation>Demande au trousseau du système de mémoriser le portefeuille…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="348"/>
        <source>Asking the system keychain to forget the wallet…</source>
        <translation>Demande au trousseau du système d&apos;oublier le portefeuille…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="366"/>
        <source>Reading the trust list…</source>
        <translation>Lecture de la liste de confiance…</translation>
    </message>
</context>
<context>
    <name>vcdesk::SignInPanel</name>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="27"/>
        <source>&amp;Open the sign-in page again</source>
        <translation>&amp;Rouvrir la page de connexion</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="28"/>
        <source>Open the issuer&apos;s sign-in page in your browser again</source>
        <translation>Rouvrir la page de connexion de l&apos;émetteur dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="29"/>
        <source>vcdesk asks the issuer for a fresh sign-in page and opens it in your browser. Once you are signed in there, vcdesk goes on by itself.</source>
        <translation>vcdesk demande une nouvelle page de connexion à l&apos;émetteur et l&apos;ouvre dans votre navigateur. Une fois que vous y êtes connecté, vcdesk poursuit de lui-même.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="31"/>
        <source>Cop&amp;y its address</source>
        <translation>&amp;Copier son adresse</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="32"/>
        <source>Copy the sign-in page&apos;s address, to open it yourself</source>
        <translation>Copier l&apos;adresse de la page de connexion pour l&apos;ouvrir vous-même</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="33"/>
        <source>Puts the address on the clipboard for your browser&apos;s address bar. Some addresses work only once or for a short while; then open the sign-in page again.</source>
        <translation>Copie l&apos;adresse dans le presse-papiers, pour la barre d&apos;adresse de votre navigateur. Certaines adresses ne fonctionnent qu&apos;une fois ou peu de temps ; rouvrez alors la page de connexion.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="52"/>
        <source>Asking %1 for a fresh sign-in page…</source>
        <translation>Demande d&apos;une nouvelle page de connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="58"/>
        <source>The address is copied: paste it into your browser&apos;s address bar.</source>
        <translation>L&apos;adresse est copiée : collez-la dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="71"/>
        <source>vcdesk goes on by itself once you are signed in at %1. If your browser did not open, or you closed its page, open it again or copy its address.</source>
        <translation>vcdesk poursuit automatiquement une fois que vous êtes connecté sur %1. Si votre navigateur ne s&apos;est pas ouvert, ou si vous avez fermé la page, rouvrez-la ou copiez son adresse.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="83"/>
        <source>If you are signing in at %1 already, finish there.</source>
        <translation>Si vous êtes déjà en train de vous connecter sur %1, terminez là-bas.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="96"/>
        <source>vcdesk could not open your browser: copy the address and open it yourself.</source>
        <translation>vcdesk n&apos;a pas pu ouvrir votre navigateur : copiez l&apos;adresse et ouvrez-la vous-même.</translation>
    </message>
    <message>
        <location filename="../ui/SignInPanel.cpp" line="105"/>
        <source>If you are still signing in at %1, finish there. If you have not started, the sign-in address has expired: open the sign-in page again for a fresh one.</source>
        <translation>Si vous êtes encore en train de vous connecter sur %1, terminez là-bas. Si vous n&apos;avez pas commencé, l&apos;adresse de connexion a expiré : rouvrez la page de connexion pour en obtenir une nouvelle.</translation>
    </message>
</context>
<context>
    <name>vcdesk::TagsEditor</name>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="18"/>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="19"/>
        <source>Tags, separated by commas: work, travel</source>
        <translation>Étiquettes, séparées par des virgules : travail, voyage</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="20"/>
        <source>&amp;Save tags</source>
        <translation>&amp;Enregistrer les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="22"/>
        <source>Save the tags</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="23"/>
        <source>The credential&apos;s tags become the ones in the field, replacing those it had. If they cannot be saved, the reason shows below.</source>
        <translation>Les étiquettes saisies dans le champ remplacent celles de l&apos;attestation. Si elles ne peuvent pas être enregistrées, la raison s&apos;affiche ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="25"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="27"/>
        <source>Keep the tags as they were</source>
        <translation>Conserver les étiquettes telles quelles</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="28"/>
        <source>Closes the tag editor without saving what you typed. Esc does the same.</source>
        <translation>Ferme l&apos;éditeur d&apos;étiquettes sans enregistrer votre saisie. La touche Échap a le même effet.</translation>
    </message>
    <message>
        <location filename="../ui/TagsEditor.cpp" line="31"/>
        <source>Why the tags were not saved</source>
        <translation>Pourquoi les étiquettes n&apos;ont pas été enregistrées</translation>
    </message>
</context>
<context>
    <name>vcdesk::TrustListModel</name>
    <message>
        <location filename="../models/TrustListModel.cpp" line="53"/>
        <source>Issuer (DID or pattern)</source>
        <translation>Émetteur (DID ou motif)</translation>
    </message>
    <message>
        <location filename="../models/TrustListModel.cpp" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/TrustListModel.cpp" line="57"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../models/TrustListModel.cpp" line="129"/>
        <source>&quot;%1&quot; is not on the trust list</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste de confiance</translation>
    </message>
</context>
<context>
    <name>vcdesk::UnlockPage</name>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="24"/>
        <source>Your wallet is locked</source>
        <translation>Votre portefeuille est verrouillé</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="34"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="35"/>
        <source>Wallet passphrase</source>
        <translation>Phrase secrète du portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="37"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="40"/>
        <source>Unlock the wallet</source>
        <translation>Déverrouiller le portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="41"/>
        <source>Opens your wallet with the passphrase you typed. A wrong one leaves it locked and changes nothing.</source>
        <translation>Ouvre votre portefeuille avec la phrase secrète saisie. Une phrase incorrecte le laisse verrouillé et ne change rien.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="43"/>
        <source>Unlock with the system &amp;keychain</source>
        <translation>Déverrouiller avec le &amp;trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="45"/>
        <source>Unlock the wallet with the system keychain</source>
        <translation>Déverrouiller le portefeuille avec le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="46"/>
        <source>Opens your wallet with the key the system keychain keeps for it, without your passphrase.</source>
        <translation>Ouvre votre portefeuille avec la clé que le trousseau du système conserve pour lui, sans votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="126"/>
        <source>That passphrase is not right. The wallet stays locked; nothing changed.</source>
        <translation>Cette phrase secrète est incorrecte. Le portefeuille reste verrouillé ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="131"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="148"/>
        <source>The system keychain no longer holds this wallet&apos;s key.</source>
        <translation>Le trousseau du système ne contient plus la clé de ce portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="150"/>
        <source>The key the system keychain holds does not open this wallet.</source>
        <translation>La clé conservée dans le trousseau du système n&apos;ouvre pas ce portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="153"/>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="155"/>
        <source>The system keychain could not unlock the wallet: %1.</source>
        <translation>Le trousseau du système n&apos;a pas pu déverrouiller le portefeuille : %1.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="158"/>
        <source>%1 Type your passphrase instead; the wallet stays locked.</source>
        <translation>%1 Saisissez plutôt votre phrase secrète ; le portefeuille reste verrouillé.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="162"/>
        <source>Asking the system keychain…</source>
        <translation>Interrogation du trousseau du système…</translation>
    </message>
</context>
<context>
    <name>vcdesk::ValidationComparisonModel</name>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="16"/>
        <source>✓ passed</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="18"/>
        <source>✗ failed</source>
        <translation>✗ échoué</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="19"/>
        <source>— not checked</source>
        <translation>— non vérifié</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="22"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="67"/>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="67"/>
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="79"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="81"/>
        <source>Hosted wallet says</source>
        <translation>Selon le portefeuille hébergé</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="83"/>
        <source>vcdesk says</source>
        <translation>Selon vcdesk</translation>
    </message>
    <message>
        <location filename="../models/ValidationComparisonModel.cpp" line="85"/>
        <source>Same?</source>
        <translation>Identique ?</translation>
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
        <translation>Durée de validité, en secondes</translation>
    </message>
</context>
<context>
    <name>vcdesk::VerificationLogModel</name>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="63"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="65"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="67"/>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="69"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/VerificationLogModel.cpp" line="71"/>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Impossible d&apos;ouvrir le portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="71"/>
        <source>Cannot create the wallet</source>
        <translation>Impossible de créer le portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="90"/>
        <location filename="../models/WalletSession.cpp" line="207"/>
        <source>Opening your credentials</source>
        <translation>Ouverture de vos attestations</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="105"/>
        <source>The wallet stays locked</source>
        <translation>Le portefeuille reste verrouillé</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="130"/>
        <source>Cannot restore the wallet</source>
        <translation>Impossible de restaurer le portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="150"/>
        <source>Asking the system keychain to forget the wallet</source>
        <translation>Demande au trousseau du système d&apos;oublier le portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="157"/>
        <source>the wallet is locked</source>
        <translation>le portefeuille est verrouillé</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="158"/>
        <source>Asking the system keychain to remember the wallet</source>
        <translation>Demande au trousseau du système de mémoriser le portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="170"/>
        <source>The system keychain cannot remember this wallet</source>
        <translation>Le trousseau du système ne peut pas mémoriser ce portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="171"/>
        <source>The system keychain could not forget this wallet</source>
        <translation>Le trousseau du système n&apos;a pas pu oublier ce portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="172"/>
        <source>%1 [%2]; unlock it with your passphrase as before.</source>
        <translation>%1 [%2] ; déverrouillez-le avec votre phrase secrète, comme avant.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="174"/>
        <source>%1 [%2]; it may still hold the wallet&apos;s key.</source>
        <translation>%1 [%2] ; il contient peut-être encore la clé du portefeuille.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="180"/>
        <source>The system keychain remembers this wallet</source>
        <translation>Ce portefeuille est mémorisé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="181"/>
        <source>The system keychain forgot this wallet</source>
        <translation>Le trousseau du système a oublié ce portefeuille</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="182"/>
        <source>You can unlock it with the system keychain instead of the passphrase. Keep the passphrase anyway: backups and other computers need it.</source>
        <translation>Vous pouvez le déverrouiller avec le trousseau du système au lieu de la phrase secrète. Conservez quand même la phrase secrète : elle reste nécessaire pour les sauvegardes et sur d&apos;autres ordinateurs.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="185"/>
        <source>Unlock it with your passphrase from now on.</source>
        <translation>Déverrouillez-le désormais avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../models/WalletSession.cpp" line="200"/>
        <source>Asking the system keychain</source>
        <translation>Interrogation du trousseau du système</translation>
    </message>
</context>
<context>
    <name>vcdesk::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="26"/>
        <source>vcdesk connects as soon as your wallet is made; you can also connect later from the Wallet menu.</source>
        <translation>vcdesk se connecte dès que votre portefeuille est créé ; vous pouvez aussi vous connecter plus tard depuis le menu «&#xa0;Portefeuille&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="46"/>
        <source>Welcome to vcdesk</source>
        <translation>Bienvenue dans vcdesk</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="60"/>
        <source>vcdesk keeps your verifiable credentials in an encrypted wallet on this computer, and shows them only to whom you choose. Make your wallet with a passphrase: it encrypts everything in it, and nobody can recover it for you, so keep it safe.</source>
        <translation>vcdesk conserve vos attestations vérifiables dans un portefeuille chiffré sur cet ordinateur, et ne les montre qu&apos;aux destinataires de votre choix. Créez votre portefeuille avec une phrase secrète : elle chiffre tout son contenu et personne ne pourra la retrouver pour vous, alors conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="72"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="74"/>
        <source>It encrypts everything in your wallet, and nobody can recover it for you. The meter below says whether it is strong enough.</source>
        <translation>Elle chiffre tout le contenu de votre portefeuille, et personne ne pourra la retrouver pour vous. L&apos;indicateur ci-dessous précise si elle est assez robuste.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="79"/>
        <source>Repeat the passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="81"/>
        <source>Type the same passphrase again, so a typing mistake cannot lock you out. Press Enter to create your wallet.</source>
        <translation>Saisissez à nouveau la même phrase secrète, pour qu&apos;une faute de frappe ne vous empêche pas d&apos;accéder à votre portefeuille. Appuyez sur Entrée pour créer votre portefeuille.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="92"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="94"/>
        <source>Stored in:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="96"/>
        <source>Re&amp;member it in the system keychain (unlock without typing the passphrase on this computer)</source>
        <translation>&amp;Mémoriser dans le trousseau du système (déverrouiller sans saisir la phrase secrète sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="100"/>
        <source>Remember the wallet in the system keychain</source>
        <translation>Mémoriser le portefeuille dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="101"/>
        <source>Once your wallet is made, the system keychain is asked to keep its key. Whoever can use your account on this computer may then unlock the wallet without the passphrase.</source>
        <translation>Une fois votre portefeuille créé, sa clé est confiée au trousseau du système. Toute personne ayant accès à votre compte utilisateur sur cet ordinateur pourra alors déverrouiller le portefeuille sans la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="107"/>
        <source>Connect to the local sandbox</source>
        <translation>Se connecter au bac à sable local</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="113"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="115"/>
        <source>Restore a wallet from a backup file</source>
        <translation>Restaurer un portefeuille depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="116"/>
        <source>Instead of a new, empty wallet, you make this one from a backup file made by vcdesk. You need the backup&apos;s passphrase.</source>
        <translation>Au lieu d&apos;un nouveau portefeuille vide, vous créez celui-ci à partir d&apos;un fichier de sauvegarde produit par vcdesk. La phrase secrète de la sauvegarde est nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="118"/>
        <source>&amp;Create my wallet</source>
        <translation>&amp;Créer mon portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="121"/>
        <source>Create my wallet</source>
        <translation>Créer mon portefeuille</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="122"/>
        <source>Makes your encrypted wallet in the file shown under Stored in. Available once the passphrase is strong enough and typed the same twice.</source>
        <translation>Crée votre portefeuille chiffré dans le fichier indiqué sous «&#xa0;Emplacement&#xa0;». Disponible dès que la phrase secrète est assez robuste et saisie deux fois à l&apos;identique.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="167"/>
        <source>Asking the system keychain to remember the wallet…</source>
        <translation>Demande au trousseau du système de mémoriser le portefeuille…</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="175"/>
        <source>&amp;Connect to the local sandbox (its issuer, verifier and hosted wallet become your accounts, and it offers you a sample credential)</source>
        <translation>Se co&amp;nnecter au bac à sable local (son émetteur, son vérificateur et son portefeuille hébergé deviennent vos comptes, et il vous propose une attestation d&apos;exemple)</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="181"/>
        <source>%1 The sandbox describes itself in %2.</source>
        <translation>%1 Le bac à sable est décrit dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="201"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="222"/>
        <source>Making your wallet and its key…</source>
        <translation>Création de votre portefeuille et de sa clé…</translation>
    </message>
</context>
<context>
    <name>vcdesk::WorkingStep</name>
    <message>
        <location filename="../ui/WorkingStep.cpp" line="17"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/WorkingStep.cpp" line="19"/>
        <location filename="../ui/WorkingStep.cpp" line="21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/WorkingStep.cpp" line="22"/>
        <source>Stops the exchange with the issuer or verifier that is under way. Esc does the same.</source>
        <translation>Interrompt l&apos;échange en cours avec l&apos;émetteur ou le vérificateur. La touche Échap a le même effet.</translation>
    </message>
</context>
</TS>
