<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="26"/>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="27"/>
        <source>Reading topics and brokers</source>
        <translation>Topics und Broker lesen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="28"/>
        <source>Reading topic configurations</source>
        <translation>Topic-Konfigurationen lesen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="29"/>
        <source>Reading watermarks</source>
        <translation>Watermarks lesen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="30"/>
        <source>Reading consumer groups</source>
        <translation>Consumer-Gruppen lesen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="31"/>
        <source>Reading committed offsets</source>
        <translation>Committete Offsets lesen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="32"/>
        <source>Reading ACLs</source>
        <translation>ACLs lesen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="33"/>
        <source>Saving to the catalog</source>
        <translation>Im Katalog speichern</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="34"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="87"/>
        <source>not authorized</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="93"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="95"/>
        <source>members of %n consumer group(s) (%1): %2</source>
        <translation>
            <numerusform>Mitglieder von %n Consumer-Gruppe (%1): %2</numerusform>
            <numerusform>Mitglieder von %n Consumer-Gruppen (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="96"/>
        <source>committed offsets of %n consumer group(s) (%1): %2</source>
        <translation>
            <numerusform>committete Offsets von %n Consumer-Gruppe (%1): %2</numerusform>
            <numerusform>committete Offsets von %n Consumer-Gruppen (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="224"/>
        <source>Cannot record the crawl in the catalog: %1</source>
        <translation>Der Crawl kann nicht im Katalog vermerkt werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="267"/>
        <source>authentication failed: no crawler password for %1 (set %2 or enter it when asked)</source>
        <translation>Anmeldung fehlgeschlagen: kein Crawler-Passwort für %1 (setzen Sie %2 oder geben Sie es bei Nachfrage ein)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="275"/>
        <location filename="../catalog/crawl/Crawler.cpp" line="279"/>
        <location filename="../catalog/crawl/Crawler.cpp" line="333"/>
        <location filename="../catalog/crawl/Crawler.cpp" line="566"/>
        <location filename="../catalog/crawl/Crawler.cpp" line="591"/>
        <location filename="../catalog/crawl/Crawler.cpp" line="606"/>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="199"/>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="482"/>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="656"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="67"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="239"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="426"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="367"/>
        <source>topic configurations (not authorized)</source>
        <translation>Topic-Konfigurationen (nicht berechtigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="377"/>
        <source>configurations of %n topic(s) (not authorized)</source>
        <translation>
            <numerusform>Konfigurationen von %n Topic (nicht berechtigt)</numerusform>
            <numerusform>Konfigurationen von %n Topics (nicht berechtigt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="403"/>
        <source>watermarks (not authorized)</source>
        <translation>Watermarks (nicht berechtigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="417"/>
        <source>watermarks of %n partition(s) (not authorized)</source>
        <translation>
            <numerusform>Watermarks von %n Partition (nicht berechtigt)</numerusform>
            <numerusform>Watermarks von %n Partitionen (nicht berechtigt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="433"/>
        <source>consumer groups (not authorized)</source>
        <translation>Consumer-Gruppen (nicht berechtigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="439"/>
        <source>consumer groups of %n broker(s) that did not list them (%1)</source>
        <translation>
            <numerusform>Consumer-Gruppen von %n Broker, der sie nicht auflistete (%1)</numerusform>
            <numerusform>Consumer-Gruppen von %n Brokern, die sie nicht auflisteten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="506"/>
        <source>consumer group members (not authorized)</source>
        <translation>Mitglieder der Consumer-Gruppen (nicht berechtigt)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="538"/>
        <source>committed offsets (not authorized)</source>
        <translation>committete Offsets (nicht berechtigt)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="581"/>
        <source>ACLs (not authorized)</source>
        <translation>ACLs (nicht berechtigt)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="72"/>
        <source>Writing %1 to the catalog failed: %2</source>
        <translation>%1 in den Katalog zu schreiben ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="98"/>
        <source>The catalog is busy or read-only: %1</source>
        <translation>Der Katalog ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="247"/>
        <source>%n partition(s), replication factor %1</source>
        <translation>
            <numerusform>%n Partition, Replikationsfaktor %1</numerusform>
            <numerusform>%n Partitionen, Replikationsfaktor %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="257"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="390"/>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="401"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="658"/>
        <source>Saving the crawl to the catalog failed: %1</source>
        <translation>Den Crawl im Katalog zu speichern ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="55"/>
        <source>Unknown ACL %1 &quot;%2&quot;</source>
        <translation>Unbekannte(r) ACL-%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="61"/>
        <source>resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="63"/>
        <source>pattern type</source>
        <translation>Mustertyp</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="65"/>
        <source>operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="67"/>
        <source>permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="77"/>
        <source>Invalid ACL %1: %2</source>
        <translation>Ungültige ACL %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="107"/>
        <source>%1 failed for %2</source>
        <translation>%1 für %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="118"/>
        <source>authentication failed (check the SASL mechanism, user name and password): %1</source>
        <translation>Anmeldung fehlgeschlagen (prüfen Sie SASL-Mechanismus, Benutzername und Passwort): %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="122"/>
        <source>not authorized: %1</source>
        <translation>nicht berechtigt: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="126"/>
        <source>cannot reach the cluster (check the bootstrap servers and the network): %1</source>
        <translation>Cluster nicht erreichbar (prüfen Sie die Bootstrap-Server und das Netzwerk): %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="129"/>
        <source>the cluster did not answer in time: %1</source>
        <translation>der Cluster hat nicht rechtzeitig geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="131"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="160"/>
        <source>Cannot create a Kafka client: %1</source>
        <translation>Kafka-Client kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="189"/>
        <source>Metadata request failed: %1</source>
        <translation>Metadata-Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="247"/>
        <source>Invalid topic %1: %2</source>
        <translation>Ungültiges Topic %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="257"/>
        <location filename="../catalog/kafka/AdminClient.cpp" line="262"/>
        <source>Creating topics</source>
        <translation>Topics anlegen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="276"/>
        <location filename="../catalog/kafka/AdminClient.cpp" line="281"/>
        <source>Deleting topics</source>
        <translation>Topics löschen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="290"/>
        <source>Invalid partition count for %1: %2</source>
        <translation>Ungültige Partitionszahl für %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="295"/>
        <location filename="../catalog/kafka/AdminClient.cpp" line="300"/>
        <source>Adding partitions</source>
        <translation>Partitionen hinzufügen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="324"/>
        <source>Changing the configuration of %1</source>
        <translation>Konfiguration von %1 ändern</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="331"/>
        <source>Changing the configuration of %1 failed: %2</source>
        <translation>Die Konfiguration von %1 zu ändern ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="351"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="116"/>
        <source>Describing topic configurations</source>
        <translation>Topic-Konfigurationen abfragen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="406"/>
        <source>Creating ACLs</source>
        <translation>ACLs anlegen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="413"/>
        <source>Creating ACL %1 failed: %2</source>
        <translation>ACL %1 anzulegen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="438"/>
        <source>Deleting ACLs</source>
        <translation>ACLs löschen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="445"/>
        <source>Deleting ACLs failed: %1</source>
        <translation>ACLs zu löschen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="463"/>
        <source>Describing ACLs</source>
        <translation>ACLs abfragen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="90"/>
        <source>timeout: no broker answered within %1 s (check the bootstrap servers, the network and the security protocol)</source>
        <translation>Zeitüberschreitung: kein Broker hat innerhalb von %1 s geantwortet (prüfen Sie Bootstrap-Server, Netzwerk und Sicherheitsprotokoll)</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="92"/>
        <source>no broker answered within %1 s: %2</source>
        <translation>kein Broker hat innerhalb von %1 s geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="169"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="354"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="211"/>
        <source>Reading watermarks failed: %1</source>
        <translation>Watermarks lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="248"/>
        <source>Listing consumer groups</source>
        <translation>Consumer-Gruppen auflisten</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="263"/>
        <source>Listing consumer groups failed: %1</source>
        <translation>Consumer-Gruppen auflisten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="304"/>
        <source>Describing consumer groups</source>
        <translation>Consumer-Gruppen abfragen</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="430"/>
        <source>Reading committed offsets timed out after %1 ms</source>
        <translation>Committete Offsets lesen: Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="444"/>
        <source>no answer for the group</source>
        <translation>keine Antwort für die Gruppe</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="460"/>
        <source>partition %1 of %2: %3</source>
        <translation>Partition %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="480"/>
        <source>Reading committed offsets failed: %1</source>
        <translation>Committete Offsets lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="14"/>
        <source>The bootstrap server list is empty; give host:port, e.g. broker1:9092</source>
        <translation>Die Liste der Bootstrap-Server ist leer; geben Sie host:port an, z. B. broker1:9092</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="22"/>
        <source>&quot;%1&quot; is not a valid bootstrap server; expected host:port</source>
        <translation>&quot;%1&quot; ist kein gültiger Bootstrap-Server; erwartet wird host:port</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="23"/>
        <source>(empty entry)</source>
        <translation>(leerer Eintrag)</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="27"/>
        <source>&quot;%1&quot;: port %2 is out of range (1-65535)</source>
        <translation>&quot;%1&quot;: Port %2 liegt außerhalb des Bereichs (1-65535)</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="47"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="128"/>
        <source>A property name is empty</source>
        <translation>Ein Eigenschaftsname ist leer</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="49"/>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="83"/>
        <source>&quot;%1&quot; is set from the bootstrap server list, not as a property</source>
        <translation>&quot;%1&quot; wird aus der Liste der Bootstrap-Server gesetzt, nicht als Eigenschaft</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="56"/>
        <source>&quot;%1&quot; is not a Kafka client property librdkafka knows</source>
        <translation>&quot;%1&quot; ist keine Kafka-Client-Eigenschaft, die librdkafka kennt</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="59"/>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="76"/>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="61"/>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="75"/>
        <source>Property &quot;%1&quot;: %2</source>
        <translation>Eigenschaft &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="40"/>
        <source>&quot;%1&quot; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein gültiger Clustername: erlaubt sind Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="44"/>
        <source>&quot;%1&quot; is not a valid environment name</source>
        <translation>&quot;%1&quot; ist kein gültiger Umgebungsname</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="49"/>
        <source>&quot;%1&quot; is a secret: store it in the vault, not as a cluster property</source>
        <translation>&quot;%1&quot; ist ein Geheimnis: legen Sie es im Tresor ab, nicht als Cluster-Eigenschaft</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="66"/>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="106"/>
        <source>A cluster named &quot;%1&quot; is already registered</source>
        <translation>Ein Cluster namens &quot;%1&quot; ist bereits registriert</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="110"/>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="103"/>
        <location filename="../catalog/vault/CredentialStore.cpp" line="168"/>
        <source>No cluster with id %1</source>
        <translation>Kein Cluster mit der ID %1</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="129"/>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="87"/>
        <source>No cluster named &quot;%1&quot;</source>
        <translation>Kein Cluster namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="103"/>
        <source>Kafka %1 for application &quot;%2&quot;, profile %3 (%4)%5. Generated by Switchboard.</source>
        <translation>Kafka-%1 für die Anwendung &quot;%2&quot;, Profil %3 (%4)%5. Erzeugt von Switchboard.</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="104"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="150"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="163"/>
        <source>producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="104"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="150"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="163"/>
        <source>consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="106"/>
        <source>, environment %1</source>
        <translation>, Umgebung %1</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="114"/>
        <source>Channels (key -&gt; topic):</source>
        <translation>Channels (Schlüssel -&gt; Topic):</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="121"/>
        <source>The SASL password is redacted; export again with reveal to include it.</source>
        <translation>Das SASL-Passwort ist geschwärzt; exportieren Sie erneut mit Anzeigen, um es einzuschließen.</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="123"/>
        <source>No credential is stored for this application on this cluster.</source>
        <translation>Für diese Anwendung ist auf diesem Cluster keine Zugangsberechtigung gespeichert.</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="126"/>
        <source>Left out (Java client only): %1</source>
        <translation>Weggelassen (nur Java-Client): %1</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="218"/>
        <source># Use with: kcat -F %1 -L
</source>
        <translation># Verwendung: kcat -F %1 -L
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="233"/>
        <source># Needs confluent-kafka: pip install confluent-kafka (or Debian&apos;s python3-confluent-kafka).
</source>
        <translation># Benötigt confluent-kafka: pip install confluent-kafka (oder Debians python3-confluent-kafka).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="235"/>
        <source># Reads the SASL password from the environment variable %1.
</source>
        <translation># Liest das SASL-Passwort aus der Umgebungsvariable %1.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="319"/>
        <source>// Needs github.com/confluentinc/confluent-kafka-go/v2.
</source>
        <translation>// Benötigt github.com/confluentinc/confluent-kafka-go/v2.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="321"/>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="383"/>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="433"/>
        <source>// Reads the SASL password from the environment variable %1.
</source>
        <translation>// Liest das SASL-Passwort aus der Umgebungsvariable %1.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="381"/>
        <source>// Needs @confluentinc/kafka-javascript (npm install @confluentinc/kafka-javascript).
</source>
        <translation>// Benötigt @confluentinc/kafka-javascript (npm install @confluentinc/kafka-javascript).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="431"/>
        <source>// A top-level program; needs the NuGet package Confluent.Kafka.
</source>
        <translation>// Ein Top-Level-Programm; benötigt das NuGet-Paket Confluent.Kafka.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="473"/>
        <source># Switchboard service locator for application &quot;%1&quot;, profile %2 (%3).
</source>
        <translation># Switchboard-Service-Locator für die Anwendung &quot;%1&quot;, Profil %2 (%3).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="475"/>
        <source># Service-locator SDKs ask the routing service at start-up (and again when the answer&apos;s
# max-age runs out) for bootstrap servers, topics, credentials and configuration.
</source>
        <translation># Service-Locator-SDKs fragen den Routing-Dienst beim Start (und erneut, wenn das max-age
# der Antwort abläuft) nach Bootstrap-Servern, Topics, Zugangsdaten und Konfiguration.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="480"/>
        <source>&lt;the application&apos;s routing token: switchboard-cli token issue --app %1&gt;</source>
        <translation>&lt;Routing-Token der Anwendung: switchboard-cli token issue --app %1&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="482"/>
        <source># HTTP Basic auth: the application name and its routing token
</source>
        <translation># HTTP-Basic-Auth: der Name der Anwendung und ihr Routing-Token
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="507"/>
        <source># The answer&apos;s configuration carries group.id=%1 (another group the grant covers:
#   add kafka.group.id=GROUP to the request).
</source>
        <translation># Die configuration der Antwort enthält group.id=%1 (für eine andere Gruppe, die die Freigabe abdeckt:
#   kafka.group.id=GRUPPE an die Anfrage anhängen).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="509"/>
        <source># The request the SDK makes (try it with curl):
</source>
        <translation># Die Anfrage, die das SDK stellt (mit curl ausprobieren):
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="513"/>
        <source># Older Java SDKs: GET %1/service-locator with headers apikey: TOKEN, Channel: KEY,
#   Service-Type: kafka, Organization: DOMAIN (or X-Channel-URI: URI).
</source>
        <translation># Ältere Java-SDKs: GET %1/service-locator mit den Headern apikey: TOKEN, Channel: KEY,
#   Service-Type: kafka, Organization: DOMAIN (oder X-Channel-URI: URI).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="582"/>
        <source>Java (properties)</source>
        <translation>Java (Properties)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="583"/>
        <source>Spring Boot (YAML)</source>
        <translation>Spring Boot (YAML)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="584"/>
        <source>librdkafka / kcat</source>
        <translation>librdkafka / kcat</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="585"/>
        <source>Python (confluent-kafka)</source>
        <translation>Python (confluent-kafka)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="586"/>
        <source>Go (confluent-kafka-go)</source>
        <translation>Go (confluent-kafka-go)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="587"/>
        <source>Node.js (@confluentinc/kafka-javascript)</source>
        <translation>Node.js (@confluentinc/kafka-javascript)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="588"/>
        <source>.NET (Confluent.Kafka)</source>
        <translation>.NET (Confluent.Kafka)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="589"/>
        <source>Service locator</source>
        <translation>Service-Locator</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="68"/>
        <source>Cannot configure the demo consumer: %1</source>
        <translation>Der Demo-Consumer kann nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="73"/>
        <source>Cannot create the demo consumer: %1</source>
        <translation>Der Demo-Consumer kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="86"/>
        <source>Cannot commit the demo group %1: %2</source>
        <translation>Die Demo-Gruppe %1 kann nicht committen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="176"/>
        <source>Cannot configure the demo cluster: %1</source>
        <translation>Der Demo-Cluster kann nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="181"/>
        <source>Cannot start the demo cluster: %1</source>
        <translation>Der Demo-Cluster kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="187"/>
        <source>Cannot start the demo cluster: librdkafka&apos;s mock cluster is unavailable</source>
        <translation>Der Demo-Cluster kann nicht gestartet werden: der Mock-Cluster von librdkafka ist nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/demo/DemoCluster.cpp" line="205"/>
        <source>The demo cluster could not create %n topic(s)</source>
        <translation>
            <numerusform>Der Demo-Cluster konnte %n Topic nicht anlegen</numerusform>
            <numerusform>Der Demo-Cluster konnte %n Topics nicht anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="218"/>
        <source>The demo cluster did not take its records: %1</source>
        <translation>Der Demo-Cluster hat seine Records nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="274"/>
        <location filename="../catalog/demo/DemoCluster.cpp" line="286"/>
        <source>Cannot read the demo group %1: %2</source>
        <translation>Die Demo-Gruppe %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="432"/>
        <source>in-process demo cluster</source>
        <translation>Demo-Cluster im Programm</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="323"/>
        <location filename="../catalog/topics/TopicStore.cpp" line="330"/>
        <source>Full-text search is not available: %1</source>
        <translation>Die Volltextsuche ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="328"/>
        <source>Full-text search is not available: FTS5 is missing</source>
        <translation>Die Volltextsuche ist nicht verfügbar: FTS5 fehlt</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="649"/>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein gültiges Tag: bis zu 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; und &apos;-&apos;, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="669"/>
        <location filename="../catalog/topics/TopicStore.cpp" line="731"/>
        <source>No topic with id %1 in the catalog</source>
        <translation>Kein Topic mit der ID %1 im Katalog</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="746"/>
        <source>The owner team name is longer than 200 characters</source>
        <translation>Der Name des verantwortlichen Teams ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="767"/>
        <source>The description is longer than 100,000 characters</source>
        <translation>Die Beschreibung ist länger als 100.000 Zeichen</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="33"/>
        <source>Cluster #%1 is not registered</source>
        <translation>Cluster #%1 ist nicht registriert</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="39"/>
        <location filename="../catalog/acl/DriftReport.cpp" line="147"/>
        <location filename="../catalog/acl/DriftReport.cpp" line="152"/>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="77"/>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="139"/>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="248"/>
        <source>There is no active grant #%1</source>
        <translation>Es gibt keine aktive Freigabe #%1</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="94"/>
        <source>Cluster %1: reading ACLs failed: %2</source>
        <translation>Cluster %1: ACLs zu lesen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="108"/>
        <source>Cluster %1: creating ACLs failed: %2</source>
        <translation>Cluster %1: ACLs anzulegen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="202"/>
        <source>Cluster %1: deleting the grant&apos;s ACLs failed, the grant stays: %2</source>
        <translation>Cluster %1: die ACLs der Freigabe zu löschen ist fehlgeschlagen, die Freigabe bleibt bestehen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="204"/>
        <source>Cluster %1: ACLs left in place: %2</source>
        <translation>Cluster %1: ACLs bleiben bestehen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/ChannelMigration.cpp" line="37"/>
        <source>the ACLs of grant #%1 (%2) did not follow: %3; once the cluster answers, run: switchboard-cli grant provision %1</source>
        <translation>die ACLs der Freigabe #%1 (%2) sind nicht gefolgt: %3; sobald der Cluster antwortet, führen Sie aus: switchboard-cli grant provision %1</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="47"/>
        <location filename="../catalog/requests/ApprovalService.cpp" line="29"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="128"/>
        <source>There is no cluster &quot;%1&quot;</source>
        <translation>Es gibt keinen Cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="139"/>
        <source>Cluster %1 is the demo cluster, which has no ACLs</source>
        <translation>Cluster %1 ist der Demo-Cluster, der keine ACLs hat</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="153"/>
        <source>Cluster %1 not compared: %2</source>
        <translation>Cluster %1 nicht verglichen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="177"/>
        <source>This catalog holds no crawled ACLs; compare with the live cluster instead</source>
        <translation>Dieser Katalog enthält keine gecrawlten ACLs; vergleichen Sie stattdessen mit dem laufenden Cluster</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="186"/>
        <source>Cluster %1 was never crawled; not compared</source>
        <translation>Cluster %1 wurde nie gecrawlt; nicht verglichen</translation>
    </message>
    <message>
        <location filename="../catalog/acl/GrantAcls.cpp" line="43"/>
        <source>Grant #%1 names an unknown application</source>
        <translation>Freigabe #%1 nennt eine unbekannte Anwendung</translation>
    </message>
    <message>
        <location filename="../catalog/acl/GrantAcls.cpp" line="53"/>
        <source>%1 routes nowhere: no ACLs needed yet</source>
        <translation>%1 führt nirgendwohin: noch keine ACLs nötig</translation>
    </message>
    <message>
        <location filename="../catalog/acl/GrantAcls.cpp" line="62"/>
        <source>%1 has no principal on cluster %2 (%3): set one to provision its ACLs there</source>
        <translation>%1 hat keinen Principal auf Cluster %2 (%3): legen Sie einen fest, um die ACLs dort einzurichten</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCompiler.cpp" line="32"/>
        <source>this build has no routing store (channels) to compile a bundle from</source>
        <translation>dieser Build hat keinen Routing-Speicher (Kanäle), aus dem sich ein Bundle erstellen ließe</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCompiler.cpp" line="51"/>
        <source>the token-hash key: %1</source>
        <translation>der Token-Hash-Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCompiler.cpp" line="87"/>
        <source>credential of %1 on %2: %3</source>
        <translation>Zugangsdaten von %1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="99"/>
        <source>the routing service&apos;s key pair is incomplete</source>
        <translation>das Schlüsselpaar des Routing-Dienstes ist unvollständig</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="101"/>
        <source>a sealed value is too short</source>
        <translation>ein versiegelter Wert ist zu kurz</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="108"/>
        <source>a sealed value does not open with this service&apos;s key (sealed for another service, or damaged)</source>
        <translation>ein versiegelter Wert lässt sich mit dem Schlüssel dieses Dienstes nicht öffnen (für einen anderen Dienst versiegelt oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="123"/>
        <source>%1 must be %2 bytes in base64</source>
        <translation>%1 muss %2 Bytes in Base64 lang sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="73"/>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="79"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="100"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="125"/>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="136"/>
        <source>expected base64</source>
        <translation>Base64 erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="148"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="157"/>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="169"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="182"/>
        <source>expected an ISO 8601 time</source>
        <translation>Zeitangabe nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="325"/>
        <source>the payload is not a JSON object</source>
        <translation>die Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="331"/>
        <source>bundle format %1 is not supported (this service reads formats %2 to %3)</source>
        <translation>Bundle-Format %1 wird nicht unterstützt (dieser Dienst liest die Formate %2 bis %3)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="337"/>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="341"/>
        <source>must be later than created_at</source>
        <translation>muss später als created_at sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="344"/>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="353"/>
        <source>expected 32 bytes</source>
        <translation>32 Bytes erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="447"/>
        <source>must be producer or consumer</source>
        <translation>muss producer oder consumer sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="474"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>64 Hexadezimalziffern in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="499"/>
        <source>must be produce or consume</source>
        <translation>muss produce oder consume sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="18"/>
        <source>a box key must be %1 bytes</source>
        <translation>ein Box-Schlüssel muss %1 Bytes lang sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="23"/>
        <source>the box public key is not usable (a degenerate X25519 point)</source>
        <translation>der öffentliche Box-Schlüssel ist nicht verwendbar (ein entarteter X25519-Punkt)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="64"/>
        <source>a boxed value is too short</source>
        <translation>ein verschlüsselter Box-Wert ist zu kurz</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="71"/>
        <source>a boxed value does not open with this service&apos;s key (boxed for another service, or damaged)</source>
        <translation>ein verschlüsselter Box-Wert lässt sich mit dem Schlüssel dieses Dienstes nicht öffnen (für einen anderen Dienst verschlüsselt oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="61"/>
        <source>malformed bundle: not JSON (%1)</source>
        <translation>fehlerhaftes Bundle: kein JSON (%1)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="64"/>
        <source>malformed bundle: expected a JSON object</source>
        <translation>fehlerhaftes Bundle: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="67"/>
        <source>malformed bundle: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>fehlerhaftes Bundle: &quot;format&quot; muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="77"/>
        <source>malformed bundle: &quot;%1&quot; must be non-empty base64</source>
        <translation>fehlerhaftes Bundle: &quot;%1&quot; muss nicht-leeres Base64 sein</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="85"/>
        <source>malformed bundle: &quot;digest&quot; must be &quot;%1&quot; (or absent)</source>
        <translation>fehlerhaftes Bundle: &quot;digest&quot; muss &quot;%1&quot; sein (oder fehlen)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="92"/>
        <source>malformed bundle: &quot;digest&quot; must be a string</source>
        <translation>fehlerhaftes Bundle: &quot;digest&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="27"/>
        <source>Delivery to %1 failed: %2</source>
        <translation>Zustellung an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="68"/>
        <source>Cannot create a Kafka producer: %1</source>
        <translation>Ein Kafka-Producer kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="87"/>
        <source>Cannot produce to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="102"/>
        <source>Records were not delivered within %1 ms: %2</source>
        <translation>Nachrichten wurden nicht innerhalb von %1 ms zugestellt: %2</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="214"/>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="253"/>
        <source>&quot;%1&quot; is a built-in profile and cannot be changed; copy it first</source>
        <translation>&quot;%1&quot; ist ein eingebautes Profil und kann nicht geändert werden; kopieren Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="262"/>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="295"/>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="315"/>
        <source>No profile named &quot;%1&quot;</source>
        <translation>Kein Profil namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="306"/>
        <source>&quot;%1&quot; is a built-in profile and cannot be removed</source>
        <translation>&quot;%1&quot; ist ein eingebautes Profil und kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="132"/>
        <source>Property &quot;%1&quot;: the value must be a number, a boolean or a string</source>
        <translation>Eigenschaft &quot;%1&quot;: der Wert muss eine Zahl, ein Wahrheitswert oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="136"/>
        <source>Property &quot;%1&quot; is a secret: it belongs in the vault, not in a profile</source>
        <translation>Eigenschaft &quot;%1&quot; ist ein Geheimnis: sie gehört in den Tresor, nicht in ein Profil</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="140"/>
        <source>Property &quot;%1&quot; comes from the application&apos;s credentials, not from a profile</source>
        <translation>Eigenschaft &quot;%1&quot; kommt aus den Zugangsdaten der Anwendung, nicht aus einem Profil</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="144"/>
        <source>Property &quot;%1&quot; is known only to the Java client: librdkafka cannot check it, and librdkafka-based clients (Python, Go, Node.js, .NET, kcat) will not get it</source>
        <translation>Eigenschaft &quot;%1&quot; kennt nur der Java-Client: librdkafka kann sie nicht prüfen, und Clients auf Basis von librdkafka (Python, Go, Node.js, .NET, kcat) erhalten sie nicht</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="149"/>
        <source>Property &quot;%1&quot; is a %2 setting, but this is a %3 profile</source>
        <translation>Eigenschaft &quot;%1&quot; ist eine %2-Einstellung, aber dies ist ein %3-Profil</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="161"/>
        <source>Property &quot;%1&quot; is a %2 setting, but this is a %3 profile: the client ignores it</source>
        <translation>Eigenschaft &quot;%1&quot; ist eine %2-Einstellung, aber dies ist ein %3-Profil: der Client ignoriert sie</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="175"/>
        <source>&quot;%1&quot; is not a valid profile name: start with a letter; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&quot;%1&quot; ist kein gültiger Profilname: beginnen Sie mit einem Buchstaben; verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (höchstens 64)</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="184"/>
        <source>A reason is given for &quot;%1&quot;, which the profile does not set</source>
        <translation>Für &quot;%1&quot; ist eine Begründung angegeben, aber das Profil setzt diese Eigenschaft nicht</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="73"/>
        <source>unlock the vault first: the bundle carries sealed credentials and is signed with the portal key kept there</source>
        <translation>entsperren Sie zuerst den Tresor: das Bundle enthält versiegelte Zugangsdaten und wird mit dem dort verwahrten Portalschlüssel signiert</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="88"/>
        <source>no routing services registered: add one with switchboard-cli router add NAME URL KEY</source>
        <translation>keine Routing-Dienste registriert: fügen Sie einen hinzu mit switchboard-cli router add NAME URL KEY</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="89"/>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="163"/>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="235"/>
        <source>no routing service named %1</source>
        <translation>kein Routing-Dienst namens %1</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="92"/>
        <source>the portal signing key: %1</source>
        <translation>der Signierschlüssel des Portals: %1</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="49"/>
        <source>routing service URL %1: expected http(s)://host[:port]</source>
        <translation>URL des Routing-Dienstes %1: http(s)://host[:port] erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="57"/>
        <source>routing service URL %1: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation>URL des Routing-Dienstes %1: der Port „%2“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="68"/>
        <source>the CA file holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)</source>
        <translation>die CA-Datei enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----Blöcke erwartet)</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="71"/>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="74"/>
        <source>the CA file has a PEM certificate block that does not parse</source>
        <translation>die CA-Datei enthält einen PEM-Zertifikatsblock, der sich nicht lesen lässt</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="76"/>
        <source>the CA certificate %1 expired on %2</source>
        <translation>das CA-Zertifikat %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="89"/>
        <source>the routing service&apos;s public key</source>
        <translation>der öffentliche Schlüssel des Routing-Dienstes</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="91"/>
        <source>%1 (switchboard-router keygen prints it)</source>
        <translation>%1 (switchboard-router keygen gibt ihn aus)</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="94"/>
        <source>a CA file only makes sense for an https:// URL</source>
        <translation>eine CA-Datei ist nur für eine https://-URL sinnvoll</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="114"/>
        <source>routing service %1 vanished while it was saved</source>
        <translation>Routing-Dienst %1 ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="123"/>
        <source>routing service name %1: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Name des Routing-Dienstes %1: verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="133"/>
        <source>a routing service named %1 is registered already</source>
        <translation>ein Routing-Dienst namens %1 ist bereits registriert</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="212"/>
        <source>a bundle lifetime must be between 1 hour and 366 days</source>
        <translation>die Lebensdauer eines Bundles muss zwischen 1 Stunde und 366 Tagen liegen</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="18"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="297"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="341"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="354"/>
        <source>Request %1 is %2 already</source>
        <translation>Antrag %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="24"/>
        <source>Request %1 proposes no topic to create</source>
        <translation>Antrag %1 schlägt kein anzulegendes Topic vor</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="38"/>
        <source>Creating topic %1 on %2 failed: %3</source>
        <translation>Topic %1 auf %2 anzulegen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="59"/>
        <source>Created topic %1 on %2</source>
        <translation>Topic %1 auf %2 angelegt</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="60"/>
        <source>Topic %1 existed on %2 already</source>
        <translation>Topic %1 existierte bereits auf %2</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="68"/>
        <source>The grant is approved, but its ACLs were not provisioned: %1. Retry with &quot;grant provision %2&quot;.</source>
        <translation>Die Freigabe ist genehmigt, aber ihre ACLs wurden nicht eingerichtet: %1. Versuchen Sie es erneut mit &quot;grant provision %2&quot;.</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="36"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="38"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="40"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="42"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="92"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="108"/>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="73"/>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="99"/>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="148"/>
        <location filename="../catalog/routing/GrantStore.cpp" line="39"/>
        <location filename="../catalog/routing/Resolver.cpp" line="231"/>
        <location filename="../catalog/routing/Resolver.cpp" line="345"/>
        <source>There is no application &quot;%1&quot;</source>
        <translation>Es gibt keine Anwendung &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="123"/>
        <source>A proposed binding needs an environment, a cluster and a topic</source>
        <translation>Eine vorgeschlagene Bindung braucht eine Umgebung, einen Cluster und ein Topic</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="126"/>
        <location filename="../catalog/routing/ChannelStore.cpp" line="172"/>
        <source>&quot;%1&quot; is not a valid topic name</source>
        <translation>&quot;%1&quot; ist kein gültiger Topic-Name</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="131"/>
        <source>%1 is bound in %2 already; request access without proposing a topic</source>
        <translation>%1 ist in %2 bereits gebunden; beantragen Sie den Zugriff, ohne ein Topic vorzuschlagen</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="135"/>
        <source>%1 leads nowhere yet: propose the environment, cluster and topic it should be bound to</source>
        <translation>%1 führt noch nirgendwohin: schlagen Sie Umgebung, Cluster und Topic vor, an die der Kanal gebunden werden soll</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="146"/>
        <source>The same request is pending already (%1)</source>
        <translation>Derselbe Antrag ist bereits offen (%1)</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="240"/>
        <source>&quot;%1&quot; is too short to name a request; give at least 4 characters of its id</source>
        <translation>&quot;%1&quot; ist zu kurz, um einen Antrag zu bezeichnen; geben Sie mindestens 4 Zeichen seiner ID an</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="255"/>
        <source>There is no request %1</source>
        <translation>Es gibt keinen Antrag %1</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="257"/>
        <source>%1 names %2 requests; give more of the id</source>
        <translation>%1 passt auf %2 Anträge; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="336"/>
        <source>Declining a request needs a reason the requester can read</source>
        <translation>Zum Ablehnen eines Antrags ist ein Grund nötig, den die antragstellende Person lesen kann</translation>
    </message>
    <message>
        <location filename="../catalog/requests/Role.cpp" line="21"/>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <location filename="../catalog/requests/Role.cpp" line="21"/>
        <source>Platform engineer</source>
        <translation>Plattform-Engineer</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="17"/>
        <source>&quot;%1&quot; is not a valid application name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein gültiger Anwendungsname: verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="26"/>
        <source>&quot;%1&quot; is not a Kafka principal; expected Type:name, e.g. User:alice</source>
        <translation>&quot;%1&quot; ist kein Kafka-Principal; erwartet wird Typ:Name, z. B. User:alice</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="38"/>
        <source>An application named &quot;%1&quot; exists already</source>
        <translation>Eine Anwendung namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/routing/ApplicationStore.cpp" line="92"/>
        <source>Application %1 still holds %n active grant(s); revoke them first (their ACLs go with them)</source>
        <translation>
            <numerusform>Die Anwendung %1 hat noch %n aktive Freigabe; widerrufen Sie sie zuerst (ihre ACLs gehen mit)</numerusform>
            <numerusform>Die Anwendung %1 hat noch %n aktive Freigaben; widerrufen Sie sie zuerst (ihre ACLs gehen mit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="70"/>
        <source>The channel %1 exists already</source>
        <translation>Der Kanal %1 existiert bereits</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/routing/ChannelStore.cpp" line="110"/>
        <source>%1 still has %n active grant(s); revoke them first</source>
        <translation>
            <numerusform>%1 hat noch %n aktive Freigabe; widerrufen Sie sie zuerst</numerusform>
            <numerusform>%1 hat noch %n aktive Freigaben; widerrufen Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="115"/>
        <source>There is no channel %1</source>
        <translation>Es gibt keinen Kanal %1</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="170"/>
        <source>A binding needs an environment (e.g. prod, dev)</source>
        <translation>Eine Bindung braucht eine Umgebung (z. B. prod, dev)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="183"/>
        <source>The topic %1 was deleted from cluster %2 (as of the last crawl)</source>
        <translation>Das Topic %1 wurde von Cluster %2 gelöscht (Stand des letzten Crawls)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="184"/>
        <source>The catalog does not know a topic %1 on cluster %2 (crawl the cluster first)</source>
        <translation>Der Katalog kennt kein Topic %1 auf Cluster %2 (crawlen Sie zuerst den Cluster)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="186"/>
        <source>; bind anyway with force</source>
        <translation>; mit force trotzdem binden</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="187"/>
        <source>; bound anyway (forced)</source>
        <translation>; trotzdem gebunden (erzwungen)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="208"/>
        <source>%1 is not bound in %2; bind it first</source>
        <translation>%1 ist in %2 nicht gebunden; binden Sie den Kanal zuerst</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="210"/>
        <source>%1 is bound in %2 already (to %3 on %4); use rebind to move it</source>
        <translation>%1 ist in %2 bereits gebunden (an %3 auf %4); verschieben Sie die Bindung mit Neu binden (rebind)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="213"/>
        <source>%1 in %2 leads to %3 on %4 already</source>
        <translation>%1 führt in %2 bereits zu %3 auf %4</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="269"/>
        <source>%1 is not bound in %2</source>
        <translation>%1 ist in %2 nicht gebunden</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="52"/>
        <source>the character %1</source>
        <translation>das Zeichen %1</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="54"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="98"/>
        <source>&quot;%1&quot; contains a control or invisible character (%2 at position %3); a channel URI is printable text: kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>„%1“ enthält ein Steuer- oder unsichtbares Zeichen (%2 an Position %3); eine Kanal-URI ist druckbarer Text: kafka://&lt;domain&gt;/&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="104"/>
        <source>A channel URI is empty; expected kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>Eine Kanal-URI ist leer; erwartet wird kafka://&lt;domain&gt;/&lt;pfad&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="108"/>
        <source>&quot;%1&quot; has the scheme &quot;%2&quot;; a channel URI starts with kafka://</source>
        <translation>&quot;%1&quot; hat das Schema &quot;%2&quot;; eine Kanal-URI beginnt mit kafka://</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="110"/>
        <source>&quot;%1&quot; is not a channel URI; expected kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>&quot;%1&quot; ist keine Kanal-URI; erwartet wird kafka://&lt;domain&gt;/&lt;pfad&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="116"/>
        <source>&quot;%1&quot; names no domain; expected kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>&quot;%1&quot; nennt keine Domain; erwartet wird kafka://&lt;domain&gt;/&lt;pfad&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="118"/>
        <source>&quot;%1&quot;: a channel URI carries no user name or password</source>
        <translation>&quot;%1&quot;: eine Kanal-URI enthält keinen Benutzernamen und kein Passwort</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="120"/>
        <source>&quot;%1&quot;: a channel&apos;s domain takes no port (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot;: die Domain eines Kanals hat keinen Port (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="122"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid domain (labels of letters, digits and &apos;-&apos;, separated by dots)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist keine gültige Domain (Labels aus Buchstaben, Ziffern und &apos;-&apos;, durch Punkte getrennt)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="125"/>
        <source>&quot;%1&quot; has no path; expected kafka://%2/&lt;path&gt;</source>
        <translation>&quot;%1&quot; hat keinen Pfad; erwartet wird kafka://%2/&lt;pfad&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="128"/>
        <source>&quot;%1&quot;: a channel URI takes no query or fragment</source>
        <translation>&quot;%1&quot;: eine Kanal-URI hat keine Query und kein Fragment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="133"/>
        <source>&quot;%1&quot; has an empty path segment (segment %2)</source>
        <translation>&quot;%1&quot; hat ein leeres Pfadsegment (Segment %2)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="135"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not allowed as a path segment</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist als Pfadsegment nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="138"/>
        <source>&quot;%1&quot;: path segment &quot;%2&quot; contains %3; segments use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot;: Pfadsegment &quot;%2&quot; enthält %3; Segmente bestehen aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="17"/>
        <source>A consume grant names the consumer group (or a group prefix) the application uses</source>
        <translation>Eine Lese-Freigabe nennt die Consumer-Gruppe (oder ein Gruppenpräfix), die die Anwendung verwendet</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="19"/>
        <source>A produce grant takes no consumer group</source>
        <translation>Eine Schreib-Freigabe hat keine Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="22"/>
        <source>Consumer group &quot;%1&quot; contains a space or control character</source>
        <translation>Consumer-Gruppe &quot;%1&quot; enthält ein Leer- oder Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="48"/>
        <source>%1 holds this %2 grant on %3 already (grant #%4)</source>
        <translation>%1 hat diese %2-Freigabe auf %3 bereits (Freigabe #%4)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="84"/>
        <source>There is no grant #%1</source>
        <translation>Es gibt keine Freigabe #%1</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="86"/>
        <source>Grant #%1 was revoked already</source>
        <translation>Freigabe #%1 wurde bereits widerrufen</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="44"/>
        <source>consume (groups %1*)</source>
        <translation>lesen (Gruppen %1*)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="45"/>
        <source>consume (group %1)</source>
        <translation>lesen (Gruppe %1)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="90"/>
        <source>%1 has %2 bindings in %3</source>
        <translation>%1 hat %2 Bindungen in %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="96"/>
        <source>%1 is bound in %2 to cluster #%3, which is not known</source>
        <translation>%1 ist in %2 an Cluster #%3 gebunden, der nicht bekannt ist</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="115"/>
        <source>%1 has no binding in %2 and no rule there matches it</source>
        <translation>%1 hat keine Bindung in %2, und keine Regel dort passt darauf</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="129"/>
        <source>%1 is ambiguous in %2: rules %3 match equally well</source>
        <translation>%1 ist in %2 mehrdeutig: die Regeln %3 passen gleich gut</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="135"/>
        <location filename="../catalog/routing/Resolver.cpp" line="355"/>
        <source>Rule %1 names cluster #%2, which is not known</source>
        <translation>Regel %1 nennt Cluster #%2, der nicht bekannt ist</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="153"/>
        <source>%1 has no binding and no rule matches it, in any environment</source>
        <translation>%1 hat in keiner Umgebung eine Bindung, und keine Regel passt darauf</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="155"/>
        <source>%1 routes in several environments (%2); say which one</source>
        <translation>%1 wird in mehreren Umgebungen geleitet (%2); geben Sie an, in welcher</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="179"/>
        <source>Application %1 holds no grant on %2</source>
        <translation>Anwendung %1 hat keine Freigabe für %2</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="181"/>
        <source>Application %1 holds no consume grant on %2 for consumer group %3</source>
        <translation>Anwendung %1 hat keine Lese-Freigabe für %2 mit Consumer-Gruppe %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="184"/>
        <source>Application %1 holds no %2 grant on %3</source>
        <translation>Anwendung %1 hat keine %2-Freigabe für %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="186"/>
        <source> (it holds: %1)</source>
        <translation> (sie hat: %1)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="362"/>
        <source>Rule %1 would tie with rule %2 in %3: a channel could match both equally well. Make one of them more specific (fewer &apos;*&apos;).</source>
        <translation>Regel %1 wäre in %3 gleichrangig mit Regel %2: ein Kanal könnte auf beide gleich gut passen. Machen Sie eine davon spezifischer (weniger &apos;*&apos;).</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RoutingModelJson.cpp" line="19"/>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RoutingModelJson.cpp" line="99"/>
        <source>channel #%1: %2</source>
        <translation>Kanal #%1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RoutingModelJson.cpp" line="121"/>
        <source>grant #%1: unknown intent &quot;%2&quot;</source>
        <translation>Freigabe #%1: unbekannte Absicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="32"/>
        <source>Topic template &quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;</source>
        <translation>Topic-Vorlage &quot;%1&quot;: ein &apos;}&apos; ohne sein &apos;{&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="35"/>
        <source>Topic template &quot;%1&quot; contains &quot;%2&quot;; topic names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Topic-Vorlage &quot;%1&quot; enthält &quot;%2&quot;; Topic-Namen bestehen aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="42"/>
        <source>Topic template &quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;</source>
        <translation>Topic-Vorlage &quot;%1&quot;: ein &apos;{&apos; ohne sein &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="52"/>
        <source>Topic template &quot;%1&quot;: unknown placeholder {%2}; use {N} for path segment N (from 0) or {key} for the last segment</source>
        <translation>Topic-Vorlage &quot;%1&quot;: unbekannter Platzhalter {%2}; verwenden Sie {N} für das Pfadsegment N (ab 0) oder {key} für das letzte Segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="102"/>
        <source>A rule needs an environment</source>
        <translation>Eine Regel braucht eine Umgebung</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="104"/>
        <source>A rule needs a cluster</source>
        <translation>Eine Regel braucht einen Cluster</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="107"/>
        <source>A rule needs a host pattern (a domain, labels may be &quot;*&quot;)</source>
        <translation>Eine Regel braucht ein Host-Muster (eine Domain, Labels dürfen &quot;*&quot; sein)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="111"/>
        <source>Host pattern &quot;%1&quot;: &quot;%2&quot; is neither a domain label nor &quot;*&quot;</source>
        <translation>Host-Muster &quot;%1&quot;: &quot;%2&quot; ist weder ein Domain-Label noch &quot;*&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="116"/>
        <source>A rule needs a path pattern with at least one segment</source>
        <translation>Eine Regel braucht ein Pfadmuster mit mindestens einem Segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="120"/>
        <source>Path pattern &quot;%1&quot; has an empty segment</source>
        <translation>Pfadmuster &quot;%1&quot; hat ein leeres Segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="122"/>
        <source>Path pattern &quot;%1&quot;: &quot;%2&quot; is neither a path segment nor &quot;*&quot; (a &apos;*&apos; stands for one whole segment)</source>
        <translation>Pfadmuster &quot;%1&quot;: &quot;%2&quot; ist weder ein Pfadsegment noch &quot;*&quot; (ein &apos;*&apos; steht für ein ganzes Segment)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="126"/>
        <source>A rule needs a topic template, e.g. c1{1}</source>
        <translation>Eine Regel braucht eine Topic-Vorlage, z. B. c1{1}</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="132"/>
        <source>Topic template &quot;%1&quot; uses {%2}, but the path pattern &quot;%3&quot; has only %4 segment(s), numbered from 0</source>
        <translation>Topic-Vorlage &quot;%1&quot; verwendet {%2}, aber das Pfadmuster &quot;%3&quot; hat nur %4 Segment(e), nummeriert ab 0</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/routing/RulePattern.cpp" line="170"/>
        <source>Rule %1 uses {%2}, but %3 has only %n segment(s)</source>
        <translation>
            <numerusform>Regel %1 verwendet {%2}, aber %3 hat nur %n Segment</numerusform>
            <numerusform>Regel %1 verwendet {%2}, aber %3 hat nur %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="177"/>
        <source>Rule %1 gives &quot;%2&quot; for %3, which is not a valid topic name</source>
        <translation>Regel %1 ergibt &quot;%2&quot; für %3, was kein gültiger Topic-Name ist</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RuleStore.cpp" line="64"/>
        <source>There is no rule #%1</source>
        <translation>Es gibt keine Regel #%1</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/JavaServiceLocatorSnippet.cpp" line="11"/>
        <source>Java service locator (header-based lookup)</source>
        <translation>Java-Service-Locator (Abfrage über Header)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="29"/>
        <source>A snippet needs an application</source>
        <translation>Ein Ausschnitt braucht eine Anwendung</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="34"/>
        <source>No profile named &quot;%1&quot; (see: switchboard-cli profile list)</source>
        <translation>Kein Profil namens &quot;%1&quot; (siehe: switchboard-cli profile list)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="46"/>
        <source>Give either channels or a cluster with topics, not both</source>
        <translation>Geben Sie entweder Kanäle oder einen Cluster mit Topics an, nicht beides</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="57"/>
        <source>Channel %1: %2</source>
        <translation>Kanal %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="60"/>
        <source>The channels lead to different clusters (%1 and %2); one client configuration cannot reach both: export them separately</source>
        <translation>Die Kanäle führen zu verschiedenen Clustern (%1 und %2); eine Client-Konfiguration kann nicht beide erreichen: exportieren Sie sie getrennt</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="82"/>
        <source>A snippet needs at least one channel (or a cluster and a topic)</source>
        <translation>Ein Ausschnitt braucht mindestens einen Kanal (oder einen Cluster und ein Topic)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="115"/>
        <source>Application &quot;%1&quot; has no valid credential on cluster %2; store one with: switchboard-cli credential set --app %1 --cluster %2 --username USER</source>
        <translation>Anwendung &quot;%1&quot; hat keine gültigen Zugangsdaten auf Cluster %2; hinterlegen Sie welche mit: switchboard-cli credential set --app %1 --cluster %2 --username USER</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="133"/>
        <source>The vault is locked: unlock it to include the secret</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um das Geheimnis einzufügen</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="53"/>
        <source>Cannot create the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="58"/>
        <source>Cannot restrict the catalog %1 to its owner: %2</source>
        <translation>Der Katalog %1 kann nicht auf seinen Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="73"/>
        <source>%1 can be read by other users (mode %2) and cannot be restricted: %3</source>
        <translation>%1 ist für andere Benutzer lesbar (Modus %2) und lässt sich nicht beschränken: %3</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="75"/>
        <source>%1 could be read by other users (mode %2); it is now readable by its owner only (mode 600)</source>
        <translation>%1 war für andere Benutzer lesbar (Modus %2); jetzt kann nur sein Eigentümer es lesen (Modus 600)</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="109"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="135"/>
        <location filename="../catalog/store/Database.cpp" line="146"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="166"/>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>Die Schemaversion des Katalogs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="170"/>
        <source>The catalog %1 was written by a newer Switchboard (schema %2; this build knows up to %3). Upgrade Switchboard to open it.</source>
        <translation>Der Katalog %1 wurde von einem neueren Switchboard geschrieben (Schema %2; dieser Build kennt bis %3). Aktualisieren Sie Switchboard, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="179"/>
        <source>Migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="182"/>
        <source>Migrating the catalog to schema %1 failed: %2</source>
        <translation>Den Katalog auf Schema %1 zu migrieren ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="229"/>
        <source>Catalog work on the GUI thread was refused: %1</source>
        <translation>Katalogarbeit im GUI-Thread wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="290"/>
        <source>No transaction is open: %1</source>
        <translation>Keine Transaktion ist offen: %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/ClusterSecretStore.cpp" line="24"/>
        <source>&quot;%1&quot; is not a secret property; set it on the cluster instead</source>
        <translation>&quot;%1&quot; ist keine geheime Eigenschaft; setzen Sie sie stattdessen am Cluster</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="26"/>
        <source>&quot;%1&quot; is not a valid application name</source>
        <translation>&quot;%1&quot; ist kein gültiger Anwendungsname</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="49"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="52"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="53"/>
        <source>grace until %1</source>
        <translation>Übergangsfrist bis %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="55"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="66"/>
        <source>&quot;%1&quot; is not a supported SASL mechanism (use %2)</source>
        <translation>&quot;%1&quot; ist kein unterstützter SASL-Mechanismus (verwenden Sie %2)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="115"/>
        <source>A credential needs a username</source>
        <translation>Zugangsdaten brauchen einen Benutzernamen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="117"/>
        <source>A credential needs a secret</source>
        <translation>Zugangsdaten brauchen ein Geheimnis</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="119"/>
        <source>The vault is locked: unlock it to store a credential</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um Zugangsdaten zu speichern</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="199"/>
        <source>The grace period cannot be negative</source>
        <translation>Die Übergangsfrist kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="204"/>
        <source>Application &quot;%1&quot; has no current credential on cluster %2 to rotate; set one first</source>
        <translation>Anwendung &quot;%1&quot; hat auf Cluster %2 keine aktuellen Zugangsdaten, die rotiert werden könnten; legen Sie zuerst welche fest</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="231"/>
        <source>Application &quot;%1&quot; has no unrevoked credential version %2 on cluster %3</source>
        <translation>Anwendung &quot;%1&quot; hat auf Cluster %3 keine nicht widerrufene Version %2 der Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="232"/>
        <source>Application &quot;%1&quot; has no unrevoked credential on cluster %2</source>
        <translation>Anwendung &quot;%1&quot; hat auf Cluster %2 keine nicht widerrufenen Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="290"/>
        <source>No such credential</source>
        <translation>Diese Zugangsdaten gibt es nicht</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="28"/>
        <source>No OS keychain is available (use the passphrase)</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (verwenden Sie die Passphrase)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="58"/>
        <source>The OS keychain did not answer in time (use the passphrase)</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet (verwenden Sie die Passphrase)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="60"/>
        <source>The OS keychain holds no key for this vault</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für diesen Tresor</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="61"/>
        <source>The OS keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/PassphraseSource.cpp" line="24"/>
        <source>Cannot read the passphrase from file descriptor %1</source>
        <translation>Die Passphrase kann nicht aus Dateideskriptor %1 gelesen werden</translation>
    </message>
    <message>
        <location filename="../catalog/vault/PassphraseSource.cpp" line="30"/>
        <source>The passphrase on file descriptor %1 is longer than 4 KiB</source>
        <translation>Die Passphrase auf Dateideskriptor %1 ist länger als 4 KiB</translation>
    </message>
    <message>
        <location filename="../catalog/vault/PassphraseSource.cpp" line="45"/>
        <source>SWITCHBOARD_VAULT_PASSPHRASE_FD is not a file descriptor number</source>
        <translation>SWITCHBOARD_VAULT_PASSPHRASE_FD ist keine Dateideskriptor-Nummer</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="43"/>
        <source>The vault is locked: unlock it to use routing tokens</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um Routing-Tokens zu verwenden</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="58"/>
        <source>A token needs an application name</source>
        <translation>Ein Token braucht einen Anwendungsnamen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="114"/>
        <source>No unrevoked token with id %1</source>
        <translation>Kein nicht widerrufenes Token mit der ID %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="138"/>
        <source>Application &quot;%1&quot; has no unrevoked token</source>
        <translation>Anwendung &quot;%1&quot; hat kein nicht widerrufenes Token</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="179"/>
        <source>The vault is locked: unlock it to check a token</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um ein Token zu prüfen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="72"/>
        <source>Deriving the vault key from the passphrase failed (out of memory?)</source>
        <translation>Den Tresorschlüssel aus der Passphrase abzuleiten ist fehlgeschlagen (kein Speicher mehr?)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="85"/>
        <location filename="../catalog/vault/VaultUnlocker.cpp" line="19"/>
        <source>This catalog has no vault yet; create one with &quot;vault init&quot;</source>
        <translation>Dieser Katalog hat noch keinen Tresor; legen Sie einen mit &quot;vault init&quot; an</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="107"/>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="130"/>
        <source>The vault was written in format %1, which this build does not know</source>
        <translation>Der Tresor wurde im Format %1 geschrieben, das dieser Build nicht kennt</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="158"/>
        <source>This catalog already has a vault</source>
        <translation>Dieser Katalog hat bereits einen Tresor</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="160"/>
        <source>The passphrase is too short: use at least %1 characters</source>
        <translation>Die Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="211"/>
        <source>Wrong passphrase: the vault stays locked</source>
        <translation>Falsche Passphrase: der Tresor bleibt gesperrt</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="224"/>
        <source>The key does not open this vault</source>
        <translation>Der Schlüssel öffnet diesen Tresor nicht</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="229"/>
        <source>Out of secure memory</source>
        <translation>Kein geschützter Speicher mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="253"/>
        <source>The new passphrase is too short: use at least %1 characters</source>
        <translation>Die neue Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="260"/>
        <source>Wrong passphrase: the passphrase was not changed</source>
        <translation>Falsche Passphrase: die Passphrase wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="318"/>
        <source>The vault is locked</source>
        <translation>Der Tresor ist gesperrt</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="325"/>
        <source>The vault is locked: unlock it to store a secret</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um ein Geheimnis zu speichern</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="332"/>
        <source>The vault is locked: unlock it to read a secret</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um ein Geheimnis zu lesen</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="335"/>
        <source>A sealed record does not decrypt: it was changed or moved</source>
        <translation>Ein versiegelter Eintrag lässt sich nicht entschlüsseln: er wurde verändert oder verschoben</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="414"/>
        <source>The vault is locked: unlock it to use the portal&apos;s signing key</source>
        <translation>Der Tresor ist gesperrt: entsperren Sie ihn, um den Signierschlüssel des Portals zu verwenden</translation>
    </message>
    <message>
        <location filename="../catalog/vault/VaultUnlocker.cpp" line="43"/>
        <source>the key in the OS keychain does not open this vault</source>
        <translation>der Schlüssel im Schlüsselbund des Systems öffnet diesen Tresor nicht</translation>
    </message>
    <message>
        <location filename="../catalog/vault/VaultUnlocker.cpp" line="48"/>
        <source>The vault is locked. Give the passphrase with --passphrase-fd N, SWITCHBOARD_VAULT_PASSPHRASE_FD or SWITCHBOARD_VAULT_PASSPHRASE</source>
        <translation>Der Tresor ist gesperrt. Geben Sie die Passphrase mit --passphrase-fd N, SWITCHBOARD_VAULT_PASSPHRASE_FD oder SWITCHBOARD_VAULT_PASSPHRASE an</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="728"/>
        <source>No application named &quot;%1&quot;</source>
        <translation>Keine Anwendung namens „%1“</translation>
    </message>
    <message>
        <location filename="../ui/catalog/DemoController.cpp" line="205"/>
        <source>This build has no in-process routing service</source>
        <translation>Dieser Build hat keinen eingebauten Routing-Dienst</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoTeam.cpp" line="78"/>
        <source>The demo cluster is not in the catalog</source>
        <translation>Der Demo-Cluster ist nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoTeam.cpp" line="202"/>
        <source>Unlock the vault to give the demo applications their credentials and tokens</source>
        <translation>Entsperren Sie den Tresor, damit die Demo-Anwendungen ihre Zugangsdaten und Tokens bekommen</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApplicationDialog</name>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="21"/>
        <source>Edit application</source>
        <translation>Anwendung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="21"/>
        <source>Register application</source>
        <translation>Anwendung registrieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="27"/>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="28"/>
        <source>e.g. billing-service</source>
        <translation>z. B. billing-service</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="32"/>
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="33"/>
        <source>Owner &amp;team:</source>
        <translation>Verantwortliches &amp;Team:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="36"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="39"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="42"/>
        <source>Kafka &amp;principal per cluster (used to provision ACLs), e.g. User:billing:</source>
        <translation>Kafka-&amp;Principal je Cluster (für das Anlegen der ACLs), z. B. User:billing:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="47"/>
        <source>Principal per cluster</source>
        <translation>Principal je Cluster</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="48"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="48"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="69"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="94"/>
        <source>Give the application a name.</source>
        <translation>Geben Sie der Anwendung einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApplicationsView</name>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="112"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="249"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="124"/>
        <source>&amp;Register…</source>
        <translation>&amp;Registrieren …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="124"/>
        <source>Register a client application</source>
        <translation>Eine Client-Anwendung registrieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="125"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="125"/>
        <source>Edit the team, description and principals</source>
        <translation>Team, Beschreibung und Principals bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="126"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="127"/>
        <source>Request access…</source>
        <translation>Zugriff beantragen …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="127"/>
        <source>Ask for this application to produce to or consume from a channel</source>
        <translation>Beantragen, dass diese Anwendung in einen Kanal schreiben oder aus ihm lesen darf</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="128"/>
        <source>Export snippet…</source>
        <translation>Snippet exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="128"/>
        <source>Client configuration for this application and the selected grant&apos;s channel</source>
        <translation>Client-Konfiguration für diese Anwendung und den Kanal der gewählten Berechtigung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="129"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="134"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="134"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="134"/>
        <source>Principals</source>
        <translation>Principals</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="136"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="155"/>
        <source>Grants (what the routing service answers for):</source>
        <translation>Berechtigungen (darauf antwortet der Routing-Dienst):</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="158"/>
        <source>Grants of the application</source>
        <translation>Berechtigungen der Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="160"/>
        <source>Requests:</source>
        <translation>Anträge:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Filed by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Filed</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="163"/>
        <source>Requests of the application</source>
        <translation>Anträge der Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="165"/>
        <source>&amp;Access</source>
        <translation>&amp;Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="172"/>
        <source>Kafka credentials of the application</source>
        <translation>Kafka-Zugangsdaten der Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="182"/>
        <source>&amp;Set…</source>
        <translation>Fest&amp;legen …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="182"/>
        <source>Store the credential for a cluster (replaces the current one now)</source>
        <translation>Zugangsdaten für einen Cluster speichern (ersetzt die aktuellen sofort)</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="183"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="183"/>
        <source>A new secret; the previous one stays valid for a grace period</source>
        <translation>Ein neues Geheimnis; das bisherige bleibt für eine Übergangsfrist gültig</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="184"/>
        <source>Revo&amp;ke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="184"/>
        <source>End the selected version now</source>
        <translation>Die gewählte Version sofort beenden</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="186"/>
        <source>End every version on the selected version&apos;s cluster now</source>
        <translation>Alle Versionen auf dem Cluster der gewählten Version sofort beenden</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="187"/>
        <source>Reveal…</source>
        <translation>Anzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="187"/>
        <source>Show the selected version&apos;s secret (unlocks the vault; audited)</source>
        <translation>Das Geheimnis der gewählten Version anzeigen (entsperrt den Tresor; wird protokolliert)</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="190"/>
        <source>&amp;Credentials</source>
        <translation>Zugangs&amp;daten</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="197"/>
        <source>Routing tokens of the application</source>
        <translation>Routing-Tokens der Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="200"/>
        <source>&amp;Issue token…</source>
        <translation>Token &amp;ausstellen …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="185"/>
        <source>Revoke all versio&amp;ns</source>
        <translation>Alle &amp;Versionen widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="202"/>
        <source>Revoke t&amp;oken</source>
        <translation>Token &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="206"/>
        <source>Revoke all toke&amp;ns</source>
        <translation>Alle Toke&amp;ns widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="211"/>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="214"/>
        <source>Try the &amp;lookup</source>
        <translation>Ab&amp;frage testen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="290"/>
        <source>Cannot read the applications: %1</source>
        <translation>Die Anwendungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="346"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="348"/>
        <source> · team %1</source>
        <translation> · Team %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="356"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="356"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="380"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="380"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="380"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="382"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="388"/>
        <source>&lt;i&gt;No applications yet. A platform engineer registers them with Register…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Anwendungen. Ein Platform Engineer registriert sie mit „Registrieren …“&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="389"/>
        <source>&lt;i&gt;Select an application.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Anwendung.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="404"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="436"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="486"/>
        <source>Registering %1…</source>
        <translation>%1 wird registriert …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="487"/>
        <source>Registering failed</source>
        <translation>Registrieren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="487"/>
        <source>Registered application %1.</source>
        <translation>Anwendung %1 registriert.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="525"/>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="525"/>
        <source>Saved application %1.</source>
        <translation>Anwendung %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="548"/>
        <source>Remove application</source>
        <translation>Anwendung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="549"/>
        <source>Remove the application %1? Its requests stay in the history; its credentials and tokens stop working.</source>
        <translation>Die Anwendung %1 entfernen? Ihre Anträge bleiben im Verlauf; ihre Zugangsdaten und Tokens funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="550"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="557"/>
        <source>Removing failed</source>
        <translation>Entfernen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="557"/>
        <source>Removed application %1.</source>
        <translation>Anwendung %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="573"/>
        <source>Unlock the vault to store a credential: it is sealed there.</source>
        <translation>Entsperren Sie den Tresor, um Zugangsdaten zu speichern: Sie werden dort versiegelt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="583"/>
        <source>Storing the credential…</source>
        <translation>Zugangsdaten werden gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="584"/>
        <source>Storing the credential failed</source>
        <translation>Speichern der Zugangsdaten fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="585"/>
        <source>Stored credential version %1 for %2 on %3 (user %4).</source>
        <translation>Zugangsdaten Version %1 für %2 auf %3 gespeichert (Benutzer %4).</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="610"/>
        <source>Unlock the vault to rotate a credential: it is sealed there.</source>
        <translation>Entsperren Sie den Tresor, um Zugangsdaten zu rotieren: Sie sind dort versiegelt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="621"/>
        <source>Rotating the credential…</source>
        <translation>Zugangsdaten werden rotiert …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="622"/>
        <source>Rotating failed</source>
        <translation>Rotieren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="623"/>
        <source>Rotated %1 on %2 to version %3; the previous one stays valid for %4 h.</source>
        <translation>%1 auf %2 auf Version %3 rotiert; die bisherige bleibt %4 h gültig.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="644"/>
        <source>Revoke version %1 of the credential of %2 on %3 now? The routing services stop handing it out after the next push.</source>
        <translation>Version %1 der Zugangsdaten von %2 auf %3 jetzt widerrufen? Die Routing-Dienste geben sie nach der nächsten Übertragung nicht mehr aus.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="646"/>
        <source>Revoke every version of the credential of %1 on %2 now? The routing services stop handing it out after the next push.</source>
        <translation>Alle Versionen der Zugangsdaten von %1 auf %2 jetzt widerrufen? Die Routing-Dienste geben sie nach der nächsten Übertragung nicht mehr aus.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="648"/>
        <source>Revoke credential</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="648"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="764"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="657"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="773"/>
        <source>Revoking failed</source>
        <translation>Widerrufen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="658"/>
        <source>Revoked credential version %1 of %2 on %3.</source>
        <translation>Zugangsdaten Version %1 von %2 auf %3 widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="659"/>
        <source>Revoked every credential of %1 on %2.</source>
        <translation>Alle Zugangsdaten von %1 auf %2 widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="670"/>
        <source>Unlock the vault to reveal a credential.</source>
        <translation>Entsperren Sie den Tresor, um Zugangsdaten anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="682"/>
        <source>Cannot reveal the credential: %1</source>
        <translation>Die Zugangsdaten können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="688"/>
        <source>Credential of %1</source>
        <translation>Zugangsdaten von %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="690"/>
        <source>User %1, version %2. The reveal is recorded in the audit log.</source>
        <translation>Benutzer %1, Version %2. Das Anzeigen wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="693"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="697"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="718"/>
        <source>Unlock the vault to issue a token: its hash key is kept there.</source>
        <translation>Entsperren Sie den Tresor, um ein Token auszustellen: Sein Hash-Schlüssel liegt dort.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="735"/>
        <source>Issuing a token…</source>
        <translation>Token wird ausgestellt …</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="739"/>
        <source>Issuing failed: %1</source>
        <translation>Ausstellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="745"/>
        <source>Issued token %1 for %2.</source>
        <translation>Token %1 für %2 ausgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="761"/>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="762"/>
        <source>Revoke token %1 of %2 now? The routing services refuse it after the next push.</source>
        <translation>Token %1 von %2 jetzt widerrufen? Die Routing-Dienste weisen es nach der nächsten Übertragung ab.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="763"/>
        <source>Revoke every token of %1 now? The routing services refuse them after the next push.</source>
        <translation>Alle Tokens von %1 jetzt widerrufen? Die Routing-Dienste weisen sie nach der nächsten Übertragung ab.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="774"/>
        <source>Revoked token %1.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="774"/>
        <source>Revoked every token of %1.</source>
        <translation>Alle Tokens von %1 widerrufen.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="798"/>
        <source>%1 holds no grant yet: request access to a channel first.</source>
        <translation>%1 hat noch keine Berechtigung: Beantragen Sie zuerst Zugriff auf einen Kanal.</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutoPushController</name>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="56"/>
        <source>Automatic push failed (%1). It is tried again after the next change; or push now.</source>
        <translation>Automatisches Verteilen fehlgeschlagen (%1). Es wird nach der nächsten Änderung erneut versucht; oder jetzt verteilen.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="60"/>
        <source>Pushed automatically at %1.</source>
        <translation>Automatisch verteilt um %1.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="138"/>
        <source>Automatic push is off: push after changes.</source>
        <translation>Automatisches Verteilen ist aus: nach Änderungen verteilen.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="144"/>
        <source>Checking what is stale...</source>
        <translation>Prüfe, was veraltet ist...</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="148"/>
        <source>Automatic push cannot tell what is stale: %1</source>
        <translation>Automatisches Verteilen kann nicht feststellen, was veraltet ist: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="155"/>
        <location filename="../ui/push/AutoPushController.cpp" line="197"/>
        <source>Automatic push is on: every routing service holds the current state.</source>
        <translation>Automatisches Verteilen ist an: jeder Routing-Dienst hat den aktuellen Stand.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="165"/>
        <source>Automatic push is waiting for the vault: %1 do(es) not hold the current state. Unlock the vault to push (the bundle is signed and its secrets sealed with keys kept there).</source>
        <translation>Automatisches Verteilen wartet auf den Tresor: %1 hat/haben nicht den aktuellen Stand. Entsperren Sie den Tresor zum Verteilen (das Bundle wird mit dort verwahrten Schlüsseln signiert und seine Geheimnisse versiegelt).</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="179"/>
        <source>Automatic push is waiting for the vault: %1</source>
        <translation>Automatisches Verteilen wartet auf den Tresor: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="185"/>
        <source>Pushing automatically...</source>
        <translation>Verteile automatisch...</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="192"/>
        <source>Automatic push failed: %1</source>
        <translation>Automatisches Verteilen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="201"/>
        <source>Pushing version %1 automatically...</source>
        <translation>Verteile Version %1 automatisch...</translation>
    </message>
</context>
<context>
    <name>Switchboard::BundlePusher</name>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="161"/>
        <source>the routing service&apos;s TLS certificate is not trusted (%1); if it comes from a private CA or is self-signed, register the CA with --ca-file</source>
        <translation>dem TLS-Zertifikat des Routing-Dienstes wird nicht vertraut (%1); stammt es von einer privaten CA oder ist es selbstsigniert, registrieren Sie die CA mit --ca-file</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="164"/>
        <source>the routing service&apos;s TLS certificate is not trusted, not even with the registered CA certificates (%1)</source>
        <translation>dem TLS-Zertifikat des Routing-Dienstes wird nicht vertraut, auch nicht mit den registrierten CA-Zertifikaten (%1)</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="168"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::CatalogView</name>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="125"/>
        <source>Starting the demo cluster…</source>
        <translation>Der Demo-Cluster startet…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="128"/>
        <source>The demo cluster did not start: %1</source>
        <translation>Der Demo-Cluster ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="132"/>
        <source>Cannot register the demo cluster: %1</source>
        <translation>Der Demo-Cluster kann nicht registriert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="140"/>
        <source>The demo cluster&apos;s consumer groups could not be read: %1</source>
        <translation>Die Consumer-Gruppen des Demo-Clusters konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="178"/>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Switchboard&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="86"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="180"/>
        <source>The catalog is empty. Open the demo to look around: a small Kafka cluster that runs inside Switchboard, with a few dozen topics, records and consumer groups, a team&apos;s applications, channels and requests, and a routing service to push to. No server needed. Or register one of your own clusters.</source>
        <translation>Der Katalog ist leer. Öffnen Sie die Demo, um sich umzusehen: ein kleiner Kafka-Cluster, der in Switchboard läuft, mit einigen Dutzend Topics, Datensätzen und Consumer-Gruppen, den Anwendungen, Kanälen und Anträgen eines Teams und einem Routing-Dienst zum Verteilen. Kein Server nötig. Oder registrieren Sie einen eigenen Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="188"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="191"/>
        <source>Add a cl&amp;uster…</source>
        <translation>Cl&amp;uster hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="224"/>
        <source>Search names, descriptions and tags (Ctrl+F)</source>
        <translation>Namen, Beschreibungen und Tags durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="226"/>
        <source>Search topics</source>
        <translation>Topics durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="231"/>
        <source>Only topics of this cluster</source>
        <translation>Nur Topics dieses Clusters</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="232"/>
        <source>Cluster filter</source>
        <translation>Cluster-Filter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="235"/>
        <source>Only topics of this environment</source>
        <translation>Nur Topics dieser Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="236"/>
        <source>Environment filter</source>
        <translation>Umgebungsfilter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="239"/>
        <source>Only topics with this tag</source>
        <translation>Nur Topics mit diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="240"/>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="241"/>
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte zeigen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="259"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="314"/>
        <source>Cannot read the topics: %1</source>
        <translation>Die Topics können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="394"/>
        <source>Cannot read the clusters: %1</source>
        <translation>Die Cluster können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="422"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="427"/>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="450"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="485"/>
        <source>%1+ topics</source>
        <translation>%1+ Topics</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogView.cpp" line="487"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="489"/>
        <source>%1 (updating…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="571"/>
        <source>Crawling cluster %1 failed: %2</source>
        <translation>Crawl von Cluster %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="572"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="577"/>
        <source>Crawling cluster %1 was cancelled; its previous snapshot is kept.</source>
        <translation>Crawl von Cluster %1 wurde abgebrochen; der vorige Stand bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="580"/>
        <source>Cluster %1 was crawled, but Switchboard may not read: %2</source>
        <translation>Cluster %1 wurde gecrawlt, aber Switchboard darf nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogView.cpp" line="584"/>
        <source>Crawled %1: %n topic(s) in %2 ms</source>
        <translation>
            <numerusform>%1 gecrawlt: %n Topic in %2 ms</numerusform>
            <numerusform>%1 gecrawlt: %n Topics in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="606"/>
        <source>Cannot add the cluster: %1</source>
        <translation>Der Cluster kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="634"/>
        <source>Cannot change the cluster: %1</source>
        <translation>Der Cluster kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="647"/>
        <source>Remove cluster</source>
        <translation>Cluster entfernen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="648"/>
        <source>Remove cluster %1 and everything crawled from it? Curation of its topics (tags, owners, descriptions) is lost too.</source>
        <translation>Cluster %1 und alles, was von ihm gecrawlt wurde, entfernen? Die Pflege seiner Topics (Tags, Verantwortliche, Beschreibungen) geht ebenfalls verloren.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="665"/>
        <source>Cannot remove the cluster: %1</source>
        <translation>Der Cluster kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChannelsView</name>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="121"/>
        <source>Re&amp;quest access…</source>
        <translation>Zugriff &amp;beantragen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="124"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="125"/>
        <source>Read the channels, rules and grants again (F5)</source>
        <translation>Kanäle, Regeln und Freigaben neu lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="131"/>
        <source>&amp;Bindings</source>
        <translation>&amp;Bindungen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="132"/>
        <source>R&amp;ules</source>
        <translation>R&amp;egeln</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="133"/>
        <source>&amp;Grants</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="134"/>
        <source>Dry &amp;run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="135"/>
        <source>ACL &amp;drift</source>
        <translation>ACL-&amp;Abweichungen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="140"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="152"/>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="160"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="216"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="164"/>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="165"/>
        <source>Even if not in the catalog</source>
        <translation>Auch wenn nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="167"/>
        <source>B&amp;ind</source>
        <translation>B&amp;inden</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="169"/>
        <source>Rebind (&amp;migrate)</source>
        <translation>Neu binden (&amp;migrieren)</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="171"/>
        <source>U&amp;nbind</source>
        <translation>Bindung lö&amp;sen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="174"/>
        <source>Channe&amp;l</source>
        <translation>Kana&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="174"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="228"/>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="175"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="229"/>
        <source>Clu&amp;ster</source>
        <translation>Clu&amp;ster</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="175"/>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="210"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="223"/>
        <source>Add ru&amp;le</source>
        <translation>Rege&amp;l hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="225"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="228"/>
        <source>Hos&amp;t pattern</source>
        <translation>Hos&amp;t-Muster</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="228"/>
        <source>&amp;Path pattern</source>
        <translation>&amp;Pfad-Muster</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="229"/>
        <source>T&amp;opic template</source>
        <translation>T&amp;opic-Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="245"/>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="249"/>
        <source>&amp;Provision ACLs</source>
        <translation>ACLs &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="251"/>
        <source>Rev&amp;oke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="277"/>
        <source>A&amp;pplication:</source>
        <translation>A&amp;nwendung:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="278"/>
        <source>Channe&amp;l:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="279"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="280"/>
        <source>&amp;Intent:</source>
        <translation>&amp;Absicht:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="281"/>
        <source>Consumer gr&amp;oup:</source>
        <translation>Consumer-&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="283"/>
        <source>Re&amp;solve</source>
        <translation>Auf&amp;lösen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="307"/>
        <source>Compare with the c&amp;luster</source>
        <translation>Mit dem C&amp;luster vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="309"/>
        <source>Compare with the last cra&amp;wl</source>
        <translation>Mit dem letzten Cra&amp;wl vergleichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/ChannelsView.cpp" line="574"/>
        <source>Grant #%1: %n ACL(s) created, %2 in place already.</source>
        <translation>
            <numerusform>Freigabe #%1: %n ACL angelegt, %2 schon vorhanden.</numerusform>
            <numerusform>Freigabe #%1: %n ACLs angelegt, %2 schon vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/ChannelsView.cpp" line="595"/>
        <source>Revoked grant #%1; %n ACL(s) deleted, %2 kept for other grants.</source>
        <translation>
            <numerusform>Freigabe #%1 widerrufen; %n ACL gelöscht, %2 für andere Freigaben behalten.</numerusform>
            <numerusform>Freigabe #%1 widerrufen; %n ACLs gelöscht, %2 für andere Freigaben behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="202"/>
        <source>A rule routes every channel whose host and path match its patterns: &apos;*&apos; stands for one host label or one path segment; in the topic template {N} is path segment N (from 0) and {key} the last one. Explicit bindings win; among rules, the most specific.</source>
        <translation>Eine Regel leitet jeden Kanal, dessen Host und Pfad zu ihren Mustern passen: &apos;*&apos; steht für ein Host-Label oder ein Pfadsegment; in der Topic-Vorlage ist {N} das Pfadsegment N (ab 0) und {key} das letzte. Explizite Bindungen haben Vorrang; unter den Regeln die spezifischste.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <source>Topic template</source>
        <translation>Topic-Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Granted</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="242"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="253"/>
        <source>Revokes the grant and deletes exactly the ACLs it created</source>
        <translation>Widerruft die Freigabe und löscht genau die ACLs, die sie angelegt hat</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="270"/>
        <source>empty: the channel&apos;s only environment</source>
        <translation>leer: die einzige Umgebung des Kanals</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="273"/>
        <source>Produce</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="274"/>
        <source>Consume</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="275"/>
        <source>Any grant</source>
        <translation>Beliebige Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="276"/>
        <source>consumer group (optional)</source>
        <translation>Consumer-Gruppe (optional)</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="318"/>
        <source>ACL drift</source>
        <translation>ACL-Abweichungen</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="332"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="371"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="384"/>
        <source>Cannot read the channels: %1</source>
        <translation>Die Kanäle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="393"/>
        <source>Bound although the catalog did not know the topic</source>
        <translation>Gebunden, obwohl der Katalog das Topic nicht kannte</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="410"/>
        <source>From request %1</source>
        <translation>Aus Antrag %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="425"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="449"/>
        <source>Moving %1 in %2 to %3 on %4…</source>
        <translation>Verschiebe %1 in %2 nach %3 auf %4…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="458"/>
        <source>Moved %1 in %2 to %3 on %4; clients follow at their next refresh.</source>
        <translation>%1 in %2 nach %3 auf %4 verschoben; Clients folgen bei ihrer nächsten Aktualisierung.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="472"/>
        <source>The grants&apos; ACLs followed: %1 created, %2 deleted.</source>
        <translation>Die ACLs der Freigaben sind gefolgt: %1 angelegt, %2 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="488"/>
        <source>Bound %1 in %2 to %3 on %4.</source>
        <translation>%1 in %2 an %3 auf %4 gebunden.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="510"/>
        <source>Unbound %1 in %2.</source>
        <translation>%1 in %2 gelöst.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="525"/>
        <source>Added rule %1 in %2.</source>
        <translation>Regel %1 in %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="567"/>
        <source>Provisioning the ACLs of grant #%1…</source>
        <translation>Die ACLs der Freigabe #%1 werden eingerichtet…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="571"/>
        <source>Provisioning failed: %1</source>
        <translation>Einrichten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="588"/>
        <source>Revoking grant #%1…</source>
        <translation>Freigabe #%1 wird widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="592"/>
        <source>Revoking failed: %1</source>
        <translation>Widerruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="608"/>
        <source>Comparing the last crawl&apos;s ACLs with the grants…</source>
        <translation>Die ACLs des letzten Crawls werden mit den Freigaben verglichen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="608"/>
        <source>Reading the cluster&apos;s ACLs…</source>
        <translation>Die ACLs des Clusters werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="612"/>
        <source>Drift report failed: %1</source>
        <translation>Abweichungsbericht fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="617"/>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="618"/>
        <source>grant #%1: %2 %3 %4</source>
        <translation>Freigabe #%1: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="622"/>
        <source>Unexplained</source>
        <translation>Unerklärt</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="623"/>
        <source>no grant; not an application&apos;s principal</source>
        <translation>keine Freigabe; kein Principal einer Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="624"/>
        <source>no grant; principal of %1</source>
        <translation>keine Freigabe; Principal von %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="628"/>
        <source>No drift on %1.</source>
        <translation>Keine Abweichungen auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="629"/>
        <source>%1 missing, %2 unexplained on %3. %4</source>
        <translation>%1 fehlend, %2 unerklärt auf %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="678"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="681"/>
        <source>✓ %1 → topic %2 on cluster %3 (%4), environment %5, by %6; allowed by grant #%7 (%8).</source>
        <translation>✓ %1 → Topic %2 auf Cluster %3 (%4), Umgebung %5, über %6; erlaubt durch Freigabe #%7 (%8).</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="684"/>
        <source>binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="684"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="698"/>
        <source>Filed a request for %1 to %2 %3.</source>
        <translation>Antrag für %1 gestellt: %2 %3.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ClusterDialog</name>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="31"/>
        <source>Line %1: write a property as name=value</source>
        <translation>Zeile %1: Eigenschaft als name=wert schreiben</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="45"/>
        <source>Add a cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="45"/>
        <source>Edit cluster %1</source>
        <translation>Cluster %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="49"/>
        <source>e.g. prod-eu</source>
        <translation>z. B. prod-eu</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="61"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="64"/>
        <source>host:port[,host:port…]</source>
        <translation>host:port[,host:port…]</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="65"/>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="68"/>
        <source>security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=crawler</source>
        <translation>security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=crawler</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="74"/>
        <source>Client &amp;properties:</source>
        <translation>Client-&amp;Eigenschaften:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="75"/>
        <source>Passwords are not stored here: they belong in the vault.</source>
        <translation>Passwörter werden hier nicht gespeichert: Sie gehören in den Tresor.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="83"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="139"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterDialog.cpp" line="154"/>
        <source>Connected: %n broker(s), %1 topics</source>
        <translation>
            <numerusform>Verbunden: %n Broker, %1 Topics</numerusform>
            <numerusform>Verbunden: %n Broker, %1 Topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="160"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ClusterTreeModel</name>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="144"/>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="160"/>
        <source>crawling…</source>
        <translation>wird gecrawlt…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="147"/>
        <source>never crawled</source>
        <translation>nie gecrawlt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="154"/>
        <source>%n topic(s) · %1</source>
        <translation>
            <numerusform>%n Topic · %1</numerusform>
            <numerusform>%n Topics · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="156"/>
        <source>partial · %1</source>
        <translation>teilweise · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="158"/>
        <source>cancelled · %1</source>
        <translation>abgebrochen · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="161"/>
        <source>failed · %1</source>
        <translation>fehlgeschlagen · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="174"/>
        <source>Environment %1: %n cluster(s)</source>
        <translation>
            <numerusform>Umgebung %1: %n Cluster</numerusform>
            <numerusform>Umgebung %1: %n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="213"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="215"/>
        <source>In-process demo cluster: configs, consumer group listing and ACLs are not crawled.</source>
        <translation>Eingebetteter Demo-Cluster: Konfigurationen, die Liste der Consumer-Gruppen und ACLs werden nicht gecrawlt.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="218"/>
        <source>Last crawl: %1, %2</source>
        <translation>Letzter Crawl: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="220"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="222"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="224"/>
        <source>Not allowed to read: %1</source>
        <translation>Keine Leseberechtigung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="225"/>
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n Broker</numerusform>
            <numerusform>%n Broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="227"/>
        <source>%n under-replicated partition(s)</source>
        <translation>
            <numerusform>%n unterreplizierte Partition</numerusform>
            <numerusform>%n unterreplizierte Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="229"/>
        <source>Never crawled</source>
        <translation>Nie gecrawlt</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="244"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>Switchboard::ColumnChooser</name>
    <message>
        <location filename="../ui/widgets/ColumnChooser.cpp" line="11"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ColumnChooser.cpp" line="49"/>
        <source>Show &amp;all columns</source>
        <translation>&amp;Alle Spalten zeigen</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConfigTableModel</name>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="54"/>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="56"/>
        <source>broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="58"/>
        <source>broker file</source>
        <translation>Broker-Datei</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="60"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="73"/>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="90"/>
        <source>Set on this topic, overriding the cluster&apos;s default</source>
        <translation>Auf diesem Topic gesetzt, überschreibt den Standard des Clusters</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="101"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="102"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="103"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsumerGroupTableModel</name>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="46"/>
        <source>Partition %1: committed %2, lag %3</source>
        <translation>Partition %1: bestätigt %2, Rückstand %3</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="61"/>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="62"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="63"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="64"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
</context>
<context>
    <name>Switchboard::CrawlController</name>
    <message>
        <location filename="../ui/main/CrawlController.cpp" line="12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/CrawlController.cpp" line="14"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Switchboard::CrawlStrip</name>
    <message>
        <location filename="../ui/catalog/CrawlStrip.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CrawlStrip.cpp" line="32"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CrawlStrip.cpp" line="35"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialDialog</name>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="22"/>
        <source>Set credential of %1</source>
        <translation>Zugangsdaten von %1 festlegen</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="22"/>
        <source>Rotate credential of %1</source>
        <translation>Zugangsdaten von %1 rotieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="26"/>
        <source>The Kafka user %1 connects as. It replaces the current credential on that cluster at once; the secret is sealed in the vault.</source>
        <translation>Der Kafka-Benutzer, als der sich %1 verbindet. Er ersetzt die aktuellen Zugangsdaten auf diesem Cluster sofort; das Geheimnis wird im Tresor versiegelt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="28"/>
        <source>A new secret for the same user. The previous one stays valid for the grace period, so running clients pick the new one up at their next refresh. Roll the broker side first.</source>
        <translation>Ein neues Geheimnis für denselben Benutzer. Das bisherige bleibt während der Übergangsfrist gültig, sodass laufende Clients das neue bei ihrer nächsten Aktualisierung übernehmen. Stellen Sie zuerst den Broker um.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="36"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="40"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="43"/>
        <source>SASL mechanism</source>
        <translation>SASL-Mechanismus</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="46"/>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="51"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="52"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="55"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="57"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="59"/>
        <source>&amp;Generate a random secret (32 bytes)</source>
        <translation>Zufälliges Geheimnis &amp;erzeugen (32 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="64"/>
        <source>Grace period in hours</source>
        <translation>Übergangsfrist in Stunden</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="67"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="68"/>
        <source>none: the old secret ends now</source>
        <translation>keine: das alte Geheimnis endet sofort</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="69"/>
        <source>&amp;Grace period:</source>
        <translation>Über&amp;gangsfrist:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="78"/>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="78"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="93"/>
        <source>Register a cluster first.</source>
        <translation>Registrieren Sie zuerst einen Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="95"/>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="97"/>
        <source>Enter the secret.</source>
        <translation>Geben Sie das Geheimnis ein.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="97"/>
        <source>Enter the new secret or let one be generated.</source>
        <translation>Geben Sie das neue Geheimnis ein oder lassen Sie eines erzeugen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DecisionDialog</name>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="15"/>
        <source>Approve request</source>
        <translation>Antrag genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="15"/>
        <source>Decline request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to &lt;b&gt;%2&lt;/b&gt; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte &lt;tt&gt;%3&lt;/tt&gt; &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="19"/>
        <source>produce to</source>
        <translation>beschreiben</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="19"/>
        <source>consume from</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="22"/>
        <source> as consumer group &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation> als Consumer-Gruppe &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="24"/>
        <source>&lt;br&gt;New channel, bound on approval in %1 to topic &lt;tt&gt;%2&lt;/tt&gt; on %3</source>
        <translation>&lt;br&gt;Neuer Kanal, bei Genehmigung in %1 an Topic &lt;tt&gt;%2&lt;/tt&gt; auf %3 gebunden</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="28"/>
        <source>&lt;br&gt;Justification: %1</source>
        <translation>&lt;br&gt;Begründung: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="33"/>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Kommentar (optional):</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="33"/>
        <source>&amp;Reason (the requester reads it):</source>
        <translation>&amp;Begründung (der Antragsteller liest sie):</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="39"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="39"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="44"/>
        <source>Create topic %1 on %2</source>
        <translation>Topic %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="48"/>
        <source>Bind even if the catalog does not know the topic yet</source>
        <translation>Binden, auch wenn der Katalog das Topic noch nicht kennt</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="53"/>
        <source>Provision the ACLs on the cluster</source>
        <translation>Die ACLs auf dem Cluster einrichten</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="55"/>
        <source>Uses the application&apos;s principal on the cluster: WRITE and DESCRIBE on the topic for produce; READ and DESCRIBE, plus READ on the consumer group, for consume.</source>
        <translation>Verwendet den Principal der Anwendung auf dem Cluster: WRITE und DESCRIBE auf dem Topic zum Schreiben; READ und DESCRIBE, dazu READ auf der Consumer-Gruppe, zum Lesen.</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="62"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="62"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>Switchboard::DemoController</name>
    <message>
        <location filename="../ui/catalog/DemoController.cpp" line="259"/>
        <source>The push to the demo routing service failed (version %1): %2</source>
        <translation>Das Verteilen an den Demo-Routing-Dienst ist fehlgeschlagen (Version %1): %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::DescriptionDialog</name>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="15"/>
        <source>Description of %1</source>
        <translation>Beschreibung von %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="18"/>
        <source>Markdown: **bold**, *italic*, `code`, lists, links.</source>
        <translation>Markdown: **fett**, *kursiv*, `Code`, Listen, Links.</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="22"/>
        <source>Description (Markdown)</source>
        <translation>Beschreibung (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="26"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>Switchboard::ExportConfigDialog</name>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="28"/>
        <source>Export Client Configuration</source>
        <translation>Client-Konfiguration exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="41"/>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="42"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="43"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="50"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="86"/>
        <source>No application has a grant on a channel yet. Grant one in the Channels view first.</source>
        <translation>Noch keine Anwendung hat eine Berechtigung für einen Kanal. Erteilen Sie zuerst eine in der Ansicht „Kanäle“.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryTableModel</name>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="32"/>
        <source>Appeared</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="34"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="36"/>
        <source>Re-created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="38"/>
        <source>Partition count changed</source>
        <translation>Anzahl der Partitionen geändert</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="40"/>
        <source>Replication factor changed</source>
        <translation>Replikationsfaktor geändert</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="42"/>
        <source>Setting %1 changed</source>
        <translation>Einstellung %1 geändert</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="67"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="68"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="69"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="70"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Switchboard::LookupPanel</name>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="41"/>
        <source>Channel to look up</source>
        <translation>Abzufragender Kanal</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="44"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="47"/>
        <source>Config profile</source>
        <translation>Konfigurationsprofil</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="48"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="51"/>
        <source>Environment (kafka.env)</source>
        <translation>Umgebung (kafka.env)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="52"/>
        <source>optional: kafka.env, needed when the channel is bound in several environments</source>
        <translation>optional: kafka.env, nötig, wenn der Kanal in mehreren Umgebungen gebunden ist</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="53"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="56"/>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="57"/>
        <source>As&amp;k:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="60"/>
        <source>Routing token</source>
        <translation>Routing-Token</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="62"/>
        <source>the application&apos;s routing token (sbt_…); a token issued in this window is filled in</source>
        <translation>das Routing-Token der Anwendung (sbt_…); ein in diesem Fenster ausgestelltes Token wird eingesetzt</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="63"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="66"/>
        <source>&amp;Look up</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="77"/>
        <source>Lookup answer</source>
        <translation>Antwort der Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="80"/>
        <source>The answer an SDK gets, secrets redacted.</source>
        <translation>Die Antwort, die ein SDK erhält, Geheimnisse geschwärzt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="101"/>
        <source>Routing service %1 (%2)</source>
        <translation>Routing-Dienst %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="102"/>
        <source>This catalog (computed locally)</source>
        <translation>Dieser Katalog (lokal berechnet)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="140"/>
        <source>no token given to ask %1 with</source>
        <translation>kein Token angegeben, um %1 zu fragen</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="147"/>
        <source>no routing service is registered</source>
        <translation>kein Routing-Dienst ist registriert</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="170"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt …</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="179"/>
        <source>routing service %1 did not answer: %2</source>
        <translation>Routing-Dienst %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="182"/>
        <source>Answer from routing service %1 (%2)</source>
        <translation>Antwort von Routing-Dienst %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="204"/>
        <source>Computed locally from this catalog by the routing service&apos;s own code (not asked over HTTP)</source>
        <translation>Lokal aus diesem Katalog berechnet, mit dem Code des Routing-Dienstes (nicht über HTTP gefragt)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="222"/>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/applications/LookupPanel.cpp" line="227"/>
        <source>(not JSON: %n byte(s))</source>
        <translation>
            <numerusform>(kein JSON: %n Byte)</numerusform>
            <numerusform>(kein JSON: %n Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="63"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="75"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="99"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="101"/>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="118"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="150"/>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="94"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="191"/>
        <source>not enrolled</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>platform member</source>
        <translation>Plattform-Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="193"/>
        <source>developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="194"/>
        <source>Workspace %1: %2, %3</source>
        <translation>Arbeitsbereich %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="197"/>
        <source>%n change(s) wait to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="199"/>
        <source>%n record(s) ignored</source>
        <translation>
            <numerusform>%n Eintrag ignoriert</numerusform>
            <numerusform>%n Einträge ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="201"/>
        <source>Shared through the Kafka cluster %1; switchboard-cli workspace sync sends and receives the changes</source>
        <translation>Geteilt über den Kafka-Cluster %1; switchboard-cli workspace sync sendet und empfängt die Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="226"/>
        <source>The demo&apos;s routing service needs the vault: unlock it (or create it) so the demo applications get their credentials and tokens and the demo state is pushed.</source>
        <translation>Der Routing-Dienst der Demo braucht den Tresor: Entsperren (oder erstellen) Sie ihn, damit die Demo-Anwendungen ihre Zugangsdaten und Tokens bekommen und der Demo-Stand verteilt wird.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="228"/>
        <source>&amp;Unlock the vault…</source>
        <translation>Tresor &amp;entsperren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237"/>
        <source>Starting the demo&apos;s routing service and pushing the demo state to it…</source>
        <translation>Der Routing-Dienst der Demo wird gestartet und der Demo-Stand an ihn verteilt…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>The demo is ready: its routing service at %1 answers lookups for the demo applications. Try it: approve a pending request (Requests), push (Routing), export a snippet (Vault menu).</source>
        <translation>Die Demo ist bereit: Ihr Routing-Dienst unter %1 beantwortet Abfragen der Demo-Anwendungen. Probieren Sie es aus: einen offenen Antrag genehmigen (Anträge), verteilen (Routing), einen Ausschnitt exportieren (Menü Tresor).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249"/>
        <source>The demo&apos;s routing service is not available: %1</source>
        <translation>Der Routing-Dienst der Demo ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="267"/>
        <source>&amp;Add cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="271"/>
        <source>&amp;Edit cluster…</source>
        <translation>Cluster &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;Remove cluster…</source>
        <translation>Cluster &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="280"/>
        <source>&amp;Crawl cluster</source>
        <translation>Cluster &amp;crawlen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="283"/>
        <source>Crawl the selected cluster (Ctrl+Shift+R)</source>
        <translation>Den ausgewählten Cluster crawlen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="285"/>
        <source>Crawl &amp;all</source>
        <translation>&amp;Alle crawlen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="288"/>
        <source>Crawl every cluster (Ctrl+R)</source>
        <translation>Alle Cluster crawlen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="290"/>
        <source>Ca&amp;ncel crawl</source>
        <translation>Crawl abbrec&amp;hen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="293"/>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="295"/>
        <source>The demo cluster, a demo team and a routing service, all inside Switchboard</source>
        <translation>Der Demo-Cluster, ein Demo-Team und ein Routing-Dienst, alles in Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="297"/>
        <source>&amp;Find topics</source>
        <translation>Topics &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>Re&amp;quest access…</source>
        <translation>Zugriff &amp;beantragen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>Ask for an application to produce to or consume from the selected topic</source>
        <translation>Für eine Anwendung Schreib- oder Lesezugriff auf das ausgewählte Topic beantragen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="318"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="321"/>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="326"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>Show &amp;deleted topics</source>
        <translation>&amp;Gelöschte Topics zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="341"/>
        <source>Topic &amp;columns</source>
        <translation>Topic-&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="343"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="351"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="354"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>&amp;Export Client Configuration…</source>
        <translation>Client-Konfiguration e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360"/>
        <source>V&amp;ault</source>
        <translation>T&amp;resor</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="371"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="375"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="422"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="472"/>
        <source>The vault is unlocked.</source>
        <translation>Der Tresor ist entsperrt.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="483"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="504"/>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="506"/>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="507"/>
        <source>&lt;p&gt;A self-service catalog portal for Apache Kafka: find topics, curate them, request access and route clients.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and librdkafka.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Self-Service-Katalogportal für Apache Kafka: Topics finden und pflegen, Zugriff beantragen und Clients leiten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 und librdkafka.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="33"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Switchboard::PartitionTableModel</name>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="51"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="72"/>
        <source>Offline: no leader</source>
        <translation>Offline: kein Leader</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="74"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Unterrepliziert: %1 von %2 Replikaten synchron</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="87"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="88"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="89"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="90"/>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="91"/>
        <source>Low watermark</source>
        <translation>Untere Marke</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="92"/>
        <source>High watermark</source>
        <translation>Obere Marke</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="93"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProfileListModel</name>
    <message>
        <location filename="../ui/profiles/ProfileListModel.cpp" line="40"/>
        <source>%1  (%2, built-in)</source>
        <translation>%1  (%2, eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileListModel.cpp" line="40"/>
        <source>%1  (%2, v%3)</source>
        <translation>%1  (%2, v%3)</translation>
    </message>
</context>
<context>
    <name>Switchboard::Profiles</name>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="46"/>
        <source>No acknowledged record is lost and none is written twice, at some cost in latency.</source>
        <translation>Keine bestätigte Nachricht geht verloren und keine wird doppelt geschrieben, auf Kosten etwas höherer Latenz.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="48"/>
        <source>The leader answers only once every in-sync replica has the record, so a broker failure right after the acknowledgement loses nothing.</source>
        <translation>Der Leader antwortet erst, wenn jedes In-Sync-Replikat die Nachricht hat; fällt ein Broker direkt nach der Bestätigung aus, geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="51"/>
        <source>Retries cannot write a record twice or reorder records: the broker drops duplicates by producer id and sequence number.</source>
        <translation>Wiederholungen können keine Nachricht doppelt schreiben und die Reihenfolge nicht vertauschen: der Broker verwirft Duplikate anhand von Producer-ID und Sequenznummer.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="54"/>
        <source>The highest value that idempotence allows while keeping order; more is refused.</source>
        <translation>Der höchste Wert, den Idempotenz bei erhaltener Reihenfolge zulässt; mehr wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="56"/>
        <source>A record is retried for up to two minutes (the Java default; librdkafka&apos;s is five), then reported as failed so the application can react instead of waiting.</source>
        <translation>Eine Nachricht wird bis zu zwei Minuten lang wiederholt (der Java-Standard; bei librdkafka sind es fünf) und dann als fehlgeschlagen gemeldet, damit die Anwendung reagieren kann, statt zu warten.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="59"/>
        <source>Large, compressed batches for bulk and streaming loads, trading a little latency.</source>
        <translation>Große, komprimierte Batches für Massen- und Streaming-Lasten, um den Preis etwas höherer Latenz.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="61"/>
        <source>Waiting up to 50 ms lets batches fill: fewer, larger requests and better compression.</source>
        <translation>Bis zu 50 ms Wartezeit lassen Batches sich füllen: weniger, größere Anfragen und bessere Kompression.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="63"/>
        <source>Batches of up to 1 MiB so a busy partition is not cut into many small requests.</source>
        <translation>Batches bis 1 MiB, damit eine ausgelastete Partition nicht in viele kleine Anfragen zerfällt.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="65"/>
        <source>LZ4 compresses quickly with little CPU and typically halves network and disk use.</source>
        <translation>LZ4 komprimiert schnell mit wenig CPU und halbiert typischerweise die Netzwerk- und Plattennutzung.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="67"/>
        <source>Throughput comes from batching, not from giving up durability.</source>
        <translation>Der Durchsatz kommt vom Bündeln in Batches, nicht vom Verzicht auf Dauerhaftigkeit.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="69"/>
        <source>Each record leaves at once, for request/response and interactive traffic.</source>
        <translation>Jede Nachricht geht sofort hinaus, für Request/Response- und interaktiven Verkehr.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="71"/>
        <source>Do not wait for a batch to fill: send as soon as a record is produced.</source>
        <translation>Nicht warten, bis ein Batch voll ist: senden, sobald eine Nachricht erzeugt wird.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="73"/>
        <source>Small records gain little from compression, and compressing costs time on both ends.</source>
        <translation>Kleine Nachrichten gewinnen wenig durch Kompression, und Komprimieren kostet auf beiden Seiten Zeit.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="75"/>
        <source>Only the leader acknowledges, saving the replication round trip; a record can be lost if the leader fails before its followers copy it. Use durableWrite when that matters.</source>
        <translation>Nur der Leader bestätigt, das spart den Replikations-Roundtrip; eine Nachricht kann verloren gehen, wenn der Leader ausfällt, bevor seine Follower sie kopiert haben. Verwenden Sie durableWrite, wenn das wichtig ist.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="78"/>
        <source>Fewer, larger fetches for consumers that process data in bulk.</source>
        <translation>Weniger, größere Fetches für Consumer, die Daten in großen Mengen verarbeiten.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="80"/>
        <source>The broker answers once 1 MiB is ready (or the wait ends), so each fetch carries a lot.</source>
        <translation>Der Broker antwortet, sobald 1 MiB bereitliegt (oder die Wartezeit endet), sodass jeder Fetch viel transportiert.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="82"/>
        <source>The longest the broker holds a fetch to gather fetch.min.bytes; bounds the added latency.</source>
        <translation>Die längste Zeit, die der Broker einen Fetch zurückhält, um fetch.min.bytes zu sammeln; begrenzt die zusätzliche Latenz.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="84"/>
        <source>Up to 4 MiB per partition and fetch, so a busy partition is drained in few round trips.</source>
        <translation>Bis zu 4 MiB pro Partition und Fetch, sodass eine ausgelastete Partition in wenigen Roundtrips geleert wird.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="86"/>
        <source>Up to 100 MiB per fetch response across partitions.</source>
        <translation>Bis zu 100 MiB pro Fetch-Antwort über alle Partitionen.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="88"/>
        <source>At-least-once processing: offsets are committed by the application after the work is done.</source>
        <translation>At-least-once-Verarbeitung: die Anwendung committet die Offsets, nachdem die Arbeit erledigt ist.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="90"/>
        <source>The application commits offsets itself after processing, so a crash re-reads records instead of skipping them.</source>
        <translation>Die Anwendung committet Offsets selbst nach der Verarbeitung, sodass nach einem Absturz Nachrichten erneut gelesen statt übersprungen werden.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="93"/>
        <source>Records of aborted or still open transactions are never delivered.</source>
        <translation>Nachrichten abgebrochener oder noch offener Transaktionen werden nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="95"/>
        <source>A new consumer group starts at the oldest record rather than silently skipping history.</source>
        <translation>Eine neue Consumer-Gruppe beginnt bei der ältesten Nachricht, statt die Historie stillschweigend zu überspringen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProfilesView</name>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="65"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="69"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="84"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="85"/>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="90"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="91"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="60"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="67"/>
        <source>Co&amp;py…</source>
        <translation>&amp;Kopieren…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="96"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="108"/>
        <source>Add p&amp;roperty</source>
        <translation>Eigenschaft hinzufü&amp;gen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="110"/>
        <source>Re&amp;move property</source>
        <translation>Eigenschaft ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="112"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="124"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="127"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="255"/>
        <source>Built-in profiles do not change. Copy one to adapt it.</source>
        <translation>Eingebaute Profile ändern sich nicht. Kopieren Sie eines, um es anzupassen.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="265"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="313"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="324"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="324"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="348"/>
        <source>Copy profile</source>
        <translation>Profil kopieren</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="348"/>
        <source>Name of the copy of %1:</source>
        <translation>Name der Kopie von %1:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="360"/>
        <source>Copied %1 to %2</source>
        <translation>%1 nach %2 kopiert</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="377"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="381"/>
        <source>Saved %1 (version %2)</source>
        <translation>%1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="392"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="392"/>
        <source>Delete the profile %1? Its history stays in the audit log.</source>
        <translation>Das Profil %1 löschen? Sein Verlauf bleibt im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="401"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>Switchboard::Reader</name>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="97"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="115"/>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="145"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="166"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Switchboard::RequestAccessDialog</name>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="42"/>
        <source>Request access</source>
        <translation>Zugriff beantragen</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="53"/>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="57"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="60"/>
        <source>Produce</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="61"/>
        <source>Consume</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="62"/>
        <source>&amp;Intent:</source>
        <translation>A&amp;bsicht:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="65"/>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="66"/>
        <source>the consumer group the application uses</source>
        <translation>die Consumer-Gruppe, die die Anwendung verwendet</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="67"/>
        <source>Any group starting with this (prefix)</source>
        <translation>Jede Gruppe, die so beginnt (Präfix)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="72"/>
        <source>Consumer group:</source>
        <translation>Consumer-Gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="75"/>
        <source>Why the application needs this</source>
        <translation>Warum die Anwendung das braucht</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="77"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="80"/>
        <source>New channel: bind it on approval to</source>
        <translation>Neuer Kanal: bei Genehmigung binden an</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="91"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="92"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="93"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="102"/>
        <source>&amp;File request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="236"/>
        <source>Choose the application the access is for (a platform engineer registers applications).</source>
        <translation>Wählen Sie die Anwendung, für die der Zugriff ist (Anwendungen registriert ein Plattform-Engineer).</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="247"/>
        <source>Filing the request…</source>
        <translation>Die Anfrage wird eingereicht…</translation>
    </message>
</context>
<context>
    <name>Switchboard::RequestTableModel</name>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="54"/>
        <source>New channel, proposed for topic %1 on %2 (%3)</source>
        <translation>Neuer Kanal, vorgeschlagen für Topic %1 auf %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="65"/>
        <source>Produce</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="65"/>
        <source>Consume</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="67"/>
        <source>%1 (new: %2)</source>
        <translation>%1 (neu: %2)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="89"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="91"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="93"/>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="95"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="97"/>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="99"/>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="101"/>
        <source>Filed</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="103"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="105"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Switchboard::RequestsView</name>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="53"/>
        <source>All requests</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="48"/>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="58"/>
        <source>Re&amp;quest access…</source>
        <translation>Zugriff &amp;beantragen…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="60"/>
        <source>A&amp;pprove…</source>
        <translation>Genehmi&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="62"/>
        <source>&amp;Decline…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="64"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="66"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="67"/>
        <source>Read the requests again (F5)</source>
        <translation>Anträge neu lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="81"/>
        <source>Access requests</source>
        <translation>Zugriffsanträge</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="168"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="156"/>
        <source>Cannot read the requests: %1</source>
        <translation>Die Anträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="229"/>
        <source>&lt;i&gt;Select a request to see its justification and decision.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Antrag, um Begründung und Entscheidung zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="233"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · filed by %3 on %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · gestellt von %3 am %4</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="237"/>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="239"/>
        <source>New channel: bind in %1 to topic %2 on %3</source>
        <translation>Neuer Kanal: in %1 an Topic %2 auf %3 binden</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="242"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="245"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="257"/>
        <source>Filed request for %1 to %2 %3; a platform engineer decides.</source>
        <translation>Antrag für %1 gestellt: %2 %3; ein Plattform-Engineer entscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="299"/>
        <source>Approving…</source>
        <translation>Wird genehmigt…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="303"/>
        <source>Approval failed: %1</source>
        <translation>Genehmigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="306"/>
        <source>Approved: %1 may %2 %3 (grant #%4).</source>
        <translation>Genehmigt: %1 darf %3 %2 (Freigabe #%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestsView.cpp" line="311"/>
        <source>%n ACL(s) created.</source>
        <translation>
            <numerusform>%n ACL angelegt.</numerusform>
            <numerusform>%n ACLs angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="340"/>
        <source>The routing services answer with it after a push.</source>
        <translation>Die Routing-Dienste antworten damit nach einer Übertragung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestsView.cpp" line="341"/>
        <source>&amp;Push to %n routing service(s)</source>
        <translation>
            <numerusform>An %n Routing-Dienst &amp;übertragen</numerusform>
            <numerusform>An %n Routing-Dienste &amp;übertragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="362"/>
        <source>Declining failed: %1</source>
        <translation>Ablehnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="365"/>
        <source>Declined; the requester sees your reason.</source>
        <translation>Abgelehnt; die antragstellende Person sieht Ihren Grund.</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="386"/>
        <source>Withdrawing failed: %1</source>
        <translation>Zurückziehen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="389"/>
        <source>Request withdrawn.</source>
        <translation>Antrag zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RoleSelector</name>
    <message>
        <location filename="../ui/requests/RoleSelector.cpp" line="13"/>
        <source>What this desktop offers you. A setting, not a permission: enforcement between people comes with the shared workspace.</source>
        <translation>Was dieser Desktop Ihnen anbietet. Eine Einstellung, keine Berechtigung: Durchsetzung zwischen Personen kommt mit dem gemeinsamen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RoutersView</name>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Routing service</source>
        <translation>Routing-Dienst</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Version held</source>
        <translation>Vorhandene Version</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="67"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="59"/>
        <source>Routing services</source>
        <translation>Routing-Dienste</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="65"/>
        <source>&amp;Push to all</source>
        <translation>An alle &amp;verteilen</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="66"/>
        <source>Push to &amp;selected</source>
        <translation>An &amp;ausgewählte verteilen</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="68"/>
        <source>Read the routing services and their state again (F5)</source>
        <translation>Routing-Dienste und ihren Stand neu lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="71"/>
        <source>&amp;Register…</source>
        <translation>&amp;Registrieren…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="73"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="78"/>
        <source>Push a&amp;utomatically</source>
        <translation>A&amp;utomatisch verteilen</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="80"/>
        <source>After every approval, revocation, re-binding, rotation or new token, push the bundle to the routing services that no longer hold the current state. A setting of the catalog: the command-line tool follows it too.</source>
        <translation>Nach jeder Genehmigung, jedem Widerruf, jeder Neubindung, Rotation oder jedem neuen Token das Bundle an die Routing-Dienste verteilen, die nicht mehr den aktuellen Stand haben. Eine Einstellung des Katalogs: das Kommandozeilenwerkzeug folgt ihr ebenfalls.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="107"/>
        <source>Cannot change the automatic push: %1</source>
        <translation>Das automatische Verteilen kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="120"/>
        <source>%1: push of version %2 failed: %3</source>
        <translation>%1: Verteilen von Version %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="129"/>
        <source>Every routing service holds the current bundle.</source>
        <translation>Jeder Routing-Dienst hat das aktuelle Bundle.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="154"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="199"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="203"/>
        <source>never pushed</source>
        <translation>nie verteilt</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="205"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="207"/>
        <source>stale: the catalog changed since</source>
        <translation>veraltet: der Katalog hat sich seitdem geändert</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="209"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="218"/>
        <source>No routing services registered: Register… (or switchboard-cli router add NAME URL PUBLIC_KEY).</source>
        <translation>Keine Routing-Dienste registriert: Registrieren… (oder switchboard-cli router add NAME URL PUBLIC_KEY).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/push/RoutersView.cpp" line="220"/>
        <source>%n routing service(s) do not hold the current approved state: push.</source>
        <translation>
            <numerusform>%n Routing-Dienst hat nicht den aktuellen genehmigten Stand: verteilen.</numerusform>
            <numerusform>%n Routing-Dienste haben nicht den aktuellen genehmigten Stand: verteilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="222"/>
        <source>All routing services hold the current approved state.</source>
        <translation>Alle Routing-Dienste haben den aktuellen genehmigten Stand.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="268"/>
        <source>Unlock the vault to push: the bundle carries sealed credentials and is signed with the portal key kept there.</source>
        <translation>Entsperren Sie den Tresor zum Verteilen: Das Bundle enthält versiegelte Zugangsdaten und wird mit dem dort verwahrten Portalschlüssel signiert.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="280"/>
        <source>Compiling and signing the bundle...</source>
        <translation>Bundle wird erstellt und signiert...</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="293"/>
        <source>Pushing version %1...</source>
        <translation>Version %1 wird verteilt...</translation>
    </message>
</context>
<context>
    <name>Switchboard::RoutingServiceDialog</name>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="20"/>
        <source>Edit routing service</source>
        <translation>Routing-Dienst bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="20"/>
        <source>Register a routing service</source>
        <translation>Routing-Dienst registrieren</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="28"/>
        <source>what switchboard-router keygen printed</source>
        <translation>was switchboard-router keygen ausgegeben hat</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="32"/>
        <source>only for a private CA or a self-signed certificate</source>
        <translation>nur für eine private CA oder ein selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="33"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="47"/>
        <source>Trusts the system&apos;s CAs only.</source>
        <translation>Vertraut nur den CAs des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="48"/>
        <source>Trusts its registered CA certificates; choose a file to replace them, or clear to keep them.</source>
        <translation>Vertraut seinen registrierten CA-Zertifikaten; wählen Sie eine Datei, um sie zu ersetzen, oder leeren Sie das Feld, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="56"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="57"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="31"/>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="58"/>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="68"/>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="68"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="82"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="26"/>
        <source>I work as</source>
        <translation>Ich arbeite als</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="28"/>
        <source>&amp;Platform engineer: curate the catalog, approve requests</source>
        <translation>&amp;Plattform-Engineer: Katalog pflegen, Anträge genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="30"/>
        <source>&amp;Developer: find topics, request access, export client settings</source>
        <translation>&amp;Entwickler: Topics finden, Zugriff beantragen, Client-Einstellungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="50"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="59"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="60"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="62"/>
        <source>&amp;Crawl every cluster every:</source>
        <translation>Alle Cluster &amp;crawlen alle:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="67"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="68"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="70"/>
        <source>Colo&amp;urs:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="72"/>
        <source>A new language applies to windows opened from now on; restart Switchboard to see it everywhere.</source>
        <translation>Eine neue Sprache gilt für Fenster, die ab jetzt geöffnet werden; starten Sie Switchboard neu, um sie überall zu sehen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SnippetDialog</name>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="54"/>
        <source>Client configuration for %1</source>
        <translation>Client-Konfiguration für %1</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="59"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="76"/>
        <source>&amp;Reveal secret</source>
        <translation>Geheimnis &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="96"/>
        <source>Client configuration</source>
        <translation>Client-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="107"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="109"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="122"/>
        <source>Save snippet</source>
        <translation>Ausschnitt speichern</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="204"/>
        <source>The secret is shown. Copies are cleared from the clipboard after %1 s.</source>
        <translation>Das Geheimnis wird angezeigt. Kopien werden nach %1 s aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="206"/>
        <source>Secrets are redacted.</source>
        <translation>Geheimnisse sind geschwärzt.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="232"/>
        <source>Copied, with the secret; the clipboard is cleared in %1 s.</source>
        <translation>Mit dem Geheimnis kopiert; die Zwischenablage wird in %1 s geleert.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="234"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="241"/>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="248"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="253"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Switchboard::TagEditor</name>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="21"/>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="22"/>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="64"/>
        <source>Remove the tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Switchboard::TokenDialog</name>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="19"/>
        <source>Issue token for %1</source>
        <translation>Token für %1 ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="22"/>
        <source>The application presents the token to the routing service (HTTP Basic auth: user %1, the token as password). It is shown once; Switchboard keeps only a keyed hash.</source>
        <translation>Die Anwendung legt das Token dem Routing-Dienst vor (HTTP Basic Auth: Benutzer %1, das Token als Passwort). Es wird einmal angezeigt; Switchboard behält nur einen Hash mit Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="31"/>
        <source>Token label</source>
        <translation>Bezeichnung des Tokens</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="32"/>
        <source>what the token is for, e.g. production deployment</source>
        <translation>wofür das Token ist, z. B. Produktivbetrieb</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="33"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="36"/>
        <source>Expires in days</source>
        <translation>Läuft ab in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="38"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="39"/>
        <source>never (until revoked)</source>
        <translation>nie (bis zum Widerruf)</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="40"/>
        <source>&amp;Expires in:</source>
        <translation>Läuft &amp;ab in:</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="42"/>
        <source>&amp;Issue token</source>
        <translation>Token &amp;ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="58"/>
        <source>Issued token</source>
        <translation>Ausgestelltes Token</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="61"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="63"/>
        <source>Copies the token as a secret: clipboard managers do not keep it, and it is cleared after 30 s</source>
        <translation>Kopiert das Token als Geheimnis: Zwischenablage-Verwaltungen behalten es nicht, und es wird nach 30 s gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="88"/>
        <source>Token %1 issued. Copy it now: it is not shown again.</source>
        <translation>Token %1 ausgestellt. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="112"/>
        <source>Copied as a secret: clipboard managers do not keep it, and it is cleared in 30 s. The token is not shown again once this dialog closes.</source>
        <translation>Als Geheimnis kopiert: Zwischenablage-Verwaltungen behalten es nicht, und es wird in 30 s gelöscht. Das Token wird nach dem Schließen dieses Dialogs nicht mehr angezeigt.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicDetailView</name>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="55"/>
        <source>Select a topic to see its partitions, configuration, consumers and history.</source>
        <translation>Wählen Sie ein Topic, um seine Partitionen, Konfiguration, Consumer und Geschichte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="89"/>
        <source>Owner team, e.g. team-billing</source>
        <translation>Verantwortliches Team, z. B. team-billing</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="94"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="96"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="99"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="101"/>
        <source>&amp;Edit description…</source>
        <translation>Beschreibung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="106"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="110"/>
        <source>Important settings (overridden ones in bold)</source>
        <translation>Wichtige Einstellungen (überschriebene fett)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="115"/>
        <source>Important settings</source>
        <translation>Wichtige Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="121"/>
        <source>O&amp;verview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="126"/>
        <source>&amp;Partitions</source>
        <translation>&amp;Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="128"/>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="132"/>
        <source>Co&amp;nsumers</source>
        <translation>Co&amp;nsumer</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="134"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="139"/>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="218"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="220"/>
        <source>cluster %1 (%2)</source>
        <translation>Cluster %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="221"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="222"/>
        <source>replication %1</source>
        <translation>Replikation %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="224"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="226"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="228"/>
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n unterrepliziert</numerusform>
            <numerusform>%n unterrepliziert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="230"/>
        <source>deleted %1</source>
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="237"/>
        <source>*No description yet.* Use **Edit description** to say what the topic carries, who produces it and how to consume it.</source>
        <translation>*Noch keine Beschreibung.* Mit **Beschreibung bearbeiten** sagen Sie, was das Topic enthält, wer hineinschreibt und wie man es liest.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="246"/>
        <source>No configuration was crawled for this cluster (the demo cluster does not answer DescribeConfigs).</source>
        <translation>Für diesen Cluster wurde keine Konfiguration gecrawlt (der Demo-Cluster beantwortet DescribeConfigs nicht).</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="259"/>
        <source>Messages and rate over the crawls</source>
        <translation>Nachrichten und Rate über die Crawls</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="268"/>
        <location filename="../ui/topics/TopicDetailView.cpp" line="302"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="272"/>
        <source>Rate (msg/s)</source>
        <translation>Rate (Nachr./s)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="309"/>
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="319"/>
        <source>Messages and rate over the crawls (a rate needs two crawls)</source>
        <translation>Nachrichten und Rate über die Crawls (eine Rate braucht zwei Crawls)</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicTableModel</name>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="220"/>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="223"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="225"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="226"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="238"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="245"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="278"/>
        <source>Deleted from %1 on %2</source>
        <translation>Aus %1 gelöscht am %2</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="294"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="295"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="296"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="297"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="298"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="299"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="300"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="301"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="302"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="303"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="304"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="309"/>
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation>Partitionen mit weniger synchronen Replikaten als Replikaten</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="310"/>
        <source>Messages retained: the sum of high minus low watermarks</source>
        <translation>Vorgehaltene Nachrichten: Summe aus oberer minus unterer Marke</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="311"/>
        <source>Messages per second between the last two crawls</source>
        <translation>Nachrichten pro Sekunde zwischen den letzten beiden Crawls</translation>
    </message>
</context>
<context>
    <name>Switchboard::UnlockDialog</name>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="53"/>
        <source>Create the vault</source>
        <translation>Den Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="54"/>
        <source>Secrets (credentials, tokens, the signing key) are encrypted in the catalog. Choose a passphrase of at least %1 characters: it unlocks the vault and recovers it if the OS keychain is lost. It cannot be recovered if you forget it.</source>
        <translation>Geheimnisse (Zugangsdaten, Tokens, der Signierschlüssel) werden im Katalog verschlüsselt. Wählen Sie eine Passphrase mit mindestens %1 Zeichen: Sie entsperrt den Tresor und stellt ihn wieder her, falls der Schlüsselbund des Systems verloren geht. Vergessen Sie sie, lässt sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="59"/>
        <location filename="../ui/vault/UnlockDialog.cpp" line="66"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="60"/>
        <location filename="../ui/vault/UnlockDialog.cpp" line="76"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="63"/>
        <source>Unlock the vault</source>
        <translation>Den Tresor entsperren</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="64"/>
        <source>Enter the vault passphrase to use stored secrets.</source>
        <translation>Geben Sie die Passphrase des Tresors ein, um gespeicherte Geheimnisse zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="69"/>
        <source>Change the vault passphrase</source>
        <translation>Die Passphrase des Tresors ändern</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="70"/>
        <source>The stored secrets stay as they are; only the passphrase that protects their key changes.</source>
        <translation>Die gespeicherten Geheimnisse bleiben, wie sie sind; nur die Passphrase, die ihren Schlüssel schützt, ändert sich.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="74"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="75"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="80"/>
        <source>Remember in the OS &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="86"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="86"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="86"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="111"/>
        <source>Asking the OS keychain…</source>
        <translation>Der Schlüsselbund des Systems wird gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="118"/>
        <source>The OS keychain did not open the vault. Enter the vault passphrase.</source>
        <translation>Der Schlüsselbund des Systems hat den Tresor nicht geöffnet. Geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="151"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
</TS>
