-- Schema 3: client applications, channels and their bindings (with migration history),
-- routing rules, grants (and the ACLs each one provisioned), access requests and decisions.
--
-- Requests and their decisions are append-only records with stable ids (UUIDs), author and
-- time, so a later shared workspace can exchange them between desktops: triggers refuse any
-- UPDATE or DELETE, and they name applications and clusters by name, not by local row id.

CREATE TABLE applications (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    owner_team  TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- The application's Kafka principal on each cluster, e.g. User:billing-svc.
CREATE TABLE application_principals (
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    cluster_id     INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    principal      TEXT NOT NULL,
    PRIMARY KEY (application_id, cluster_id)
) WITHOUT ROWID;

CREATE TABLE channels (
    id          INTEGER PRIMARY KEY,
    uri         TEXT NOT NULL UNIQUE,              -- canonical kafka://host/path
    description TEXT NOT NULL DEFAULT '',
    owner_team  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

-- Where a channel leads in one environment.
CREATE TABLE channel_bindings (
    id          INTEGER PRIMARY KEY,
    channel_id  INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    cluster_id  INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    topic       TEXT NOT NULL,
    forced      INTEGER NOT NULL DEFAULT 0,        -- bound although the catalog did not know the topic
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    UNIQUE (channel_id, environment)
);

-- Every bind, rebind (migration) and unbind. Clusters by name, so history outlives them.
CREATE TABLE binding_history (
    id          INTEGER PRIMARY KEY,
    channel_uri TEXT NOT NULL,
    environment TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('bind', 'rebind', 'unbind')),
    old_cluster TEXT,
    old_topic   TEXT,
    new_cluster TEXT,
    new_topic   TEXT,
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX binding_history_channel ON binding_history(channel_uri, id);

CREATE TABLE routing_rules (
    id             INTEGER PRIMARY KEY,
    environment    TEXT NOT NULL,
    host_pattern   TEXT NOT NULL,
    path_pattern   TEXT NOT NULL,
    topic_template TEXT NOT NULL,
    cluster_id     INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    description    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    UNIQUE (environment, host_pattern, path_pattern)
);

-- A grant is revoked, not deleted: the row stays for history (revoked_at set).
CREATE TABLE grants (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    channel_uri     TEXT NOT NULL,                 -- canonical; the channel may be routed by a rule only
    intent          TEXT NOT NULL CHECK (intent IN ('produce', 'consume')),
    consumer_group  TEXT NOT NULL DEFAULT '',
    group_is_prefix INTEGER NOT NULL DEFAULT 0,
    request_uuid    TEXT,                          -- the request it came from, if any
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    revoked_at      TEXT,
    revoked_by      TEXT
);
CREATE UNIQUE INDEX grants_active ON grants(application_id, channel_uri, intent, consumer_group, group_is_prefix)
    WHERE revoked_at IS NULL;
CREATE INDEX grants_channel ON grants(channel_uri);

-- The ACLs a grant created on a cluster, so revoking deletes exactly those (and nothing that
-- was there before, or that someone else made).
CREATE TABLE grant_acls (
    id            INTEGER PRIMARY KEY,
    grant_id      INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
    cluster_id    INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL,
    pattern_type  TEXT NOT NULL,
    principal     TEXT NOT NULL,
    host          TEXT NOT NULL,
    operation     TEXT NOT NULL,
    permission    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX grant_acls_grant ON grant_acls(grant_id);

CREATE TABLE access_requests (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    application          TEXT NOT NULL,            -- by name
    channel_uri          TEXT NOT NULL,
    intent               TEXT NOT NULL CHECK (intent IN ('produce', 'consume')),
    consumer_group       TEXT NOT NULL DEFAULT '',
    group_is_prefix      INTEGER NOT NULL DEFAULT 0,
    justification        TEXT NOT NULL DEFAULT '',
    -- A new channel proposed for a topic: where to bind it on approval (all empty: existing channel).
    proposed_environment TEXT NOT NULL DEFAULT '',
    proposed_cluster     TEXT NOT NULL DEFAULT '',  -- by name
    proposed_topic       TEXT NOT NULL DEFAULT '',
    author               TEXT NOT NULL,
    created_at           TEXT NOT NULL
);
CREATE INDEX access_requests_created ON access_requests(created_at);

-- What happened to a request: at most one decision (approved, declined) or withdrawal.
CREATE TABLE request_events (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    request_uuid TEXT NOT NULL UNIQUE REFERENCES access_requests(uuid),
    kind         TEXT NOT NULL CHECK (kind IN ('approved', 'declined', 'withdrawn')),
    reason       TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '{}'       -- JSON: what approval created (grant uuid, binding, topic)
);

CREATE TRIGGER access_requests_no_update BEFORE UPDATE ON access_requests BEGIN
    SELECT RAISE(ABORT, 'access requests are append-only');
END;
CREATE TRIGGER access_requests_no_delete BEFORE DELETE ON access_requests BEGIN
    SELECT RAISE(ABORT, 'access requests are append-only');
END;
CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events BEGIN
    SELECT RAISE(ABORT, 'request decisions are append-only');
END;
CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events BEGIN
    SELECT RAISE(ABORT, 'request decisions are append-only');
END;
