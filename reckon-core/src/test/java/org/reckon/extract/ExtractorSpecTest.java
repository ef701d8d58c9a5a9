package org.reckon.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Role;
import org.reckon.model.ScopeKind;
import org.reckon.model.Stance;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reckon.extract.ExtractorTestSupport.asserted;
import static org.reckon.extract.ExtractorTestSupport.claims;
import static org.reckon.extract.ExtractorTestSupport.extract;
import static org.reckon.extract.ExtractorTestSupport.only;

/** The rules of spec CLAIMS.md, each with a sentence of our own. */
class ExtractorSpecTest {

    @Nested
    class Metrics {
        @Test
        void killedFromVerbsNounsAndPhrases() {
            assertThat(only("Shelling killed 14 villagers near Kherson, the governor said.", Metric.KILLED).low()).isEqualTo(14);
            assertThat(only("The death toll from the blast rose to 57, officials said.", Metric.KILLED).low()).isEqualTo(57);
            assertThat(only("Medics counted 23 fatalities after the raid, the ministry said.", Metric.KILLED).low()).isEqualTo(23);
            assertThat(only("Nine police officers lost their lives in the ambush, the army said.", Metric.KILLED).low()).isEqualTo(9);
        }

        @Test
        void woundedFromInjuredAndHurt() {
            assertThat(only("At least 31 people were injured in the attack, police said.", Metric.WOUNDED).low()).isEqualTo(31);
            assertThat(only("Six passengers were hurt when the bus was hit, the mayor said.", Metric.WOUNDED).low()).isEqualTo(6);
        }

        @Test
        void killedOrWoundedAsOneFigureIsCasualties() {
            Claim c = only("About 3,800 Russian troops were killed or wounded in the battle, Kyiv said.", Metric.CASUALTIES);
            assertThat(c.low()).isEqualTo(3800);
            assertThat(claims("About 3,800 Russian troops were killed or wounded in the battle, Kyiv said.")).hasSize(1);
        }

        @Test
        void killedAndWoundedWithTwoFiguresAreTwoClaims() {
            List<Claim> cs = claims("The strike killed 12 civilians and wounded 40 others, the regional governor said.");
            assertThat(cs).extracting(Claim::metric).containsExactly(Metric.KILLED, Metric.WOUNDED);
            assertThat(cs).extracting(Claim::low).containsExactly(12L, 40L);
        }

        @Test
        void capturedMissingAndDeployed() {
            assertThat(only("Ukraine said it had taken 48 Russian soldiers prisoner near Vovchansk.", Metric.CAPTURED).low()).isEqualTo(48);
            assertThat(only("Some 160 Ukrainian servicemen remain missing in action, the ombudsman said.", Metric.MISSING).low()).isEqualTo(160);
            Claim sent = only("Pyongyang has sent about 11,000 soldiers to Russia, Seoul's spy agency said.", Metric.DEPLOYED);
            assertThat(sent.low()).isEqualTo(11000);
            assertThat(sent.party()).isEqualTo("North Korea");
        }

        @Test
        void equipmentAnimalsAndArrestsAreNotClaims() {
            assertThat(claims("Russia lost 12 tanks and 30 armoured vehicles near Avdiivka, the general staff said.")).isEmpty();
            assertThat(claims("The drought killed 400 cattle in the region, farmers said.")).isEmpty();
            assertThat(claims("Police arrested 35 suspects after the robbery.")).isEmpty();
        }

        @Test
        void aShareWithoutANumberIsNoClaim() {
            assertThat(claims("The brigade suffered 40% losses, a commander said.")).isEmpty();
            assertThat(claims("Casualties have been reported in the village, officials said.")).isEmpty();
        }
    }

