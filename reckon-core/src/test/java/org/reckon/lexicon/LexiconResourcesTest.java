package org.reckon.lexicon;

import org.junit.jupiter.api.Test;
import org.reckon.model.Metric;
import org.reckon.model.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word list loads and keeps the promises the stages rely on. */
class LexiconResourcesTest {
    private static final List<String> FILES = List.of("triggers.tsv", "persons.tsv", "qualifiers.tsv", "nonpersons.tsv",
            "speech.tsv", "parties.tsv", "places.tsv", "sources.tsv", "opponents.tsv", "allies.tsv", "harm.tsv", "weapons.tsv", "subgroups.tsv", "verbs.tsv", "bindings.semgrex", "pronouns.tsv", "descriptions.tsv", "words.tsv");

    @Test
    void everyResourceLoadsWithRows() {
        for (String f : FILES) {
            assertThat(Resources.rows(f)).as(f).isNotEmpty();
        }
        assertThat(Lexicon.get().harmCauses.contains("landmine")).isTrue();
    }

    @Test
    void everyNamedWordListHoldsEachWordOnceAndAStageCannotNameAMissingOne() {
        Map<String, java.util.Set<String>> seen = new HashMap<>();
        for (String[] r : Resources.rows("words.tsv")) {
            assertThat(r).as("word<TAB>list: %s", String.join("|", r)).hasSize(2);
            assertThat(seen.computeIfAbsent(r[1], k -> new java.util.HashSet<>()).add(r[0]))
                    .as("'%s' twice in list %s", r[0], r[1]).isTrue();
        }
        assertThat(Lexicon.get().listNames()).containsAll(seen.keySet()).contains("source-words", "aux", "incident-words");
        assertThat(Lexicon.get().words("spokespeople")).containsExactlyInAnyOrder("spokesman", "spokeswoman", "spokesperson");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.get().words("no-such-list"))
                .hasMessageContaining("no-such-list");
    }

    @Test
    void noAliasNamesTwoParties() {
        Map<String, String> owner = new HashMap<>();
        for (String[] r : Resources.rows("parties.tsv")) {
            for (String alias : (r[0] + (r.length > 2 ? "|" + r[2] : "")).split("\\|")) {
                if (alias.isBlank()) {
                    continue;
                }
                String previous = owner.putIfAbsent(Gazetteer.key(alias), r[0]);
                assertThat(previous == null || previous.equals(r[0])).as("'%s' names %s and %s", alias, previous, r[0]).isTrue();
            }
        }
    }

    @Test
    void opponentsAndArmedGroupsAreKnownParties() {
        Gazetteer g = Gazetteer.get();
        for (String[] r : Resources.rows("opponents.tsv")) {
            assertThat(g.canonicalParty(r[0])).as(r[0]).isEqualTo(r[0]);
            assertThat(g.canonicalParty(r[1])).as(r[1]).isEqualTo(r[1]);
        }
    }

    @Test
    void alliesAreArmedGroupsBesideAKnownState() {
        Gazetteer g = Gazetteer.get();
        for (String[] r : Resources.rows("allies.tsv")) {
            assertThat(g.canonicalParty(r[0])).as(r[0]).isEqualTo(r[0]);
            assertThat(g.isArmedGroup(r[0])).as("%s is an armed group", r[0]).isTrue();
            assertThat(g.canonicalParty(r[1])).as(r[1]).isEqualTo(r[1]);
            assertThat(g.isArmedGroup(r[1])).as("%s is a state", r[1]).isFalse();
        }
    }

    @Test
    void harmCausesAreViolenceOrAccidentAndTheTwoNeverOverlap() {
        for (String[] r : Resources.rows("harm.tsv")) {
            assertThat(r[1]).as(r[0]).isIn("violence", "accident");
        }
        Set<String> weapons = Lexicon.get().weapons;
        for (String w : weapons) {
            Boolean violent = Lexicon.get().harmCauses.get(w);
            assertThat(violent == null || violent).as("weapon '%s' is no accident", w).isTrue();
        }
    }

    @Test
    void subgroupsAreNeverCasualtyWordsAndSpeechVerbsNeverCasualtyWords() {
        Lexicon l = Lexicon.get();
        for (String w : l.subgroups) {
            assertThat(l.triggers.contains(w)).as(w).isFalse();
        }
        for (String w : l.speechVerbs) {
            Metric m = l.triggers.get(w);
            // "posted" is both: "posted on Telegram" and "troops posted to the border"
            assertThat(m == null || m == Metric.DEPLOYED).as("speech verb '%s' is a casualty word", w).isTrue();
        }
        assertThat(l.persons.get("servicepeople")).isEqualTo(Role.MILITARY);
    }

    @Test
    void everyBindingPatternCompilesAndNamesItsFigureAndWhatItBinds() {
        assertThat(BindingPatterns.get().all()).isNotEmpty();
        for (String[] r : Resources.rows("bindings.semgrex")) {
            String kind = r[0].substring(0, r[0].indexOf('.'));
            assertThat(kind).as(r[0]).isIn("agent", "owner", "fate");
            assertThat(r[1]).as(r[0]).contains("=figure").contains("=" + kind);
        }
    }

    @Test
    void everyVerbListIsUsedByAPatternAndEveryReferenceIsAList() {
        String all = String.join("\n", Resources.rows("bindings.semgrex").stream().map(r -> r[1]).toList());
        for (String list : VerbLists.get().names()) {
            assertThat(all).as("verb list %s unused", list).contains("$" + list);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$([a-z]+)").matcher(all);
        while (m.find()) {
            assertThat(VerbLists.get().names()).contains(m.group(1));
        }
    }
}
