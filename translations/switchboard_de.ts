<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Switchboard::ClusterDialog</name>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="32" />
        <source>Line %1: write a property as name=value</source>
        <translation>Zeile %1: Eigenschaft als name=wert schreiben</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="46" />
        <source>Add a cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="46" />
        <source>Edit cluster %1</source>
        <translation>Cluster %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="50" />
        <source>e.g. prod-eu</source>
        <translation>z. B. prod-eu</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="62" />
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="65" />
        <source>host:port[,host:port…]</source>
        <translation>host:port[,host:port…]</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="66" />
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
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
        <translation>Client-&amp;Eigenschaften:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="76" />
        <source>Passwords are not stored here: they belong in the vault.</source>
        <translation>Passwörter werden hier nicht gespeichert: Sie gehören in den Tresor.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="84" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="140" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterDialog.cpp" line="151" />
        <source>Connected: %n broker(s), %1 topics</source>
        <translation><numerusform>Verbunden: %n Broker, %1 Topics</numerusform><numerusform>Verbunden: %n Broker, %1 Topics</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="157" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ClusterTreeModel</name>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="144" />
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="160" />
        <source>crawling…</source>
        <translation>wird gecrawlt…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="147" />
        <source>never crawled</source>
        <translation>nie gecrawlt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="154" />
        <source>%n topic(s) · %1</source>
        <translation><numerusform>%n Topic · %1</numerusform><numerusform>%n Topics · %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="156" />
        <source>partial · %1</source>
        <translation>teilweise · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="158" />
        <source>cancelled · %1</source>
        <translation>abgebrochen · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="161" />
        <source>failed · %1</source>
        <translation>fehlgeschlagen · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="174" />
        <source>Environment %1: %n cluster(s)</source>
        <translation><numerusform>Umgebung %1: %n Cluster</numerusform><numerusform>Umgebung %1: %n Cluster</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="213" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="215" />
        <source>In-process demo cluster: configs, consumer group listing and ACLs are not crawled.</source>
        <translation>Eingebetteter Demo-Cluster: Konfigurationen, die Liste der Consumer-Gruppen und ACLs werden nicht gecrawlt.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="218" />
        <source>Last crawl: %1, %2</source>
        <translation>Letzter Crawl: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="220" />
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="222" />
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="224" />
        <source>Not allowed to read: %1</source>
        <translation>Keine Leseberechtigung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="225" />
        <source>%n broker(s)</source>
        <translation><numerusform>%n Broker</numerusform><numerusform>%n Broker</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="227" />
        <source>%n under-replicated partition(s)</source>
        <translation><numerusform>%n unterreplizierte Partition</numerusform><numerusform>%n unterreplizierte Partitionen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="229" />
        <source>Never crawled</source>
        <translation>Nie gecrawlt</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="244" />
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConfigTableModel</name>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="54" />
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="56" />
        <source>broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="58" />
        <source>broker file</source>
        <translation>Broker-Datei</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="60" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="73" />
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="90" />
        <source>Set on this topic, overriding the cluster's default</source>
        <translation>Auf diesem Topic gesetzt, überschreibt den Standard des Clusters</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="101" />
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="102" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="103" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsumerGroupTableModel</name>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="46" />
        <source>Partition %1: committed %2, lag %3</source>
        <translation>Partition %1: bestätigt %2, Rückstand %3</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="61" />
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="62" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="63" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="64" />
        <source>Lag</source>
        <translation>Rückstand</translation>
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
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Switchboard::DescriptionDialog</name>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="15" />
        <source>Description of %1</source>
        <translation>Beschreibung von %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="18" />
        <source>Markdown: **bold**, *italic*, `code`, lists, links.</source>
        <translation>Markdown: **fett**, *kursiv*, `Code`, Listen, Links.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryTableModel</name>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="32" />
        <source>Appeared</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="34" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="36" />
        <source>Re-created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="38" />
        <source>Partition count changed</source>
        <translation>Anzahl der Partitionen geändert</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="40" />
        <source>Replication factor changed</source>
        <translation>Replikationsfaktor geändert</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="42" />
        <source>Setting %1 changed</source>
        <translation>Einstellung %1 geändert</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="67" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="68" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="69" />
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="70" />
        <source>After</source>
        <translation>Nachher</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="153" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="179" />
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="225" />
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Switchboard&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="227" />
        <source>The catalog is empty. Open the demo cluster to look around: a small Kafka cluster that runs inside Switchboard, with a few dozen topics, records and consumer groups. No server needed. Or register one of your own clusters.</source>
        <translation>Der Katalog ist leer. Öffnen Sie den Demo-Cluster, um sich umzusehen: ein kleiner Kafka-Cluster, der in Switchboard selbst läuft, mit einigen Dutzend Topics, Nachrichten und Consumer-Gruppen. Kein Server nötig. Oder registrieren Sie einen eigenen Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="234" />
        <location filename="../ui/main/MainWindow.cpp" line="368" />
        <source>Open the &amp;demo cluster</source>
        <translation>&amp;Demo-Cluster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237" />
        <source>&amp;Add a cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="258" />
        <source>Search names, descriptions and tags (Ctrl+F)</source>
        <translation>Namen, Beschreibungen und Tags durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="264" />
        <source>Only topics of this cluster</source>
        <translation>Nur Topics dieses Clusters</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="267" />
        <source>Only topics of this environment</source>
        <translation>Nur Topics dieser Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="270" />
        <source>Only topics with this tag</source>
        <translation>Nur Topics mit diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="271" />
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="326" />
        <source>Cannot read the topics: %1</source>
        <translation>Die Topics können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="338" />
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="343" />
        <source>&amp;Add cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="347" />
        <source>&amp;Edit cluster…</source>
        <translation>Cluster &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="350" />
        <source>&amp;Remove cluster…</source>
        <translation>Cluster &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="355" />
        <source>&amp;Crawl cluster</source>
        <translation>Cluster &amp;crawlen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="358" />
        <source>Crawl the selected cluster (Ctrl+Shift+R)</source>
        <translation>Den ausgewählten Cluster crawlen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360" />
        <source>Crawl &amp;all</source>
        <translation>&amp;Alle crawlen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363" />
        <source>Crawl every cluster (Ctrl+R)</source>
        <translation>Alle Cluster crawlen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365" />
        <source>Ca&amp;ncel crawl</source>
        <translation>Crawl abbrec&amp;hen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370" />
        <source>&amp;Find topics</source>
        <translation>Topics &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="377" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="381" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="384" />
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="386" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="389" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="396" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="398" />
        <source>Show &amp;deleted topics</source>
        <translation>&amp;Gelöschte Topics zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="402" />
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="414" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="444" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="456" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="489" />
        <source>Cannot read the clusters: %1</source>
        <translation>Die Cluster können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="514" />
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="519" />
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="543" />
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="572" />
        <source>%1+ topics</source>
        <translation>%1+ Topics</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="574" />
        <source>%n topic(s)</source>
        <translation><numerusform>%n Topic</numerusform><numerusform>%n Topics</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="576" />
        <source>%1 (updating…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="641" />
        <source>Starting the demo cluster…</source>
        <translation>Der Demo-Cluster startet…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="654" />
        <source>The demo cluster did not start: %1</source>
        <translation>Der Demo-Cluster ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="663" />
        <source>Cannot register the demo cluster: %1</source>
        <translation>Der Demo-Cluster kann nicht registriert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="699" />
        <source>The demo cluster's consumer groups could not be read: %1</source>
        <translation>Die Consumer-Gruppen des Demo-Clusters konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="743" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="750" />
        <source>Crawling cluster %1 failed: %2</source>
        <translation>Crawl von Cluster %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="751" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="756" />
        <source>Crawling cluster %1 was cancelled; its previous snapshot is kept.</source>
        <translation>Crawl von Cluster %1 wurde abgebrochen; der vorige Stand bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="759" />
        <source>Cluster %1 was crawled, but Switchboard may not read: %2</source>
        <translation>Cluster %1 wurde gecrawlt, aber Switchboard darf nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="763" />
        <source>Crawled %1: %n topic(s) in %2 ms</source>
        <translation><numerusform>%1 gecrawlt: %n Topic in %2 ms</numerusform><numerusform>%1 gecrawlt: %n Topics in %2 ms</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="785" />
        <source>Cannot add the cluster: %1</source>
        <translation>Der Cluster kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="814" />
        <source>Cannot change the cluster: %1</source>
        <translation>Der Cluster kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="827" />
        <source>Remove cluster</source>
        <translation>Cluster entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="828" />
        <source>Remove cluster %1 and everything crawled from it? Curation of its topics (tags, owners, descriptions) is lost too.</source>
        <translation>Cluster %1 und alles, was von ihm gecrawlt wurde, entfernen? Die Pflege seiner Topics (Tags, Verantwortliche, Beschreibungen) geht ebenfalls verloren.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="844" />
        <source>Cannot remove the cluster: %1</source>
        <translation>Der Cluster kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="867" />
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="869" />
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="870" />
        <source>&lt;p&gt;A self-service catalog portal for Apache Kafka: find topics, curate them, request access and route clients.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and librdkafka.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Self-Service-Katalogportal für Apache Kafka: Topics finden und pflegen, Zugriff beantragen und Clients leiten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 und librdkafka.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="33" />
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Switchboard::PartitionTableModel</name>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="51" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="72" />
        <source>Offline: no leader</source>
        <translation>Offline: kein Leader</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="74" />
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Unterrepliziert: %1 von %2 Replikaten synchron</translation>
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
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="90" />
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="91" />
        <source>Low watermark</source>
        <translation>Untere Marke</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="92" />
        <source>High watermark</source>
        <translation>Obere Marke</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="93" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="22" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="25" />
        <source>I work as</source>
        <translation>Ich arbeite als</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="27" />
        <source>&amp;Platform engineer: curate the catalog, approve requests</source>
        <translation>&amp;Plattform-Engineer: Katalog pflegen, Anträge genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="29" />
        <source>&amp;Developer: find topics, request access, export client settings</source>
        <translation>&amp;Entwickler: Topics finden, Zugriff beantragen, Client-Einstellungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="39" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="43" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="48" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="49" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="51" />
        <source>&amp;Crawl every cluster every:</source>
        <translation>Alle Cluster &amp;crawlen alle:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="55" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="56" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="57" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="59" />
        <source>Colo&amp;urs:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="61" />
        <source>A new language applies to windows opened from now on; restart Switchboard to see it everywhere.</source>
        <translation>Eine neue Sprache gilt für Fenster, die ab jetzt geöffnet werden; starten Sie Switchboard neu, um sie überall zu sehen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TagEditor</name>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="21" />
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="63" />
        <source>Remove the tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicDetailView</name>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="55" />
        <source>Select a topic to see its partitions, configuration, consumers and history.</source>
        <translation>Wählen Sie ein Topic, um seine Partitionen, Konfiguration, Consumer und Geschichte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="89" />
        <source>Owner team, e.g. team-billing</source>
        <translation>Verantwortliches Team, z. B. team-billing</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="94" />
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="96" />
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="100" />
        <source>&amp;Edit description…</source>
        <translation>Beschreibung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="105" />
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="109" />
        <source>Important settings (overridden ones in bold)</source>
        <translation>Wichtige Einstellungen (überschriebene fett)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="118" />
        <source>O&amp;verview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="123" />
        <source>&amp;Partitions</source>
        <translation>&amp;Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="125" />
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="129" />
        <source>Co&amp;nsumers</source>
        <translation>Co&amp;nsumer</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="131" />
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="136" />
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="215" />
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="217" />
        <source>cluster %1 (%2)</source>
        <translation>Cluster %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="218" />
        <source>%n partition(s)</source>
        <translation><numerusform>%n Partition</numerusform><numerusform>%n Partitionen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="219" />
        <source>replication %1</source>
        <translation>Replikation %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="221" />
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="223" />
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="225" />
        <source>%n under-replicated</source>
        <translation><numerusform>%n unterrepliziert</numerusform><numerusform>%n unterrepliziert</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="227" />
        <source>deleted %1</source>
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="234" />
        <source>*No description yet.* Use **Edit description** to say what the topic carries, who produces it and how to consume it.</source>
        <translation>*Noch keine Beschreibung.* Mit **Beschreibung bearbeiten** sagen Sie, was das Topic enthält, wer hineinschreibt und wie man es liest.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="243" />
        <source>No configuration was crawled for this cluster (the demo cluster does not answer DescribeConfigs).</source>
        <translation>Für diesen Cluster wurde keine Konfiguration gecrawlt (der Demo-Cluster beantwortet DescribeConfigs nicht).</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="256" />
        <source>Messages and rate over the crawls</source>
        <translation>Nachrichten und Rate über die Crawls</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="265" />
        <location filename="../ui/topics/TopicDetailView.cpp" line="299" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="269" />
        <source>Rate (msg/s)</source>
        <translation>Rate (Nachr./s)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="306" />
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="316" />
        <source>Messages and rate over the crawls (a rate needs two crawls)</source>
        <translation>Nachrichten und Rate über die Crawls (eine Rate braucht zwei Crawls)</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicTableModel</name>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="189" />
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="192" />
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="194" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n Stunde</numerusform><numerusform>%n Stunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="195" />
        <source>%n min</source>
        <translation><numerusform>%n Min.</numerusform><numerusform>%n Min.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="207" />
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="214" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="247" />
        <source>Deleted from %1 on %2</source>
        <translation>Aus %1 gelöscht am %2</translation>
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
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="266" />
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="267" />
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="268" />
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="269" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="270" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="271" />
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="272" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="273" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="278" />
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation>Partitionen mit weniger synchronen Replikaten als Replikaten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="279" />
        <source>Messages retained: the sum of high minus low watermarks</source>
        <translation>Vorgehaltene Nachrichten: Summe aus oberer minus unterer Marke</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="280" />
        <source>Messages per second between the last two crawls</source>
        <translation>Nachrichten pro Sekunde zwischen den letzten beiden Crawls</translation>
    </message>
</context>
</TS>
