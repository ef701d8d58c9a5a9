package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Issue 14: the review log is append-only in the database itself, not only in reckon's code:
 * a trigger refuses every UPDATE and DELETE on {@code review_actions}. The two databases write
 * triggers differently, so this migration is Java and picks the dialect.
 */
public class V4_2__append_only_review_actions extends BaseJavaMigration {
    static final String REFUSAL = "review_actions is append-only: an action is undone by a new action, never edited or deleted";

    @Override
    public void migrate(Context context) throws SQLException {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        try (Statement s = context.getConnection().createStatement()) {
            if (product.contains("postgres")) {
                s.execute("CREATE FUNCTION review_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN RAISE EXCEPTION '" + REFUSAL + "'; END $$");
                s.execute("CREATE TRIGGER review_actions_no_change BEFORE UPDATE OR DELETE ON review_actions"
                        + " FOR EACH ROW EXECUTE FUNCTION review_actions_append_only()");
            } else {
                for (String event : new String[] {"UPDATE", "DELETE"}) {
                    s.execute("CREATE TRIGGER review_actions_no_" + event.toLowerCase(java.util.Locale.ROOT) + " BEFORE " + event
                            + " ON review_actions BEGIN SELECT RAISE(ABORT, '" + REFUSAL + "'); END");
                }
            }
        }
    }
}
