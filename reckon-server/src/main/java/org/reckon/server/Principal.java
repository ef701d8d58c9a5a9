package org.reckon.server;

import org.reckon.store.users.UserRole;

/** Who a request acts as: an account's name and role, or {@code admin} for {@code RECKON_TOKEN}. */
public record Principal(String name, UserRole role) {
    /** The name the single-user token acts under in the audit trail. */
    public static final String TOKEN_ADMIN = "admin";
}
