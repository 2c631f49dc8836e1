// Does what the older header-based Java service-locator SDK does, with the HTTP client it uses:
// OkHttp (com.squareup.okhttp3:okhttp, from Maven Central via scripts/okhttp). GET
// /service-locator with the apikey, Channel, Service-Type and Organization headers; reads the
// answer's headers by the lower-case names that SDK's code uses, x-kafka-bootstrap-servers and
// x-kafka-topic; then produces to that topic with the real Kafka client (kafka-clients) and the
// application's own SASL settings, as that SDK does.
//
//   java OkHttpLocatorClient URL ORGANIZATION CHANNEL COUNT PREFIX SECURITY_PROTOCOL SASL_USER
//   environment: LOCATOR_APIKEY (the token), KAFKA_SASL_PASSWORD
// Prints one JSON line; never the token or the password.

import java.util.Properties;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

public class OkHttpLocatorClient {
    public static void main(String[] args) throws Exception {
        String url = args[0], organization = args[1], channel = args[2];
        int count = Integer.parseInt(args[3]);
        String prefix = args[4], protocol = args[5], user = args[6];

        OkHttpClient http = new OkHttpClient();
        Request request = new Request.Builder()
                .url(url + "/service-locator")
                .addHeader("apikey", System.getenv("LOCATOR_APIKEY"))
                .addHeader("Channel", channel)
                .addHeader("Service-Type", "kafka")
                .addHeader("Organization", organization)
                .build();
        String bootstrap;
        String topic;
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                System.out.println("{\"status\":" + response.code() + "}");
                return;
            }
            bootstrap = response.header("x-kafka-bootstrap-servers");
            topic = response.header("x-kafka-topic");
        }
        if (bootstrap == null || topic == null) {
            System.out.println("{\"status\":200,\"error\":\"x-kafka-bootstrap-servers or x-kafka-topic missing\"}");
            return;
        }
        // OkHttp keeps connections and threads alive; the SDK's process goes on, ours ends here.
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();

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
