<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="26"/>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="27"/>
        <source>Reading topics and brokers</source>
        <translation>Reading topics and brokers</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="28"/>
        <source>Reading topic configurations</source>
        <translation>Reading topic configurations</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="29"/>
        <source>Reading watermarks</source>
        <translation>Reading watermarks</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="30"/>
        <source>Reading consumer groups</source>
        <translation>Reading consumer groups</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="31"/>
        <source>Reading committed offsets</source>
        <translation>Reading committed offsets</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="32"/>
        <source>Reading ACLs</source>
        <translation>Reading ACLs</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="33"/>
        <source>Saving to the catalog</source>
        <translation>Saving to the catalog</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlTypes.cpp" line="34"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="87"/>
        <source>not authorized</source>
        <translation>not authorized</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="93"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="95"/>
        <source>members of %n consumer group(s) (%1): %2</source>
        <translation>
            <numerusform>members of %n consumer group (%1): %2</numerusform>
            <numerusform>members of %n consumer groups (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="96"/>
        <source>committed offsets of %n consumer group(s) (%1): %2</source>
        <translation>
            <numerusform>committed offsets of %n consumer group (%1): %2</numerusform>
            <numerusform>committed offsets of %n consumer groups (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="224"/>
        <source>Cannot record the crawl in the catalog: %1</source>
        <translation>Cannot record the crawl in the catalog: %1</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="267"/>
        <source>authentication failed: no crawler password for %1 (set %2 or enter it when asked)</source>
        <translation>authentication failed: no crawler password for %1 (set %2 or enter it when asked)</translation>
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
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="367"/>
        <source>topic configurations (not authorized)</source>
        <translation>topic configurations (not authorized)</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="377"/>
        <source>configurations of %n topic(s) (not authorized)</source>
        <translation>
            <numerusform>configurations of %n topic (not authorized)</numerusform>
            <numerusform>configurations of %n topics (not authorized)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="403"/>
        <source>watermarks (not authorized)</source>
        <translation>watermarks (not authorized)</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="417"/>
        <source>watermarks of %n partition(s) (not authorized)</source>
        <translation>
            <numerusform>watermarks of %n partition (not authorized)</numerusform>
            <numerusform>watermarks of %n partitions (not authorized)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="433"/>
        <source>consumer groups (not authorized)</source>
        <translation>consumer groups (not authorized)</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/Crawler.cpp" line="439"/>
        <source>consumer groups of %n broker(s) that did not list them (%1)</source>
        <translation>
            <numerusform>consumer groups of %n broker that did not list them (%1)</numerusform>
            <numerusform>consumer groups of %n brokers that did not list them (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="506"/>
        <source>consumer group members (not authorized)</source>
        <translation>consumer group members (not authorized)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="538"/>
        <source>committed offsets (not authorized)</source>
        <translation>committed offsets (not authorized)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/Crawler.cpp" line="581"/>
        <source>ACLs (not authorized)</source>
        <translation>ACLs (not authorized)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="72"/>
        <source>Writing %1 to the catalog failed: %2</source>
        <translation>Writing %1 to the catalog failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="98"/>
        <source>The catalog is busy or read-only: %1</source>
        <translation>The catalog is busy or read-only: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="247"/>
        <source>%n partition(s), replication factor %1</source>
        <translation>
            <numerusform>%n partition, replication factor %1</numerusform>
            <numerusform>%n partitions, replication factor %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="257"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="390"/>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="401"/>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location filename="../catalog/crawl/CrawlWriter.cpp" line="658"/>
        <source>Saving the crawl to the catalog failed: %1</source>
        <translation>Saving the crawl to the catalog failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="55"/>
        <source>Unknown ACL %1 &quot;%2&quot;</source>
        <translation>Unknown ACL %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="61"/>
        <source>resource type</source>
        <translation>resource type</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="63"/>
        <source>pattern type</source>
        <translation>pattern type</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="65"/>
        <source>operation</source>
        <translation>operation</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="67"/>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="77"/>
        <source>Invalid ACL %1: %2</source>
        <translation>Invalid ACL %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="107"/>
        <source>%1 failed for %2</source>
        <translation>%1 failed for %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="118"/>
        <source>authentication failed (check the SASL mechanism, user name and password): %1</source>
        <translation>authentication failed (check the SASL mechanism, user name and password): %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="122"/>
        <source>not authorized: %1</source>
        <translation>not authorized: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="126"/>
        <source>cannot reach the cluster (check the bootstrap servers and the network): %1</source>
        <translation>cannot reach the cluster (check the bootstrap servers and the network): %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="129"/>
        <source>the cluster did not answer in time: %1</source>
        <translation>the cluster did not answer in time: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="131"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS handshake failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="160"/>
        <source>Cannot create a Kafka client: %1</source>
        <translation>Cannot create a Kafka client: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="189"/>
        <source>Metadata request failed: %1</source>
        <translation>Metadata request failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="247"/>
        <source>Invalid topic %1: %2</source>
        <translation>Invalid topic %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="257"/>
        <location filename="../catalog/kafka/AdminClient.cpp" line="262"/>
        <source>Creating topics</source>
        <translation>Creating topics</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="276"/>
        <location filename="../catalog/kafka/AdminClient.cpp" line="281"/>
        <source>Deleting topics</source>
        <translation>Deleting topics</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="290"/>
        <source>Invalid partition count for %1: %2</source>
        <translation>Invalid partition count for %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="295"/>
        <location filename="../catalog/kafka/AdminClient.cpp" line="300"/>
        <source>Adding partitions</source>
        <translation>Adding partitions</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="324"/>
        <source>Changing the configuration of %1</source>
        <translation>Changing the configuration of %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="331"/>
        <source>Changing the configuration of %1 failed: %2</source>
        <translation>Changing the configuration of %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="351"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="116"/>
        <source>Describing topic configurations</source>
        <translation>Describing topic configurations</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="406"/>
        <source>Creating ACLs</source>
        <translation>Creating ACLs</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="413"/>
        <source>Creating ACL %1 failed: %2</source>
        <translation>Creating ACL %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="438"/>
        <source>Deleting ACLs</source>
        <translation>Deleting ACLs</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="445"/>
        <source>Deleting ACLs failed: %1</source>
        <translation>Deleting ACLs failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClient.cpp" line="463"/>
        <source>Describing ACLs</source>
        <translation>Describing ACLs</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="90"/>
        <source>timeout: no broker answered within %1 s (check the bootstrap servers, the network and the security protocol)</source>
        <translation>timeout: no broker answered within %1 s (check the bootstrap servers, the network and the security protocol)</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="92"/>
        <source>no broker answered within %1 s: %2</source>
        <translation>no broker answered within %1 s: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="169"/>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="354"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="211"/>
        <source>Reading watermarks failed: %1</source>
        <translation>Reading watermarks failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="248"/>
        <source>Listing consumer groups</source>
        <translation>Listing consumer groups</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="263"/>
        <source>Listing consumer groups failed: %1</source>
        <translation>Listing consumer groups failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="304"/>
        <source>Describing consumer groups</source>
        <translation>Describing consumer groups</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="430"/>
        <source>Reading committed offsets timed out after %1 ms</source>
        <translation>Reading committed offsets timed out after %1 ms</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="444"/>
        <source>no answer for the group</source>
        <translation>no answer for the group</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="460"/>
        <source>partition %1 of %2: %3</source>
        <translation>partition %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/AdminClientCrawl.cpp" line="480"/>
        <source>Reading committed offsets failed: %1</source>
        <translation>Reading committed offsets failed: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="14"/>
        <source>The bootstrap server list is empty; give host:port, e.g. broker1:9092</source>
        <translation>The bootstrap server list is empty; give host:port, e.g. broker1:9092</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="22"/>
        <source>&quot;%1&quot; is not a valid bootstrap server; expected host:port</source>
        <translation>&quot;%1&quot; is not a valid bootstrap server; expected host:port</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="23"/>
        <source>(empty entry)</source>
        <translation>(empty entry)</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="27"/>
        <source>&quot;%1&quot;: port %2 is out of range (1-65535)</source>
        <translation>&quot;%1&quot;: port %2 is out of range (1-65535)</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="47"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="128"/>
        <source>A property name is empty</source>
        <translation>A property name is empty</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="49"/>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="83"/>
        <source>&quot;%1&quot; is set from the bootstrap server list, not as a property</source>
        <translation>&quot;%1&quot; is set from the bootstrap server list, not as a property</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="56"/>
        <source>&quot;%1&quot; is not a Kafka client property librdkafka knows</source>
        <translation>&quot;%1&quot; is not a Kafka client property librdkafka knows</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="59"/>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="76"/>
        <source>invalid value</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="61"/>
        <location filename="../catalog/kafka/ClientConfig.cpp" line="75"/>
        <source>Property &quot;%1&quot;: %2</source>
        <translation>Property &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="40"/>
        <source>&quot;%1&quot; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; is not a valid cluster name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="44"/>
        <source>&quot;%1&quot; is not a valid environment name</source>
        <translation>&quot;%1&quot; is not a valid environment name</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="49"/>
        <source>&quot;%1&quot; is a secret: store it in the vault, not as a cluster property</source>
        <translation>&quot;%1&quot; is a secret: store it in the vault, not as a cluster property</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="66"/>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="106"/>
        <source>A cluster named &quot;%1&quot; is already registered</source>
        <translation>A cluster named &quot;%1&quot; is already registered</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="110"/>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="103"/>
        <location filename="../catalog/vault/CredentialStore.cpp" line="168"/>
        <source>No cluster with id %1</source>
        <translation>No cluster with id %1</translation>
    </message>
    <message>
        <location filename="../catalog/clusters/ClusterStore.cpp" line="129"/>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="87"/>
        <source>No cluster named &quot;%1&quot;</source>
        <translation>No cluster named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="103"/>
        <source>Kafka %1 for application &quot;%2&quot;, profile %3 (%4)%5. Generated by Switchboard.</source>
        <translation>Kafka %1 for application &quot;%2&quot;, profile %3 (%4)%5. Generated by Switchboard.</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="104"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="150"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="163"/>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="104"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="150"/>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="163"/>
        <source>consumer</source>
        <translation>consumer</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="106"/>
        <source>, environment %1</source>
        <translation>, environment %1</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="114"/>
        <source>Channels (key -&gt; topic):</source>
        <translation>Channels (key -&gt; topic):</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="121"/>
        <source>The SASL password is redacted; export again with reveal to include it.</source>
        <translation>The SASL password is redacted; export again with reveal to include it.</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="123"/>
        <source>No credential is stored for this application on this cluster.</source>
        <translation>No credential is stored for this application on this cluster.</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="126"/>
        <source>Left out (Java client only): %1</source>
        <translation>Left out (Java client only): %1</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="218"/>
        <source># Use with: kcat -F %1 -L
</source>
        <translation># Use with: kcat -F %1 -L
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="233"/>
        <source># Needs confluent-kafka: pip install confluent-kafka (or Debian&apos;s python3-confluent-kafka).
</source>
        <translation># Needs confluent-kafka: pip install confluent-kafka (or Debian&apos;s python3-confluent-kafka).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="235"/>
        <source># Reads the SASL password from the environment variable %1.
</source>
        <translation># Reads the SASL password from the environment variable %1.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="319"/>
        <source>// Needs github.com/confluentinc/confluent-kafka-go/v2.
</source>
        <translation>// Needs github.com/confluentinc/confluent-kafka-go/v2.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="321"/>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="383"/>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="433"/>
        <source>// Reads the SASL password from the environment variable %1.
</source>
        <translation>// Reads the SASL password from the environment variable %1.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="381"/>
        <source>// Needs @confluentinc/kafka-javascript (npm install @confluentinc/kafka-javascript).
</source>
        <translation>// Needs @confluentinc/kafka-javascript (npm install @confluentinc/kafka-javascript).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="431"/>
        <source>// A top-level program; needs the NuGet package Confluent.Kafka.
</source>
        <translation>// A top-level program; needs the NuGet package Confluent.Kafka.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="473"/>
        <source># Switchboard service locator for application &quot;%1&quot;, profile %2 (%3).
</source>
        <translation># Switchboard service locator for application &quot;%1&quot;, profile %2 (%3).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="475"/>
        <source># Service-locator SDKs ask the routing service at start-up (and again when the answer&apos;s
# max-age runs out) for bootstrap servers, topics, credentials and configuration.
</source>
        <translation># Service-locator SDKs ask the routing service at start-up (and again when the answer&apos;s
# max-age runs out) for bootstrap servers, topics, credentials and configuration.
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="480"/>
        <source>&lt;the application&apos;s routing token: switchboard-cli token issue --app %1&gt;</source>
        <translation>&lt;the application&apos;s routing token: switchboard-cli token issue --app %1&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="482"/>
        <source># HTTP Basic auth: the application name and its routing token
</source>
        <translation># HTTP Basic auth: the application name and its routing token
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="507"/>
        <source># The answer&apos;s configuration carries group.id=%1 (another group the grant covers:
#   add kafka.group.id=GROUP to the request).
</source>
        <translation># The answer&apos;s configuration carries group.id=%1 (another group the grant covers:
#   add kafka.group.id=GROUP to the request).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="509"/>
        <source># The request the SDK makes (try it with curl):
</source>
        <translation># The request the SDK makes (try it with curl):
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="513"/>
        <source># Older Java SDKs: GET %1/service-locator with headers apikey: TOKEN, Channel: KEY,
#   Service-Type: kafka, Organization: DOMAIN (or X-Channel-URI: URI).
</source>
        <translation># Older Java SDKs: GET %1/service-locator with headers apikey: TOKEN, Channel: KEY,
#   Service-Type: kafka, Organization: DOMAIN (or X-Channel-URI: URI).
</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetRenderer.cpp" line="582"/>
        <source>Java (properties)</source>
        <translation>Java (properties)</translation>
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
        <translation>Service locator</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="68"/>
        <source>Cannot configure the demo consumer: %1</source>
        <translation>Cannot configure the demo consumer: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="73"/>
        <source>Cannot create the demo consumer: %1</source>
        <translation>Cannot create the demo consumer: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="86"/>
        <source>Cannot commit the demo group %1: %2</source>
        <translation>Cannot commit the demo group %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="176"/>
        <source>Cannot configure the demo cluster: %1</source>
        <translation>Cannot configure the demo cluster: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="181"/>
        <source>Cannot start the demo cluster: %1</source>
        <translation>Cannot start the demo cluster: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="187"/>
        <source>Cannot start the demo cluster: librdkafka&apos;s mock cluster is unavailable</source>
        <translation>Cannot start the demo cluster: librdkafka&apos;s mock cluster is unavailable</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/demo/DemoCluster.cpp" line="205"/>
        <source>The demo cluster could not create %n topic(s)</source>
        <translation>
            <numerusform>The demo cluster could not create %n topic</numerusform>
            <numerusform>The demo cluster could not create %n topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="218"/>
        <source>The demo cluster did not take its records: %1</source>
        <translation>The demo cluster did not take its records: %1</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="274"/>
        <location filename="../catalog/demo/DemoCluster.cpp" line="286"/>
        <source>Cannot read the demo group %1: %2</source>
        <translation>Cannot read the demo group %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoCluster.cpp" line="432"/>
        <source>in-process demo cluster</source>
        <translation>in-process demo cluster</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="323"/>
        <location filename="../catalog/topics/TopicStore.cpp" line="330"/>
        <source>Full-text search is not available: %1</source>
        <translation>Full-text search is not available: %1</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="328"/>
        <source>Full-text search is not available: FTS5 is missing</source>
        <translation>Full-text search is not available: FTS5 is missing</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="649"/>
        <source>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; is not a valid tag: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="669"/>
        <location filename="../catalog/topics/TopicStore.cpp" line="731"/>
        <source>No topic with id %1 in the catalog</source>
        <translation>No topic with id %1 in the catalog</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="746"/>
        <source>The owner team name is longer than 200 characters</source>
        <translation>The owner team name is longer than 200 characters</translation>
    </message>
    <message>
        <location filename="../catalog/topics/TopicStore.cpp" line="767"/>
        <source>The description is longer than 100,000 characters</source>
        <translation>The description is longer than 100,000 characters</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="33"/>
        <source>Cluster #%1 is not registered</source>
        <translation>Cluster #%1 is not registered</translation>
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
        <translation>There is no active grant #%1</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="94"/>
        <source>Cluster %1: reading ACLs failed: %2</source>
        <translation>Cluster %1: reading ACLs failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="108"/>
        <source>Cluster %1: creating ACLs failed: %2</source>
        <translation>Cluster %1: creating ACLs failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="202"/>
        <source>Cluster %1: deleting the grant&apos;s ACLs failed, the grant stays: %2</source>
        <translation>Cluster %1: deleting the grant&apos;s ACLs failed, the grant stays: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/AclProvisioner.cpp" line="204"/>
        <source>Cluster %1: ACLs left in place: %2</source>
        <translation>Cluster %1: ACLs left in place: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/ChannelMigration.cpp" line="37"/>
        <source>the ACLs of grant #%1 (%2) did not follow: %3; once the cluster answers, run: switchboard-cli grant provision %1</source>
        <translation>the ACLs of grant #%1 (%2) did not follow: %3; once the cluster answers, run: switchboard-cli grant provision %1</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="47"/>
        <location filename="../catalog/requests/ApprovalService.cpp" line="29"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="128"/>
        <source>There is no cluster &quot;%1&quot;</source>
        <translation>There is no cluster &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="139"/>
        <source>Cluster %1 is the demo cluster, which has no ACLs</source>
        <translation>Cluster %1 is the demo cluster, which has no ACLs</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="153"/>
        <source>Cluster %1 not compared: %2</source>
        <translation>Cluster %1 not compared: %2</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="177"/>
        <source>This catalog holds no crawled ACLs; compare with the live cluster instead</source>
        <translation>This catalog holds no crawled ACLs; compare with the live cluster instead</translation>
    </message>
    <message>
        <location filename="../catalog/acl/DriftReport.cpp" line="186"/>
        <source>Cluster %1 was never crawled; not compared</source>
        <translation>Cluster %1 was never crawled; not compared</translation>
    </message>
    <message>
        <location filename="../catalog/acl/GrantAcls.cpp" line="43"/>
        <source>Grant #%1 names an unknown application</source>
        <translation>Grant #%1 names an unknown application</translation>
    </message>
    <message>
        <location filename="../catalog/acl/GrantAcls.cpp" line="53"/>
        <source>%1 routes nowhere: no ACLs needed yet</source>
        <translation>%1 routes nowhere: no ACLs needed yet</translation>
    </message>
    <message>
        <location filename="../catalog/acl/GrantAcls.cpp" line="62"/>
        <source>%1 has no principal on cluster %2 (%3): set one to provision its ACLs there</source>
        <translation>%1 has no principal on cluster %2 (%3): set one to provision its ACLs there</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCompiler.cpp" line="32"/>
        <source>this build has no routing store (channels) to compile a bundle from</source>
        <translation>this build has no routing store (channels) to compile a bundle from</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCompiler.cpp" line="51"/>
        <source>the token-hash key: %1</source>
        <translation>the token-hash key: %1</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCompiler.cpp" line="87"/>
        <source>credential of %1 on %2: %3</source>
        <translation>credential of %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="99"/>
        <source>the routing service&apos;s key pair is incomplete</source>
        <translation>the routing service&apos;s key pair is incomplete</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="101"/>
        <source>a sealed value is too short</source>
        <translation>a sealed value is too short</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="108"/>
        <source>a sealed value does not open with this service&apos;s key (sealed for another service, or damaged)</source>
        <translation>a sealed value does not open with this service&apos;s key (sealed for another service, or damaged)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundleCrypto.cpp" line="123"/>
        <source>%1 must be %2 bytes in base64</source>
        <translation>%1 must be %2 bytes in base64</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="73"/>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="79"/>
        <source>field %1: %2</source>
        <translation>field %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="100"/>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="125"/>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="136"/>
        <source>expected base64</source>
        <translation>expected base64</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="148"/>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="157"/>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="169"/>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="182"/>
        <source>expected an ISO 8601 time</source>
        <translation>expected an ISO 8601 time</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="325"/>
        <source>the payload is not a JSON object</source>
        <translation>the payload is not a JSON object</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="331"/>
        <source>bundle format %1 is not supported (this service reads formats %2 to %3)</source>
        <translation>bundle format %1 is not supported (this service reads formats %2 to %3)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="337"/>
        <source>must be positive</source>
        <translation>must be positive</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="341"/>
        <source>must be later than created_at</source>
        <translation>must be later than created_at</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="344"/>
        <source>must be between 0 and %1</source>
        <translation>must be between 0 and %1</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="353"/>
        <source>expected 32 bytes</source>
        <translation>expected 32 bytes</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="447"/>
        <source>must be producer or consumer</source>
        <translation>must be producer or consumer</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="474"/>
        <source>expected 64 lowercase hex digits</source>
        <translation>expected 64 lowercase hex digits</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="499"/>
        <source>must be produce or consume</source>
        <translation>must be produce or consume</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="18"/>
        <source>a box key must be %1 bytes</source>
        <translation>a box key must be %1 bytes</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="23"/>
        <source>the box public key is not usable (a degenerate X25519 point)</source>
        <translation>the box public key is not usable (a degenerate X25519 point)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="64"/>
        <source>a boxed value is too short</source>
        <translation>a boxed value is too short</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SharedBoxKey.cpp" line="71"/>
        <source>a boxed value does not open with this service&apos;s key (boxed for another service, or damaged)</source>
        <translation>a boxed value does not open with this service&apos;s key (boxed for another service, or damaged)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="61"/>
        <source>malformed bundle: not JSON (%1)</source>
        <translation>malformed bundle: not JSON (%1)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="64"/>
        <source>malformed bundle: expected a JSON object</source>
        <translation>malformed bundle: expected a JSON object</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="67"/>
        <source>malformed bundle: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>malformed bundle: &quot;format&quot; must be &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="77"/>
        <source>malformed bundle: &quot;%1&quot; must be non-empty base64</source>
        <translation>malformed bundle: &quot;%1&quot; must be non-empty base64</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="85"/>
        <source>malformed bundle: &quot;digest&quot; must be &quot;%1&quot; (or absent)</source>
        <translation>malformed bundle: &quot;digest&quot; must be &quot;%1&quot; (or absent)</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/SignedBundle.cpp" line="92"/>
        <source>malformed bundle: &quot;digest&quot; must be a string</source>
        <translation>malformed bundle: &quot;digest&quot; must be a string</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="27"/>
        <source>Delivery to %1 failed: %2</source>
        <translation>Delivery to %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="68"/>
        <source>Cannot create a Kafka producer: %1</source>
        <translation>Cannot create a Kafka producer: %1</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="87"/>
        <source>Cannot produce to %1: %2</source>
        <translation>Cannot produce to %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/kafka/Producer.cpp" line="102"/>
        <source>Records were not delivered within %1 ms: %2</source>
        <translation>Records were not delivered within %1 ms: %2</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="214"/>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>A profile named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="253"/>
        <source>&quot;%1&quot; is a built-in profile and cannot be changed; copy it first</source>
        <translation>&quot;%1&quot; is a built-in profile and cannot be changed; copy it first</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="262"/>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="295"/>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="315"/>
        <source>No profile named &quot;%1&quot;</source>
        <translation>No profile named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="306"/>
        <source>&quot;%1&quot; is a built-in profile and cannot be removed</source>
        <translation>&quot;%1&quot; is a built-in profile and cannot be removed</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="132"/>
        <source>Property &quot;%1&quot;: the value must be a number, a boolean or a string</source>
        <translation>Property &quot;%1&quot;: the value must be a number, a boolean or a string</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="136"/>
        <source>Property &quot;%1&quot; is a secret: it belongs in the vault, not in a profile</source>
        <translation>Property &quot;%1&quot; is a secret: it belongs in the vault, not in a profile</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="140"/>
        <source>Property &quot;%1&quot; comes from the application&apos;s credentials, not from a profile</source>
        <translation>Property &quot;%1&quot; comes from the application&apos;s credentials, not from a profile</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="144"/>
        <source>Property &quot;%1&quot; is known only to the Java client: librdkafka cannot check it, and librdkafka-based clients (Python, Go, Node.js, .NET, kcat) will not get it</source>
        <translation>Property &quot;%1&quot; is known only to the Java client: librdkafka cannot check it, and librdkafka-based clients (Python, Go, Node.js, .NET, kcat) will not get it</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="149"/>
        <source>Property &quot;%1&quot; is a %2 setting, but this is a %3 profile</source>
        <translation>Property &quot;%1&quot; is a %2 setting, but this is a %3 profile</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="161"/>
        <source>Property &quot;%1&quot; is a %2 setting, but this is a %3 profile: the client ignores it</source>
        <translation>Property &quot;%1&quot; is a %2 setting, but this is a %3 profile: the client ignores it</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="175"/>
        <source>&quot;%1&quot; is not a valid profile name: start with a letter; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&quot;%1&quot; is not a valid profile name: start with a letter; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileValidator.cpp" line="184"/>
        <source>A reason is given for &quot;%1&quot;, which the profile does not set</source>
        <translation>A reason is given for &quot;%1&quot;, which the profile does not set</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="73"/>
        <source>unlock the vault first: the bundle carries sealed credentials and is signed with the portal key kept there</source>
        <translation>unlock the vault first: the bundle carries sealed credentials and is signed with the portal key kept there</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="88"/>
        <source>no routing services registered: add one with switchboard-cli router add NAME URL KEY</source>
        <translation>no routing services registered: add one with switchboard-cli router add NAME URL KEY</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="89"/>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="163"/>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="235"/>
        <source>no routing service named %1</source>
        <translation>no routing service named %1</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="92"/>
        <source>the portal signing key: %1</source>
        <translation>the portal signing key: %1</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="49"/>
        <source>routing service URL %1: expected http(s)://host[:port]</source>
        <translation>routing service URL %1: expected http(s)://host[:port]</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="57"/>
        <source>routing service URL %1: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <translation>routing service URL %1: the port &quot;%2&quot; is not a number from 1 to 65535</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="68"/>
        <source>the CA file holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)</source>
        <translation>the CA file holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="71"/>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="74"/>
        <source>the CA file has a PEM certificate block that does not parse</source>
        <translation>the CA file has a PEM certificate block that does not parse</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="76"/>
        <source>the CA certificate %1 expired on %2</source>
        <translation>the CA certificate %1 expired on %2</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="89"/>
        <source>the routing service&apos;s public key</source>
        <translation>the routing service&apos;s public key</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="91"/>
        <source>%1 (switchboard-router keygen prints it)</source>
        <translation>%1 (switchboard-router keygen prints it)</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="94"/>
        <source>a CA file only makes sense for an https:// URL</source>
        <translation>a CA file only makes sense for an https:// URL</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="114"/>
        <source>routing service %1 vanished while it was saved</source>
        <translation>routing service %1 vanished while it was saved</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="123"/>
        <source>routing service name %1: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>routing service name %1: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="133"/>
        <source>a routing service named %1 is registered already</source>
        <translation>a routing service named %1 is registered already</translation>
    </message>
    <message>
        <location filename="../catalog/push/RoutingServiceStore.cpp" line="212"/>
        <source>a bundle lifetime must be between 1 hour and 366 days</source>
        <translation>a bundle lifetime must be between 1 hour and 366 days</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="18"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="297"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="341"/>
        <location filename="../catalog/requests/RequestStore.cpp" line="354"/>
        <source>Request %1 is %2 already</source>
        <translation>Request %1 is %2 already</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="24"/>
        <source>Request %1 proposes no topic to create</source>
        <translation>Request %1 proposes no topic to create</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="38"/>
        <source>Creating topic %1 on %2 failed: %3</source>
        <translation>Creating topic %1 on %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="59"/>
        <source>Created topic %1 on %2</source>
        <translation>Created topic %1 on %2</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="60"/>
        <source>Topic %1 existed on %2 already</source>
        <translation>Topic %1 existed on %2 already</translation>
    </message>
    <message>
        <location filename="../catalog/requests/ApprovalService.cpp" line="68"/>
        <source>The grant is approved, but its ACLs were not provisioned: %1. Retry with &quot;grant provision %2&quot;.</source>
        <translation>The grant is approved, but its ACLs were not provisioned: %1. Retry with &quot;grant provision %2&quot;.</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="36"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="38"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="40"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="42"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
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
        <translation>There is no application &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="123"/>
        <source>A proposed binding needs an environment, a cluster and a topic</source>
        <translation>A proposed binding needs an environment, a cluster and a topic</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="126"/>
        <location filename="../catalog/routing/ChannelStore.cpp" line="172"/>
        <source>&quot;%1&quot; is not a valid topic name</source>
        <translation>&quot;%1&quot; is not a valid topic name</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="131"/>
        <source>%1 is bound in %2 already; request access without proposing a topic</source>
        <translation>%1 is bound in %2 already; request access without proposing a topic</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="135"/>
        <source>%1 leads nowhere yet: propose the environment, cluster and topic it should be bound to</source>
        <translation>%1 leads nowhere yet: propose the environment, cluster and topic it should be bound to</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="146"/>
        <source>The same request is pending already (%1)</source>
        <translation>The same request is pending already (%1)</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="240"/>
        <source>&quot;%1&quot; is too short to name a request; give at least 4 characters of its id</source>
        <translation>&quot;%1&quot; is too short to name a request; give at least 4 characters of its id</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="255"/>
        <source>There is no request %1</source>
        <translation>There is no request %1</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="257"/>
        <source>%1 names %2 requests; give more of the id</source>
        <translation>%1 names %2 requests; give more of the id</translation>
    </message>
    <message>
        <location filename="../catalog/requests/RequestStore.cpp" line="336"/>
        <source>Declining a request needs a reason the requester can read</source>
        <translation>Declining a request needs a reason the requester can read</translation>
    </message>
    <message>
        <location filename="../catalog/requests/Role.cpp" line="21"/>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
    <message>
        <location filename="../catalog/requests/Role.cpp" line="21"/>
        <source>Platform engineer</source>
        <translation>Platform engineer</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="17"/>
        <source>&quot;%1&quot; is not a valid application name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; is not a valid application name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="26"/>
        <source>&quot;%1&quot; is not a Kafka principal; expected Type:name, e.g. User:alice</source>
        <translation>&quot;%1&quot; is not a Kafka principal; expected Type:name, e.g. User:alice</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ApplicationStore.cpp" line="38"/>
        <source>An application named &quot;%1&quot; exists already</source>
        <translation>An application named &quot;%1&quot; exists already</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/routing/ApplicationStore.cpp" line="92"/>
        <source>Application %1 still holds %n active grant(s); revoke them first (their ACLs go with them)</source>
        <translation>
            <numerusform>Application %1 still holds %n active grant; revoke it first (its ACLs go with it)</numerusform>
            <numerusform>Application %1 still holds %n active grants; revoke them first (their ACLs go with them)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="70"/>
        <source>The channel %1 exists already</source>
        <translation>The channel %1 exists already</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/routing/ChannelStore.cpp" line="110"/>
        <source>%1 still has %n active grant(s); revoke them first</source>
        <translation>
            <numerusform>%1 still has %n active grant; revoke it first</numerusform>
            <numerusform>%1 still has %n active grants; revoke them first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="115"/>
        <source>There is no channel %1</source>
        <translation>There is no channel %1</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="170"/>
        <source>A binding needs an environment (e.g. prod, dev)</source>
        <translation>A binding needs an environment (e.g. prod, dev)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="183"/>
        <source>The topic %1 was deleted from cluster %2 (as of the last crawl)</source>
        <translation>The topic %1 was deleted from cluster %2 (as of the last crawl)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="184"/>
        <source>The catalog does not know a topic %1 on cluster %2 (crawl the cluster first)</source>
        <translation>The catalog does not know a topic %1 on cluster %2 (crawl the cluster first)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="186"/>
        <source>; bind anyway with force</source>
        <translation>; bind anyway with force</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="187"/>
        <source>; bound anyway (forced)</source>
        <translation>; bound anyway (forced)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="208"/>
        <source>%1 is not bound in %2; bind it first</source>
        <translation>%1 is not bound in %2; bind it first</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="210"/>
        <source>%1 is bound in %2 already (to %3 on %4); use rebind to move it</source>
        <translation>%1 is bound in %2 already (to %3 on %4); use rebind to move it</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="213"/>
        <source>%1 in %2 leads to %3 on %4 already</source>
        <translation>%1 in %2 leads to %3 on %4 already</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelStore.cpp" line="269"/>
        <source>%1 is not bound in %2</source>
        <translation>%1 is not bound in %2</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="52"/>
        <source>the character %1</source>
        <translation>the character %1</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="54"/>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="98"/>
        <source>&quot;%1&quot; contains a control or invisible character (%2 at position %3); a channel URI is printable text: kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>&quot;%1&quot; contains a control or invisible character (%2 at position %3); a channel URI is printable text: kafka://&lt;domain&gt;/&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="104"/>
        <source>A channel URI is empty; expected kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>A channel URI is empty; expected kafka://&lt;domain&gt;/&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="108"/>
        <source>&quot;%1&quot; has the scheme &quot;%2&quot;; a channel URI starts with kafka://</source>
        <translation>&quot;%1&quot; has the scheme &quot;%2&quot;; a channel URI starts with kafka://</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="110"/>
        <source>&quot;%1&quot; is not a channel URI; expected kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>&quot;%1&quot; is not a channel URI; expected kafka://&lt;domain&gt;/&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="116"/>
        <source>&quot;%1&quot; names no domain; expected kafka://&lt;domain&gt;/&lt;path&gt;</source>
        <translation>&quot;%1&quot; names no domain; expected kafka://&lt;domain&gt;/&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="118"/>
        <source>&quot;%1&quot;: a channel URI carries no user name or password</source>
        <translation>&quot;%1&quot;: a channel URI carries no user name or password</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="120"/>
        <source>&quot;%1&quot;: a channel&apos;s domain takes no port (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot;: a channel&apos;s domain takes no port (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="122"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid domain (labels of letters, digits and &apos;-&apos;, separated by dots)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not a valid domain (labels of letters, digits and &apos;-&apos;, separated by dots)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="125"/>
        <source>&quot;%1&quot; has no path; expected kafka://%2/&lt;path&gt;</source>
        <translation>&quot;%1&quot; has no path; expected kafka://%2/&lt;path&gt;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="128"/>
        <source>&quot;%1&quot;: a channel URI takes no query or fragment</source>
        <translation>&quot;%1&quot;: a channel URI takes no query or fragment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="133"/>
        <source>&quot;%1&quot; has an empty path segment (segment %2)</source>
        <translation>&quot;%1&quot; has an empty path segment (segment %2)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="135"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not allowed as a path segment</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not allowed as a path segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/ChannelUri.cpp" line="138"/>
        <source>&quot;%1&quot;: path segment &quot;%2&quot; contains %3; segments use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot;: path segment &quot;%2&quot; contains %3; segments use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="17"/>
        <source>A consume grant names the consumer group (or a group prefix) the application uses</source>
        <translation>A consume grant names the consumer group (or a group prefix) the application uses</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="19"/>
        <source>A produce grant takes no consumer group</source>
        <translation>A produce grant takes no consumer group</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="22"/>
        <source>Consumer group &quot;%1&quot; contains a space or control character</source>
        <translation>Consumer group &quot;%1&quot; contains a space or control character</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="48"/>
        <source>%1 holds this %2 grant on %3 already (grant #%4)</source>
        <translation>%1 holds this %2 grant on %3 already (grant #%4)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="84"/>
        <source>There is no grant #%1</source>
        <translation>There is no grant #%1</translation>
    </message>
    <message>
        <location filename="../catalog/routing/GrantStore.cpp" line="86"/>
        <source>Grant #%1 was revoked already</source>
        <translation>Grant #%1 was revoked already</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="44"/>
        <source>consume (groups %1*)</source>
        <translation>consume (groups %1*)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="45"/>
        <source>consume (group %1)</source>
        <translation>consume (group %1)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="90"/>
        <source>%1 has %2 bindings in %3</source>
        <translation>%1 has %2 bindings in %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="96"/>
        <source>%1 is bound in %2 to cluster #%3, which is not known</source>
        <translation>%1 is bound in %2 to cluster #%3, which is not known</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="115"/>
        <source>%1 has no binding in %2 and no rule there matches it</source>
        <translation>%1 has no binding in %2 and no rule there matches it</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="129"/>
        <source>%1 is ambiguous in %2: rules %3 match equally well</source>
        <translation>%1 is ambiguous in %2: rules %3 match equally well</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="135"/>
        <location filename="../catalog/routing/Resolver.cpp" line="355"/>
        <source>Rule %1 names cluster #%2, which is not known</source>
        <translation>Rule %1 names cluster #%2, which is not known</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="153"/>
        <source>%1 has no binding and no rule matches it, in any environment</source>
        <translation>%1 has no binding and no rule matches it, in any environment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="155"/>
        <source>%1 routes in several environments (%2); say which one</source>
        <translation>%1 routes in several environments (%2); say which one</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="179"/>
        <source>Application %1 holds no grant on %2</source>
        <translation>Application %1 holds no grant on %2</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="181"/>
        <source>Application %1 holds no consume grant on %2 for consumer group %3</source>
        <translation>Application %1 holds no consume grant on %2 for consumer group %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="184"/>
        <source>Application %1 holds no %2 grant on %3</source>
        <translation>Application %1 holds no %2 grant on %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="186"/>
        <source> (it holds: %1)</source>
        <translation> (it holds: %1)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/Resolver.cpp" line="362"/>
        <source>Rule %1 would tie with rule %2 in %3: a channel could match both equally well. Make one of them more specific (fewer &apos;*&apos;).</source>
        <translation>Rule %1 would tie with rule %2 in %3: a channel could match both equally well. Make one of them more specific (fewer &apos;*&apos;).</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RoutingModelJson.cpp" line="19"/>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RoutingModelJson.cpp" line="99"/>
        <source>channel #%1: %2</source>
        <translation>channel #%1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RoutingModelJson.cpp" line="121"/>
        <source>grant #%1: unknown intent &quot;%2&quot;</source>
        <translation>grant #%1: unknown intent &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="32"/>
        <source>Topic template &quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;</source>
        <translation>Topic template &quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="35"/>
        <source>Topic template &quot;%1&quot; contains &quot;%2&quot;; topic names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Topic template &quot;%1&quot; contains &quot;%2&quot;; topic names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="42"/>
        <source>Topic template &quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;</source>
        <translation>Topic template &quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="52"/>
        <source>Topic template &quot;%1&quot;: unknown placeholder {%2}; use {N} for path segment N (from 0) or {key} for the last segment</source>
        <translation>Topic template &quot;%1&quot;: unknown placeholder {%2}; use {N} for path segment N (from 0) or {key} for the last segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="102"/>
        <source>A rule needs an environment</source>
        <translation>A rule needs an environment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="104"/>
        <source>A rule needs a cluster</source>
        <translation>A rule needs a cluster</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="107"/>
        <source>A rule needs a host pattern (a domain, labels may be &quot;*&quot;)</source>
        <translation>A rule needs a host pattern (a domain, labels may be &quot;*&quot;)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="111"/>
        <source>Host pattern &quot;%1&quot;: &quot;%2&quot; is neither a domain label nor &quot;*&quot;</source>
        <translation>Host pattern &quot;%1&quot;: &quot;%2&quot; is neither a domain label nor &quot;*&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="116"/>
        <source>A rule needs a path pattern with at least one segment</source>
        <translation>A rule needs a path pattern with at least one segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="120"/>
        <source>Path pattern &quot;%1&quot; has an empty segment</source>
        <translation>Path pattern &quot;%1&quot; has an empty segment</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="122"/>
        <source>Path pattern &quot;%1&quot;: &quot;%2&quot; is neither a path segment nor &quot;*&quot; (a &apos;*&apos; stands for one whole segment)</source>
        <translation>Path pattern &quot;%1&quot;: &quot;%2&quot; is neither a path segment nor &quot;*&quot; (a &apos;*&apos; stands for one whole segment)</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="126"/>
        <source>A rule needs a topic template, e.g. c1{1}</source>
        <translation>A rule needs a topic template, e.g. c1{1}</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="132"/>
        <source>Topic template &quot;%1&quot; uses {%2}, but the path pattern &quot;%3&quot; has only %4 segment(s), numbered from 0</source>
        <translation>Topic template &quot;%1&quot; uses {%2}, but the path pattern &quot;%3&quot; has only %4 segment(s), numbered from 0</translation>
    </message>
    <message numerus="yes">
        <location filename="../catalog/routing/RulePattern.cpp" line="170"/>
        <source>Rule %1 uses {%2}, but %3 has only %n segment(s)</source>
        <translation>
            <numerusform>Rule %1 uses {%2}, but %3 has only %n segment</numerusform>
            <numerusform>Rule %1 uses {%2}, but %3 has only %n segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../catalog/routing/RulePattern.cpp" line="177"/>
        <source>Rule %1 gives &quot;%2&quot; for %3, which is not a valid topic name</source>
        <translation>Rule %1 gives &quot;%2&quot; for %3, which is not a valid topic name</translation>
    </message>
    <message>
        <location filename="../catalog/routing/RuleStore.cpp" line="64"/>
        <source>There is no rule #%1</source>
        <translation>There is no rule #%1</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/JavaServiceLocatorSnippet.cpp" line="11"/>
        <source>Java service locator (header-based lookup)</source>
        <translation>Java service locator (header-based lookup)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="29"/>
        <source>A snippet needs an application</source>
        <translation>A snippet needs an application</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="34"/>
        <source>No profile named &quot;%1&quot; (see: switchboard-cli profile list)</source>
        <translation>No profile named &quot;%1&quot; (see: switchboard-cli profile list)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="46"/>
        <source>Give either channels or a cluster with topics, not both</source>
        <translation>Give either channels or a cluster with topics, not both</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="57"/>
        <source>Channel %1: %2</source>
        <translation>Channel %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="60"/>
        <source>The channels lead to different clusters (%1 and %2); one client configuration cannot reach both: export them separately</source>
        <translation>The channels lead to different clusters (%1 and %2); one client configuration cannot reach both: export them separately</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="82"/>
        <source>A snippet needs at least one channel (or a cluster and a topic)</source>
        <translation>A snippet needs at least one channel (or a cluster and a topic)</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="115"/>
        <source>Application &quot;%1&quot; has no valid credential on cluster %2; store one with: switchboard-cli credential set --app %1 --cluster %2 --username USER</source>
        <translation>Application &quot;%1&quot; has no valid credential on cluster %2; store one with: switchboard-cli credential set --app %1 --cluster %2 --username USER</translation>
    </message>
    <message>
        <location filename="../catalog/snippets/SnippetBuilder.cpp" line="133"/>
        <source>The vault is locked: unlock it to include the secret</source>
        <translation>The vault is locked: unlock it to include the secret</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="53"/>
        <source>Cannot create the catalog %1: %2</source>
        <translation>Cannot create the catalog %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="58"/>
        <source>Cannot restrict the catalog %1 to its owner: %2</source>
        <translation>Cannot restrict the catalog %1 to its owner: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="73"/>
        <source>%1 can be read by other users (mode %2) and cannot be restricted: %3</source>
        <translation>%1 can be read by other users (mode %2) and cannot be restricted: %3</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="75"/>
        <source>%1 could be read by other users (mode %2); it is now readable by its owner only (mode 600)</source>
        <translation>%1 could be read by other users (mode %2); it is now readable by its owner only (mode 600)</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="109"/>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="135"/>
        <location filename="../catalog/store/Database.cpp" line="146"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Cannot open the catalog %1: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="166"/>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>Cannot read the catalog&apos;s schema version: %1</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="170"/>
        <source>The catalog %1 was written by a newer Switchboard (schema %2; this build knows up to %3). Upgrade Switchboard to open it.</source>
        <translation>The catalog %1 was written by a newer Switchboard (schema %2; this build knows up to %3). Upgrade Switchboard to open it.</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="179"/>
        <source>Migration %1 is missing from this build</source>
        <translation>Migration %1 is missing from this build</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="182"/>
        <source>Migrating the catalog to schema %1 failed: %2</source>
        <translation>Migrating the catalog to schema %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="229"/>
        <source>Catalog work on the GUI thread was refused: %1</source>
        <translation>Catalog work on the GUI thread was refused: %1</translation>
    </message>
    <message>
        <location filename="../catalog/store/Database.cpp" line="290"/>
        <source>No transaction is open: %1</source>
        <translation>No transaction is open: %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/ClusterSecretStore.cpp" line="24"/>
        <source>&quot;%1&quot; is not a secret property; set it on the cluster instead</source>
        <translation>&quot;%1&quot; is not a secret property; set it on the cluster instead</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="26"/>
        <source>&quot;%1&quot; is not a valid application name</source>
        <translation>&quot;%1&quot; is not a valid application name</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="49"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="52"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="53"/>
        <source>grace until %1</source>
        <translation>grace until %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="55"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="66"/>
        <source>&quot;%1&quot; is not a supported SASL mechanism (use %2)</source>
        <translation>&quot;%1&quot; is not a supported SASL mechanism (use %2)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="115"/>
        <source>A credential needs a username</source>
        <translation>A credential needs a username</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="117"/>
        <source>A credential needs a secret</source>
        <translation>A credential needs a secret</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="119"/>
        <source>The vault is locked: unlock it to store a credential</source>
        <translation>The vault is locked: unlock it to store a credential</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="199"/>
        <source>The grace period cannot be negative</source>
        <translation>The grace period cannot be negative</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="204"/>
        <source>Application &quot;%1&quot; has no current credential on cluster %2 to rotate; set one first</source>
        <translation>Application &quot;%1&quot; has no current credential on cluster %2 to rotate; set one first</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="231"/>
        <source>Application &quot;%1&quot; has no unrevoked credential version %2 on cluster %3</source>
        <translation>Application &quot;%1&quot; has no unrevoked credential version %2 on cluster %3</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="232"/>
        <source>Application &quot;%1&quot; has no unrevoked credential on cluster %2</source>
        <translation>Application &quot;%1&quot; has no unrevoked credential on cluster %2</translation>
    </message>
    <message>
        <location filename="../catalog/vault/CredentialStore.cpp" line="290"/>
        <source>No such credential</source>
        <translation>No such credential</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="28"/>
        <source>No OS keychain is available (use the passphrase)</source>
        <translation>No OS keychain is available (use the passphrase)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="58"/>
        <source>The OS keychain did not answer in time (use the passphrase)</source>
        <translation>The OS keychain did not answer in time (use the passphrase)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="60"/>
        <source>The OS keychain holds no key for this vault</source>
        <translation>The OS keychain holds no key for this vault</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Keychain.cpp" line="61"/>
        <source>The OS keychain refused: %1</source>
        <translation>The OS keychain refused: %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/PassphraseSource.cpp" line="24"/>
        <source>Cannot read the passphrase from file descriptor %1</source>
        <translation>Cannot read the passphrase from file descriptor %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/PassphraseSource.cpp" line="30"/>
        <source>The passphrase on file descriptor %1 is longer than 4 KiB</source>
        <translation>The passphrase on file descriptor %1 is longer than 4 KiB</translation>
    </message>
    <message>
        <location filename="../catalog/vault/PassphraseSource.cpp" line="45"/>
        <source>SWITCHBOARD_VAULT_PASSPHRASE_FD is not a file descriptor number</source>
        <translation>SWITCHBOARD_VAULT_PASSPHRASE_FD is not a file descriptor number</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="43"/>
        <source>The vault is locked: unlock it to use routing tokens</source>
        <translation>The vault is locked: unlock it to use routing tokens</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="58"/>
        <source>A token needs an application name</source>
        <translation>A token needs an application name</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="114"/>
        <source>No unrevoked token with id %1</source>
        <translation>No unrevoked token with id %1</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="138"/>
        <source>Application &quot;%1&quot; has no unrevoked token</source>
        <translation>Application &quot;%1&quot; has no unrevoked token</translation>
    </message>
    <message>
        <location filename="../catalog/vault/TokenStore.cpp" line="179"/>
        <source>The vault is locked: unlock it to check a token</source>
        <translation>The vault is locked: unlock it to check a token</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="72"/>
        <source>Deriving the vault key from the passphrase failed (out of memory?)</source>
        <translation>Deriving the vault key from the passphrase failed (out of memory?)</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="85"/>
        <location filename="../catalog/vault/VaultUnlocker.cpp" line="19"/>
        <source>This catalog has no vault yet; create one with &quot;vault init&quot;</source>
        <translation>This catalog has no vault yet; create one with &quot;vault init&quot;</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="107"/>
        <source>libsodium could not be initialised</source>
        <translation>libsodium could not be initialised</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="130"/>
        <source>The vault was written in format %1, which this build does not know</source>
        <translation>The vault was written in format %1, which this build does not know</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="158"/>
        <source>This catalog already has a vault</source>
        <translation>This catalog already has a vault</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="160"/>
        <source>The passphrase is too short: use at least %1 characters</source>
        <translation>The passphrase is too short: use at least %1 characters</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="211"/>
        <source>Wrong passphrase: the vault stays locked</source>
        <translation>Wrong passphrase: the vault stays locked</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="224"/>
        <source>The key does not open this vault</source>
        <translation>The key does not open this vault</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="229"/>
        <source>Out of secure memory</source>
        <translation>Out of secure memory</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="253"/>
        <source>The new passphrase is too short: use at least %1 characters</source>
        <translation>The new passphrase is too short: use at least %1 characters</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="260"/>
        <source>Wrong passphrase: the passphrase was not changed</source>
        <translation>Wrong passphrase: the passphrase was not changed</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="318"/>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="325"/>
        <source>The vault is locked: unlock it to store a secret</source>
        <translation>The vault is locked: unlock it to store a secret</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="332"/>
        <source>The vault is locked: unlock it to read a secret</source>
        <translation>The vault is locked: unlock it to read a secret</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="335"/>
        <source>A sealed record does not decrypt: it was changed or moved</source>
        <translation>A sealed record does not decrypt: it was changed or moved</translation>
    </message>
    <message>
        <location filename="../catalog/vault/Vault.cpp" line="414"/>
        <source>The vault is locked: unlock it to use the portal&apos;s signing key</source>
        <translation>The vault is locked: unlock it to use the portal&apos;s signing key</translation>
    </message>
    <message>
        <location filename="../catalog/vault/VaultUnlocker.cpp" line="43"/>
        <source>the key in the OS keychain does not open this vault</source>
        <translation>the key in the OS keychain does not open this vault</translation>
    </message>
    <message>
        <location filename="../catalog/vault/VaultUnlocker.cpp" line="48"/>
        <source>The vault is locked. Give the passphrase with --passphrase-fd N, SWITCHBOARD_VAULT_PASSPHRASE_FD or SWITCHBOARD_VAULT_PASSPHRASE</source>
        <translation>The vault is locked. Give the passphrase with --passphrase-fd N, SWITCHBOARD_VAULT_PASSPHRASE_FD or SWITCHBOARD_VAULT_PASSPHRASE</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="728"/>
        <source>No application named &quot;%1&quot;</source>
        <translation>No application named &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/catalog/DemoController.cpp" line="205"/>
        <source>This build has no in-process routing service</source>
        <translation>This build has no in-process routing service</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoTeam.cpp" line="78"/>
        <source>The demo cluster is not in the catalog</source>
        <translation>The demo cluster is not in the catalog</translation>
    </message>
    <message>
        <location filename="../catalog/demo/DemoTeam.cpp" line="202"/>
        <source>Unlock the vault to give the demo applications their credentials and tokens</source>
        <translation>Unlock the vault to give the demo applications their credentials and tokens</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApplicationDialog</name>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="21"/>
        <source>Edit application</source>
        <translation>Edit application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="21"/>
        <source>Register application</source>
        <translation>Register application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="27"/>
        <source>Application name</source>
        <translation>Application name</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="28"/>
        <source>e.g. billing-service</source>
        <translation>e.g. billing-service</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="32"/>
        <source>Owner team</source>
        <translation>Owner team</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="33"/>
        <source>Owner &amp;team:</source>
        <translation>Owner &amp;team:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="36"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="39"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="42"/>
        <source>Kafka &amp;principal per cluster (used to provision ACLs), e.g. User:billing:</source>
        <translation>Kafka &amp;principal per cluster (used to provision ACLs), e.g. User:billing:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="47"/>
        <source>Principal per cluster</source>
        <translation>Principal per cluster</translation>
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
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="69"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="94"/>
        <source>Give the application a name.</source>
        <translation>Give the application a name.</translation>
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
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="124"/>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="124"/>
        <source>Register a client application</source>
        <translation>Register a client application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="125"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="125"/>
        <source>Edit the team, description and principals</source>
        <translation>Edit the team, description and principals</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="126"/>
        <source>Remo&amp;ve…</source>
        <translation>Remo&amp;ve…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="127"/>
        <source>Request access…</source>
        <translation>Request access…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="127"/>
        <source>Ask for this application to produce to or consume from a channel</source>
        <translation>Ask for this application to produce to or consume from a channel</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="128"/>
        <source>Export snippet…</source>
        <translation>Export snippet…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="128"/>
        <source>Client configuration for this application and the selected grant&apos;s channel</source>
        <translation>Client configuration for this application and the selected grant&apos;s channel</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="129"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="134"/>
        <source>Application</source>
        <translation>Application</translation>
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
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="155"/>
        <source>Grants (what the routing service answers for):</source>
        <translation>Grants (what the routing service answers for):</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="156"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="158"/>
        <source>Grants of the application</source>
        <translation>Grants of the application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="160"/>
        <source>Requests:</source>
        <translation>Requests:</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Filed by</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="161"/>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="163"/>
        <source>Requests of the application</source>
        <translation>Requests of the application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="165"/>
        <source>&amp;Access</source>
        <translation>&amp;Access</translation>
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
        <translation>Mechanism</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="170"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="172"/>
        <source>Kafka credentials of the application</source>
        <translation>Kafka credentials of the application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="182"/>
        <source>&amp;Set…</source>
        <translation>&amp;Set…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="182"/>
        <source>Store the credential for a cluster (replaces the current one now)</source>
        <translation>Store the credential for a cluster (replaces the current one now)</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="183"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;otate…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="183"/>
        <source>A new secret; the previous one stays valid for a grace period</source>
        <translation>A new secret; the previous one stays valid for a grace period</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="184"/>
        <source>Revo&amp;ke</source>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="184"/>
        <source>End the selected version now</source>
        <translation>End the selected version now</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="186"/>
        <source>End every version on the selected version&apos;s cluster now</source>
        <translation>End every version on the selected version&apos;s cluster now</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="187"/>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="187"/>
        <source>Show the selected version&apos;s secret (unlocks the vault; audited)</source>
        <translation>Show the selected version&apos;s secret (unlocks the vault; audited)</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="190"/>
        <source>&amp;Credentials</source>
        <translation>&amp;Credentials</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="195"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="197"/>
        <source>Routing tokens of the application</source>
        <translation>Routing tokens of the application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="200"/>
        <source>&amp;Issue token…</source>
        <translation>&amp;Issue token…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="185"/>
        <source>Revoke all versio&amp;ns</source>
        <translation>Revoke all versio&amp;ns</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="202"/>
        <source>Revoke t&amp;oken</source>
        <translation>Revoke t&amp;oken</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="206"/>
        <source>Revoke all toke&amp;ns</source>
        <translation>Revoke all toke&amp;ns</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="211"/>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="214"/>
        <source>Try the &amp;lookup</source>
        <translation>Try the &amp;lookup</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="290"/>
        <source>Cannot read the applications: %1</source>
        <translation>Cannot read the applications: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="346"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="348"/>
        <source> · team %1</source>
        <translation> · team %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="356"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="356"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="380"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="380"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="380"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="382"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="388"/>
        <source>&lt;i&gt;No applications yet. A platform engineer registers them with Register…&lt;/i&gt;</source>
        <translation>&lt;i&gt;No applications yet. A platform engineer registers them with Register…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="389"/>
        <source>&lt;i&gt;Select an application.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select an application.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="404"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="436"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="486"/>
        <source>Registering %1…</source>
        <translation>Registering %1…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="487"/>
        <source>Registering failed</source>
        <translation>Registering failed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="487"/>
        <source>Registered application %1.</source>
        <translation>Registered application %1.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="525"/>
        <source>Saving failed</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="525"/>
        <source>Saved application %1.</source>
        <translation>Saved application %1.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="548"/>
        <source>Remove application</source>
        <translation>Remove application</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="549"/>
        <source>Remove the application %1? Its requests stay in the history; its credentials and tokens stop working.</source>
        <translation>Remove the application %1? Its requests stay in the history; its credentials and tokens stop working.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="550"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="557"/>
        <source>Removing failed</source>
        <translation>Removing failed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="557"/>
        <source>Removed application %1.</source>
        <translation>Removed application %1.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="573"/>
        <source>Unlock the vault to store a credential: it is sealed there.</source>
        <translation>Unlock the vault to store a credential: it is sealed there.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="583"/>
        <source>Storing the credential…</source>
        <translation>Storing the credential…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="584"/>
        <source>Storing the credential failed</source>
        <translation>Storing the credential failed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="585"/>
        <source>Stored credential version %1 for %2 on %3 (user %4).</source>
        <translation>Stored credential version %1 for %2 on %3 (user %4).</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="610"/>
        <source>Unlock the vault to rotate a credential: it is sealed there.</source>
        <translation>Unlock the vault to rotate a credential: it is sealed there.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="621"/>
        <source>Rotating the credential…</source>
        <translation>Rotating the credential…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="622"/>
        <source>Rotating failed</source>
        <translation>Rotating failed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="623"/>
        <source>Rotated %1 on %2 to version %3; the previous one stays valid for %4 h.</source>
        <translation>Rotated %1 on %2 to version %3; the previous one stays valid for %4 h.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="644"/>
        <source>Revoke version %1 of the credential of %2 on %3 now? The routing services stop handing it out after the next push.</source>
        <translation>Revoke version %1 of the credential of %2 on %3 now? The routing services stop handing it out after the next push.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="646"/>
        <source>Revoke every version of the credential of %1 on %2 now? The routing services stop handing it out after the next push.</source>
        <translation>Revoke every version of the credential of %1 on %2 now? The routing services stop handing it out after the next push.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="648"/>
        <source>Revoke credential</source>
        <translation>Revoke credential</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="648"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="764"/>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="657"/>
        <location filename="../ui/applications/ApplicationsView.cpp" line="773"/>
        <source>Revoking failed</source>
        <translation>Revoking failed</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="658"/>
        <source>Revoked credential version %1 of %2 on %3.</source>
        <translation>Revoked credential version %1 of %2 on %3.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="659"/>
        <source>Revoked every credential of %1 on %2.</source>
        <translation>Revoked every credential of %1 on %2.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="670"/>
        <source>Unlock the vault to reveal a credential.</source>
        <translation>Unlock the vault to reveal a credential.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="682"/>
        <source>Cannot reveal the credential: %1</source>
        <translation>Cannot reveal the credential: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="688"/>
        <source>Credential of %1</source>
        <translation>Credential of %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="690"/>
        <source>User %1, version %2. The reveal is recorded in the audit log.</source>
        <translation>User %1, version %2. The reveal is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="693"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="697"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="718"/>
        <source>Unlock the vault to issue a token: its hash key is kept there.</source>
        <translation>Unlock the vault to issue a token: its hash key is kept there.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="735"/>
        <source>Issuing a token…</source>
        <translation>Issuing a token…</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="739"/>
        <source>Issuing failed: %1</source>
        <translation>Issuing failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="745"/>
        <source>Issued token %1 for %2.</source>
        <translation>Issued token %1 for %2.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="761"/>
        <source>Revoke token</source>
        <translation>Revoke token</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="762"/>
        <source>Revoke token %1 of %2 now? The routing services refuse it after the next push.</source>
        <translation>Revoke token %1 of %2 now? The routing services refuse it after the next push.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="763"/>
        <source>Revoke every token of %1 now? The routing services refuse them after the next push.</source>
        <translation>Revoke every token of %1 now? The routing services refuse them after the next push.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="774"/>
        <source>Revoked token %1.</source>
        <translation>Revoked token %1.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="774"/>
        <source>Revoked every token of %1.</source>
        <translation>Revoked every token of %1.</translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsView.cpp" line="798"/>
        <source>%1 holds no grant yet: request access to a channel first.</source>
        <translation>%1 holds no grant yet: request access to a channel first.</translation>
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
        <translation>Automatic push failed (%1). It is tried again after the next change; or push now.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="60"/>
        <source>Pushed automatically at %1.</source>
        <translation>Pushed automatically at %1.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="138"/>
        <source>Automatic push is off: push after changes.</source>
        <translation>Automatic push is off: push after changes.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="144"/>
        <source>Checking what is stale...</source>
        <translation>Checking what is stale...</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="148"/>
        <source>Automatic push cannot tell what is stale: %1</source>
        <translation>Automatic push cannot tell what is stale: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="155"/>
        <location filename="../ui/push/AutoPushController.cpp" line="197"/>
        <source>Automatic push is on: every routing service holds the current state.</source>
        <translation>Automatic push is on: every routing service holds the current state.</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="165"/>
        <source>Automatic push is waiting for the vault: %1 do(es) not hold the current state. Unlock the vault to push (the bundle is signed and its secrets sealed with keys kept there).</source>
        <translation>Automatic push is waiting for the vault: %1 do(es) not hold the current state. Unlock the vault to push (the bundle is signed and its secrets sealed with keys kept there).</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="179"/>
        <source>Automatic push is waiting for the vault: %1</source>
        <translation>Automatic push is waiting for the vault: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="185"/>
        <source>Pushing automatically...</source>
        <translation>Pushing automatically...</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="192"/>
        <source>Automatic push failed: %1</source>
        <translation>Automatic push failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/AutoPushController.cpp" line="201"/>
        <source>Pushing version %1 automatically...</source>
        <translation>Pushing version %1 automatically...</translation>
    </message>
</context>
<context>
    <name>Switchboard::BundlePusher</name>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="161"/>
        <source>the routing service&apos;s TLS certificate is not trusted (%1); if it comes from a private CA or is self-signed, register the CA with --ca-file</source>
        <translation>the routing service&apos;s TLS certificate is not trusted (%1); if it comes from a private CA or is self-signed, register the CA with --ca-file</translation>
    </message>
    <message>
        <location filename="../catalog/push/BundlePusher.cpp" line="164"/>
        <source>the routing service&apos;s TLS certificate is not trusted, not even with the registered CA certificates (%1)</source>
        <translation>the routing service&apos;s TLS certificate is not trusted, not even with the registered CA certificates (%1)</translation>
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
        <translation>Starting the demo cluster…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="128"/>
        <source>The demo cluster did not start: %1</source>
        <translation>The demo cluster did not start: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="132"/>
        <source>Cannot register the demo cluster: %1</source>
        <translation>Cannot register the demo cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="140"/>
        <source>The demo cluster&apos;s consumer groups could not be read: %1</source>
        <translation>The demo cluster&apos;s consumer groups could not be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="178"/>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="86"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="180"/>
        <source>The catalog is empty. Open the demo to look around: a small Kafka cluster that runs inside Switchboard, with a few dozen topics, records and consumer groups, a team&apos;s applications, channels and requests, and a routing service to push to. No server needed. Or register one of your own clusters.</source>
        <translation>The catalog is empty. Open the demo to look around: a small Kafka cluster that runs inside Switchboard, with a few dozen topics, records and consumer groups, a team&apos;s applications, channels and requests, and a routing service to push to. No server needed. Or register one of your own clusters.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="188"/>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="191"/>
        <source>Add a cl&amp;uster…</source>
        <translation>Add a cl&amp;uster…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="224"/>
        <source>Search names, descriptions and tags (Ctrl+F)</source>
        <translation>Search names, descriptions and tags (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="226"/>
        <source>Search topics</source>
        <translation>Search topics</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="231"/>
        <source>Only topics of this cluster</source>
        <translation>Only topics of this cluster</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="232"/>
        <source>Cluster filter</source>
        <translation>Cluster filter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="235"/>
        <source>Only topics of this environment</source>
        <translation>Only topics of this environment</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="236"/>
        <source>Environment filter</source>
        <translation>Environment filter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="239"/>
        <source>Only topics with this tag</source>
        <translation>Only topics with this tag</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="240"/>
        <source>Tag filter</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="241"/>
        <source>Show &amp;deleted</source>
        <translation>Show &amp;deleted</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="259"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="314"/>
        <source>Cannot read the topics: %1</source>
        <translation>Cannot read the topics: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="394"/>
        <source>Cannot read the clusters: %1</source>
        <translation>Cannot read the clusters: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="422"/>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="427"/>
        <source>All environments</source>
        <translation>All environments</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="450"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="485"/>
        <source>%1+ topics</source>
        <translation>%1+ topics</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogView.cpp" line="487"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="489"/>
        <source>%1 (updating…)</source>
        <translation>%1 (updating…)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="571"/>
        <source>Crawling cluster %1 failed: %2</source>
        <translation>Crawling cluster %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="572"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="577"/>
        <source>Crawling cluster %1 was cancelled; its previous snapshot is kept.</source>
        <translation>Crawling cluster %1 was cancelled; its previous snapshot is kept.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="580"/>
        <source>Cluster %1 was crawled, but Switchboard may not read: %2</source>
        <translation>Cluster %1 was crawled, but Switchboard may not read: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogView.cpp" line="584"/>
        <source>Crawled %1: %n topic(s) in %2 ms</source>
        <translation>
            <numerusform>Crawled %1: %n topic in %2 ms</numerusform>
            <numerusform>Crawled %1: %n topics in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="606"/>
        <source>Cannot add the cluster: %1</source>
        <translation>Cannot add the cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="634"/>
        <source>Cannot change the cluster: %1</source>
        <translation>Cannot change the cluster: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="647"/>
        <source>Remove cluster</source>
        <translation>Remove cluster</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="648"/>
        <source>Remove cluster %1 and everything crawled from it? Curation of its topics (tags, owners, descriptions) is lost too.</source>
        <translation>Remove cluster %1 and everything crawled from it? Curation of its topics (tags, owners, descriptions) is lost too.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogView.cpp" line="665"/>
        <source>Cannot remove the cluster: %1</source>
        <translation>Cannot remove the cluster: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChannelsView</name>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="121"/>
        <source>Re&amp;quest access…</source>
        <translation>Re&amp;quest access…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="124"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="125"/>
        <source>Read the channels, rules and grants again (F5)</source>
        <translation>Read the channels, rules and grants again (F5)</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="131"/>
        <source>&amp;Bindings</source>
        <translation>&amp;Bindings</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="132"/>
        <source>R&amp;ules</source>
        <translation>R&amp;ules</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="133"/>
        <source>&amp;Grants</source>
        <translation>&amp;Grants</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="134"/>
        <source>Dry &amp;run</source>
        <translation>Dry &amp;run</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="135"/>
        <source>ACL &amp;drift</source>
        <translation>ACL &amp;drift</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="140"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="150"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <source>Environment</source>
        <translation>Environment</translation>
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
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="152"/>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="160"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="216"/>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="164"/>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="165"/>
        <source>Even if not in the catalog</source>
        <translation>Even if not in the catalog</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="167"/>
        <source>B&amp;ind</source>
        <translation>B&amp;ind</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="169"/>
        <source>Rebind (&amp;migrate)</source>
        <translation>Rebind (&amp;migrate)</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="171"/>
        <source>U&amp;nbind</source>
        <translation>U&amp;nbind</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="174"/>
        <source>Channe&amp;l</source>
        <translation>Channe&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="174"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="228"/>
        <source>&amp;Environment</source>
        <translation>&amp;Environment</translation>
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
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="223"/>
        <source>Add ru&amp;le</source>
        <translation>Add ru&amp;le</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="225"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="228"/>
        <source>Hos&amp;t pattern</source>
        <translation>Hos&amp;t pattern</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="228"/>
        <source>&amp;Path pattern</source>
        <translation>&amp;Path pattern</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="229"/>
        <source>T&amp;opic template</source>
        <translation>T&amp;opic template</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="245"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="249"/>
        <source>&amp;Provision ACLs</source>
        <translation>&amp;Provision ACLs</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="251"/>
        <source>Rev&amp;oke</source>
        <translation>Rev&amp;oke</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="277"/>
        <source>A&amp;pplication:</source>
        <translation>A&amp;pplication:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="278"/>
        <source>Channe&amp;l:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="279"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="280"/>
        <source>&amp;Intent:</source>
        <translation>&amp;Intent:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="281"/>
        <source>Consumer gr&amp;oup:</source>
        <translation>Consumer gr&amp;oup:</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="283"/>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solve</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="307"/>
        <source>Compare with the c&amp;luster</source>
        <translation>Compare with the c&amp;luster</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="309"/>
        <source>Compare with the last cra&amp;wl</source>
        <translation>Compare with the last cra&amp;wl</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/ChannelsView.cpp" line="574"/>
        <source>Grant #%1: %n ACL(s) created, %2 in place already.</source>
        <translation>
            <numerusform>Grant #%1: %n ACL created, %2 in place already.</numerusform>
            <numerusform>Grant #%1: %n ACLs created, %2 in place already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/ChannelsView.cpp" line="595"/>
        <source>Revoked grant #%1; %n ACL(s) deleted, %2 kept for other grants.</source>
        <translation>
            <numerusform>Revoked grant #%1; %n ACL deleted, %2 kept for other grants.</numerusform>
            <numerusform>Revoked grant #%1; %n ACLs deleted, %2 kept for other grants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="202"/>
        <source>A rule routes every channel whose host and path match its patterns: &apos;*&apos; stands for one host label or one path segment; in the topic template {N} is path segment N (from 0) and {key} the last one. Explicit bindings win; among rules, the most specific.</source>
        <translation>A rule routes every channel whose host and path match its patterns: &apos;*&apos; stands for one host label or one path segment; in the topic template {N} is path segment N (from 0) and {key} the last one. Explicit bindings win; among rules, the most specific.</translation>
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
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="208"/>
        <source>Topic template</source>
        <translation>Topic template</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="241"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="242"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="253"/>
        <source>Revokes the grant and deletes exactly the ACLs it created</source>
        <translation>Revokes the grant and deletes exactly the ACLs it created</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="270"/>
        <source>empty: the channel&apos;s only environment</source>
        <translation>empty: the channel&apos;s only environment</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="273"/>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="274"/>
        <source>Consume</source>
        <translation>Consume</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="275"/>
        <source>Any grant</source>
        <translation>Any grant</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="276"/>
        <source>consumer group (optional)</source>
        <translation>consumer group (optional)</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="316"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="318"/>
        <source>ACL drift</source>
        <translation>ACL drift</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="332"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="371"/>
        <location filename="../ui/channels/ChannelsView.cpp" line="384"/>
        <source>Cannot read the channels: %1</source>
        <translation>Cannot read the channels: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="393"/>
        <source>Bound although the catalog did not know the topic</source>
        <translation>Bound although the catalog did not know the topic</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="410"/>
        <source>From request %1</source>
        <translation>From request %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="425"/>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="449"/>
        <source>Moving %1 in %2 to %3 on %4…</source>
        <translation>Moving %1 in %2 to %3 on %4…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="458"/>
        <source>Moved %1 in %2 to %3 on %4; clients follow at their next refresh.</source>
        <translation>Moved %1 in %2 to %3 on %4; clients follow at their next refresh.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="472"/>
        <source>The grants&apos; ACLs followed: %1 created, %2 deleted.</source>
        <translation>The grants&apos; ACLs followed: %1 created, %2 deleted.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="488"/>
        <source>Bound %1 in %2 to %3 on %4.</source>
        <translation>Bound %1 in %2 to %3 on %4.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="510"/>
        <source>Unbound %1 in %2.</source>
        <translation>Unbound %1 in %2.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="525"/>
        <source>Added rule %1 in %2.</source>
        <translation>Added rule %1 in %2.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="567"/>
        <source>Provisioning the ACLs of grant #%1…</source>
        <translation>Provisioning the ACLs of grant #%1…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="571"/>
        <source>Provisioning failed: %1</source>
        <translation>Provisioning failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="588"/>
        <source>Revoking grant #%1…</source>
        <translation>Revoking grant #%1…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="592"/>
        <source>Revoking failed: %1</source>
        <translation>Revoking failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="608"/>
        <source>Comparing the last crawl&apos;s ACLs with the grants…</source>
        <translation>Comparing the last crawl&apos;s ACLs with the grants…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="608"/>
        <source>Reading the cluster&apos;s ACLs…</source>
        <translation>Reading the cluster&apos;s ACLs…</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="612"/>
        <source>Drift report failed: %1</source>
        <translation>Drift report failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="617"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="618"/>
        <source>grant #%1: %2 %3 %4</source>
        <translation>grant #%1: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="622"/>
        <source>Unexplained</source>
        <translation>Unexplained</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="623"/>
        <source>no grant; not an application&apos;s principal</source>
        <translation>no grant; not an application&apos;s principal</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="624"/>
        <source>no grant; principal of %1</source>
        <translation>no grant; principal of %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="628"/>
        <source>No drift on %1.</source>
        <translation>No drift on %1.</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="629"/>
        <source>%1 missing, %2 unexplained on %3. %4</source>
        <translation>%1 missing, %2 unexplained on %3. %4</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="678"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="681"/>
        <source>✓ %1 → topic %2 on cluster %3 (%4), environment %5, by %6; allowed by grant #%7 (%8).</source>
        <translation>✓ %1 → topic %2 on cluster %3 (%4), environment %5, by %6; allowed by grant #%7 (%8).</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="684"/>
        <source>binding</source>
        <translation>binding</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="684"/>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <location filename="../ui/channels/ChannelsView.cpp" line="698"/>
        <source>Filed a request for %1 to %2 %3.</source>
        <translation>Filed a request for %1 to %2 %3.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ClusterDialog</name>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="31"/>
        <source>Line %1: write a property as name=value</source>
        <translation>Line %1: write a property as name=value</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="45"/>
        <source>Add a cluster</source>
        <translation>Add a cluster</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="45"/>
        <source>Edit cluster %1</source>
        <translation>Edit cluster %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="49"/>
        <source>e.g. prod-eu</source>
        <translation>e.g. prod-eu</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="61"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="64"/>
        <source>host:port[,host:port…]</source>
        <translation>host:port[,host:port…]</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="65"/>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap servers:</translation>
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
        <translation>Client &amp;properties:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="75"/>
        <source>Passwords are not stored here: they belong in the vault.</source>
        <translation>Passwords are not stored here: they belong in the vault.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="83"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="139"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterDialog.cpp" line="154"/>
        <source>Connected: %n broker(s), %1 topics</source>
        <translation>
            <numerusform>Connected: %n broker, %1 topics</numerusform>
            <numerusform>Connected: %n brokers, %1 topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterDialog.cpp" line="160"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ClusterTreeModel</name>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="144"/>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="160"/>
        <source>crawling…</source>
        <translation>crawling…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="147"/>
        <source>never crawled</source>
        <translation>never crawled</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="154"/>
        <source>%n topic(s) · %1</source>
        <translation>
            <numerusform>%n topic · %1</numerusform>
            <numerusform>%n topics · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="156"/>
        <source>partial · %1</source>
        <translation>partial · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="158"/>
        <source>cancelled · %1</source>
        <translation>cancelled · %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="161"/>
        <source>failed · %1</source>
        <translation>failed · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="174"/>
        <source>Environment %1: %n cluster(s)</source>
        <translation>
            <numerusform>Environment %1: %n cluster</numerusform>
            <numerusform>Environment %1: %n clusters</numerusform>
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
        <translation>In-process demo cluster: configs, consumer group listing and ACLs are not crawled.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="218"/>
        <source>Last crawl: %1, %2</source>
        <translation>Last crawl: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="220"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="222"/>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="224"/>
        <source>Not allowed to read: %1</source>
        <translation>Not allowed to read: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="225"/>
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n broker</numerusform>
            <numerusform>%n brokers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="227"/>
        <source>%n under-replicated partition(s)</source>
        <translation>
            <numerusform>%n under-replicated partition</numerusform>
            <numerusform>%n under-replicated partitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="229"/>
        <source>Never crawled</source>
        <translation>Never crawled</translation>
    </message>
    <message>
        <location filename="../ui/clusters/ClusterTreeModel.cpp" line="244"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
</context>
<context>
    <name>Switchboard::ColumnChooser</name>
    <message>
        <location filename="../ui/widgets/ColumnChooser.cpp" line="11"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ColumnChooser.cpp" line="49"/>
        <source>Show &amp;all columns</source>
        <translation>Show &amp;all columns</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConfigTableModel</name>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="54"/>
        <source>overridden</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="56"/>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="58"/>
        <source>broker file</source>
        <translation>broker file</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="60"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="73"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="90"/>
        <source>Set on this topic, overriding the cluster&apos;s default</source>
        <translation>Set on this topic, overriding the cluster&apos;s default</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="101"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="102"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConfigTableModel.cpp" line="103"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsumerGroupTableModel</name>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="46"/>
        <source>Partition %1: committed %2, lag %3</source>
        <translation>Partition %1: committed %2, lag %3</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="61"/>
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="62"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="63"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../ui/topics/ConsumerGroupTableModel.cpp" line="64"/>
        <source>Lag</source>
        <translation>Lag</translation>
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
        <translation>%1 (%2 of %3)</translation>
    </message>
</context>
<context>
    <name>Switchboard::CrawlStrip</name>
    <message>
        <location filename="../ui/catalog/CrawlStrip.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CrawlStrip.cpp" line="32"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CrawlStrip.cpp" line="35"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialDialog</name>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="22"/>
        <source>Set credential of %1</source>
        <translation>Set credential of %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="22"/>
        <source>Rotate credential of %1</source>
        <translation>Rotate credential of %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="26"/>
        <source>The Kafka user %1 connects as. It replaces the current credential on that cluster at once; the secret is sealed in the vault.</source>
        <translation>The Kafka user %1 connects as. It replaces the current credential on that cluster at once; the secret is sealed in the vault.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="28"/>
        <source>A new secret for the same user. The previous one stays valid for the grace period, so running clients pick the new one up at their next refresh. Roll the broker side first.</source>
        <translation>A new secret for the same user. The previous one stays valid for the grace period, so running clients pick the new one up at their next refresh. Roll the broker side first.</translation>
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
        <translation>SASL mechanism</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="46"/>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanism:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="51"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="52"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="55"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="57"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="59"/>
        <source>&amp;Generate a random secret (32 bytes)</source>
        <translation>&amp;Generate a random secret (32 bytes)</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="64"/>
        <source>Grace period in hours</source>
        <translation>Grace period in hours</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="67"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="68"/>
        <source>none: the old secret ends now</source>
        <translation>none: the old secret ends now</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="69"/>
        <source>&amp;Grace period:</source>
        <translation>&amp;Grace period:</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="78"/>
        <source>&amp;Store</source>
        <translation>&amp;Store</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="78"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotate</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="93"/>
        <source>Register a cluster first.</source>
        <translation>Register a cluster first.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="95"/>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="97"/>
        <source>Enter the secret.</source>
        <translation>Enter the secret.</translation>
    </message>
    <message>
        <location filename="../ui/applications/CredentialDialog.cpp" line="97"/>
        <source>Enter the new secret or let one be generated.</source>
        <translation>Enter the new secret or let one be generated.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DecisionDialog</name>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="15"/>
        <source>Approve request</source>
        <translation>Approve request</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="15"/>
        <source>Decline request</source>
        <translation>Decline request</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to &lt;b&gt;%2&lt;/b&gt; &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wants to &lt;b&gt;%2&lt;/b&gt; &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="19"/>
        <source>produce to</source>
        <translation>produce to</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="19"/>
        <source>consume from</source>
        <translation>consume from</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="22"/>
        <source> as consumer group &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation> as consumer group &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="24"/>
        <source>&lt;br&gt;New channel, bound on approval in %1 to topic &lt;tt&gt;%2&lt;/tt&gt; on %3</source>
        <translation>&lt;br&gt;New channel, bound on approval in %1 to topic &lt;tt&gt;%2&lt;/tt&gt; on %3</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="28"/>
        <source>&lt;br&gt;Justification: %1</source>
        <translation>&lt;br&gt;Justification: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="33"/>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="33"/>
        <source>&amp;Reason (the requester reads it):</source>
        <translation>&amp;Reason (the requester reads it):</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="39"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="39"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="44"/>
        <source>Create topic %1 on %2</source>
        <translation>Create topic %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="48"/>
        <source>Bind even if the catalog does not know the topic yet</source>
        <translation>Bind even if the catalog does not know the topic yet</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="53"/>
        <source>Provision the ACLs on the cluster</source>
        <translation>Provision the ACLs on the cluster</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="55"/>
        <source>Uses the application&apos;s principal on the cluster: WRITE and DESCRIBE on the topic for produce; READ and DESCRIBE, plus READ on the consumer group, for consume.</source>
        <translation>Uses the application&apos;s principal on the cluster: WRITE and DESCRIBE on the topic for produce; READ and DESCRIBE, plus READ on the consumer group, for consume.</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="62"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../ui/requests/DecisionDialog.cpp" line="62"/>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
</context>
<context>
    <name>Switchboard::DemoController</name>
    <message>
        <location filename="../ui/catalog/DemoController.cpp" line="259"/>
        <source>The push to the demo routing service failed (version %1): %2</source>
        <translation>The push to the demo routing service failed (version %1): %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::DescriptionDialog</name>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="15"/>
        <source>Description of %1</source>
        <translation>Description of %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="18"/>
        <source>Markdown: **bold**, *italic*, `code`, lists, links.</source>
        <translation>Markdown: **bold**, *italic*, `code`, lists, links.</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="22"/>
        <source>Description (Markdown)</source>
        <translation>Description (Markdown)</translation>
    </message>
    <message>
        <location filename="../ui/topics/DescriptionDialog.cpp" line="26"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>Switchboard::ExportConfigDialog</name>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="28"/>
        <source>Export Client Configuration</source>
        <translation>Export Client Configuration</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="41"/>
        <source>&amp;Application:</source>
        <translation>&amp;Application:</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="42"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="43"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="50"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../ui/main/ExportConfigDialog.cpp" line="86"/>
        <source>No application has a grant on a channel yet. Grant one in the Channels view first.</source>
        <translation>No application has a grant on a channel yet. Grant one in the Channels view first.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryTableModel</name>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="32"/>
        <source>Appeared</source>
        <translation>Appeared</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="34"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="36"/>
        <source>Re-created</source>
        <translation>Re-created</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="38"/>
        <source>Partition count changed</source>
        <translation>Partition count changed</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="40"/>
        <source>Replication factor changed</source>
        <translation>Replication factor changed</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="42"/>
        <source>Setting %1 changed</source>
        <translation>Setting %1 changed</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="67"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="68"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="69"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ui/topics/HistoryTableModel.cpp" line="70"/>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>Switchboard::LookupPanel</name>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="41"/>
        <source>Channel to look up</source>
        <translation>Channel to look up</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="44"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="47"/>
        <source>Config profile</source>
        <translation>Config profile</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="48"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="51"/>
        <source>Environment (kafka.env)</source>
        <translation>Environment (kafka.env)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="52"/>
        <source>optional: kafka.env, needed when the channel is bound in several environments</source>
        <translation>optional: kafka.env, needed when the channel is bound in several environments</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="53"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="56"/>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="57"/>
        <source>As&amp;k:</source>
        <translation>As&amp;k:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="60"/>
        <source>Routing token</source>
        <translation>Routing token</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="62"/>
        <source>the application&apos;s routing token (sbt_…); a token issued in this window is filled in</source>
        <translation>the application&apos;s routing token (sbt_…); a token issued in this window is filled in</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="63"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="66"/>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="77"/>
        <source>Lookup answer</source>
        <translation>Lookup answer</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="80"/>
        <source>The answer an SDK gets, secrets redacted.</source>
        <translation>The answer an SDK gets, secrets redacted.</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="101"/>
        <source>Routing service %1 (%2)</source>
        <translation>Routing service %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="102"/>
        <source>This catalog (computed locally)</source>
        <translation>This catalog (computed locally)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="140"/>
        <source>no token given to ask %1 with</source>
        <translation>no token given to ask %1 with</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="147"/>
        <source>no routing service is registered</source>
        <translation>no routing service is registered</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="170"/>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="179"/>
        <source>routing service %1 did not answer: %2</source>
        <translation>routing service %1 did not answer: %2</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="182"/>
        <source>Answer from routing service %1 (%2)</source>
        <translation>Answer from routing service %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/applications/LookupPanel.cpp" line="204"/>
        <source>Computed locally from this catalog by the routing service&apos;s own code (not asked over HTTP)</source>
        <translation>Computed locally from this catalog by the routing service&apos;s own code (not asked over HTTP)</translation>
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
            <numerusform>(not JSON: %n byte)</numerusform>
            <numerusform>(not JSON: %n bytes)</numerusform>
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
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="99"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="101"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="118"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="150"/>
        <source>Catalog: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="94"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="191"/>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>platform member</source>
        <translation>platform member</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="193"/>
        <source>developer</source>
        <translation>developer</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="194"/>
        <source>Workspace %1: %2, %3</source>
        <translation>Workspace %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="197"/>
        <source>%n change(s) wait to be sent</source>
        <translation>
            <numerusform>%n change waits to be sent</numerusform>
            <numerusform>%n changes wait to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="199"/>
        <source>%n record(s) ignored</source>
        <translation>
            <numerusform>%n record ignored</numerusform>
            <numerusform>%n records ignored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="201"/>
        <source>Shared through the Kafka cluster %1; switchboard-cli workspace sync sends and receives the changes</source>
        <translation>Shared through the Kafka cluster %1; switchboard-cli workspace sync sends and receives the changes</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="226"/>
        <source>The demo&apos;s routing service needs the vault: unlock it (or create it) so the demo applications get their credentials and tokens and the demo state is pushed.</source>
        <translation>The demo&apos;s routing service needs the vault: unlock it (or create it) so the demo applications get their credentials and tokens and the demo state is pushed.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="228"/>
        <source>&amp;Unlock the vault…</source>
        <translation>&amp;Unlock the vault…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237"/>
        <source>Starting the demo&apos;s routing service and pushing the demo state to it…</source>
        <translation>Starting the demo&apos;s routing service and pushing the demo state to it…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>The demo is ready: its routing service at %1 answers lookups for the demo applications. Try it: approve a pending request (Requests), push (Routing), export a snippet (Vault menu).</source>
        <translation>The demo is ready: its routing service at %1 answers lookups for the demo applications. Try it: approve a pending request (Requests), push (Routing), export a snippet (Vault menu).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249"/>
        <source>The demo&apos;s routing service is not available: %1</source>
        <translation>The demo&apos;s routing service is not available: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="267"/>
        <source>&amp;Add cluster…</source>
        <translation>&amp;Add cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="271"/>
        <source>&amp;Edit cluster…</source>
        <translation>&amp;Edit cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;Remove cluster…</source>
        <translation>&amp;Remove cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="280"/>
        <source>&amp;Crawl cluster</source>
        <translation>&amp;Crawl cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="283"/>
        <source>Crawl the selected cluster (Ctrl+Shift+R)</source>
        <translation>Crawl the selected cluster (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="285"/>
        <source>Crawl &amp;all</source>
        <translation>Crawl &amp;all</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="288"/>
        <source>Crawl every cluster (Ctrl+R)</source>
        <translation>Crawl every cluster (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="290"/>
        <source>Ca&amp;ncel crawl</source>
        <translation>Ca&amp;ncel crawl</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="293"/>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="295"/>
        <source>The demo cluster, a demo team and a routing service, all inside Switchboard</source>
        <translation>The demo cluster, a demo team and a routing service, all inside Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="297"/>
        <source>&amp;Find topics</source>
        <translation>&amp;Find topics</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>Re&amp;quest access…</source>
        <translation>Re&amp;quest access…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>Ask for an application to produce to or consume from the selected topic</source>
        <translation>Ask for an application to produce to or consume from the selected topic</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="314"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="318"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="321"/>
        <source>&amp;About Switchboard</source>
        <translation>&amp;About Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="326"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>Show &amp;deleted topics</source>
        <translation>Show &amp;deleted topics</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="341"/>
        <source>Topic &amp;columns</source>
        <translation>Topic &amp;columns</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="343"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="351"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="354"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>&amp;Export Client Configuration…</source>
        <translation>&amp;Export Client Configuration…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360"/>
        <source>V&amp;ault</source>
        <translation>V&amp;ault</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="371"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="375"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="422"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="472"/>
        <source>The vault is unlocked.</source>
        <translation>The vault is unlocked.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="483"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="504"/>
        <source>About Switchboard</source>
        <translation>About Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="506"/>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="507"/>
        <source>&lt;p&gt;A self-service catalog portal for Apache Kafka: find topics, curate them, request access and route clients.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and librdkafka.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A self-service catalog portal for Apache Kafka: find topics, curate them, request access and route clients.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and librdkafka.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="33"/>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Switchboard::PartitionTableModel</name>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="51"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="72"/>
        <source>Offline: no leader</source>
        <translation>Offline: no leader</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="74"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Under-replicated: %1 of %2 replicas in sync</translation>
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
        <translation>Replicas</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="90"/>
        <source>In sync</source>
        <translation>In sync</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="91"/>
        <source>Low watermark</source>
        <translation>Low watermark</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="92"/>
        <source>High watermark</source>
        <translation>High watermark</translation>
    </message>
    <message>
        <location filename="../ui/topics/PartitionTableModel.cpp" line="93"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProfileListModel</name>
    <message>
        <location filename="../ui/profiles/ProfileListModel.cpp" line="40"/>
        <source>%1  (%2, built-in)</source>
        <translation>%1  (%2, built-in)</translation>
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
        <translation>No acknowledged record is lost and none is written twice, at some cost in latency.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="48"/>
        <source>The leader answers only once every in-sync replica has the record, so a broker failure right after the acknowledgement loses nothing.</source>
        <translation>The leader answers only once every in-sync replica has the record, so a broker failure right after the acknowledgement loses nothing.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="51"/>
        <source>Retries cannot write a record twice or reorder records: the broker drops duplicates by producer id and sequence number.</source>
        <translation>Retries cannot write a record twice or reorder records: the broker drops duplicates by producer id and sequence number.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="54"/>
        <source>The highest value that idempotence allows while keeping order; more is refused.</source>
        <translation>The highest value that idempotence allows while keeping order; more is refused.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="56"/>
        <source>A record is retried for up to two minutes (the Java default; librdkafka&apos;s is five), then reported as failed so the application can react instead of waiting.</source>
        <translation>A record is retried for up to two minutes (the Java default; librdkafka&apos;s is five), then reported as failed so the application can react instead of waiting.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="59"/>
        <source>Large, compressed batches for bulk and streaming loads, trading a little latency.</source>
        <translation>Large, compressed batches for bulk and streaming loads, trading a little latency.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="61"/>
        <source>Waiting up to 50 ms lets batches fill: fewer, larger requests and better compression.</source>
        <translation>Waiting up to 50 ms lets batches fill: fewer, larger requests and better compression.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="63"/>
        <source>Batches of up to 1 MiB so a busy partition is not cut into many small requests.</source>
        <translation>Batches of up to 1 MiB so a busy partition is not cut into many small requests.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="65"/>
        <source>LZ4 compresses quickly with little CPU and typically halves network and disk use.</source>
        <translation>LZ4 compresses quickly with little CPU and typically halves network and disk use.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="67"/>
        <source>Throughput comes from batching, not from giving up durability.</source>
        <translation>Throughput comes from batching, not from giving up durability.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="69"/>
        <source>Each record leaves at once, for request/response and interactive traffic.</source>
        <translation>Each record leaves at once, for request/response and interactive traffic.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="71"/>
        <source>Do not wait for a batch to fill: send as soon as a record is produced.</source>
        <translation>Do not wait for a batch to fill: send as soon as a record is produced.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="73"/>
        <source>Small records gain little from compression, and compressing costs time on both ends.</source>
        <translation>Small records gain little from compression, and compressing costs time on both ends.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="75"/>
        <source>Only the leader acknowledges, saving the replication round trip; a record can be lost if the leader fails before its followers copy it. Use durableWrite when that matters.</source>
        <translation>Only the leader acknowledges, saving the replication round trip; a record can be lost if the leader fails before its followers copy it. Use durableWrite when that matters.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="78"/>
        <source>Fewer, larger fetches for consumers that process data in bulk.</source>
        <translation>Fewer, larger fetches for consumers that process data in bulk.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="80"/>
        <source>The broker answers once 1 MiB is ready (or the wait ends), so each fetch carries a lot.</source>
        <translation>The broker answers once 1 MiB is ready (or the wait ends), so each fetch carries a lot.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="82"/>
        <source>The longest the broker holds a fetch to gather fetch.min.bytes; bounds the added latency.</source>
        <translation>The longest the broker holds a fetch to gather fetch.min.bytes; bounds the added latency.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="84"/>
        <source>Up to 4 MiB per partition and fetch, so a busy partition is drained in few round trips.</source>
        <translation>Up to 4 MiB per partition and fetch, so a busy partition is drained in few round trips.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="86"/>
        <source>Up to 100 MiB per fetch response across partitions.</source>
        <translation>Up to 100 MiB per fetch response across partitions.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="88"/>
        <source>At-least-once processing: offsets are committed by the application after the work is done.</source>
        <translation>At-least-once processing: offsets are committed by the application after the work is done.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="90"/>
        <source>The application commits offsets itself after processing, so a crash re-reads records instead of skipping them.</source>
        <translation>The application commits offsets itself after processing, so a crash re-reads records instead of skipping them.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="93"/>
        <source>Records of aborted or still open transactions are never delivered.</source>
        <translation>Records of aborted or still open transactions are never delivered.</translation>
    </message>
    <message>
        <location filename="../catalog/profiles/ProfileStore.cpp" line="95"/>
        <source>A new consumer group starts at the oldest record rather than silently skipping history.</source>
        <translation>A new consumer group starts at the oldest record rather than silently skipping history.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProfilesView</name>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="65"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="69"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
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
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="91"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="97"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="60"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="67"/>
        <source>Co&amp;py…</source>
        <translation>Co&amp;py…</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="96"/>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="108"/>
        <source>Add p&amp;roperty</source>
        <translation>Add p&amp;roperty</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="110"/>
        <source>Re&amp;move property</source>
        <translation>Re&amp;move property</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="112"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="124"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="127"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="255"/>
        <source>Built-in profiles do not change. Copy one to adapt it.</source>
        <translation>Built-in profiles do not change. Copy one to adapt it.</translation>
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
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="324"/>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="348"/>
        <source>Copy profile</source>
        <translation>Copy profile</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="348"/>
        <source>Name of the copy of %1:</source>
        <translation>Name of the copy of %1:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="360"/>
        <source>Copied %1 to %2</source>
        <translation>Copied %1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="377"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="381"/>
        <source>Saved %1 (version %2)</source>
        <translation>Saved %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="392"/>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="392"/>
        <source>Delete the profile %1? Its history stays in the audit log.</source>
        <translation>Delete the profile %1? Its history stays in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesView.cpp" line="401"/>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Reader</name>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="97"/>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="115"/>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="145"/>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <location filename="../catalog/bundle/BundlePayload.cpp" line="166"/>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
</context>
<context>
    <name>Switchboard::RequestAccessDialog</name>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="42"/>
        <source>Request access</source>
        <translation>Request access</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="53"/>
        <source>&amp;Application:</source>
        <translation>&amp;Application:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="57"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="60"/>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="61"/>
        <source>Consume</source>
        <translation>Consume</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="62"/>
        <source>&amp;Intent:</source>
        <translation>&amp;Intent:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="65"/>
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="66"/>
        <source>the consumer group the application uses</source>
        <translation>the consumer group the application uses</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="67"/>
        <source>Any group starting with this (prefix)</source>
        <translation>Any group starting with this (prefix)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="72"/>
        <source>Consumer group:</source>
        <translation>Consumer group:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="75"/>
        <source>Why the application needs this</source>
        <translation>Why the application needs this</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="77"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="80"/>
        <source>New channel: bind it on approval to</source>
        <translation>New channel: bind it on approval to</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="91"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
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
        <translation>&amp;File request</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="236"/>
        <source>Choose the application the access is for (a platform engineer registers applications).</source>
        <translation>Choose the application the access is for (a platform engineer registers applications).</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestAccessDialog.cpp" line="247"/>
        <source>Filing the request…</source>
        <translation>Filing the request…</translation>
    </message>
</context>
<context>
    <name>Switchboard::RequestTableModel</name>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="54"/>
        <source>New channel, proposed for topic %1 on %2 (%3)</source>
        <translation>New channel, proposed for topic %1 on %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="65"/>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="65"/>
        <source>Consume</source>
        <translation>Consume</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="67"/>
        <source>%1 (new: %2)</source>
        <translation>%1 (new: %2)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="89"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="91"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="93"/>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="95"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="97"/>
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="99"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="101"/>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="103"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="105"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Switchboard::RequestsView</name>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="53"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="48"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="58"/>
        <source>Re&amp;quest access…</source>
        <translation>Re&amp;quest access…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="60"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="62"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Decline…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="64"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="66"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="67"/>
        <source>Read the requests again (F5)</source>
        <translation>Read the requests again (F5)</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="81"/>
        <source>Access requests</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="168"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="156"/>
        <source>Cannot read the requests: %1</source>
        <translation>Cannot read the requests: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="229"/>
        <source>&lt;i&gt;Select a request to see its justification and decision.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a request to see its justification and decision.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="233"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · filed by %3 on %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · filed by %3 on %4</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="237"/>
        <source>Justification: %1</source>
        <translation>Justification: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="239"/>
        <source>New channel: bind in %1 to topic %2 on %3</source>
        <translation>New channel: bind in %1 to topic %2 on %3</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="242"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="245"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="257"/>
        <source>Filed request for %1 to %2 %3; a platform engineer decides.</source>
        <translation>Filed request for %1 to %2 %3; a platform engineer decides.</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="299"/>
        <source>Approving…</source>
        <translation>Approving…</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="303"/>
        <source>Approval failed: %1</source>
        <translation>Approval failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="306"/>
        <source>Approved: %1 may %2 %3 (grant #%4).</source>
        <translation>Approved: %1 may %2 %3 (grant #%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestsView.cpp" line="311"/>
        <source>%n ACL(s) created.</source>
        <translation>
            <numerusform>%n ACL created.</numerusform>
            <numerusform>%n ACLs created.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="340"/>
        <source>The routing services answer with it after a push.</source>
        <translation>The routing services answer with it after a push.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestsView.cpp" line="341"/>
        <source>&amp;Push to %n routing service(s)</source>
        <translation>
            <numerusform>&amp;Push to %n routing service</numerusform>
            <numerusform>&amp;Push to %n routing services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="362"/>
        <source>Declining failed: %1</source>
        <translation>Declining failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="365"/>
        <source>Declined; the requester sees your reason.</source>
        <translation>Declined; the requester sees your reason.</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="386"/>
        <source>Withdrawing failed: %1</source>
        <translation>Withdrawing failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="389"/>
        <source>Request withdrawn.</source>
        <translation>Request withdrawn.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RoleSelector</name>
    <message>
        <location filename="../ui/requests/RoleSelector.cpp" line="13"/>
        <source>What this desktop offers you. A setting, not a permission: enforcement between people comes with the shared workspace.</source>
        <translation>What this desktop offers you. A setting, not a permission: enforcement between people comes with the shared workspace.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RoutersView</name>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Routing service</source>
        <translation>Routing service</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Version held</source>
        <translation>Version held</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="60"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="67"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="59"/>
        <source>Routing services</source>
        <translation>Routing services</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="65"/>
        <source>&amp;Push to all</source>
        <translation>&amp;Push to all</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="66"/>
        <source>Push to &amp;selected</source>
        <translation>Push to &amp;selected</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="68"/>
        <source>Read the routing services and their state again (F5)</source>
        <translation>Read the routing services and their state again (F5)</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="71"/>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="73"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="78"/>
        <source>Push a&amp;utomatically</source>
        <translation>Push a&amp;utomatically</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="80"/>
        <source>After every approval, revocation, re-binding, rotation or new token, push the bundle to the routing services that no longer hold the current state. A setting of the catalog: the command-line tool follows it too.</source>
        <translation>After every approval, revocation, re-binding, rotation or new token, push the bundle to the routing services that no longer hold the current state. A setting of the catalog: the command-line tool follows it too.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="107"/>
        <source>Cannot change the automatic push: %1</source>
        <translation>Cannot change the automatic push: %1</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="120"/>
        <source>%1: push of version %2 failed: %3</source>
        <translation>%1: push of version %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="129"/>
        <source>Every routing service holds the current bundle.</source>
        <translation>Every routing service holds the current bundle.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="154"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="199"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="203"/>
        <source>never pushed</source>
        <translation>never pushed</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="205"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="207"/>
        <source>stale: the catalog changed since</source>
        <translation>stale: the catalog changed since</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="209"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="218"/>
        <source>No routing services registered: Register… (or switchboard-cli router add NAME URL PUBLIC_KEY).</source>
        <translation>No routing services registered: Register… (or switchboard-cli router add NAME URL PUBLIC_KEY).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/push/RoutersView.cpp" line="220"/>
        <source>%n routing service(s) do not hold the current approved state: push.</source>
        <translation>
            <numerusform>%n routing service does not hold the current approved state: push.</numerusform>
            <numerusform>%n routing services do not hold the current approved state: push.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="222"/>
        <source>All routing services hold the current approved state.</source>
        <translation>All routing services hold the current approved state.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="268"/>
        <source>Unlock the vault to push: the bundle carries sealed credentials and is signed with the portal key kept there.</source>
        <translation>Unlock the vault to push: the bundle carries sealed credentials and is signed with the portal key kept there.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="280"/>
        <source>Compiling and signing the bundle...</source>
        <translation>Compiling and signing the bundle...</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutersView.cpp" line="293"/>
        <source>Pushing version %1...</source>
        <translation>Pushing version %1...</translation>
    </message>
</context>
<context>
    <name>Switchboard::RoutingServiceDialog</name>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="20"/>
        <source>Edit routing service</source>
        <translation>Edit routing service</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="20"/>
        <source>Register a routing service</source>
        <translation>Register a routing service</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="28"/>
        <source>what switchboard-router keygen printed</source>
        <translation>what switchboard-router keygen printed</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="32"/>
        <source>only for a private CA or a self-signed certificate</source>
        <translation>only for a private CA or a self-signed certificate</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="33"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="47"/>
        <source>Trusts the system&apos;s CAs only.</source>
        <translation>Trusts the system&apos;s CAs only.</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="48"/>
        <source>Trusts its registered CA certificates; choose a file to replace them, or clear to keep them.</source>
        <translation>Trusts its registered CA certificates; choose a file to replace them, or clear to keep them.</translation>
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
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="31"/>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="58"/>
        <source>CA certificates (PEM)</source>
        <translation>CA certificates (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="68"/>
        <source>CA certificates</source>
        <translation>CA certificates</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="68"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM files (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/push/RoutingServiceDialog.cpp" line="82"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Cannot read the CA file %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="26"/>
        <source>I work as</source>
        <translation>I work as</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="28"/>
        <source>&amp;Platform engineer: curate the catalog, approve requests</source>
        <translation>&amp;Platform engineer: curate the catalog, approve requests</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="30"/>
        <source>&amp;Developer: find topics, request access, export client settings</source>
        <translation>&amp;Developer: find topics, request access, export client settings</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="50"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="59"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="60"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="62"/>
        <source>&amp;Crawl every cluster every:</source>
        <translation>&amp;Crawl every cluster every:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="67"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="68"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="70"/>
        <source>Colo&amp;urs:</source>
        <translation>Colo&amp;urs:</translation>
    </message>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="72"/>
        <source>A new language applies to windows opened from now on; restart Switchboard to see it everywhere.</source>
        <translation>A new language applies to windows opened from now on; restart Switchboard to see it everywhere.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SnippetDialog</name>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="54"/>
        <source>Client configuration for %1</source>
        <translation>Client configuration for %1</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="59"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="76"/>
        <source>&amp;Reveal secret</source>
        <translation>&amp;Reveal secret</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="96"/>
        <source>Client configuration</source>
        <translation>Client configuration</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="107"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="109"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="122"/>
        <source>Save snippet</source>
        <translation>Save snippet</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="204"/>
        <source>The secret is shown. Copies are cleared from the clipboard after %1 s.</source>
        <translation>The secret is shown. Copies are cleared from the clipboard after %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="206"/>
        <source>Secrets are redacted.</source>
        <translation>Secrets are redacted.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="232"/>
        <source>Copied, with the secret; the clipboard is cleared in %1 s.</source>
        <translation>Copied, with the secret; the clipboard is cleared in %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="234"/>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="241"/>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="248"/>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/snippets/SnippetDialog.cpp" line="253"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::TagEditor</name>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="21"/>
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="22"/>
        <source>Add a tag…</source>
        <translation>Add a tag…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TagEditor.cpp" line="64"/>
        <source>Remove the tag %1</source>
        <translation>Remove the tag %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::TokenDialog</name>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="19"/>
        <source>Issue token for %1</source>
        <translation>Issue token for %1</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="22"/>
        <source>The application presents the token to the routing service (HTTP Basic auth: user %1, the token as password). It is shown once; Switchboard keeps only a keyed hash.</source>
        <translation>The application presents the token to the routing service (HTTP Basic auth: user %1, the token as password). It is shown once; Switchboard keeps only a keyed hash.</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="31"/>
        <source>Token label</source>
        <translation>Token label</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="32"/>
        <source>what the token is for, e.g. production deployment</source>
        <translation>what the token is for, e.g. production deployment</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="33"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="36"/>
        <source>Expires in days</source>
        <translation>Expires in days</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="38"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="39"/>
        <source>never (until revoked)</source>
        <translation>never (until revoked)</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="40"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Expires in:</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="42"/>
        <source>&amp;Issue token</source>
        <translation>&amp;Issue token</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="58"/>
        <source>Issued token</source>
        <translation>Issued token</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="61"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="63"/>
        <source>Copies the token as a secret: clipboard managers do not keep it, and it is cleared after 30 s</source>
        <translation>Copies the token as a secret: clipboard managers do not keep it, and it is cleared after 30 s</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="88"/>
        <source>Token %1 issued. Copy it now: it is not shown again.</source>
        <translation>Token %1 issued. Copy it now: it is not shown again.</translation>
    </message>
    <message>
        <location filename="../ui/applications/TokenDialog.cpp" line="112"/>
        <source>Copied as a secret: clipboard managers do not keep it, and it is cleared in 30 s. The token is not shown again once this dialog closes.</source>
        <translation>Copied as a secret: clipboard managers do not keep it, and it is cleared in 30 s. The token is not shown again once this dialog closes.</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicDetailView</name>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="55"/>
        <source>Select a topic to see its partitions, configuration, consumers and history.</source>
        <translation>Select a topic to see its partitions, configuration, consumers and history.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="89"/>
        <source>Owner team, e.g. team-billing</source>
        <translation>Owner team, e.g. team-billing</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="94"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="96"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="99"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="101"/>
        <source>&amp;Edit description…</source>
        <translation>&amp;Edit description…</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="106"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="110"/>
        <source>Important settings (overridden ones in bold)</source>
        <translation>Important settings (overridden ones in bold)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="115"/>
        <source>Important settings</source>
        <translation>Important settings</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="121"/>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="126"/>
        <source>&amp;Partitions</source>
        <translation>&amp;Partitions</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="128"/>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="132"/>
        <source>Co&amp;nsumers</source>
        <translation>Co&amp;nsumers</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="134"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="139"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="218"/>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="220"/>
        <source>cluster %1 (%2)</source>
        <translation>cluster %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="221"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="222"/>
        <source>replication %1</source>
        <translation>replication %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="224"/>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="226"/>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicDetailView.cpp" line="228"/>
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n under-replicated</numerusform>
            <numerusform>%n under-replicated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="230"/>
        <source>deleted %1</source>
        <translation>deleted %1</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="237"/>
        <source>*No description yet.* Use **Edit description** to say what the topic carries, who produces it and how to consume it.</source>
        <translation>*No description yet.* Use **Edit description** to say what the topic carries, who produces it and how to consume it.</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="246"/>
        <source>No configuration was crawled for this cluster (the demo cluster does not answer DescribeConfigs).</source>
        <translation>No configuration was crawled for this cluster (the demo cluster does not answer DescribeConfigs).</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="259"/>
        <source>Messages and rate over the crawls</source>
        <translation>Messages and rate over the crawls</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="268"/>
        <location filename="../ui/topics/TopicDetailView.cpp" line="302"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="272"/>
        <source>Rate (msg/s)</source>
        <translation>Rate (msg/s)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="309"/>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicDetailView.cpp" line="319"/>
        <source>Messages and rate over the crawls (a rate needs two crawls)</source>
        <translation>Messages and rate over the crawls (a rate needs two crawls)</translation>
    </message>
</context>
<context>
    <name>Switchboard::TopicTableModel</name>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="220"/>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="223"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="225"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topics/TopicTableModel.cpp" line="226"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="238"/>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="245"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="278"/>
        <source>Deleted from %1 on %2</source>
        <translation>Deleted from %1 on %2</translation>
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
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="297"/>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="298"/>
        <source>Replication</source>
        <translation>Replication</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="299"/>
        <source>Under-replicated</source>
        <translation>Under-replicated</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="300"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="301"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="302"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="303"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="304"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="309"/>
        <source>Partitions whose in-sync replicas are fewer than their replicas</source>
        <translation>Partitions whose in-sync replicas are fewer than their replicas</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="310"/>
        <source>Messages retained: the sum of high minus low watermarks</source>
        <translation>Messages retained: the sum of high minus low watermarks</translation>
    </message>
    <message>
        <location filename="../ui/topics/TopicTableModel.cpp" line="311"/>
        <source>Messages per second between the last two crawls</source>
        <translation>Messages per second between the last two crawls</translation>
    </message>
</context>
<context>
    <name>Switchboard::UnlockDialog</name>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="53"/>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="54"/>
        <source>Secrets (credentials, tokens, the signing key) are encrypted in the catalog. Choose a passphrase of at least %1 characters: it unlocks the vault and recovers it if the OS keychain is lost. It cannot be recovered if you forget it.</source>
        <translation>Secrets (credentials, tokens, the signing key) are encrypted in the catalog. Choose a passphrase of at least %1 characters: it unlocks the vault and recovers it if the OS keychain is lost. It cannot be recovered if you forget it.</translation>
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
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="63"/>
        <source>Unlock the vault</source>
        <translation>Unlock the vault</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="64"/>
        <source>Enter the vault passphrase to use stored secrets.</source>
        <translation>Enter the vault passphrase to use stored secrets.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="69"/>
        <source>Change the vault passphrase</source>
        <translation>Change the vault passphrase</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="70"/>
        <source>The stored secrets stay as they are; only the passphrase that protects their key changes.</source>
        <translation>The stored secrets stay as they are; only the passphrase that protects their key changes.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="74"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="75"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="80"/>
        <source>Remember in the OS &amp;keychain</source>
        <translation>Remember in the OS &amp;keychain</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="86"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="86"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="86"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="111"/>
        <source>Asking the OS keychain…</source>
        <translation>Asking the OS keychain…</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="118"/>
        <source>The OS keychain did not open the vault. Enter the vault passphrase.</source>
        <translation>The OS keychain did not open the vault. Enter the vault passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/vault/UnlockDialog.cpp" line="151"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
</TS>
