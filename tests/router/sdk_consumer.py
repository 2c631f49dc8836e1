#!/usr/bin/python3
# A consumer that behaves like the upstream Python service-locator SDK's Consumer
# (platformatory_kafka.consumer): it asks GET /servicegw with config_profile, channel[i] for
# several channels (channel= for one) and its additional dotted parameters, each time on a new
# TCP connection (no session, as `requests.get` without a Session), and builds the
# confluent-kafka Consumer from the answer's connection, credentials and configuration plus its
# client.id, nothing else: no group.id of its own. Like the SDK it fetches the answer again on
# every poll() and re-subscribes (a new Consumer) whenever the answer differs.
# Run with Debian's /usr/bin/python3 (python3-confluent-kafka).
#
#   sdk_consumer.py URL APP TOKEN PROFILE COUNT CHANNEL [CHANNEL...]
# Prints one JSON object on stdout: status, group, topics, counts per topic, fetches,
# resubscribes, errors. Never prints the credentials.
import base64
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ADDITIONAL_PARAMS = {"kafka": {"env": "prod"}, "config_profile": {"type": "consumer", "env": "prod", "lang": "python"}}


def encode_nested(params, prefix=""):
    out = {}
    for key, value in params.items():
        if isinstance(value, dict):
            out.update(encode_nested(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


class Gateway:
    def __init__(self, url, app, token, profile):
        self.url, self.profile = url, profile
        self.auth = "Basic " + base64.b64encode(f"{app}:{token}".encode()).decode()
        self.fetches = 0

    def fetch(self, channels):
        params = {"config_profile": self.profile}
        if len(channels) > 1:
            for i, channel in enumerate(channels):
                params[f"channel[{i}]"] = channel
        else:
            params["channel"] = channels[0]
        params.update(encode_nested(ADDITIONAL_PARAMS))
        query = urllib.parse.urlencode(params, quote_via=urllib.parse.quote_plus)
        request = urllib.request.Request(f"{self.url}/servicegw?{query}")
        request.add_header("Authorization", self.auth)
        self.fetches += 1
        try:
            with urllib.request.urlopen(request, timeout=10) as response:   # a new connection each time
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def consumer_config(doc, client_id):
    # What the SDK hands to confluent-kafka: connection + credentials + configuration, client.id.
    config = {}
    for part in ("connection", "credentials", "configuration"):
        config.update(doc.get(part, {}))
    config["client.id"] = client_id
    return config


def main(argv):
    url, app, token, profile, count = argv[1], argv[2], argv[3], argv[4], int(argv[5])
    channels = argv[6:]
    from confluent_kafka import Consumer

    gateway = Gateway(url, app, token, profile)
    status, body = gateway.fetch(channels)
    if status != 200:
        print(json.dumps({"status": status, "message": json.loads(body or b"{}").get("message", "")}))
        return 0

    consumer = None
    resubscribes = -1
    current = None
    counts, errors = {}, []
    group = None
    topics = []

    def subscribe(answer):
        nonlocal consumer, resubscribes, group, topics
        if consumer is not None:
            consumer.close()
        doc = json.loads(answer)
        config = consumer_config(doc, f"{app}-sdk-consumer")
        group = config.get("group.id")
        consumer = Consumer(config)   # raises without group.id, as the SDK's did before issue 14
        topics = [doc["channel_mapping"][c.rsplit("/", 1)[1]] for c in channels]
        consumer.subscribe(topics)
        resubscribes += 1

    try:
        current = body
        subscribe(current)
        deadline = time.time() + 60
        while sum(counts.values()) < count and time.time() < deadline:
            # poll(): the SDK asks the service again first.
            status, answer = gateway.fetch(channels)
            if status != 200:
                errors.append(f"lookup answered {status}")
                break
            if answer != current:
                current = answer
                subscribe(current)
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                errors.append(msg.error().str())
                continue
            counts[msg.topic()] = counts.get(msg.topic(), 0) + 1
    except Exception as exc:
        errors.append(str(exc))
    finally:
        if consumer is not None:
            consumer.close()
    print(json.dumps({"status": 200, "group": group, "topics": topics, "counts": counts, "fetches": gateway.fetches,
                      "resubscribes": max(resubscribes, 0), "errors": sorted(set(errors))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
