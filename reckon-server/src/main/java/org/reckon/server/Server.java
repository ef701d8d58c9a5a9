package org.reckon.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.reckon.server.api.ApiProblem;
import org.reckon.server.api.BriefController;
import org.reckon.server.api.ClaimsController;
import org.reckon.server.api.ErrorBody;
import org.reckon.server.api.EstimatesController;
import org.reckon.server.api.PartiesController;
import org.reckon.server.api.ReportsController;
import org.reckon.server.api.SourcesController;
import org.reckon.server.api.StatementsController;
import org.reckon.server.ingest.ReportIntake;
import org.reckon.store.Ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;

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

    private Server(Javalin app, LedgerPool readers, Ledger writer) {
        this.app = app;
        this.readers = readers;
        this.writer = writer;
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
        Javalin app = Javalin.create(cfg -> configure(cfg, config, readers, writer));
        try {
            app.start(config.port());
        } catch (RuntimeException e) {
            readers.close();
            writer.close();
            throw e;
        }
        return new Server(app, readers, writer);
    }

    private static void configure(io.javalin.config.JavalinConfig cfg, ServerConfig config, LedgerPool readers, Ledger writer) {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.startup.showJavalinBanner = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.staticFiles.add("/public", Location.CLASSPATH);
        cfg.staticFiles.enableWebjars();

        ClaimsController claims = new ClaimsController(readers);
        ReportsController reports = new ReportsController(readers, new ReportIntake(writer), config.maxBodyBytes());
        byte[] openApi = resource("/openapi.json");

        cfg.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        cfg.routes.get("/api/claims", claims::list);
        cfg.routes.get("/api/claims/{id}", claims::one);
        cfg.routes.get("/api/estimates", new EstimatesController(readers)::forParty);
        cfg.routes.get("/api/parties", new PartiesController(readers)::top);
        cfg.routes.get("/api/sources", new SourcesController(readers)::all);
        cfg.routes.get("/api/reports/{id}", reports::one);
        cfg.routes.get("/api/brief", new BriefController(readers)::brief);
        cfg.routes.get("/api/statements", new StatementsController(readers)::search);
        cfg.routes.post("/api/reports", ctx -> {
            authorize(ctx, config);
            reports.ingest(ctx);
        });
        cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

        cfg.routes.exception(ApiProblem.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(SQLException.class, (e, ctx) -> error(ctx, 500, "ledger error: " + e.getMessage()));
    }

    /** Write endpoints are off (403) without a configured token; a missing or wrong token is 401. */
    static void authorize(Context ctx, ServerConfig config) {
        if (!config.writable()) {
            throw new ApiProblem(403, "write endpoints are off: start the server with RECKON_TOKEN set");
        }
        String header = ctx.header("Authorization");
        String expected = "Bearer " + config.token();
        if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "missing or wrong bearer token");
        }
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
