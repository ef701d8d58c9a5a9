package org.reckon.brief;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Draws a {@link Brief.Chart}: each source's figures over time, one line per source, stepped as a
 * running toll is revised. The same layout is written as SVG (inline in HTML) and as PNG (beside
 * Markdown); both are drawn by hand, so the brief needs no charting library.
 */
final class Charts {
    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 180;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    static final String[] COLOUR_NAMES = {"blue", "red", "green", "orange", "purple", "brown", "pink", "cyan"};

    private Charts() {}

    /** Maps dates and values to the plot area. */
    private record Layout(long firstDay, long lastDay, long max) {
        static Layout of(Brief.Chart chart) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            long max = 1;
            for (Brief.Series s : chart.series()) {
                for (Brief.Point p : s.points()) {
                    first = Math.min(first, p.date().toEpochDay());
                    last = Math.max(last, p.date().toEpochDay());
                    max = Math.max(max, p.value());
                }
            }
            if (first == Long.MAX_VALUE) {
                first = last = LocalDate.now().toEpochDay();
            }
            if (first == last) {
                first -= 1;
                last += 1;
            }
            return new Layout(first, last, axisTop(max));
        }

        /** The axis top: the next of 1, 2, 2.5 or 5 times a power of ten, so the label reads as a round number. */
        static long roundUp(long v) {
            long power = 1;
            while (power * 10 <= v) {
                power *= 10;
            }
            for (long step : new long[] {power, 2 * power, power * 5 / 2, 5 * power, 10 * power}) {
                if (step >= v && step > 0) {
                    return step;
                }
            }
            return 10 * power;
        }

        double x(LocalDate d) {
            return LEFT + (double) (d.toEpochDay() - firstDay) / (lastDay - firstDay) * (WIDTH - LEFT - RIGHT);
        }

        double y(long v) {
            return TOP + (1 - (double) v / max) * (HEIGHT - TOP - BOTTOM);
        }

        LocalDate first() { return LocalDate.ofEpochDay(firstDay); }

        LocalDate last() { return LocalDate.ofEpochDay(lastDay); }
    }

    /** The top of the value axis for figures up to {@code max}: a tenth of headroom, rounded up. */
    static long axisTop(long max) {
        return Layout.roundUp(max + max / 10 + 1);
    }

    static String colour(int i) { return COLOURS[i % COLOURS.length]; }

    static String colourName(int i) { return COLOUR_NAMES[i % COLOUR_NAMES.length]; }

    /** An {@code <svg>} element; each source is one {@code <g class="series" data-source="...">}. */
    static String svg(Brief.Chart chart) {
        Layout l = Layout.of(chart);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">")
                .append("<title>").append(Html.escape(chart.metric())).append(" by source over time</title>");
        int plotBottom = HEIGHT - BOTTOM;
        sb.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, plotBottom, WIDTH - RIGHT, plotBottom));
        sb.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, TOP, LEFT, plotBottom));
        sb.append(text(LEFT - 6, TOP + 4, "end", Briefs.number(l.max())));
        sb.append(text(LEFT - 6, plotBottom + 4, "end", "0"));
        sb.append(text(LEFT, plotBottom + 18, "start", l.first().toString()));
        sb.append(text(WIDTH - RIGHT, plotBottom + 18, "end", l.last().toString()));
        for (int i = 0; i < chart.series().size(); i++) {
            Brief.Series s = chart.series().get(i);
            String c = colour(i);
            sb.append("<g class=\"series\" data-source=\"").append(Html.escape(s.source())).append("\">");
            StringBuilder points = new StringBuilder();
            Double lastY = null;
            for (Brief.Point p : s.points()) {
                double x = l.x(p.date());
                double y = l.y(p.value());
                if (lastY != null) {
                    points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, lastY));
                }
                points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
                lastY = y;
            }
            sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(c).append("\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
            for (Brief.Point p : s.points()) {
                sb.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %s</title></circle>",
                        l.x(p.date()), l.y(p.value()), c, p.date(), Briefs.number(p.value())));
            }
            int ly = TOP + 14 * i + 6;
            sb.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", WIDTH - RIGHT + 10, ly - 8, c));
            sb.append(text(WIDTH - RIGHT + 24, ly + 1, "start", clip(s.source(), 26)));
            sb.append("</g>");
        }
        return sb.append("</svg>").toString();
    }

    private static String text(int x, int y, String anchor, String s) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\" font-family=\"sans-serif\" text-anchor=\"" + anchor + "\">"
                + Html.escape(s) + "</text>";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Writes the same chart as a PNG image. */
    static void png(Brief.Chart chart, Path file) throws IOException {
        Layout l = Layout.of(chart);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            int plotBottom = HEIGHT - BOTTOM;
            g.drawLine(LEFT, plotBottom, WIDTH - RIGHT, plotBottom);
            g.drawLine(LEFT, TOP, LEFT, plotBottom);
            List<Brief.Series> series = chart.series();
            for (int i = 0; i < series.size(); i++) {
                g.setColor(Color.decode(colour(i)));
                g.setStroke(new BasicStroke(2));
                Integer lastX = null;
                Integer lastY = null;
                for (Brief.Point p : series.get(i).points()) {
                    int x = (int) Math.round(l.x(p.date()));
                    int y = (int) Math.round(l.y(p.value()));
                    if (lastX != null) {
                        g.drawLine(lastX, lastY, x, lastY);
                        g.drawLine(x, lastY, x, y);
                    }
                    g.fillOval(x - 3, y - 3, 7, 7);
                    lastX = x;
                    lastY = y;
                }
                g.fillRect(WIDTH - RIGHT + 10, TOP + 14 * i - 2, 10, 10);
            }
            labels(g, l, series);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void labels(Graphics2D g, Layout l, List<Brief.Series> series) {
        try {
            g.setColor(Color.DARK_GRAY);
            int plotBottom = HEIGHT - BOTTOM;
            g.drawString(Briefs.number(l.max()), 4, TOP + 4);
            g.drawString("0", LEFT - 12, plotBottom + 4);
            g.drawString(l.first().toString(), LEFT, plotBottom + 18);
            g.drawString(l.last().toString(), WIDTH - RIGHT - 70, plotBottom + 18);
            for (int i = 0; i < series.size(); i++) {
                g.drawString(clip(series.get(i).source(), 26), WIDTH - RIGHT + 24, TOP + 14 * i + 7);
            }
        } catch (RuntimeException | Error e) {
            // A headless machine without fonts cannot draw text; the Markdown names each line's colour in words instead.
        }
    }
}
