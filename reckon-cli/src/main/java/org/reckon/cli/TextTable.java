package org.reckon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-width table for a terminal whose columns stay aligned however long a cell is: a cell
 * wider than its column wraps at spaces onto the lines below, under its own column.
 */
final class TextTable {
    private final String indent;
    private final int[] widths;

    TextTable(String indent, int... widths) {
        this.indent = indent;
        this.widths = widths.clone();
    }

    /** Prints one row; each cell wraps within its column, and the row takes as many lines as its tallest cell. */
    void row(PrintWriter out, String... cells) {
        if (cells.length != widths.length) {
            throw new IllegalArgumentException("expected " + widths.length + " cells, got " + cells.length);
        }
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(cells[i] == null ? "-" : cells[i], widths[i]);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        for (int line = 0; line < lines; line++) {
            StringBuilder sb = new StringBuilder(indent);
            for (int i = 0; i < cells.length; i++) {
                String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
                sb.append(i == cells.length - 1 ? part : pad(part, widths[i] + 1));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** Splits {@code text} into lines of at most {@code width} characters, at spaces where it can. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.replaceAll("\\s+", " ").strip();
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                lines.add(rest.substring(0, width));
                rest = rest.substring(width);
            } else {
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
        }
        lines.add(rest);
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
