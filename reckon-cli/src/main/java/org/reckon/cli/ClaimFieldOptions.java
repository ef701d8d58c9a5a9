package org.reckon.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** The claim fields a reviewer may set, one option each; only those given are set ("-" clears one). */
final class ClaimFieldOptions {
    @Option(names = "--metric", description = "killed, wounded, casualties, captured, missing or deployed") String metric;
    @Option(names = "--party", converter = PartyConverter.class, description = "whose people (any alias the gazetteer knows)") String party;
    @Option(names = "--role", description = "military, civilian or unknown") String role;
    @Option(names = "--subject", description = "the people counted, as written") String subject;
    @Option(names = "--low", description = "the lower bound") String low;
    @Option(names = "--high", description = "the upper bound (an exact or approximate figure sets both)") String high;
    @Option(names = "--qualifier", description = "exact, approx, at_least, at_most, range or vague") String qualifier;
    @Option(names = "--scope", description = "incident, period, cumulative or unknown") String scope;
    @Option(names = "--scope-from", paramLabel = "DATE") String scopeFrom;
    @Option(names = "--scope-to", paramLabel = "DATE") String scopeTo;
    @Option(names = "--claimed-on", paramLabel = "DATE") String claimedOn;
    @Option(names = "--location") String location;
    @Option(names = "--source", description = "the originator's name (keeps the relays of the chain)") String source;
    @Option(names = "--source-kind", description = "intelligence, military, government, official, health_authority, un, ngo, media, person or unknown") String sourceKind;
    @Option(names = "--affiliation", description = "the source's government or side") String affiliation;
    @Option(names = "--chain", description = "the whole chain, originator first: 'A -> B'") String chain;
    @Option(names = "--stance", description = "asserted, denied or projected") String stance;

    Map<String, String> given() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "metric", metric);
        put(m, "party", party);
        put(m, "role", role);
        put(m, "subject", subject);
        put(m, "low", low);
        put(m, "high", high);
        put(m, "qualifier", qualifier);
        put(m, "scope", scope);
        put(m, "scope_from", scopeFrom);
        put(m, "scope_to", scopeTo);
        put(m, "claimed_on", claimedOn);
        put(m, "location", location);
        put(m, "source", source);
        put(m, "source_kind", sourceKind);
        put(m, "affiliation", affiliation);
        put(m, "chain", chain);
        put(m, "stance", stance);
        return m;
    }

    private static void put(Map<String, String> m, String field, String value) {
        if (value != null) {
            m.put(field, value);
        }
    }
}
