-- Schema 6 (crawl): indexes that let every sort of the topic list walk an index, so a page of
-- 200 rows out of 100,000 is read in order instead of sorting the whole table. Each sort index
-- ends with name and cluster_id (TopicStore's tie-breakers) and status, so that the usual
-- filters (active, one cluster) are checked in the index without reading the table.
DROP INDEX IF EXISTS topics_messages;
DROP INDEX IF EXISTS topics_rate;
DROP INDEX IF EXISTS topics_status_name;
CREATE INDEX topics_status_name ON topics(status, name COLLATE NOCASE, cluster_id);
CREATE INDEX topics_cluster_name ON topics(cluster_id, name COLLATE NOCASE);
CREATE INDEX topics_partitions_sort ON topics(partition_count, name COLLATE NOCASE, cluster_id, status);
CREATE INDEX topics_messages_sort ON topics(messages, name COLLATE NOCASE, cluster_id, status);
CREATE INDEX topics_rate_sort ON topics(rate, name COLLATE NOCASE, cluster_id, status);
CREATE INDEX topics_under_replicated_sort ON topics(under_replicated, name COLLATE NOCASE, cluster_id, status);
CREATE INDEX topics_owner_sort ON topics(owner, name COLLATE NOCASE, cluster_id, status);
CREATE INDEX topics_changed_sort ON topics(changed_at, name COLLATE NOCASE, cluster_id, status);
