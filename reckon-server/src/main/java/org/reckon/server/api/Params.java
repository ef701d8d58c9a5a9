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

    static String date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "expected a date as YYYY-MM-DD, got '" + v + "'");
        }
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
}
