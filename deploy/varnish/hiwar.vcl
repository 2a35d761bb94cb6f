# Hiwar's edge cache (Varnish 7.1, Debian's `varnish`). Why Varnish: docs/deploy.md.
#
# What is cached: anonymous readers' GET/HEAD of pages, feeds and sitemaps, for as
# long as the app's Cache-Control s-maxage says (hiwar/edge/headers.py); the app
# purges what a publish, unpublish, move or delete changed (hiwar/edge/purge.py).
# What is not: the admin, previews, the API, search, anything with a session cookie,
# anything not GET/HEAD, anything the app marks private/no-store/no-cache or that
# sets a cookie.
#
# The site's own part (app servers, who may purge, which Host names are ours) is
# `hiwar-site.vcl`, found on vcl_path: deploy/varnish/hiwar-site.vcl is the example
# for one machine; deploy/local-stack.sh writes its own for loopback ports.
vcl 4.1;

import std;

include "hiwar-site.vcl";  # backend(s) with a probe, acl purgers, sub hiwar_host

sub vcl_recv {
    # Only our Host names: a forged Host is answered here and never becomes a cache
    # key (nor reaches Django). hiwar_host names the canonical one in x-host.
    unset req.http.x-host;
    call hiwar_host;

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from this address"));
        }
        set req.url = regsub(req.url, "\?.*$", "");
        if (req.url !~ "^/[A-Za-z0-9/._~%-]*$") {
            return (synth(400, "Not a path"));
        }
        if (req.method == "PURGE") {
            # Every cached variant of the path, whatever its query (a listing's pages).
            if (!std.ban("obj.http.x-url == " + req.url)) {
                return (synth(400, std.ban_error()));
            }
        } else {
            # Every cached URL under the prefix.
            if (!std.ban("obj.http.x-url ~ ^" + req.url)) {
                return (synth(400, std.ban_error()));
            }
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin (login, previews, drafts), the API, search, the private pages'
    # password form, the health check, and `/` (a redirect by Accept-Language).
    if (req.url ~ "^/(admin|api|healthz|documents|static|media)(/|\?|$)"
        || req.url ~ "^/[a-z]{2}/(search|_util)/"
        || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # Reader URLs are ASCII slugs: a percent-encoded path (`/ar/%6Eews/` is `/ar/news/`
    # to Django) would be a second key for the same page, and a client could make as
    # many as it likes. Served, never stored.
    if (req.url ~ "^[^?]*%") {
        return (pass);
    }
    # A signed-in editor (Django's session cookie) never gets nor fills a shared copy.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=" || req.http.Authorization) {
        return (pass);
    }
    # Any other cookie (analytics, a stale csrftoken) is nobody's business here.
    unset req.http.Cookie;
    # Cached answers are asked for, and kept, under the canonical Host alone (passed
    # requests keep theirs: the admin's CSRF check compares it with the Origin).
    set req.http.host = req.http.x-host;
    unset req.http.x-host;

    # Normalised query: only what reader URLs read survives (`page` of listings,
    # `p` of sitemaps, as a plain number without leading zeros; page 1 is the bare
    # URL). `?x=random` and friends cannot make new keys.
    if (req.url ~ "\?") {
        set req.http.x-query = "";
        if (req.url ~ "[?&]page=0*[1-9][0-9]{0,5}(&|$)") {
            set req.http.x-query = "page=" + regsub(req.url, "^.*[?&]page=0*([1-9][0-9]{0,5})(&.*)?$", "\1");
        } elsif (req.url ~ "^/sitemap" && req.url ~ "[?&]p=0*[1-9][0-9]{0,5}(&|$)") {
            set req.http.x-query = "p=" + regsub(req.url, "^.*[?&]p=0*([1-9][0-9]{0,5})(&.*)?$", "\1");
        }
        set req.url = regsub(req.url, "\?.*$", "");
        if (req.http.x-query != "" && req.http.x-query !~ "^p(age)?=1$") {
            set req.url = req.url + "?" + req.http.x-query;
        }
        unset req.http.x-query;
    }

    # Behind the TLS nginx only `https` is believed; anything else is plain http.
    if (req.http.X-Forwarded-Proto != "https") {
        set req.http.X-Forwarded-Proto = "http";
    }

    # Grace: while an app server is healthy, a stale copy is served for 10 s while a
    # fresh one is fetched in the background; when none is, for up to a day.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    # The http → https redirect must never be served to https readers.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # The path without query, for purges and for the ban lurker (bans on obj.* only).
    set beresp.http.x-url = regsub(bereq.url, "\?.*$", "");

    # An app server failing while a stale copy exists: keep serving the copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.status >= 500) {
        # Remember for a while not to wait for other readers' fetch of this URL.
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
