package org.reckon.brief;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rendered page the way a reader's eye does: finds a chart's plot area by its x axis and, inside it, the columns where a series of one colour has a marker or a riser.
 */
final class PlotPixels {
    private PlotPixels() {}

    /** The centre x of each run of columns inside the plot area where {@code colour} stands at least 5 pixels tall. */
    static List<Double> markerColumns(BufferedImage page, Color colour) {
        int[] plot = plotArea(page);
        List<Double> centres = new ArrayList<>();
        int runStart = -1;
        for (int x = plot[0]; x <= plot[2] + 1; x++) {
            int tall = 0;
            for (int y = plot[1] - 10; x <= plot[2] && y <= plot[3] + 10; y++) {
                if (near(page.getRGB(x, y), colour, 60)) {
                    tall++;
                }
            }
            if (tall >= 5 && runStart < 0) {
                runStart = x;
            } else if (tall < 5 && runStart >= 0) {
                centres.add((runStart + x - 1) / 2.0);
                runStart = -1;
            }
        }
        return centres;
    }

    /** The most a chart stands above its x axis on a page rendered at 100 dpi. */
    private static final int CHART_HEIGHT = 320;

    /**
     * {left, top, right, bottom} of the plot: the x axis is the longest run of mid grey on the
     * page (table rules and grid lines are lighter); the plot lies above it.
     */
    private static int[] plotArea(BufferedImage page) {
        int axisRow = -1, left = -1, right = -1, longest = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            int first = -1, last = -1, count = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
                if (r == g && g == b && r >= 0x60 && r <= 0xA0) {
                    count++;
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (count > longest) {
                longest = count;
                axisRow = y;
                left = first;
                right = last;
            }
        }
        if (longest < page.getWidth() / 4) {
            throw new AssertionError("no chart axis found on the page");
        }
        return new int[] {left + 3, Math.max(10, axisRow - CHART_HEIGHT), right, axisRow - 12};
    }

    private static boolean near(int rgb, Color c, int tolerance) {
        return Math.abs((rgb >> 16 & 0xFF) - c.getRed()) + Math.abs((rgb >> 8 & 0xFF) - c.getGreen())
                + Math.abs((rgb & 0xFF) - c.getBlue()) <= tolerance;
    }
}
