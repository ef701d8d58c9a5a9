package org.reckon.store.users;

import java.util.Locale;

/** What an account may do: read the ledger; also review claims; also manage accounts. Each role includes the ones before it. */
public enum UserRole {
    READER, REVIEWER, ADMIN;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    /** Whether this role may do what {@code needed} may. */
    public boolean allows(UserRole needed) {
        return compareTo(needed) >= 0;
    }

    public static UserRole fromWire(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + s + "', expected reader, reviewer or admin");
        }
    }
}
