package org.reckon.store.query;

/** A source in the ledger with how much it has said. */
public record SourceRow(long id, String name, String kind, String affiliation, String aliases, long claims, long estimates,
                        String firstClaimed, String lastClaimed) {}