    @Nested
    class PartyAndRole {
        @Test
        void demonymsNameTheParty() {
            Claim c = only("Some 70 Hamas fighters were killed in the tunnel raid, the army said.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("Hamas");
            assertThat(c.role()).isEqualTo(Role.MILITARY);
            assertThat(only("Four U.S. soldiers were wounded at the base, the Pentagon said.", Metric.WOUNDED).party())
                    .isEqualTo("United States");
        }

        @Test
        void aliasesResolveToTheCanonicalName() {
            assertThat(only("About 40 DPRK troops were killed in the assault, Kyiv said.", Metric.KILLED).party()).isEqualTo("North Korea");
        }

        @Test
        void thePeopleAnArmedGroupsAttackKilledAreOfTheStateItFights() {
            assertThat(only("Strikes hit Rafah again on Thursday.\n\nIsrael says about 1,200 people were killed in the Hamas "
                    + "attack on Oct. 7.", Metric.KILLED).party()).isEqualTo("Israel");
            assertThat(only("Some 70 Hamas fighters were killed in the raid, the army said.", Metric.KILLED).party())
                    .as("the attackers' own dead stay theirs").isEqualTo("Hamas");
        }

        @Test
        void aBareRevisedFigureIsOfTheSideOfTheFigureItRevises() {
            List<Claim> wounded = claims("More than 40 U.S. troops were hurt in the drone strike on an outpost in Jordan that also "
                    + "killed three reservists, the Pentagon said on Monday, up from the 34 injured it gave a day earlier.")
                    .stream().filter(c -> c.metric() == Metric.WOUNDED).toList();
            assertThat(wounded).extracting(Claim::party).containsExactly("United States", "United States");
        }

        @Test
        void theFightersASpeakerKilledAreTheGroupItFoughtNotItsOwn() {
            List<Claim> cs = claims("Sudan's army said its troops had routed the Dagalo militia near the palace, killing more than 500 "
                    + "of its fighters and capturing 40.");
            assertThat(cs).extracting(Claim::metric, Claim::party).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Metric.KILLED, "Rapid Support Forces"),
                    org.assertj.core.groups.Tuple.tuple(Metric.CAPTURED, "Rapid Support Forces"));
            assertThat(only("Sudan's army said 12 of its soldiers were killed near the palace.", Metric.KILLED).party())
                    .as("a loss it suffered stays the speaker's own").isEqualTo("Sudan");
        }

        @Test
        void aRelativeClauseAfterTheTroopsNamesWhoSentThem() {
            assertThat(only("Seoul's military said Pyongyang may reinforce the roughly 11,000 troops it dispatched to Russia.",
                    Metric.DEPLOYED).party()).isEqualTo("North Korea");
            assertThat(only("Officials in Seoul said that of the 12,000 troops Pyongyang first sent, a third were lost within months.",
                    Metric.DEPLOYED).party()).isEqualTo("North Korea");
        }

        @Test
        void theSideNamedAfterALossNounOwnsTheLosses() {
            assertThat(only("Since the fighting began, the losses of the Armed Forces of Ukraine amounted to more than 4,100 "
                    + "servicemen and 69 tanks, Russia's defence ministry said.", Metric.CASUALTIES).party()).isEqualTo("Ukraine");
            assertThat(only("The losses of the Armed Forces of Ukraine in the Kursk direction amounted to more than 4,100 "
                    + "servicemen, the defence ministry said.", Metric.CASUALTIES).party())
                    .as("a loss noun far before the figure, through 'amounted to'").isEqualTo("Ukraine");
        }

        @Test
        void anAttackWithNoSideNamedCountsThePlaceItHit() {
            Claim c = only("A car bomb in Baghdad killed 12 people on Sunday, police said.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("Iraq");
            assertThat(c.role()).isEqualTo(Role.UNKNOWN);
        }

        @Test
        void unnamedGunmenHaveNoParty() {
            assertThat(only("Troops killed 15 militants in the hills, the army said.", Metric.KILLED).party()).isNull();
        }

        @Test
        void civiliansAreCivilian() {
            assertThat(only("The shelling killed seven civilians in Kharkiv, the governor said.", Metric.KILLED).role())
                    .isEqualTo(Role.CIVILIAN);
        }

        @Test
        void othersInheritThePartyOfTheFigureBefore() {
            List<Claim> cs = claims("At least 90 Russian soldiers were killed and 200 others wounded, Ukraine's military said.");
            assertThat(cs).extracting(Claim::party).containsOnly("Russia");
        }

        @Test
        void theEnemyIsTheSpeakingSidesOpponent() {
            Claim c = only("Russia's defence ministry said the enemy lost up to 300 servicemen over the day.", Metric.CASUALTIES);
            assertThat(c.party()).isEqualTo("Ukraine");
            assertThat(c.qualifier()).isEqualTo(Qualifier.AT_MOST);
        }

        @Test
        void aSidesOwnUnnamedSoldiersBelongToIt() {
            assertThat(only("The Israeli military said two soldiers were killed in southern Gaza.", Metric.KILLED).party()).isEqualTo("Israel");
        }

        @Test
        void theLoserOfALossIsTheClauseSubject() {
            assertThat(only("Ukraine's General Staff said Russia had lost more than 900 troops over the day.", Metric.CASUALTIES).party())
                    .isEqualTo("Russia");
        }
    }

