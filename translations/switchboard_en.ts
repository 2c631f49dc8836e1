<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Switchboard::ClusterDialog</name>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="32" />
        <source>Line %1: write a property as name=value</source>
        <translation>Line %1: write a property as name=value</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="46" />
        <source>Add a cluster</source>
        <translation>Add a cluster</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="46" />
        <source>Edit cluster %1</source>
        <translation>Edit cluster %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="50" />
        <source>e.g. prod-eu</source>
        <translation>e.g. prod-eu</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="62" />
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="65" />
        <source>host:port[,host:port…]</source>
        <translation>host:port[,host:port…]</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="66" />
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap servers:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="69" />
        <source>security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=crawler</source>
        <translation>security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=crawler</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="75" />
        <source>Client &amp;properties:</source>
        <translation>Client &amp;properties:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="76" />
        <source>Passwords are not stored here: they belong in the vault.</source>
        <translation>Passwords are not stored here: they belong in the vault.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="84" />
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="140" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterDialog.cpp" line="151" />
        <source>Connected: %n broker(s), %1 topics</source>
        <translation><numerusform>Connected: %n broker, %1 topics</numerusform><numerusform>Connected: %n brokers, %1 topics</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="157" />
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ClusterTreeModel</name>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="144" />
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="160" />
        <source>crawling…</source>
        <translation>crawling…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="147" />
        <source>never crawled</source>
        <translation>never crawled</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="154" />
        <source>%n topic(s) · %1</source>
        <translation><numerusform>%n topic · %1</numerusform><numerusform>%n topics · %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="156" />
        <source>partial · %1</source>
        <translation>partial · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="158" />
        <source>cancelled · %1</source>
        <translation>cancelled · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="161" />
        <source>failed · %1</source>
        <translation>failed · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="174" />
        <source>Environment %1: %n cluster(s)</source>
        <translation><numerusform>Environment %1: %n cluster</numerusform><numerusform>Environment %1: %n clusters</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="213" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="215" />
        <source>In-process demo cluster: configs, consumer group listing and ACLs are not crawled.</source>
        <translation>In-process demo cluster: configs, consumer group listing and ACLs are not crawled.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="218" />
        <source>Last crawl: %1, %2</source>
        <translation>Last crawl: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="220" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="222" />
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="224" />
        <source>Not allowed to read: %1</source>
        <translation>Not allowed to read: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="225" />
        <source>%n broker(s)</source>
        <translation><numerusform>%n broker</numerusform><numerusform>%n brokers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="227" />
        <source>%n under-replicated partition(s)</source>
        <translation><numerusform>%n under-replicated partition</numerusform><numerusform>%n under-replicated partitions</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="229" />
        <source>Never crawled</source>
        <translation>Never crawled</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="244" />
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConfigTableModel</name>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="54" />
        <source>overridden</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="56" />
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="58" />
        <source>broker file</source>
        <translation>broker file</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="60" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="73" />
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="90" />
        <source>Set on this topic, overriding the cluster's default</source>
        <translation>Set on this topic, overriding the cluster's default</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="101" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="102" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="103" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsumerGroupTableModel</name>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="46" />
        <source>Partition %1: committed %2, lag %3</source>
        <translation>Partition %1: committed %2, lag %3</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="61" />
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="62" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="63" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="64" />
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
</context>
<context>
    <name>Switchboard::CrawlController</name>
    <message>
        <location filename="../ui/main/CrawlController.cpp" line="12" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/CrawlController.cpp" line="14" />
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
</context>
<context>
    <name>Switchboard::DescriptionDialog</name>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="15" />
        <source>Description of %1</source>
        <translation>Description of %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="18" />
        <source>Markdown: **bold**, *italic*, `code`, lists, links.</source>
        <translation>Markdown: **bold**, *italic*, `code`, lists, links.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryTableModel</name>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="32" />
        <source>Appeared</source>
        <translation>Appeared</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="34" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="36" />
        <source>Re-created</source>
        <translation>Re-created</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="38" />
        <source>Partition count changed</source>
        <translation>Partition count changed</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="40" />
        <source>Replication factor changed</source>
        <translation>Replication factor changed</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="42" />
        <source>Setting %1 changed</source>
        <translation>Setting %1 changed</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="67" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="68" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="69" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="70" />
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="89" />
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="141" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="153" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="179" />
        <source>Catalog: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="225" />
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="227" />
        <source>The catalog is empty. Open the demo cluster to look around: a small Kafka cluster that runs inside Switchboard, with a few dozen topics, records and consumer groups. No server needed. Or register one of your own clusters.</source>
        <translation>The catalog is empty. Open the demo cluster to look around: a small Kafka cluster that runs inside Switchboard, with a few dozen topics, records and consumer groups. No server needed. Or register one of your own clusters.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="234" />
        <location filename="../ui/main/MainWindow.cpp" line="368" />
        <source>Open the &amp;demo cluster</source>
        <translation>Open the &amp;demo cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237" />
        <source>&amp;Add a cluster…</source>
        <translation>&amp;Add a cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="258" />
        <source>Search names, descriptions and tags (Ctrl+F)</source>
        <translation>Search names, descriptions and tags (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="264" />
        <source>Only topics of this cluster</source>
        <translation>Only topics of this cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="267" />
        <source>Only topics of this environment</source>
        <translation>Only topics of this environment</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="270" />
        <source>Only topics with this tag</source>
        <translation>Only topics with this tag</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="271" />
        <source>Show &amp;deleted</source>
        <translation>Show &amp;deleted</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="326" />
        <source>Cannot read the topics: %1</source>
        <translation>Cannot read the topics: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="338" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="343" />
        <source>&amp;Add cluster…</source>
        <translation>&amp;Add cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="347" />
        <source>&amp;Edit cluster…</source>
        <translation>&amp;Edit cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="350" />
        <source>&amp;Remove cluster…</source>
        <translation>&amp;Remove cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="355" />
        <source>&amp;Crawl cluster</source>
        <translation>&amp;Crawl cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="358" />
        <source>Crawl the selected cluster (Ctrl+Shift+R)</source>
        <translation>Crawl the selected cluster (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360" />
        <source>Crawl &amp;all</source>
        <translation>Crawl &amp;all</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363" />
        <source>Crawl every cluster (Ctrl+R)</source>
        <translation>Crawl every cluster (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365" />
        <source>Ca&amp;ncel crawl</source>
        <translation>Ca&amp;ncel crawl</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370" />
        <source>&amp;Find topics</source>
        <translation>&amp;Find topics</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="381" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="384" />
        <source>&amp;About Switchboard</source>
        <translation>&amp;About Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="386" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="389" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="396" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="398" />
        <source>Show &amp;deleted topics</source>
        <translation>Show &amp;deleted topics</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="402" />
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="414" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="444" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="456" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="489" />
        <source>Cannot read the clusters: %1</source>
        <translation>Cannot read the clusters: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="514" />
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="519" />
        <source>All environments</source>
        <translation>All environments</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="543" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="572" />
        <source>%1+ topics</source>
        <translation>%1+ topics</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="574" />
        <source>%n topic(s)</source>
        <translation><numerusform>%n topic</numerusform><numerusform>%n topics</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="576" />
        <source>%1 (updating…)</source>
        <translation>%1 (updating…)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="641" />
        <source>Starting the demo cluster…</source>
        <translation>Starting the demo cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="654" />
        <source>The demo cluster did not start: %1</source>
        <translation>The demo cluster did not start: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="663" />
        <source>Cannot register the demo cluster: %1</source>
        <translation>Cannot register the demo cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="699" />
        <source>The demo cluster's consumer groups could not be read: %1</source>
        <translation>The demo cluster's consumer groups could not be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="743" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="750" />
        <source>Crawling cluster %1 failed: %2</source>
        <translation>Crawling cluster %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="751" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="756" />
        <source>Crawling cluster %1 was cancelled; its previous snapshot is kept.</source>
        <translation>Crawling cluster %1 was cancelled; its previous snapshot is kept.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="759" />
        <source>Cluster %1 was crawled, but Switchboard may not read: %2</source>
        <translation>Cluster %1 was crawled, but Switchboard may not read: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="763" />
        <source>Crawled %1: %n topic(s) in %2 ms</source>
        <translation><numerusform>Crawled %1: %n topic in %2 ms</numerusform><numerusform>Crawled %1: %n topics in %2 ms</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="785" />
        <source>Cannot add the cluster: %1</source>
        <translation>Cannot add the cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="814" />
        <source>Cannot change the cluster: %1</source>
        <translation>Cannot change the cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="827" />
        <source>Remove cluster</source>
        <translation>Remove cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="828" />
        <source>Remove cluster %1 and everything crawled from it? Curation of its topics (tags, owners, descriptions) is lost too.</source>
        <translation>Remove cluster %1 and everything crawled from it? Curation of its topics (tags, owners, descriptions) is lost too.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="844" />
        <source>Cannot remove the cluster: %1</source>
        <translation>Cannot remove the cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="867" />
        <source>About Switchboard</source>
        <translation>About Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="869" />
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="870" />
        <source>&lt;p&gt;A self-service catalog portal for Apache Kafka: find topics, curate them, request access and route clients.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and librdkafka.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A self-service catalog portal for Apache Kafka: find topics, curate them, request access and route clients.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and librdkafka.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="33" />
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Switchboard::PartitionTableModel</name>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="51" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="72" />
        <source>Offline: no leader</source>
        <translation>Offline: no leader</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="74" />
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Under-replicated: %1 of %2 replicas in sync</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="87" />
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="88" />
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="89" />
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="90" />
        <source>In sync</source>
        <translation>In sync</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="91" />
        <source>Low watermark</source>
        <translation>Low watermark</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="92" />
        <source>High watermark</source>
        <translation>High watermark</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="93" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="22" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="25" />
        <source>I work as</source>
        <translation>I work as</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="27" />
        <source>&amp;Platform engineer: curate the catalog, approve requests</source>
        <translation>&amp;Platform engineer: curate the catalog, approve requests</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="29" />
        <source>&amp;Developer: find topics, request access, export client settings</source>
        <translation>&amp;Developer: find topics, request access, export client settings</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="39" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="43" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="48" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="49" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="51" />
        <source>&amp;Crawl every cluster every:</source>
        <translation>&amp;Crawl every cluster every:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="55" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="56" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="57" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="59" />
        <source>Colo&amp;urs:</source>
        <translation>Colo&amp;urs:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="61" />
        <source>A new language applies to windows opened from now on; restart Switchboard to see it everywhere.</source>
        <translation>A new language applies to windows opened from now on; restart Switchboard to see it everywhere.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TagEditor</name>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="21" />
        <source>Add a tag…</source>
        <translation>Add a tag…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="63" />
        <source>Remove the tag %1</source>
        <translation>Remove the tag %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicDetailView</name>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="55" />
        <source>Select a topic to see its partitions, configuration, consumers and history.</source>
        <translation>Select a topic to see its partitions, configuration, consumers and history.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="89" />
        <source>Owner team, e.g. team-billing</source>
        <translation>Owner team, e.g. team-billing</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="94" />
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="96" />
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="100" />
        <source>&amp;Edit description…</source>
        <translation>&amp;Edit description…</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="105" />
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="109" />
        <source>Important settings (overridden ones in bold)</source>
        <translation>Important settings (overridden ones in bold)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="118" />
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="123" />
        <source>&amp;Partitions</source>
        <translation>&amp;Partitions</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="125" />
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="129" />
        <source>Co&amp;nsumers</source>
        <translation>Co&amp;nsumers</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="131" />
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="136" />
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="215" />
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="217" />
        <source>cluster %1 (%2)</source>
        <translation>cluster %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="218" />
        <source>%n partition(s)</source>
        <translation><numerusform>%n partition</numerusform><numerusform>%n partitions</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="219" />
        <source>replication %1</source>
        <translation>replication %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="221" />
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="223" />
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="225" />
        <source>%n under-replicated</source>
        <translation><numerusform>%n under-replicated</numerusform><numerusform>%n under-replicated</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="227" />
        <source>deleted %1</source>
        <translation>deleted %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="234" />
        <source>*No description yet.* Use **Edit description** to say what the topic carries, who produces it and how to consume it.</source>
        <translation>*No description yet.* Use **Edit description** to say what the topic carries, who produces it and how to consume it.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="243" />
        <source>No configuration was crawled for this cluster (the demo cluster does not answer DescribeConfigs).</source>
        <translation>No configuration was crawled for this cluster (the demo cluster does not answer DescribeConfigs).</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="256" />
        <source>Messages and rate over the crawls</source>
        <translation>Messages and rate over the crawls</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="265" />
        <location filename="../ui/topics/TopicDetailView.cpp" line="299" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="269" />
        <source>Rate (msg/s)</source>
        <translation>Rate (msg/s)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="306" />
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="316" />
        <source>Messages and rate over the crawls (a rate needs two crawls)</source>
        <translation>Messages and rate over the crawls (a rate needs two crawls)</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicTableModel</name>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="189" />
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="192" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="194" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="195" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="207" />
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="214" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="247" />
        <source>Deleted from %1 on %2</source>
        <translation>Deleted from %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="263" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="264" />
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="265" />
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="266" />
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="267" />
        <source>Replication</source>
        <translation>Replication</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="268" />
        <source>Under-replicated</source>
        <translation>Under-replicated</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="269" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="270" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="271" />
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="272" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="273" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="278" />
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation>Partitions whose in-sync replicas are fewer than their replicas</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="279" />
        <source>Messages retained: the sum of high minus low watermarks</source>
        <translation>Messages retained: the sum of high minus low watermarks</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="280" />
        <source>Messages per second between the last two crawls</source>
        <translation>Messages per second between the last two crawls</translation>
    </message>
</context>
</TS>
