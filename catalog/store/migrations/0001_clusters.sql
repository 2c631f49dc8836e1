-- Schema 1: registered clusters, the audit log, workspace settings.
CREATE TABLE clusters (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    environment       TEXT NOT NULL DEFAULT 'dev',
    bootstrap_servers TEXT NOT NULL,
    labels            TEXT NOT NULL DEFAULT '{}',   -- JSON object, name -> value
    properties        TEXT NOT NULL DEFAULT '{}',   -- JSON object of non-secret client properties
    kind              TEXT NOT NULL DEFAULT 'kafka', -- 'kafka', or 'demo' for the in-process mock
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

-- Every decision and change, with who and when. Append-only.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,      -- e.g. cluster.add, request.approve
    subject TEXT NOT NULL,      -- what it acted on, e.g. cluster:prod-eu
    detail  TEXT NOT NULL DEFAULT '{}'   -- JSON, never a secret
);
CREATE INDEX audit_log_subject ON audit_log(subject);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
