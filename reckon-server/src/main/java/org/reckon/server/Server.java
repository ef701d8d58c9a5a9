package org.reckon.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.reckon.server.api.ApiProblem;
import org.reckon.server.api.BriefController;
import org.reckon.server.api.ChangesController;
import org.reckon.server.api.ClaimsController;
import org.reckon.server.api.ErrorBody;
import org.reckon.server.api.RecentChangesController;
import org.reckon.server.api.EstimatesController;
import org.reckon.server.api.ExportController;
import org.reckon.server.api.PartyLookupController;
import org.reckon.server.api.PlacesController;
import org.reckon.server.api.PartiesController;
import org.reckon.server.api.ReportsController;
import org.reckon.server.api.SourceMergesController;
import org.reckon.server.api.ReviewController;
import org.reckon.server.api.SourcesController;
import org.reckon.server.api.StatementsController;
import org.reckon.server.ingest.ReportIntake;
import org.reckon.store.Ledger;
import org.reckon.store.review.ReviewProblem;
import org.reckon.store.users.UserRole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code reckon serve}: the ledger's JSON API under {@code /api} and the dashboard pages, in one
 * Javalin process. Reads go through a pool of ledger connections; writes ({@code POST
 * /api/reports}) through one, and only with {@code Authorization: Bearer RECKON_TOKEN}.
 */
public final class Server implements AutoCloseable {
    static final int POOL_SIZE = 8;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final LedgerPool readers;
    private final Ledger writer;
    private final Routes routes;

    private Server(Javalin app, LedgerPool readers, Ledger writer, Routes routes) {
        this.app = app;
        this.readers = readers;
        this.writer = writer;
        this.routes = routes;
    }

    /** Every API route the server answers, as "METHOD /path" in Javalin's syntax ("GET /api/claims/{id}"). */
    public java.util.Set<String> apiRoutes() {
        return routes.declared();
    }

    /** Opens the ledger and starts listening; {@link #port()} tells the port when 0 was asked for. */
    public static Server start(ServerConfig config) throws SQLException {
        LedgerPool readers = new LedgerPool(config.db(), POOL_SIZE);
        Ledger writer;
        try {
            writer = Ledger.open(config.db());
        } catch (SQLException | RuntimeException e) {
            readers.close();
            throw e;
        }
        Routes routes = new Routes();
        Javalin app = Javalin.create(cfg -> configure(cfg, config, readers, writer, routes));
        try {
            app.start(config.port());
        } catch (RuntimeException e) {
            readers.close();
            writer.close();
            throw e;
        }
        return new Server(app, readers, writer, routes);
    }