    @Nested
    class Attribution {
        @Test
        void aReproducedStatementIsItsAuthorsEvenWhereASentenceNamesNoSpeaker() {
            Extraction e = extract("IDF: troops active in Rafah\n\nStatement issued by the IDF Spokesperson's Unit on June 20, 2024:\n\n"
                    + "Over the past day, troops continued operating in Rafah. During the activity, the troops eliminated "
                    + "approximately 20 Hamas terrorists in close-quarters encounters.", "2024-06-20");
            assertThat(e.claims()).extracting(c -> c.source().name()).as("the report only writes the acronym").containsExactly("IDF");
        }

        @Test
        void withoutAStatementHeaderAnUnattributedFigureStaysUnattributed() {
            Extraction e = extract("Fighting in Rafah\n\nThe army said it was pressing on.\n\nElsewhere, about 20 Hamas gunmen "
                    + "were killed in a separate clash overnight.", "2024-06-20");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsOnlyNulls();
        }

        @Test
        void speechVerbAfterTheFigure() {
            Claim c = only("Twenty people were killed in the strike, the health ministry said on Friday.", Metric.KILLED);
            assertThat(c.source().name()).containsIgnoringCase("health ministry");
        }

        @Test
        void speechVerbBeforeTheFigure() {
            Claim c = only("The Syrian Observatory for Human Rights said 45 fighters were killed overnight.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Syrian Observatory for Human Rights");
        }

        @Test
        void accordingTo() {
            Claim c = only("At least 18 people were killed, according to the United Nations.", Metric.KILLED);
            assertThat(c.source().name()).containsIgnoringCase("United Nations");
        }

        @Test
        void reportedCitingPutsTheCitedBodyFirst() {
            Claim c = only("Yonhap reported, citing the Joint Chiefs of Staff, that 1,000 North Korean soldiers were killed.", Metric.KILLED);
            assertThat(c.source().chain()).hasSize(2);
            assertThat(c.source().chain().get(0)).containsIgnoringCase("Joint Chiefs of Staff");
            assertThat(c.source().chain().get(1)).isEqualTo("Yonhap");
        }

