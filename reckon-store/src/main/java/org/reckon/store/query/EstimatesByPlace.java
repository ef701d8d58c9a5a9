package org.reckon.store.query;

import org.reckon.places.Place;
import org.reckon.store.Ledger;
import org.reckon.store.places.ClaimPlaceTable;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Estimates kept by place: an estimate stays when at least one claim citing it is placed where the filter asks. */
public final class EstimatesByPlace {
    private EstimatesByPlace() {}

    public static List<EstimateRow> keep(Ledger ledger, List<EstimateRow> rows, PlaceFilter where) throws SQLException {
        if (!where.any()) {
            return rows;
        }
        Map<Long, Place> places = places(ledger);
        List<EstimateRow> out = new ArrayList<>();
        for (EstimateRow r : rows) {
            if (r.citations().stream().anyMatch(c -> where.keeps(places.get(c.claimId())))) {
                out.add(r);
            }
        }
        return out;
    }

    private static Map<Long, Place> places(Ledger ledger) throws SQLException {
        Map<Long, Place> out = new HashMap<>();
        try (PreparedStatement ps = ledger.connection().prepareStatement("SELECT p.claim_id, " + ClaimPlaceTable.COLUMNS
                + " FROM claim_places p"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), ClaimPlaceTable.read(rs, 2));
            }
        }
        ledger.connection().commit();
        return out;
    }
}
