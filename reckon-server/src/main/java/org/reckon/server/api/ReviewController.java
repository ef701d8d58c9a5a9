package org.reckon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.server.Principal;
import org.reckon.store.review.Act;
import org.reckon.store.review.Review;
import org.reckon.store.review.ReviewAction;
import org.reckon.store.review.ReviewQueue;
import org.reckon.store.users.User;
import org.reckon.store.users.UserRole;
import org.reckon.store.users.Users;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review API (issue 14): the actions of {@code reckon review} as JSON endpoints, the review
 * queue, and account management. The caller's identity comes from the server's gate; every action
 * is recorded under that name. Nothing here edits or deletes an audit record: an action is undone
 * by a new one.
 */
public final class ReviewController {
    /** Who the request acts as, checked for the role given; supplied by the server's gate. */
    @FunctionalInterface
    public interface Gate {
        Principal check(Context ctx, UserRole needed) throws SQLException;
    }

    /** An account as the API shows it; {@code token} only in the answer that made it. */
    public record AccountView(String name, String role, String createdAt, String revokedAt, String token) {
        static AccountView of(User u, String token) {
            return new AccountView(u.name(), u.role().wire(), u.createdAt(), u.revokedAt(), token);
        }
    }

    /** The queue's answer. */
    public record Queue(List<ReviewQueue.Item> items) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LedgerPool ledgers;
    private final Gate gate;

    public ReviewController(LedgerPool ledgers, Gate gate) {
        this.ledgers = ledgers;
        this.gate = gate;
    }

    public void confirm(Context ctx) throws SQLException {
        long id = Params.id(ctx, "id");
        JsonNode body = body(ctx, Set.of("reason", "if_latest"));
        Act act = act(gate.check(ctx, UserRole.REVIEWER), body);
        answer(ctx, 200, ledgers.with(l -> new Review(l).confirm(id, act)));
    }

    public void correct(Context ctx) throws SQLException {
        long id = Params.id(ctx, "id");
        JsonNode body = body(ctx, Set.of("fields", "reason", "if_latest"));
        Map<String, String> fields = fields(body);
        Act act = act(gate.check(ctx, UserRole.REVIEWER), body);
        answer(ctx, 200, ledgers.with(l -> new Review(l).correct(id, fields, act)));
    }

    public void reject(Context ctx) throws SQLException {
        long id = Params.id(ctx, "id");
        JsonNode body = body(ctx, Set.of("reason", "if_latest"));
        Act act = act(gate.check(ctx, UserRole.REVIEWER), body);
        answer(ctx, 200, ledgers.with(l -> new Review(l).reject(id, act)));
    }

    public void add(Context ctx) throws SQLException {
        long reportId = Params.id(ctx, "id");
        JsonNode body = body(ctx, Set.of("start", "end", "fields", "reason"));
        int start = offset(body, "start");
        int end = offset(body, "end");
        Map<String, String> fields = fields(body);
        Act act = act(gate.check(ctx, UserRole.REVIEWER), body);
        answer(ctx, 201, ledgers.with(l -> new Review(l).add(reportId, start, end, fields, act)));
    }

    public void undo(Context ctx) throws SQLException {
        long actionId = Params.id(ctx, "id");
        JsonNode body = body(ctx, Set.of("reason"));
        Act act = act(gate.check(ctx, UserRole.REVIEWER), body);
        answer(ctx, 200, ledgers.with(l -> new Review(l).undo(actionId, act)));
    }

    public void action(Context ctx) throws SQLException {
        long actionId = Params.id(ctx, "id");
        ReviewAction a = ledgers.with(l -> new Review(l).action(actionId))
                .orElseThrow(() -> ApiProblem.notFound("no review action with id " + actionId));
        ctx.json(ActionView.of(a));
    }

    public void queue(Context ctx) throws SQLException {
        String party = Params.party(ctx, "party");
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        ctx.json(new Queue(ledgers.with(l -> new ReviewQueue(l).next(limit, party))));
    }

    public void users(Context ctx) throws SQLException {
        gate.check(ctx, UserRole.ADMIN);
        ctx.json(Map.of("users", ledgers.with(l -> new Users(l).all()).stream().map(u -> AccountView.of(u, null)).toList()));
    }

    public void addUser(Context ctx) throws SQLException {
        JsonNode body = body(ctx, Set.of("name", "role"));
        gate.check(ctx, UserRole.ADMIN);
        String name = text(body, "name", true);
        UserRole role;
        try {
            role = UserRole.fromWire(text(body, "role", true));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "field 'role': " + e.getMessage());
        }
        try {
            Users.Issued issued = ledgers.with(l -> new Users(l).add(name, role));
            ctx.status(201).json(AccountView.of(issued.user(), issued.token()));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(e.getMessage().contains("exists already") ? 409 : 400, e.getMessage());
        }
    }

    public void revokeUser(Context ctx) throws SQLException {
        gate.check(ctx, UserRole.ADMIN);
        String name = ctx.pathParam("name");
        try {
            ctx.json(AccountView.of(ledgers.with(l -> new Users(l).revoke(name)), null));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(e.getMessage().startsWith("no account") ? 404 : 409, e.getMessage());
        }
    }

    private static void answer(Context ctx, int status, ReviewAction a) {
        ctx.status(status).json(ActionView.of(a));
    }

    private static Act act(Principal who, JsonNode body) {
        Long latest = null;
        JsonNode v = body.get("if_latest");
        if (v != null && !v.isNull()) {
            if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
                throw new ApiProblem(400, "field 'if_latest': expected the id of the claim's latest action (0: none), got " + v);
            }
            latest = v.asLong();
        }
        return Act.by(who.name()).because(text(body, "reason", false)).expecting(latest);
    }

    /** The body as a JSON object with no keys but {@code allowed}; an empty body is an empty object. */
    private static JsonNode body(Context ctx, Set<String> allowed) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        JsonNode n;
        try {
            n = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ApiProblem(400, "body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (n == null || !n.isObject()) {
            throw new ApiProblem(400, "body must be a JSON object");
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new ApiProblem(400, "unknown field '" + k + "' in the body; expected " + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
        return n;
    }

    private static Map<String, String> fields(JsonNode body) {
        JsonNode f = body.get("fields");
        if (f == null || !f.isObject()) {
            throw new ApiProblem(400, "field 'fields': expected an object of claim fields, e.g. {\"party\": \"Russia\"}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        f.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!v.isNull() && !v.isValueNode()) {
                throw new ApiProblem(400, "field '" + e.getKey() + "': expected text, a number or null");
            }
            out.put(e.getKey(), v.isNull() ? "" : v.asText());
        });
        return out;
    }

    private static int offset(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ApiProblem(400, "field '" + name + "': expected a character offset into the report's text");
        }
        return v.asInt();
    }

    private static String text(JsonNode body, String name, boolean required) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new ApiProblem(400, "field '" + name + "' is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiProblem(400, "field '" + name + "': expected text");
        }
        return v.asText();
    }
}
