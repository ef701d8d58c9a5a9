package org.reckon.brief;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * Draws a {@link Brief.Chart} with XChart: each source's figures on a true time axis (a day's
 * position is proportional to its date), stepped as a running toll is revised, with round tick
 * values and one colour per source that is the same in every chart of the brief. Written as SVG
 * (VectorGraphics2D) for the HTML and PDF, whose legend is the page's own list under the chart,
 * and as a PNG with the legend drawn in, beside the Markdown.
 */
final class Charts {
    static final int WIDTH = 640;
    static final int HEIGHT = 250;
    /** Most sources one chart draws: more lines than colours cannot be told apart, and each costs drawing time. */
    static final int MAX_SERIES = 8;
    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    static final String[] COLOUR_NAMES = {"blue", "red", "green", "orange", "purple", "brown", "pink", "cyan"};

    private Charts() {}

    static String colour(int i) { return COLOURS[i % COLOURS.length]; }

    static String colourName(int i) { return COLOUR_NAMES[i % COLOUR_NAMES.length]; }

    /** The chart as XChart lays it out; {@code legend} draws the source names in the image itself. */
    static XYChart chart(Brief.Chart c, int width, int height, boolean legend) {
        XYChart chart = new XYChartBuilder().width(width).height(height).build();
        var st = chart.getStyler();
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        st.setLegendVisible(legend);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Vertical);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setPlotGridVerticalLinesVisible(false);
        st.setPlotGridLinesColor(new Color(0xCCCCCC));
        st.setPlotGridLinesStroke(new java.awt.BasicStroke(1f));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setYAxisDecimalPattern("#,##0");
        st.setYAxisMin(0.0);
        st.setYAxisMax((double) axisTop(c.series().stream().flatMap(s -> s.points().stream()).mapToLong(Brief.Point::value).max().orElse(1)));
        st.setMarkerSize(7);
        List<Brief.Series> drawn = c.series().stream().filter(s -> !s.points().isEmpty()).toList();
        Span span = Span.of(drawn);
        st.setDatePattern(span.days() > 200 ? "MMM yyyy" : "d MMM yyyy");
        st.setXAxisMin((double) millis(span.first()));
        st.setXAxisMax((double) millis(span.last()));
        for (Brief.Series s : drawn) {
            List<Date> x = s.points().stream().map(p -> new Date(millis(p.date()))).toList();
            List<Long> y = s.points().stream().map(Brief.Point::value).toList();
            XYSeries series = chart.addSeries(s.source(), x, y);
            series.setLineColor(Color.decode(colour(s.colour())));
            series.setMarkerColor(Color.decode(colour(s.colour())));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        if (drawn.isEmpty()) {
            chart.addSeries(" ", new double[] {millis(span.first())}, new double[] {0}).setMarker(SeriesMarkers.NONE)
                    .setLineColor(Color.WHITE);
        }
        return chart;
    }

    /** The top of the value axis for figures up to {@code max}: a tenth of headroom, rounded up to 1, 2, 2.5 or 5 times a power of ten. */
    static long axisTop(long max) {
        long v = max + max / 10 + 1;
        long power = 1;
        while (power * 10 <= v) {
            power *= 10;
        }
        for (long step : new long[] {power, 2 * power, power * 5 / 2, 5 * power}) {
            if (step >= v && step > 0) {
                return step;
            }
        }
        return 10 * power;
    }

    /** The days the axis spans: a little before the first figure and after the last, so no point sits on the frame. */
    record Span(LocalDate first, LocalDate last) {
        static Span of(List<Brief.Series> series) {
            LocalDate first = null;
            LocalDate last = null;
            for (Brief.Series s : series) {
                for (Brief.Point p : s.points()) {
                    first = first == null || p.date().isBefore(first) ? p.date() : first;
                    last = last == null || p.date().isAfter(last) ? p.date() : last;
                }
            }
            if (first == null) {
                first = last = LocalDate.now(ZoneOffset.UTC);
            }
            long pad = Math.max(10, (last.toEpochDay() - first.toEpochDay()) / 20);
            return new Span(first.minusDays(pad), last.plusDays(pad));
        }

        long days() {
            return last.toEpochDay() - first.toEpochDay();
        }
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** An {@code <svg>} element for inlining into the page: the XML prologue and doctype are dropped. */
    static String svg(Brief.Chart c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart(c, WIDTH, HEIGHT, false), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot draw the chart of " + c.metric(), e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        int at = svg.indexOf("<svg");
        return svg.substring(at).replaceFirst("<svg", "<svg class=\"chart\" role=\"img\" aria-label=\""
                + Html.escape(c.metric()) + " by source over time\"");
    }

    /** Writes the chart as a PNG with its legend. */
    static void png(Brief.Chart c, Path file) throws IOException {
        int legendRows = (int) c.series().stream().filter(s -> !s.points().isEmpty()).count();
        XYChart chart = chart(c, WIDTH, HEIGHT + 18 * legendRows, true);
        BitmapEncoder.saveBitmap(chart, file.toString().replaceFirst("(?i)\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
    }
}
