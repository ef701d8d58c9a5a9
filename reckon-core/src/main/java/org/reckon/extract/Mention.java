package org.reckon.extract;

import org.reckon.figures.Figure;
import org.reckon.model.Metric;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.Source;
import org.reckon.model.Stance;
import org.reckon.nlp.Sentence;

import java.time.LocalDate;
import java.util.function.Supplier;

/** A claim being built: one figure in one sentence, filled in stage by stage. */
final class Mention {
    final Sentence sentence;
    final Figure figure;
    Metric metric;
    int triggerIndex = -1;
    int npStart;
    int npEnd;
    String party;
    boolean ownSide;
    boolean inheritsParty;
    boolean partyFromReport;
    boolean enemy;
    /** The figure of the sentence before that this one breaks down ("Among the dead were 10 civilians"), or null. */
    Mention whole;
    /** The figure of the same sentence that this one is a part of ("65 fighters, 26 of them ..."), or null. */
    Mention partOf;
    /** The figure of the same sentence whose casualty word this one refers back to ("put the figure at about 600"), or null. */
    Mention restates;
    /** A line of a tally list ({@link TallyLists}): its label, before the figure, is all it says of its people. */
    boolean listed;
    /**
     * Where the words that name this bare figure's people start, when they stand before it as a gapped clause's subject or
     * a tally item's label ("and the United States some 58,000", "(Mali 129, Niger 103)"); -1 when none.
     */
    int namedBefore = -1;
    /**
     * Who did the harm, as the sentence says ("Israeli strike", "JNIM said it had killed"): never
     * the victims' side. Read on first use, since reading it may parse the sentence.
     */
    private Supplier<Agent> agentReader = () -> Agent.NONE;
    private Agent agent;
    /** The party is named in the counted phrase itself ("Israeli soldiers"). */
    boolean partyInPhrase;
    Role role = Role.UNKNOWN;
    Source source = Source.NONE;
    LocalDate claimedOn;
    Scope scope = Scope.UNKNOWN;
    String location;
    Stance stance = Stance.ASSERTED;
    double confidence;

    Mention(Sentence sentence, Figure figure) {
        this.sentence = sentence;
        this.figure = figure;
        this.npStart = figure.end();
        this.npEnd = figure.end();
    }

    Mention copyWithSource(Source other) {
        Mention m = new Mention(sentence, figure);
        m.metric = metric;
        m.triggerIndex = triggerIndex;
        m.npStart = npStart;
        m.npEnd = npEnd;
        m.party = party;
        m.ownSide = ownSide;
        m.inheritsParty = inheritsParty;
        m.partyFromReport = partyFromReport;
        m.enemy = enemy;
        m.listed = listed;
        m.namedBefore = namedBefore;
        m.partOf = partOf;
        m.agentReader = agentReader;
        m.agent = agent;
        m.partyInPhrase = partyInPhrase;
        m.role = role;
        m.source = other;
        m.claimedOn = claimedOn;
        m.scope = scope;
        m.location = location;
        m.stance = stance;
        m.confidence = confidence;
        return m;
    }

    /**
     * The side that did the harm, or null; {@code acts} when it is the subject of the harm verb or
     * named after "by", not only on a weapon ("a Houthi offensive").
     */
    record Agent(String side, boolean acts) {
        static final Agent NONE = new Agent(null, false);
    }

    void readAgentWith(Supplier<Agent> reader) {
        agentReader = reader;
        agent = null;
    }

    String agent() { return agentRead().side(); }

    boolean agentActs() { return agentRead().acts(); }

    private Agent agentRead() {
        if (agent == null) {
            agent = agentReader.get();
        }
        return agent;
    }
}
