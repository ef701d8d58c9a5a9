package org.reckon.store.places;

import org.reckon.places.Place;
import org.reckon.places.Precision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** The ledger's table {@code claim_places}: a claim's place, written with the claim and read with it. */
public final class ClaimPlaceTable {
    /** The columns a query selects, in {@link #read} order, from {@code claim_places} aliased {@code p}. */
    public static final String COLUMNS = "p.name, p.geonames_id, p.admin1, p.country, p.lat, p.lon, p.precision";
    public static final String JOIN = " LEFT JOIN claim_places p ON p.claim_id = c.id";

    private ClaimPlaceTable() {}

    /** Replaces the claim's place (none when {@code place} is null). */
    public static void write(Connection connection, long claimId, Place place) throws SQLException {
        delete(connection, claimId);
        insert(connection, claimId, place);
    }

    /** Adds a new claim's place (nothing when {@code place} is null). */
    public static void insert(Connection connection, long claimId, Place place) throws SQLException {
        if (place == null) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO claim_places"
                + " (claim_id, name, geonames_id, admin1, country, lat, lon, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, claimId);
            ps.setString(2, place.name());
            if (place.geonamesId() == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, place.geonamesId());
            }
            ps.setString(4, place.admin1());
            ps.setString(5, place.country());
            ps.setDouble(6, place.lat());
            ps.setDouble(7, place.lon());
            ps.setString(8, place.precision().wire());
            ps.executeUpdate();
        }
    }

    public static void delete(Connection connection, long claimId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM claim_places WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            ps.executeUpdate();
        }
    }

    /** The place in the {@link #COLUMNS} starting at column {@code first}, or null when the claim has none. */
    public static Place read(ResultSet rs, int first) throws SQLException {
        String name = rs.getString(first);
        if (name == null) {
            return null;
        }
        long id = rs.getLong(first + 1);
        Long geonamesId = rs.wasNull() ? null : id;
        return new Place(name, geonamesId, rs.getString(first + 2), rs.getString(first + 3), rs.getDouble(first + 4),
                rs.getDouble(first + 5), Precision.fromWire(rs.getString(first + 6)));
    }
}
