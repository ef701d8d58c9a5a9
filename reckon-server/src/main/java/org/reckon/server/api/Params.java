package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Metric;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Typed, checked query and path parameters; a bad value is a 400 naming the parameter. */
final class Params {
    private Params() {}

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 500) {
            throw ApiProblem.badParameter(name, "longer than 500 characters");
        }
        return v.strip();
    }

    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            throw ApiProblem.badParameter(name, "required");
        }
        return v;
    }

    /** A party as the user means it: a known alias ("DPRK") is its canonical name; null when absent. */
    static String party(Context ctx, String name) {
        return Gazetteer.get().partyAsMeant(text(ctx, name));
    }

    /** {@link #party}, required. */
    static String requiredParty(Context ctx, String name) {
        return Gazetteer.get().partyAsMeant(required(ctx, name));
    }

    /** The years a date parameter may name; the ledger compares its ISO dates as text, which holds for four-digit years. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** A date as YYYY-MM-DD between {@value #FIRST_YEAR} and {@value #LAST_YEAR}; null when absent. */
    static String date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "expected a date as YYYY-MM-DD, got '" + v + "'");
        }
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            throw ApiProblem.badParameter(name, "expected a date in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", got '" + v + "'");
        }
        return d.toString();
    }

    static String metric(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return Metric.fromWire(v).wire();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter(name, e.getMessage());
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, "expected an integer, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw ApiProblem.badParameter(name, "expected " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, "expected a positive integer id, got '" + v + "'");
        }
    }

    /** The place filter of near, km, country and admin1; an unknown place or a bad distance is a 400 naming it. */
    static org.reckon.store.query.PlaceFilter place(Context ctx) {
        String kmText = text(ctx, "km");
        Double km = null;
        if (kmText != null) {
            try {
                km = Double.parseDouble(kmText);
            } catch (NumberFormatException e) {
                throw ApiProblem.badParameter("km", "expected a number of kilometres, got '" + kmText + "'");
            }
        }
        try {
            return org.reckon.store.query.PlaceFilter.of(text(ctx, "near"), km, text(ctx, "country"), text(ctx, "admin1"));
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            int colon = m.indexOf(':');
            throw ApiProblem.badParameter(m.substring(0, colon), m.substring(colon + 1).strip());
        }
    }
}
