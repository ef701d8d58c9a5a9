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
                "SELECT title, outlet, published, url, text FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("report " + reportId + " is cited but not in the ledger");
                }
                String title = rs.getString(1);
                list.add(new Brief.Footnote(n, title == null || title.isBlank() ? openingWords(rs.getString(5)) : title,
                        rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        ledger.connection().commit();
        numbers.put(reportId, n);
        return n;
    }

    /** Longest title made from a report's first sentence when the report has no title of its own. */
    static final int TITLE_CHARS = 90;

    /** A report's first line or sentence, cut at a word to {@link #TITLE_CHARS} characters: what stands for a missing title. */
    static String openingWords(String text) {
        if (text == null || text.isBlank()) {
            return "(untitled report)";
        }
        String first = text.strip().split("\\R|(?<=[.!?])\\s+", 2)[0].replaceAll("\\s+", " ");
        if (first.length() <= TITLE_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_CHARS - 1);
        return first.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1) + "…";
    }

    /** The ledger ids of the reports cited so far. */
    List<Long> reportIds() {
        return List.copyOf(numbers.keySet());
    }

    List<Brief.Footnote> list() {
        return List.copyOf(list);
    }
}
