#!/usr/bin/python3
# Behaves like the service-locator SDKs (Python wrapper around confluent-kafka): asks the routing
# service for a channel and a profile with HTTP Basic auth, merges connection, credentials and
# configuration into one client config, and finds the topic in channel_mapping by the channel's
# last path segment. Run with Debian's /usr/bin/python3 (python3-confluent-kafka).
#
#   service_locator_client.py lookup  URL APP TOKEN PROFILE CHANNEL [CACHE]
#   service_locator_client.py produce URL APP TOKEN PROFILE CHANNEL COUNT PREFIX [CACHE]
#   service_locator_client.py produce-cached CACHE CHANNEL COUNT PREFIX
#   service_locator_client.py consume URL APP TOKEN PROFILE CHANNEL GROUP COUNT
# Prints one JSON object on stdout. Never prints the credentials.
import base64
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def lookup(url, app, token, profile, channel):
    query = urllib.parse.urlencode({"config_profile": profile, "channel": channel})
    request = urllib.request.Request(url + "/servicegw?" + query)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{app}:{token}".encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def client_config(doc):
    config = {}
    for part in ("connection", "credentials", "configuration"):
        for key, value in doc.get(part, {}).items():
            # librdkafka reads strings; booleans as true/false.
            config[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return config


def topic_of(doc, channel):
    return doc["channel_mapping"][channel.rstrip("/").rsplit("/", 1)[1]]


def produce(doc, channel, count, prefix):
    from confluent_kafka import Producer
    config = client_config(doc)
    config["message.timeout.ms"] = "8000"
    config.pop("delivery.timeout.ms", None)
    topic = topic_of(doc, channel)
    delivered, errors = [], []

    def report(err, msg):
        if err is None:
            delivered.append(msg.value().decode())
        else:
            errors.append(err.str())

    producer = Producer(config)
    try:
        for i in range(count):
            producer.produce(topic, value=f"{prefix}-{i}".encode(), key=f"k{i}".encode(), on_delivery=report)
            producer.poll(0)
    except Exception as exc:  # a refused client fails here or in the delivery reports
        errors.append(str(exc))
    try:
        producer.flush(15)
    except Exception as exc:
        # An idempotent producer whose principal may write nowhere is refused InitProducerId
        # ("Cluster authorization failed"), a fatal error raised here rather than per record.
        errors.append(str(exc))
    return {"topic": topic, "delivered": delivered, "errors": sorted(set(errors))}


def consume(doc, channel, group, count):
    from confluent_kafka import Consumer
    import time
    config = client_config(doc)
    config["group.id"] = group
    config["auto.offset.reset"] = "earliest"
    topic = topic_of(doc, channel)
    consumer = Consumer(config)
    consumer.subscribe([topic])
    values, errors = [], []
    deadline = time.time() + 30
    while len(values) < count and time.time() < deadline:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            errors.append(msg.error().str())
            continue
        values.append(msg.value().decode())
    consumer.close()
    return {"topic": topic, "values": values, "errors": sorted(set(errors))}


def main(argv):
    mode = argv[1]
    if mode == "produce-cached":
        cache, channel, count, prefix = argv[2], argv[3], int(argv[4]), argv[5]
        with open(cache) as f:
            doc = json.load(f)
        print(json.dumps(produce(doc, channel, count, prefix)))
        return 0
    url, app, token, profile, channel = argv[2:7]
    status, doc = lookup(url, app, token, profile, channel)
    if status != 200:
        print(json.dumps({"status": status, "message": doc.get("message", "")}))
        return 0
    if mode == "lookup":
        if len(argv) > 7:
            with open(argv[7], "w") as f:
                json.dump(doc, f)
        print(json.dumps({"status": status, "topic": topic_of(doc, channel),
                          "bootstrap": doc["connection"]["bootstrap.servers"]}))
    elif mode == "produce":
        result = produce(doc, channel, int(argv[7]), argv[8])
        if len(argv) > 9:
            with open(argv[9], "w") as f:
                json.dump(doc, f)
        result["status"] = status
        print(json.dumps(result))
    elif mode == "consume":
        result = consume(doc, channel, argv[7], int(argv[8]))
        result["status"] = status
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
