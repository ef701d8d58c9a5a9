package org.reckon.store.export;

import org.reckon.store.query.ClaimRow;

import java.util.List;
import java.util.function.Function;

/**
 * One column of {@code reckon export}. Where a column means what a UCDP GED column means it
 * carries the GED name (low, best, high, source_article, source_headline, source_office,
 * source_date, source_original, date_start, date_end, where_description, latitude, longitude, adm_1,
 * country, where_prec). where_prec is GED's 1-7 scale as reckon can know it: 1 a named town or village,
 * 4 a first-level area (oblast, governorate, province), 6 only the country; empty when the claim has no place.
 * where_coordinates is the gazetteer's name for the place.
 */
public record ExportColumn(String name, Function<ClaimRow, Object> value) {
    public static final List<ExportColumn> ALL = List.of(
            new ExportColumn("id", ClaimRow::id),
            new ExportColumn("report_id", ClaimRow::reportId),
            new ExportColumn("source_article", r -> r.url() != null ? r.url() : r.report()),
            new ExportColumn("source_headline", ClaimRow::title),
            new ExportColumn("source_office", ClaimRow::outlet),
            new ExportColumn("source_date", ClaimRow::published),
            new ExportColumn("metric", ClaimRow::metric),
            new ExportColumn("party", ClaimRow::party),
            new ExportColumn("role", ClaimRow::role),
            new ExportColumn("subject", ClaimRow::subject),
            new ExportColumn("low", ClaimRow::low),
            new ExportColumn("best", ClaimRow::best),
            new ExportColumn("high", ClaimRow::high),
            new ExportColumn("qualifier", ClaimRow::qualifier),
            new ExportColumn("scope", ClaimRow::scope),
            new ExportColumn("date_start", ExportColumn::dateStart),
            new ExportColumn("date_end", r -> r.scopeTo() != null ? r.scopeTo() : r.claimedOn()),
            new ExportColumn("claimed_on", ClaimRow::claimedOn),
            new ExportColumn("where_description", ClaimRow::location),
            new ExportColumn("where_coordinates", r -> r.place() == null ? null : r.place().name()),
            new ExportColumn("latitude", r -> r.place() == null ? null : r.place().lat()),
            new ExportColumn("longitude", r -> r.place() == null ? null : r.place().lon()),
            new ExportColumn("adm_1", r -> r.place() == null ? null : r.place().admin1()),
            new ExportColumn("country", r -> r.place() == null ? null : r.place().country()),
            new ExportColumn("where_prec", r -> r.place() == null ? null : r.place().precision().gedWherePrec()),
            new ExportColumn("geonames_id", r -> r.place() == null ? null : r.place().geonamesId()),
            new ExportColumn("source_original", r -> r.chain() == null ? null : r.chain().replace(" -> ", "; ")),
            new ExportColumn("source_name", ClaimRow::source),
            new ExportColumn("source_kind", ClaimRow::sourceKind),
            new ExportColumn("source_affiliation", ClaimRow::affiliation),
            new ExportColumn("stance", ClaimRow::stance),
            new ExportColumn("evidence", ClaimRow::evidence),
            new ExportColumn("evidence_start", ClaimRow::evidenceStart),
            new ExportColumn("evidence_end", ClaimRow::evidenceEnd),
            new ExportColumn("confidence", ClaimRow::confidence),
            new ExportColumn("estimate_id", ClaimRow::estimateId),
            new ExportColumn("review", ClaimRow::review),
            new ExportColumn("reviewer", ClaimRow::reviewer));

    /** An incident happened on the day it was reported unless the text says otherwise; a running toll has no start. */
    private static Object dateStart(ClaimRow r) {
        if (r.scopeFrom() != null) {
            return r.scopeFrom();
        }
        return "incident".equals(r.scope()) ? r.claimedOn() : null;
    }
}
