package org.reckon.places;

import org.junit.jupiter.api.Test;
import org.reckon.lexicon.Gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor's place-to-country reading: the conflict list first, then GeoNames for a name after a location cue. */
class PlaceToCountryTest {
    private static Optional<String> countryAt(String sentence, int i) {
        List<String> original = Arrays.asList(sentence.split(" "));
        List<String> lowered = original.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return Gazetteer.get().placeAt(lowered, original, i).map(Gazetteer.Hit::value);
    }

    @Test
    void aLargeTownOutsideTheConflictListIsReadAfterACue() {
        assertThat(countryAt("Gunmen killed nine people in Johannesburg on Friday", 5)).contains("South Africa");
    }

    @Test
    void withoutACueTheSameNameIsNotAPlace() {
        assertThat(countryAt("Johannesburg police said nine people were killed", 0)).isEmpty();
    }

    @Test
    void anEverydayWordIsNotReadAsAPlaceEvenAfterACue() {
        assertThat(countryAt("Two people were killed in Mobile homes", 5)).isEmpty();
    }

    @Test
    void theConflictListStillDecidesItsOwnNames() {
        assertThat(countryAt("Shelling killed four in Pokrovsk overnight", 4)).contains("Ukraine");
    }

    @Test
    void aSmallOrAmbiguousTownIsLeftAlone() {
        // Tripoli names Libya's capital and Lebanon's second city: neither is ten times the other.
        assertThat(PlaceIndex.get().countryOfCuedName("Tripoli")).isNull();
        assertThat(PlaceIndex.get().countryOfCuedName("Sudzha")).isNull();   // about 5,000 people
    }
}