        @Test
        void anAcronymDefinedOnceResolvesLater() {
            String text = "The Armed Conflict Monitoring Bureau (ACMB) published its monthly figures.\n\n"
                    + "The ACMB said 230 civilians were killed in March.";
            Claim c = only(text, Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Armed Conflict Monitoring Bureau");
        }

        @Test
        void anAcronymDefinedOnAKnownBodyIsThatBody() {
            String text = "South Korea's Joint Chiefs of Staff (JCS) met on Sunday.\n\n"
                    + "The JCS said on Monday that 300 North Korean soldiers had been killed.";
            assertThat(only(text, Metric.KILLED).source().name()).as("the body's name as the report writes it")
                    .isEqualTo("South Korea's Joint Chiefs of Staff");
        }

        @Test
        void aDescriptionTiedToANamedBodyTakesItsName() {
            String text = "Lawmakers heard from the National Intelligence Service (NIS) behind closed doors.\n\n"
                    + "About 1,500 North Korean soldiers were killed, South Korea's spy agency said.";
            assertThat(only(text, Metric.KILLED).source().name()).isEqualTo("National Intelligence Service");
        }

        @Test
        void aBriefingRelayedByALawmakerEntersTheChain() {
            String text = "Spy agency sees rising toll\n\nMay 5, 2025\n\n"
                    + "Around 600 North Korean soldiers have been killed, South Korea's spy agency told lawmakers Monday.\n\n"
                    + "The National Intelligence Service (NIS) briefed the intelligence committee, according to Rep. Kim Min-jae of the opposition.";
            Claim c = only(text, Metric.KILLED);
            assertThat(c.source().chain()).containsExactly("National Intelligence Service", "Kim Min-jae");
        }

        @Test
        void anonymousSourcesKeepTheirDescription() {
            Claim c = only("Some 500 Russian soldiers died in the assault, a senior U.S. official said.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("a senior U.S. official");
        }

        @Test
        void aNameGivenInAppositionIsTheSource() {
            Claim c = only("Three civilians were killed, the region's governor, Vyacheslav Gladkov, said on Sunday.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Vyacheslav Gladkov");
        }

        @Test
        void anonymousOfficialsOfANamedBodyStayAnonymous() {
            Claim c = only("Russia is losing about 1,200 soldiers killed or wounded each day, a senior NATO official said.", Metric.CASUALTIES);
            assertThat(c.source().name()).isEqualTo("a senior NATO official");
        }

        @Test
        void mediaReportingAStatementJoinTheChain() {
            Claim c = only("The army said 40 fighters were killed near the border, the state news agency reported.", Metric.KILLED);
            assertThat(c.source().chain()).containsExactly("army", "state news agency");
        }

        @Test
        void aFigureWithoutAttributionHasNoSource() {
            Claim c = only("Two soldiers were killed near the border on Tuesday.", Metric.KILLED);
            assertThat(c.source().name()).isNull();
            assertThat(c.source().chain()).isEmpty();
        }

        @Test
        void theOutletIsNeverInTheChain() {
            Extraction e = ExtractorTestSupport.extract("Nine people were killed, according to Reuters.", "2025-01-13");
            assertThat(e.claims()).hasSize(1);
            assertThat(e.claims().get(0).source().chain()).containsExactly("Reuters");
        }
    }

    @Nested
    class Dates {
        @Test
        void aWeekdayResolvesToTheLatestSuchDayOnOrBeforePublication() {
            Claim c = only("Some 40 soldiers were killed, the army said on Thursday.", Metric.KILLED);
            assertThat(c.claimedOn()).isEqualTo(LocalDate.of(2025, 1, 9));
        }

        @Test
        void yesterdayIsTheDayBefore() {
            Claim c = only("Police said yesterday that 11 people were killed.", Metric.KILLED);
            assertThat(c.claimedOn()).isEqualTo(LocalDate.of(2025, 1, 12));
        }

        @Test
        void theDayOfTheAttackIsNotTheDayOfTheStatement() {
            Claim c = only("At least 25 people were killed when a missile struck a market in Kharkiv on Saturday, officials said.", Metric.KILLED);
            assertThat(c.claimedOn()).isEqualTo(LocalDate.of(2025, 1, 13));
            assertThat(c.scope().kind()).isEqualTo(ScopeKind.INCIDENT);
            assertThat(c.scope().from()).isEqualTo(LocalDate.of(2025, 1, 11));
        }

        @Test
        void aTollRevisedOnAnotherDayGivesTwoClaimsWithTheirDays() {
            List<Claim> cs = claims("The ministry's figure of 21 dead, first released on Friday, rose to 34 on Saturday.");
            assertThat(cs).extracting(Claim::low).containsExactly(21L, 34L);
            assertThat(cs).extracting(Claim::claimedOn).containsExactly(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 11));
        }

        @Test
        void noTimeForTheStatementMeansThePublishedDate() {
            assertThat(only("The army said 8 soldiers were wounded.", Metric.WOUNDED).claimedOn()).isEqualTo(LocalDate.of(2025, 1, 13));
        }

        @Test
        void aDateLineStandsInForAMissingPublishedDate() {
            Extraction e = extract("Border clash\n\nMarch 4, 2024\n\nFive soldiers were killed, the ministry said Monday.", null);
            assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(e.claims().get(0).claimedOn()).isEqualTo(LocalDate.of(2024, 3, 4));
        }

        @Test
        void sinceOpensACumulativeScope() {
            Claim c = only("More than 1,000 civilians have been killed since October, the UN said.", Metric.KILLED);
            assertThat(c.scope().kind()).isEqualTo(ScopeKind.CUMULATIVE);
            assertThat(c.scope().from()).isEqualTo(LocalDate.of(2024, 10, 1));
        }

        @Test
        void inAMonthIsAPeriod() {
            Claim c = only("Some 300 civilians were killed in December, the monitors said.", Metric.KILLED);
            assertThat(c.scope().kind()).isEqualTo(ScopeKind.PERIOD);
            assertThat(c.scope().from()).isEqualTo(LocalDate.of(2024, 12, 1));
            assertThat(c.scope().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        }

        @Test
        void anAttackIsAnIncident() {
            assertThat(only("A drone strike killed three medics in Kherson, officials said.", Metric.KILLED).scope().kind())
                    .isEqualTo(ScopeKind.INCIDENT);
        }
    }

    @Nested
    class StatementsOfSources {
        @Test
        void aSentenceInWhichASourceAssertsSomethingIsAStatement() {
            Extraction e = extract("Kyiv plans talks.\n\nUkraine's General Staff assessed on Friday that Russia was short "
                    + "of artillery shells.", "2025-01-13");
            assertThat(e.statements()).hasSize(1);
            assertThat(e.statements().get(0).source().name()).isEqualTo("Ukraine's General Staff");
            assertThat(e.statements().get(0).party()).isEqualTo("Russia");
            assertThat(e.statements().get(0).claimedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        }

        @Test
        void aStatementWithAClaimIsAboutTheSideTheClaimCounts() {
            Extraction e = extract("The Gaza health ministry said Israeli strikes killed 41 people in Rafah overnight.", "2025-01-13");
            assertThat(e.claims()).extracting(org.reckon.model.Claim::party).containsExactly("Palestine");
            assertThat(e.statements()).extracting(org.reckon.model.Statement::party).containsExactly("Palestine");
        }

        @Test
        void aStatementIsAboutThePeopleItQualifiesBeforeAnyOtherSideItNames() {
            Extraction e = extract("Ukraine's military intelligence said Russia had moved North Korean troops "
                    + "to the Kursk front.", "2025-01-13");
            assertThat(e.statements()).extracting(org.reckon.model.Statement::party).containsExactly("North Korea");
        }

        @Test
        void theAgentOfWhatHappenedToUnqualifiedPeopleIsNotWhomTheStatementIsAbout() {
            Extraction e = extract("The NIS said the North Korean troops lacked drones.\n\n"
                    + "The NIS also said two soldiers captured by Ukraine had been questioned by its officers.", "2025-02-10");
            assertThat(e.statements()).extracting(org.reckon.model.Statement::party).containsExactly("North Korea", "North Korea");
        }

        @Test
        void aPartyNamedAsItsPeopleIsWhomTheStatementIsAbout() {
            Extraction e = extract("The NIS said it would consult Ukraine if the captured North Koreans asked to defect.", "2025-01-13");
            assertThat(e.statements()).extracting(org.reckon.model.Statement::party).containsExactly("North Korea");
        }

        @Test
        void peopleLeftUnqualifiedAreTheSideOfThePreviousStatement() {
            Extraction e = extract("Ukraine's military intelligence said the North Korean troops lacked drones.\n\n"
                    + "Ukraine's military intelligence said one of the soldiers wanted to stay in Ukraine.\n\n"
                    + "Ukraine's military intelligence said Ukraine had enough shells.", "2025-01-13");
            assertThat(e.statements()).extracting(org.reckon.model.Statement::party)
                    .containsExactly("North Korea", "North Korea", "Ukraine");
        }

        @Test
        void aSentenceWithoutASourceIsNoStatement() {
            assertThat(extract("Russia was short of artillery shells last winter.", "2025-01-13").statements()).isEmpty();
        }
    }

    @Nested
    class Stances {
        @Test
        void peopleFoundSafeAreNoLongerMissing() {
            assertThat(claims("Three hikers reported missing on the ridge were found safe on Sunday morning, police said.")).isEmpty();
            assertThat(claims("At least 20 people are missing after the strike on the market, rescuers said.")).extracting(Claim::metric)
                    .containsExactly(Metric.MISSING);
        }

        @Test
        void aDenialIsNotAsserted() {
            assertThat(asserted("The ministry denied that 200 of its soldiers had been killed.")).isEmpty();
        }

        @Test
        void aForecastIsProjected() {
            List<Claim> cs = claims("Researchers project that as many as 85,000 Palestinians could die in the next six months.");
            assertThat(cs).isNotEmpty();
            assertThat(cs).extracting(Claim::stance).containsOnly(Stance.PROJECTED);
        }
    }

    @Nested
    class Evidence {
        @Test
        void offsetsPointAtTheSentenceInTheInput() {
            String text = "Headline here\n\nIn other news, 17 soldiers were killed, the army said.";
            Claim c = only(text, Metric.KILLED);
            assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
        }

        @Test
        void aFigureRepeatedInHeadlineAndBodyIsOneClaimWithTheFullerEvidence() {
            String text = "Around 300 soldiers killed, spy agency says\n\n"
                    + "At least 300 North Korean soldiers have been killed in Kursk, South Korea's spy agency said on Monday.";
            List<Claim> killed = claims(text).stream().filter(c -> c.metric() == Metric.KILLED).toList();
            assertThat(killed).hasSize(1);
            assertThat(killed.get(0).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        }
    }
}
