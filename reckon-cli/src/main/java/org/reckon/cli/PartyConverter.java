package org.reckon.cli;

import org.reckon.lexicon.Gazetteer;
import picocli.CommandLine;

/** Reads a {@code --party} value as the user means it: "DPRK" and "Pyongyang" are North Korea, as in the ledger. */
final class PartyConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        return Gazetteer.get().partyAsMeant(value);
    }
}
