package org.reckon.server;

import io.javalin.http.Context;
import org.reckon.server.api.ApiProblem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods each path allows, so that a method a path does not allow is 405 with
 * {@code Allow} (Javalin alone answers 404) and {@code OPTIONS} tells the methods. Pages and
 * scripts of the dashboard allow {@code GET} and {@code HEAD}.
 */
final class Routes {
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD");

    private final Map<Pattern, Set<String>> api = new LinkedHashMap<>();
    private final Set<String> declared = new TreeSet<>();

    /** Records that {@code path} (Javalin syntax, {@code {id}} for a segment) answers {@code method}. */
    Routes allow(String method, String path) {
        declared.add(method + " " + path);
        // One entry per path (a Pattern has no equality of its own), so a path may allow several methods.
        Pattern p = api.keySet().stream().filter(k -> k.pattern().equals(pattern(path))).findFirst()
                .orElseGet(() -> Pattern.compile(pattern(path)));
        Set<String> methods = api.computeIfAbsent(p, k -> new TreeSet<>());
        methods.add(method);
        if (method.equals("GET")) {
            methods.add("HEAD");
        }
        return this;
    }

    private static String pattern(String path) {
        return Pattern.quote(path).replaceAll("\\{[a-z_]+}", "\\\\E[^/]+\\\\Q");
    }

    /** Every API route as "METHOD /path" (Javalin syntax), for the test that the OpenAPI document names each one. */
    Set<String> declared() {
        return Set.copyOf(declared);
    }

    /** Before every request: 405 for a method the path does not allow, 204 with {@code Allow} for OPTIONS. */
    void check(Context ctx) {
        checkQuery(ctx);
        String method = ctx.method().name();
        Set<String> allowed = allowed(ctx.path());
        if (allowed == null) {
            return;
        }
        if (method.equals("OPTIONS")) {
            ctx.header("Allow", allowHeader(allowed, true));
            ctx.status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!allowed.contains(method)) {
            ctx.header("Allow", allowHeader(allowed, true));
            throw new ApiProblem(405, "method " + method + " is not allowed on " + ctx.path() + "; allowed: "
                    + allowHeader(allowed, false));
        }
    }

    /** The methods {@code path} allows: an API route's, else GET and HEAD for a page; null for no API path. */
    private Set<String> allowed(String path) {
        for (Map.Entry<Pattern, Set<String>> e : api.entrySet()) {
            if (e.getKey().matcher(path).matches()) {
                return e.getValue();
            }
        }
        if (path.startsWith("/api/")) {
            return null;
        }
        return PAGE_METHODS;
    }

    private static String allowHeader(Set<String> allowed, boolean withOptions) {
        Set<String> all = new TreeSet<>(allowed);
        if (withOptions) {
            all.add("OPTIONS");
        }
        return String.join(", ", all);
    }

    /** A %-escape not followed by two hex digits in the query: Jetty would pass it through undecoded, guessing. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Refuses a query string with a malformed %-escape (400), rather than reading it some lenient way. */
    static void checkQuery(Context ctx) {
        String query = ctx.queryString();
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            throw new ApiProblem(400, "malformed %-escape in the query string");
        }
    }
}
