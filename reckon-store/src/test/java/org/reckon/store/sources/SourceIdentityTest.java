package org.reckon.store.sources;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name the ledger files a source under: proper names as written, descriptions with their owner. */
class SourceIdentityTest {
    @Test
    void aDescriptionIsFiledWithItsOwnerHoweverTheOwnerWasWritten() {
        assertThat(SourceIdentity.ledgerName("officials", "Ukraine", 7)).isEqualTo("officials (Ukraine)");
        assertThat(SourceIdentity.ledgerName("Ukrainian officials", "Ukraine", 7)).isEqualTo("officials (Ukraine)");
        assertThat(SourceIdentity.ledgerName("Officials", "Ukraine", 7)).isEqualTo("officials (Ukraine)");
        assertThat(SourceIdentity.ledgerName("Special Operations Forces", "Ukraine", 7)).isEqualTo("special operations forces (Ukraine)");
        assertThat(SourceIdentity.ledgerName("the army", "Mali", 7)).isEqualTo("army (Mali)");
        assertThat(SourceIdentity.ledgerName("official figures", "Burkina Faso", 7)).isEqualTo("official figures (Burkina Faso)");
        assertThat(SourceIdentity.ledgerName("officials (Ukraine)", "Ukraine", 7))
                .as("a ledger name given back, as a reviewer may, is the same name").isEqualTo("officials (Ukraine)");
    }

    @Test
    void aDescriptionWithNoOwnerIsKeptToItsReport() {
        assertThat(SourceIdentity.ledgerName("security sources", null, 12)).isEqualTo("security sources (owner not given, report 12)");
        assertThat(SourceIdentity.needsReport("security sources", null)).isTrue();
        assertThat(SourceIdentity.needsReport("security sources", "Mali")).isFalse();
        assertThat(SourceIdentity.needsReport("Lee Seong-kweun", null)).isFalse();
    }

    @Test
    void properNamesAreFiledAsWritten() {
        assertThat(SourceIdentity.ledgerName("Lee Seong-kweun", "South Korea", 3)).isEqualTo("Lee Seong-kweun");
        assertThat(SourceIdentity.ledgerName(" Mediazona ", null, 3)).isEqualTo("Mediazona");
        assertThat(SourceIdentity.ledgerName("Western officials", null, 3)).isEqualTo("Western officials");
        assertThat(SourceIdentity.ledgerName(null, "Ukraine", 3)).isNull();
    }

    @Test
    void aKnownBodyIsOneVoiceWhicheverOfItsNamesTheReportWrote() {
        assertThat(SourceIdentity.ledgerName("Defense Department", "United States", 3)).isEqualTo("Pentagon");
        assertThat(SourceIdentity.ledgerName("Russian Defense Ministry", "Russia", 3))
                .isEqualTo(SourceIdentity.ledgerName("Ministry of Defence of the Russian Federation", "Russia", 4))
                .isEqualTo("Russian Defence Ministry");
        assertThat(SourceIdentity.ledgerName("IDF", "Israel", 3)).isEqualTo(SourceIdentity.ledgerName("Israeli military", "Israel", 5));
    }
}
