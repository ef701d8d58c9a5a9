package org.reckon.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Source;

import java.time.LocalDate;

/** Writes extractions in the JSON shape of spec section 2. */
public final class ClaimJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimJson() {}

    public static String line(Extraction e) {
        return toNode(e).toString();
    }

    public static ObjectNode toNode(Extraction e) {
        ObjectNode out = JSON.createObjectNode();
        out.put("id", e.id());
        out.put("published", date(e.published()));
        ArrayNode claims = out.putArray("claims");
        for (Claim c : e.claims()) {
            claims.add(toNode(c));
        }
        ArrayNode statements = out.putArray("statements");
        for (org.reckon.model.Statement st : e.statements()) {
            ObjectNode n = statements.addObject();
            n.set("source", toNode(st.source()));
            n.put("party", st.party());
            n.put("claimed_on", date(st.claimedOn()));
            ObjectNode ev = n.putObject("evidence");
            ev.put("text", st.evidence().text());
            ev.put("start", st.evidence().start());
            ev.put("end", st.evidence().end());
        }
        if (!e.warnings().isEmpty()) {
            ArrayNode w = out.putArray("warnings");
            e.warnings().forEach(w::add);
        }
        return out;
    }

    public static ObjectNode toNode(Claim c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("metric", c.metric().wire());
        n.put("party", c.party());
        n.put("role", c.role().wire());
        n.put("subject", c.subject());
        n.put("low", c.low());
        n.put("high", c.high());
        n.put("qualifier", c.qualifier().wire());
        ObjectNode scope = n.putObject("scope");
        scope.put("kind", c.scope().kind().wire());
        scope.put("from", date(c.scope().from()));
        scope.put("to", date(c.scope().to()));
        n.put("claimed_on", date(c.claimedOn()));
        n.put("location", c.location());
        n.set("place", placeNode(c.place()));
        n.set("source", toNode(c.source()));
        n.put("stance", c.stance().wire());
        ObjectNode ev = n.putObject("evidence");
        ev.put("text", c.evidence().text());
        ev.put("start", c.evidence().start());
        ev.put("end", c.evidence().end());
        n.put("confidence", Math.round(c.confidence() * 100) / 100.0);
        return n;
    }

    /** The claim's place as the JSON writes it, or JSON null. */
    public static com.fasterxml.jackson.databind.JsonNode placeNode(org.reckon.places.Place p) {
        if (p == null) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("name", p.name());
        n.put("geonames_id", p.geonamesId());
        n.put("admin1", p.admin1());
        n.put("country", p.country());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("precision", p.precision().wire());
        return n;
    }

    private static org.reckon.places.Place parsePlace(com.fasterxml.jackson.databind.JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return new org.reckon.places.Place(n.path("name").asText(), n.hasNonNull("geonames_id") ? n.get("geonames_id").asLong() : null,
                n.hasNonNull("admin1") ? n.get("admin1").asText() : null, n.path("country").asText(),
                n.path("lat").asDouble(), n.path("lon").asDouble(),
                org.reckon.places.Precision.fromWire(n.path("precision").asText()));
    }

    private static ObjectNode toNode(Source s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", s.name());
        n.put("kind", s.kind().wire());
        n.put("affiliation", s.affiliation());
        ArrayNode chain = n.putArray("chain");
        s.chain().forEach(chain::add);
        return n;
    }

    /** Reads back a line written by {@link #line}: for scoring saved predictions, and for storing a Spark job's output. */
    public static Extraction parse(String line) throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode n = JSON.readTree(line);
        java.util.List<Claim> claims = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : n.path("claims")) {
            Source source = parseSource(c.path("source"));
            com.fasterxml.jackson.databind.JsonNode scope = c.path("scope");
            com.fasterxml.jackson.databind.JsonNode ev = c.path("evidence");
            claims.add(new Claim(
                    org.reckon.model.Metric.fromWire(c.path("metric").asText()),
                    c.hasNonNull("party") ? c.get("party").asText() : null,
                    org.reckon.model.Role.valueOf(c.path("role").asText("unknown").toUpperCase()),
                    c.path("subject").asText(""),
                    c.hasNonNull("low") ? c.get("low").asLong() : null,
                    c.hasNonNull("high") ? c.get("high").asLong() : null,
                    org.reckon.model.Qualifier.fromWire(c.path("qualifier").asText("exact")),
                    new org.reckon.model.Scope(org.reckon.model.ScopeKind.valueOf(scope.path("kind").asText("unknown").toUpperCase()),
                            parseDate(scope.get("from")), parseDate(scope.get("to"))),
                    parseDate(c.get("claimed_on")),
                    c.hasNonNull("location") ? c.get("location").asText() : null,
                    source,
                    org.reckon.model.Stance.valueOf(c.path("stance").asText("asserted").toUpperCase()),
                    new org.reckon.model.Evidence(ev.path("text").asText(""), ev.path("start").asInt(0), ev.path("end").asInt(0)),
                    c.path("confidence").asDouble(0.5), parsePlace(c.get("place"))));
        }
        java.util.List<org.reckon.model.Statement> statements = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode st : n.path("statements")) {
            com.fasterxml.jackson.databind.JsonNode ev = st.path("evidence");
            statements.add(new org.reckon.model.Statement(parseSource(st.path("source")),
                    st.hasNonNull("party") ? st.get("party").asText() : null, parseDate(st.get("claimed_on")),
                    new org.reckon.model.Evidence(ev.path("text").asText(""), ev.path("start").asInt(0), ev.path("end").asInt(0))));
        }
        java.util.List<String> warnings = new java.util.ArrayList<>();
        n.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new Extraction(n.path("id").asText(), parseDate(n.get("published")), claims, statements, warnings);
    }

    private static Source parseSource(com.fasterxml.jackson.databind.JsonNode src) {
        java.util.List<String> chain = new java.util.ArrayList<>();
        src.path("chain").forEach(x -> chain.add(x.asText()));
        String name = src.hasNonNull("name") ? src.get("name").asText() : null;
        if (name != null && (chain.isEmpty() || !chain.get(0).equals(name))) {
            chain.add(0, name);
        }
        return new Source(name, org.reckon.model.SourceKind.fromWire(src.path("kind").asText("unknown")),
                src.hasNonNull("affiliation") ? src.get("affiliation").asText() : null, name == null ? java.util.List.of() : chain);
    }

    private static LocalDate parseDate(com.fasterxml.jackson.databind.JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
