-- Schema 8: a routing service may be reached over HTTPS with a certificate from a private CA
-- (or a self-signed one): the CA certificates (PEM) the push trusts for it, besides the system's.
ALTER TABLE routing_services ADD COLUMN ca_certificates TEXT NOT NULL DEFAULT '';
