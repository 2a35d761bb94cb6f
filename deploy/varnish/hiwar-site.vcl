# The site's part of the edge configuration (included by hiwar.vcl): edit for your
# machines. Installed next to hiwar.vcl, e.g. in /etc/varnish/.

# The app servers (gunicorn, deploy/gunicorn.conf.py). A probe on /healthz takes a
# server out when its database or cache fails; with none healthy, Varnish serves
# stale copies (grace, hiwar.vcl) instead of errors.
backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}
# More app servers: declare app2, app3… the same way and spread the load with
#   import directors;
#   sub vcl_init { new apps = directors.round_robin(); apps.add_backend(app1); apps.add_backend(app2); }
#   and in hiwar_host: set req.backend_hint = apps.backend();

# Who may PURGE and BAN: the app servers' own addresses (EDGE_PURGE_URL on them
# points here). Anyone else gets 405.
acl purgers {
    "127.0.0.1";
}

# Our Host names, each mapped to the one name the site is known by (x-host: what
# cached requests are sent and keyed under; ALLOWED_HOSTS must hold it); anything
# else is refused before the cache.
sub hiwar_host {
    if (req.http.host ~ "(?i)^(www\.)?hiwar\.example\.org(:[0-9]+)?$") {
        set req.http.x-host = "hiwar.example.org";
    } else {
        return (synth(400, "Unknown host"));
    }
}
