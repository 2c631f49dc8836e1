-- Schema 2: what crawls find, the curation that survives them, history and search.
--
-- The crawler writes one cluster's snapshot in one transaction. Rows are updated in place
-- (never dropped and re-added) so topic ids stay stable and the curation columns on `topics`
-- (owner, description) and `topic_tags` survive every re-crawl. A topic that vanishes is
-- marked status = 'deleted' with deleted_at, never removed.

-- Every crawl of a cluster: when, how it ended, what it found, what it could not see.
CREATE TABLE crawls (
    id              INTEGER PRIMARY KEY,
    cluster_id      INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    started_at      TEXT NOT NULL,                  -- ISO 8601 UTC
    finished_at     TEXT,
    outcome         TEXT NOT NULL DEFAULT 'running'
                    CHECK (outcome IN ('running', 'ok', 'partial', 'failed', 'cancelled')),
    error           TEXT,                           -- readable, never a secret
    skipped         TEXT NOT NULL DEFAULT '[]',     -- JSON array of phases not run (e.g. demo cluster)
    missing         TEXT NOT NULL DEFAULT '[]',     -- JSON array of parts the crawler was not allowed to read
    duration_ms     INTEGER,
    broker_count    INTEGER NOT NULL DEFAULT 0,
    topic_count     INTEGER NOT NULL DEFAULT 0,
    partition_count INTEGER NOT NULL DEFAULT 0,
    group_count     INTEGER NOT NULL DEFAULT 0,
    acl_count       INTEGER NOT NULL DEFAULT 0,
    changes         INTEGER NOT NULL DEFAULT 0      -- history entries this crawl wrote
);
CREATE INDEX crawls_cluster ON crawls(cluster_id, id);

-- The cluster as the last successful crawl saw it.
CREATE TABLE cluster_state (
    cluster_id       INTEGER PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
    kafka_cluster_id TEXT,
    controller_id    INTEGER,
    crawl_id         INTEGER REFERENCES crawls(id) ON DELETE SET NULL,
    crawled_at       TEXT
);

CREATE TABLE brokers (
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    broker_id  INTEGER NOT NULL,
    host       TEXT NOT NULL,
    port       INTEGER NOT NULL,
    rack       TEXT,
    PRIMARY KEY (cluster_id, broker_id)
) WITHOUT ROWID;

-- One row per topic ever seen on a cluster. The columns after `rate` are curation.
CREATE TABLE topics (
    id                 INTEGER PRIMARY KEY,
    cluster_id         INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deleted')),
    internal           INTEGER NOT NULL DEFAULT 0,
    partition_count    INTEGER NOT NULL DEFAULT 0,
    replication_factor INTEGER NOT NULL DEFAULT 0,
    under_replicated   INTEGER NOT NULL DEFAULT 0,   -- partitions with ISR smaller than replicas
    offline            INTEGER NOT NULL DEFAULT 0,   -- partitions without a leader
    messages           INTEGER,                      -- sum(high - low) over partitions; NULL: unknown
    produced           INTEGER,                      -- sum(high): only grows, the base of `rate`
    rate               REAL,                         -- messages per second between the last two crawls
    measured_at_ms     INTEGER,                      -- when `produced` was read (epoch ms)
    first_seen_at      TEXT NOT NULL,
    last_seen_at       TEXT NOT NULL,
    deleted_at         TEXT,
    changed_at         TEXT NOT NULL,                -- last history entry (appeared, changed, deleted)
    owner              TEXT NOT NULL DEFAULT '',     -- curation: owner team
    description        TEXT NOT NULL DEFAULT '',     -- curation: Markdown
    UNIQUE (cluster_id, name)
);
CREATE INDEX topics_name ON topics(name COLLATE NOCASE, cluster_id);
CREATE INDEX topics_status_name ON topics(status, name COLLATE NOCASE);
CREATE INDEX topics_messages ON topics(messages);
CREATE INDEX topics_rate ON topics(rate);
CREATE INDEX topics_owner ON topics(owner) WHERE owner <> '';

CREATE TABLE partitions (
    topic_id       INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    partition      INTEGER NOT NULL,
    leader         INTEGER NOT NULL,                 -- -1: no leader (offline)
    replicas       TEXT NOT NULL,                    -- broker ids, comma-separated, in order
    isr            TEXT NOT NULL,
    low_watermark  INTEGER,                          -- NULL: not read (skipped or failed)
    high_watermark INTEGER,
    error          TEXT,
    PRIMARY KEY (topic_id, partition)
) WITHOUT ROWID;

-- A topic's configuration overrides (source 'topic'). Values every topic inherits from the
-- broker or Kafka's defaults are the same for all topics of a cluster and live once in
-- cluster_topic_defaults; a topic's effective configuration is the two merged.
CREATE TABLE topic_configs (
    topic_id     INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    value        TEXT,                               -- NULL for sensitive values
    source       TEXT NOT NULL DEFAULT 'topic',      -- 'topic' (overridden), 'broker', 'static-broker', 'default'
    is_sensitive INTEGER NOT NULL DEFAULT 0,
    is_read_only INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (topic_id, name)
) WITHOUT ROWID;

