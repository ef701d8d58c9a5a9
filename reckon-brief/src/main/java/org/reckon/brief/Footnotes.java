package org.reckon.brief;

import org.reckon.store.Ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the reports a brief cites in order of first use and reads each one's title, outlet, date and URL. */
final class Footnotes {
    private final Ledger ledger;
    private final Map<Long, Integer> numbers = new HashMap<>();
    private final List<Brief.Footnote> list = new ArrayList<>();

    Footnotes(Ledger ledger) {
        this.ledger = ledger;
    }

    int of(long reportId) throws SQLException {
        Integer known = numbers.get(reportId);
        if (known != null) {
            return known;
        }
        int n = list.size() + 1;
        try (PreparedStatement ps = ledger.connection().prepareStatement(
                "SELECT title, outlet, published, url, external_id FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("report " + reportId + " is cited but not in the ledger");
                }
                String title = rs.getString(1);
                list.add(new Brief.Footnote(n, title == null || title.isBlank() ? rs.getString(5) : title,
                        rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        ledger.connection().commit();
        numbers.put(reportId, n);
        return n;
    }

    /** The ledger ids of the reports cited so far. */
    List<Long> reportIds() {
        return List.copyOf(numbers.keySet());
    }

    List<Brief.Footnote> list() {
        return List.copyOf(list);
    }
}
