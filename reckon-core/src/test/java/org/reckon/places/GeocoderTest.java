package org.reckon.places;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GeocoderTest {
    private final Geocoder geocoder = Geocoder.shared();

    private Place at(String written, GeoContext context) {
        return geocoder.locate(written, context).orElseThrow(() -> new AssertionError("no place for " + written));
    }

    @Test
    void aTownIsPlacedAtTheTownWithItsAreaAndCountry() {
        Place kursk = at("Kursk", GeoContext.NONE);

        assertThat(kursk.precision()).isEqualTo(Precision.PLACE);
        assertThat(kursk.geonamesId()).isEqualTo(538560L);
        assertThat(kursk.country()).isEqualTo("Russia");
        assertThat(kursk.admin1()).contains("Kursk");
        assertThat(kursk.lat()).isBetween(51.0, 52.5);
        assertThat(kursk.lon()).isBetween(35.5, 37.0);
    }

    @Test
    void aRegionWordAsksForTheFirstLevelArea() {
        Place region = at("the Kursk region", GeoContext.NONE);
        Place oblast = at("Donetsk Oblast", GeoContext.NONE);

        assertThat(region.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(region.geonamesId()).isNull();
        assertThat(region.country()).isEqualTo("Russia");
        assertThat(oblast.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(oblast.country()).isEqualTo("Ukraine");
    }

    @Test
    void aCountryIsOnlyKnownToTheCountry() {
        Place lebanon = at("southern Lebanon", GeoContext.NONE);

        assertThat(lebanon.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(lebanon.name()).isEqualTo("Lebanon");
        assertThat(lebanon.admin1()).isNull();
    }

    @Test
    void theReportsCountryChoosesAmongPlacesOfOneName() {
        // Tripoli is Libya's capital and a Lebanese port; the conflict list says Libya.
        GeoContext inLibya = geocoder.context("TRIPOLI, Libya, May 3 -- Clashes in the Libyan capital left 12 dead.");
        GeoContext inLebanon = geocoder.context("BEIRUT, May 3 -- Fighting in northern Lebanon left 12 dead.");

        assertThat(at("Tripoli", inLibya).country()).isEqualTo("Libya");
        assertThat(at("Tripoli", inLebanon).country()).isEqualTo("Lebanon");
    }

    @Test
    void populationDecidesWhenTheReportSaysNothing() {
        assertThat(at("Tripoli", GeoContext.NONE).country()).isEqualTo("Libya");
    }

    @Test
    void theConflictListOverridesPopulation() {
        // Pokrovsk in places.tsv is the Ukrainian town, though nothing else in the text says Ukraine.
        Place pokrovsk = at("Pokrovsk", GeoContext.NONE);

        assertThat(pokrovsk.country()).isEqualTo("Ukraine");
        assertThat(pokrovsk.lat()).isBetween(48.0, 48.5);
    }

    @Test
    void aPartyAloneDoesNotOutweighPopulationAndTheConflictList() {
        GeoContext report = new GeoContext(null, Set.of(), null);

        assertThat(geocoder.forParty(report, "Lebanon").partyIso()).isEqualTo("LB");
        assertThat(at("Tripoli", geocoder.forParty(report, "Lebanon")).country()).isEqualTo("Libya");
    }

    @Test
    void aPlaceNamedLikeAnEverydayWordNeedsACue() {
        assertThat(geocoder.namesIn("The strike was a Surprise for Mobile residents, officials said."))
                .extracting(NameInText::written).doesNotContain("Surprise", "Mobile");
        assertThat(geocoder.namesIn("Two people were killed in Mobile on Sunday."))
                .extracting(NameInText::written).containsExactly("Mobile");
    }

    @Test
    void anOrdinaryPlaceNameCountsWithoutACueButNotAtASentenceStart() {
        assertThat(geocoder.namesIn("Russian forces shelled Kharkiv overnight."))
                .extracting(NameInText::written).containsExactly("Kharkiv");
    }

    @Test
    void aClaimWithoutALocationIsPlacedByACuedNameInItsSentence() {
        Place p = geocoder.geocode(null, "Three civilians were killed when shells hit a market near Kherson.", GeoContext.NONE)
                .orElseThrow();

        assertThat(p.name()).isEqualTo("Kherson");
        assertThat(p.country()).isEqualTo("Ukraine");
    }

    @Test
    void theCueCarriesThroughAnOwnerAndADirectionAndTheOwnerIsNotThePlace() {
        Place kursk = geocoder.geocode(null, "On Kyiv's latest footage of two wounded soldiers in Russia's western Kursk region, "
                + "one said he wanted to go to Poland.", GeoContext.NONE).orElseThrow();
        assertThat(kursk.name()).isEqualTo("Kursk Oblast");
        assertThat(kursk.precision()).isEqualTo(Precision.ADMIN1);
        Place kharkiv = geocoder.geocode(null, "Four people were killed near eastern Kharkiv overnight.", GeoContext.NONE).orElseThrow();
        assertThat(kharkiv.name()).isEqualTo("Kharkiv");
    }

    @Test
    void theDirectionsBetweenACueAndItsPlaceAreTheExtractorsList() {
        assertThat(geocoder.namesIn("Two people were killed in besieged Mobile on Sunday."))
                .extracting(NameInText::written).containsExactly("Mobile");
        assertThat(geocoder.namesIn("Two people were killed in south-western Mobile on Sunday."))
                .extracting(NameInText::written).containsExactly("Mobile");
    }

    @Test
    void gazaAloneIsTheStripAndGazaCityTheCity() {
        assertThat(at("Gaza", GeoContext.NONE).precision()).isEqualTo(Precision.ADMIN1);
        assertThat(at("Gaza", GeoContext.NONE).name()).isEqualTo("Gaza Strip");
        assertThat(at("Gaza City", GeoContext.NONE).precision()).isEqualTo(Precision.PLACE);
    }

    @Test
    void aDatelineIsNotWhereTheClaimHappened() {
        assertThat(geocoder.geocode(null, "SEOUL, Jan. 13 -- About 300 soldiers were killed, the agency said.", GeoContext.NONE)).isEmpty();
    }

    @Test
    void monthsAndDaysAreNotPlacesThoughTownsBearTheirNames() {
        assertThat(geocoder.geocode(null, "In March, a missile struck the ship, killing three crew members.", GeoContext.NONE)).isEmpty();
    }

    @Test
    void anAreaWordAfterACuedNameMakesItTheArea() {
        Place p = geocoder.geocode(null, "More than 61,000 people died in Khartoum state alone.", GeoContext.NONE).orElseThrow();

        assertThat(p.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(p.country()).isEqualTo("Sudan");
    }

    @Test
    void aSmallTownNamedLikeAnEverydayWordIsNotTakenEvenFromALocation() {
        assertThat(geocoder.locate("Tower", GeoContext.NONE)).isEmpty();
        assertThat(geocoder.locate("central city", GeoContext.NONE)).isEmpty();
    }

    @Test
    void aDirectionThatIsPartOfTheNameIsKept() {
        assertThat(at("the West Bank city", GeoContext.NONE).country()).isEqualTo("Palestine");
        assertThat(at("North Darfur", GeoContext.NONE).country()).isEqualTo("Sudan");
    }

    @Test
    void aCityNamedLikeItsAreaIsTheCityUnlessTheAreaIsAskedFor() {
        assertThat(at("Tel Aviv", GeoContext.NONE).precision()).isEqualTo(Precision.PLACE);
    }

    @Test
    void anUnknownPlaceIsNotGuessed() {
        assertThat(geocoder.locate("Qwertyville", GeoContext.NONE)).isEmpty();
        assertThat(geocoder.geocode(null, "Five soldiers were killed, the ministry said.", GeoContext.NONE)).isEmpty();
    }

    @Test
    void theDatelineGivesTheReportsCountry() {
        assertThat(geocoder.context("KYIV, March 10 -- About 4,000 soldiers were killed.").datelineIso()).isEqualTo("UA");
    }

    @Test
    void gedWherePrecFollowsThePrecision() {
        assertThat(Precision.PLACE.gedWherePrec()).isEqualTo(1);
        assertThat(Precision.ADMIN1.gedWherePrec()).isEqualTo(4);
        assertThat(Precision.COUNTRY.gedWherePrec()).isEqualTo(6);
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Kyiv to Kharkiv is about 410 km as the crow flies.
        assertThat(Distance.km(50.45, 30.52, 49.98, 36.25)).isBetween(400.0, 420.0);
    }
}
