# Where Kiosque listens, and who may purge: included by kiosque.vcl. Edit for your setup.

backend default {
    .host = "127.0.0.1";
    .port = "3000";
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        # Healthy from the start, not after the first probes.
        .initial = 3;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}
