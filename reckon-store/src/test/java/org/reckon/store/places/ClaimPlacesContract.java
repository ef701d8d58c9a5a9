package org.reckon.store.places;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Claim;
import org.reckon.model.Metric;
import org.reckon.model.Report;
import org.reckon.places.GeoContext;
import org.reckon.places.Geocoder;
import org.reckon.places.Place;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.store.export.ExportFormat;
import org.reckon.store.export.Exporter;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import org.reckon.store.query.PlaceFilter;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reckon.store.Claims.claim;
import static org.reckon.store.Claims.extraction;
import static org.reckon.store.Claims.report;
import static org.reckon.store.Claims.story;

/** Claims keep their place in the ledger, are found by place, and export with GED's place columns; on every database. */
abstract class ClaimPlacesContract {
    @TempDir
    Path dir;

    LedgerLocation location;
    Ledger ledger;

    abstract LedgerLocation freshLocation(Path dir) throws SQLException;

    @BeforeEach
    void open() throws SQLException {
        location = freshLocation(dir);
        ledger = Ledger.open(location);
        Geocoder geo = Geocoder.shared();
        Report r = report("a", story("a"), "Wire", "2025-03-01");
        new ReportWriter(ledger).store(r, extraction(r,
                placed(claim(Metric.KILLED, "North Korea", 200, "General Staff", "Ukraine", "2025-03-01"), geo, "Sudzha"),
                placed(claim(Metric.KILLED, "Russia", 90, "General Staff", "Ukraine", "2025-03-01"), geo, "Donetsk Oblast"),
                placed(claim(Metric.KILLED, "Hezbollah", 12, "Army", "Israel", "2025-03-01"), geo, "southern Lebanon"),
                claim(Metric.WOUNDED, "Russia", 40, "General Staff", "Ukraine", "2025-03-01")), "a");
    }

    private static Claim placed(Claim c, Geocoder geo, String written) {
        return c.withPlace(geo.locate(written, GeoContext.NONE).orElseThrow());
    }

    @AfterEach
    void close() throws SQLException {
        ledger.close();
        TestLedgers.drop(location);
    }

    private List<ClaimRow> find(PlaceFilter where) throws SQLException {
        return new ClaimQuery(ledger).find(ClaimFilter.ALL.withPlace(where), 0);
    }

    @Test
    void aStoredClaimComesBackWithItsPlace() throws SQLException {
        List<ClaimRow> rows = new ClaimQuery(ledger).find(ClaimFilter.ALL, 0);

        Place sudzha = rows.get(0).place();
        assertThat(sudzha.name()).isEqualTo("Sudzha");
        assertThat(sudzha.country()).isEqualTo("Russia");
        assertThat(sudzha.geonamesId()).isNotNull();
        assertThat(rows.get(1).place().admin1()).isEqualTo("Donetsk");
        assertThat(rows.get(3).place()).isNull();
    }

    @Test
    void claimsAreFoundByCountryByAreaAndByDistance() throws SQLException {
        Place kursk = Geocoder.shared().locate("Kursk", GeoContext.NONE).orElseThrow();

        assertThat(find(new PlaceFilter("lebanon", null, null, null))).extracting(ClaimRow::party).containsExactly("Hezbollah");
        assertThat(find(new PlaceFilter(null, "donetsk", null, null))).extracting(ClaimRow::party).containsExactly("Russia");
        // Sudzha is about 90 km south-west of Kursk.
        assertThat(find(new PlaceFilter(null, null, kursk, 50.0))).isEmpty();
        assertThat(find(new PlaceFilter(null, null, kursk, 120.0))).extracting(ClaimRow::party).containsExactly("North Korea");
    }

    @Test
    void exportsCarryGedsPlaceColumns() throws Exception {
        StringWriter csv = new StringWriter();
        new Exporter(ledger).write(ExportFormat.CSV, ClaimFilter.ALL, csv);
        String[] lines = csv.toString().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));

        assertThat(header).contains("latitude", "longitude", "adm_1", "country", "where_prec");
        assertThat(lines[1].split(",")[header.indexOf("where_prec")]).isEqualTo("1");
        assertThat(lines[2].split(",")[header.indexOf("where_prec")]).isEqualTo("4");
        assertThat(lines[3].split(",")[header.indexOf("where_prec")]).isEqualTo("6");
        assertThat(lines[4].split(",")[header.indexOf("where_prec")]).isEmpty();
        assertThat(Double.parseDouble(lines[1].split(",")[header.indexOf("latitude")])).isBetween(51.0, 51.5);
        assertThat(lines[3].split(",")[header.indexOf("country")]).isEqualTo("Lebanon");
    }
}
