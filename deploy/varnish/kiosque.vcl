vcl 4.1;

# Kiosque behind Varnish 7 with xkey (Debian: apt-get install varnish varnish-modules).
# Answers are kept for as long as Kiosque's Cache-Control says (s-maxage first), tagged
# with the keys of its Surrogate-Key header, and purged by key: a PURGE request from an
# address of the `purgers` ACL, with the keys to purge, space-separated, in `xkey-purge`.
# Follow Kiosque's change feed (GET /v1/changes) or a webhook, and send each change's
# `surrogateKeys` (README, "Behind a CDN").
#
# The backend and the purgers' addresses are in kiosque-backend.vcl, looked up in
# vcl_path: copy the example next to this file and edit it, or put yours first in
# vcl_path (varnishd -p vcl_path=/etc/varnish/local:/usr/share/kiosque/varnish).

import xkey;

include "kiosque-backend.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys to purge in xkey-purge"));
        }
        return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge)));
    }
    # Kiosque reads no cookies: a site's cookies must not make every answer a miss.
    unset req.http.Cookie;
    # The built-in rules follow: keyed requests (Authorization) and writes go to Kiosque,
    # uncached. Keyed answers depend on the key; anonymous ones are the same for everyone.
}

sub vcl_backend_response {
    # xkey tags objects with the keys of the xkey header.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # Past its TTL and grace, an object is kept a while to revalidate it with its
    # ETag and Last-Modified: Kiosque answers 304 when nothing changed.
    set beresp.keep = 1h;
}

sub vcl_deliver {
    # The keys are for caches, not for clients (Fastly, Cloudflare and Akamai strip them too).
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.Edge-Cache-Tag;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
