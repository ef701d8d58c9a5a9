package org.reckon.store.review;

import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Role;
import org.reckon.model.ScopeKind;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every field of a claim a reviewer may set, as the ledger stores it (wire names, ISO dates).
 * {@link #with} reads one field as a person types it and refuses a bad value with a message
 * naming the field. The evidence is not here: it is where the claim was found, and stays.
 */
public record ClaimValues(String metric, String party, String role, String subject, Long low, Long high, String qualifier,
                          String scope, String scopeFrom, String scopeTo, String claimedOn, String location, String source,
                          String sourceKind, String affiliation, List<String> chain, String stance) {
    /** The field names {@link #with} accepts, as the CLI and the API spell them. */
    public static final List<String> FIELDS = List.of("metric", "party", "role", "subject", "low", "high", "qualifier", "scope",
            "scope_from", "scope_to", "claimed_on", "location", "source", "source_kind", "affiliation", "chain", "stance");

    public ClaimValues {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(stance, "stance");
        subject = subject == null ? "" : subject;
        chain = chain == null ? List.of() : List.copyOf(chain);
        if (low != null && high != null && high < low) {
            throw new IllegalArgumentException("field 'high': " + high + " is below low " + low);
        }
        if (low == null && high == null && !qualifier.equals("vague")) {
            throw new IllegalArgumentException("field 'low': a " + qualifier + " figure needs low or high; only a vague one has neither");
        }
        if (scopeFrom != null && scopeTo != null && scopeTo.compareTo(scopeFrom) < 0) {
            throw new IllegalArgumentException("field 'scope_to': " + scopeTo + " is before scope_from " + scopeFrom);
        }
        if (source == null && !chain.isEmpty()) {
            throw new IllegalArgumentException("field 'chain': a chain needs a source, its first name");
        }
        if (source != null && (chain.isEmpty() || !chain.get(0).equals(source))) {
            throw new IllegalArgumentException("field 'chain': must start with the source '" + source + "', got " + chain);
        }
    }

    /** The values of a claim as the extractor gave it. */
    public static ClaimValues of(org.reckon.model.Claim c) {
        return new ClaimValues(c.metric().wire(), c.party(), c.role().wire(), c.subject(), c.low(), c.high(),
                c.qualifier().wire(), c.scope().kind().wire(), iso(c.scope().from()), iso(c.scope().to()), iso(c.claimedOn()),
                c.location(), c.source().name(), c.source().kind().wire(), c.source().affiliation(), c.source().chain(),
                c.stance().wire());
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** These values with one field set from text; blank (or "-") clears a field that may be empty. */
    public ClaimValues with(String field, String value) {
        return with(Map.of(field, value == null ? "" : value));
    }

    /**
     * These values with several fields set at once (checked together, so low and high may move
     * past each other); a chain given beside a source wins over the chain the source implies.
     */
    public ClaimValues with(Map<String, String> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        fields.forEach((f, v) -> {
            if (!f.equals("chain")) {
                all.putAll(changes(f, v));
            }
        });
        if (fields.containsKey("chain")) {
            all.putAll(changes("chain", fields.get("chain")));
        }
        // An exact or approximate figure is one number: setting its low or its high sets both.
        String q = (String) all.getOrDefault("qualifier", qualifier);
        if (q.equals("exact") || q.equals("approx")) {
            if (all.containsKey("low") && !all.containsKey("high")) {
                all.put("high", all.get("low"));
            } else if (all.containsKey("high") && !all.containsKey("low")) {
                all.put("low", all.get("high"));
            }
        }
        return copy(all);
    }

    private Map<String, Object> changes(String field, String value) {
        String v = value == null || value.isBlank() || value.strip().equals("-") ? null : value.strip();
        return switch (field) {
            case "metric" -> Map.of("metric", Metric.fromWire(required(field, v)).wire());
            case "party" -> one("party", v);
            case "role" -> Map.of("role", wire(field, v, Role.values()));
            case "subject" -> Map.of("subject", v == null ? "" : v);
            case "low" -> one("low", number(field, v));
            case "high" -> one("high", number(field, v));
            case "qualifier" -> Map.of("qualifier", qualifier(v));
            case "scope" -> Map.of("scope", wire(field, v, ScopeKind.values()));
            case "scope_from" -> one("scopeFrom", date(field, v));
            case "scope_to" -> one("scopeTo", date(field, v));
            case "claimed_on" -> one("claimedOn", date(field, v));
            case "location" -> one("location", v);
            case "source" -> withSource(v);
            case "source_kind" -> Map.of("sourceKind", sourceKind(v));
            case "affiliation" -> one("affiliation", v);
            case "chain" -> withChain(v);
            case "stance" -> Map.of("stance", wire(field, v, Stance.values()));
            default -> throw new IllegalArgumentException("unknown field '" + field + "'; fields: " + String.join(", ", FIELDS));
        };
    }

    /** The value of one field as text, for the audit trail and the CLI; null when empty. */
    public Object get(String field) {
        return switch (field) {
            case "metric" -> metric;
            case "party" -> party;
            case "role" -> role;
            case "subject" -> subject;
            case "low" -> low;
            case "high" -> high;
            case "qualifier" -> qualifier;
            case "scope" -> scope;
            case "scope_from" -> scopeFrom;
            case "scope_to" -> scopeTo;
            case "claimed_on" -> claimedOn;
            case "location" -> location;
            case "source" -> source;
            case "source_kind" -> sourceKind;
            case "affiliation" -> affiliation;
            case "chain" -> chain.isEmpty() ? null : String.join(" -> ", chain);
            case "stance" -> stance;
            default -> throw new IllegalArgumentException("unknown field '" + field + "'");
        };
    }

    /** The chain as the ledger prints it, originator first. */
    public String chainText() {
        return chain.isEmpty() ? null : String.join(" -> ", chain);
    }

    /** A new source keeps the old relays after it; no source means no chain. */
    private Map<String, Object> withSource(String name) {
        if (name == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", null);
            m.put("chain", List.of());
            m.put("affiliation", null);
            m.put("sourceKind", SourceKind.UNKNOWN.wire());
            return m;
        }
        List<String> relays = chain.isEmpty() ? List.of() : chain.subList(1, chain.size());
        List<String> longer = new ArrayList<>();
        longer.add(name);
        relays.stream().filter(r -> !r.equals(name)).forEach(longer::add);
        return Map.of("source", name, "chain", longer);
    }

    private Map<String, Object> withChain(String text) {
        List<String> names = text == null ? List.of()
                : Arrays.stream(text.split("->|;")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            return withSource(null);
        }
        return Map.of("source", names.get(0), "chain", names);
    }

    private ClaimValues copy(Map<String, Object> changes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", metric);
        m.put("party", party);
        m.put("role", role);
        m.put("subject", subject);
        m.put("low", low);
        m.put("high", high);
        m.put("qualifier", qualifier);
        m.put("scope", scope);
        m.put("scopeFrom", scopeFrom);
        m.put("scopeTo", scopeTo);
        m.put("claimedOn", claimedOn);
        m.put("location", location);
        m.put("source", source);
        m.put("sourceKind", sourceKind);
        m.put("affiliation", affiliation);
        m.put("chain", chain);
        m.put("stance", stance);
        m.putAll(changes);
        @SuppressWarnings("unchecked")
        List<String> newChain = (List<String>) m.get("chain");
        return new ClaimValues((String) m.get("metric"), (String) m.get("party"), (String) m.get("role"),
                (String) m.get("subject"), (Long) m.get("low"), (Long) m.get("high"), (String) m.get("qualifier"),
                (String) m.get("scope"), (String) m.get("scopeFrom"), (String) m.get("scopeTo"), (String) m.get("claimedOn"),
                (String) m.get("location"), (String) m.get("source"), (String) m.get("sourceKind"), (String) m.get("affiliation"),
                newChain, (String) m.get("stance"));
    }

    private static Map<String, Object> one(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }

    private static String required(String field, String v) {
        if (v == null) {
            throw new IllegalArgumentException("field '" + field + "' cannot be empty");
        }
        return v;
    }

    private static String wire(String field, String v, Enum<?>[] values) {
        String lower = required(field, v).toLowerCase(Locale.ROOT);
        for (Enum<?> e : values) {
            if (e.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return lower;
            }
        }
        throw new IllegalArgumentException("field '" + field + "': unknown value '" + v + "', expected one of "
                + String.join(", ", Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }

    private static String qualifier(String v) {
        try {
            return Qualifier.fromWire(required("qualifier", v)).wire();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'qualifier': " + e.getMessage()
                    + ", expected exact, approx, at_least, at_most, range or vague");
        }
    }

    private static String sourceKind(String v) {
        try {
            return SourceKind.fromWire(required("source_kind", v)).wire();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'source_kind': " + e.getMessage());
        }
    }

    private static Long number(String field, String v) {
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.replace(",", "").replace("_", ""));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + field + "': expected a whole number of people, got '" + v + "'");
        }
    }

    private static String date(String field, String v) {
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                throw new IllegalArgumentException("field '" + field + "': " + v + " is outside the years 1900 to 2100");
            }
            return d.toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + field + "': expected a date as YYYY-MM-DD, got '" + v + "'");
        }
    }
}
