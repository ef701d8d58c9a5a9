package org.reckon.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A claim's reviewed state: its status and the values readers see (for a rejected or unreviewed
 * claim, the values it had, for the record). Stored as JSON in the audit trail, before and after
 * each action.
 */
public record ReviewState(ReviewStatus status, ClaimValues values) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ReviewState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(values, "values");
    }

    public ReviewState as(ReviewStatus s) {
        return new ReviewState(s, values);
    }

    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", status.wire());
        ObjectNode v = n.putObject("values");
        for (String f : ClaimValues.FIELDS) {
            Object value = f.equals("chain") ? null : values.get(f);
            if (f.equals("chain")) {
                v.putPOJO("chain", values.chain());
            } else {
                v.putPOJO(f, value);
            }
        }
        return n.toString();
    }

    public static ReviewState fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            JsonNode v = n.get("values");
            List<String> chain = new ArrayList<>();
            v.path("chain").forEach(c -> chain.add(c.asText()));
            ClaimValues values = new ClaimValues(text(v, "metric"), text(v, "party"), text(v, "role"), text(v, "subject"),
                    number(v, "low"), number(v, "high"), text(v, "qualifier"), text(v, "scope"), text(v, "scope_from"),
                    text(v, "scope_to"), text(v, "claimed_on"), text(v, "location"), text(v, "source"), text(v, "source_kind"),
                    text(v, "affiliation"), chain, text(v, "stance"));
            return new ReviewState(ReviewStatus.fromWire(n.get("status").asText()), values);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable review state: " + json, e);
        }
    }

    /** The fields whose values differ between two states, in field order. */
    public static List<String> changedFields(ReviewState before, ReviewState after) {
        List<String> out = new ArrayList<>();
        for (String f : ClaimValues.FIELDS) {
            if (!Objects.equals(before.values().get(f), after.values().get(f))) {
                out.add(f);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long number(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asLong();
    }
}
