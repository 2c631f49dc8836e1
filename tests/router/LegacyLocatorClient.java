// Does what the older Java service-locator SDK does: GET /service-locator with the apikey,
// Channel, Service-Type and Organization headers, reads only X-Kafka-Bootstrap-Servers and
// X-Kafka-Topic, sets bootstrap.servers and produces to the topic with the real Kafka client
// (org.apache.kafka:kafka-clients). The SASL settings are the application's own, as with that SDK.
//
//   java LegacyLocatorClient URL ORGANIZATION CHANNEL COUNT PREFIX SECURITY_PROTOCOL SASL_USER
//   environment: LOCATOR_APIKEY (the token), KAFKA_SASL_PASSWORD
// Prints one JSON line; never the token or the password.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

public class LegacyLocatorClient {
    public static void main(String[] args) throws Exception {
        String url = args[0], organization = args[1], channel = args[2];
        int count = Integer.parseInt(args[3]);
        String prefix = args[4], protocol = args[5], user = args[6];

        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/service-locator"))
                .header("apikey", System.getenv("LOCATOR_APIKEY"))
                .header("Channel", channel)
                .header("Service-Type", "kafka")
                .header("Organization", organization)
                .GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.out.println("{\"status\":" + response.statusCode() + "}");
            return;
        }
        String bootstrap = response.headers().firstValue("X-Kafka-Bootstrap-Servers").orElseThrow();
        String topic = response.headers().firstValue("X-Kafka-Topic").orElseThrow();

        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        config.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        config.put("security.protocol", protocol);
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user + "\" password=\"" + System.getenv("KAFKA_SASL_PASSWORD") + "\";");
        config.put("acks", "all");
        config.put("max.block.ms", "20000");
        config.put("delivery.timeout.ms", "20000");
        config.put("request.timeout.ms", "10000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; ++i)
                producer.send(new ProducerRecord<>(topic, "k" + i, prefix + "-" + i)).get();
        }
        System.out.println("{\"status\":200,\"topic\":\"" + topic + "\",\"bootstrap\":\"" + bootstrap + "\",\"sent\":" + count + "}");
    }
}
