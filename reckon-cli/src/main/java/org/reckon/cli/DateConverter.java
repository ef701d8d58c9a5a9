package org.reckon.cli;

import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a day given as YYYY-MM-DD; anything else is a usage error naming the value. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    /** The day as the ledger stores it, or null. */
    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
