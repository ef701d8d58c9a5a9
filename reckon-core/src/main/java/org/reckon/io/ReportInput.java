package org.reckon.io;

import org.reckon.model.Report;

/**
 * One item read from an input: a report, or the one-line reason it could not be read.
 * {@code where} names the input and line ("reports.jsonl:12").
 */
public record ReportInput(String where, Report report, String error) {
    public static ReportInput ok(String where, Report report) { return new ReportInput(where, report, null); }

    public static ReportInput failed(String where, String error) { return new ReportInput(where, null, error); }

    public boolean failed() { return error != null; }
}
