package org.reckon.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which source names only describe a body or person, and what the description is once its owner is set aside. */
class SourceDescriptionsTest {
    private final SourceDescriptions descriptions = SourceDescriptions.get();

    @Test
    void aDescriptionIsHeadAndModifiersWithTheOwnerAndArticleSetAside() {
        assertThat(descriptions.descriptionIn("officials")).hasValue("officials");
        assertThat(descriptions.descriptionIn("Officials")).hasValue("officials");
        assertThat(descriptions.descriptionIn("the army")).hasValue("army");
        assertThat(descriptions.descriptionIn("Israeli officials")).hasValue("officials");
        assertThat(descriptions.descriptionIn("a senior U.S. official")).hasValue("senior official");
        assertThat(descriptions.descriptionIn("Ukraine's special operations forces")).hasValue("special operations forces");
        assertThat(descriptions.descriptionIn("Special Forces Command")).hasValue("special forces command");
        assertThat(descriptions.descriptionIn("South Korean military sources")).hasValue("military sources");
        assertThat(descriptions.descriptionIn("Health Ministry")).hasValue("health ministry");
    }

    @Test
    void anOfficialCountWithNoAuthorIsTheOfficialsDescription() {
        assertThat(descriptions.descriptionIn("official figures")).hasValue("official figures");
        assertThat(descriptions.descriptionIn("the official version")).hasValue("official version");
        assertThat(descriptions.descriptionIn("figures")).as("a count alone describes no one").isEmpty();
        assertThat(descriptions.descriptionIn("Health Ministry figures")).as("only after 'official'").isEmpty();
    }

    @Test
    void aNameThatNamesSomeoneIsNoDescription() {
        assertThat(descriptions.descriptionIn("Lee Seong-kweun")).isEmpty();
        assertThat(descriptions.descriptionIn("Western officials")).as("'Western' is no country and no modifier").isEmpty();
        assertThat(descriptions.descriptionIn("Mediazona")).isEmpty();
        assertThat(descriptions.descriptionIn("Russian-installed officials")).isEmpty();
        assertThat(descriptions.descriptionIn("officials said")).as("a head must end it").isEmpty();
        assertThat(descriptions.descriptionIn(null)).isEmpty();
    }

    @Test
    void aBodyTheGazetteerKnowsByNameOrAliasKeepsItsName() {
        assertThat(descriptions.descriptionIn("General Staff of the Armed Forces of Ukraine")).isEmpty();
        assertThat(descriptions.descriptionIn("Defense Department")).as("an alias of the Pentagon").isEmpty();
    }
}
