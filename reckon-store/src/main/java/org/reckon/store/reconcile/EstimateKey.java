package org.reckon.store.reconcile;

import org.reckon.model.Claim;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Role;
import org.reckon.model.Stance;
import org.reckon.store.sources.SourceIdentity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What makes two claims the same estimate: the same originator, metric, party, role of the
 * people counted (military, civilian, unknown), figure and kind of span. {@code originator} is the lower-cased ledger name of the source ({@link SourceIdentity}); a figure the report gives on its
 * own authority belongs to the original report of its syndication group ({@code report:ID}),
 * so copies of one wire story never become separate voices.
 */
public record EstimateKey(String originator, String label, Metric metric, String party, Role role, long figure,
                          ScopeClass scope) {
    public EstimateKey {
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
    }

    /**
     * The key of a claim, or empty when the claim is no estimate: denied and projected figures
     * and vague ones ("hundreds") stay in the ledger as claims but are never reconciled.
     */
    public static Optional<EstimateKey> of(Claim c, long originalReportId, String reportLabel) {
        if (c.stance() != Stance.ASSERTED || c.qualifier() == Qualifier.VAGUE || c.number() == null) {
            return Optional.empty();
        }
        String name = SourceIdentity.ledgerName(c.source().name(), c.source().affiliation(), originalReportId);
        String originator = name == null ? "report:" + originalReportId : name.toLowerCase(Locale.ROOT);
        String label = name == null ? reportLabel : name;
        return Optional.of(new EstimateKey(originator, label, c.metric(), c.party(), c.role(), c.number(), ScopeClass.of(c.scope().kind())));
    }
}
