package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A change is a record of what the ledger announced, and it must outlive what it pointed at: a
 * reviewer's action rebuilds a party's estimates, and re-extraction replaces machine claims, so
 * {@code changes} keeps the estimate and claim ids it was written with as plain numbers, not as
 * foreign keys (its figures are copied into the row already). PostgreSQL drops the constraints;
 * SQLite cannot, so the table is rebuilt with the same columns and rows.
 */
public class V5_3__changes_outlive_rebuilds extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        try (Statement s = context.getConnection().createStatement()) {
            if (product.contains("postgres")) {
                s.execute("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_estimate_id_fkey,"
                        + " DROP CONSTRAINT IF EXISTS changes_previous_estimate_id_fkey, DROP CONSTRAINT IF EXISTS changes_claim_id_fkey");
                return;
            }
            s.execute("CREATE TABLE changes_rebuilt (id INTEGER PRIMARY KEY AUTOINCREMENT, made_at VARCHAR(40) NOT NULL,"
                    + " kind VARCHAR(12) NOT NULL, party TEXT, metric VARCHAR(12) NOT NULL, role VARCHAR(10) NOT NULL,"
                    + " source TEXT NOT NULL, attributed SMALLINT NOT NULL, estimate_id BIGINT NOT NULL, low BIGINT, high BIGINT,"
                    + " qualifier VARCHAR(10) NOT NULL, scope_kind VARCHAR(12) NOT NULL, claimed_on VARCHAR(10),"
                    + " previous_estimate_id BIGINT, previous_low BIGINT, previous_high BIGINT, previous_qualifier VARCHAR(10),"
                    + " previous_claimed_on VARCHAR(10), report_id BIGINT NOT NULL REFERENCES reports (id), claim_id BIGINT NOT NULL)");
            s.execute("INSERT INTO changes_rebuilt SELECT id, made_at, kind, party, metric, role, source, attributed, estimate_id,"
                    + " low, high, qualifier, scope_kind, claimed_on, previous_estimate_id, previous_low, previous_high,"
                    + " previous_qualifier, previous_claimed_on, report_id, claim_id FROM changes");
            s.execute("DROP TABLE changes");
            s.execute("ALTER TABLE changes_rebuilt RENAME TO changes");
            s.execute("CREATE INDEX changes_by_party ON changes (LOWER(party), id)");
        }
    }
}