    private static void configure(io.javalin.config.JavalinConfig cfg, ServerConfig config, LedgerPool readers, Ledger writer,
                                  Routes routes) {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.startup.showJavalinBanner = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.staticFiles.add("/public", Location.CLASSPATH);
        cfg.staticFiles.enableWebjars();

        ClaimsController claims = new ClaimsController(readers);
        ReportsController reports = new ReportsController(readers, new ReportIntake(writer), config.maxBodyBytes());
        WriteGate gate = new WriteGate(config.token(), new Accounts(readers));
        ReviewController review = new ReviewController(readers, gate::authorize);
        byte[] openApi = resource("/openapi.json");
        byte[] apiDocs = resource("/api-docs.html");

        cfg.routes.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            routes.check(ctx);
            if (config.readsNeedToken() && isApiRead(ctx)) {
                gate.authorize(ctx, UserRole.READER);
            }
        });
        get(cfg, routes, "/api/claims", claims::list);
        get(cfg, routes, "/api/claims/{id}", claims::one);
        get(cfg, routes, "/api/estimates", new EstimatesController(readers)::forParty);
        get(cfg, routes, "/api/parties", new PartiesController(readers)::top);
        get(cfg, routes, "/api/sources", new SourcesController(readers)::all);
        SourceMergesController merges = new SourceMergesController(readers);
        get(cfg, routes, "/api/sources/merges", merges::list);
        write(cfg, routes, gate, "POST", "/api/sources/merge", merges::merge);
        write(cfg, routes, gate, "DELETE", "/api/sources/merge", merges::unmerge);
        get(cfg, routes, "/api/reports/{id}", reports::one);
        get(cfg, routes, "/api/brief", new BriefController(readers)::brief);
        get(cfg, routes, "/api/statements", new StatementsController(readers)::search);
        ChangesController changes = new ChangesController(readers);
        get(cfg, routes, "/api/changes", changes::changes);
        get(cfg, routes, "/api/watch", changes::watch);
        get(cfg, routes, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        get(cfg, routes, "/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(apiDocs));
        get(cfg, routes, "/api/parties/{name}", new PartyLookupController(readers)::lookup);
        get(cfg, routes, "/api/export", new ExportController(readers)::export);
        PlacesController places = new PlacesController(readers);
        get(cfg, routes, "/api/places", places::marks);
        get(cfg, routes, "/api/places/shapes", places::shapes);
        get(cfg, routes, "/api/changes/recent", new RecentChangesController(readers)::recent);
        write(cfg, routes, gate, "POST", "/api/reports", reports::ingest);
        reviewRoutes(cfg, routes, review);

        cfg.routes.exception(ApiProblem.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(ReviewProblem.class, (e, ctx) -> error(ctx, switch (e.kind()) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
        }, e.getMessage()));
        cfg.routes.exception(SQLException.class, (e, ctx) -> error(ctx, 500, "ledger error: " + e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
    }

    /** Issue 14: reviewers' actions, the review queue and accounts. No route edits or deletes an audit record. */
    private static void reviewRoutes(io.javalin.config.JavalinConfig cfg, Routes routes, ReviewController review) {
        post(cfg, routes, "/api/claims/{id}/confirm", review::confirm);
        post(cfg, routes, "/api/claims/{id}/correct", review::correct);
        post(cfg, routes, "/api/claims/{id}/reject", review::reject);
        post(cfg, routes, "/api/reports/{id}/claims", review::add);
        post(cfg, routes, "/api/review/actions/{id}/undo", review::undo);
        get(cfg, routes, "/api/review/actions/{id}", review::action);
        get(cfg, routes, "/api/review/queue", review::queue);
        get(cfg, routes, "/api/users", review::users);
        post(cfg, routes, "/api/users", review::addUser);
        post(cfg, routes, "/api/users/{name}/revoke", review::revokeUser);
    }

    private static void post(io.javalin.config.JavalinConfig cfg, Routes routes, String path, io.javalin.http.Handler handler) {
        routes.allow("POST", path);
        cfg.routes.post(path, handler);
    }

    /** A read of the API that {@code RECKON_READS=token} guards: every GET under /api but the OpenAPI document. */
    private static boolean isApiRead(Context ctx) {
        String m = ctx.method().name();
        return (m.equals("GET") || m.equals("HEAD")) && ctx.path().startsWith("/api/") && !ctx.path().equals("/api/openapi.json");
    }

    /** Headers every answer carries: the page may run only the server's own scripts, in no frame, sending no referrer. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    /** A route that changes the ledger: only with the bearer token ({@link WriteGate}). */
    private static void write(io.javalin.config.JavalinConfig cfg, Routes routes, WriteGate gate, String method, String path,
                              io.javalin.http.Handler handler) {
        routes.allow(method, path);
        io.javalin.http.Handler guarded = ctx -> {
            gate.authorize(ctx);
            handler.handle(ctx);
        };
        switch (method) {
            case "POST" -> cfg.routes.post(path, guarded);
            case "DELETE" -> cfg.routes.delete(path, guarded);
            default -> throw new IllegalArgumentException("no write route for method " + method);
        }
    }

    private static void get(io.javalin.config.JavalinConfig cfg, Routes routes, String path, io.javalin.http.Handler handler) {
        routes.allow("GET", path);
        cfg.routes.get(path, handler);
    }

    /**
     * An exception no handler expected. A request Jetty or Javalin found malformed (a bad %-escape
     * in the path, a broken chunked body, an unreadable stream) is the client's fault: 400, or the
     * status Javalin chose. Anything else is a 500 that names no internals.
     */
    private static void unexpected(Context ctx, Exception e) {
        if (e instanceof io.javalin.http.HttpResponseException h) {
            error(ctx, h.getStatus(), h.getMessage());
            return;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (name.endsWith("BadMessageException") || name.endsWith("EofException") || t instanceof IOException
                    || t instanceof CharacterCodingException
                    || t instanceof IllegalArgumentException && message.contains("URLDecoder")) {
                error(ctx, 400, "malformed request: " + firstLine(message));
                return;
            }
        }
        LOG.log(System.Logger.Level.ERROR, "unexpected error answering " + ctx.method() + " " + ctx.path(), e);
        error(ctx, 500, "internal error");
    }

    private static final System.Logger LOG = System.getLogger(Server.class.getName());

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(status, message));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Server.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() throws SQLException {
        app.stop();
        try {
            readers.close();
        } finally {
            writer.close();
        }
    }
}
