package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.places.Place;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/places}: one mark per place with the claims placed there, for the map, filtered as
 * {@code /api/claims} is (party, metric, source, since, until, text, near, km, country, admin1) and by role;
 * {@code GET /api/places/shapes}: Natural Earth's country shapes (GeoJSON), served from the jar.
 */
public final class PlacesController {
    /** Claims listed with one mark; the mark's counts cover all of them. */
    static final int CLAIMS_PER_MARK = 200;
    private static final Set<String> ROLES = Set.of("military", "civilian", "unknown");

    /** One claim as a mark lists it. */
    public record MarkClaim(long id, long reportId, String metric, String party, String role, String qualifier, Long low,
                            Long high, Long best, String claimedOn, String source, String outlet, String location, String evidence) {
        static MarkClaim of(ClaimRow r) {
            return new MarkClaim(r.id(), r.reportId(), r.metric(), r.party(), r.role(), r.qualifier(), r.low(), r.high(), r.best(),
                    r.claimedOn(), r.source(), r.outlet(), r.location(), r.evidence());
        }
    }

    /** One place on the map: how many claims, the largest figure among them, and the claims. */
    public record Mark(String name, Long geonamesId, String admin1, String country, double lat, double lon, String precision,
                       int count, long largest, List<MarkClaim> claims) {}

    /** What the map draws; {@code unplaced} counts the claims that matched but have no place. */
    public record Marks(List<Mark> places, int unplaced) {}

    private final LedgerPool ledgers;
    private final byte[] shapes;

    public PlacesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
        this.shapes = shapes();
    }

    private static byte[] shapes() {
        try (InputStream in = PlacesController.class.getResourceAsStream("/org/reckon/places/countries-110m.geojson")) {
            if (in == null) {
                throw new IllegalStateException("country shapes missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void shapes(Context ctx) {
        ctx.header("Cache-Control", "max-age=86400").contentType("application/geo+json").result(shapes);
    }

    public void marks(Context ctx) throws SQLException {
        ClaimFilter filter = ClaimsController.filter(ctx);
        String role = role(ctx);
        Map<String, List<ClaimRow>> byPlace = new LinkedHashMap<>();
        int[] unplaced = {0};
        ledgers.with(l -> {
            new ClaimQuery(l).each(filter, 0, row -> {
                if (role != null && !role.equals(row.role())) {
                    return;
                }
                if (row.place() == null) {
                    unplaced[0]++;
                } else {
                    byPlace.computeIfAbsent(key(row.place()), k -> new ArrayList<>()).add(row);
                }
            });
            return null;
        });
        List<Mark> marks = new ArrayList<>();
        for (List<ClaimRow> rows : byPlace.values()) {
            marks.add(mark(rows));
        }
        marks.sort((a, b) -> Long.compare(b.largest(), a.largest()));
        ctx.json(new Marks(marks, unplaced[0]));
    }

    private static Mark mark(List<ClaimRow> rows) {
        Place p = rows.get(0).place();
        long largest = rows.stream().mapToLong(r -> r.best() == null ? 0 : r.best()).max().orElse(0);
        List<MarkClaim> claims = rows.stream().limit(CLAIMS_PER_MARK).map(MarkClaim::of).toList();
        return new Mark(p.name(), p.geonamesId(), p.admin1(), p.country(), p.lat(), p.lon(), p.precision().wire(), rows.size(),
                largest, claims);
    }

    private static String key(Place p) {
        return p.precision() + "|" + p.name() + "|" + p.country() + "|" + p.lat() + "|" + p.lon();
    }

    private static String role(Context ctx) {
        String v = Params.text(ctx, "role");
        if (v == null) {
            return null;
        }
        String r = v.toLowerCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw ApiProblem.badParameter("role", "expected military, civilian or unknown, got '" + v + "'");
        }
        return r;
    }
}
