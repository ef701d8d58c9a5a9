package org.reckon.brief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The brief's small static map: Natural Earth's country shapes (the resource the dashboard serves)
 * in an equirectangular projection fitted to the places counted, one circle per place whose area
 * grows with the largest figure there, the five largest named. Inline SVG, so the PDF draws it too.
 */
final class BriefMap {
    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final int LABELS = 5;
    private static final JsonNode SHAPES = shapes();

    private BriefMap() {}

    private static JsonNode shapes() {
        try (InputStream in = BriefMap.class.getResourceAsStream("/org/reckon/places/countries-110m.geojson")) {
            if (in == null) {
                throw new IllegalStateException("country shapes missing: /org/reckon/places/countries-110m.geojson");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extent drawn: the places with a margin, at least 8 degrees wide, in the map's proportions. */
    record View(double west, double south, double east, double north) {
        static View around(List<Brief.MapPlace> places) {
            double w = 180, e = -180, s = 90, n = -90;
            for (Brief.MapPlace p : places) {
                w = Math.min(w, p.lon());
                e = Math.max(e, p.lon());
                s = Math.min(s, p.lat());
                n = Math.max(n, p.lat());
            }
            double ratio = (double) WIDTH / HEIGHT;
            double half = Math.max(Math.max(8, e - w), Math.max(5, n - s) * ratio) * 0.65;
            double cx = (w + e) / 2;
            double cy = (s + n) / 2;
            return new View(cx - half, cy - half / ratio, cx + half, cy + half / ratio);
        }

        double x(double lon) { return (lon - west) / (east - west) * WIDTH; }

        double y(double lat) { return (north - lat) / (north - south) * HEIGHT; }
    }

    static String svg(List<Brief.MapPlace> places) {
        View v = View.around(places);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" role=\"img\" aria-label=\"map of the places counted\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\"><rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#e3eef5\"/>\n");
        for (JsonNode f : SHAPES.path("features")) {
            s.append("<path fill=\"#f4f1ea\" stroke=\"#9e9e9e\" stroke-width=\"0.6\" d=\"");
            JsonNode g = f.path("geometry");
            if ("Polygon".equals(g.path("type").asText())) {
                polygon(s, g.path("coordinates"), v);
            } else {
                for (JsonNode poly : g.path("coordinates")) {
                    polygon(s, poly, v);
                }
            }
            s.append("\"/>\n");
        }
        long largest = Math.max(1, places.stream().mapToLong(Brief.MapPlace::largest).max().orElse(1));
        for (int i = places.size() - 1; i >= 0; i--) {   // the largest last, on top
            Brief.MapPlace p = places.get(i);
            double r = 3 + 17 * Math.sqrt((double) p.largest() / largest);
            s.append(String.format(Locale.ROOT, "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#c62828\" fill-opacity=\"%s\""
                    + " stroke=\"#7f0000\" stroke-width=\"0.8\"/>%n", v.x(p.lon()), v.y(p.lat()), r, "place".equals(p.precision()) ? "0.6" : "0.25"));
        }
        for (int i = 0; i < Math.min(LABELS, places.size()); i++) {
            Brief.MapPlace p = places.get(i);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#222\">%s</text>%n",
                    v.x(p.lon()) + 6, v.y(p.lat()) - 6, Html.escape(p.name())));
        }
        return s.append("</svg>").toString();
    }

    private static void polygon(StringBuilder s, JsonNode rings, View v) {
        for (JsonNode ring : rings) {
            char op = 'M';
            for (JsonNode pt : ring) {
                s.append(op).append(String.format(Locale.ROOT, "%.1f,%.1f", v.x(pt.get(0).asDouble()), v.y(pt.get(1).asDouble())));
                op = 'L';
            }
            s.append('Z');
        }
    }
}
