-- Schema 9: the team workspace (docs/workspace.md). This catalog is a replica of a workspace
-- whose log lives on a home cluster: which workspace and as whom, the members as the state
-- topic says, how far each topic was applied, what waits to be sent, and the records that were
-- ignored because no authorized writer could have produced them.

-- At most one workspace per catalog; no row: single-user mode, exactly as before.
CREATE TABLE workspace (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    name      TEXT NOT NULL,
    cluster   TEXT NOT NULL,           -- the home cluster, a registered cluster by name
    principal TEXT NOT NULL,           -- this member's Kafka principal, e.g. User:alice
    joined_at TEXT NOT NULL
);

-- The members, as the state topic's member records say (applied in offset order).
CREATE TABLE workspace_members (
    principal   TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('platform', 'developer')),
    enrolled_by TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    version     INTEGER NOT NULL        -- the state topic offset that wrote it
) WITHOUT ROWID;

-- The next offset to apply, per topic (partition 0: every workspace topic has one partition).
CREATE TABLE workspace_cursors (
    topic       TEXT PRIMARY KEY,
    next_offset INTEGER NOT NULL
) WITHOUT ROWID;

-- Changes made here that wait to be sent, in the order they were made. A row leaves once
-- the broker acknowledged it, or refused it for good (then the refusal is reported).
CREATE TABLE workspace_outbox (
    id           INTEGER PRIMARY KEY,
    topic        TEXT NOT NULL,
    record_key   TEXT NOT NULL,
    record_value BLOB,                  -- NULL: a tombstone
    summary      TEXT NOT NULL,         -- what the user did, for status and refusals
    created_at   TEXT NOT NULL
);

-- The version (state offset) of each shared entity as last applied, and who wrote it: a write
-- based on an older version replaces it (the later write stands) and its writer is told.
CREATE TABLE workspace_versions (
    entity     TEXT PRIMARY KEY,       -- the record key, e.g. application:billing
    version    INTEGER NOT NULL,
    written_by TEXT NOT NULL
) WITHOUT ROWID;

-- Records that were not applied, and why (reported by sync and status).
CREATE TABLE workspace_rejects (
    id          INTEGER PRIMARY KEY,
    topic       TEXT NOT NULL,
    log_offset  INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL,
    UNIQUE (topic, log_offset)
);
