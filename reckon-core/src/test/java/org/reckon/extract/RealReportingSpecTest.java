package org.reckon.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Role;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.reckon.extract.ExtractorTestSupport.asserted;
import static org.reckon.extract.ExtractorTestSupport.claims;
import static org.reckon.extract.ExtractorTestSupport.only;

/**
 * The constructions real reporting uses and our first corpus barely had (issue 10), each rule
 * with sentences of our own in several wordings.
 */
class RealReportingSpecTest {

    @Nested
    class SpacedDigitGroups {
        @Test
        void spacesNoBreakAndThinSpacesGroupThousands() {
            assertThat(only("The General Staff said Russia had lost 38 250 servicemen since February.", Metric.CASUALTIES).low())
                    .isEqualTo(38250);
            assertThat(only("According to the ministry, 1\u00A0312 civilians were killed in the region.", Metric.KILLED).low())
                    .isEqualTo(1312);
            assertThat(only("Officials counted 7\u2009480 dead after the siege ended.", Metric.KILLED).low()).isEqualTo(7480);
        }

        @Test
        void aStrayPeriodAfterAFigureKeepsTheSentenceWhole() {
            assertThat(only("The defence ministry said Russia had lost 100,000. soldiers since the spring.", Metric.CASUALTIES).low())
                    .isEqualTo(100000);
            assertThat(only("Officials said 4,200. civilians were killed in the siege.", Metric.KILLED).low()).isEqualTo(4200);
        }

        @Test
        void apostrophesGroupThousands() {
            assertThat(only("The army said 1'250 fighters were killed in the offensive.", Metric.KILLED).low()).isEqualTo(1250);
        }

        @Test
        void aSpacedRangeIsOneRangeClaim() {
            Claim c = only("Between 14 000-16 000 people are missing, the ombudsman said.", Metric.MISSING);
            assertThat(c.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(c.low()).isEqualTo(14000);
            assertThat(c.high()).isEqualTo(16000);
            assertThat(claims("Between 14 000-16 000 people are missing, the ombudsman said.")).hasSize(1);
        }

        @Test
        void theEvidenceIsTheSentenceAsWritten() {
            String text = "Kyiv says 604 000 Russian troops have been killed or wounded.";
            assertThat(only(text, Metric.CASUALTIES).evidence().text()).isEqualTo(text);
        }
    }

    @Nested
    class BreakdownsAndSubgroups {
        @Test
        void aBreakdownBySideOrRoleGivesAClaimPerPart() {
            List<Claim> cs = claims("The clashes killed 96 people, including 60 soldiers and 36 civilians, the army said.");
            assertThat(cs).extracting(Claim::low).containsExactly(96L, 60L, 36L);
            assertThat(cs).extracting(Claim::role).containsExactly(Role.UNKNOWN, Role.MILITARY, Role.CIVILIAN);
        }

        @Test
        void aPartSetOffByACommaCountsWhatTheWholeCountsHoweverFarItsCasualtyWord() {
            List<Claim> iran = claims("A rights group says it has counted 520 people killed in Israeli strikes on Iran, including "
                    + "210 civilians and 120 military personnel.");
            assertThat(iran).extracting(Claim::low).containsExactly(520L, 210L, 120L);
            assertThat(iran).extracting(Claim::metric).containsOnly(Metric.KILLED);
            assertThat(iran).extracting(Claim::role).containsExactly(Role.UNKNOWN, Role.CIVILIAN, Role.MILITARY);
            List<Claim> haiti = claims("The Gran Grif gang opened fire on a bus station in Pont-Sonde. A hospital official said "
                    + "16 people had been wounded at the station, among them two gang members.");
            assertThat(haiti).extracting(Claim::metric).containsOnly(Metric.WOUNDED);
            assertThat(haiti).filteredOn(c -> c.low() == 2).extracting(Claim::party).containsExactly("Gran Grif");
        }

        @Test
        void aPartAfterAListOfPlacesOrAnAsideIsStillTheWholesBreakdown() {
            List<Claim> places = claims("Thirty-one settlers were killed by gunmen in Samaria, in the Jordan Valley and near Jerusalem, "
                    + "including 9 members of the Israeli police.");
            assertThat(places).extracting(Claim::low).containsExactly(31L, 9L);
            assertThat(places).extracting(Claim::metric).containsOnly(Metric.KILLED);
            List<Claim> aside = claims("At least 52 people died in the raids on Saturday, the governor told reporters, including 17 "
                    + "children.");
            assertThat(aside).extracting(Claim::low).containsExactly(52L);
            List<Claim> roles = claims("Eighty people were wounded in the market, on the bridge and at the bus station, among them 20 "
                    + "soldiers.");
            assertThat(roles).extracting(Claim::low).containsExactly(80L, 20L);
            assertThat(roles).extracting(Claim::metric).containsOnly(Metric.WOUNDED);
        }

        @Test
        void aPartAfterAClauseWithAVerbOfItsOwnIsNotTheWholesBreakdown() {
            assertThat(claims("At least 40 people were killed on Monday, and the army said it had detained 30, including 14 soldiers."))
                    .filteredOn(c -> c.metric() == Metric.KILLED).extracting(Claim::low).containsExactly(40L);
        }

        @Test
        void anAgeOrGenderGroupAmongTheDeadCountedAlreadyIsNoNewClaim() {
            assertThat(claims("Shelling killed 40 people at the market in Kramatorsk. Officials said the dead included 14 women and five "
                    + "children.")).extracting(Claim::low).containsExactly(40L);
            assertThat(claims("At least 60 people were killed in the raid. The governor said 19 children were among those killed."))
                    .extracting(Claim::low).containsExactly(60L);
            assertThat(claims("The bombing killed 25 people. Among the dead were seven women, the mayor said.")).extracting(Claim::low)
                    .containsExactly(25L);
        }

        @Test
        void whereNoSentenceBeforeCountedThemTheGroupsAreTheOnlyFigures() {
            assertThat(claims("The regional health chief told local radio that 31 women and nine children were among the dead."))
                    .extracting(Claim::low).containsExactly(31L, 9L);
        }

        @Test
        void whileAPartBySideOrRoleAmongTheDeadIsABreakdown() {
            assertThat(claims("The dead included 60 soldiers and 36 civilians, the ministry said.")).extracting(Claim::low)
                    .containsExactly(60L, 36L);
            assertThat(claims("Among the dead were 12 policemen, officials said.")).extracting(Claim::low).containsExactly(12L);
        }

        @Test
        void aListAfterAColonBreaksDownTheFigureBeforeIt() {
            List<Claim> all = claims("Eleven peacekeepers were killed when their convoy was ambushed near Beni, the mission said: six "
                    + "Indians, four Bangladeshis and one Nepali.");
            assertThat(all).extracting(Claim::low).containsExactly(11L, 6L, 4L, 1L);
            assertThat(all).extracting(Claim::metric).containsOnly(Metric.KILLED);
            assertThat(all).filteredOn(c -> c.low() == 6).extracting(Claim::party).containsExactly("India");
        }

        @Test
        void anAgeOrGenderGroupListedBesideABreakdownsPartIsNoNewClaim() {
            List<Claim> all = claims("The commission says 719 people were taken captive, including 267 civilians, 98 women and 29 children.");
            assertThat(all).extracting(Claim::low).containsExactly(719L, 267L);
        }

        @Test
        void aSecondHarmVerbWithABareFigureCountsTheSamePeople() {
            List<Claim> congo = claims("The army said its troops had repelled an M23 advance, killing \"more than 30 rebels\" and capturing four.");
            assertThat(congo).extracting(c -> c.metric() + " " + c.low() + " " + c.party() + " " + c.role())
                    .containsExactly("KILLED 30 M23 MILITARY", "CAPTURED 4 M23 MILITARY");
            List<Claim> borno = claims("Troops killed 12 Boko Haram fighters and captured five near Bama.");
            assertThat(borno).extracting(c -> c.metric() + " " + c.low() + " " + c.party())
                    .containsExactly("KILLED 12 Boko Haram", "CAPTURED 5 Boko Haram");
        }

        @Test
        void aListAfterAColonCountsWhatTheWholeCountsWhenItsCasualtyWordStandsFarAfterItsPeople() {
            List<Claim> all = claims("Seven foreign engineers working on the dam project for the state power company died in the "
                    + "shelling of the site near Sennar on Tuesday, the contractor confirmed: four Chinese, two Turks and one Indian.");
            assertThat(all).extracting(c -> c.low() + " " + c.party())
                    .containsExactly("7 null", "4 China", "2 Turkey", "1 India");
            assertThat(all).extracting(Claim::metric).containsOnly(Metric.KILLED);
        }

        @Test
        void foreignPeopleAreNotOfTheCountryWhereTheyWereHit() {
            assertThat(only("Nine foreign aid workers were killed in the strike on the convoy in Gaza.", Metric.KILLED).party()).isNull();
            List<Claim> kabul = claims("A suicide bomber killed 11 people in Kabul, including two foreigners.");
            assertThat(kabul).extracting(c -> c.low() + " " + c.party()).containsExactly("11 Afghanistan", "2 null");
        }

        @Test
        void aSentenceThatPointsBackToThePeopleJustCountedBreaksThemDown() {
            List<Claim> all = claims("The monitor said 412 people had been killed in the week. Among them were 96 members of the police "
                    + "and 120 fighters of the militia.");
            assertThat(all).extracting(Claim::low).containsExactly(412L, 96L, 120L);
            assertThat(all).extracting(Claim::metric).containsOnly(Metric.KILLED);
            assertThat(claims("The strike killed 40 people. Among those questioned later were 12 soldiers.")).extracting(Claim::low)
                    .doesNotContain(12L);
        }

        @Test
        void aPartInAClauseOfItsOwnIsNotTheWholesBreakdown() {
            assertThat(claims("Twelve people were wounded in the blast; including 40 soldiers, the garrison numbers about 300."))
                    .extracting(Claim::low).containsExactly(12L);
        }

        @Test
        void aPartOfThoseKilledNamingItsPeopleIsABreakdown() {
            Extraction e = ExtractorTestSupport.extract("A drone hit a cargo ship off Hodeidah, killing three crew members. "
                    + "A news agency in Manila reported that two of those killed were Filipino seafarers.", "2025-01-13");
            assertThat(e.claims()).filteredOn(c -> c.low() == 2).extracting(Claim::party).containsExactly("Philippines");
            assertThat(claims("Nine of those killed were evacuated to the capital.")).isEmpty();
        }

        @Test
        void aPartOfAWholeTakesTheVerbAndTheWholeKeepsItsOwnClause() {
            List<Claim> korea = claims("About 3,000 of the roughly 12,000 troops Pyongyang sent to fight for Moscow have been killed "
                    + "or wounded, the spy agency said.");
            assertThat(korea).extracting(Claim::metric, Claim::low)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Metric.CASUALTIES, 3000L),
                            org.assertj.core.groups.Tuple.tuple(Metric.DEPLOYED, 12000L));
            assertThat(korea).extracting(Claim::party).containsOnly("North Korea");
            List<Claim> border = claims("Some 200 of the 1,500 soldiers deployed to the border were killed, officials said.");
            assertThat(border).extracting(Claim::metric).containsExactly(Metric.KILLED, Metric.DEPLOYED);
            assertThat(claims("Nine of the 30 hostages were killed.")).extracting(Claim::low).containsExactly(9L);
        }

        @Test
        void ageGroupsAndGendersInsideACountedGroupAreNoNewClaim() {
            assertThat(claims("At least 65 people, including 16 minors, have been killed in strikes, the health ministry said."))
                    .extracting(Claim::low).containsExactly(65L);
            assertThat(claims("The raid killed 31 people, among them seven women and three children, the minister said."))
                    .extracting(Claim::low).containsExactly(31L);
            assertThat(claims("Some 40 villagers were killed, five of them children, local officials said."))
                    .extracting(Claim::low).containsExactly(40L);
        }

        @Test
        void aConditionInsideTheWoundedIsNoNewClaim() {
            assertThat(claims("Eighty people were wounded, 11 of them critically, doctors said.")).extracting(Claim::low)
                    .containsExactly(80L);
        }

        @Test
        void aPartOfTheDeadOrWoundedIsNoNewClaimUnlessItIsABreakdown() {
            assertThat(claims("Nineteen of the dead were children, the mission said.")).isEmpty();
            assertThat(claims("Eight of the wounded had been flown to Germany for treatment.")).isEmpty();
            Claim thai = only("Thirty-nine of the dead were Thai farm workers, Bangkok's foreign ministry said.", Metric.KILLED);
            assertThat(thai.party()).isEqualTo("Thailand");
            assertThat(only("The monitor said 745 of the dead were civilians.", Metric.KILLED).role()).isEqualTo(Role.CIVILIAN);
        }

        @Test
        void aParticipleAfterTheCountedPeopleOnlyDescribesThem() {
            assertThat(only("Four people injured in the quake were killed when a jet bombed the clinic.", Metric.KILLED).low())
                    .isEqualTo(4);
            assertThat(only("Thirty people wounded in the attack were taken to hospital.", Metric.WOUNDED).low()).isEqualTo(30);
            assertThat(claims("The two soldiers captured in January had been sent back, the agency said."))
                    .extracting(Claim::metric).containsExactly(Metric.CAPTURED);
        }

        @Test
        void ageAndSexGroupsThatAddUpToAnEarlierFigureAreItsBreakdown() {
            assertThat(claims("The army said 967 fighters, 82 adult males, 354 adult females and 531 children surrendered to troops."))
                    .extracting(Claim::low).containsExactly(967L);
            assertThat(claims("The raid killed 12 soldiers and 5 children, officials said.")).extracting(Claim::low)
                    .containsExactly(12L, 5L);
        }

