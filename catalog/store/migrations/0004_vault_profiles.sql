-- Schema 4: the vault (encrypted secrets, application credentials and routing tokens, the
-- portal's signing key) and config profiles with their version history.
-- Nothing secret is stored in clear: sealed columns hold nonce || XChaCha20-Poly1305 ciphertext
-- under the vault's data key, and tokens are kept only as keyed BLAKE2b hashes.
-- Applications are referred to by name (text), so this schema does not depend on the
-- channels schema (0003).

-- One row: how the data key is protected. The data key itself is random (32 bytes) and only
-- ever stored wrapped: under a key derived from the passphrase with Argon2id, and, where the
-- OS keychain answers, in the keychain under keychain_key.
CREATE TABLE vault_meta (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    format       INTEGER NOT NULL,          -- 1
    vault_id     TEXT NOT NULL,             -- random; names the keychain entry
    kdf          TEXT NOT NULL,             -- 'argon2id13'
    kdf_salt     BLOB NOT NULL,
    kdf_ops      INTEGER NOT NULL,
    kdf_mem      INTEGER NOT NULL,
    wrapped_key  BLOB NOT NULL,             -- nonce || AEAD(passphrase key, data key)
    key_check    BLOB NOT NULL,             -- nonce || AEAD(data key, constant): verifies a key from the keychain
    keychain     INTEGER NOT NULL DEFAULT 0, -- 1: a copy of the data key was stored in the OS keychain
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Named secrets sealed under the data key: crawler secrets per cluster, the token-hash key,
-- the portal's Ed25519 signing key (public half in clear).
CREATE TABLE vault_secrets (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,      -- 'cluster', 'token-hash-key', 'signing-key', ...
    name        TEXT NOT NULL,
    public_data BLOB,               -- not secret (e.g. a public key)
    sealed      BLOB NOT NULL,      -- nonce || ciphertext
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (kind, name)
);

-- Kafka credentials of client applications, per cluster, versioned for rotation.
CREATE TABLE app_credentials (
    id           INTEGER PRIMARY KEY,
    application  TEXT NOT NULL,
    cluster_id   INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    mechanism    TEXT NOT NULL,     -- PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    username     TEXT NOT NULL,
    sealed       BLOB NOT NULL,     -- the secret: nonce || ciphertext
    valid_from   TEXT NOT NULL,
    valid_until  TEXT,              -- NULL: no end (the current version)
    revoked_at   TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    UNIQUE (application, cluster_id, version)
);
CREATE INDEX app_credentials_app ON app_credentials(application, cluster_id);

-- Routing-service tokens: only a keyed hash (see catalog/vault/TokenStore.h).
CREATE TABLE app_tokens (
    id           INTEGER PRIMARY KEY,
    application  TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,   -- lowercase hex of BLAKE2b-256 keyed
    hint         TEXT NOT NULL,          -- the first characters, to recognise a token
    label        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    expires_at   TEXT,
    revoked_at   TEXT
);
CREATE INDEX app_tokens_app ON app_tokens(application);

-- Custom config profiles (the built-in ones live in code). Properties are a JSON object whose
-- values keep their type (number, boolean, string); reasons map property -> why.
CREATE TABLE profiles (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    role         TEXT NOT NULL CHECK (role IN ('producer', 'consumer')),
    description  TEXT NOT NULL DEFAULT '',
    properties   TEXT NOT NULL DEFAULT '{}',
    reasons      TEXT NOT NULL DEFAULT '{}',
    copied_from  TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);

-- Every version of a custom profile: who, when, and the diff against the previous one.
CREATE TABLE profile_versions (
    id           INTEGER PRIMARY KEY,
    profile_name TEXT NOT NULL,
    version      INTEGER NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    snapshot     TEXT NOT NULL,     -- JSON of the profile at this version
    diff         TEXT NOT NULL,     -- JSON: {"added":{}, "removed":{}, "changed":{k:{"from":,"to":}}, ...}
    UNIQUE (profile_name, version)
);
