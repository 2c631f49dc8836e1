// The crawl benchmark's independent count of a cluster's consumer groups: Apache Kafka's own
// Java admin client (ListGroups on every broker; all() fails if any broker does not answer),
// so that the crawler's count is checked against a client that shares no code with it.
//   java -cp '<kafka libs>/*' bench/crawl/CountGroups.java BOOTSTRAP
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

public class CountGroups {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "120000");
        try (Admin admin = Admin.create(props)) {
            System.out.println(admin.listConsumerGroups().all().get().size());
        }
    }
}