        @Test
        void aGroupNamedOnItsOwnIsStillCounted() {
            assertThat(only("Seven women were killed when the market was shelled, police said.", Metric.KILLED).low()).isEqualTo(7);
        }
    }

    @Nested
    class OnlyOrganisedViolence {
        @Test
        void anExplosionOrFireAtAFuelOrFireworksSiteIsAnAccidentUnlessAStrikeHitIt() {
            assertThat(asserted("The death toll from the explosion at a fuel depot outside the city has risen to 68, officials say."))
                    .isEmpty();
            assertThat(asserted("A blast at a fireworks factory killed 12 workers on Tuesday.")).isEmpty();
            assertThat(only("A drone strike on a fuel depot in Kharkiv killed three people.", Metric.KILLED).low()).isEqualTo(3);
            assertThat(only("Three people were killed when a missile hit a petrol station in Odesa.", Metric.KILLED).low())
                    .isEqualTo(3);
        }

        @Test
        void accidentsDisastersDiseaseAndCrimeAreNoClaims() {
            assertThat(claims("Two people were injured when a delivery van hit a wall in the city centre, police said.")).isEmpty();
            assertThat(claims("A bus plunged into a ravine on the mountain road, killing 21 passengers.")).isEmpty();
            assertThat(claims("The toll from the floods and landslides rose to 226, state media said.")).isEmpty();
            assertThat(claims("The cholera outbreak has killed 92 people since February, health officials said.")).isEmpty();
            assertThat(claims("Six people died when fire swept through a warehouse at the market.")).isEmpty();
            assertThat(claims("Police said three people were killed during a robbery at a jewellery shop.")).isEmpty();
        }

        @Test
        void theCauseThatIsTheSubjectOfTheKillingDecidesItWhateverElseTheSentenceNames() {
            assertThat(claims("The fighting flared a year after the 2023 earthquake, which killed about 50 000 people in the south.")).isEmpty();
            assertThat(claims("Heavy rains in the Sool valley killed at least 9 people, the disaster agency said.")).isEmpty();
            assertThat(claims("Separately, a fire at a fuel depot near the port killed three workers, officials said.")).isEmpty();
            assertThat(only("The shelling, which killed 12 people in the week after the floods, hit the market.", Metric.KILLED).low())
                    .isEqualTo(12);
        }

        @Test
        void aCauseWrittenOnTheTollItselfDecidesItWhateverElseTheClauseNames() {
            assertThat(claims("Myanmar quake toll passes 2,000 as junta air strike hits Sagaing village")).isEmpty();
            assertThat(claims("Turkey's earthquake death toll rose to 4,300 while shelling went on across the border.")).isEmpty();
            assertThat(only("The strike toll rose to 31 after the earthquake relief convoy was hit, medics said.", Metric.KILLED)
                    .low()).isEqualTo(31);
        }

        @Test
        void aNamedCrimeOutranksHowPeopleDied() {
            assertThat(claims("JOHANNESBURG - Four people were shot dead when armed robbers stormed a tavern in Soweto, police said."))
                    .isEmpty();
            assertThat(only("Gunmen shot dead 12 villagers in Zamfara, police said.", Metric.KILLED).low()).isEqualTo(12);
        }

        @Test
        void aReportLeadingWithAnAccidentAndNamingNoViolenceIsAboutItThroughout() {
            assertThat(claims("Dozens dead as gold mine collapses in western Mali\n\nAt least 30 miners were killed when an "
                    + "artisanal mine collapsed near Kenieba, officials said. The victims had been digging in an abandoned pit. "
                    + "Rescue teams pulled 14 injured people from the site.")).isEmpty();
            assertThat(claims("Fighting flares near the mine\n\nA landslide blocked the road to the mine last week. "
                    + "Soldiers said rebels attacked the convoy. Rescue teams pulled 14 injured people from the wreckage."))
                    .as("violence named in the report").extracting(Claim::low).containsExactly(14L);
        }

        @Test
        void harmTiedToAnArmedConflictStays() {
            assertThat(only("Eight passengers were killed when the minibus hit a landmine near Deir ez-Zor.", Metric.KILLED).low())
                    .isEqualTo(8);
            assertThat(only("Four people injured in the earthquake were killed when a jet bombed the clinic.", Metric.KILLED).low())
                    .isEqualTo(4);
            assertThat(only("Villagers said 12 people starved to death in the besieged town last month.", Metric.KILLED).low())
                    .isEqualTo(12);
        }

        @Test
        void eachClauseOfAHeadlineHasItsOwnCause() {
            assertThat(claims("Minibus hits landmine in Deir ez-Zor, killing eight; separate highway crash kills five"))
                    .extracting(Claim::low).containsExactly(8L);
        }

        @Test
        void aSentenceWithNoCueTakesTheCauseOfTheOneBefore() {
            assertThat(claims("At least 48 miners died when the gold mine collapsed on Saturday. Rescue teams pulled 12 injured people from the site."))
                    .isEmpty();
            assertThat(claims("A landslide buried part of the camp. Rebel shelling killed 14 soldiers near the town, the army said."))
                    .extracting(Claim::low).containsExactly(14L);
        }
    }

    @Nested
    class TheAttackerIsNotTheVictim {
        @Test
        void thePlaceOfAnotherClauseIsNotThePlaceOfTheFigure() {
            List<Claim> all = claims("Ukraine's health ministry said Russian missiles had killed 31 people, while Russian officials said "
                    + "Ukrainian drones had killed four people in Russia.");
            assertThat(all).filteredOn(c -> c.low() == 31).extracting(Claim::party).containsExactly("Ukraine");
            assertThat(all).filteredOn(c -> c.low() == 4).extracting(Claim::party).containsExactly("Russia");
        }

        @Test
        void aSideNamedOnTheWeaponOrStrikeIsTheAttacker() {
            assertThat(only("Israeli strike kills 14 in Nuseirat camp, civil defence says", Metric.KILLED).party())
                    .isEqualTo("Palestine");
            assertThat(only("Russian missiles killed nine people in Kharkiv overnight, the governor said.", Metric.KILLED).party())
                    .isEqualTo("Ukraine");
            assertThat(only("Pakistani air strikes in Afghanistan's Paktika province killed 46 people, a spokesman said.",
                    Metric.KILLED).party()).isEqualTo("Afghanistan");
        }

        @Test
        void thePlaceAStrikeIsPoundingOrTargetingIsThePlaceHit() {
            List<Claim> gaza = asserted("At least 30 people have been killed and 120 more wounded in Israeli strikes pounding the "
                    + "Gaza Strip since Sunday, the health ministry said.");
            assertThat(gaza).extracting(Claim::party).containsOnly("Palestine");
            assertThat(only("Rockets targeting Kharkiv wounded 11 civilians overnight, the regional governor said.", Metric.WOUNDED)
                    .party()).isEqualTo("Ukraine");
        }

        @Test
        void aHealthMinistryAnArmedGroupRunsCountsItsTerritorysDeadNotTheGroups() {
            assertThat(only("Five people were injured in U.S. airstrikes on the province of Saada in Yemen, the Houthi-run health "
                    + "ministry said.", Metric.WOUNDED).party()).isEqualTo("Yemen");
        }

        @Test
        void aGroupThatSaysItKilledSoldiersDoesNotCountItsOwn() {
            Claim c = only("BAMAKO - JNIM said in a statement that it had killed 70 soldiers near the border with Mali.", Metric.KILLED);
            assertThat(c.party()).isNotEqualTo("JNIM");
        }

        @Test
        void aPlaceNamedOnTheAttackIsWhereNotWho() {
            assertThat(only("Death toll in Mogadishu beach attack rises to 32", Metric.KILLED).party()).isEqualTo("Somalia");
        }

        @Test
        void theSideOfTheDeadStillWinsWhenTheyAreNamed() {
            assertThat(only("An Israeli strike killed three Israeli hostages held in Gaza, the army said.", Metric.KILLED).party())
                    .isEqualTo("Israel");
        }
    }

    @Nested
    class WhosePeople {
        @Test
        void othersAreThePeopleOfTheFigureBeforeThemAsItsSideWasFinallyRead() {
            Claim wounded = only("The strike killed three soldiers and injured seven others, the Syrian army said.", Metric.WOUNDED);
            assertThat(wounded.party()).isEqualTo("Syria");
            assertThat(wounded.role()).isEqualTo(Role.MILITARY);
            assertThat(only("Russian shelling killed four civilians in Kherson and wounded 11 others, the governor said.",
                    Metric.WOUNDED).party()).isEqualTo("Ukraine");
            assertThat(only("Troops raided the hideout, killing three terrorists and leaving two others injured, the army said.",
                    Metric.WOUNDED).party()).as("unnamed fighters' others stay unnamed").isNull();
        }

        @Test
        void theSideThatLostThemBeatsThePlaceOfFighting() {
            assertThat(only("Denmark, whose battle group fought beside British troops in the valley, lost 37 soldiers in Helmand.",
                    Metric.KILLED).party()).isEqualTo("Denmark");
            assertThat(only("South Africa's defence force said it had lost 14 soldiers in eastern Congo.", Metric.KILLED).party())
                    .isEqualTo("South Africa");
        }

        @Test
        void aSideNamedAsASideOwnsTheFiguresAfterIt() {
            List<Claim> cs = claims("On the Israeli side, including the occupied Golan Heights, 22 soldiers and 26 civilians have died, "
                    + "army figures show.");
            assertThat(cs).extracting(Claim::party).containsOnly("Israel");
        }

        @Test
        void unnamedFightersTakeTheGroupTheReportNamesNearby() {
            Extraction e = ExtractorTestSupport.extract("ADF fighters raided two villages near Beni overnight. "
                    + "The army said its troops pursued the attackers into the forest and killed seven rebels.", "2025-01-13");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Allied Democratic Forces");
            Extraction boko = ExtractorTestSupport.extract("Boko Haram insurgents stormed the town on Friday. "
                    + "Troops later killed 11 of the insurgents near the forest, security sources said.", "2025-01-13");
            assertThat(boko.claims()).extracting(Claim::party).containsExactly("Boko Haram");
        }

        @Test
        void unnamedFightersFarFromAnyGroupAreTheDoersOfTheReportsFirstHarm() {
            Extraction shabaab = ExtractorTestSupport.extract("Al-Shabab fighters killed 14 soldiers in an assault on a base near "
                    + "Baidoa on Tuesday, a local official said.\n\nThe base had been reinforced last month.\n\nElders said the road "
                    + "to the town was closed.\n\nThe defence ministry said troops had killed 23 of the assailants.", "2025-01-14");
            assertThat(shabaab.claims()).filteredOn(c -> c.low() == 23).extracting(Claim::party).containsExactly("al-Shabaab");
            Extraction byState = ExtractorTestSupport.extract("Army air strikes killed 12 people at a market in the north on Monday, "
                    + "witnesses said.\n\nThe market had reopened in March.\n\nTraders said prices had doubled.\n\n"
                    + "A local leader said the attackers also killed four herders.", "2025-01-14");
            assertThat(byState.claims()).filteredOn(c -> c.low() == 4).extracting(Claim::party)
                    .as("a state did the first harm: no group to give").containsOnlyNulls();
        }

        @Test
        void aStatesArmyIsNeverTheRebelGroupNamedBeforeIt() {
            Extraction e = ExtractorTestSupport.extract("Allied Democratic Forces (ADF) rebels killed 11 villagers near Oicha, a civil "
                    + "society leader said.\n\nThe army said its soldiers had killed four rebels in the hills.", "2025-01-14");
            Claim four = e.claims().stream().filter(c -> c.low() == 4).findFirst().orElseThrow();
            assertThat(four.source().name()).isEqualTo("army");
            assertThat(four.party()).isEqualTo("Allied Democratic Forces");
        }

        @Test
        void aRunningTollRaisedByTheSentencesFirstFigureIsOfTheSameSide() {
            List<Claim> cs = claims("The Israeli army says 3 soldiers were killed in southern Gaza, bringing its toll in the ground offensive to 385.");
            assertThat(cs).extracting(Claim::party).containsOnly("Israel");
        }

        @Test
        void theOwnerOfLossesReadsThroughPersonnelAndPossessive() {
            assertThat(only("Ukraine's General Staff puts Russia's personnel losses at 864'950 killed and wounded.",
                    Metric.CASUALTIES).party()).isEqualTo("Russia");
        }

        @Test
        void soldiersAreNotFiledUnderAnArmedGroupThatIsTheReportsMainSide() {
            Extraction e = ExtractorTestSupport.extract("KABUL - Taliban fighters attacked an army base in Takhar overnight. "
                    + "Officials said 15 Taliban fighters were killed and 13 wounded. "
                    + "A hospital chief said the bodies of 13 soldiers were brought to his hospital.", "2025-01-13");
            assertThat(e.claims().stream().filter(c -> c.low() == 13 && c.metric() == Metric.KILLED).findFirst().orElseThrow().party())
                    .isNotEqualTo("Taliban");
        }

        @Test
        void theAttackersOfANamedGroupsOffensiveAreThatGroupsFighters() {
            assertThat(only("Government troops repelled a Houthi offensive near Marib and killed more than 50 of the attackers.",
                    Metric.KILLED).party()).isEqualTo("Houthis");
            assertThat(only("The army said its troops pursued ADF fighters into the forest and killed six of them.",
                    Metric.KILLED).party()).isEqualTo("Allied Democratic Forces");
        }

        @Test
        void soldiersWithNoSideTakeTheSideTheReportLeadsWithWhenTwoSidesAreNamedAsOften() {
            List<Claim> chad = asserted("Militants kill 9 Chadian soldiers near the lake\n\nThe bodies of 3 soldiers were found on "
                    + "Wednesday, security sources said.\n\nIn 2019, 4 French soldiers were killed in an ambush in the same region.");
            assertThat(chad).filteredOn(c -> c.low() == 3L).extracting(Claim::party).containsExactly("Chad");
            List<Claim> mali = asserted("Gunmen kill 6 Malian soldiers in the north\n\nThe remains of 2 soldiers were recovered on "
                    + "Monday, officials said.\n\nIn 2022, 5 Russian fighters were killed in the same area.");
            assertThat(mali).filteredOn(c -> c.low() == 2L).extracting(Claim::party).containsExactly("Mali");
        }

        @Test
        void membersOfAGroupThePhraseOnlyDescribesAreTheGroupNamedNearby() {
            Extraction lebanon = ExtractorTestSupport.extract("The army said on Friday that its jets struck Hezbollah positions "
                    + "near Tyre, killing six members of the Iran-backed Lebanese militant group.", "2025-01-13");
            assertThat(lebanon.claims()).extracting(Claim::party).containsExactly("Hezbollah");
            Extraction haiti = ExtractorTestSupport.extract("The Gran Grif gang attacked a market in Port-au-Prince on Monday. "
                    + "A police spokesman said officers had killed three members of the gang.", "2025-01-13");
            assertThat(haiti.claims()).filteredOn(c -> c.low() == 3).extracting(Claim::party).containsExactly("Gran Grif");
            Extraction sahel = ExtractorTestSupport.extract("JNIM fighters ambushed a convoy near Gao. The ministry said soldiers "
                    + "killed nine gang members and 14 members of a jihadist faction in the pursuit.", "2025-01-13");
            assertThat(sahel.claims()).filteredOn(c -> c.metric() == Metric.KILLED).extracting(Claim::party)
                    .containsOnly("JNIM");
        }

        @Test
        void theGangIsTheArmedGroupTheReportLastNamedHoweverFarBack() {
            Extraction e = ExtractorTestSupport.extract("Viv Ansanm gunmen stormed the Solino district on Saturday.\n\n"
                    + "Residents fled towards the airport road.\n\nSchools in the area stayed shut.\n\nAid groups said food "
                    + "was running short.\n\nA police union said officers had killed four members of the gang as they withdrew.",
                    "2025-01-13");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Viv Ansanm");
        }

        @Test
        void aGroupNamedInThePhraseIsNotADescribedOne() {
            assertThat(only("Troops killed 12 members of the Islamic State group near Raqqa, a monitor said.", Metric.KILLED).party())
                    .isEqualTo("Islamic State");
        }

        @Test
        void ourFightersAreTheSpeakersOwnNotTheGroupNamedBefore() {
            Extraction e = ExtractorTestSupport.extract("Islamic State cells attacked a checkpoint last week. \"In the strike, three "
                    + "of our fighters were martyred,\" said the SDF, accusing Turkey of the attack.", "2025-01-13");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Syrian Democratic Forces");
        }

        @Test
        void theSideNamedAsASideAfterTheVerbOwnsTheFigure() {
            List<Claim> cs = asserted("Lebanon's health ministry says more than 600 people have been killed, while Israeli "
                    + "authorities say about 50 people, soldiers and civilians, have died on the Israeli side.");
            assertThat(cs).extracting(Claim::party).containsExactly("Lebanon", "Israel");
        }

        @Test
        void thePeopleAfterTheTollWordAreTheFiguresWhenTheFigureComesFirst() {
            List<Claim> cs = asserted("The Pentagon on Friday raised to 13 the number of American service members killed in the "
                    + "bombing and said 18 others had been wounded.");
            assertThat(cs).extracting(Claim::party).containsOnly("United States");
            assertThat(cs).extracting(Claim::role).containsOnly(Role.MILITARY);
            assertThat(only("Officials put at 40 the toll of villagers killed in the raid.", Metric.KILLED).role())
                    .isEqualTo(Role.CIVILIAN);
        }

        @Test
        void aBorderIsNoPlaceInsideTheCountryItBounds() {
            List<Claim> nigeria = asserted("MAIDUGURI, Nigeria - Boko Haram fighters killed 40 people, including six soldiers, in a "
                    + "night attack on a village near the Cameroon border, the state governor said.");
            assertThat(nigeria).extracting(Claim::party).containsOnly("Nigeria");
            assertThat(only("Gunmen killed nine villagers near the Mali border, officials in Niger said.",
                    Metric.KILLED).party()).isEqualTo("Niger");
        }

        @Test
        void aFigureForBothSidesHasNoOneSide() {
            assertThat(only("Most histories put the number killed in the first war at 25 000-30 000 on both sides combined.",
                    Metric.KILLED).party()).isNull();
            assertThat(only("The 2020 war in Karabakh killed about 6,800 soldiers of both armies.", Metric.KILLED).party()).isNull();
            assertThat(only("The clashes killed 30 Ukrainian soldiers on both sides of the river.", Metric.KILLED).party())
                    .isEqualTo("Ukraine");
        }

        @Test
        void aSentenceOpeningAmongTheDeadCountsTheSideOfTheDeadBeforeIt() {
            List<Claim> all = claims("The ombudsman said at least 200 ethnic Armenians had been killed in Karabakh. Among the dead were "
                    + "10 civilians, five of them children.");
            assertThat(all).extracting(c -> c.low() + " " + c.party()).containsExactly("200 Armenia", "10 Armenia");
        }

        @Test
        void aPartOfTheDeadWhoseNationalityIsSaidIsAClaimOfThatSide() {
            Claim c = only("Three of the dead were Filipino, the Philippine Department of Migrant Workers said.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("Philippines");
            assertThat(c.low()).isEqualTo(3);
            assertThat(only("Two of the wounded are Ukrainians, the embassy said.", Metric.WOUNDED).party()).isEqualTo("Ukraine");
            assertThat(asserted("Four of the dead were children.")).isEmpty();
        }

        @Test
        void fightersAnArmedGroupSaysAnotherSideHitAreItsOwn() {
            assertThat(only("SDF says two fighters killed by Turkish drone in Hasaka", Metric.KILLED).party())
                    .isEqualTo("Syrian Democratic Forces");
            assertThat(only("Hamas said 12 fighters were killed by Israeli fire in Rafah.", Metric.KILLED).party()).isEqualTo("Hamas");
            assertThat(only("Hezbollah said its fighters killed 12 attackers near the border.", Metric.KILLED).party()).isNull();
        }

        @Test
        void foreignFightersTakeNoGroupNamedNearby() {
            List<Claim> all = claims("Israeli strikes on Hezbollah depots near Qusayr left 10 people dead, including three Syrian soldiers "
                    + "and seven foreign fighters, a war monitor said.");
            assertThat(all).filteredOn(c -> c.low() == 7).extracting(Claim::party).containsOnlyNulls();
        }

        @Test
        void peopleASentencePlacesNowhereWereHitWhereTheStrikeJustToldOfLanded() {
            String text = "ISLAMABAD - Violence rose across Pakistan last year, officials in Islamabad said. In December, Pakistani jets "
                    + "struck what the army called militant hideouts in Afghanistan's Paktika province. The Taliban's defence ministry "
                    + "said 46 people were killed.";
            assertThat(only(text, Metric.KILLED).party()).isEqualTo("Afghanistan");
            String home = "KHARKIV, Ukraine - Russian missiles struck the city centre overnight. The governor said seven people were killed.";
            assertThat(only(home, Metric.KILLED).party()).isEqualTo("Ukraine");
        }

        @Test
        void rebelsAStatesVoiceSpeaksOfAreItsMainEnemy() {
            assertThat(only("Sudan's army said its forces killed 40 rebels near El Fasher.", Metric.KILLED).party())
                    .isEqualTo("Rapid Support Forces");
            assertThat(only("The army said troops killed 15 militants in the hills.", Metric.KILLED).party()).isNull();
        }

        @Test
        void fightersOnTheStatesSideAreTheStates() {
            assertThat(only("OUAGADOUGOU, Burkina Faso - Gunmen killed 14 pro-government militiamen near Kaya, the army said.",
                    Metric.KILLED).party()).isEqualTo("Burkina Faso");
            assertThat(only("BAMAKO, Mali - Jihadists killed 20 members of an army-allied militia in Mopti, local officials said.",
                    Metric.KILLED).party()).isEqualTo("Mali");
        }

        @Test
        void theDeadAreNotTheSideOfTheSpeakerWhoseFightersKilledThem() {
            String text = "The al-Qaeda-linked group JNIM said its fighters had killed 200 members of the government-backed militia in "
                    + "the Centre-Nord region of Burkina Faso.";
            assertThat(only(text, Metric.KILLED).party()).isEqualTo("Burkina Faso");
        }

        @Test
        void fightersAStateKillsAreNeverOfTheGroupsFightingBesideIt() {
            List<Claim> all = claims("JNIM fighters attacked the town of Djibo at dawn. The army said its counter-attack had killed "
                    + "about 80 terrorists. Four soldiers and five volunteers of the VDP died, it said.");
            assertThat(all).filteredOn(c -> c.low() == 80).extracting(Claim::party).containsExactly("JNIM");
        }

        @Test
        void aStatesArmyNamedInFullIsThatState() {
            assertThat(only("The Uganda People's Defence Forces said 12 of its soldiers were killed near Bulo Marer.", Metric.KILLED)
                    .party()).isEqualTo("Uganda");
        }

        @Test
        void unnamedFightersWithNoGroupNearbyKeepNoSide() {
            assertThat(only("Troops killed 15 militants in the hills, the army said.", Metric.KILLED).party()).isNull();
        }
    }

    @Nested
    class MetricWords {
        @Test
        void nounFormsAndNewPeopleWords() {
            assertThat(only("The state prosecutor counts more than 1,000 killings in Sinaloa since September.", Metric.KILLED).low())
                    .isEqualTo(1000);
            Claim c = only("Russia has lost another 1,310 servicepeople over the past day, Kyiv's General Staff said.",
                    Metric.CASUALTIES);
            assertThat(c.party()).isEqualTo("Russia");
            assertThat(c.role()).isEqualTo(Role.MILITARY);
        }

        @Test
        void aDeploymentBroughtToAFigureIsTheNewTotalWhereverItsPlaceStands() {
            List<Claim> all = claims("Another 1,000 troops arrived in Culiacan last week, bringing the federal deployment in Sinaloa to "
                    + "some 11,000, the defence ministry said.");
            assertThat(all).extracting(c -> c.metric() + " " + c.low()).containsExactly("DEPLOYED 1000", "DEPLOYED 11000");
        }

        @Test
        void livesLostAreDeaths() {
            assertThat(only("Pakistani officials say the country has lost more than 80,000 lives to militant violence since 2001.",
                    Metric.KILLED).low()).isEqualTo(80000);
            assertThat(only("The district lost 212 lives to the insurgency last year, the governor said.", Metric.KILLED).low())
                    .isEqualTo(212);
            assertThat(only("Ukraine's army said Russia lost 1,100 soldiers in the past day.", Metric.CASUALTIES).low()).isEqualTo(1100);
        }

        @Test
        void aPartHurtFatallyIsDeadAndTheWholeKeepsItsOwnMetric() {
            List<Claim> korea = claims("Some 4,700 North Korean soldiers have been killed or wounded fighting for Russia, about 600 of them "
                    + "fatally, the spy agency told lawmakers.");
            assertThat(korea).extracting(c -> c.metric() + " " + c.low() + " " + c.party())
                    .containsExactly("CASUALTIES 4700 North Korea", "KILLED 600 North Korea");
            List<Claim> bus = claims("Gunmen opened fire on the bus, wounding 14 passengers, three of them fatally, police said.");
            assertThat(bus).extracting(c -> c.metric() + " " + c.low()).containsExactly("WOUNDED 14", "KILLED 3");
            assertThat(claims("Nine people were shot at the market, two of them fatally.")).extracting(c -> c.metric() + " " + c.low())
                    .containsExactly("KILLED 2");
        }

        @Test
        void theVerbOfARelativeClauseLeadsToItsCasualtyWord() {
            assertThat(only("Six servicemen who went missing during the autumn fighting remain unaccounted for.", Metric.MISSING).low())
                    .isEqualTo(6);
            assertThat(claims("The army clashed with about 200 al-Shabaab fighters who attacked a base at Sabiid, the ministry said, "
                    + "without giving a toll.")).isEmpty();
        }

        @Test
        void aTollsOwnCasualtyWordMayStandFarBeforeTheFigureItRisesTo() {
            assertThat(only("The latest raid brings the number of fatalities among civilians and soldiers in the north to at least 79.",
                    Metric.KILLED).low()).isEqualTo(79);
            assertThat(only("The count of wounded among aid workers and their families in the camps has climbed to 212.",
                    Metric.WOUNDED).low()).isEqualTo(212);
            assertThat(asserted("The number of people killed when thousands of radios exploded across the country has risen to 37."))
                    .as("a figure in between is no toll").extracting(Claim::low).containsExactly(37L);
        }

        @Test
        void oneOfASidesOwnPeopleIsAFigureOneOfTheWorstIsNot() {
            List<Claim> both = asserted("Malawi said three of its peacekeepers had been killed, and Uruguay reported the death of one of "
                    + "its soldiers serving with the UN mission.");
            assertThat(both).extracting(c -> c.low() + " " + c.party()).containsExactly("3 Malawi", "1 Uruguay");
            assertThat(only("Kenya's army confirmed the death of one of their officers in the ambush.", Metric.KILLED).low()).isEqualTo(1);
            assertThat(asserted("It was one of the deadliest attacks this year, killing 12 people."))
                    .extracting(Claim::low).containsExactly(12L);
        }

        @Test
        void anArticleBeforeOnePersonAndACasualtyVerbCountsOne() {
            assertThat(asserted("The army says a soldier was killed in fighting near the border, bringing its toll to 41."))
                    .extracting(Claim::low).containsExactly(1L, 41L);
            assertThat(only("A Ukrainian woman died when the drone hit her car.", Metric.KILLED).party()).isEqualTo("Ukraine");
            assertThat(only("A Boko Haram terrorist was also killed in the blast.", Metric.KILLED).party()).isEqualTo("Boko Haram");
            assertThat(only("An extremist has been killed in a clash between troops and Abu Sayyaf gunmen.", Metric.KILLED).party())
                    .as("a nameless fighter takes the group named nearby").isEqualTo("Abu Sayyaf");
            assertThat(asserted("A soldier said the convoy was attacked at dawn.")).as("no casualty verb after the person").isEmpty();
            assertThat(asserted("A civilian convoy was hit, and three people were killed.")).extracting(Claim::low).containsExactly(3L);
        }

        @Test
        void soldiersStillFightingSomewhereAreDeployedWhateverLossNounFollows() {
            assertThat(only("About 11,000 North Korean soldiers are still fighting in the Kursk region despite heavy losses, "
                    + "the agency said.", Metric.DEPLOYED).low()).isEqualTo(11000);
            assertThat(only("Some 2,000 Wagner troops still operating in Mali after months of losses", Metric.DEPLOYED).low())
                    .as("a headline without a verb of its own").isEqualTo(2000);
            assertThat(only("Some 1,500 troops in the Kursk region were killed, the agency said.", Metric.KILLED).low())
                    .as("a casualty verb of the people's own still wins").isEqualTo(1500);
        }

        @Test
        void gendarmesPeacekeepersAndHerdersAreCountedPeople() {
            assertThat(asserted("On Sunday, at least nine gendarmes and around 10 civilians were killed in the raid."))
                    .extracting(c -> c.low() + " " + c.role()).containsExactly("9 MILITARY", "10 CIVILIAN");
            assertThat(only("One peacekeeper was wounded in the attack on the base.", Metric.WOUNDED).role()).isEqualTo(Role.MILITARY);
            assertThat(only("Gunmen killed 17 herders near the river.", Metric.KILLED).role()).isEqualTo(Role.CIVILIAN);
        }

        @Test
        void theNounsOfTranslatedStatements() {
            List<Claim> cs = asserted("The shelling led to the martyrdom of two soldiers and the injury of five others, the army command said.");
            assertThat(cs).extracting(Claim::metric, Claim::low).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 2L), org.assertj.core.groups.Tuple.tuple(Metric.WOUNDED, 5L));
            assertThat(only("The raid caused the death of four civilians and the injury of nine, the ministry said.", Metric.WOUNDED)
                    .low()).isEqualTo(9);
        }

        @Test
        void aQuotedSentenceMayOpenWithAnotherAndItsFigure() {
            assertThat(only("\"Another 31 were injured; 11 of them are in hospital,\" the governor wrote.", Metric.WOUNDED).low())
                    .isEqualTo(31);
            assertThat(claims("Resolution 2334 was adopted after the attack.")).isEmpty();
        }

        @Test
        void morePeopleOfASideAreThatSidesPeople() {
            assertThat(only("Tens of thousands more Ukrainian soldiers are listed as missing, he said.", Metric.MISSING).party())
                    .isEqualTo("Ukraine");
        }

        @Test
        void lostLivesIsKilled() {
            assertThat(only("Officials said 80 people lost lives in attacks across the province last year.", Metric.KILLED).low())
                    .isEqualTo(80);
        }

        @Test
        void prisonersReturnedOrStillHeldAreCaptured() {
            assertThat(only("In total 1 000 Ukrainian servicepeople were returned from Russian captivity this week.", Metric.CAPTURED)
                    .low()).isEqualTo(1000);
            assertThat(only("Since 2022, a total of 3'956 Ukrainians have been brought home from captivity, officials said.",
                    Metric.CAPTURED).low()).isEqualTo(3956);
            assertThat(only("Kyiv says more than 8 000 Ukrainian soldiers are still held in Russia.", Metric.CAPTURED).party())
                    .isEqualTo("Ukraine");
            assertThat(only("Seven servicemen of the 72nd Brigade laid down their arms and surrendered.", Metric.CAPTURED).low())
                    .isEqualTo(7);
        }

        @Test
        void hostagesHeldSomewhereBelongToTheirCaptorsEnemy() {
            assertThat(only("Israeli officials say 94 hostages remain in Gaza.", Metric.CAPTURED).party()).isEqualTo("Israel");
        }

        @Test
        void captivesWhoAreKilledAreCountedAsKilled() {
            assertThat(only("The army said the siege was over; 21 hostages were killed by the gunmen.", Metric.KILLED).low())
                    .isEqualTo(21);
        }

        @Test
        void aFigureThePeopleBeforeItsVerbAreCountedInIsTheirs() {
            Claim sent = only("Kyiv has put the number of soldiers sent by Pyongyang at about 12,000.", Metric.DEPLOYED);
            assertThat(sent.low()).isEqualTo(12000);
            assertThat(sent.party()).isEqualTo("North Korea");
            assertThat(only("Officials put the number of troops deployed in the region at 4,000.", Metric.DEPLOYED).role())
                    .isEqualTo(Role.MILITARY);
            assertThat(claims("The army lost 12 and gained ground.")).as("no people named for a bare loss").isEmpty();
        }

        @Test
        void peopleLostBesideACountOfWoundedAreTheDead() {
            Extraction e = ExtractorTestSupport.extract("\"We lost four soldiers; seven were wounded, including a captain,\" the "
                    + "army spokesman said.", "2025-01-13");
            assertThat(e.claims()).extracting(Claim::metric).containsExactly(Metric.KILLED, Metric.WOUNDED);
            assertThat(only("The regiment lost 12 men on Tuesday and another 30 were injured, the commander said.", Metric.KILLED)
                    .low()).isEqualTo(12);
            assertThat(only("Russia has lost 300 soldiers in the region, officials said.", Metric.CASUALTIES).low())
                    .as("with no wounded counted apart, a loss stays a casualty figure").isEqualTo(300);
        }
    }

    @Nested
    class NegatedHarm {
        @Test
        void aSpeechVerbJoinedAfterADenialAssertsItsOwnClause() {
            Claim c = only("The RSF denied targeting civilians and said its forces had killed more than 2,000 army soldiers in the "
                    + "final battle.", Metric.KILLED);
            assertThat(c.low()).isEqualTo(2000);
            assertThat(c.source().name()).isEqualTo("RSF");
            assertThat(only("The army denied the report and said only 12 soldiers had died.", Metric.KILLED).source().name())
                    .isEqualTo("army");
            assertThat(asserted("Moscow denied that 300 of its soldiers had been killed.")).isEmpty();
        }

        @Test
        void aCasualtyVerbThatIsItselfNegatedIsADenial() {
            assertThat(claims("\"They haven't even killed 30 of our fighters,\" he said."))
                    .extracting(c -> c.stance()).containsExactly(org.reckon.model.Stance.DENIED);
            assertThat(claims("The army has not lost 40 soldiers, the spokesman said."))
                    .extracting(c -> c.stance()).containsExactly(org.reckon.model.Stance.DENIED);
            assertThat(claims("Rebels did not kill 12 villagers, the group said."))
                    .extracting(c -> c.stance()).containsExactly(org.reckon.model.Stance.DENIED);
        }

        @Test
        void aBoundIsNoNegationAndARelativeClauseKeepsItsOwnVerb() {
            assertThat(only("Not more than 40 soldiers were killed, officials said.", Metric.KILLED).high()).isEqualTo(40);
            Claim rebels = only("Soldiers killed 12 rebels who had not surrendered.", Metric.KILLED);
            assertThat(rebels.stance()).isEqualTo(org.reckon.model.Stance.ASSERTED);
            assertThat(claims("Soldiers killed 12 rebels who had not surrendered.")).hasSize(1);
        }
    }

    @Nested
    class PageClutter {
        @Test
        void aLineBrokenBeforeALowerCaseWordIsStillOneSentence() {
            Claim c = only("Police chief Hamid Sadat told a press conference last\n\nweek that 31 officers had been killed since June.",
                    Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Hamid Sadat");
            assertThat(asserted("The ministry said the strikes\nkilled 14 civilians,\n   including four children.")).extracting(Claim::low)
                    .contains(14L);
        }

        @Test
        void datesAndPageStampsAreNeitherFiguresNorSpeakers() {
            List<Claim> all = asserted("Posted: 20 Oct 2024 | Originally published: 17 Oct 2024\n\nKilled: 45\nInjured: 120");
            assertThat(all).extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 45", "WOUNDED 120");
            assertThat(all).extracting(c -> c.source().name()).containsOnlyNulls();
            assertThat(asserted("Updated: 3 March 2025\n\nDead: 17")).extracting(Claim::low).containsExactly(17L);
        }

        @Test
        void theYearOfANamedWarIsNoFigure() {
            assertThat(asserted("Relatives of those who died in the Patriotic War of 2020 gathered in Baku.")).isEmpty();
            Claim c = only("The commission says 3 890 citizens went missing in the First Karabakh War of 1988-1994.", Metric.MISSING);
            assertThat(c.low()).isEqualTo(3890);
        }

        @Test
        void aHeadlineWithoutAFullStopStillStandsAlone() {
            List<Claim> all = asserted("Rebels kill 7 villagers in the east\n\nThe provincial governor said on Sunday that 12 soldiers died.");
            assertThat(all).extracting(c -> c.low() + " " + c.source().name()).contains("12 provincial governor");
            assertThat(all).filteredOn(c -> c.low() == 7L).singleElement()
                    .satisfies(c -> assertThat(c.evidence().text()).isEqualTo("Rebels kill 7 villagers in the east"));
        }
    }

    @Nested
    class CountsOfIncidents {
        @Test
        void aFigureBehindAPrepositionIsNoObjectOfTheVerbBeforeItAndTheCountedPeopleKeepTheirVerb() {
            assertThat(only("Twelve people were killed in three separate attacks on Sunday.", Metric.KILLED).low()).isEqualTo(12);
            assertThat(only("At least 15 soldiers were wounded in 4 ambushes along the highway.", Metric.WOUNDED).low()).isEqualTo(15);
            assertThat(asserted("As many as 192 people were martyred in 219 terror incidents in the province last year."))
                    .extracting(c -> c.metric() + " " + c.high()).containsExactly("KILLED 192");
            assertThat(asserted("Some 40 civilians died during 12 nights of shelling."))
                    .extracting(Claim::low).containsExactly(40L);
        }

        @Test
        void aFigureTakenByTheVerbBeforeItKeepsItWhenAnotherVerbFollowsAfterAnd() {
            assertThat(asserted("The gunmen opened fire, killing seven of them and injuring several others."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 7");
            assertThat(asserted("Soldiers shot dead four raiders and arrested dozens more."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 4");
        }

        @Test
        void facilitiesAnArmySaysItEliminatedAreNoPeople() {
            assertThat(asserted("The army said it had eliminated eight centers for assembling drones and six underground bases."))
                    .isEmpty();
            assertThat(asserted("Troops destroyed 12 tunnels and two weapons facilities, killing 9 fighters."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 9");
        }

        @Test
        void aBareFigureWithAPlaceAfterAPassiveTollSharesItsVerb() {
            assertThat(asserted("Five people were killed in Kabul, three in Herat and two in Kandahar."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 5", "KILLED 3", "KILLED 2");
            assertThat(asserted("Twenty soldiers were wounded near Bakhmut, four near Siversk."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("WOUNDED 20", "WOUNDED 4");
            assertThat(asserted("Thirteen soldiers died in the offensive, four of them by friendly fire."))
                    .as("a part named as 'of them' is no gapped clause").extracting(Claim::low).containsExactly(13L);
            assertThat(asserted("The monitor counted 2 180 people injured and 317 abducted by armed groups."))
                    .as("a figure with its own verb keeps it").extracting(c -> c.metric() + " " + c.low())
                    .containsExactly("WOUNDED 2180", "CAPTURED 317");
        }

        @Test
        void othersOrABareFigureWithAPlaceAfterAndShareTheTollsVerb() {
            assertThat(asserted("Officials said 40 people were killed in Kabul and 12 others in Herat."))
                    .extracting(c -> c.metric() + " " + c.low() + " " + c.party())
                    .containsExactly("KILLED 40 Afghanistan", "KILLED 12 Afghanistan");
            assertThat(asserted("The ministry said 9,100 people were wounded in the Gaza Strip, and about 1,300 in the West Bank."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("WOUNDED 9100", "WOUNDED 1300");
            assertThat(asserted("Six civilians were killed in Gao, and 300 others in the town fled."))
                    .as("a verb after the place gives the figure a clause of its own").extracting(Claim::low).containsExactly(6L);
        }
    }

    @Nested
    class ASourceKeepsSpeaking {
        @Test
        void aNumberedItemOfAStatementIsANewParagraphThatTheStatementsBodySpeaks() {
            String text = "ARMY OF THE REPUBLIC\nPRESS RELEASE No. 9\n\nThe Army of the Republic informs public opinion of the "
                    + "following:\n\n1. According to military intelligence, the rebels have lost 9 of their members in the clashes.\n\n"
                    + "2. Regrettably, 1 soldier lost his life in the rural zone of Teorama.\n\n"
                    + "3. According to the reports consolidated by the Ombudsman's Office, at least 80 persons have lost their lives.";
            List<Claim> all = asserted(text);
            assertThat(all).extracting(c -> c.low() + " " + c.source().name())
                    .containsExactly("9 military intelligence", "1 Army of the Republic", "80 Ombudsman's Office");
        }

        @Test
        void aNumberedStatementSpeaksForTheBodyThatAnnouncesItThroughout() {
            String text = "Armed Forces of the Republic - Office of the Spokesman\nCommuniqué No. 17\n\n"
                    + "The General Staff announces to the nation that our units have retaken the bridge at Kassala.\n\n"
                    + "Our forces lost 9 martyrs in the battle, and 14 were wounded.";
            List<Claim> all = asserted(text);
            assertThat(all).extracting(Claim::low).containsExactly(9L, 14L);
            assertThat(all).extracting(c -> c.source().name()).containsOnly("General Staff");
        }

        @Test
        void itOpeningTheAccountIsTheBodyTheSentenceBeforeNamedWhenNoOneHasSpokenYet() {
            Claim c = only("Most counts start from the health ministry in Gaza, part of the Hamas-run administration. In February it put "
                    + "the number of Palestinians killed at 48,189.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("health ministry in Gaza");
        }

        @Test
        void theItemsOfAListAfterTheSourceAndAColonAreItsFigures() {
            Extraction e = ExtractorTestSupport.extract("Gaza live: latest figures\n\n09:30 - The health ministry said in its daily update:\n"
                    + "- 41 people killed in the past 24 hours\n- 98 injured in the same period", "2025-01-13");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsOnly("health ministry");
            assertThat(e.claims()).extracting(Claim::low).contains(41L, 98L);
        }

        @Test
        void aQuotationRunningOverParagraphsIsTheSpeakerNamedWhereItCloses() {
            Extraction e = ExtractorTestSupport.extract("Gunmen attacked the village of Kadisau before dawn on Sunday.\n\n"
                    + "A farmer in the village, Sani Bello, told reporters the attackers arrived on motorbikes.\n\n"
                    + "\u201cWe ran into the bush when the shooting started. When we came back, we counted the bodies and found that "
                    + "15 people had been killed.\n\n\u201cThis is the third raid this year,\u201d Bello said.", "2025-01-13");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsExactly("Sani Bello");
        }

        @Test
        void aQuotationThatClosesWithNoSpeechVerbIsTheSpeakerWhoOpenedIt() {
            Extraction e = ExtractorTestSupport.extract("The UN rights office condemned the raid on Pont-Sonde.\n\n"
                    + "\u201cWe are appalled by the attack,\u201d spokeswoman Ravina Shamdasani said in a statement.\n\n"
                    + "\u201cGang members fired on residents, killing at least 60 people.\n\n\u201cThe authorities must act now.\u201d",
                    "2025-01-13");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsExactly("Ravina Shamdasani");
            Extraction alone = ExtractorTestSupport.extract("Troops repelled the assault, the army said.\n\nThe road to the town "
                    + "reopened on Monday.\n\n\u201cNine soldiers died in the fighting.\u201d", "2025-01-13");
            assertThat(alone.claims()).extracting(c -> c.source().name()).as("no quoted speaker next to it").containsOnlyNulls();
        }

        @Test
        void aDocumentTitledAsABodysOwnIsThatBodysWhereNoSentenceNamesASpeaker() {
            Extraction e = ExtractorTestSupport.extract("Statement of the Special Operations Forces of the Armed Forces of Ukraine\n\n"
                    + "Operators carried out a raid on enemy positions near the river overnight.\n\nAs a result of the raid, 11 "
                    + "occupiers were eliminated and 5 more were wounded.", "2025-01-13");
            assertThat(e.claims()).extracting(c -> c.source().name())
                    .containsOnly("Special Operations Forces of the Armed Forces of Ukraine");
            Extraction summary = ExtractorTestSupport.extract("Russian Defence Ministry: summary of the day, 6 January\n\n"
                    + "In the Kursk direction, the losses of the Armed Forces of Ukraine amounted to up to 280 servicemen.",
                    "2025-01-13");
            assertThat(summary.claims()).extracting(c -> c.source().name()).containsOnly("Russian Defence Ministry");
            Extraction news = ExtractorTestSupport.extract("Fighting flares near the river\n\nAt least 11 soldiers were killed "
                    + "in the fighting overnight.", "2025-01-13");
            assertThat(news.claims()).extracting(c -> c.source().name()).as("a headline that is no document's title").containsOnlyNulls();
        }

        @Test
        void aSpeakerWhoConfirmsTheIncidentNextIsTheSourceOfItsFigures() {
            Extraction e = ExtractorTestSupport.extract("Kenya: one officer killed in Lamu blast\n\nAt least one police officer "
                    + "was killed and two others injured when their vehicle ran over an explosive device in Lamu County on Sunday "
                    + "evening.\n\nCoast regional police commander Daniel Oduor on Monday confirmed the incident, saying three "
                    + "officers are still missing.", "2025-01-13");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsOnly("Daniel Oduor");
            Extraction other = ExtractorTestSupport.extract("At least one police officer was killed in Lamu County on Sunday.\n\n"
                    + "The commander Daniel Oduor said roads in the county would reopen on Monday.", "2025-01-13");
            assertThat(other.claims()).extracting(c -> c.source().name()).as("speaking of something else").containsOnlyNulls();
        }

        @Test
        void aHeadlineRepetitionKeepsItsSideAndTakesTheBodysSource() {
            Extraction e = ExtractorTestSupport.extract("Three soldiers killed in ambush near Baidoa\n\nThree soldiers were "
                    + "killed on Tuesday, an army spokesman said.", "2025-01-13");
            assertThat(e.claims()).hasSize(1);
            assertThat(e.claims().get(0).source().name()).isEqualTo("an army spokesman");
        }

        @Test
        void theReportOfABodyNamedBeforeIsThatBodysReport() {
            Extraction e = ExtractorTestSupport.extract("The UN Human Rights Monitoring Mission in Ukraine published its quarterly "
                    + "report on Tuesday. According to the report, at least 512 civilians were killed between March and May.",
                    "2025-01-13");
            assertThat(onlyIn(e, Metric.KILLED).source().name()).contains("Monitoring Mission");
        }

        @Test
        void aSpeechVerbInATimeClauseYieldsToTheSentencesOwnVoiceButStandsAlone() {
            assertThat(only("At least 2,670 people have been killed since Israel declared war on Hamas, the Gaza health ministry "
                    + "said on Sunday.", Metric.KILLED).source().name()).contains("Health Ministry");
            assertThat(only("A day after the Baloch Liberation Army claimed 90 soldiers were killed in the ambush, the government "
                    + "gave no figure.", Metric.KILLED).source().name()).contains("Liberation Army");
        }

        @Test
        void aParticipleSpeechVerbSharesTheSubjectOfItsSentence() {
            assertThat(only("On Tuesday the Russian Defence Ministry released its own casualty data, saying that 498 servicemen "
                    + "had been killed.", Metric.KILLED).source().name()).isEqualTo("Russian Defence Ministry");
        }

        @Test
        void aReportWordAfterAPossessiveIsANounNotTheSpeaker() {
            assertThat(only("The ministry said in its daily report that 8,260 people were killed in the territory.", Metric.KILLED)
                    .source().name()).isEqualTo("ministry");
        }

        @Test
        void theNextSentenceOfTheSameParagraphContinuesTheAccount() {
            Extraction e = ExtractorTestSupport.extract("The mission documented 1,050 civilians killed in the region. "
                    + "Another 2,300 were injured.", "2025-01-13");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsOnly("mission");
        }
    }

    @Nested
    class SourceNamesKeepOwnerAndHead {
        @Test
        void plainNounsBeforeTheBodysHeadWordArePartOfItsName() {
            assertThat(only("Mines have killed nearly 390 people since the ceasefire, according to the national mine action agency.",
                    Metric.KILLED).source().name()).isEqualTo("national mine action agency");
            assertThat(only("At least 12 people died, according to the state news agency.", Metric.KILLED).source().name())
                    .isEqualTo("state news agency");
        }

        @Test
        void aDescriptionIsTheBodyNamedBeforeOnlyWhereItsOwnWordsFitThatName() {
            List<Claim> baku = claims("Azerbaijan's defence ministry said 192 servicemen were killed. Azerbaijan's interior ministry says "
                    + "four police officers were killed when their vehicle hit a landmine.");
            assertThat(baku).extracting(c -> c.low() + " " + c.source().name())
                    .containsExactly("192 Azerbaijan's Defence Ministry", "4 Interior Ministry");
            List<Claim> gaza = claims("The Ministry of Health in Gaza published new figures on Sunday. The health ministry said 40 people "
                    + "were killed overnight.");
            assertThat(gaza).extracting(c -> c.source().name()).containsExactly("Ministry of Health in Gaza");
            List<Claim> syria = claims("The Syrian Observatory for Human Rights said 12 fighters were killed. The Britain-based war "
                    + "monitor said four civilians were wounded.");
            assertThat(syria).extracting(c -> c.source().name()).containsOnly("Syrian Observatory for Human Rights");
        }

        @Test
        void aPagesLabelBeforeAHeadlinesColonIsNoSpeaker() {
            assertThat(only("Explainer: why 48,000 dead in Gaza is a disputed figure", Metric.KILLED).source().name()).isNull();
            assertThat(only("Analysis: Russia has lost 600,000 troops, but at what cost?", Metric.KILLED).source().name()).isNull();
            assertThat(only("Human Rights Watch: 130 civilians killed near Solenzo", Metric.KILLED).source().name())
                    .isEqualTo("Human Rights Watch");
        }

        @Test
        void aParticiplesSpeakerIsTheSubjectOfTheClauseItHangsOn() {
            assertThat(only("Islamic State claimed the raid through its Amaq outlet, saying its fighters had killed 16 soldiers.",
                    Metric.KILLED).source().name()).isEqualTo("Islamic State");
            assertThat(only("The regional governor spoke to reporters late on Friday, saying 40 people had been killed in the attack.",
                    Metric.KILLED).source().name()).isEqualTo("regional governor");
        }

        @Test
        void verbsThatRestateOrConcedeSpeakOnlyBeforeAThatClauseOrAQuotation() {
            Claim c = only("Russia's defence ministry has repeated that five of its peacekeepers were killed near Chankatagh.",
                    Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Russia's Defence Ministry");
            assertThat(c.party()).isEqualTo("Russia");
            assertThat(only("The army conceded that 14 soldiers had died in the ambush.", Metric.KILLED).source().name())
                    .isEqualTo("army");
            assertThat(only("Repeated strikes killed 12 people in Kharkiv, the governor said.", Metric.KILLED).source().name())
                    .isEqualTo("governor");
        }

        @Test
        void whoeverCitesASpeakerOnlyPassesTheFigureOn() {
            Claim c = only("According to the army chief of staff, General Omar Saranga, cited by the public broadcaster, the forces "
                    + "captured four terrorists on Sunday.", Metric.CAPTURED);
            assertThat(c.source().name()).isEqualTo("army chief of staff");
            assertThat(c.source().chain()).contains("public broadcaster");
            assertThat(only("Twelve soldiers were killed in the ambush, a toll cited by state media.", Metric.KILLED).source().name())
                    .isEqualTo("state media");
        }

        @Test
        void aUnitOfANamedSideIsNeverABareHead() {
            Claim c = only("Ukraine's special operations forces said they had killed 14 Russian soldiers near Kupiansk.", Metric.KILLED);
            assertThat(c.source().name()).containsIgnoringCase("special operations forces");
            assertThat(c.source().affiliation()).isEqualTo("Ukraine");
        }

        @Test
        void aDescribedUnitOfANamedSideIsNamedByItsDescriptionWithTheSideAsOwner() {
            Claim colombia = only("Colombia's special forces command said four rebels were killed in the raid.", Metric.KILLED);
            assertThat(colombia.source().name()).isEqualTo("Special Forces Command");
            assertThat(colombia.source().affiliation()).isEqualTo("Colombia");
            Claim ukraine = only("Ukraine's territorial defence brigade said 30 Russian soldiers had been killed.", Metric.KILLED);
            assertThat(ukraine.source().name()).isEqualTo("Territorial Defence Brigade");
            assertThat(ukraine.source().affiliation()).isEqualTo("Ukraine");
            assertThat(only("Kenya's police said 12 militants were killed.", Metric.KILLED).source().name())
                    .as("one word of description stays as written").isEqualTo("Kenya's police");
        }

        @Test
        void aDescriptionWithNoOwnerSpeaksForTheCountryOfTheReportsDateline() {
            assertThat(only("BAMAKO, Mali - The army said nine soldiers were killed in an ambush.", Metric.KILLED).source())
                    .extracting(s -> s.name(), s -> s.affiliation()).containsExactly("army", "Mali");
            assertThat(only("KYIV, Ukraine (AP) - Officials said 12 civilians were killed in overnight shelling.", Metric.KILLED)
                    .source().affiliation()).isEqualTo("Ukraine");
            assertThat(only("BEIRUT - Security sources told reporters that 5 Hezbollah fighters had died in the strikes.",
                    Metric.KILLED).source().affiliation()).isEqualTo("Lebanon");
        }

        @Test
        void aHealthAuthorityWithNoOwnerSpeaksForTheCountryWhoseDeadItCounts() {
            assertThat(only("CAIRO, Aug 15 - At least 40,005 Palestinians have been killed in Gaza, the health ministry said.",
                    Metric.KILLED).source().affiliation()).as("not the dateline's Egypt").isEqualTo("Palestine");
            assertThat(only("AMMAN - Health officials said 12 Syrians were killed in the shelling of Daraa.", Metric.KILLED)
                    .source().affiliation()).as("no health authority: the dateline's country, as before").isEqualTo("Jordan");
        }

        @Test
        void aDescriptionKeepsTheOwnerItsSentenceGivesAndNoReportOwnerIsInvented() {
            assertThat(only("KYIV - Russian officials said 40 of their soldiers had been captured.", Metric.CAPTURED).source().affiliation())
                    .as("the sentence's owner beats the dateline's").isEqualTo("Russia");
            assertThat(only("Officials said three people were killed.", Metric.KILLED).source().affiliation())
                    .as("no dateline and no country named: no owner").isNull();
            assertThat(only("MOSCOW - The Volkov Foundation said it had confirmed the names of 120 more soldiers killed.", Metric.KILLED)
                    .source().affiliation()).as("a proper name is no description").isNull();
        }

        @Test
        void aNamedSpokespersonOfAKnownBodyIsThatBodysVoiceBeforeOrAfterTheName() {
            Claim kremlin = only("Kremlin spokesman Dmitry Peskov said 40 soldiers were killed in the raid.", Metric.KILLED);
            assertThat(kremlin.source().chain()).containsExactly("Kremlin", "Dmitry Peskov");
            Claim pentagon = only("Pat Ryder, a Pentagon spokesman, told reporters 300 North Korean soldiers had died.", Metric.KILLED);
            assertThat(pentagon.source().chain()).containsExactly("Pentagon", "Pat Ryder");
            Claim ministry = only("Russian defence ministry spokesman Igor Konashenkov said 498 servicemen had been killed.", Metric.KILLED);
            assertThat(ministry.source().name()).isEqualTo("Russian Defence Ministry");
            assertThat(ministry.source().chain()).endsWith("Igor Konashenkov");
            assertThat(only("Kofi Mensah, a police spokesman, said three attackers were shot dead.", Metric.KILLED).source().name())
                    .as("no body the gazetteer knows: the person speaks").isEqualTo("Kofi Mensah");
        }

        @Test
        void aKnownBodyIsNamedAsTheReportWritesItsMostSpecificName() {
            assertThat(only("ADDIS ABABA - The Ethiopian National Defence Force said it had killed 120 militia fighters.", Metric.KILLED)
                    .source().name()).as("the report's spelling, not the lexicon's").isEqualTo("Ethiopian National Defence Force");
            Claim both = onlyIn(ExtractorTestSupport.extract("The Israel Defense Forces opened an inquiry on Monday.\n\n"
                    + "The Israeli military said 14 militants were killed in the raid.", "2024-05-06"), Metric.KILLED);
            assertThat(both.source().name()).as("a proper name the report gives beats its description").isEqualTo("Israel Defense Forces");
            assertThat(only("The Russian defence ministry said 40 Ukrainian soldiers had been captured.", Metric.CAPTURED).source().name())
                    .as("a proper name written in lower case is still that name").isEqualTo("Russian Defence Ministry");
            assertThat(only("Zelensky said 31 soldiers were killed in the strike.", Metric.KILLED).source().name())
                    .as("a person keeps the full name").isEqualTo("Volodymyr Zelenskyy");
        }

        @Test
        void aPersonOnTheGroundIsTheSpeakerAndThePlaceAfterThemOnlyLocatesThem() {
            Claim nurse = only("A nurse in Goma said 14 people had been killed in the shelling.", Metric.KILLED);
            assertThat(nurse.source().name()).isEqualTo("A nurse in Goma");
            assertThat(nurse.source().kind().wire()).isEqualTo("person");
            assertThat(only("A surgeon at the main hospital in Mekelle told reporters it had received 41 wounded fighters.",
                    Metric.WOUNDED).source().name()).as("a place of several words, found through the parse")
                    .isEqualTo("A surgeon at the main hospital in Mekelle");
            assertThat(only("An aid worker in Djibo said about 30 civilians were among the dead.", Metric.KILLED).source().name())
                    .isEqualTo("An aid worker in Djibo");
            assertThat(only("Residents of Kalma camp said nine people were killed overnight.", Metric.KILLED).source().name())
                    .as("not a place preposition: the whole phrase, as before").isEqualTo("Residents of Kalma camp");
            assertThat(only("The Ministry of Health in Gaza said 40 people were killed.", Metric.KILLED).source().name())
                    .as("a body's own name may hold a place").isEqualTo("Ministry of Health in Gaza");
        }

        @Test
        void anOfficialCountWithNoAuthorIsAnAnonymousOfficialSourceOfTheReportsCountry() {
            Claim figures = only("OUAGADOUGOU, Burkina Faso - Forty gendarmes died in the raid, according to official figures.", Metric.KILLED);
            assertThat(figures.source()).extracting(s -> s.name(), s -> s.kind().wire(), s -> s.affiliation())
                    .containsExactly("official figures", "government", "Burkina Faso");
            assertThat(only("According to the official version, 19 passengers were killed.", Metric.KILLED).source().name())
                    .isEqualTo("official version");
            assertThat(only("Seven soldiers were wounded, according to official data released on Monday.", Metric.WOUNDED).source().name())
                    .isEqualTo("official data");
            assertThat(only("According to official figures from the Health Ministry, 40 people were killed.", Metric.KILLED).source().name())
                    .as("a named author wins").isEqualTo("Health Ministry");
        }

        @Test
        void anUnnamedSpokespersonOfAKnownBodyIsThatBodyAndOnlyItsVoiceInTheChain() {
            Claim pentagon = only("A Defense Department spokesman said 300 soldiers had been killed.", Metric.KILLED);
            assertThat(pentagon.source().name()).as("the body as the report names it").isEqualTo("Defense Department");
            assertThat(pentagon.source().chain()).containsExactly("Defense Department", "A Defense Department spokesman");
            Claim kremlin = only("A Kremlin spokeswoman said five soldiers had died in the raid.", Metric.KILLED);
            assertThat(kremlin.source().name()).isEqualTo("Kremlin");
            assertThat(only("A spokesperson said seven soldiers died.", Metric.KILLED).source().name())
                    .as("no known body: the description stays").isEqualTo("A spokesperson");
        }
    }

    private static Claim onlyIn(Extraction e, Metric metric) {
        List<Claim> of = e.claims().stream().filter(c -> c.metric() == metric).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }


    /** The speech verb that governs a figure in the parse names its source, wherever the nearest verb stands. */
    @Nested
    class TheSpeakerThatGovernsTheFigure {
        @Test
        void aClaimInAClauseOfTimeIsItsOwnSpeakers() {
            List<Claim> all = asserted("A day after the Baloch Liberation Army claimed that 90 soldiers were killed in the convoy attack, "
                    + "Islamabad insisted that only five had died.");
            assertThat(all).extracting(c -> c.low() + " " + c.source().name())
                    .containsExactlyInAnyOrder("90 Baloch Liberation Army", "5 Islamabad");
        }

        @Test
        void aRelativeClauseOnTheSpeakerNamesNoSpeaker() {
            assertThat(only("Colonel Ahmed Musa, who spoke to reporters at the barracks in Maiduguri, said 12 insurgents were killed.",
                    Metric.KILLED).source().name()).isEqualTo("Ahmed Musa");
            assertThat(only("The governor, who flew to Goma on Monday, told reporters 40 people had died in the camps.",
                    Metric.KILLED).source().name()).containsIgnoringCase("governor");
        }

        @Test
        void aParticipleAfterAClauseSharesTheSubjectOfTheMainVerbNeverItsObject() {
            assertThat(only("The governor confirmed the attack on the market, saying 12 people were killed.", Metric.KILLED)
                    .source().name()).isEqualTo("governor");
            assertThat(only("Regional commander Amos Bett confirmed the ambush near the river crossing, saying four soldiers were killed.",
                    Metric.KILLED).source().name()).isEqualTo("Amos Bett");
            assertThat(only("Police chief Ana Duarte on Tuesday confirmed the raid which happened near the border post, saying two "
                    + "officers are missing.", Metric.MISSING).source().name())
                    .as("neither the clause the parser misread nor the counted people after the participle").isEqualTo("Ana Duarte");
        }

        @Test
        void anAccountGivenAsAPronounsIsTheLastSpeakers() {
            Claim c = only("District administrator Jean Mukendi told reporters the raids began at night. According to his account, "
                    + "the attackers killed nine villagers.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Jean Mukendi");
        }

        @Test
        void anAccountGivenAsAPronounsIsTheLastSpeakersAcrossAParagraph() {
            Claim c = onlyIn(ExtractorTestSupport.extract("Gunmen raided two villages overnight, Amina Bello, the local council chair, "
                    + "told reporters.\n\nAccording to her account, the attackers killed 14 farmers.", "2025-02-02"), Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Amina Bello");
            Claim report = onlyIn(ExtractorTestSupport.extract("The Syrian Observatory for Human Rights published its monthly report "
                    + "on Monday.\n\nAccording to its report, 212 civilians were killed in the month.", "2025-02-02"), Metric.KILLED);
            assertThat(report.source().name()).isEqualTo("Syrian Observatory for Human Rights");
        }

        @Test
        void aRelativeClauseWithCommasOfItsOwnNamesNoSpeaker() {
            assertThat(only("The spokesman, Col. Ahmed Musa, who briefed reporters at the defence headquarters, Abuja, said no fewer "
                    + "than 10 terrorists were captured.", Metric.CAPTURED).source().name()).isEqualTo("Ahmed Musa");
            assertThat(only("The Sudanese Doctors Network, which runs clinics in Khartoum, Omdurman and Bahri, said 31 civilians were "
                    + "killed.", Metric.KILLED).source().name()).isEqualTo("Sudanese Doctors Network");
            assertThat(only("Ukraine's General Staff, which publishes a daily tally, says Russia has lost 1,200 soldiers.",
                    Metric.CASUALTIES).source().name()).as("one clause, no apposition before it").isEqualTo("Ukraine's General Staff");
        }

        @Test
        void theSubjectOfTellingOrReportingSpeaksForAllItsFigures() {
            List<Claim> all = asserted("The regional health chief told local radio that 31 women and nine children were among the dead.");
            assertThat(all).hasSize(2).allSatisfy(c -> assertThat(c.source().name()).isEqualTo("regional health chief"));
        }

        @Test
        void captivesWhoseVerbStandsAfterALongListAreWhatTheVerbSays() {
            List<Claim> all = asserted("According to officials, 26 hostages, including 18 soldiers and police officers, "
                    + "three railway workers and five civilians, were killed.");
            assertThat(all).isNotEmpty().allSatisfy(c -> assertThat(c.metric()).isEqualTo(Metric.KILLED));
            assertThat(asserted("Police said 14 captives, among them two aid workers and a priest, were later found dead."))
                    .filteredOn(c -> c.low() == 14).extracting(Claim::metric).containsExactly(Metric.KILLED);
        }

        @Test
        void aParticipleOfSpeechSpeaksForTheSubjectOfItsClause() {
            assertThat(only("Mali's army blamed the ambush on jihadists, claiming that 15 attackers were killed in the chase.",
                    Metric.KILLED).source().name()).isEqualTo("Mali's army");
            assertThat(only("The Houthi-run ministry condemned the raid, saying 31 civilians had died.", Metric.KILLED).source().name())
                    .containsIgnoringCase("ministry");
        }

        @Test
        void aHeadlineCreditAfterASpacedDashIsItsSource() {
            assertThat(only("Gaza toll from Israeli strikes rises to 65 - Health Ministry", Metric.KILLED).source().name())
                    .isEqualTo("Health Ministry");
            assertThat(only("Rockets kill 4 in Kharkiv – regional governor", Metric.KILLED).source().name()).isEqualTo("regional governor");
            assertThat(only("Kyiv - Russian drones killed four people overnight, officials said.", Metric.KILLED).source().name())
                    .isEqualTo("officials");
        }

        @Test
        void aTimeWordCutOffByALineBreakNeverSpeaks() {
            assertThat(only("month said that at least 293 people were killed in attacks over the past year.", Metric.KILLED)
                    .source().name()).isNull();
        }

        @Test
        void theEnemyOfTwoSourcesIsEachOnesOwnEnemy() {
            List<Claim> all = asserted("The enemy lost 300 soldiers in the battle for the village, according to Ukrainian and Russian officials.");
            assertThat(all).extracting(c -> c.source().name() + ": " + c.party())
                    .containsExactlyInAnyOrder("Ukrainian officials: Russia", "Russian officials: Ukraine");
        }

        @Test
        void theSubjectOfTheClauseAHarmParticipleHangsOnIsTheAttacker() {
            Claim c = only("Turkey has carried out 13 drone strikes in northeast Syria since May, killing nine civilians, the monitor said.",
                    Metric.KILLED);
            assertThat(c.party()).isNotEqualTo("Turkey");
            Claim d = only("Russia launched 40 missiles at Kharkiv overnight, killing 12 people, the governor said.", Metric.KILLED);
            assertThat(d.party()).isNotEqualTo("Russia");
        }

        @Test
        void aPossessiveOnTheWeaponNamesTheAttacker() {
            assertThat(only("At least 65 people have been killed in Israel's bombardments, the ministry said.", Metric.KILLED).party())
                    .isNotEqualTo("Israel");
            assertThat(only("Twelve villagers died in Russia's shelling of the border town, the governor said.", Metric.KILLED).party())
                    .isNotEqualTo("Russia");
        }

        @Test
        void anArmedGroupsCountOfSoldiersIsOfTheStateItFights() {
            Claim c = only("The Baloch Liberation Army said its fighters killed 18 soldiers near Turbat.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("Pakistan");
            assertThat(c.source().name()).isEqualTo("Baloch Liberation Army");
        }
    }

    @Nested
    class ListsAndQuotedWords {
        @Test
        void aFigureInTheSourcesQuotedWordsIsStillTheVerbsObject() {
            assertThat(only("The militia said its men had killed \"dozens of government soldiers\" near the dam.", Metric.KILLED)
                    .qualifier()).isEqualTo(Qualifier.VAGUE);
            assertThat(only("Police said officers had killed \"scores\" of gang members in the raid.", Metric.KILLED).qualifier())
                    .isEqualTo(Qualifier.VAGUE);
            assertThat(only("The General Staff said troops had \"neutralised\" 48 terrorists in the north.", Metric.KILLED).low())
                    .isEqualTo(48);
            assertThat(only("An official said \"dozens\" of police officers had been killed in the ambush.", Metric.KILLED).role())
                    .isEqualTo(Role.MILITARY);
        }

        @Test
        void everyFormOfNeutraliseIsAKilling() {
            assertThat(only("The quick response allowed the army to neutralise 31 assailants.", Metric.KILLED).low()).isEqualTo(31);
            assertThat(only("Air strikes neutralizing 17 fighters were reported by the army.", Metric.KILLED).low()).isEqualTo(17);
        }

        @Test
        void aVagueWordRightAfterACasualtyVerbIsItsObject() {
            assertThat(claims("Shelling on the camp killed 12 civilians and wounded dozens, volunteers said."))
                    .extracting(Claim::metric).containsExactly(Metric.KILLED, Metric.WOUNDED);
            assertThat(only("The rockets killed hundreds, the mayor said.", Metric.KILLED).qualifier()).isEqualTo(Qualifier.VAGUE);
        }

        @Test
        void aListItemAfterThePreviousItemsOfPhraseOrAppositiveSharesItsVerb() {
            List<Claim> monitor = claims("Among the dead were 14 fighters of the Free Syrian Army, a coalition of rebel factions, "
                    + "nine Kurdish fighters and four civilians, the monitor said.");
            assertThat(monitor).extracting(Claim::low).containsExactly(14L, 9L, 4L);
            assertThat(monitor).extracting(Claim::metric).containsOnly(Metric.KILLED);
            List<Claim> sweida = claims("The clashes left 200 dead, including 40 tribal fighters, 31 members of the interior "
                    + "and defence ministries and 12 civilians.");
            assertThat(sweida).extracting(Claim::low).containsExactly(200L, 40L, 31L, 12L);
            List<Claim> war = claims("The war killed 1,460 Palestinians, according to a UN inquiry, and 66 people on the Israeli "
                    + "side, 60 of them soldiers.");
            assertThat(war).extracting(Claim::low).containsExactly(1460L, 66L, 60L);
            assertThat(war).filteredOn(c -> c.low() != 1460L).extracting(Claim::party).containsOnly("Israel");
        }

        @Test
        void aClauseOfItsOwnBetweenItemsEndsTheList() {
            assertThat(claims("The strike killed 14 soldiers of the brigade, the army said on Monday, and 30 reservists arrived later."))
                    .filteredOn(c -> c.metric() == Metric.KILLED).extracting(Claim::low).containsExactly(14L);
            assertThat(claims("Shelling killed 9 members of the guard, who had manned the post for weeks, and 30 villagers fled."))
                    .extracting(Claim::low).containsExactly(9L);
        }

        @Test
        void aPartWithItsOwnPeopleAfterOfThemIsABreakdownAConditionIsNot() {
            assertThat(claims("Fighting killed 40 people in the north, 25 of them fighters, medics said."))
                    .extracting(Claim::low).containsExactly(40L, 25L);
            assertThat(claims("Shelling wounded 30 people in the town, 11 of them seriously, medics said."))
                    .extracting(Claim::low).containsExactly(30L);
        }

        @Test
        void aDateInsideARunningTollIsNoFigure() {
            assertThat(claims("Strikes killed 12 people overnight, bringing the toll since March 2024 to 3,410 dead, the ministry said."))
                    .extracting(Claim::low).containsExactly(12L, 3410L);
            assertThat(claims("Kyiv said Russia lost 1,020 troops in a day, bringing the total since February 2022 to 640,000."))
                    .extracting(Claim::low).containsExactly(1020L, 640000L);
        }
    }

    @Nested
    class CaptivesAndOwners {
        @Test
        void prisonersOfWarOfACountrysForcesAreThatCountrys() {
            Claim c = only("Moscow said that 95 prisoners of war of the Armed Forces of Ukraine were handed over in return.",
                    Metric.CAPTURED);
            assertThat(c.party()).isEqualTo("Ukraine");
            assertThat(only("Twelve soldiers of the army of Burkina Faso were captured, the group said.", Metric.CAPTURED).party())
                    .isEqualTo("Burkina Faso");
        }

        @Test
        void detainedFightersAreCapturedDetainedCiviliansOrSuspectsAreArrests() {
            assertThat(only("The RSF said its units detained hundreds of army soldiers near the city.", Metric.CAPTURED).party())
                    .isEqualTo("Sudan");
            assertThat(claims("Police detained 40 protesters in the capital on Friday.")).isEmpty();
            assertThat(claims("The security service said it had detained 11 people, including the four gunmen.")).isEmpty();
        }

        @Test
        void aLossWordFollowedByAmongNamesWhoseLoss() {
            assertThat(only("A source close to the command said the toll among RSF fighters was \"about 300\".", Metric.KILLED)
                    .party()).isEqualTo("Rapid Support Forces");
            assertThat(only("The toll among Wagner fighters in the battle reached 600, a blogger said.", Metric.KILLED).party())
                    .isEqualTo("Wagner Group");
        }

        @Test
        void aPartOfTheAttackersIsTheGroupTheReportNamedHoweverFarBack() {
            Extraction e = ExtractorTestSupport.extract("Gunmen killed 30 villagers in Tillaberi, the ministry said, blaming the "
                    + "Islamic State in the Greater Sahara. \"They burned the granaries,\" a resident said. Survivors fled to "
                    + "the town. The government declared mourning. The army said 15 of the attackers were killed in pursuit.",
                    "2025-01-13");
            assertThat(e.claims()).filteredOn(c -> c.low() == 15).extracting(Claim::party)
                    .containsExactly("Islamic State Sahel Province");
        }

        @Test
        void theGroupsMembersAreTheGroupTheReportNamedUnlessTheGroupItselfSpeaks() {
            Extraction police = ExtractorTestSupport.extract("Members of the Gran Grif gang attacked the town. Survivors fled. "
                    + "Many homes burned. Police said officers had killed about a dozen of the gang's members on Sunday.", "2025-01-13");
            assertThat(police.claims()).filteredOn(c -> c.low() == 12).extracting(Claim::party).containsExactly("Gran Grif");
            Extraction own = ExtractorTestSupport.extract("An Islamic State suicide bomber struck the airport gate. Crowds had "
                    + "gathered for days. Flights continued. A Taliban official said at least 20 of the group's members were "
                    + "among the dead.", "2025-01-13");
            assertThat(own.claims()).filteredOn(c -> c.low() == 20).extracting(Claim::party).containsExactly("Taliban");
        }

        @Test
        void aMemberOfItsContingentIsTheSpeakersOwn() {
            assertThat(only("Uruguay confirmed the death of one member of its contingent in the fighting.", Metric.KILLED).party())
                    .isEqualTo("Uruguay");
            assertThat(only("Chad said two soldiers of its battalion had died near the lake.", Metric.KILLED).party())
                    .isEqualTo("Chad");
        }

        @Test
        void aResearchProjectsEstimateIsAssertedAForecastIsProjected() {
            assertThat(asserted("The Costs of War project estimates that about 70,000 soldiers and police were killed.")).hasSize(1);
            assertThat(asserted("Researchers project that 5,000 more soldiers could die this year.")).isEmpty();
        }

        @Test
        void aSpeakerTellingAnAudienceIsTheSource() {
            assertThat(only("The spokesman gave different figures, telling reporters that 58 soldiers had been killed.",
                    Metric.KILLED).source().name()).isEqualTo("spokesman");
        }
    }

    @Nested
    class TallyListsUnderAHeading {
        @Test
        void eachItemNamingPeopleUnderACasualtyHeadingIsAClaimEquipmentIsNot() {
            Extraction e = ExtractorTestSupport.extract("The General Staff of the Armed Forces of Ukraine informs.\n\n"
                    + "The total combat losses of the enemy from 24.02.2022 to 02.06.2025 are approximately:\n"
                    + "personnel – about 990 120 (+1 080) persons,\ntanks – 10 900 (+3),\narmoured personnel carriers – 22 700 (+9),\n"
                    + "artillery systems – 28 000 (+41).\n\nThe data are being updated.", "2025-06-02");
            assertThat(e.claims()).extracting(Claim::low).containsExactly(990120L, 1080L);
            assertThat(e.claims()).extracting(Claim::metric).containsOnly(Metric.CASUALTIES);
            assertThat(e.claims()).extracting(Claim::party).containsOnly("Russia");
            assertThat(e.claims()).extracting(c -> c.source().name()).containsOnly("General Staff of the Armed Forces of Ukraine");
        }

        @Test
        void aMonitorsLabelledLinesTakeTheMetricOfTheTotalTheHeadingRefersTo() {
            Extraction e = ExtractorTestSupport.extract("The monitor has documented the deaths of 5120 people since March.\n\n"
                    + "The casualties are as follows:\n\nCivilians: 2210\n\nFighters from Hezbollah: 310\n\n"
                    + "Government soldiers and officers: 1900\n\nArmoured vehicles destroyed: 75\n\n"
                    + "The monitor said the real toll is probably higher.", "2025-01-13");
            assertThat(e.claims()).extracting(Claim::low).containsExactly(5120L, 2210L, 310L, 1900L);
            assertThat(e.claims()).extracting(Claim::metric).containsOnly(Metric.KILLED);
            assertThat(e.claims()).filteredOn(c -> c.low() == 310).extracting(Claim::party).containsExactly("Hezbollah");
            assertThat(e.claims()).filteredOn(c -> c.low() == 2210).extracting(Claim::role).containsExactly(Role.CIVILIAN);
        }

        @Test
        void aListNotUnderACasualtyHeadingIsNoTally() {
            assertThat(claims("The convoy carried the following:\nsoldiers – 40\ntrucks – 12\n")).isEmpty();
        }

        @Test
        void aCasualtyWordRightBeforeAColonTakesTheFigureAfterIt() {
            assertThat(only("The president gave the number of soldiers dead: 1,300 people.", Metric.KILLED).low()).isEqualTo(1300);
            assertThat(claims("Toll of the night. Killed: 14. Injured: 52.")).extracting(Claim::metric)
                    .containsExactly(Metric.KILLED, Metric.WOUNDED);
        }
    }

    @Nested
    class SourcesThatGiveAToll {
        @Test
        void whoeverRaisesOrGivesATollStatesIt() {
            assertThat(only("Regional governor Oleh Syniehubov raises the toll to 17, including a child.", Metric.KILLED)
                    .source().name()).isEqualTo("Oleh Syniehubov");
            assertThat(only("The ministry later revised its toll to 58.", Metric.KILLED).source().name()).isEqualTo("ministry");
            assertThat(only("The civil defence agency gave a higher toll of 32 dead.", Metric.KILLED).source().name())
                    .isEqualTo("civil defence agency");
            assertThat(only("New strikes raised the death toll to 40 overnight.", Metric.KILLED).source().name()).isNull();
        }

        @Test
        void aPlaceAfterTheSpeakerOnlyLocatesIt() {
            assertThat(only("The International Crisis Group (ICG) in Brussels estimated that 3,000 fighters had died.", Metric.KILLED)
                    .source().name()).isEqualTo("International Crisis Group");
            assertThat(only("Local women's groups in Beni said at least 60 villagers were killed.", Metric.KILLED).source().name())
                    .startsWith("Local women's groups");
        }
    }

    @Nested
    class WhereTheReportHappens {
        @Test
        void anAttackersOrSendersNameSaysWhoNotWhere() {
            Extraction e = ExtractorTestSupport.extract("Ten years of war: Yemen's dead remain uncounted\n\n"
                    + "Saudi air strikes began in 2015. Saudi forces shelled the border for years, and Saudi officials rarely "
                    + "comment. Saudi troops still patrol the frontier.\n\nA monitor has recorded more than 150,000 deaths "
                    + "from fighting since then.", "2025-03-26");
            assertThat(e.claims()).filteredOn(c -> c.low() == 150000).extracting(Claim::party).containsExactly("Yemen");
        }

        @Test
        void aCountryAfterInIsThePlaceEvenWhenStrikeWordsFollowInAnotherPhrase() {
            assertThat(only("Officials say 24 people have been killed in Israel by Iranian missile strikes since Friday.",
                    Metric.KILLED).party()).isEqualTo("Israel");
            assertThat(only("Sixteen people were killed in U.S. and British air strikes on Hodeidah, the ministry said.",
                    Metric.KILLED).party()).isNotEqualTo("United States");
        }

        @Test
        void theParticipleBeforeARiseVerbDescribesThePeopleCounted() {
            assertThat(only("According to Kyiv, the number of Russian soldiers killed exceeds 54,000.", Metric.KILLED).party())
                    .isEqualTo("Russia");
        }
    }

    @Nested
    class SpeakersAndTheirOwn {
        @Test
        void continuedTagsSpeechOnlyBeforeAQuoteOrThatClause() {
            Extraction e = ExtractorTestSupport.extract("Defence Ministry summary, 3 May.\n\nUnits of the Zapad group of forces "
                    + "continued the advance near Kupiansk. The enemy lost up to 220 servicemen.", "2025-05-03");
            assertThat(e.claims()).extracting(c -> c.source().name()).doesNotContain("Units of the Zapad group of forces");
        }

        @Test
        void armouredPersonnelCarriersAreNoPeople() {
            assertThat(claims("The enemy's losses amounted to 230 servicemen and two armoured personnel carriers, the ministry said."))
                    .extracting(Claim::low).containsExactly(230L);
        }

        @Test
        void anAllyNamedBeforeAnAcronymsNameIsNoPartOfIt() {
            assertThat(Acronyms.trimName("al-Qaeda-affiliated Group for the Support of Islam and Muslims", "JNIM"))
                    .isEqualTo("Group for the Support of Islam and Muslims");
        }

        @Test
        void itsOwnFightersAreTheSpeakingGroupsNotAGroupNamedNearby() {
            Extraction e = ExtractorTestSupport.extract("The Group for the Support of Islam and Muslims (JNIM) said its men killed "
                    + "40 soldiers and 12 members of the VDP militia near Djibo. It said six of its own fighters had been killed.",
                    "2025-05-16");
            assertThat(e.claims()).filteredOn(c -> c.low() == 6).extracting(Claim::party).containsExactly("JNIM");
        }
    }

    @Nested
    class ClausesASpeakerOpens {
        @Test
        void aFigureRightAfterASpeechVerbLeadsTheReportedClause() {
            Claim c = only("The army chief said 2,000 Ugandan soldiers were in the country.", Metric.DEPLOYED);
            assertThat(c.low()).isEqualTo(2000);
            assertThat(c.party()).isEqualTo("Uganda");
            assertThat(only("The commander told reporters 300 soldiers died in the assault.", Metric.KILLED).source().name())
                    .isEqualTo("commander");
        }

        @Test
        void theBodyARelativeClauseIsAboutSpeaksThroughIt() {
            assertThat(only("The figures come from Airwars, which has counted 1,200 civilian deaths.", Metric.KILLED)
                    .source().name()).isEqualTo("Airwars");
            assertThat(only("Most cite the Uppsala Conflict Data Program, which has recorded about 8,000 deaths.", Metric.KILLED)
                    .source().name()).contains("Uppsala Conflict Data Program");
        }

        @Test
        void killedOrMaimedIsOneCasualtyFigure() {
            assertThat(only("UNICEF said 11,500 children had been killed or maimed since the war began.", Metric.CASUALTIES).low())
                    .isEqualTo(11500);
        }
    }

    @Nested
    class ExchangesAndDataThatShow {
        @Test
        void soldiersReturnedFromTheOtherSidesTerritoryWereCaptives() {
            Claim c = only("The defence ministry said 103 Russian servicemen had been returned from territory controlled by Kyiv.",
                    Metric.CAPTURED);
            assertThat(c.party()).isEqualTo("Russia");
            assertThat(only("On Friday, 84 soldiers were returned from territory held by the enemy.", Metric.CAPTURED).low())
                    .isEqualTo(84);
        }

        @Test
        void dataThatShowSpeakForTheirOwnerEvenWithWordsBetween() {
            assertThat(only("OCHA's data for the West Bank show that 212 Palestinians were killed there this year.",
                    Metric.KILLED).source().name()).isEqualTo("OCHA");
            assertThat(claims("The photographs show 12 soldiers, officials said.")).isEmpty();
        }
    }

    @Nested
    class TitlesMassingAndPhrasesBetween {
        @Test
        void aSpokespersonsTitleBeforeTheNameSaysWhomTheySpeakFor() {
            Extraction e = ExtractorTestSupport.extract("The spokesman of the Eastern Defence Forces of Ukraine, Petro Ivanenko, "
                    + "said the enemy had lost 140 soldiers over the past day.", "2025-03-03");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Russia");
            assertThat(e.claims().get(0).source().affiliation()).isEqualTo("Ukraine");
        }

        @Test
        void troopsAmassedOrConcentratedAreDeployed() {
            assertThat(only("Officials said Russia has amassed 90,000 troops near the border.", Metric.DEPLOYED).low()).isEqualTo(90000);
            assertThat(only("The enemy has concentrated about 12 000 personnel near Pokrovsk, the spokesman said.", Metric.DEPLOYED)
                    .low()).isEqualTo(12000);
        }

        @Test
        void aPhraseOfPlaceAfterAVerbEndsItsObjectAfterANounItOnlyModifiesIt() {
            assertThat(only("Officials said 6,500 people were killed in the battle for the two towns.", Metric.KILLED).low())
                    .isEqualTo(6500);
            assertThat(only("The enemy's losses in the Lyman direction were up to 75 servicemen.", Metric.CASUALTIES).high())
                    .isEqualTo(75);
        }
    }

    @Nested
    class GazaAndTheWestBankArePlaces {
        @Test
        void aReportFromGazaIsAboutPalestineWhateverItsSecondDateline() {
            Extraction e = ExtractorTestSupport.extract("GAZA/CAIRO, Aug 3 (Wire) — Aid queues in Gaza drew crowds again. Shelling "
                    + "hit tents in Gaza overnight. Israeli fire killed at least 27 people on Sunday, the civil defence agency said.",
                    "2025-08-03");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Palestine");
        }

        @Test
        void onATieTheCountryTheReportNamesFirstIsWhereItHappens() {
            Extraction e = ExtractorTestSupport.extract("Fighters crossed into southern Israel at dawn. The attack killed about 1,200 "
                    + "people, a spokesman said. They took hostages back to Gaza.", "2024-10-07");
            assertThat(e.claims()).filteredOn(c -> c.low() == 1200).extracting(Claim::party).containsExactly("Israel");
        }

        @Test
        void aBorderNamedAfterAPlaceIsNoPlaceOfTheStory() {
            Extraction e = ExtractorTestSupport.extract("Gunmen broke through the Gaza border fence and attacked villages in "
                    + "southern Israel. The attack killed about 1,200 people, officials said.", "2024-10-07");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Israel");
        }
    }

    @Nested
    class QuotedPeopleAndTheirEnemy {
        @Test
        void aQuotationClosingOnThePeopleLeavesTheVerbAfterItTheirs() {
            assertThat(only("The group said \"more than 60 government soldiers\" had been killed in the assault.", Metric.KILLED).low())
                    .isEqualTo(60);
            assertThat(only("The militia said \"40 soldiers\" were killed near the dam.", Metric.KILLED).role())
                    .isEqualTo(Role.MILITARY);
        }

        @Test
        void enemyTroopsCountedByAnArmedGroupAreThoseOfTheStateItFights() {
            assertThat(only("The Kachin Independence Army said more than 100 enemy troops had been killed.", Metric.KILLED).party())
                    .isEqualTo("Myanmar");
        }
    }

    @Nested
    class ASideAtWarCountsItsOwnCivilians {
        @Test
        void civiliansCountedByAStateVoiceWithNoPlaceAreThatStatesInAReportFromElsewhere() {
            Extraction e = ExtractorTestSupport.extract("GAZA, Oct 13 (Wire) — Crowds gathered in Gaza as buses arrived. Aid "
                    + "trucks waited in Gaza. The Israeli military says the Red Cross has handed over the remains of four "
                    + "deceased hostages.", "2025-10-13");
            assertThat(e.claims()).extracting(Claim::party).containsExactly("Israel");
        }
    }

    @Nested
    class TheSpeakersOwnSideCarriesToABareFigure {
        @Test
        void woundedCountedBareAfterTheSpeakersOwnDeadAreTheSpeakersSide() {
            Extraction e = ExtractorTestSupport.extract("NEW DELHI, May 14 (Wire) — India and Pakistan agreed a ceasefire. Indian "
                    + "officials said 16 civilians died in India. Pakistan's military said 11 of its soldiers and airmen were killed "
                    + "and 78 wounded.", "2025-05-14");
            assertThat(e.claims()).filteredOn(c -> c.metric() == Metric.WOUNDED).extracting(Claim::party).containsExactly("Pakistan");
        }

        @Test
        void inOtherWordsAndAnotherWar() {
            Extraction e = ExtractorTestSupport.extract("KYIV, June 3 (Wire) — Fighting went on near Kupiansk in Ukraine. Russia's "
                    + "defence ministry said 14 of its servicemen had died and 40 were hurt.", "2025-06-03");
            assertThat(e.claims()).filteredOn(c -> c.low() == 40).extracting(Claim::party).containsExactly("Russia");
        }
    }

    @Nested
    class ASpeakerIsNotTheOneWhoHarmed {
        @Test
        void aWeaponAfterASpeechVerbIsNotTheSpeakers() {
            Extraction e = ExtractorTestSupport.extract("NEW DELHI, May 14 (Wire) — India and Pakistan agreed a ceasefire. Indian "
                    + "officials said 16 civilians died in India. Pakistan said the missiles hit mosques and homes and killed 31 "
                    + "civilians.", "2025-05-14");
            assertThat(e.claims()).filteredOn(c -> c.low() == 31).extracting(Claim::party).containsExactly("Pakistan");
        }

        @Test
        void norIsTheDroneAfterAVerbThatReportsIt() {
            Extraction e = ExtractorTestSupport.extract("BEIRUT, Oct 2 (Wire) — Israel and Lebanon traded fire across the border. "
                    + "Israeli officials said 3 soldiers died in Israel. Lebanon says the drones struck a school and killed 12 "
                    + "civilians.", "2024-10-02");
            assertThat(e.claims()).filteredOn(c -> c.low() == 12).extracting(Claim::party).containsExactly("Lebanon");
        }

        @Test
        void whileAPartysOwnWeaponsStillNameTheAttacker() {
            assertThat(only("Russian guided bombs killed nine civilians in Kharkiv on Sunday.", Metric.KILLED).party()).isEqualTo("Ukraine");
        }
    }

    @Nested
    class AHealthBodyReportsTheDeadWhereItWorks {
        @Test
        void deathsReportedByAGroupsHealthOfficialsAreThoseOfThePlaceNotTheGroup() {
            assertThat(only("Houthi health officials have reported more than 200 deaths in strikes across northern Yemen.",
                    Metric.KILLED).party()).isEqualTo("Yemen");
        }

        @Test
        void inOtherWords() {
            assertThat(only("Hamas medical officials recorded 40 deaths in Gaza overnight.", Metric.KILLED).party()).isEqualTo("Palestine");
        }

        @Test
        void whileASideThatReportsItsOwnLossesStillOwnsThem() {
            assertThat(only("Russia reported 40 deaths among its servicemen after the strike.", Metric.KILLED).party()).isEqualTo("Russia");
        }
    }

    @Nested
    class ATollPutHigherOrLower {
        @Test
        void aCommaAfterTheComparativeDoesNotCutTheTollFromItsFigure() {
            Claim c = only("The foreign ministry put the civilian toll higher, at more than 500.", Metric.KILLED);
            assertThat(c.low()).isEqualTo(500);
            assertThat(c.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        }

        @Test
        void inOtherWords() {
            assertThat(only("Local officials put the death toll even higher, at 80.", Metric.KILLED).low()).isEqualTo(80);
            assertThat(only("Rescuers put the number of wounded lower, at 45.", Metric.WOUNDED).low()).isEqualTo(45);
        }
    }

    @Nested
    class WordsForKillingThatNameTheManner {
        @Test
        void beheadedMurderedAndHackedToDeathAreKillings() {
            assertThat(only("Insurgents beheaded six farmers near the village, local sources said.", Metric.KILLED).low()).isEqualTo(6);
            assertThat(only("Gunmen murdered 12 villagers in Zamfara overnight.", Metric.KILLED).low()).isEqualTo(12);
            assertThat(only("Three soldiers were hacked to death by the mob.", Metric.KILLED).low()).isEqualTo(3);
        }

        @Test
        void slaughteredAnimalsAreNoClaim() {
            assertThat(claims("The militia slaughtered 40 cattle and burned the market.")).isEmpty();
        }
    }

    @Nested
    class AStateThatStrikesAtHomeHitsItsOwnPeople {
        @Test
        void peopleKilledByTheirOwnStatesForcesInsideItAreThatCountrys() {
            assertThat(only("The Myanmar military killed 19 people in an air attack on a village in Sagaing region, the militia said.",
                    Metric.KILLED).party()).isEqualTo("Myanmar");
        }

        @Test
        void inOtherWordsAndOtherWars() {
            assertThat(only("A Nigerian military air strike killed 85 villagers in Kaduna state, officials said.", Metric.KILLED).party())
                    .isEqualTo("Nigeria");
            assertThat(only("Sudanese army air strikes killed 40 civilians in a market in Nyala, activists said.", Metric.KILLED).party())
                    .isEqualTo("Sudan");
        }

        @Test
        void whileSoldiersItKillsAtHomeAreNotItsOwnAndAStrikeAbroadHitsThePlace() {
            assertThat(only("An Israeli strike killed 14 people in Nuseirat, medics said.", Metric.KILLED).party()).isEqualTo("Palestine");
            assertThat(only("Russian forces killed 200 soldiers in the Kursk region, the ministry in Moscow said.", Metric.KILLED).party())
                    .isNotEqualTo("Russia");
        }

        @Test
        void aPossessorBeforeABombardmentNamesTheAttackerNotThePlace() {
            Extraction e = ExtractorTestSupport.extract("GAZA, May 11 (Wire) — Strikes went on overnight. \"As many as 65 people have been "
                    + "killed in Israel's bombardments,\" the health ministry in Gaza said.", "2023-05-11");
            assertThat(e.claims()).extracting(Claim::party).containsOnly("Palestine");
        }
    }

    @Nested
    class ACasualtyWordPastTheWindowsThatTheParseBinds {
        @Test
        void peopleWhoseLongNameAndAsideOutrunTheWindowsAreStillTheSubjectOfTheirFate() {
            List<Claim> all = claims("A security source said 60 soldiers and 20 members of the Volunteers for the Defence of the Homeland, "
                    + "the army's auxiliaries, were among the dead.");
            assertThat(all).extracting(Claim::metric, Claim::low).contains(
                    org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 60L), org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 20L));
        }

        @Test
        void inOtherWords() {
            assertThat(only("Police said 23 officers of the Federal Police, the force that guards the oil fields in the north of the "
                    + "country, were killed in the ambush.", Metric.KILLED).low()).isEqualTo(23);
        }
    }

    @Nested
    class ARunningTotalAfterAVerbThatTookItsObject {
        @Test
        void theAttackerBeforeTheVerbIsNotThePeopleOfTheTotal() {
            List<Claim> all = claims("Syria's health ministry said Turkish drones had killed nine people on Sunday, bringing the total "
                    + "since March to 310.");
            assertThat(all).extracting(Claim::low).containsExactlyInAnyOrder(9L, 310L);
            assertThat(all).extracting(Claim::party).doesNotContain("Turkey");
        }

        @Test
        void lossesRaisedToATotalCountWhatTheFigureBeforeCounts() {
            List<Claim> all = claims("The army said three soldiers were killed near the border on Friday, bringing its losses in the "
                    + "campaign to 41.");
            assertThat(all).extracting(Claim::metric, Claim::low).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 3L), org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 41L));
        }

        @Test
        void inOtherWords() {
            List<Claim> all = claims("Russian shelling killed four civilians in Kherson on Tuesday, taking the number killed in the region "
                    + "this month to 37, the governor said.");
            assertThat(all).extracting(Claim::party).containsOnly("Ukraine");
        }
    }

    @Nested
    class LinesThatAreTheirOwnLabel {
        private static final String UPDATE = "Sudan: Situation Report No. 14 (as of 30 June)\n\n"
                + "HEADLINE NUMBERS\n"
                + "According to the Federal Ministry of Health, as of 30 June:\n"
                + "Killed since the truce collapsed on 4 May: 1 204\n"
                + "Injured since 4 May: 3 310\n"
                + "Wounded admitted to the field hospital in Omdurman: 77\n"
                + "People displaced since May: about 240 000\n\n"
                + "The next report will be issued in July.";

        @Test
        void aCasualtyWordInTheLabelGivesTheFigureAfterTheColonItsMetric() {
            List<Claim> all = ExtractorTestSupport.extract(UPDATE, "2025-07-01").claims();
            assertThat(all).extracting(Claim::metric, Claim::low).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 1204L),
                    org.assertj.core.groups.Tuple.tuple(Metric.WOUNDED, 3310L),
                    org.assertj.core.groups.Tuple.tuple(Metric.WOUNDED, 77L));
        }

        @Test
        void theLinesCarryOnTheSourceOfTheLineThatIntroducesThemAndALabelIsNoSpeaker() {
            List<Claim> all = ExtractorTestSupport.extract(UPDATE, "2025-07-01").claims();
            assertThat(all).extracting(c -> c.source().name()).containsOnly("Federal Ministry of Health");
        }

        @Test
        void aPassiveHeadingsSpeakerIsTheOneAfterBy() {
            String text = "Strikes went on overnight.\n\nA tally by province published by the state news agency IRNA listed the "
                    + "following:\n\nTehran province: 140 martyred\nIsfahan: 22 martyred";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-06-20").claims();
            assertThat(all).extracting(Claim::low).containsExactly(140L, 22L);
            assertThat(all).extracting(c -> c.source().name()).containsOnly("IRNA");
        }

        @Test
        void placesListedUnderACasualtyHeadingAreItsCountsAndThingsAreNot() {
            String text = "Kachin rebels overran three army posts last week.\n\n"
                    + "Deaths by township, according to a local monitoring group:\n"
                    + "Bhamo township: 41\n"
                    + "Momauk town: 17\n"
                    + "Tanks: 4\n"
                    + "MLRS: 2";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-01-13").claims();
            assertThat(all).extracting(Claim::low).containsExactlyInAnyOrder(41L, 17L);
            assertThat(all).extracting(Claim::metric).containsOnly(Metric.KILLED);
        }
    }

    @Nested
    class ASidesOwnLosses {
        @Test
        void lostNOfTheirOwnIsALossOfTheSpeakersSideNotOfThePeopleItKilled() {
            List<Claim> all = claims("The Arakan Army said its fighters had killed 43 junta troops and lost seven of their own.");
            assertThat(all).extracting(Claim::low).containsExactly(43L, 7L);
            assertThat(all).filteredOn(c -> c.low() == 7).extracting(Claim::party).containsExactly("Arakan Army");
        }

        @Test
        void inOtherWords() {
            Claim own = claims("Mozambique's army said it had repelled an attack on Mocimboa da Praia, killing 20 insurgents and losing "
                    + "four of its own soldiers.").stream().filter(c -> c.low() == 4).findFirst().orElseThrow();
            assertThat(own.party()).isEqualTo("Mozambique");
            assertThat(own.metric()).isIn(Metric.KILLED, Metric.CASUALTIES);
            assertThat(claims("Police in Zamfara said they lost three of their own in the ambush.")).extracting(Claim::low)
                    .containsExactly(3L);
        }
    }

    @Nested
    class ASpanOfTimeAfterTheCountedPeople {
        @Test
        void isNoCompoundThatCountsThings() {
            assertThat(only("Shelling killed 12 people days after the truce was signed.", Metric.KILLED).low()).isEqualTo(12);
            assertThat(only("The strike wounded 30 soldiers hours before the talks.", Metric.WOUNDED).low()).isEqualTo(30);
            assertThat(claims("The army lost 12 armoured personnel carriers in the battle.")).isEmpty();
        }
    }

    @Nested
    class WordsTheLexiconMissed {
        @Test
        void aTollPutAtAFigureHoweverLongItsObject() {
            Claim c = only("The Yemeni Rights Network, which tracks casualties, put the civilian death toll from the week of air raids on "
                    + "and around Hodeidah at more than 70.", Metric.KILLED);
            assertThat(c.low()).isEqualTo(70);
            assertThat(c.source().name()).isEqualTo("Yemeni Rights Network");
            assertThat(only("Local officials put the number of people wounded in two days of shelling across the region at 214.",
                    Metric.WOUNDED).low()).isEqualTo(214);
        }

        @Test
        void thoseABodyHasBuriedAreDead() {
            assertThat(only("\"We have buried 31 villagers and the search goes on,\" the chief said.", Metric.KILLED).low()).isEqualTo(31);
            assertThat(only("The militia said it had buried 12 of its fighters near the river.", Metric.KILLED).low()).isEqualTo(12);
            assertThat(claims("Twelve people were buried under the rubble, rescuers said.")).isEmpty();
        }
    }

    @Nested
    class APossessiveOpeningAParagraphPointsBackToTheBodySpeaking {
        @Test
        void itsFiguresAreThatBodysEvenPastTheParagraphBreak() {
            Extraction e = ExtractorTestSupport.extract("The Kivu Security Tracker said on Friday that 212 civilians had been killed "
                    + "in Ituri since January.\n\nIts count of all the dead in the province stood at 540.", "2025-06-06");
            assertThat(e.claims()).extracting(Claim::low).containsExactly(212L, 540L);
            assertThat(e.claims()).extracting(c -> c.source().name()).containsOnly("Kivu Security Tracker");
        }
    }

    @Nested
    class ABulletinsHeadingsAndLetterheadSpeakForItsLines {
        private static final String SNAPSHOT = "YEMEN: Monthly Protection Snapshot\n"
                + "Issued by the Protection Cluster | 3 March 2025\n\n"
                + "ATTACKS ON SCHOOLS (Education Cluster, January - February 2025)\n"
                + "Incidents recorded: 31\n"
                + "Children killed: 9\n"
                + "Children injured: 22\n\n"
                + "MEASLES (Ministry of Public Health and Population, since January)\n"
                + "Suspected cases: 4 100\n"
                + "Associated deaths: 57\n\n"
                + "CIVILIAN HARM\n"
                + "Civilians killed (verified by the UN human rights office): 64\n"
                + "Civilians injured: 140\n\n"
                + "In Taiz, shelling of a market killed at least 12 people, local officials said.";

        @Test
        void theBodyInAHeadingsBracketCountedTheLabelLinesBeneathIt() {
            List<Claim> all = ExtractorTestSupport.extract(SNAPSHOT, "2025-03-04").claims();
            assertThat(all).filteredOn(c -> c.low() == 9 || c.low() == 22).extracting(c -> c.source().name())
                    .containsOnly("Education Cluster");
        }

        @Test
        void aLabelsSpeechWordIsNoSpeakerButItsVerifiedByIs() {
            List<Claim> all = ExtractorTestSupport.extract(SNAPSHOT, "2025-03-04").claims();
            assertThat(all).filteredOn(c -> c.low() == 64 || c.low() == 140).extracting(c -> c.source().name())
                    .containsOnly("UN human rights office");
            assertThat(all).extracting(c -> c.source().name()).doesNotContain("Incidents");
        }

        @Test
        void deathsUnderADiseasesHeadingAreNoWarClaims() {
            List<Claim> all = ExtractorTestSupport.extract(SNAPSHOT, "2025-03-04").claims();
            assertThat(all).extracting(Claim::low).doesNotContain(57L, 4100L).contains(9L, 22L, 64L, 140L, 12L);
        }

        @Test
        void aSectionHeadedByACountryCountsThatCountrysPeople() {
            String text = "Lake Chad Basin Monitor - Monthly Overview, March 2025\n\n"
                    + "NIGER\nIncidents: 41 | Reported fatalities: 133, including 58 civilians.\n\n"
                    + "CHAD\nIncidents: 12 | Reported fatalities: 47\n\n"
                    + "CAMEROON\nReported fatalities: 29\n";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-04-03").claims();
            assertThat(all).extracting(Claim::low, Claim::party).contains(
                    org.assertj.core.groups.Tuple.tuple(133L, "Niger"),
                    org.assertj.core.groups.Tuple.tuple(58L, "Niger"),
                    org.assertj.core.groups.Tuple.tuple(47L, "Chad"),
                    org.assertj.core.groups.Tuple.tuple(29L, "Cameroon"));
        }

        @Test
        void aLineThatIsALabelAndItsFigureIsNoWrappedLine() {
            String text = "KIVU CONFLICT MONITOR\nHalf-year figures, January to June 2025\n\n"
                    + "Civilians killed in attacks by armed groups: 612\n"
                    + "Civilians killed in army operations and air strikes: 148\n"
                    + "Soldiers and police officers killed in ambushes: 97\n"
                    + "Aid workers and health staff injured in attacks: 41\n"
                    + "Kidnappings recorded by the monitor in the period: 230\n"
                    + "Schools and clinics damaged or looted by fighters: 88\n";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-07-02").claims();
            assertThat(all).extracting(Claim::low).contains(612L, 148L, 97L, 41L);
        }

        @Test
        void aMinistrysLetterheadOverItsNumberedCommuniqueIsTheAuthorOfItsUnvoicedFigures() {
            String text = "REPUBLIC OF CHAD\nUnity - Work - Progress\n\nMINISTRY OF THE ARMED FORCES\nOffice of the Chief of Staff\n\n"
                    + "COMMUNIQUE No. 014/MFA/CEM\n\n"
                    + "On Sunday 9 March, a patrol of our forces came under fire near Bol, in the Lac province.\n\n"
                    + "In the fighting that followed, four soldiers were killed and nine others wounded, while 22 assailants were "
                    + "neutralised.\n\nN'Djamena, 10 March 2025";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-03-10").claims();
            assertThat(all).extracting(Claim::low).contains(4L, 9L);
            assertThat(all).extracting(c -> c.source().name()).containsOnly("Ministry of the Armed Forces");
        }

        @Test
        void aMonitorsOwnNameOverItsOverviewIsTheAuthor() {
            String text = "Lake Chad Conflict Tracker - Quarterly Overview, Q1 2025\nMaiduguri, 4 April 2025\n\n"
                    + "Jihadist attacks in Borno killed at least 214 civilians in the quarter, and 63 soldiers died in raids on bases.";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-04-04").claims();
            assertThat(all).extracting(Claim::low).contains(214L, 63L);
            assertThat(all).extracting(c -> c.source().name()).containsOnly("Lake Chad Conflict Tracker");
        }

        @Test
        void aNewsHeadlineWithNoDocumentsTitleNamesNoAuthor() {
            String text = "Army post overrun in Lac province\n\nFour soldiers were killed in an attack near Bol on Sunday.";
            assertThat(ExtractorTestSupport.extract(text, "2025-03-10").claims()).extracting(c -> c.source().name()).containsOnly((String) null);
        }

        @Test
        void aVoiceRightAfterTheFigureOutranksASpeechVerbInTheNextClause() {
            Claim c = only("Britain lost 457 service personnel in Afghanistan, according to defence ministry records, while a "
                    + "Kabul-based watchdog estimates that 38,000 Afghan civilians died.", Metric.CASUALTIES);
            assertThat(c.source().name()).containsIgnoringCase("defence ministry");
        }
    }

    @Nested
    class TheWordsOfArmyPressReleases {
        @Test
        void sacrificeShahadatAndTheSupremePriceAreDeaths() {
            assertThat(only("Five servicemembers sacrificed their lives while defending the outpost.", Metric.KILLED).low()).isEqualTo(5);
            assertThat(only("Two Frontier Corps soldiers embraced shahadat in the exchange of fire.", Metric.KILLED).low()).isEqualTo(2);
            assertThat(only("Sadly, 3 soldiers paid the supreme price during the clearance operation.", Metric.KILLED).low()).isEqualTo(3);
            assertThat(only("Two policemen made the ultimate sacrifice when the convoy was ambushed.", Metric.KILLED).low()).isEqualTo(2);
        }

        @Test
        void fightersSentToHellAreDeadAndKhwarijAreThePakistaniTaliban() {
            Claim c = only("After a heavy exchange of fire, 12 khwarij were sent to hell, the military's media wing said.", Metric.KILLED);
            assertThat(c.low()).isEqualTo(12);
            assertThat(c.party()).isEqualTo("Tehrik-i-Taliban Pakistan");
        }

        @Test
        void anAcronymTheReportDefinedForAGroupNamesTheCountedPeoplesSide() {
            List<Claim> all = ExtractorTestSupport.extract("Fighters of the so-called Arakan Army (AA) stormed "
                    + "the outpost before dawn.\n\nAfter the battle the bodies of 19 AA terrorists were found near the road.", "2024-03-02")
                    .claims();
            assertThat(all).extracting(Claim::low, Claim::party).containsExactly(org.assertj.core.groups.Tuple.tuple(19L, "Arakan Army"));
        }

        @Test
        void theStatesServicemembersAreNotTheArmedGroupMostCounted() {
            List<Claim> all = ExtractorTestSupport.extract("Myanmar's junta said fighters of the Arakan Army (AA) attacked a base in "
                    + "Rakhine State.\n\nThe bodies of 30 AA fighters were found, and 12 AA fighters were captured.\n\n"
                    + "Four servicemembers were killed and nine others wounded.", "2024-03-02").claims();
            assertThat(all).filteredOn(c -> c.low() == 4).extracting(Claim::party).doesNotContain("Arakan Army");
        }

        @Test
        void aHyphenatedNameWrittenWithSpacesIsTheSameBody() {
            String text = "INTER SERVICES PUBLIC RELATIONS\nNo PR-212/2025-ISPR          Rawalpindi - 3 May 2025\n\n"
                    + "Security forces conducted an operation in North Waziristan. Eleven khwarij were killed in the operation.";
            assertThat(ExtractorTestSupport.extract(text, "2025-05-03").claims()).extracting(c -> c.source().name())
                    .containsOnly("Inter-Services Public Relations");
        }
    }

    @Nested
    class HostagesSetFreeAndTheCrewsOfShips {
        @Test
        void peopleRescuedFromKidnappersAreNoCaptivesOfWar() {
            assertThat(claims("Troops pursued the bandits and rescued 35 hostages from a forest camp.")).isEmpty();
            assertThat(claims("Police rescued 12 kidnapped passengers near the highway on Sunday.")).isEmpty();
            assertThat(only("The gang is still holding 40 hostages, the police said.", Metric.CAPTURED).low()).isEqualTo(40);
        }

        @Test
        void aMerchantShipsCrewTakesNoCountryFromThePlaceOrTheReport() {
            Extraction e = ExtractorTestSupport.extract("SANAA, Yemen - A Houthi drone boat struck a bulk carrier off Hodeidah, "
                    + "killing four seafarers, the maritime agency said.", "2025-07-10");
            assertThat(e.claims()).extracting(Claim::low, Claim::party).containsExactly(org.assertj.core.groups.Tuple.tuple(4L, null));
            assertThat(claims("A missile hit the tanker in the Gulf of Aden, killing three of its crew, two of them Filipino."))
                    .extracting(Claim::low, Claim::party).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3L, null),
                            org.assertj.core.groups.Tuple.tuple(2L, "Philippines"));
        }
    }

    @Nested
    class ALabelNamesItsOwnCounter {
        @Test
        void aBracketBeforeTheColonOrAsReportedByNamesWhoCounted() {
            String text = "FLASH UPDATE: fighting in Kadugli\n\nKEY FIGURES\n"
                    + "- People killed in the town, 3-6 May (local sources): more than 120\n"
                    + "- Injured, as reported by hospitals in Kadugli: over 300\n"
                    + "- Civilians killed in South Kordofan since January (OHCHR): at least 1\u00A0020\n";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-05-07").claims();
            assertThat(all).extracting(Claim::low, c -> c.source().name()).contains(
                    org.assertj.core.groups.Tuple.tuple(120L, "local sources"),
                    org.assertj.core.groups.Tuple.tuple(1020L, "OHCHR"));
            assertThat(all).filteredOn(c -> c.low() == 300).extracting(c -> c.source().name()).singleElement()
                    .asString().startsWith("hospitals");
        }

        @Test
        void aParticipleBeforeTheCountedNounIsNoSpeechVerb() {
            List<Claim> all = claims("The monitor recorded 410 political violence events and 1 930 reported fatalities in Sudan in May, "
                    + "up from 1 610 reported fatalities in April.");
            assertThat(all).extracting(c -> c.source().name()).containsOnly("monitor");
        }

        @Test
        void aStatementNumberInBracketsStillTitlesTheLetterhead() {
            String text = "Republic of Yemen\nMinistry of Public Health and Population\nPress Statement No. (31)\n\n"
                    + "The raids on the fuel port resulted in the martyrdom of 40 citizens and the injury of 90 others.";
            assertThat(ExtractorTestSupport.extract(text, "2025-04-20").claims()).extracting(c -> c.source().name())
                    .containsOnly("Ministry of Public Health and Population");
        }
    }

    @Nested
    class TheTollOfAnAttackersAggression {
        @Test
        void aSideWhoseAggressionOrShellingTheTollCountsIsTheAttacker() {
            assertThat(only("The cumulative toll of the Israeli enemy's aggression on Lebanon has risen to 3 100 martyrs.",
                    Metric.KILLED).party()).isEqualTo("Lebanon");
            assertThat(only("The toll of Russia's bombardment of Kharkiv has climbed to 19 dead, the governor said.", Metric.KILLED)
                    .party()).isNotEqualTo("Russia");
            assertThat(only("The toll of the Saudi-led coalition's air raids on Saada rose to 61 killed, rebel media said.",
                    Metric.KILLED).party()).isNotEqualTo("Saudi Arabia");
        }

        @Test
        void aSidesOwnLossesNamedTheSameWayStayItsOwn() {
            assertThat(only("The losses of the Russian army have risen to 4,100 soldiers.", Metric.CASUALTIES).party()).isEqualTo("Russia");
        }
    }

    @Nested
    class OfficialNumbersAndTheWoundedBySeverity {
        @Test
        void aNumberInWordsRepeatedInDigitsIsOneFigure() {
            assertThat(only("Ten (10) soldiers lost their lives with arms in hand.", Metric.KILLED).low()).isEqualTo(10);
            assertThat(claims("On the friendly side:\n- three (3) gendarmes killed;\n- one (1) missing.")).extracting(Claim::metric, Claim::low)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 3L), org.assertj.core.groups.Tuple.tuple(Metric.MISSING, 1L));
        }

        @Test
        void thoseHurtBadlyAmongTheWoundedAreNoSecondClaim() {
            assertThat(claims("The army said 14 soldiers were wounded, including four (4) seriously.")).extracting(Claim::low).containsExactly(14L);
            assertThat(claims("The hospital said 80 people were wounded, 11 of them in critical condition.")).extracting(Claim::low)
                    .containsExactly(80L);
            assertThat(claims("Seven were wounded, two of them seriously, and three were killed.")).extracting(Claim::metric, Claim::low)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Metric.WOUNDED, 7L), org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 3L));
        }

        @Test
        void aFigureOfTheSeriouslyWoundedIsStillAClaim() {
            assertThat(only("The blast killed five and left 12 seriously injured, police said.", Metric.WOUNDED).low()).isEqualTo(12);
        }
    }

    @Nested
    class ACommuniquesSideLabels {
        private static final String RELEASE = "REPUBLIC OF CHAD\nMINISTRY OF THE ARMED FORCES\nCOMMUNIQUE No. 021\n\n"
                + "On the night of 3 to 4 April, a group of Boko Haram terrorists attacked the military post of Barkaram.\n\n"
                + "The provisional toll is as follows:\n"
                + "- On the friendly side: 6 soldiers fallen on the field of honour and 9 wounded;\n"
                + "- On the enemy side: 31 terrorists neutralised and 5 taken prisoner.\n\n"
                + "N'Djamena, 5 April 2025";

        @Test
        void theLabelInTheLineGivesTheSideOfTheTollAfterIt() {
            List<Claim> all = ExtractorTestSupport.extract(RELEASE, "2025-04-05").claims();
            assertThat(all).extracting(Claim::low, Claim::party).contains(
                    org.assertj.core.groups.Tuple.tuple(6L, "Chad"),
                    org.assertj.core.groups.Tuple.tuple(9L, "Chad"),
                    org.assertj.core.groups.Tuple.tuple(31L, "Boko Haram"),
                    org.assertj.core.groups.Tuple.tuple(5L, "Boko Haram"));
        }

        @Test
        void aLabelOverTheListGivesTheSideOfEachItem() {
            String text = "REPUBLIC OF NIGER\nMINISTRY OF NATIONAL DEFENCE\nCOMMUNIQUE No. 031\n\n"
                    + "Units of the FDS were attacked near Ayorou by fighters of the Islamic State Sahel Province.\n\n"
                    + "On the enemy side:\n- about twenty (20) terrorists neutralised;\n\n"
                    + "On the friendly side:\n- four (4) soldiers killed;\n- seven (7) wounded.";
            List<Claim> all = ExtractorTestSupport.extract(text, "2025-04-05").claims();
            assertThat(all).filteredOn(c -> c.low() == 20).extracting(Claim::party).containsExactly("Islamic State Sahel Province");
            assertThat(all).filteredOn(c -> c.low() == 4 || c.low() == 7).extracting(Claim::party).containsOnly("Niger");
        }

        @Test
        void theLetterheadsStateIsWhomItsOfficeSpeaksFor() {
            assertThat(ExtractorTestSupport.extract(RELEASE, "2025-04-05").claims()).extracting(c -> c.source().affiliation())
                    .containsOnly("Chad");
        }
    }

    @Nested
    class DisastersNamedInThePlural {
        @Test
        void earthquakesAftershocksAndStormsAreNoWar() {
            assertThat(claims("Twin earthquakes and their aftershocks have killed 1 480 people in the province, the disaster ministry said."))
                    .isEmpty();
            assertThat(claims("Storms that swept the coast left 37 dead and 90 injured, officials said.")).isEmpty();
            assertThat(claims("The number of guests who died in a fire that tore through a wedding hall rose to 107, the health directorate said."))
                    .isEmpty();
        }

        @Test
        void deathsOfHungerInAWarStillCount() {
            assertThat(claims("Six more people died of starvation in Gaza, bringing the toll from hunger to 175, the health ministry said."))
                    .extracting(Claim::low).containsExactly(6L, 175L);
        }
    }

    @Nested
    class ALiveEntrysVoice {
        @Test
        void anUpdateFromAVoiceBeforeTheColonIsThatVoices() {
            Extraction e = ExtractorTestSupport.extract("Odesa strike: live\n\n09:40 GMT - Update from the regional governor: the toll has "
                    + "risen to 11 dead.\n\n10:15 - Latest from the emergency service: 23 people were injured.", "2025-03-09");
            assertThat(e.claims()).extracting(Claim::low, c -> c.source().name()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(11L, "regional governor"),
                    org.assertj.core.groups.Tuple.tuple(23L, "emergency service"));
        }

        @Test
        void thePeopleAPassiveConfirmsOrReportsAreNoSpeaker() {
            assertThat(only("Kharkiv live.\n\nFourteen people are now confirmed dead after the strike.", Metric.KILLED).source().name()).isNull();
            assertThat(only("Nine deaths have been reported by the health ministry in the district.", Metric.KILLED).source().name())
                    .isEqualTo("health ministry");
        }
    }

    @Nested
    class PeopleSaidAfterwardsToBeTheSpeakersOwn {
        @Test
        void deadOfItsOwnAndDeadThatWereItsFightersAreTheSpeakersSide() {
            assertThat(only("Pakistan's army later acknowledged 453 dead of its own in the fighting.", Metric.KILLED).party())
                    .isEqualTo("Pakistan");
            assertThat(only("Islamic Jihad's al-Quds Brigades said two of the dead were its fighters.", Metric.KILLED).party())
                    .isEqualTo("Palestinian Islamic Jihad");
            assertThat(only("Hamas said three of those killed were members of its armed wing.", Metric.KILLED).party()).isEqualTo("Hamas");
        }

        @Test
        void aPossessiveInAnotherClauseSaysNothingOfThem() {
            assertThat(only("Police said 12 people were killed, and their families were informed.", Metric.KILLED).party()).isNull();
        }
    }

    @Nested
    class AGroupsAttackInAnotherOfItsWars {
        @Test
        void aPlaceOfTheGroupsOtherWarOutranksItsMainEnemy() {
            assertThat(only("Marib: 12 soldiers killed in Houthi drone attack on army camp", Metric.KILLED).party()).isEqualTo("Yemen");
            assertThat(only("Two people were killed in Tel Aviv in a Houthi missile attack.", Metric.KILLED).party()).isEqualTo("Israel");
        }
    }
    @Nested
    class AnOutletQuotingAVoice {
        @Test
        void theOneQuotedAsSayingCountedAndTheOutletRelays() {
            Claim c = only("The daily quoted the prime minister's office as saying that 28 people had been killed by the missiles.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("prime minister's office");
            assertThat(only("A local radio station quoted police as putting the toll at 12 dead in the market.", Metric.KILLED).source().name())
                    .isEqualTo("police");
            assertThat(only("Kabul's Tolo News quotes a hospital official as saying nine wounded were brought in overnight.", Metric.WOUNDED)
                    .source().name()).isEqualTo("hospital official");
        }
    }

    @Nested
    class ALabelsOwnWords {
        @Test
        void aSpeechWordBeforeALabelsColonNamesNoSpeaker() {
            assertThat(only("KEY FIGURES\nCivilian casualties verified: 1 986", Metric.CASUALTIES).source().name()).isNull();
            assertThat(only("Deaths reported: 40", Metric.KILLED).source().name()).isNull();
        }

        @Test
        void aLetterheadNamingTwoBodiesIsTheFirstOnesWork() {
            String text = "SOMALIA: Protection of Civilians Snapshot, 2024\n\nCivilian Protection Unit (CPU), UN Mission in Somalia (UNMS) "
                    + "| Mogadishu, 3 March 2025\n\nKEY FIGURES\nCivilians killed: 702\nCivilians injured: 1 190";
            assertThat(ExtractorTestSupport.extract(text, "2025-03-03").claims()).extracting(c -> c.source().name())
                    .containsOnly("Civilian Protection Unit");
        }
    }
    @Nested
    class UnnamedAttackersFarFromAnyName {
        @Test
        void theOneArmedGroupTheReportNamedIsTheirs() {
            String text = "09:40 The Baloch Liberation Army said it had seized the train near Mach.\n\n10:15 Railway officials said the line "
                    + "was closed.\n\n11:00 Passengers were moved to Sibi by road.\n\n16:20 Security sources: 16 hijackers have been killed.";
            assertThat(ExtractorTestSupport.extract(text, "2025-03-11").claims()).filteredOn(c -> c.low() == 16)
                    .extracting(Claim::party).containsExactly("Baloch Liberation Army");
        }

        @Test
        void aRunningTotalOrAnEstimateMaySpanGroupsTheReportNeverNamed() {
            String text = "Hamas fighters attacked a post near the fence on Monday. The army said the area was sealed. Roads were shut. "
                    + "The army says 1 250 militants have been killed in the territory so far this year.";
            assertThat(ExtractorTestSupport.extract(text, "2025-03-11").claims()).filteredOn(c -> c.low() == 1250)
                    .extracting(Claim::party).containsOnlyNulls();
        }
    }

    @Nested
    class AVoiceOpeningALiveEntry {
        @Test
        void aBodyBeforeTheColonOfAClauseIsItsSource() {
            assertThat(only("14:10 Police: three people were shot dead at the checkpoint.", Metric.KILLED).source().name()).isEqualTo("Police");
            assertThat(only("Security sources: nine soldiers have been wounded.", Metric.WOUNDED).source().name()).isEqualTo("Security sources");
        }

        @Test
        void aNameBeforeAColonThatOpensAQuotationIsTheSpeaker() {
            String text = "The commander, Col. Ahmed Farah, spoke at noon. Col. Farah: \"Four of the raiders were captured alive.\"";
            assertThat(only(text, Metric.CAPTURED).source().name()).isEqualTo("Ahmed Farah");
        }

        @Test
        void aLabelLineIsNoVoice() {
            String text = "CASUALTIES BY PERPETRATOR (UN mission)\nAl-Shabaab: 1 129\nClan militias: 402\n\n"
                    + "Fighting between two clan militias left 19 people dead.";
            assertThat(ExtractorTestSupport.extract(text, "2025-03-11").claims()).filteredOn(c -> c.low() == 19)
                    .extracting(c -> c.source().name()).doesNotContain("al-Shabaab");
        }
    }
    @Nested
    class AVerbOfCountingBeforeItsFigure {
        @Test
        void whoNamesListsOrAttributesAFigureCountedIt() {
            assertThat(only("Both sides later published lists. Georgia's interior ministry names 171 servicemen killed.", Metric.KILLED)
                    .source().name()).containsIgnoringCase("interior ministry");
            assertThat(only("The Iraq Body Count project attributed 4 200 civilian deaths that year to car bombs.", Metric.KILLED)
                    .source().name()).startsWith("Iraq Body Count");
            assertThat(only("The Hezbollah media office has listed 37 fighters killed since Monday.", Metric.KILLED).source().name())
                    .contains("Hezbollah");
        }

        @Test
        void aPassiveOfThoseVerbsNamesNoOne() {
            assertThat(only("Kharkiv live.\n\nThe 12 victims were named on Friday after the strike killed 12 people.", Metric.KILLED)
                    .source().name()).isNull();
        }

        @Test
        void aForeignNamesLinkingWordsBelongToTheName() {
            assertThat(only("The Observatorio de Violencia Organizada attributed 7 800 killings in 2024 to criminal groups.", Metric.KILLED)
                    .source().name()).isEqualTo("Observatorio de Violencia Organizada");
        }
    }
    @Nested
    class PartsThatNameTheirPeopleAfterACopula {
        @Test
        void ofWhomNWereXIsAPartWithItsOwnRole() {
            List<Claim> all = claims("The monitor recorded 640 deaths in the province, of whom 212 were civilians and 97 were policemen.");
            assertThat(all).extracting(Claim::low).containsExactly(640L, 212L, 97L);
            assertThat(all).filteredOn(c -> c.low() == 212).extracting(Claim::role).containsExactly(Role.CIVILIAN);
        }

        @Test
        void aListOfPartsEachWithItsCopula() {
            assertThat(claims("The governor put the number of passengers killed at 31, of whom 20 were soldiers, 6 were railway staff "
                    + "and 5 were civilians.")).extracting(Claim::low).containsExactly(31L, 20L, 6L, 5L);
        }

        @Test
        void aSentenceThatOpensInTheDeadJustCounted() {
            assertThat(claims("Gunmen killed 52 people in the state, the prosecutor said. Of the dead, 30 were police officers."))
                    .extracting(Claim::low).containsExactly(52L, 30L);
            assertThat(claims("The ministry said 150 people were killed. Of those, it said, 61 were soldiers."))
                    .extracting(Claim::low).containsExactly(150L, 61L);
        }

        @Test
        void ageGenderAndSeverityPartsAreNoClaims() {
            assertThat(claims("The strike killed 40 people, of whom 12 were children and 9 were women.")).extracting(Claim::low)
                    .containsExactly(40L);
            assertThat(claims("The army said 57 soldiers were wounded, of whom 12 were in critical condition.")).extracting(Claim::low)
                    .containsExactly(57L);
        }
    }
    @Nested
    class PrisonersReturnedInAnExchange {
        @Test
        void thoseFreedInTheSwapAfterTheCopulaAreCaptives() {
            assertThat(claims("Among those freed in the exchange are 52 servicemen and 6 civilians.")).extracting(Claim::metric, Claim::low)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Metric.CAPTURED, 52L), org.assertj.core.groups.Tuple.tuple(Metric.CAPTURED, 6L));
        }

        @Test
        void defendersWhoCameHomeWereCaptives() {
            assertThat(only("The headquarters said 103 defenders had come home on Saturday.", Metric.CAPTURED).low()).isEqualTo(103L);
            assertThat(only("Another 40 soldiers came home from captivity in the second stage.", Metric.CAPTURED).low()).isEqualTo(40L);
        }
    }
    @Nested
    class PeopleWhoSpeakAsAGroup {
        @Test
        void bloggersVolunteersAndActivistsAreVoicesOfTheirOwn() {
            assertThat(claims("JNIM claimed 50 Russians killed. Russian pro-war bloggers put the Wagner dead at 80 or more."))
                    .extracting(c -> c.source().name()).containsExactly("JNIM", "Russian pro-war bloggers");
            assertThat(claims("The army said 12 soldiers died. Local activists said 30 civilians were killed.")).extracting(c -> c.source().name())
                    .containsExactly("army", "Local activists");
            assertThat(only("Paramilitaries stormed the camp, killing at least 40 civilians, the volunteers said.", Metric.KILLED).source().name())
                    .isEqualTo("volunteers");
        }
    }
    @Nested
    class AnOutletReportingAnothersCount {
        @Test
        void theOneTheFigureIsCreditedToAfterwardsCountedIt() {
            Claim c = only("Radio Dabanga says shells hit the teaching hospital on Tuesday, wounding 14 patients, according to a doctor there.",
                    Metric.WOUNDED);
            assertThat(c.source().name()).isEqualTo("doctor");
            assertThat(c.source().chain()).contains("Radio Dabanga");
        }

        @Test
        void aBodyThatSpeaksKeepsTheFigureItsSourceOnlyPassedOn() {
            assertThat(only("The ministry said 12 people were killed in the raid, according to state media.", Metric.KILLED).source().name())
                    .isEqualTo("ministry");
        }
    }
    @Nested
    class AGeneralStaffTally {
        @Test
        void theDaysIncreaseInBracketsStandsBeforeThePeople() {
            assertThat(only("The General Staff said about 998 200 (+1 090) persons had been liquidated.", Metric.KILLED).low())
                    .isEqualTo(998_200L);
        }

        @Test
        void aFigureTheKilledAndTheWoundedAfterItAddUpToIsCasualties() {
            List<Claim> all = claims("The brigade said 117 occupiers were neutralised over the day, 71 of them liquidated and 46 wounded.");
            assertThat(all).extracting(Claim::metric, Claim::low).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Metric.CASUALTIES, 117L), org.assertj.core.groups.Tuple.tuple(Metric.KILLED, 71L),
                    org.assertj.core.groups.Tuple.tuple(Metric.WOUNDED, 46L));
            assertThat(claims("Police said 12 people were killed in the raid and 30 were wounded, 8 of them seriously."))
                    .extracting(Claim::metric).containsExactly(Metric.KILLED, Metric.WOUNDED);
        }

        @Test
        void theEnemyOfAnOwnerlessGeneralStaffIsTheEnemyOfTheReportsCountry() {
            String text = "KYIV - Ukrainian defenders repelled 48 assaults near Pokrovsk. \"In this direction alone, 117 occupiers were "
                    + "neutralised, 71 of them liquidated and 46 wounded,\" the General Staff said.";
            assertThat(ExtractorTestSupport.extract(text, "2025-06-16").claims()).extracting(Claim::party).containsOnly("Russia");
        }
    }
    @Nested
    class ACountryByCountryList {
        @Test
        void eachBulletedCountryIsThatCountrysDead() {
            String text = "Reported fatalities in May, by country:\n• Chad: 210 (40 events)\n• Cameroon: 95 (22 events)\n";
            assertThat(ExtractorTestSupport.extract(text, "2025-06-10").claims()).extracting(Claim::party, Claim::low).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Chad", 210L), org.assertj.core.groups.Tuple.tuple("Cameroon", 95L));
        }

        @Test
        void aListByPerpetratorNamesTheDoersNotTheVictims() {
            String text = "Civilian casualties by alleged perpetrator:\n• Ethiopia: 140\n• Fano militias: 77\n";
            assertThat(ExtractorTestSupport.extract(text, "2025-06-10").claims()).extracting(Claim::party).doesNotContain("Ethiopia");
        }

        @Test
        void aDocumentsTitleBeforeAColonIsNoSpeaker() {
            String text = "Regional Overview: Lake Chad Basin | May 2025\n\nReported fatalities in May, by country:\n• Chad: 210\n";
            assertThat(ExtractorTestSupport.extract(text, "2025-06-10").claims()).extracting(c -> c.source().name()).containsOnlyNulls();
        }
    }
    @Nested
    class ADisasterUpdateWithAConflictBackground {
        @Test
        void itsKeyFiguresAreNoWarDeadThoughItsContextNamesAWar() {
            String text = "Libya: Derna floods - Flash Update No. 2\n\nSITUATION\nTwo dams burst after a storm, flooding the city.\n\n"
                    + "KEY FIGURES\nDeaths: 3 900\nInjured: 2 100\n\nCONTEXT\nThe city was held for years by armed groups during the civil war.";
            assertThat(ExtractorTestSupport.extract(text, "2023-09-20").claims()).isEmpty();
        }

        @Test
        void aConflictNamedBeforeTheFiguresStillKeepsThem() {
            String text = "Floods and fighting in Darfur\n\nHeavy rain flooded camps this week. Fighting between the army and the RSF "
                    + "went on near El Fasher.\n\nKEY FIGURES\nDeaths: 61";
            assertThat(ExtractorTestSupport.extract(text, "2024-08-20").claims()).extracting(Claim::low).containsExactly(61L);
        }
    }
    @Nested
    class AFigureThatRestatesAnother {
        @Test
        void anotherVoicesFigureForTheSameDeadIsOfTheSameSide() {
            List<Claim> all = claims("The PKK fought Turkish troops near Hakkari. The group later acknowledged 120 fighters killed; Turkish "
                    + "officials put the figure at about 400.");
            assertThat(all).extracting(Claim::low).containsExactly(120L, 400L);
            assertThat(all).extracting(Claim::party).containsOnly("Kurdistan Workers' Party");
        }
    }
    @Nested
    class AFurtherFigureCarriesOnItsVoice {
        @Test
        void aFurtherNAfterAHeadingIsStillTheSameSources() {
            String text = "The monitoring group recorded 33 people killed in March.\n\nINJURIES\nA further 80 people were injured, 52 of them civilians.";
            assertThat(ExtractorTestSupport.extract(text, "2025-04-02").claims()).extracting(c -> c.source().name())
                    .containsOnly("monitoring group");
        }
    }
    @Nested
    class APartNamedBeforeItsWhole {
        @Test
        void aRoleAmongTheDeadIsAClaimOfItsOwn() {
            assertThat(claims("Six policemen among 14 dead in Port-au-Prince gang raid")).extracting(Claim::low, Claim::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(6L, Role.MILITARY), org.assertj.core.groups.Tuple.tuple(14L, Role.UNKNOWN));
            assertThat(claims("Three journalists were among 22 people killed in the strike, the union said.")).extracting(Claim::low)
                    .containsExactly(3L, 22L);
        }

        @Test
        void anAgeGroupAmongTheDeadIsNone() {
            assertThat(claims("Forty schoolchildren were among about 60 people killed in the attack.")).extracting(Claim::low)
                    .containsExactly(60L);
            assertThat(claims("Five children among 31 dead after strike on market")).extracting(Claim::low).containsExactly(31L);
        }
    }
    @Nested
    class AUnitsNumber {
        @Test
        void aNumberBeforeACapitalisedUnitsNameIsNoFigure() {
            assertThat(claims("The army said Sepoy Ram Lal of 7 Field Regiment was killed by shelling.")).extracting(Claim::low)
                    .doesNotContain(7L);
            assertThat(claims("Troops of 16 Air Assault Brigade killed 4 Taliban fighters.")).extracting(Claim::low).containsExactly(4L);
        }

        @Test
        void aGroupsNameAfterAFigureStillCountsItsPeople() {
            assertThat(claims("12 Wagner Group fighters were killed near the border.")).extracting(Claim::low).containsExactly(12L);
        }
    }
    @Nested
    class AStatesVoiceOnAnotherStatesStrikes {
        @Test
        void thePeopleHitAreTheVoicesOwn() {
            assertThat(only("ISLAMABAD - The Pakistan Army says 12 people were killed and 30 wounded in the Indian strikes.", Metric.KILLED)
                    .party()).isEqualTo("Pakistan");
        }

        @Test
        void aVoiceFromOutsideTheReportsWarCountsNobodysOwn() {
            assertThat(only("The Pentagon said Israeli strikes killed 30 people overnight.", Metric.KILLED).party()).isNotEqualTo("United States");
        }
    }
    @Nested
    class ATickerLineOpenedByItsPlace {
        @Test
        void thePlaceBeforeTheColonIsWhereTheDeadWere() {
            String ticker = "TOP STORIES | Friday 3 October 2025\n\n"
                    + "• Misrata clashes: 5 dead, hospital says\n"
                    + "• Iraq: roadside bomb near Kirkuk kills 3 shepherds\n"
                    + "• Afghanistan: Taliban say 6 ISKP militants killed in Kunar\n"
                    + "• Pakistan: 9 soldiers killed in Kurram ambush, military says";
            assertThat(ExtractorTestSupport.extract(ticker, "2025-10-03").claims()).extracting(Claim::low, Claim::party).contains(
                    org.assertj.core.groups.Tuple.tuple(5L, "Libya"), org.assertj.core.groups.Tuple.tuple(3L, "Iraq"));
        }

        @Test
        void aPlaceAndItsIncidentLabelTheLineToo() {
            assertThat(only("Kherson shelling: 4 dead, regional head says", Metric.KILLED).party()).isEqualTo("Ukraine");
        }

        @Test
        void aLabelsLastPartBeforeTheColonNamesTheCountryToo() {
            String text = "At a glance\n• Reported fatalities, Mali: 512\n• Reported fatalities, Chad: 77\n";
            assertThat(ExtractorTestSupport.extract(text, "2025-06-10").claims()).extracting(Claim::low, Claim::party).contains(
                    org.assertj.core.groups.Tuple.tuple(512L, "Mali"), org.assertj.core.groups.Tuple.tuple(77L, "Chad"));
        }

        @Test
        void theSidesOwnNameStillBeatsTheLabel() {
            assertThat(only("Ukraine: Russian forces lost 900 troops in a day, Kyiv says", Metric.CASUALTIES).party()).isEqualTo("Russia");
        }
    }
    @Nested
    class TroopsASideHoldsSomewhere {
        @Test
        void aSideThatKeepsOrHasSoldiersInAPlaceDeploysThem() {
            assertThat(only("Turkey keeps about 3,000 soldiers of its task force in northern Cyprus.", Metric.DEPLOYED))
                    .extracting(Claim::low, Claim::party).containsExactly(3000L, "Turkey");
            assertThat(only("Lithuania has some 1,200 troops helping its border guards along the frontier, the minister said.",
                    Metric.DEPLOYED).party()).isEqualTo("Lithuania");
        }

        @Test
        void theRelativeWordStandsForTheSideBeforeIt() {
            assertThat(only("Chad, which has about 1,000 soldiers and gendarmes in Niger, said it would stay.", Metric.DEPLOYED).party())
                    .isEqualTo("Chad");
        }

        @Test
        void aBaseThatHousesTroopsIsTheirPlace() {
            assertThat(only("The outpost houses roughly 200 U.S. Marines and sailors.", Metric.DEPLOYED).low()).isEqualTo(200L);
        }

        @Test
        void anArmedGroupsStrengthOrAShipsGuardsAreNone() {
            assertThat(claims("The group still has 2,000 fighters hiding in the hills.")).isEmpty();
            assertThat(claims("The tanker had 22 crew and four armed guards on board.")).isEmpty();
        }
    }
    @Nested
    class TheDeadOnBothSidesBeforeTheFigure {
        @Test
        void aTollPutOnBothSidesIsNoOneSides() {
            assertThat(only("Georgia fought Abkhazia in 1993. Historians put the dead on both sides at about 8 000.", Metric.KILLED).party())
                    .isNull();
        }
    }
    @Nested
    class AHearsayParticipleAfterAComma {
        @Test
        void describesTheNounBeforeItAndNamesNoSpeaker() {
            assertThat(only("Russia keeps 1 500 soldiers in the region to guard the depot at Cobasna, believed to hold 20 000 tonnes of shells.",
                    Metric.DEPLOYED).source().name()).isNull();
        }

        @Test
        void aClaimsOwnVerbAfterAnAsideStillSpeaks() {
            assertThat(only("Rebel commanders, speaking to local radio, claimed to have killed 70 soldiers.", Metric.KILLED).source().name())
                    .isEqualTo("Rebel commanders");
        }
    }
    @Nested
    class APartToldByAnotherFate {
        @Test
        void aPartWhoseOwnVerbIsNoCasualtyWordIsNoClaim() {
            assertThat(claims("An official put the number of wounded at 35, nine of whom had been flown to Amman for surgery."))
                    .extracting(Claim::low).containsExactly(35L);
            assertThat(claims("Sixty people were injured in the blast, 20 of them were evacuated by helicopter."))
                    .extracting(Claim::low).containsExactly(60L);
        }

        @Test
        void aPartDeclaredDeadIsStillAClaim() {
            assertThat(claims("The clinic received 90 dead and injured, 14 of whom were pronounced dead on arrival."))
                    .extracting(Claim::low).contains(14L);
        }
    }
    @Nested
    class AnOutletAndTheDoctorsItQuotes {
        @Test
        void bodiesDoctorsReceivedAreNotTheOutletsCountrys() {
            assertThat(only("Le Monde quoted medics at Nasser Hospital in Khan Younis, who said they had received at least 40 bodies.",
                    Metric.KILLED).party()).isNotEqualTo("France");
        }

        @Test
        void aSidesOwnLossesStillCount() {
            assertThat(only("The SDF said it had lost 12 fighters.", Metric.KILLED).party()).isEqualTo("Syrian Democratic Forces");
        }
    }
    @Nested
    class ACasualtyWordInAClauseOfTime {
        @Test
        void isNotTheFiguresOwn() {
            assertThat(only("Prosecutors said the toll had risen to 19 after the wounded guard died in hospital.", Metric.KILLED).low())
                    .isEqualTo(19L);
        }
    }
    @Nested
    class TwoVoicesTwoClaims {
        @Test
        void aFigureOfAnotherSpeakerIsNotARepetitionOfAPartNamedEarlier() {
            List<Claim> kharkiv = claims("Drone attacks hit Kharkiv and Kherson\nInterior Ministry: the toll in Kharkiv has risen to 11, including one "
                    + "Canadian citizen. In the south, the mayor of Kherson said a drone attack killed one person and wounded three.");
            assertThat(kharkiv).filteredOn(c -> c.low() == 1L && c.metric() == Metric.KILLED).extracting(Claim::party)
                    .containsExactlyInAnyOrder("Canada", "Ukraine");
            List<Claim> lagos = claims("Gunmen strike two cities\nPolice said eight people were killed in Lagos, including one Ghanaian national. "
                    + "In a separate attack, a police spokesman said gunmen killed one person overnight.");
            assertThat(lagos).filteredOn(c -> c.low() == 1L).extracting(Claim::party).containsExactlyInAnyOrder("Ghana", "Nigeria");
        }

        @Test
        void aHeadlineStillRepeatsTheBody() {
            assertThat(claims("Police say two Kenyan soldiers killed in Lamu blast\nTwo soldiers died when their vehicle hit a roadside bomb "
                    + "near the coast on Sunday, a military spokesman said.")).hasSize(1);
        }
    }
    @Nested
    class AHeadlineDigestIsOneLinePerItem {
        @Test
        void linesThatEachOpenInCapitalsAreNotOneWrappedSentence() {
            List<Claim> digest = claims("TOP STORIES | Friday 9 May 2025\n\nOdesa port strike: three dead, governor says after overnight attack\n"
                    + "Kharkiv officials report 19 wounded as drones hit apartment blocks in the city\n"
                    + "Zaporizhzhia grain terminal hit by missiles; 2 killed, regional head says\n"
                    + "Belarus moves extra troops to the border in snap readiness exercise\nMore headlines");
            assertThat(digest).extracting(c -> c.evidence().text()).doesNotHaveDuplicates().hasSize(3);
        }

        @Test
        void proseBrokenInsideItsSentencesIsStillJoined() {
            List<Claim> wrapped = claims("Regional officials said on Tuesday that at least\nfourteen people were killed when shells fired from\n"
                    + "Russian positions struck a market, and that\nanother 30 were wounded, many of them\n"
                    + "seriously, as rescuers searched the rubble\nfor more victims through the night.");
            assertThat(wrapped).extracting(c -> c.evidence().text()).containsOnly(wrapped.get(0).evidence().text());
        }
    }
    @Nested
    class AHeadlineVerbInThePresent {
        @Test
        void woundAndInjureCountTheWounded() {
            assertThat(only("Kherson: Russian drones wound 9, kill one", Metric.WOUNDED).low()).isEqualTo(9L);
            assertThat(only("Rebel mortar fire injures 16 in Goma market", Metric.WOUNDED).low()).isEqualTo(16L);
        }
    }
    @Nested
    class AStateBodyCountsItsOwnPeople {
        @Test
        void aGovernmentsCountOfNoNamedSideIsItsCountrysWhereTheReportIsFiledFromElsewhere() {
            assertThat(only("JERUSALEM, Aug 2 (Wire) - Israeli jets struck targets in southern Lebanon on Friday as the border war continued. "
                    + "In 2006, the Lebanese government counted 1 191 dead.", Metric.KILLED).party()).isEqualTo("Lebanon");
        }

        @Test
        void notAForeignGovernmentsEstimateNorTheHarmItDid() {
            assertThat(only("OUAGADOUGOU, March 3 (Wire) - Jihadists attacked the town of Barsalogho in Burkina Faso last week. "
                    + "The French government put the toll at 400.", Metric.KILLED).party()).isEqualTo("Burkina Faso");
            assertThat(only("JERUSALEM, Aug 2 (Wire) - Fighting continued in Gaza and southern Lebanon. The Israeli government said "
                    + "its strikes in Lebanon had killed 40 people.", Metric.KILLED).party()).isEqualTo("Lebanon");
        }
    }
    @Nested
    class ItIsTheBodyTheSentenceBeforeIsAbout {
        @Test
        void notAnEarlierSpeaker() {
            assertThat(only("Observers say the real numbers are higher. The Civil Defence Directorate keeps its own register of the missing. "
                    + "By Sunday it had listed 2 100 people missing under rubble.", Metric.MISSING).source().name())
                    .isEqualTo("Civil Defence Directorate");
            assertThat(only("The army said militants had attacked the convoy. The International Organization for Migration runs the camp "
                    + "nearby. It counted 14 people wounded.", Metric.WOUNDED).source().name()).isEqualTo("International Organization for Migration");
        }

        @Test
        void aPersonOpeningTheSentenceBeforeIsNoIt() {
            assertThat(only("The ministry said the strike hit a school. Mayor Ihor Terekhov visited the site. It said 9 people were killed.",
                    Metric.KILLED).source().name()).isNotEqualTo("Ihor Terekhov");
        }
    }
    @Nested
    class OfTheseIsABreakdown {
        @Test
        void partsOfThePeopleJustCountedAfterOfThese() {
            assertThat(claims("The health ministry said 640 people had died in the strikes. Of these, 410 were members of the security "
                    + "forces, among them police cadets, and 230 were civilians.")).extracting(Claim::low).contains(640L, 410L, 230L);
            assertThat(claims("Monitors recorded 95 deaths in the district. Among these were 60 fighters and 35 civilians."))
                    .extracting(Claim::low).contains(95L, 60L, 35L);
        }
    }
    @Nested
    class AListUnderACapitalHeading {
        private static final String TRACKER = "Sahel Violence Tracker - weekly note\n\nIn the week to 9 March, the Tracker recorded 57 "
                + "fatalities in Burkina Faso.\n\nDEATHS BY TOWN\n- Djibo: 21. Most of them were volunteers killed in an ambush on the "
                + "road north, according to local sources.\n- Dori: 19.\n- Kaya: 17.";

        @Test
        void eachPlaceLineIsThatCountrysDeadPastTheCommentOnAnItemsLine() {
            assertThat(claims(TRACKER)).filteredOn(c -> c.evidence().text().startsWith("- "))
                    .extracting(Claim::low, Claim::party, Claim::metric)
                    .containsExactly(tuple(21L, "Burkina Faso", Metric.KILLED), tuple(19L, "Burkina Faso", Metric.KILLED),
                            tuple(17L, "Burkina Faso", Metric.KILLED));
        }

        @Test
        void theListKeepsItsVoiceNotTheCommentsSource() {
            assertThat(claims(TRACKER)).filteredOn(c -> c.low() == 19L).extracting(c -> c.source().name())
                    .containsExactly("Sahel Violence Tracker");
            assertThat(claims("Monthly figures\n\nFATALITIES BY PROVINCE\n- Kirkuk: 12. Five of them died in one ambush, police said.\n"
                    + "- Anbar: 7.")).filteredOn(c -> c.low() == 7L).extracting(c -> c.source().name()).containsOnlyNulls();
        }
    }
    @Nested
    class NumbersThatCountNoOneYet {
        @Test
        void noOneIsNoFigure() {
            assertThat(claims("The governor said no one had been hurt when the drone fell on a field.")).isEmpty();
            assertThat(claims("Not one of the crew was injured, the shipping company said.")).isEmpty();
        }

        @Test
        void anAgeAtTheTimeIsNoFigure() {
            assertThat(claims("Relatives buried a farmer who was 23 when he was shot at the checkpoint.")).extracting(Claim::low)
                    .doesNotContain(23L);
        }

        @Test
        void whatIsArrangedIsProjected() {
            assertThat(asserted("Under the deal, 50 hostages are due to be released over four days.")).isEmpty();
            assertThat(asserted("The two delegations agreed to exchange 390 prisoners of war each next week.")).isEmpty();
            assertThat(asserted("Officials said 40 hostages were released on Friday.")).hasSize(1);
        }

        @Test
        void aPartOfThePeopleKilledByAgeOrSexIsNoNewClaim() {
            assertThat(claims("The ministry said 90 people died. It added that 30 of the people killed were children and 21 were women."))
                    .extracting(Claim::low).containsExactly(90L);
        }
    }
    @Nested
    class RoadAndFireDeathsAreNoWarDead {
        @Test
        void aCarOffTheRoadOrFlamesAroundAVehicle() {
            assertThat(claims("Three people died when their minibus ran off the road into a ditch near Sumy, police said.")).isEmpty();
            assertThat(claims("Two firefighters died when flames surrounded their truck in the forest.")).isEmpty();
            assertThat(claims("Flames engulfed the market after the missile strike killed 12 people.")).hasSize(1);
        }
    }
    @Nested
    class ACountryHeadingOverAParagraph {
        private static final String REVIEW = "Two armies, two counts\n\nPAKISTAN\nThe army's press office said 26 civilians had been "
                + "killed by Indian missiles and drones.\n\nINDIA\nOfficials said Pakistani shelling "
                + "had killed 16 villagers along the Line of Control.";

        @Test
        void countsThatCountrysPeopleWhereThePhraseNamesNone() {
            assertThat(claims(REVIEW)).extracting(Claim::low, Claim::party).contains(tuple(26L, "Pakistan"), tuple(16L, "India"));
        }

        @Test
        void aSideNamedInThePhraseStillWins() {
            assertThat(claims("Weekly digest\n\nSUDAN\nThe army said it had killed 70 RSF fighters near El Obeid."))
                    .extracting(Claim::party).containsExactly("Rapid Support Forces");
        }
    }
    @Nested
    class ABareFigureAfterTheCasualtyWordBeforeIt {
        @Test
        void countsThePeopleOfTheFigureBefore() {
            assertThat(only("KABUL (Wire) - Afghan officials gave no figures. Pakistan's army said 23 of its soldiers were killed and 29 "
                    + "wounded in the border clashes.", Metric.WOUNDED).party()).isEqualTo("Pakistan");
            assertThat(only("TBILISI (Wire) - Georgia remembered the war. Moscow first admitted 64 soldiers killed and 283 wounded.",
                    Metric.WOUNDED).party()).isEqualTo("Russia");
        }
    }
    @Nested
    class AnArmedGroupOwningUpToItsDead {
        @Test
        void countsItsOwnFighters() {
            assertThat(only("MOGADISHU (Wire) - Fighting went on for a week. Al-Shabaab admitted 35 fighters killed in the battle for the town.",
                    Metric.KILLED).party()).isEqualTo("al-Shabaab");
            assertThat(only("SANAA (Wire) - The Houthis acknowledged 17 fighters killed in the raids since January.", Metric.KILLED).party())
                    .isEqualTo("Houthis");
        }

        @Test
        void notTheFightersItKilled() {
            assertThat(only("GAO (Wire) - JNIM said it killed 30 soldiers near the town.", Metric.KILLED).party()).isNotEqualTo(
                    "Jama'at Nusrat al-Islam wal-Muslimin");
        }
    }
    @Nested
    class AnItemsTitleToldByTheLineBelowIt {
        private static final String BRIEFS = "Regional roundup, 3 March\n\nGarissa: landmine kills three soldiers\n"
                + "The county police commander said the truck hit the device on a dirt road.\n\n"
                + "Tillaberi ambush: 11 troops dead\nNiger's defence ministry said a jihadist group had attacked the convoy.";

        @Test
        void theTitlesFigureIsTheBodysSpeakers() {
            assertThat(claims(BRIEFS)).extracting(Claim::low, c -> c.source().name())
                    .contains(tuple(3L, "police commander"), tuple(11L, "Niger's Defence Ministry"));
        }

        @Test
        void notAHeadlineOverAnotherHeadline() {
            assertThat(claims("Evening headlines\n\nKharkiv strike: four dead\nOfficials in Odesa say port hit overnight\n"
                    + "Mayor says schools stay shut").get(0).source().name()).isNull();
        }

        @Test
        void notARowOfATableOverItsComment() {
            assertThat(claims("Incident log\n\nK-12 | 4 May | Kunduz | civilians killed: 6\nResidents said a mortar round hit a wedding.")
                    .get(0).source().name()).isNotEqualTo("Residents");
        }
    }
    @Nested
    class ASubheadingThatGivesACountrysOwnCount {
        private static final String OPENING = "TEL AVIV (Wire) - Israel's army said the campaign in the north was over. Israeli towns "
                + "along the border began to reopen.\n\n";

        @Test
        void namesThePeopleThatCountCounts() {
            assertThat(claims(OPENING + "Lebanon's official tally\nThe Ministry of Public Health does not tell fighters from civilians. "
                    + "By Friday it had recorded 2 140 people killed and 9 800 wounded.")).extracting(Claim::party)
                    .containsOnly("Lebanon");
            assertThat(claims("KYIV (Wire) - Russian forces pressed on near Pokrovsk.\n\nRussia's losses\nA volunteer project that "
                    + "reads obituaries has named 95 000 dead so far.")).extracting(Claim::party).containsOnly("Russia");
        }

        @Test
        void notAHeadingWithoutACount() {
            assertThat(claims(OPENING + "Lebanon's politics\nThe Ministry of Public Health does not tell fighters from civilians. "
                    + "By Friday it had recorded 2 140 people killed.")).extracting(Claim::party).doesNotContain("Lebanon");
        }
    }
    @Nested
    class ASecondFigureAfterTheUnitTheFirstCameFrom {
        @Test
        void sharesTheFirstFiguresVerb() {
            assertThat(claims("BAMAKO (Wire) - The rebels said they had killed 84 fighters from the Wagner Group and 47 Malian soldiers "
                    + "in three days of fighting.")).extracting(Claim::metric, Claim::low)
                    .containsExactly(tuple(Metric.KILLED, 84L), tuple(Metric.KILLED, 47L));
            assertThat(claims("BAGHDAD (Wire) - The strike wounded 9 fighters from the Popular Mobilisation Forces and 3 Iraqi "
                    + "policemen, officials said.")).extracting(Claim::metric, Claim::party)
                    .containsExactly(tuple(Metric.WOUNDED, "Popular Mobilization Forces"), tuple(Metric.WOUNDED, "Iraq"));
        }
    }
    @Nested
    class APartOfAWholeWithItsOwnSide {
        @Test
        void isOfTheWholesSideAndSoIsTheBareFigureAfterIt() {
            assertThat(claims("BAKU (Wire) - The ombudsman reported at least 200 ethnic Armenians killed, including 10 civilians, "
                    + "and more than 400 wounded.")).extracting(Claim::party).containsOnly("Armenia");
            assertThat(claims("KHARTOUM (Wire) - Medics said 64 RSF fighters died in the battle, among them 9 commanders, and 120 "
                    + "wounded.")).extracting(Claim::party).containsOnly("Rapid Support Forces");
        }
    }
    @Nested
    class CiviliansAndASidesOwnMenLost {
        @Test
        void areDeathsNotACombinedCasualtyFigure() {
            assertThat(claims("BEIRUT (Wire) - In the 2006 war Israel lost 121 soldiers and 44 civilians.")).extracting(Claim::metric, Claim::low)
                    .contains(tuple(Metric.KILLED, 44L));
            assertThat(claims("GAO (Wire) - The rebels said they killed 40 soldiers and lost five of their own.")).extracting(Claim::metric)
                    .containsOnly(Metric.KILLED);
            assertThat(claims("KIDAL (Wire) - The movement said it had lost 9 of its own fighters near the well.")).extracting(Claim::metric)
                    .containsOnly(Metric.KILLED);
        }

        @Test
        void anArmysPersonnelLossesStayCasualties() {
            assertThat(claims("KYIV (Wire) - The general staff said Russia had lost 1 250 personnel over the past day.")).extracting(Claim::metric)
                    .containsOnly(Metric.CASUALTIES);
        }
    }
    @Nested
    class AnInquiryThatFoundOrConcluded {
        @Test
        void isTheSourceOfItsFinding() {
            assertThat(claims("OUAGADOUGOU (Wire) - ACLED counts the year's dead. Human Rights Watch found that soldiers executed at least "
                    + "223 villagers in two villages.").get(0).source().name()).isEqualTo("Human Rights Watch");
            assertThat(claims("MEKELLE (Wire) - Officials gave no figure. Amnesty International concluded that troops killed 240 "
                    + "civilians in the town over two days.").get(0).source().name()).isEqualTo("Amnesty International");
        }

        @Test
        void notRescuersWhoFoundABody() {
            assertThat(claims("ODESA (Wire) - The regional governor said rescuers found 4 bodies under the rubble of the block.")
                    .get(0).source().name()).isEqualTo("regional governor");
        }
    }
    @Nested
    class AnOfficialsOwnChannel {
        private static final String POSTS = "Posts of the Kherson governor, 2 April\n\nOleksandr Prokudin | Head of Kherson Regional Military "
                + "Administration\nTelegram channel, translated\n\n[09:10]\nRussian artillery hit the Dniprovskyi district overnight. "
                + "Two women were wounded and taken to hospital.\n\n[17:45]\nOne man died after a drone dropped a grenade on his car.";

        @Test
        void isTheAuthorOfEveryFigureNoSentenceGivesAVoice() {
            assertThat(claims(POSTS)).extracting(c -> c.source().name()).hasSize(2)
                    .allMatch(name -> Set.of("Oleksandr Prokudin", "Head of Kherson Regional Military Administration").contains(name));
        }
    }
    @Nested
    class TheEnemyOnTheMeansOfAttack {
        @Test
        void didTheHarmAndIsNotTheCounted() {
            assertThat(only("BELGOROD (Wire) - The governor said the number of residents killed as a result of enemy shelling this year "
                    + "had reached 61.", Metric.KILLED).party()).isEqualTo("Russia");
        }
    }
    @Nested
    class ASidesOfficialFigure {
        @Test
        void countsThatSidesOwnDead() {
            assertThat(claims("BAKU (Wire) - Azerbaijan's government says 2 908 of its servicemen were killed; Armenia's official figure "
                    + "is around 3 825 dead.")).extracting(Claim::low, Claim::party)
                    .containsExactly(tuple(2908L, "Azerbaijan"), tuple(3825L, "Armenia"));
            assertThat(claims("TBILISI (Wire) - Moscow said 67 of its soldiers died in the war; Georgia's official tally is 412 dead."))
                    .extracting(Claim::low, Claim::party).contains(tuple(412L, "Georgia"));
        }

        @Test
        void isThatSidesWordAfterASemicolon() {
            assertThat(claims("TBILISI (Wire) - Moscow said 67 of its soldiers died in the war; Georgia's official tally is 412 dead."))
                    .extracting(Claim::low, c -> c.source().name()).contains(tuple(67L, "Moscow"), tuple(412L, "Georgia"));
        }
    }
    @Nested
    class ABriefsItemTitledWithAPlace {
        private static final String BRIEFS = "REGION IN BRIEF\nMonday 3 March\n\nMarib: four Yemeni soldiers killed\nYemen's army said four of "
                + "its soldiers were killed in a Houthi attack on a camp in Yemen's Marib province.\n\nKirkuk: two federal police killed\n"
                + "Two federal policemen were killed when a bomb hit their patrol south of the city, a police source said.\n\n"
                + "Taiz: 10 Yemeni fighters captured\nYemen's government forces said 10 of their fighters had been taken prisoner near Taiz.";

        @Test
        void countsThePlacesCountrysPeopleNotTheReportsCountry() {
            assertThat(claims(BRIEFS)).extracting(Claim::low, Claim::party).contains(tuple(2L, "Iraq")).doesNotContain(tuple(2L, "Yemen"));
        }

        @Test
        void theStoryAfterTheTitlesColonIsNoCredit() {
            assertThat(claims(BRIEFS)).extracting(c -> c.source().name()).doesNotContain("two federal police");
        }
    }
    @Nested
    class APartSetOffByCommasBeforeTheCasualtyWord {
        @Test
        void doesNotKeepTheWholeFromItsVerb() {
            assertThat(claims("KYIV (Wire) - The emergency service says 29 people, two of them children, are confirmed dead in Dnipro."))
                    .extracting(Claim::metric, Claim::low).containsExactly(tuple(Metric.KILLED, 29L));
            assertThat(claims("DNIPRO (Wire) - Doctors said 41 people, 12 of whom were in serious condition, had been injured by the blast."))
                    .extracting(Claim::metric, Claim::low).containsExactly(tuple(Metric.WOUNDED, 41L));
        }
    }
    @Nested
    class AStatementSaying {
        @Test
        void isTheWordOfWhoeverIssuedTheStatement() {
            assertThat(only("QUETTA (Wire) - The BLA had earlier released a statement saying its fighters had killed 214 soldiers.",
                    Metric.KILLED).source().name()).isEqualTo("BLA");
            assertThat(only("GOMA (Wire) - On Friday the M23 posted a communique claiming that 30 government troops died near Sake.",
                    Metric.KILLED).source().name()).isEqualTo("M23");
            assertThat(only("ADEN (Wire) - Yemen's army issued a bulletin saying nine of its soldiers were killed.",
                    Metric.KILLED).source().name()).isEqualTo("Yemen's army");
        }
    }
    @Nested
    class ASidesClaimOfHowManyItKilled {
        @Test
        void rightAfterTheOtherSidesOwnCountCountsThatSidesPeople() {
            assertThat(claims("BEIRUT (Wire) - Hezbollah acknowledged about 250 fighters killed that summer; Israeli officials said at "
                    + "the time that they had killed 600.")).extracting(Claim::low, Claim::party)
                    .containsExactly(tuple(250L, "Hezbollah"), tuple(600L, "Hezbollah"));
            assertThat(claims("KHARTOUM (Wire) - The RSF said 40 of its fighters died near El Fasher. Sudan's army said its units had "
                    + "killed 300.")).extracting(Claim::low, Claim::party).contains(tuple(300L, "Rapid Support Forces"));
        }

        @Test
        void neverCountsTheSpeakersOwnSide() {
            assertThat(only("JERUSALEM (Wire) - Israeli officials said at the time that they had killed 600.", Metric.KILLED).party())
                    .isNotEqualTo("Israel");
        }
    }
    @Nested
    class TheClauseTellingHowTheWarBegan {
        @Test
        void placesNoneOfTheFiguresBeforeIt() {
            assertThat(claims("Gaza's health ministry says 32,916 people have been killed since the start of the war, which began when "
                    + "Hamas attacked Israel on 7 October, killing about 1,200 people.")).extracting(Claim::low, Claim::party)
                    .containsExactly(tuple(32916L, "Palestine"), tuple(1200L, "Israel"));
            assertThat(claims("Sudan's health ministry reports 14 000 dead since the conflict, which erupted when the army clashed "
                    + "with the RSF in Khartoum in April 2023.")).extracting(Claim::low, Claim::party).containsExactly(tuple(14000L, "Sudan"));
        }
    }
    @Nested
    class KashmirAdministeredByAState {
        @Test
        void isThatStatesPlace() {
            assertThat(only("SRINAGAR (Wire) - Militants killed four soldiers in Indian-administered Kashmir on Sunday.", Metric.KILLED)
                    .party()).isEqualTo("India");
            assertThat(only("MUZAFFARABAD (Wire) - Shelling killed 12 civilians in Pakistan-administered Kashmir.", Metric.KILLED)
                    .party()).isEqualTo("Pakistan");
        }
    }
    @Nested
    class TheTollAmongASpeakersOwnPeople {
        @Test
        void isTheSpeakersSide() {
            assertThat(only("KHARTOUM (Wire) - The RSF said the toll among its own fighters was five.", Metric.KILLED).party())
                    .isEqualTo("Rapid Support Forces");
            assertThat(only("DIYARBAKIR (Wire) - The PKK said the death toll among its guerrillas since March had reached 38.", Metric.KILLED)
                    .party()).isEqualTo("Kurdistan Workers' Party");
        }
    }
    @Nested
    class WhoeverHasGivenAToll {
        @Test
        void statesIt() {
            assertThat(only("BEIRUT (Wire) - Health Minister Firass Abiad has given a new toll: 12 people killed in the strikes.",
                    Metric.KILLED).source().name()).isEqualTo("Firass Abiad");
            assertThat(claims("PRISTINA (Wire) - Serbian officials have always given a far higher figure: some 2 500 civilians and "
                    + "about 1 000 soldiers and police killed.")).extracting(c -> c.source().name()).containsOnly("Serbian officials");
        }

        @Test
        void butGivenAsAPrepositionNamesNoOne() {
            assertThat(only("Given the toll of 40 dead in one night, the city council cancelled the festival.", Metric.KILLED)
                    .source().name()).isNull();
        }

        @Test
        void notTheObjectOfARelativeClauseBeforeTheVerb() {
            assertThat(only("A Western envoy who covers the Horn of Africa closely estimated Eritrean deaths at 6,000.",
                    Metric.KILLED).source().name()).isEqualTo("A Western envoy");
        }

        @Test
        void evenWithAnAdverbBeforeTheVerb() {
            assertThat(only("BAKU (Wire) - Azerbaijan's defence ministry has since named 2 908 servicemen killed in the war.",
                    Metric.KILLED).source().name()).isEqualTo("Azerbaijan's Defence Ministry");
        }
    }
    @Nested
    class PeopleKilledOnTheSpeakersSide {
        @Test
        void areTheSpeakersOwn() {
            assertThat(only("STEPANAKERT (Wire) - Armenian officials say 85 civilians were killed on their side, most of them in "
                    + "Stepanakert.", Metric.KILLED).party()).isEqualTo("Armenia");
            assertThat(only("KHARTOUM (Wire) - The RSF said 40 fighters died on its side in the battle for the bridge.", Metric.KILLED)
                    .party()).isEqualTo("Rapid Support Forces");
        }
    }
    @Nested
    class SeparatistsAndLabelledFighters {
        @Test
        void separatistsAreFightersNoCountryOwns() {
            assertThat(only("YAOUNDE (Wire) - The army said seven separatists were killed in a clash near Bamenda.", Metric.KILLED))
                    .extracting(Claim::party, Claim::role).containsExactly(null, Role.MILITARY);
        }

        @Test
        void aLabelsFightersTakeNoCountryFromTheReport() {
            String monthly = "ISLAMABAD (Monitor) - Pakistan, monthly review.\n\nMilitants killed in operations and attacks: 83\n"
                    + "Soldiers killed: 12\nCivilians killed in attacks on hospitals: 40";
            assertThat(claims(monthly)).extracting(Claim::low, Claim::party)
                    .containsExactly(tuple(83L, null), tuple(12L, "Pakistan"), tuple(40L, "Pakistan"));
            assertThat(claims("YAOUNDE (Monitor) - Cameroon, the year in figures.\n\nSeparatist fighters killed, as reported by the "
                    + "army: 29")).extracting(Claim::party).containsOnlyNulls();
        }

        @Test
        void aLabelsCasualtyWordBeforeTheColonIsNoActiveVerb() {
            String monthly = "ISLAMABAD (Monitor) - Pakistan, monthly review.\n\nSoldiers killed: 12";
            assertThat(only(monthly, Metric.KILLED).role()).isEqualTo(Role.MILITARY);
        }
    }
    @Nested
    class DeathsFromDisease {
        @Test
        void areNoConflictClaims() {
            assertThat(claims("KABUL (Wire) - The public health ministry reported 62 deaths from COVID-19 on Sunday.")).isEmpty();
            assertThat(claims("KHARTOUM (Wire) - The coronavirus pandemic has killed 40 people in the city, doctors said.")).isEmpty();
        }
    }
    @Nested
    class APlaceThatRecordsAToll {
        @Test
        void isWhereNotWho() {
            String update = "KYIV (Wire) - The UN monitoring mission published its monthly update on Friday. By region, Donetsk recorded "
                    + "the highest toll, with 43 civilians killed and 176 injured.";
            assertThat(claims(update)).extracting(c -> c.source().name()).containsOnly("UN monitoring mission");
            assertThat(only("POPAYAN (Wire) - Cauca registered 58 killings of social leaders last year.", Metric.KILLED).source().name())
                    .isNull();
        }

        @Test
        void norDoesARegionOpeningAnEntry() {
            assertThat(claims("YAOUNDE (Monitor) - The year in figures.\n\nNorth-West region: 38 killed (of them 19 civilians)"))
                    .extracting(c -> c.source().name()).containsOnlyNulls();
        }
    }
    @Nested
    class AMerchantShipsCrewInAMilitarysStatement {
        @Test
        void isNotTheMilitarysOwnSide() {
            assertThat(claims("ADEN (Wire) - A missile fired by the Houthis killed three crew members of a bulk carrier in the Gulf of "
                    + "Aden, the US military said.")).extracting(Claim::party).containsOnlyNulls();
            assertThat(claims("DJIBOUTI (Wire) - Two seafarers of a Liberian-flagged tanker were wounded by a drone, the French navy "
                    + "said.")).extracting(Claim::party).doesNotContain("France");
        }
    }
    @Nested
    class AGroupNamedWithItsCountrysAdjective {
        @Test
        void isTheGroup() {
            assertThat(only("BEIRUT (Wire) - The monitor said 21 members of the Lebanese Hezbollah were killed in Syria.", Metric.KILLED)
                    .party()).isEqualTo("Hezbollah");
            assertThat(only("SANAA (Wire) - The coalition said 40 Yemeni Houthi fighters died near Marib.", Metric.KILLED).party())
                    .isEqualTo("Houthis");
        }
    }
    @Nested
    class ARoadCrashInARoundUp {
        @Test
        void isNoConflictClaim() {
            assertThat(claims("CAIRO (Wire) - Egypt: 12 dead as minibus collides with lorry on Red Sea road")).isEmpty();
        }
    }
    @Nested
    class TheSecondDayOfADateSpan {
        @Test
        void isNoFigureAndLeavesTheBreakdownAfterIt() {
            assertThat(claims("BAGHDAD (Wire) - An inquiry found that 157 people were killed between October 1 and 6, 149 of them "
                    + "civilians and eight members of the security forces.")).extracting(Claim::low)
                    .containsExactly(157L, 149L, 8L);
            assertThat(claims("KYIV (Wire) - From March 3 to 9, 45 civilians were killed, the mission said.")).extracting(Claim::low)
                    .containsExactly(45L);
        }

        @Test
        void butAFigureAfterADatelinesDashStillCounts() {
            assertThat(only("MOGADISHU, Aug 3 - At least 32 people were killed at a beach, police said.", Metric.KILLED).low())
                    .isEqualTo(32L);
        }
    }
    @Nested
    class APartInBracketsOpenedByOfThem {
        @Test
        void isAPartOfTheWholeBeforeIt() {
            assertThat(claims("YAOUNDE (Monitor) - The year in figures.\n\nNorth-West region: 38 killed (of them 19 civilians)"))
                    .extracting(Claim::low, Claim::role).containsExactly(tuple(38L, Role.UNKNOWN), tuple(19L, Role.CIVILIAN));
            assertThat(claims("GOMA (Wire) - The army said 52 people were wounded (of whom 30 soldiers) near Sake."))
                    .extracting(Claim::metric, Claim::low).containsExactly(tuple(Metric.WOUNDED, 52L), tuple(Metric.WOUNDED, 30L));
        }
    }
    @Nested
    class AListOfTheEnemysLossesWithItsVoiceInTheHeading {
        private static final String UPDATE = "Kyiv, 24.02.2023 09:12\n\nThe total combat losses of the enemy from 24.02.2022 to "
                + "24.02.2023 are approximately as follows, the General Staff of the Armed Forces of Ukraine said in its morning "
                + "update:\n\npersonnel – about 146 820 (+790) persons liquidated\ntanks – 3 350 (+4)";

        @Test
        void countsTheEnemysPeopleNotTheVoicesCountry() {
            assertThat(claims(UPDATE)).extracting(Claim::low, Claim::party)
                    .containsExactly(tuple(146820L, "Russia"), tuple(790L, "Russia"));
        }
    }
    @Nested
    class TheGroupsOwnMen {
        @Test
        void areTheSpeakingGroupsPeople() {
            assertThat(only("GOMA (Wire) - The M23 said 12 of the group's own fighters died near Sake.", Metric.KILLED).party())
                    .isEqualTo("M23");
            assertThat(only("KHARTOUM (Wire) - The RSF said 30 of the movement's own men were killed in the raid.", Metric.KILLED)
                    .party()).isEqualTo("Rapid Support Forces");
        }
    }
    @Nested
    class ACountSpelledOutAfterAFrontedDateOrPlace {
        @Test
        void isAFigureNotPartOfTheNameOrDate() {
            assertThat(only("ALEPPO (Wire) - On Monday three children were killed by shelling, medics said.", Metric.KILLED).low())
                    .isEqualTo(3L);
            assertThat(only("IDLIB (Monitor) - Partners reported that on 30 January four shepherds were killed by shelling.",
                    Metric.KILLED).low()).isEqualTo(4L);
            assertThat(claims("KYIV (Wire) - In Kherson three people were killed, and in Dnipro one person died, regional officials "
                    + "said.")).extracting(Claim::low).containsExactly(3L, 1L);
        }

        @Test
        void butADigitAfterANameStillNamesSomething() {
            assertThat(claims("GAZA (Wire) - Under Resolution 2334 the council asked for a report.")).isEmpty();
        }
    }
    @Nested
    class MinesAndLeftoverOrdnance {
        @Test
        void areWarHarmEvenWhenAVehicleHitsThem() {
            assertThat(only("BAKU (Wire) - Three people were killed when their truck hit an anti-tank mine near Susuz, the agency said.",
                    Metric.KILLED).low()).isEqualTo(3L);
            assertThat(only("RAQQA (Monitor) - Two boys were killed by unexploded ordnance while herding goats near the river.",
                    Metric.KILLED).low()).isEqualTo(2L);
        }

        @Test
        void whileACrashIntoAWallStaysAnAccident() {
            assertThat(claims("KABUL (Wire) - Four people were hurt when a truck hit a wall on the ring road.")).isEmpty();
        }
    }
    @Nested
    class AnotherFigureThatSharesTheVerbBeforeIt {
        @Test
        void takesTheSameHarmAndPeople() {
            assertThat(claims("MAPUTO (Wire) - A spokesman said troops had killed 14 insurgents near Awasse and another 8 near Diaca."))
                    .extracting(Claim::metric, Claim::low, Claim::role)
                    .containsExactly(tuple(Metric.KILLED, 14L, Role.MILITARY), tuple(Metric.KILLED, 8L, Role.MILITARY));
            assertThat(claims("KABUL (Wire) - Five soldiers were wounded in Kunduz and three more in Baghlan, the ministry said."))
                    .extracting(Claim::metric, Claim::low).containsExactly(tuple(Metric.WOUNDED, 5L), tuple(Metric.WOUNDED, 3L));
        }

        @Test
        void butNotWhenAnotherVerbTakesIt() {
            assertThat(claims("KANO (Wire) - Police killed 5 gunmen and arrested another 12 in the forest.")).extracting(Claim::low)
                    .containsExactly(5L);
        }
    }
    @Nested
    class AVoiceThatIssuesOrUpdatesATollBeforeAColon {
        @Test
        void isTheSourceOfTheFiguresAfterIt() {
            assertThat(claims("BEIRUT (Wire) - The health ministry has issued a fresh toll: 356 people killed and 1,246 wounded."))
                    .extracting(c -> c.source().name()).containsOnly("health ministry");
            assertThat(claims("KHARKIV (Wire) - Governor Oleh Syniehubov updates the toll: six people have been killed at the "
                    + "market and 40 wounded.")).extracting(c -> c.source().name()).containsOnly("Oleh Syniehubov");
        }

        @Test
        void butANounUpdatesSpeaksForNobody() {
            assertThat(claims("LIVE: Gangs storm a town\n\nLast updated 23:05 | Refresh for updates\n\n23:05\nPolice said two "
                    + "officers were killed.")).extracting(c -> c.source().name()).containsOnly("Police");
        }
    }
    @Nested
    class AGenericBodyOwnedByAnotherCountry {
        @Test
        void isThatCountrysBodyNotTheKnownOne() {
            Claim c = only("CULIACAN, Mexico (Wire) - Gunmen ambushed an army convoy at dawn, killing five soldiers, Mexico's Defense "
                    + "Department said.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("Mexico");
        }

        @Test
        void whileTheBareNameStaysTheKnownOne() {
            assertThat(only("WASHINGTON (Wire) - The Defense Department said three American soldiers were killed in Jordan.",
                    Metric.KILLED).party()).isEqualTo("United States");
        }
    }
    @Nested
    class NorthernIreland {
        @Test
        void isInTheUnitedKingdom() {
            assertThat(only("LONDONDERRY, Northern Ireland (Wire) - More than 3,500 people were killed during the Troubles.",
                    Metric.KILLED).party()).isEqualTo("United Kingdom");
            assertThat(only("BELFAST (Wire) - Two men were shot dead in the city overnight, police said.", Metric.KILLED).party())
                    .isEqualTo("United Kingdom");
        }
    }
    @Nested
    class HarmMarkedAsOutsideTheWar {
        @Test
        void isNoClaimThoughItNamesTheWar() {
            assertThat(claims("KYIV (Live) - 14:00 Not war-related: police say four people died when a minibus skidded off an icy "
                    + "road.")).isEmpty();
            assertThat(claims("MOSCOW (Wire) - Not related to the fighting: five people died in a gas explosion in a flat.")).isEmpty();
        }

        @Test
        void norIsACrashIntoARavineOrAWreckToldAcrossASemicolon() {
            assertThat(claims("LIMA (Wire) - At least 19 people died when a bus fell into a ravine in Cusco, police said.")).isEmpty();
            assertThat(claims("GOMA (Wire) - In an unrelated incident, a boat carrying traders capsized on the lake; eleven bodies "
                    + "had been recovered by Monday.")).isEmpty();
        }

        @Test
        void whileSoldiersInTheOtherClauseStayTheWars() {
            assertThat(claims("KABUL (Wire) - Floods killed three people in the north; in the east, 12 soldiers were killed."))
                    .extracting(Claim::low).containsExactly(12L);
        }
    }
    @Nested
    class TheMainSideOnATie {
        @Test
        void isTheCountryTheReportHappensIn() {
            String live = "Live: Ukrainian troops pull out of Debaltseve\n\n09:12 Military spokesman Vladyslav Seleznyov has given "
                    + "the first official casualty figures for the pullout from Debaltseve: 13 soldiers killed and 157 wounded.\n\n"
                    + "09:40 President Petro Poroshenko said Moscow keeps about 9,000 regular soldiers on Ukrainian soil.\n\n"
                    + "10:05 Separatist leader Alexander Zakharchenko said his men took several hundred Ukrainian soldiers prisoner.";
            assertThat(claims(live)).filteredOn(c -> c.source().name().equals("Vladyslav Seleznyov")).extracting(Claim::party)
                    .containsExactly("Ukraine", "Ukraine");
        }
    }
    @Nested
    class AListIntroducedAsABreakdownOfTheTollBefore {
        private static final String REPORT = "BEIRUT, 1 July 2015\n\nThe monitor said 2 410 people were killed across the country in "
                + "May.\n\nIt gave this breakdown in its monthly report No. 51:\nCivilians: 980\nGovernment soldiers: 512\n"
                + "Hezbollah fighters: 41\nNusra Front, rebel and Kurdish fighters: 877";

        @Test
        void countsEachLabelledLineWithTheTollsMetric() {
            assertThat(claims(REPORT)).extracting(Claim::metric, Claim::low)
                    .contains(tuple(Metric.KILLED, 980L), tuple(Metric.KILLED, 512L), tuple(Metric.KILLED, 41L), tuple(Metric.KILLED, 877L));
        }

        @Test
        void andALineNamingSeveralSidesCountsNoOneSide() {
            assertThat(claims(REPORT)).filteredOn(c -> c.low() == 877L).extracting(Claim::party).containsExactly((String) null);
            assertThat(claims(REPORT)).filteredOn(c -> c.low() == 41L).extracting(Claim::party).containsExactly("Hezbollah");
        }
    }
    @Nested
    class ASideThatLostNOfItsMen {
        @Test
        void lostThemDeadAndTheyAreItsOwn() {
            Claim c = only("RAQQA (Wire) - The monitor said the YPG had lost 104 of their men in the battle for the town.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("People's Protection Units");
            assertThat(only("BEIRUT (Wire) - Hezbollah has lost 50 of its men in Syria this year, the monitor said.", Metric.KILLED)
                    .party()).isEqualTo("Hezbollah");
        }

        @Test
        void whileLostPositionsAreNoPeople() {
            assertThat(claims("BEIRUT (Wire) - Hezbollah has lost 50 of its positions along the border.")).isEmpty();
        }
    }
    @Nested
    class AStateThatCountsItsOwnDead {
        @Test
        void isTheSourceAndTheSide() {
            assertThat(claims("Twelve days of war: Iran's health ministry says 610 killed, Israel counts 28 dead"))
                    .extracting(Claim::low, Claim::party, c -> c.source().name())
                    .containsExactly(tuple(610L, "Iran", "Iran's Health Ministry"), tuple(28L, "Israel", "Israel"));
            assertThat(only("ANKARA (Wire) - Turkey says 20 civilians have been killed in its border towns by shells fired from Syria.",
                    Metric.KILLED).party()).isEqualTo("Turkey");
        }

        @Test
        void butNotThePeopleItSaysItKilled() {
            assertThat(only("JERUSALEM (Wire) - Israel says it killed 300 people in Gaza.", Metric.KILLED).party()).isNotEqualTo("Israel");
        }
    }
    @Nested
    class HarmThatCostOrClaimedLives {
        @Test
        void countsTheDead() {
            assertThat(only("MARAWI (Wire) - The siege cost the lives of 920 militants, the defence secretary told reporters.",
                    Metric.KILLED).low()).isEqualTo(920L);
            assertThat(only("KABUL (Wire) - The blast claimed the lives of 12 people and wounded 30 others.", Metric.KILLED).low())
                    .isEqualTo(12L);
        }

        @Test
        void andTheHarmIsNoSpeaker() {
            assertThat(only("ADEN (Wire) - The war has claimed the lives of more than 300 soldiers, the army said.", Metric.KILLED)
                    .source().name()).isEqualTo("army");
            assertThat(only("ADEN (Wire) - The attack claimed the lives of 12 people.", Metric.KILLED).source().name()).isNull();
        }
    }
    @Nested
    class ALabelWhoseSideRunsIntoItsPeople {
        @Test
        void isThatSidesLineAndReadsWithoutFailing() {
            String report = "BEIRUT, 1 July 2015\n\nThe monitor said 1 200 people were killed across the country in June.\n\n"
                    + "It gave this breakdown:\nNational Defence Forces and other pro-government militiamen: 412\nHezbollah fighters: 38";
            assertThat(claims(report)).filteredOn(c -> c.low() == 412L).extracting(Claim::party)
                    .containsExactly("National Defence Forces");
        }
    }
    @Nested
    class TheDarfurJointForces {
        @Test
        void areAnArmedGroupOfTheirOwn() {
            assertThat(only("EL FASHER (Wire) - A spokesman said 17 fighters of the Joint Forces died defending the camp.",
                    Metric.KILLED).party()).isEqualTo("Joint Forces");
        }
    }
    @Nested
    class ATopicOverItsDocument {
        @Test
        void isATitleAndNoVoice() {
            String report = "Fighting in Sudan: weekly digest, week 12\n\nDisplaced this week: 40 000\n"
                    + "Reported killed in Darfur, unverified: about 300";
            assertThat(claims(report)).extracting(c -> c.source().name()).containsOnlyNulls();
            assertThat(claims("Floods and fighting in Somalia: situation update No. 4\n\nKilled in Baidoa: 12").get(0).source().name())
                    .isNull();
        }

        @Test
        void whileABodyOverItsDocumentWroteIt() {
            assertThat(claims("OCHA: flash update No. 3\n\nPeople killed in the camp: 52").get(0).source().name())
                    .isEqualTo("OCHA");
        }
    }
    @Nested
    class ALabelLineThatEndsWithItsCredit {
        @Test
        void takesTheBodyInTheBracketAtItsEnd() {
            String report = "Key figures\nInjured in Gaza: more than 25 000 (Ministry of Health in Gaza)\n"
                    + "Killed in the West Bank since 7 October: 152, including 44 children (UN data)\n"
                    + "Israelis killed: about 1 400, most of them on 7 October (Israeli authorities)";
            assertThat(claims(report)).extracting(Claim::low, c -> c.source().name()).containsExactly(
                    tuple(25000L, "Ministry of Health in Gaza"), tuple(152L, "UN"), tuple(1400L, "Israeli authorities"));
        }

        @Test
        void butABracketThatIsNoBodyCreditsNoOne() {
            assertThat(claims("Casualty update\nDeaths in the village: 31 (aged 4 to 70)").get(0).source().name()).isNull();
        }
    }
    @Nested
    class ALabelWhosePeopleComeBeforeTheCasualtyWord {
        @Test
        void isTheirSideNotThePlaceOrTheAttacker() {
            assertThat(claims("Key figures\nIsraeli soldiers killed in Gaza since 27 October: 30").get(0))
                    .extracting(Claim::party, Claim::role).containsExactly("Israel", Role.MILITARY);
            assertThat(claims("Totals\nRussian servicemen wounded in the Kursk region: 1 200").get(0).party()).isEqualTo("Russia");
            assertThat(claims("Totals\nSoldiers killed by Russian shelling: 5").get(0).party()).isNotEqualTo("Russia");
        }
    }
    @Nested
    class ADigestLineOpenedByItsVoice {
        @Test
        void afterABulletOrADateTakesThatVoice() {
            String report = "Digest\n• Health ministry: Israeli strikes on Monday killed 558 people in Lebanon\n"
                    + "7 May | Pakistan military: Indian missiles killed 26 civilians and wounded 46\n"
                    + "• Magen David Adom: two people lightly hurt by shrapnel near Haifa";
            assertThat(claims(report)).extracting(Claim::low, Claim::party, c -> c.source().name()).contains(
                    tuple(558L, "Lebanon", "Health ministry"), tuple(26L, "Pakistan", "Pakistan military"),
                    tuple(46L, "Pakistan", "Pakistan military"), tuple(2L, "Israel", "Magen David Adom"));
        }

        @Test
        void whileAPlaceBeforeTheColonIsNoVoice() {
            assertThat(claims("Digest\n• Kharkiv region: five people killed in a strike on Monday").get(0).source().name()).isNull();
        }
    }
    @Nested
    class ABodysOwnCount {
        @Test
        void isThatBodysWord() {
            assertThat(claims("BAGHDAD (Wire) - The army said 20 soldiers were wounded. The health ministry said 30 were killed.\n\n"
                    + "The ministry's first count, released overnight, had put the dead at 31.")).filteredOn(c -> c.low() == 31L)
                    .extracting(c -> c.source().name()).containsExactly("ministry");
        }

        @Test
        void andItSaidAfterTheBodysTollIsThatBody() {
            String report = "15:10 — Civil defence spokesman Mahmoud Basal said rescuers had pulled 20 bodies from the rubble.\n\n"
                    + "15:30 — The health ministry's overall toll now stands at 38 345 killed and 88 295 wounded, it said.";
            assertThat(claims(report)).filteredOn(c -> c.low() > 1000L).extracting(c -> c.source().name())
                    .containsExactly("health ministry", "health ministry");
        }

        @Test
        void whileTheArmysFiguresStayADescribedSource() {
            assertThat(only("GOLAN (Wire) - On the Israeli side, 22 soldiers have been killed, according to army figures.",
                    Metric.KILLED).source().name()).isEqualTo("army figures");
        }
    }
    @Nested
    class LostPeople {
        @Test
        void thatASideAdmitsOrAReportRecountsAreItsDead() {
            assertThat(only("N'DJAMENA (Wire) - Chad lost 92 soldiers in a single attack on the peninsula in March.", Metric.KILLED)
                    .party()).isEqualTo("Chad");
            assertThat(only("LONDON (Wire) - Britain lost 179 service personnel in Iraq, the inquiry found.", Metric.KILLED).low())
                    .isEqualTo(179L);
            assertThat(only("GROZNY (Wire) - The separatist commander said his side had lost about 3,000 fighters.", Metric.KILLED)
                    .low()).isEqualTo(3000L);
        }

        @Test
        void butAnAdversarysTallyOfEnemyLossesIsCasualties() {
            assertThat(only("KYIV (Wire) - Ukraine's General Staff said Russia had lost more than 11,000 troops since the invasion began.",
                    Metric.CASUALTIES).party()).isEqualTo("Russia");
            assertThat(only("MOSCOW (Wire) - Over the past day the enemy lost up to 270 servicemen and 26 armoured vehicles, the ministry said.",
                    Metric.CASUALTIES).high()).isEqualTo(270L);
            assertThat(only("KYIV (Wire) - General Staff update: 1,520 Russian personnel lost over the past day.", Metric.CASUALTIES)
                    .low()).isEqualTo(1520L);
        }
    }
    @Nested
    class APeacekeepingMission {
        @Test
        void countsItsOwnPersonnel() {
            assertThat(only("BAMAKO (Wire) - According to UN data, 311 MINUSMA personnel died during the mission's ten years.",
                    Metric.KILLED).party()).isEqualTo("MINUSMA");
            assertThat(claims("PRISTINA (Wire) - In May, 30 KFOR soldiers, 11 of them Italian, were injured in clashes in Zvecan."))
                    .extracting(Claim::low, Claim::party).containsExactly(tuple(30L, "KFOR"), tuple(11L, "Italy"));
        }

        @Test
        void butPeacekeepersOfANationAreTheirCountrysAndCiviliansAreNeverTheMissions() {
            assertThat(only("BEIRUT (Wire) - UNIFIL said two Indonesian peacekeepers were hurt when a tank fired at a watchtower.",
                    Metric.WOUNDED).party()).isEqualTo("Indonesia");
            assertThat(only("GOMA (Wire) - The peacekeeping mission MONUSCO said at least 131 civilians were killed by M23 fighters in North Kivu.",
                    Metric.KILLED).party()).isEqualTo("Democratic Republic of the Congo");
        }
    }
    @Nested
    class ABreakdownInABracketAfterTheWhole {
        @Test
        void countsEachPartWithTheWholesMetric() {
            String report = "ISLAMABAD (Wire) - The institute said 44 attacks across the country killed 134 people in January "
                    + "(102 security personnel, 26 civilians and six militants).";
            assertThat(claims(report)).extracting(Claim::metric, Claim::low, Claim::role).contains(
                    tuple(Metric.KILLED, 134L, Role.UNKNOWN), tuple(Metric.KILLED, 102L, Role.MILITARY),
                    tuple(Metric.KILLED, 26L, Role.CIVILIAN), tuple(Metric.KILLED, 6L, Role.MILITARY));
            assertThat(claims("KHARTOUM (Wire) - Shelling wounded 60 people (41 women and children and 19 men), medics said."))
                    .extracting(Claim::metric).containsOnly(Metric.WOUNDED);
        }
    }
    @Nested
    class ASourceCloseToASide {
        @Test
        void isAnAnonymousSourceTiedToThatSide() {
            Claim c = only("KHARTOUM (Wire) - A source close to the RSF told reporters 40 soldiers were captured.", Metric.CAPTURED);
            assertThat(c.source().name()).isEqualTo("A source close to the RSF");
            assertThat(c.source().affiliation()).isEqualTo("Rapid Support Forces");
            assertThat(only("BAMAKO (Wire) - Sources close to the army said 40 soldiers were killed.", Metric.KILLED).source().name())
                    .isEqualTo("Sources close to the army");
        }
    }
    @Nested
    class AReproducedNumberedStatement {
        @Test
        void issuedAtSomeTimeByABodyIsThatBodysThroughout() {
            String text = "Army says 300 militia fighters killed in failed assault\n\nTranslated | Port Sudan, 16 June 2024\n\n"
                    + "The following is our translation of statement No. 27, issued overnight by the spokesman of the Sudanese "
                    + "Armed Forces.\n\n\"Our forces lost 19 martyrs, and 73 were wounded.\"";
            assertThat(asserted(text)).filteredOn(c -> c.low() == 19L || c.low() == 73L).extracting(c -> c.source().name())
                    .containsOnly("Sudanese Armed Forces");
        }

        @Test
        void takesTheVoiceOfItsTitleWhenNoLineNamesTheAuthor() {
            String text = "Niger: 23 soldiers killed in ambush, defence ministry says (unofficial translation)\n\n"
                    + "Niamey, 22 March 2024 — Translation of communiqué No. 012/MDN, read on television on Thursday.\n\n"
                    + "\"During the reaction of our forces, more than thirty (30) terrorists were neutralised.\"";
            assertThat(asserted(text)).filteredOn(c -> c.low() == 30L).extracting(c -> c.source().name())
                    .containsExactly("defence ministry");
        }
    }
    @Nested
    class LossesListedUpToACasualtyWord {
        @Test
        void takeTheWordThatEndsTheList() {
            assertThat(claims("TBILISI (Wire) - The government put its own losses at 170 servicemen, 14 police officers and 228 "
                    + "civilians killed.")).extracting(Claim::metric).containsOnly(Metric.KILLED).hasSize(3);
        }

        @Test
        void butLossesBesideAnotherClauseStayLosses() {
            assertThat(claims("KYIV (Wire) - The army's losses reached 40 soldiers, and 12 others were wounded."))
                    .extracting(Claim::metric, Claim::low).contains(tuple(Metric.CASUALTIES, 40L));
        }
    }
    @Nested
    class ALabelOpenedByASidesPeople {
        @Test
        void countsThosePeopleNotTheirAttackers() {
            String report = "Key figures\nIsraelis killed by Palestinians in the West Bank and Israel: 24\n"
                    + "Palestinians killed by settlers: 12";
            assertThat(claims(report)).extracting(Claim::low, Claim::party)
                    .containsExactly(tuple(24L, "Israel"), tuple(12L, "Palestine"));
        }
    }
    @Nested
    class AnEnemyThatKilled {
        @Test
        void isTheDoerNotTheCounted() {
            assertThat(only("ADEN (Wire) - The spokesman said the enemy had killed 300 of our fighters since March.",
                    Metric.KILLED).party()).isEqualTo("Yemen");
            assertThat(only("SANAA (Wire) - The enemy, who has killed more than 300 of our brothers in the Gaza Strip, will be "
                    + "punished, the spokesman said.", Metric.KILLED).party()).isEqualTo("Palestine");
            assertThat(only("KYIV (Wire) - Over the past day the enemy lost 1,200 soldiers, the General Staff said.",
                    Metric.CASUALTIES).party()).isEqualTo("Russia");
        }
    }
    @Nested
    class PartsOfSeveralSides {
        @Test
        void eachPartKeepsItsSideAndTheFightersOfBothBelongToNone() {
            List<Claim> cs = claims("ADEN (Wire) - Two days of fighting near Marib have killed at least 65 fighters, 26 of them from "
                    + "pro-government forces and 39 Houthi rebels, a military source said.");
            assertThat(cs).extracting(Claim::low, Claim::party)
                    .containsExactlyInAnyOrder(tuple(65L, null), tuple(26L, "Yemen"), tuple(39L, "Houthis"));
        }

        @Test
        void aPartNamedByItsSoldiersIsTheStates() {
            List<Claim> cs = claims("MOGADISHU (Wire) - The battle for the town left 48 combatants dead, 30 of them government soldiers "
                    + "and 18 al-Shabab militants, residents said.");
            assertThat(cs).extracting(Claim::low, Claim::party)
                    .containsExactlyInAnyOrder(tuple(48L, null), tuple(30L, "Somalia"), tuple(18L, "al-Shabaab"));
        }

        @Test
        void fightersOfOneSideWithForeignMembersKeepTheirSide() {
            List<Claim> cs = claims("ADEN (Wire) - The swap freed 375 pro-government fighters, among them 15 Saudis and 4 Sudanese.");
            assertThat(cs).filteredOn(c -> c.low() == 375L).extracting(Claim::party).containsExactly("Yemen");
        }
    }
    @Nested
    class ABreakdownOpenedByTheCounted {
        @Test
        void ofThoseKilledOpensItsParts() {
            List<Claim> cs = claims("The study counts 3,532 deaths in the conflict between 1969 and 2001. Of those killed, 1,840 were "
                    + "civilians and 1,114 were soldiers or police officers.");
            assertThat(cs).extracting(Claim::low).containsExactlyInAnyOrder(3532L, 1840L, 1114L);
        }

        @Test
        void ofThePeopleWhoDiedLikewise() {
            List<Claim> cs = claims("Officials said 212 people were killed in the siege. Of the people who died, 150 were residents "
                    + "and 62 were militiamen.");
            assertThat(cs).extracting(Claim::low).containsExactlyInAnyOrder(212L, 150L, 62L);
        }
    }
    @Nested
    class ARoundupsItems {
        @Test
        void happenInTheCountryTheirLeadNames() {
            String report = "Regional round-up\n\nIRAQ — A roadside bomb wounded four soldiers near Kirkuk, officials said.\n\n"
                    + "YEMEN — Clashes in the hills south of the city killed 12 pro-government fighters, local officials said.\n\n"
                    + "SYRIA — Shelling killed three civilians in the north-west, rescuers said.";
            assertThat(claims(report)).extracting(Claim::low, Claim::party)
                    .containsExactlyInAnyOrder(tuple(4L, "Iraq"), tuple(12L, "Yemen"), tuple(3L, "Syria"));
        }
    }
    @Nested
    class TitlesOfOfficeHolders {
        @Test
        void speakAsTheSubjectOfASpeechVerb() {
            assertThat(only("QUETTA (Wire) - Gunmen stopped a bus near Zhob and shot dead 14 passengers, the district's deputy "
                    + "commissioner said.", Metric.KILLED).source().name()).contains("deputy commissioner");
            assertThat(only("YEREVAN (Wire) - At least 32 civilians were killed in the shelling, the region's ombudsman said.",
                    Metric.KILLED).source().name()).contains("ombudsman");
            assertThat(only("Gunmen kill seven farmers near Gwoza, vigilante militia says", Metric.KILLED).source().name())
                    .contains("militia");
        }

        @Test
        void evenWithAnAdverbBeforeTheVerb() {
            List<Claim> cs = claims("The monitor counted 500 civilian deaths. Officials in Belgrade today routinely say about 2,500 "
                    + "people were killed.");
            assertThat(cs).filteredOn(c -> c.low() == 2500L).extracting(c -> c.source().name()).containsExactly("Officials in Belgrade");
        }
    }
    @Nested
    class ABulletListUnderACreditedHeading {
        @Test
        void takesTheCreditOfItsHeading() {
            String report = "The strikes, one year on\n\nDEADLIEST STRIKES (Amnesty International figures unless noted)\n\n"
                    + "• Market in Kramatorsk, 9 April: 61 killed at the station\n"
                    + "• Apartment block in Dnipro, 14 January: 46 killed\n"
                    + "• Theatre in Mariupol, 16 March: at least 12 killed";
            assertThat(claims(report)).extracting(c -> c.source().name()).hasSize(3).containsOnly("Amnesty International");
        }

        @Test
        void butNotOverAParagraphOfProse() {
            String report = "DEADLIEST STRIKES (Amnesty International figures)\n\nThe list below is our own, from city records.\n\n"
                    + "• Kramatorsk, 9 April: 61 killed\n• Dnipro, 14 January: 46 killed";
            assertThat(claims(report)).extracting(c -> c.source().name()).doesNotContain("Amnesty International");
        }
    }
    @Nested
    class Yugoslavia {
        @Test
        void isFiledUnderItsSuccessorState() {
            assertThat(only("The Yugoslav army said 462 of its soldiers were killed.", Metric.KILLED).party()).isEqualTo("Serbia");
        }
    }
    @Nested
    class HarmTheReportSetsApart {
        @Test
        void isNoClaim() {
            assertThat(claims("GOMA (Wire) - Unrelated to the fighting, nine people died when a minibus overturned near Sake.")).isEmpty();
            assertThat(claims("KYIV (Wire) - Four people died in house fires over the weekend; the fires were not linked to the war."))
                    .isEmpty();
            assertThat(claims("Lagos: 14 dead as a four-storey building collapses in Ikoyi")).isEmpty();
            assertThat(claims("KANO (Wire) - A fuel tanker caught fire on the Zaria road; the fire brigade reports five dead.")).isEmpty();
        }

        @Test
        void butAnAttackBesideItStaysOne() {
            assertThat(claims("MAIDUGURI (Wire) - Militants attacked a convoy, killing 11 soldiers, the army said, in violence unrelated "
                    + "to the conflict in the south.")).hasSize(1);
        }
    }
    @Nested
    class TheLossOfPeople {
        @Test
        void admittedByTheirSideIsTheirDead() {
            assertThat(only("The Serbian army acknowledged the loss of 462 soldiers.", Metric.KILLED).party()).isEqualTo("Serbia");
            assertThat(claims("N'DJAMENA (Wire) - The government said its operation had killed 1,000 jihadists for the loss of 52 of its "
                    + "own men.")).extracting(Claim::metric, Claim::low).contains(tuple(Metric.KILLED, 52L));
        }

        @Test
        void countedByTheOtherSideStaysCasualties() {
            assertThat(only("KYIV (Wire) - Ukraine's General Staff said the enemy suffered the loss of 1,200 soldiers in a day.",
                    Metric.CASUALTIES).party()).isEqualTo("Russia");
        }

        @Test
        void ofTroopsASideSentAreThoseTroops() {
            assertThat(claims("Poland, which committed some 2,500 soldiers to the stabilisation force and led a division in the south, "
                    + "lost 22.")).extracting(Claim::metric, Claim::low, Claim::party)
                    .containsExactly(tuple(Metric.DEPLOYED, 2500L, "Poland"), tuple(Metric.KILLED, 22L, "Poland"));
        }
    }
    @Nested
    class NamesOfTheDead {
        @Test
        void countTheDead() {
            assertThat(only("The memorial's register of the fallen now holds 4,102 names.", Metric.KILLED).low()).isEqualTo(4102L);
            assertThat(only("By March the archive held 2,317 names of people killed in the province.", Metric.KILLED).low())
                    .isEqualTo(2317L);
        }

        @Test
        void butNamesOnAnythingElseCountNoOne() {
            assertThat(claims("The petition against the war gathered 20,000 names in a week.")).isEmpty();
        }
    }
    @Nested
    class ARunningTollRaisedBeforeItsPeople {
        @Test
        void countsTheSameHarm() {
            List<Claim> cs = claims("The remains of 136 victims were buried on Saturday, bringing to 6,377 the number of victims buried "
                    + "at the memorial.");
            assertThat(cs).extracting(Claim::metric, Claim::low)
                    .containsExactly(tuple(Metric.KILLED, 136L), tuple(Metric.KILLED, 6377L));
        }
    }
    @Nested
    class BalkanPlaces {
        @Test
        void placeTheDeadInTheirCountry() {
            assertThat(only("Some 8,000 Muslim men and boys were killed after Srebrenica fell.", Metric.KILLED).party())
                    .isEqualTo("Bosnia and Herzegovina");
            assertThat(only("Forty-five villagers were killed in Racak in January 1999.", Metric.KILLED).party())
                    .isEqualTo("Kosovo");
        }
    }
    @Nested
    class CountsGivenAsFindingsOrData {
        @Test
        void anInquiryThatFoundAFigureGaveIt() {
            List<Claim> cs = claims("A university team estimated 600,000 deaths. The national health survey, run by the government with the "
                    + "WHO, found about 151,000 violent deaths over the same years.");
            assertThat(cs).filteredOn(c -> c.low() == 151000L).extracting(c -> c.source().name()).containsExactly("national health survey");
        }

        @Test
        void butFindingBodiesIsNoCount() {
            assertThat(only("Troops found 42 bodies after the last firefight, army officials said.", Metric.KILLED).source().name())
                    .isEqualTo("army officials");
        }

        @Test
        void dataFromABodyAreThatBodys() {
            assertThat(only("Figures from the health ministry show 40 people killed in the week.", Metric.KILLED).source().name())
                    .isEqualTo("health ministry");
            assertThat(only("Estimates by rights groups run from 35,000 to 50,000 civilians killed.", Metric.KILLED).source().name())
                    .isEqualTo("rights groups");
        }

        @Test
        void aBodyThatIdentifiedTheDeadCountedThem() {
            assertThat(only("TRIPOLI (Wire) - The search authority has identified the remains of 204 victims through DNA.",
                    Metric.KILLED).source().name()).contains("authority");
            Claim c = only("Russia's own Investigative Committee later identified 162 South Ossetian civilians who had died.",
                    Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Investigative Committee");
            assertThat(c.party()).isEqualTo("Georgia");
        }

        @Test
        void aSpeakerWhoSpokeOfAFigureGaveIt() {
            assertThat(only("General Lebed, who negotiated the accords, spoke in 1996 of 80,000 dead.", Metric.KILLED).source().name())
                    .contains("Lebed");
        }
    }
    @Nested
    class ATickerLinesVoice {
        @Test
        void standsBeforeTheColonWhateverTheBullet() {
            String report = "What we know\n\n▪ Afghan health official: at least 60 dead, 143 hurt\n► Foreign Office: two Britons killed";
            assertThat(claims(report)).extracting(c -> c.source().name())
                    .containsExactly("Afghan health official", "Afghan health official", "Foreign Office");
        }

        @Test
        void butASidesLabelIsNoVoice() {
            assertThat(claims("Losses\n\nKenyan police: 12 dead")).extracting(c -> c.source().name()).containsOnly((String) null);
        }
    }
    @Nested
    class AnAsideOnTheSpeaker {
        @Test
        void tellsWhoTheSpeakerIsNotWhatItSaid() {
            assertThat(only("GOMA (Wire) - The UN mission, which has about 16,000 personnel in the country, said its troops had "
                    + "fired warning shots.", Metric.DEPLOYED).source().name()).isNull();
            assertThat(only("Russia, which has about 2,000 peacekeepers in the region, said on Tuesday it had brokered a truce.",
                    Metric.DEPLOYED).source().name()).isNull();
        }

        @Test
        void andThePeopleItHasAreItsSides() {
            assertThat(only("KAMPALA (Wire) - Uganda's army, which has several thousand soldiers in eastern Congo, said this month that "
                    + "the operation would go on.", Metric.DEPLOYED).party()).isEqualTo("Uganda");
        }

        @Test
        void butWhatTheAsideItselfCountsIsTheBodys() {
            assertThat(only("ACLED, which has recorded more than 154,000 fatalities since 2020, said the war was intensifying.",
                    Metric.KILLED).source().name()).isEqualTo("ACLED");
        }
    }
    @Nested
    class ALabelsBracket {
        @Test
        void namingPeopleIsNoCredit() {
            String report = "Key figures\nGovernment troops killed (soldiers and police): 165\nRebels killed (army figures): 400";
            assertThat(claims(report)).extracting(Claim::low, c -> c.source().name())
                    .containsExactly(tuple(165L, null), tuple(400L, "army"));
        }

        @Test
        void anAbbreviatedBodyWithItsPlaceIsTheCredit() {
            String report = "Figures to date\nKilled (MoH Gaza, cumulative): 41 689\nInjured (MoH Gaza, cumulative): 96 625";
            assertThat(claims(report)).extracting(c -> c.source().name()).containsOnly("MoH Gaza").hasSize(2);
        }
    }
    @Nested
    class APartOfDeathsAfterOfWhich {
        @Test
        void countsThoseDeaths() {
            assertThat(claims("A household survey estimated 654,965 excess deaths by mid-2006, of which 601,027 were due to violence."))
                    .extracting(Claim::metric, Claim::low).containsExactly(tuple(Metric.KILLED, 654965L), tuple(Metric.KILLED, 601027L));
        }

        @Test
        void whileDueToBeFreedStillLooksAhead() {
            assertThat(claims("ADEN (Wire) - Some 33 prisoners are due to be freed on Sunday.")).extracting(Claim::stance)
                    .containsExactly(org.reckon.model.Stance.PROJECTED);
        }
    }
    @Nested
    class ATranscriptsTurn {
        @Test
        void isItsSpeakersToTheEndOfTheParagraph() {
            String report = "Briefing transcript\n\nQ (Radio Ndeke): How many died in the ambush?\n\n"
                    + "SPOKESMAN: Good afternoon. Regrettably, four of our soldiers paid the supreme price. Nine others were wounded "
                    + "and are in hospital.";
            assertThat(claims(report)).extracting(Claim::low, c -> c.source().name())
                    .containsExactly(tuple(4L, "Spokesman"), tuple(9L, "Spokesman"));
        }

        @Test
        void butAQuestionersTurnNamesNoOne() {
            String report = "Briefing transcript\n\nQ: Residents say at least eight farm workers are still missing. Are troops searching?";
            assertThat(claims(report)).extracting(c -> c.source().name()).doesNotContain("Q");
        }
    }
    @Nested
    class ADescribedBodysVoice {
        @Test
        void speaksForTheBodyNamedBefore() {
            String report = "The World Health Organization flew surgical kits into Goma on Monday. At least 900 bodies have been "
                    + "collected since Sunday, the agency's representative in Congo said.";
            assertThat(only(report, Metric.KILLED).source().name()).isEqualTo("World Health Organization");
        }

        @Test
        void evenWhenOnlyAnotherNameOfTheBodyHasTheDescription() {
            String report = "Magen David Adom crews were sent to Beersheba. A missile hit a block of flats and killed four "
                    + "people, the service said.";
            assertThat(only(report, Metric.KILLED).source().name()).isEqualTo("Magen David Adom");
        }

        @Test
        void butAPossessorThatIsNoBodyKeepsTheWords() {
            String report = "Nobody in the valley trusts the count. Sixty people were killed, the region's governor said.";
            assertThat(only(report, Metric.KILLED).source().name()).isNotEqualTo("World Health Organization").contains("governor");
        }
    }
    @Nested
    class APhraseFramingTheSubject {
        @Test
        void isNoPartOfTheSourcesName() {
            String report = "Gaza's health ministry published new figures. In its daily report the ministry put the overall toll at "
                    + "46,913 killed and 110,750 injured.";
            assertThat(claims(report)).extracting(c -> c.source().name()).containsOnly("Gaza's Health Ministry").hasSize(2);
        }

        @Test
        void whateverTheFrame() {
            String report = "Lebanon's health ministry updated its count. On its website the ministry said 31 people were killed.";
            assertThat(only(report, Metric.KILLED).source().name()).doesNotContain("website");
        }
    }
    @Nested
    class ResearchersOfAnInstitution {
        @Test
        void areTheInstitution() {
            assertThat(only("A team from Johns Hopkins University estimated 654,965 excess deaths in the first 40 months.",
                    Metric.KILLED).source().name()).isEqualTo("Johns Hopkins University");
            assertThat(only("Epidemiologists at the London School of Hygiene counted 64,260 deaths in the enclave.",
                    Metric.KILLED).source().name()).isEqualTo("London School of Hygiene");
        }

        @Test
        void butPeopleInATownKeepTheirWords() {
            assertThat(only("Researchers in Goma counted 300 bodies in the camps.", Metric.KILLED).source().name())
                    .isEqualTo("Researchers in Goma");
        }
    }
    @Nested
    class FightersOfADescribedGroup {
        @Test
        void areTheArmedGroupNamedBefore() {
            String report = "Hezbollah fought Israel for fourteen months along the border. Its leaders rarely gave figures. "
                    + "Aid agencies counted the damage in the south. Schools stayed shut for the year. A source close to the "
                    + "group said the movement's own tally of fighters killed stood at 1,800.";
            assertThat(only(report, Metric.KILLED).party()).isEqualTo("Hezbollah");
        }

        @Test
        void andAnInsidersWordsAreTheSource() {
            String report = "Hezbollah has not said how many fighters it lost. An official familiar with the group's internal count "
                    + "said 2,000 of its fighters were killed.";
            Claim c = only(report, Metric.KILLED);
            assertThat(c.party()).isEqualTo("Hezbollah");
            assertThat(c.source().name()).startsWith("An official familiar with");
        }

        @Test
        void butFightersWhoKilledAreNotTheCounted() {
            String report = "The Amhara Fano National Force said its fighters had killed 120 soldiers of the Ethiopian National "
                    + "Defense Force and captured 43 others near Debre Markos.";
            assertThat(only(report, Metric.CAPTURED).party()).isEqualTo("Ethiopia");
        }
    }
    @Nested
    class ABodysCountOpeningTheSentence {
        @Test
        void isThatBodysWord() {
            String report = "Sudan's health ministry was slow to report. The ministry's figure of 21 dead, first released on Friday, "
                    + "rose to 34 on Saturday.";
            assertThat(claims(report)).extracting(c -> c.source().name()).containsOnly("Sudan's Health Ministry").hasSize(2);
        }

        @Test
        void andItsCountIsTheBodyNamedBefore() {
            assertThat(only("Lebanon's health ministry kept counting after the truce. Its final cumulative figure, published in "
                    + "early December, was 4,047 people killed.", Metric.KILLED).source().name()).isEqualTo("Lebanon's Health Ministry");
            assertThat(only("ACLED tracks the war in Sudan. Its database lists more than 28,700 reported fatalities since April.",
                    Metric.KILLED).source().name()).isEqualTo("ACLED");
        }

        @Test
        void butItsTollMayBeAPlacesAndNamesNoOne() {
            assertThat(only("Gaza has been bombed for months. Its death toll rose to 300 on Friday.", Metric.KILLED).source().name())
                    .isNull();
        }
    }
    @Nested
    class ALiveEntrysPlacedVoice {
        @Test
        void afterItsTimeIsTheVoice() {
            assertThat(only("10:41 Belgorod governor: Ukrainian drone kills 2 in Shebekino", Metric.KILLED).source().name())
                    .isEqualTo("Belgorod governor");
            assertThat(only("• Kherson mayor: shelling killed three residents overnight", Metric.KILLED).source().name())
                    .isEqualTo("Kherson mayor");
        }

        @Test
        void whileAPlaceAloneIsNoVoice() {
            assertThat(claims("14:20 Donetsk region: 48 killed, 210 injured")).extracting(c -> c.source().name()).containsOnlyNulls();
        }
    }
    @Nested
    class ASubjectBeforeAShortApposition {
        @Test
        void stillOwnsItsTroops() {
            assertThat(only("Uganda, its largest contributor, has about 4,500 soldiers in Somalia.", Metric.DEPLOYED).party())
                    .isEqualTo("Uganda");
            assertThat(only("Chad, a key ally of France, lost 92 soldiers in Mali in 2013.", Metric.KILLED).party())
                    .isEqualTo("Chad");
        }
    }
    @Nested
    class AVoiceDenied {
        @Test
        void isNoSource() {
            assertThat(only("No group claimed the blast, which killed eight passengers on the Afgoye road.", Metric.KILLED)
                    .source().name()).isNull();
        }
    }
    @Nested
    class APartOfTheDeadThatWereItsOwn {
        @Test
        void isTheSpeakersPeople() {
            assertThat(only("Hezbollah says 16 of the dead in Friday's strike were its members.", Metric.KILLED).party())
                    .isEqualTo("Hezbollah");
            assertThat(only("Islamic Jihad's armed wing said four of the dead were its fighters.", Metric.KILLED).party())
                    .isEqualTo("Palestinian Islamic Jihad");
        }

        @Test
        void whileAPartOfTheDeadWithNoOneNamedStaysUncounted() {
            assertThat(claims("Nineteen of the dead in the market strike were buried on Monday.")).isEmpty();
        }
    }
    @Nested
    class AVoiceCarriesOn {
        @Test
        void onlyInItsOwnParagraph() {
            String report = "A witness, Hodan Ali, said she hid in a kitchen for an hour.\n\nThe group has fought the government for "
                    + "17 years. The president launched an offensive in 2022. The United States has about 450 troops in Somalia.";
            assertThat(only(report, Metric.DEPLOYED).source().name()).isNull();
        }

        @Test
        void throughTheParagraphItSpokeIn() {
            String report = "The ministry said 30 soldiers were killed on Monday. Another 12 were wounded near the border.";
            assertThat(claims(report)).extracting(c -> c.source().name()).containsOnly("ministry").hasSize(2);
        }
    }
    @Nested
    class PeopleAddedToAFigure {
        @Test
        void shareItsFateAsAClaimOfTheirOwn() {
            assertThat(claims("Officials in Yerevan put the army's losses at 2 900 soldiers killed, together with 61 civilians."))
                    .extracting(c -> c.metric() + " " + c.number()).contains("KILLED 2900", "KILLED 61");
            assertThat(claims("Nine Afghan policemen died in the ambush, along with four Turkish engineers."))
                    .extracting(c -> c.party() + " " + c.number()).contains("Turkey 4");
            assertThat(claims("The rebels said they had captured 31 soldiers, as well as three foreign instructors."))
                    .extracting(c -> c.metric() + " " + c.number()).contains("CAPTURED 3");
            assertThat(claims("Some 40 prisoners were freed on Friday, plus two journalists held since 2023."))
                    .extracting(c -> c.number()).contains(40L, 2L);
        }

        @Test
        void whileThingsAddedAreNoPeople() {
            assertThat(claims("The brigade lost 70 soldiers in the battle, along with 14 tanks and 9 armoured vehicles."))
                    .extracting(c -> c.number()).containsExactly(70L);
        }

        @Test
        void whileAnAdditionAfterAClauseOfItsOwnIsNot() {
            assertThat(claims("Twelve soldiers were killed, officials said on Monday that the convoy was carrying fuel along with 8 guards."))
                    .extracting(c -> c.number()).containsExactly(12L);
        }
    }
    @Nested
    class APartOfTheDeadNamedByNationality {
        @Test
        void countsOneAsWellAsMany() {
            assertThat(only("One of the dead was a Nepali national, police in Srinagar said.", Metric.KILLED).party())
                    .isEqualTo("Nepal");
            assertThat(only("The agency said one of those killed was a Filipino seafarer.", Metric.KILLED).number()).isEqualTo(1L);
            assertThat(only("Four of the wounded were Thai farm workers.", Metric.WOUNDED).party()).isEqualTo("Thailand");
        }

        @Test
        void whileOneOfAKindCountsNothing() {
            assertThat(claims("It was one of the deadliest attacks on the city this year.")).isEmpty();
            assertThat(claims("One of the victims was a nine-year-old girl.")).isEmpty();
        }
    }
    @Nested
    class AnOpeningOfTheDead {
        @Test
        void saysWhatItsFigureCountsWhenNoSentenceBeforeCounted() {
            assertThat(only("Of the dead, 74 were police officers, the prosecutor's office said.", Metric.KILLED).number())
                    .isEqualTo(74L);
            assertThat(only("Of those wounded, 31 were soldiers of the 93rd brigade.", Metric.WOUNDED).number()).isEqualTo(31L);
        }
    }
    @Nested
    class ASinglePersonListedAfterAFigure {
        @Test
        void countsOneOfTheirSide() {
            assertThat(claims("Two Filipinos and a Vietnamese national were among the crew killed, the ship's manager said."))
                    .extracting(c -> c.party() + " " + c.number()).contains("Philippines 2", "Vietnam 1");
            assertThat(claims("The eleven still missing are ten Indian sailors and a Georgian engineer."))
                    .extracting(c -> c.party() + " " + c.number()).contains("Georgia 1");
            assertThat(claims("The ambush killed four soldiers and a police officer near Kidal."))
                    .extracting(c -> c.number()).containsExactlyInAnyOrder(4L, 1L);
        }

        @Test
        void whileAThingListedIsNoOne() {
            assertThat(claims("The strike killed three soldiers and a dog.")).extracting(c -> c.number()).containsExactly(3L);
            assertThat(claims("Twelve people were killed and a school was destroyed.")).extracting(c -> c.number()).containsExactly(12L);
        }
    }
    @Nested
    class RanksAmongFightersCounted {
        @Test
        void areAPartOfThemNotAClaim() {
            assertThat(claims("The army said it had killed 63 insurgents near Mbau, including four commanders."))
                    .extracting(c -> c.number()).containsExactly(63L);
            assertThat(claims("Seven border guards, among them two officers, were wounded in the shelling."))
                    .extracting(c -> c.number()).containsExactly(7L);
            assertThat(claims("The group said the captives, including five officers, would be exchanged."))
                    .extracting(c -> c.number()).isEmpty();
        }

        @Test
        void whileARoleAmongPeopleIsAClaim() {
            assertThat(claims("Nine people were killed in the blast, including three police officers."))
                    .extracting(c -> c.number()).containsExactlyInAnyOrder(9L, 3L);
            assertThat(claims("The raid killed 14 villagers, including two community leaders."))
                    .extracting(c -> c.number()).containsExactlyInAnyOrder(14L, 2L);
        }
    }
    @Nested
    class ATimePhraseBetweenASpeakerAndTheVerb {
        @Test
        void isNoPartOfTheSpeaker() {
            assertThat(only("The Yugoslav government at the time put the number of soldiers killed at 1,200.", Metric.KILLED)
                    .source().name()).isEqualTo("Yugoslav government");
            assertThat(only("The health ministry the following day said 41 people had been killed.", Metric.KILLED)
                    .source().name()).isEqualTo("health ministry");
            assertThat(only("Kenya's interior ministry last week said 300 more police officers had arrived in Haiti.", Metric.DEPLOYED)
                    .source().name()).isEqualToIgnoringCase("interior ministry");
        }
    }
    @Nested
    class TheOwnerOfACount {
        @Test
        void afterByInOrOnIsTheVoice() {
            assertThat(only("Near Prizren, 31 villagers were shot dead, by Amnesty International's count.", Metric.KILLED)
                    .source().name()).isEqualTo("Amnesty International");
            assertThat(only("By the count of Human Rights Watch, 57 people died in the shelling of the market.", Metric.KILLED)
                    .source().name()).isEqualTo("Human Rights Watch");
            assertThat(only("Some 9,000 Houthi fighters died in the Marib offensive, in the estimate of the Yemeni army.", Metric.KILLED)
                    .source().name()).containsIgnoringCase("army");
            assertThat(only("By the reckoning of a Saudi coalition spokesman, 3,100 rebels were killed that spring.", Metric.KILLED)
                    .source().name()).containsIgnoringCase("spokesman");
        }

        @Test
        void evenWhereTheCountIsNamedAfterAccordingTo() {
            assertThat(only("KABUL - In all, 412 police officers died in the province, according to the interior ministry's tally.",
                    Metric.KILLED).source().name()).containsIgnoringCase("interior ministry");
        }

        @Test
        void whileATimesCountOrTheOutletsOwnNamesNoVoice() {
            assertThat(only("By Friday's count, 40 people had been killed in the clashes.", Metric.KILLED).source().name()).isNull();
            assertThat(only("By our count, at least 75 civilians have died in the strikes this month.", Metric.KILLED).source().name())
                    .isNull();
        }
    }
    @Nested
    class ACountingVerbsSubject {
        @Test
        void countedThePeopleItNamed() {
            assertThat(only("Volunteers at the Istok project have identified by name more than 61,000 Russian soldiers killed in "
                    + "the war.", Metric.KILLED).source().name()).contains("Istok");
            assertThat(only("The Memorial Books team, working with local archivists, had by the end of May established the names "
                    + "of 4 310 soldiers killed.", Metric.KILLED).source().name()).contains("Memorial Books");
        }

        @Test
        void whileAVerbOfDoingNamesNoVoice() {
            assertThat(only("Fighters established a new camp near Kidal after 30 soldiers were killed there.", Metric.KILLED)
                    .source().name()).isNull();
        }
    }
    @Nested
    class TheGroupAfterAnArmedGroupSpoke {
        @Test
        void notAMonitorNamedLater() {
            List<Claim> cs = claims("The Karen National Union (KNU) said on Tuesday it had seized two junta outposts. The group said "
                    + "nine of its fighters were killed in the assault.\n\nThe Assistance Association for Political Prisoners "
                    + "(AAPP), a rights group, said 40 civilians had died in air strikes that month.");
            assertThat(cs).filteredOn(x -> x.low() == 9L).extracting(x -> x.source().name()).containsExactly("Karen National Union");
            assertThat(cs).filteredOn(x -> x.low() == 40L).extracting(x -> x.source().name())
                    .containsExactly("Assistance Association for Political Prisoners");
        }
    }
    @Nested
    class AParticipleAfterASpeechVerb {
        @Test
        void sharesItsSpeaker() {
            List<Claim> cs = claims("Troops killed 12 gunmen near Tepalcatepec on Sunday, the Defense Ministry said, adding that two "
                    + "soldiers were killed and five were wounded.");
            assertThat(cs).filteredOn(c -> c.low() == 2L || c.low() == 5L).extracting(c -> c.source().name())
                    .containsOnly("Defense Ministry");
        }

        @Test
        void orTheSubjectOfTheClauseItFollows() {
            assertThat(only("The World Food Programme went further in a 2023 review, estimating that the siege had caused some "
                    + "18,000 deaths.", Metric.KILLED).source().name()).contains("World Food Programme");
        }
    }
    @Nested
    class TheirPeopleInOnePersonsCount {
        @Test
        void areThoseOfThePartyOpeningTheSentence() {
            assertThat(only("The Houthis stopped naming their dead in 2021, when, by the reckoning of a government military "
                    + "spokesman, some 9,000 of their fighters died in six months.", Metric.KILLED).party()).isEqualTo("Houthis");
        }

        @Test
        void whileABodysOwnPeopleStayItsOwn() {
            assertThat(only("Armenian officials say 85 civilians were killed on their side.", Metric.KILLED).party())
                    .isEqualTo("Armenia");
        }
    }
    @Nested
    class ACitedDocument {
        @Test
        void thatNamesWhoseItIsIsTheOriginator() {
            Claim c = only("The Kyiv Independent, citing a classified Ukrainian assessment, reported that 46,000 Ukrainian soldiers "
                    + "had died.", Metric.KILLED);
            assertThat(c.source().name()).contains("Ukrainian assessment");
            assertThat(c.source().chain()).hasSize(2);
            assertThat(only("Senator Warner told reporters, citing newly declassified U.S. intelligence, that about 9,000 Russian "
                    + "troops had been wounded.", Metric.WOUNDED).source().name()).contains("U.S. intelligence");
        }

        @Test
        void whileFiguresOfNoOneLeaveTheSpeaker() {
            assertThat(only("At least 900 soldiers have been killed, the defence minister said on Friday, citing preliminary figures.",
                    Metric.KILLED).source().name()).isEqualToIgnoringCase("defence minister");
        }
    }
    @Nested
    class ADocumentThatPutsAFigure {
        @Test
        void speaksForTheBodyItNames() {
            assertThat(only("Leaked NATO documents in 2024 put Russian soldiers killed at 70 000-90 000.", Metric.KILLED)
                    .source().name()).contains("NATO");
            assertThat(claims("The health survey counted 40,000 violent deaths. A 2019 poll by the firm Gallup put the number of dead "
                    + "above 90,000.")).filteredOn(c -> c.low() == 90000L).extracting(c -> c.source().name()).containsExactly("Gallup");
        }

        @Test
        void andOnePersonHasPutItToo() {
            assertThat(claims("The army says it killed more than 1 200 fighters, and Prime Minister Ana Brnabic has put the figure as "
                    + "high as 2 000.")).filteredOn(c -> Long.valueOf(2000L).equals(c.high())).extracting(c -> c.source().name()).containsExactly("Ana Brnabic");
        }

        @Test
        void whileEstimatesOfNoOneLeaveTheSpeakerWhoCitesThem() {
            assertThat(only("The UN envoy, Lucia Moreno, said last year that some estimates put the toll as high as 60,000.",
                    Metric.KILLED).source().name()).isEqualTo("Lucia Moreno");
        }

        @Test
        void andTroopsPutOutOfActionAreNoVoice() {
            assertThat(only("Ukraine's General Staff said 980 more Russian troops were put out of action over the past day.",
                    Metric.CASUALTIES).source().name()).contains("General Staff");
        }
    }
    @Nested
    class OneOfSeveralSources {
        @Test
        void isTheSourcesNamedBefore() {
            List<Claim> cs = claims("Two security sources told the wire service that at least 30 soldiers were killed. One of them said "
                    + "about 12 civilians sheltering near the base also died.");
            assertThat(cs).filteredOn(c -> c.low() == 12L).extracting(c -> c.source().name()).singleElement().asString()
                    .contains("security sources");
        }
    }
    @Nested
    class APartOfTheCountedByPlaceTimeOrCause {
        @Test
        void isAClaimOfTheSameMetric() {
            assertThat(claims("Police records show 410 officers have been killed since January, 120 of them in Port-au-Prince."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 410", "KILLED 120");
            assertThat(claims("Some 3,200 civilians died in the province last year, about 900 of them during the siege of the port."))
                    .extracting(Claim::low).containsExactly(3200L, 900L);
            assertThat(claims("About 12,000 people died in the region, some 5,000 of them as a result of the fighting."))
                    .extracting(Claim::low).containsExactly(12000L, 5000L);
        }

        @Test
        void whileAPartByConditionOrMannerIsNot() {
            assertThat(claims("More than 60 people were wounded on Sunday, 14 of them in a serious condition."))
                    .extracting(Claim::low).containsExactly(60L);
            assertThat(claims("In the 2014 war, 11 soldiers died last summer, three of them by friendly fire."))
                    .extracting(Claim::low).containsExactly(11L);
        }
    }
    @Nested
    class SurrenderAndAbduction {
        @Test
        void surrenderedFightersAreCaptured() {
            assertThat(only("Eleven ADF fighters surrender to troops near Beni", Metric.CAPTURED).low()).isEqualTo(11L);
            assertThat(only("The army said more than 2 100 Maoist regulars had surrendered since 2019.", Metric.CAPTURED).low())
                    .isEqualTo(2100L);
            assertThat(only("Since March, 640 ex-associates of the sect have surrendered to the joint task force.", Metric.CAPTURED).low())
                    .isEqualTo(640L);
            assertThat(only("Officials said 15 deserters were surrendering to border guards every week.", Metric.CAPTURED).low())
                    .isEqualTo(15L);
        }

        @Test
        void andAbductedPeopleToo() {
            assertThat(only("Police said nine pupils were kidnapped from the school overnight.", Metric.CAPTURED).low()).isEqualTo(9L);
            assertThat(only("The governor said 23 farmers were abducted near the river on Tuesday.", Metric.CAPTURED).low())
                    .isEqualTo(23L);
        }

        @Test
        void whileTheSurrenderAsANounIsNoCasualtyWord() {
            assertThat(claims("The flight that followed the surrender emptied the valley: some 40,000 people left within days.")).isEmpty();
        }

        @Test
        void andElementsOfAMilitiaAreFighters() {
            assertThat(only("Our forces eliminated more than 120 elements of the rebel militia.", Metric.KILLED).role())
                    .isEqualTo(Role.MILITARY);
        }
    }
    @Nested
    class PeopleOfAForceAreDeployed {
        @Test
        void whenAModifierNamesTheirService() {
            Claim c = only("The ministry said about 600 army engineers had been sent to the border region to clear mines.", Metric.DEPLOYED);
            assertThat(c.low()).isEqualTo(600L);
            assertThat(c.role()).isEqualTo(Role.MILITARY);
            assertThat(only("Some 2,500 reinforcements arrived in the port city over the weekend, officials said.", Metric.DEPLOYED).low())
                    .isEqualTo(2500L);
        }

        @Test
        void andPeopleWhoFightAreCombatants() {
            Claim fighting = only("Officials said at least 300 foreign nationals were fighting in the region, and 12 of them had been killed.",
                    Metric.DEPLOYED);
            assertThat(fighting.low()).isEqualTo(300L);
            assertThat(fighting.role()).isEqualTo(Role.MILITARY);
            assertThat(claims("About 40 civilians were fighting for their lives in hospital.")).isEmpty();
        }
    }
    @Nested
    class TheSizeOfAForce {
        @Test
        void isADeploymentOfSoldiers() {
            Claim c = only("Western officials have put the size of the brigade's contingent at 6,000 to 7,000.", Metric.DEPLOYED);
            assertThat(c.low()).isEqualTo(6000L);
            assertThat(c.role()).isEqualTo(Role.MILITARY);
            assertThat(claims("Some 220 Polish engineers arrived in Constanta on Monday, bringing the Polish contingent to about 1,100."))
                    .extracting(c2 -> c2.metric() + " " + c2.low()).contains("DEPLOYED 1100");
        }

        @Test
        void andMaimedPeopleAreWounded() {
            assertThat(claims("Cluster munitions have killed 41 villagers and maimed 130 since the spring, the charity said."))
                    .extracting(c -> c.metric() + " " + c.low()).containsExactly("KILLED 41", "WOUNDED 130");
        }
    }
    @Nested
    class MenOfADescribedGroup {
        @Test
        void areTheGroupNamedBefore() {
            assertThat(only("Viv Ansanm gangs attacked the town overnight. A man who says he is a Viv Ansanm commander says four of the "
                    + "coalition's men were killed in the fighting.", Metric.KILLED).party()).isEqualTo("Viv Ansanm");
            assertThat(only("Al-Shabaab fighters stormed the base at dawn. Officers said troops killed nine of the group's elements "
                    + "before the attack was repulsed.", Metric.KILLED).party()).isEqualTo("al-Shabaab");
        }
    }
    @Nested
    class TroopsDeployedAbroad {
        @Test
        void areGuestsNotTheSideWhoseDeadTheReportCounts() {
            List<Claim> cs = claims("Some 2,000 Ugandan troops have been deployed to back the government in Juba since March, Kampala says. "
                    + "The information minister said 27 soldiers were killed in the attack and subsequent fighting with the White Army militia.");
            assertThat(cs).filteredOn(c -> c.metric() == Metric.KILLED).extracting(Claim::party).containsExactly("South Sudan");
            assertThat(cs).filteredOn(c -> c.metric() == Metric.DEPLOYED).extracting(Claim::party).containsExactly("Uganda");
        }
    }
    @Nested
    class SouthSudansArmy {
        @Test
        void isNotSudans() {
            assertThat(only("The South Sudanese army said 19 soldiers died when gunmen overran an outpost near Nasir.", Metric.KILLED).party())
                    .isEqualTo("South Sudan");
            assertThat(only("Sudan's army said 19 soldiers died when gunmen overran an outpost near El Obeid.", Metric.KILLED).party())
                    .isEqualTo("Sudan");
        }
    }
    @Nested
    class EveryPartOfABreakdown {
        @Test
        void isOfTheWholesPeopleNotOfThePlaceWhereTheyFell() {
            assertThat(claims("The monitor recorded 13 Israelis killed in the West Bank during the period, including 6 police officers "
                    + "and 7 settlers.")).extracting(c -> c.low() + " " + c.party())
                    .containsExactly("13 Israel", "6 Israel", "7 Israel");
            assertThat(claims("A Syrian war monitor said 31 Turks had been killed in Idlib province since March, including 11 commandos "
                    + "and 14 truck drivers.")).extracting(c -> c.low() + " " + c.party())
                    .containsExactly("31 Turkey", "11 Turkey", "14 Turkey");
        }

        @Test
        void evenWhereARankOpensTheListAndCountsNoFigureOfItsOwn() {
            assertThat(claims("The group said 30 Russian soldiers were killed in the Kharkiv region, including four officers, two pilots "
                    + "and nine conscripts.")).extracting(c -> c.low() + " " + c.party())
                    .containsExactly("30 Russia", "2 Russia", "9 Russia");
        }
    }
    @Nested
    class NumbersInARatio {
        @Test
        void countNobody() {
            assertThat(claims("As a rule of thumb, several soldiers are wounded for each one killed, so the two tallies can differ "
                    + "by a factor of three or four.")).isEmpty();
            assertThat(claims("For every soldier killed, two or three are wounded, an analyst said.")).isEmpty();
        }

        @Test
        void butTheCountsBesideThemStillDo() {
            assertThat(only("The army said each of the 12 soldiers killed in the ambush would be buried on Friday.", Metric.KILLED).low())
                    .isEqualTo(12L);
            assertThat(only("Every two hours another civilian dies in the city, the charity said, after 40 were killed last week.",
                    Metric.KILLED).low()).isEqualTo(40L);
        }
    }
    @Nested
    class AFireNamedByWhereItBrokeOut {
        @Test
        void isAnAccident() {
            assertThat(claims("Wedding hall fire: death toll rises to 107")).isEmpty();
            assertThat(claims("Nightclub fire in the capital kills 31, police say.")).isEmpty();
        }

        @Test
        void butAFireAStrikeStartedIsStillViolence() {
            assertThat(only("A strike on the factory started a fire that killed 9 workers, the governor said.", Metric.KILLED).low())
                    .isEqualTo(9L);
        }
    }
    @Nested
    class ABareFigureWithTheSamePhraseAsTheOneBefore {
        @Test
        void sharesItsVerbAndPeople() {
            assertThat(claims("Gunmen killed nine villagers on Monday and four on Tuesday near Bama, police said."))
                    .extracting(c -> c.low() + " " + c.metric() + " " + c.role())
                    .containsExactly("9 KILLED CIVILIAN", "4 KILLED CIVILIAN");
            assertThat(claims("The monitor said 412 of the civilians were killed by government troops, 583 by the jihadist alliance "
                    + "and 251 by the Sahel branch of the Islamic State.")).extracting(c -> c.low() + " " + c.metric())
                    .containsExactly("412 KILLED", "583 KILLED", "251 KILLED");
        }

        @Test
        void whereTheFirstVerbComesAfterItsPeople() {
            assertThat(claims("The health minister said 14 people, among them a nurse, died in the first wave of blasts and 23 in the "
                    + "second.")).extracting(c -> c.low() + " " + c.metric()).contains("14 KILLED", "23 KILLED");
            assertThat(claims("Two soldiers were wounded at the checkpoint, and three near the market.")).extracting(c -> c.low() + " " + c.metric())
                    .containsExactly("2 WOUNDED", "3 WOUNDED");
        }

        @Test
        void butNotAFigureWithAClauseOrPeopleOfItsOwn() {
            assertThat(claims("Shelling killed 6 civilians in the town on Friday and 3 in the village were left homeless."))
                    .extracting(c -> c.low()).containsExactly(6L);
            assertThat(claims("Rebels killed 20 soldiers in the ambush, and 300 in the town fled across the river."))
                    .extracting(c -> c.low()).containsExactly(20L);
        }
    }
    @Nested
    class SoldiersNamedAsTheRegimes {
        @Test
        void areTheStatesWhoeverClaimsToHaveKilledThem() {
            assertThat(only("Fighting in Myanmar: the National Unity Government said its forces had killed 40 junta soldiers in Sagaing "
                    + "last month.", Metric.KILLED).party()).isEqualTo("Myanmar");
            assertThat(only("Opposition fighters in Syria's Daraa province said they had killed 12 government soldiers at a checkpoint.",
                    Metric.KILLED).party()).isEqualTo("Syria");
            assertThat(only("Rebels in Syria's Idlib province said they had killed 61 regime troops near Saraqeb.", Metric.KILLED).party())
                    .isEqualTo("Syria");
        }

        @Test
        void butTheRegimesOwnClaimStillCountsTheOtherSide() {
            assertThat(only("In Myanmar, the junta said its troops had killed 30 resistance fighters in Sagaing.", Metric.KILLED).party())
                    .isNotEqualTo("Myanmar");
        }
    }
    @Nested
    class AVagueCountInTheParse {
        @Test
        void bindsToItsVerbsSubjectLikeANumber() {
            assertThat(only("The SDF said its fighters had beaten back an assault on the dam and killed dozens of mercenaries.",
                    Metric.KILLED).party()).isNotEqualTo("Syrian Democratic Forces");
            assertThat(only("The PKK said its units had ambushed a convoy and killed scores of Turkish soldiers.", Metric.KILLED).party())
                    .isEqualTo("Turkey");
        }
    }
    @Nested
    class ALabelLineForAnAgeOrSexGroup {
        @Test
        void underALineThatCountsTheSameHarmIsInsideThatCount() {
            assertThat(claims("Quarterly civilian impact report\n\nThe monitor recorded these figures for the quarter.\n\n"
                    + "Civilian casualties: 187\nChild casualties: 71\nFemale casualties: 24\n\nMost were caused by shelling."))
                    .extracting(c -> c.low()).containsExactly(187L);
            assertThat(claims("Weekly tally from the health office\n\nPeople killed: 58\nChildren killed: 19\n\nThe office gave no names."))
                    .extracting(c -> c.low()).containsExactly(58L);
        }

        @Test
        void butAGroupLineThatCountsAnotherHarmStandsAlone() {
            assertThat(claims("Weekly tally from the health office\n\nPeople killed: 58\nChildren wounded: 31\n\nThe office gave no names."))
                    .extracting(c -> c.low() + " " + c.metric()).containsExactly("58 KILLED", "31 WOUNDED");
        }
    }
    @Nested
    class PeopleReleasedInAnExchange {
        @Test
        void areCapturedAndTheirOwnSides() {
            assertThat(claims("On Tuesday Baku freed 15 Armenian soldiers and Yerevan released 4 Azerbaijani servicemen."))
                    .extracting(c -> c.low() + " " + c.metric() + " " + c.party())
                    .containsExactly("15 CAPTURED Armenia", "4 CAPTURED Azerbaijan");
            assertThat(only("Manila says 9 Filipino seafarers have been released by the Houthis after a year in Yemen.", Metric.CAPTURED)
                    .party()).isEqualTo("Philippines");
            assertThat(claims("The 17 sailors, held for three weeks, were released on Sunday.")).extracting(c -> c.low() + " " + c.metric())
                    .containsExactly("17 CAPTURED");
        }

        @Test
        void butAFigureOrAVideoThatWasReleasedIsNotAPerson() {
            assertThat(claims("The ministry's figure of 21 dead, first released on Friday, rose to 34 on Saturday."))
                    .extracting(c -> c.metric()).containsOnly(Metric.KILLED);
            assertThat(claims("About 80,000 people have fled, according to the latest figures, released in March.")).isEmpty();
        }
    }
    @Nested
    class AGappedClauseWithANewSubject {
        @Test
        void countsTheNewSubjectsPeopleWithTheSameVerb() {
            assertThat(claims("Over the decade Russia lost 300 soldiers in Syria, and Iran about 120, the study found."))
                    .extracting(c -> c.low() + " " + c.metric() + " " + c.party()).containsExactly("300 KILLED Russia", "120 KILLED Iran");
            assertThat(claims("In the first week Israel lost 40 soldiers, Hezbollah some 200.")).extracting(c -> c.low() + " " + c.party())
                    .containsExactly("40 Israel", "200 Hezbollah");
            assertThat(claims("Historians say the Soviet Union lost about 15,000 men in Afghanistan, and the United States some 58,000 in "
                    + "Vietnam.")).extracting(c -> c.low() + " " + c.party())
                    .containsExactly("15000 Soviet Union", "58000 United States");
        }

        @Test
        void butNotAVerbsSecondObject() {
            assertThat(claims("Militants have attacked the region since 2015, killing about 2,000 people and displacing 1.4 million."))
                    .extracting(c -> c.low()).containsExactly(2000L);
        }
    }
    @Nested
    class APartysCountInATally {
        @Test
        void inBracketsAfterATotalIsThatPartysShare() {
            assertThat(claims("Soldiers killed in the three countries last year: 544 (Burkina Faso 312, Mali 129, Niger 103)."))
                    .extracting(c -> c.low() + " " + c.party()).contains("312 Burkina Faso", "129 Mali", "103 Niger");
            assertThat(claims("Jihadist attacks killed 610 soldiers across the region (Nigeria 280, Chad 190 and Cameroon 140) in 2023."))
                    .extracting(c -> c.low() + " " + c.metric() + " " + c.party())
                    .contains("280 KILLED Nigeria", "190 KILLED Chad", "140 KILLED Cameroon");
        }

        @Test
        void butARoadOrAResolutionNumberIsNoCount() {
            assertThat(claims("Troops closed Route 6 near the border after 4 people were killed.")).extracting(c -> c.low())
                    .containsExactly(4L);
        }
    }
}
