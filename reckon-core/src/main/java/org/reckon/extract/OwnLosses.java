package org.reckon.extract;

import org.reckon.lexicon.Lexicon;
import org.reckon.model.Metric;
import org.reckon.model.SourceKind;

import java.util.Set;

/**
 * What "lost N soldiers" counts (spec section 3: losses are killed and wounded together, and "lost some 3,000
 * soldiers" may be either). A side that says it lost N of its people, or a report that says a side lost them in
 * an attack or a war ("Chad lost 92 soldiers in a single attack", "Britain lost 179 service personnel in Iraq"),
 * counts its dead. A side's tally of another side's losses ("the enemy lost up to 270 servicemen and 26 armoured
 * vehicles", "Ukraine's General Staff said Russia had lost 11,000 troops") is the war's casualty accounting, killed
 * and wounded together, and stays casualties; so do "personnel" losses.
 */
final class OwnLosses implements Stage {
    /** "lost 22", and "the loss of 462 soldiers", "for the loss of 52 of its own men". */
    private static final Set<String> LOST = Set.of("lost", "lose", "loses", "losing", "loss");

    private static final Set<String> EQUIPMENT = Lexicon.get().words("equipment");
    private static final Set<SourceKind> SIDES_VOICES = Set.of(SourceKind.MILITARY, SourceKind.GOVERNMENT, SourceKind.OFFICIAL,
            SourceKind.INTELLIGENCE, SourceKind.PERSON);

    @Override
    public void apply(Draft d) {
        for (Mention m : d.mentions) {
            if (m.metric == Metric.CASUALTIES && lostBy(m) && !m.enemy && !countedByAnotherSide(m) && !personnelOrEquipment(m)) {
                m.metric = Metric.KILLED;
            }
        }
    }

    private static boolean lostBy(Mention m) {
        return m.triggerIndex >= 0 && m.triggerIndex < m.sentence.size() && LOST.contains(m.sentence.lower(m.triggerIndex));
    }

    /**
     * A side's voice (its army, government, officials, intelligence) that counts people not known to be its own:
     * "Ukraine's General Staff said Russia had lost", "Russia has lost 300 soldiers, officials said". A side that
     * says it lost people of its own ("the SDF said it had lost 12 fighters", "his side had lost") counts its dead.
     */
    private static boolean countedByAnotherSide(Mention m) {
        String by = m.source.affiliation();
        return !m.ownSide && !lostByTheSpeakersOwnSide(m) && SIDES_VOICES.contains(m.source.kind())
                && (by == null || m.party == null || !by.equals(m.party));
    }

    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "also", "already", "now", "reportedly");
    private static final Set<String> SPEAKERS_THEMSELVES = Set.of("it", "they", "we", "i");

    /** "said it had lost", "said his side had lost", "our units lost": the speaker tells of its own side's loss. */
    private static boolean lostByTheSpeakersOwnSide(Mention m) {
        int i = m.triggerIndex - 1;
        while (i >= 0 && AUXILIARIES.contains(m.sentence.lower(i))) {
            i--;
        }
        return i >= 0 && (SPEAKERS_THEMSELVES.contains(m.sentence.lower(i))
                || i >= 1 && Lexicon.get().possessivePronouns.contains(m.sentence.lower(i - 1)));
    }

    /** "lost 1,520 personnel", "lost 360 servicemen and five armoured vehicles": a loss tally, not a count of the dead. */
    private static boolean personnelOrEquipment(Mention m) {
        for (int i = 0; i < m.sentence.size(); i++) {
            String w = m.sentence.lower(i);
            if (w.equals("personnel") && (i == 0 || !m.sentence.lower(i - 1).equals("service")) || EQUIPMENT.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