CREATE TABLE cluster_topic_defaults (
    cluster_id   INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    value        TEXT,
    source       TEXT NOT NULL,                      -- 'default', 'broker', 'static-broker'
    is_sensitive INTEGER NOT NULL DEFAULT 0,
    is_read_only INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (cluster_id, name)
) WITHOUT ROWID;

CREATE TABLE consumer_groups (
    id            INTEGER PRIMARY KEY,
    cluster_id    INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'Unknown',   -- Stable, Empty, PreparingRebalance, Dead, ...
    is_simple     INTEGER NOT NULL DEFAULT 0,
    assignor      TEXT,
    coordinator   INTEGER,
    member_count  INTEGER NOT NULL DEFAULT 0,
    total_lag     INTEGER,
    error         TEXT,
    UNIQUE (cluster_id, name)
);

CREATE TABLE group_members (
    group_id    INTEGER NOT NULL REFERENCES consumer_groups(id) ON DELETE CASCADE,
    member_id   TEXT NOT NULL,
    client_id   TEXT,
    host        TEXT,
    instance_id TEXT,
    assignment  TEXT NOT NULL DEFAULT '',            -- "topic:partition,..." as assigned
    PRIMARY KEY (group_id, member_id)
) WITHOUT ROWID;

-- Committed offsets and lag per group, topic and partition.
CREATE TABLE group_offsets (
    group_id         INTEGER NOT NULL REFERENCES consumer_groups(id) ON DELETE CASCADE,
    topic_id         INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    partition        INTEGER NOT NULL,
    committed_offset INTEGER NOT NULL,
    lag              INTEGER,                        -- high watermark - committed; NULL: watermark unknown
    PRIMARY KEY (group_id, topic_id, partition)
) WITHOUT ROWID;
CREATE INDEX group_offsets_topic ON group_offsets(topic_id);

CREATE TABLE acls (
    id            INTEGER PRIMARY KEY,
    cluster_id    INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    resource_type TEXT NOT NULL,                     -- TOPIC, GROUP, CLUSTER, TRANSACTIONAL_ID
    resource_name TEXT NOT NULL,
    pattern_type  TEXT NOT NULL,                     -- LITERAL, PREFIXED
    principal     TEXT NOT NULL,
    host          TEXT NOT NULL,
    operation     TEXT NOT NULL,
    permission    TEXT NOT NULL
);
CREATE INDEX acls_resource ON acls(cluster_id, resource_type, resource_name);

-- What changed, crawl by crawl: kind is 'created', 'deleted', 'restored', 'partitions',
-- 'replication', 'config'; field names the config for 'config' entries.
CREATE TABLE topic_history (
    id        INTEGER PRIMARY KEY,
    topic_id  INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    crawl_id  INTEGER REFERENCES crawls(id) ON DELETE SET NULL,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL,
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX topic_history_topic ON topic_history(topic_id, id);

-- Message-count samples (one per crawl that saw the count change), for rates and charts.
CREATE TABLE topic_samples (
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    at_ms    INTEGER NOT NULL,                        -- epoch ms
    messages INTEGER NOT NULL,                        -- sum(high - low)
    produced INTEGER NOT NULL,                        -- sum(high)
    PRIMARY KEY (topic_id, at_ms)
) WITHOUT ROWID;

-- Curation: tags. Lower-case words without spaces; survive re-crawls like owner/description.
CREATE TABLE topic_tags (
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (topic_id, tag)
) WITHOUT ROWID;
CREATE INDEX topic_tags_tag ON topic_tags(tag, topic_id);

-- Full-text search over names, descriptions and tags; rowid = topics.id. unicode61 splits
-- on '.', '-' and '_' (they are not letters or digits), so "billing.invoices-v2_eu" is found
-- by "invoices" or "v2"; the `name` column also holds the whole name for exact hits.
-- Kept current by triggers that fire only when a name, description or tag changes, so a
-- re-crawl of an unchanged cluster writes nothing here.
CREATE VIRTUAL TABLE topic_fts USING fts5(
    name, description, tags,
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER topics_fts_insert AFTER INSERT ON topics BEGIN
    INSERT INTO topic_fts(rowid, name, description, tags) VALUES (NEW.id, NEW.name, NEW.description, '');
END;
CREATE TRIGGER topics_fts_delete AFTER DELETE ON topics BEGIN
    DELETE FROM topic_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER topics_fts_update AFTER UPDATE OF name, description ON topics
    WHEN NEW.name IS NOT OLD.name OR NEW.description IS NOT OLD.description BEGIN
    UPDATE topic_fts SET name = NEW.name, description = NEW.description WHERE rowid = NEW.id;
END;
CREATE TRIGGER topic_tags_fts_insert AFTER INSERT ON topic_tags BEGIN
    UPDATE topic_fts SET tags = (SELECT group_concat(tag, ' ') FROM topic_tags WHERE topic_id = NEW.topic_id)
        WHERE rowid = NEW.topic_id;
END;
CREATE TRIGGER topic_tags_fts_delete AFTER DELETE ON topic_tags BEGIN
    UPDATE topic_fts SET tags = coalesce((SELECT group_concat(tag, ' ') FROM topic_tags WHERE topic_id = OLD.topic_id), '')
        WHERE rowid = OLD.topic_id;
END;
