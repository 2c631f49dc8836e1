-- Schema 7 (numbered after the crawl's 0006): routing services the portal pushes bundles to, the bundles it compiled, and every push.
CREATE TABLE routing_services (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    url                 TEXT NOT NULL,          -- base URL, e.g. https://router-1.example.com:8443
    public_key          TEXT NOT NULL,          -- base64 X25519 key the bundle's secrets are sealed to
    created_at          TEXT NOT NULL,
    deployed_version    INTEGER,                -- the version it holds after the last good push
    deployed_state_hash TEXT,                   -- the state that version was compiled from
    deployed_at         TEXT,
    last_attempt_at     TEXT,
    last_error          TEXT                    -- empty after a good push; never a secret
);

CREATE TABLE bundles (
    version    INTEGER PRIMARY KEY,             -- monotonic across the catalog
    state_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE pushes (
    id          INTEGER PRIMARY KEY,
    service_id  INTEGER NOT NULL REFERENCES routing_services(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    at          TEXT NOT NULL,
    ok          INTEGER NOT NULL,
    http_status INTEGER,
    attempts    INTEGER NOT NULL,
    message     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pushes_service ON pushes(service_id, id);
