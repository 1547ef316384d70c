package org.attache.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

  private static List<Event> ofType(List<Event> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void readsAVisitBetweenVisitorAndHost() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov paid an official visit to Pakistan on May 3.",
            "2023-05-04",
            "Arif Karimov=AZ");
    assertThat(events).hasSize(1);
    Event visit = events.get(0);
    assertThat(visit.type()).isEqualTo(EventType.VISIT);
    assertThat(visit.cameo()).isEqualTo("042");
    assertThat(visit.countries()).containsExactly("AZ", "PK");
    assertThat(visit.location().country()).isEqualTo("PK");
    assertThat(visit.participants()).extracting(Participant::name).containsExactly("Arif Karimov");
    assertThat(visit.status()).isEqualTo(EventStatus.HAPPENED);
  }

  @Test
  void shipsNamedByTheirPrefixesCarryOutAnExercise() {
    List<Event> events =
        Reports.events(
            "On Tuesday, HMS Larkspur and the corvette KD Tebrau carried out a passage exercise"
                + " in the Strait of Malacca.",
            "2025-05-08");
    assertThat(events).extracting(Event::type).containsExactly(EventType.EXERCISE);
    assertThat(events.get(0).countries()).containsExactly("GB", "MY");
    assertThat(events.get(0).date()).isEqualTo("2025-05-06");
  }

  @Test
  void aHostReceivingAStatesMinisterByItsPossessiveIsAMeeting() {
    List<Event> events =
        Reports.events(
            "Defence Minister Tomas Varga on Monday received Slovakia's Minister of Defence,"
                + " Jana Kralova, for talks on air policing.",
            "2026-02-10",
            "Tomas Varga=HU",
            "Jana Kralova=SK");
    assertThat(ofType(events, EventType.MEETING)).hasSize(1);
    assertThat(ofType(events, EventType.MEETING).get(0).countries()).containsExactly("HU", "SK");
  }

  @Test
  void aUnitTrainedByAnotherStatesInstructorsIsTraining() {
    List<Event> events =
        Reports.events(
            "A Malian battalion trained by Senegalese instructors completed its course in 2024.",
            "2026-02-10");
    assertThat(events).extracting(Event::type).containsExactly(EventType.TRAINING);
    assertThat(events.get(0).countries()).containsExactly("ML", "SN");
  }

  @Test
  void aBatchDescribedByARelativeClauseIsAnArmsTransfer() {
    List<Event> events =
        Reports.events(
            "The second batch, which included armoured vehicles and radios, was delivered by"
                + " Turkey to Ghana in March.",
            "2026-05-10");
    assertThat(events).extracting(Event::type).containsExactly(EventType.ARMS);
    assertThat(events.get(0).countries()).containsExactly("GH", "TR");
  }

  @Test
  void standingBehindAStatesSovereigntyIsSupport() {
    List<Event> events =
        Reports.events(
            "Kenya stood firmly behind the sovereignty and territorial integrity of Somalia,"
                + " the minister said on Monday.",
            "2026-05-10");
    assertThat(events).extracting(Event::type).containsExactly(EventType.SUPPORT);
    assertThat(events.get(0).countries()).containsExactly("KE", "SO");
  }

  @Test
  void aStateNamedOnlyByItsBorderIsNoParty() {
    List<Event> events =
        Reports.events(
            "Troops from Finland and Estonia began the exercise on Tuesday a few kilometres from"
                + " the Russian border.",
            "2026-09-03");
    assertThat(events).extracting(Event::type).containsExactly(EventType.EXERCISE);
    assertThat(events.get(0).countries()).containsExactly("EE", "FI");
  }

  @Test
  void antarcticaIsNoState() {
    List<Event> events =
        Reports.events(
            "Chile and Argentina signed an agreement on search and rescue in Antarctica on"
                + " Tuesday.",
            "2026-03-11");
    assertThat(events).extracting(Event::type).containsExactly(EventType.AGREEMENT);
    assertThat(events.get(0).countries()).containsExactly("AR", "CL");
  }

  @Test
  void anAmbassadorMetWhereHeIsAccreditedMakesNoVisit() {
    List<Event> events =
        Reports.events(
            "Defence Minister Karl Weber on Wednesday received Latvia's ambassador to Germany,"
                + " Ilze Ozola, at the ministry in Berlin. The two discussed the brigade's"
                + " barracks.",
            "2026-02-12",
            "Karl Weber=DE",
            "Ilze Ozola=LV=Ambassador to Germany");
    assertThat(events).extracting(Event::type).containsExactly(EventType.MEETING);
    assertThat(events.get(0).countries()).containsExactly("DE", "LV");
  }

  @Test
  void aStateTalkedAboutIsNoParty() {
    List<Event> events =
        Reports.events(
            "General Marco Conti met the Minister of Defence, Sami Haddad, in Tunis, where the"
                + " two reviewed the situation in the Sahel and in Libya.",
            "2025-12-09",
            "Marco Conti=IT",
            "Sami Haddad=TN");
    assertThat(ofType(events, EventType.MEETING)).hasSize(1);
    assertThat(ofType(events, EventType.MEETING).get(0).countries()).containsExactly("IT", "TN");
  }

  @Test
  void cadetsGraduatingFromAForeignAcademyAreTraining() {
    List<Event> events =
        Reports.events(
            "Twelve Ghanaian cadets graduated on Friday from the Turkish Military Academy in"
                + " Ankara.",
            "2025-06-30");
    assertThat(events).extracting(Event::type).containsExactly(EventType.TRAINING);
    assertThat(events.get(0).countries()).containsExactly("GH", "TR");
  }

  @Test
  void boatsAndEquipmentHandedOverByANavyAreAnArmsTransfer() {
    List<Event> events =
        Reports.events(
            "The Indian Navy handed over three inflatable boats and diving equipment to the"
                + " Mauritian coast guard in Port Louis.",
            "2025-06-30");
    assertThat(events).extracting(Event::type).containsExactly(EventType.ARMS);
    assertThat(events.get(0).countries()).containsExactly("IN", "MU");
  }

  @Test
  void batchesToldWithoutTheirStatesAreBatchesOfTheReportsTransfer() {
    List<Event> events =
        Reports.events(
            "The second batch of six Bayraktar (TB2) drones for the Kenyan army arrived from"
                + " Turkey on Monday. The first batch of six drones was unloaded in Mombasa in"
                + " March.",
            "2025-06-04");
    assertThat(events).extracting(Event::type).containsExactly(EventType.ARMS, EventType.ARMS);
    assertThat(events).allSatisfy(e -> assertThat(e.countries()).containsExactly("KE", "TR"));
    assertThat(events).extracting(Event::date).containsExactly("2025-06-02", "2025-03");
  }

  @Test
  void aRoundOfADialogueAheadIsAPlannedMeeting() {
    List<Event> events =
        Reports.events(
            "The Australian and Indonesian defence ministries will hold the fourth round of their"
                + " security dialogue in Canberra in June.",
            "2025-02-01");
    assertThat(events).extracting(Event::type).containsExactly(EventType.MEETING);
    assertThat(events.get(0).countries()).containsExactly("AU", "ID");
    assertThat(events.get(0).status()).isEqualTo(EventStatus.PLANNED);
    assertThat(events.get(0).date()).isEqualTo("2025-06");
  }

  @Test
  void aMeetingDuringAVisitIsTwoEvents() {
    List<Event> events =
        Reports.events(
            "General Tariq Noor, who is on an official visit to Azerbaijan, met Defence Minister"
                + " Arif Karimov in Baku on May 3.",
            "2023-05-04",
            "Tariq Noor=PK",
            "Arif Karimov=AZ");
    assertThat(events)
        .extracting(Event::type)
        .containsExactlyInAnyOrder(EventType.VISIT, EventType.MEETING);
    Event meeting = ofType(events, EventType.MEETING).get(0);
    assertThat(meeting.countries()).containsExactly("AZ", "PK");
    assertThat(meeting.date()).isEqualTo("2023-05-03");
    assertThat(meeting.location().name()).isEqualTo("Baku");
    assertThat(ofType(events, EventType.VISIT).get(0).date()).isEqualTo("2023-05");
  }

  @Test
  void retellingsOfOneVisitAreOneEvent() {
    List<Event> events =
        Reports.events(
            "The Turkish delegation is on an official visit to Georgia. During the visit, the"
                + " delegation visited the military academy in Tbilisi.",
            "2022-09-14");
    assertThat(ofType(events, EventType.VISIT)).hasSize(1);
    assertThat(events.get(0).countries()).containsExactly("GE", "TR");
    assertThat(events.get(0).date()).isEqualTo("2022-09");
  }

  @Test
  void aCallOnTheNextDayOfAStayIsTheSameVisit() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov arrived in Pakistan on an official visit on 3 March."
                + " On 4 March, Karimov visited the National Defence University in Islamabad.",
            "2023-03-05",
            "Arif Karimov=AZ");
    assertThat(ofType(events, EventType.VISIT)).hasSize(1);
    assertThat(ofType(events, EventType.VISIT).get(0).countries()).containsExactly("AZ", "PK");
  }

  @Test
  void visitsOfOneMinisterAWeekApartAreTwoVisits() {
    List<Event> events =
        Reports.events(
            "Azerbaijani Defence Minister Arif Karimov paid an official visit to Pakistan on 3 March."
                + " Karimov paid a second official visit to Pakistan on 12 March.",
            "2023-03-13",
            "Arif Karimov=AZ");
    assertThat(ofType(events, EventType.VISIT)).hasSize(2);
  }

  @Test
  void talksWithACounterpartAndTheirDetailAreOneMeeting() {
    List<Event> events =
        Reports.events(
            "During his trip, Defence Minister Arif Karimov held bilateral talks with his Pakistani"
                + " counterpart at the expo on 3 March. With Pakistan's Minister of Defence,"
                + " Khawaja Ali, he discussed joint training.",
            "2023-03-05",
            "Arif Karimov=AZ",
            "Khawaja Ali=PK");
    assertThat(ofType(events, EventType.MEETING)).hasSize(1);
    assertThat(ofType(events, EventType.MEETING).get(0).countries()).containsExactly("AZ", "PK");
  }

  @Test
  void meetingsWithTwoOfficialsOfOneStateStayApart() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov met Pakistan's Minister of Defence, Khawaja Ali, in"
                + " Islamabad on 3 March. Karimov also met Pakistan's army chief, General Omar"
                + " Said, on 3 March.",
            "2023-03-05",
            "Arif Karimov=AZ",
            "Khawaja Ali=PK",
            "Omar Said=PK");
    assertThat(ofType(events, EventType.MEETING)).hasSize(2);
  }

  @Test
  void earlierAndLaterBatchesOfATransferAreEventsOfTheirOwn() {
    List<Event> events =
        Reports.events(
            "The second batch of eight Otokar Cobra armoured vehicles for the Senegalese army"
                + " arrived from Turkey on Monday. The first batch of eight vehicles was unloaded at"
                + " Dakar in February. A third and final batch of eight vehicles will follow in"
                + " 2027.",
            "2026-05-20");
    assertThat(events).extracting(Event::type).containsOnly(EventType.ARMS);
    assertThat(events).allSatisfy(e -> assertThat(e.countries()).containsExactly("SN", "TR"));
    assertThat(events).extracting(Event::date).containsExactly("2026-05-18", "2026-02", "2027");
    // the third's status ("will follow") is its clause's, read with the parse: FactualityIT
  }

  @Test
  void aBatchWithoutADateOfItsOwnIsTheTransferAlreadyTold() {
    List<Event> events =
        Reports.events(
            "The second batch of eight Otokar Cobra armoured vehicles for the Senegalese army"
                + " arrived from Turkey on Monday. The second batch of vehicles will be based in"
                + " Thies.",
            "2026-05-20");
    assertThat(events).hasSize(1);
  }

  @Test
  void statesThatJoinTheExerciseAlreadyToldAreItsStates() {
    List<Event> events =
        Reports.events(
            "Mongolia opened the multinational exercise Khaan Shield on Monday with troops from"
                + " the United States and Japan. Smaller contingents from France and Canada also"
                + " joined the two-week drills. Defence Minister Bat Erdene opened the exercise"
                + " by reading a message from the president.",
            "2026-06-17",
            "Bat Erdene=MN");
    assertThat(ofType(events, EventType.EXERCISE)).hasSize(1);
    assertThat(ofType(events, EventType.EXERCISE).get(0).countries())
        .containsExactly("CA", "FR", "JP", "MN", "US");
    assertThat(ofType(events, EventType.EXERCISE).get(0).date()).isEqualTo("2026-06-15");
  }

  @Test
  void theEndOfAVisitToldIsThatVisit() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov arrived in Pakistan on 3 March for an official visit."
                + " The visiting Azerbaijani delegation leaves Islamabad today.",
            "2023-03-07",
            "Arif Karimov=AZ");
    assertThat(ofType(events, EventType.VISIT)).hasSize(1);
    assertThat(ofType(events, EventType.VISIT).get(0).date()).isEqualTo("2023-03-03");
  }

  @Test
  void readsAJointExerciseWithItsNameDateAndPlace() {
    List<Event> events =
        Reports.events(
            "In June 2022, Kazakh and Uzbek troops conducted the Steppe Shield - 2022 joint drills"
                + " in Almaty.",
            "2023-01-10");
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.EXERCISE);
    assertThat(e.countries()).containsExactly("KZ", "UZ");
    assertThat(e.date()).isEqualTo("2022-06");
    assertThat(e.name()).isEqualTo("Steppe Shield - 2022");
    assertThat(e.location().country()).isEqualTo("KZ");
  }

  @Test
  void aMultilateralExerciseCarriesEveryStateNamed() {
    List<Event> events =
        Reports.events(
            "Ships from Egypt, Greece, Cyprus and France took part in the naval exercise Blue"
                + " Horizon 2021 off Crete on Monday.",
            "2021-11-03");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).countries()).containsExactly("CY", "EG", "FR", "GR");
  }

  @Test
  void readsASignedAgreement() {
    List<Event> events =
        Reports.events(
            "Georgia and Azerbaijan signed a memorandum on military education in Tbilisi on 4"
                + " March 2020.",
            null);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
    assertThat(e.cameo()).isEqualTo("057");
    assertThat(e.countries()).containsExactly("AZ", "GE");
    assertThat(e.date()).isEqualTo("2020-03-04");
  }

  @Test
  void anArmsContractIsArmsNotAnAgreement() {
    List<Event> events =
        Reports.events(
            "Romania signed a contract with Israel to purchase air defence systems in 2023.", null);
    assertThat(events).extracting(Event::type).containsExactly(EventType.ARMS);
    assertThat(events.get(0).countries()).containsExactly("IL", "RO");
    assertThat(events.get(0).date()).isEqualTo("2023");
  }

  @Test
  void aPurchaseOfASystemWithoutASellerIsADealWithItsMaker() {
    List<Event> one =
        Reports.events("Last year Nigeria agreed to buy twelve JF-17 Thunder jets.", "2024-03-01");
    assertThat(one)
        .singleElement()
        .satisfies(e -> assertThat(e.countries()).containsExactly("NG", "PK"));
    assertThat(one.get(0).name()).isEqualTo("JF-17");
    // Each buyer has its own deal with the maker.
    List<Event> two =
        Reports.events(
            "After Chile, Peru has also expressed interest in purchasing K9 Thunder howitzers.",
            "2024-03-01");
    assertThat(two)
        .extracting(Event::countries)
        .containsExactlyInAnyOrder(List.of("CL", "KR"), List.of("KR", "PE"));
  }

  @Test
  void aNamedSellerOrASaleIsNotReadAsADealWithTheMaker() {
    List<Event> bought =
        Reports.events("Last year Peru bought twelve F-16 jets from Norway.", "2024-03-01");
    assertThat(bought)
        .singleElement()
        .satisfies(e -> assertThat(e.countries()).containsExactly("NO", "PE"));
    List<Event> delivered =
        Reports.events("Last year Norway delivered twelve F-16 jets to Romania.", "2024-03-01");
    assertThat(delivered)
        .singleElement()
        .satisfies(e -> assertThat(e.countries()).containsExactly("NO", "RO"));
  }

  @Test
  void readsTrainingOfAnotherStatesForces() {
    List<Event> events =
        Reports.events(
            "Last spring, Italian instructors trained Libyan coast guard officers.", null);
    assertThat(events).extracting(Event::type).containsExactly(EventType.TRAINING);
    assertThat(events.get(0).countries()).containsExactly("IT", "LY");
  }

  @Test
  void readsCongratulationsAndCondolencesAsSupport() {
    List<Event> events =
        Reports.events(
            "Minister Aziz Rahimi congratulated the Kyrgyz people on Independence Day.",
            "2024-08-31",
            "Aziz Rahimi=TJ");
    assertThat(events).extracting(Event::type).containsExactly(EventType.SUPPORT);
    assertThat(events.get(0).countries()).containsExactly("KG", "TJ");
  }

  @Test
  void cancelledPostponedAndDeniedOccurrencesAreNoEvents() {
    assertThat(
            Reports.events(
                "The visit of the Indian defence minister to Vietnam was postponed.", null))
        .isEmpty();
    assertThat(
            Reports.events(
                "Greece denied reports that it would buy fighter jets from France.", null))
        .isEmpty();
    assertThat(
            Reports.events(
                "Serbia cancelled the joint exercise with Russia planned for October.", null))
        .isEmpty();
  }

  @Test
  void genericStatementsAreNoEvents() {
    assertThat(
            Reports.events(
                "Jordan and Egypt have been conducting joint exercises for many years.", null))
        .isEmpty();
    assertThat(
            Reports.events(
                "He stressed the importance of mutual visits between Chile and Peru.", null))
        .isEmpty();
    assertThat(
            Reports.events(
                "The two sides discussed the conduct of joint exercises between Oman and India.",
                null))
        .extracting(Event::type)
        .doesNotContain(EventType.EXERCISE);
  }

  @Test
  void honoursWithinAVisitAreNoEventsOfTheirOwn() {
    List<Event> events =
        Reports.events(
            "The Mongolian delegation is on an official visit to Kazakhstan. The guests laid a"
                + " wreath and signed the Book of Honor.",
            "2019-06-02");
    assertThat(events).extracting(Event::type).containsExactly(EventType.VISIT);
  }

  @Test
  void aPlanWithADateIsPlannedAndAPlanWithoutOneIsNothing() {
    List<Event> planned =
        Reports.events(
            "Armenia and India will hold joint drills in Yerevan from 12 September.", "2024-08-20");
    assertThat(planned).hasSize(1);
    assertThat(planned.get(0).status()).isEqualTo(EventStatus.PLANNED);
    assertThat(planned.get(0).date()).isEqualTo("2024-09-12");
    assertThat(Reports.events("Armenia and India will hold joint drills.", "2024-08-20")).isEmpty();
  }

  @Test
  void severalBilateralMeetingsInOneSentenceAreSeveralEvents() {
    List<Event> events =
        Reports.events(
            "Admiral Omar Haddad held separate meetings with the Commander of the Italian Navy,"
                + " Admiral Luca Ferri, and the Commander of the Spanish Navy, Admiral Pablo"
                + " Ortega.",
            "2023-03-01",
            "Omar Haddad=MA",
            "Luca Ferri=IT",
            "Pablo Ortega=ES");
    assertThat(events)
        .extracting(Event::countries)
        .containsExactlyInAnyOrder(List.of("IT", "MA"), List.of("ES", "MA"));
  }

  @Test
  void aTrilateralMeetingIsOneEvent() {
    List<Event> events =
        Reports.events(
            "The Georgian foreign minister held a meeting with his Azerbaijani and Turkish"
                + " counterparts.",
            null);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).countries()).containsExactly("AZ", "GE", "TR");
  }

  @Test
  void statesNamedAsEnemiesAreNoParties() {
    List<Event> events =
        Reports.events(
            "During the war with Armenia in 2020, Pakistan voiced political support for"
                + " Azerbaijan.",
            null);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).countries()).containsExactly("AZ", "PK");
    assertThat(events.get(0).date()).isEqualTo("2020");
  }

  @Test
  void theDelegationRefersBackToTheVisitingState() {
    List<Event> events =
        Reports.events(
            "The Nepalese delegation is on an official visit to Bangladesh. The guests"
                + " congratulated the hosts on the anniversary of the navy.",
            "2022-02-10");
    assertThat(ofType(events, EventType.SUPPORT)).hasSize(1);
    assertThat(ofType(events, EventType.SUPPORT).get(0).countries()).containsExactly("BD", "NP");
  }

  @Test
  void aDateWithoutAYearStaysWithoutOne() {
    List<Event> events =
        Reports.events(
            "On October 28, General Kofi Mensah met the British defence attache in Accra.",
            null,
            "Kofi Mensah=GH");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).date()).isEqualTo("XXXX-10-28");
  }

  @Test
  void theDateOfTheReportingIsNotTheDateOfTheEvent() {
    List<Event> events =
        Reports.events(
            "A delegation led by the Serbian army chief has visited the Hungarian Military"
                + " Museum, the ministry reported on March 22.",
            "2022-03-23");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).date()).isEqualTo("2022-03");
  }

  @Test
  void aLeadEventWithoutADateTakesTheReportsMonth() {
    List<Event> events =
        Reports.events(
            "Estonian Defence Minister Kalle Tamm and his Latvian counterpart discussed air"
                + " defence cooperation.",
            "2021-12-02",
            "Kalle Tamm=EE");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.MEETING);
    assertThat(events.get(0).date()).isEqualTo("2021-12");
  }

  @Test
  void aNamedInstitutionIsTheEventsPlace() {
    List<Event> events =
        Reports.events(
            "The talks between the Finnish and Swedish chiefs of defence took place at the"
                + " Ministry of Defence of Finland.",
            null);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).location().name()).isEqualTo("Ministry of Defence of Finland");
    assertThat(events.get(0).location().country()).isEqualTo("FI");
  }

  @Test
  void aReferenceBackAddsToTheEventAlreadyTold() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov met General Tariq Noor in Baku on May 3. The meeting,"
                + " also attended by Ambassador Leyla Aliyeva, discussed training.",
            "2023-05-04",
            "Arif Karimov=AZ",
            "Tariq Noor=PK",
            "Leyla Aliyeva=AZ");
    assertThat(ofType(events, EventType.MEETING)).hasSize(1);
    assertThat(ofType(events, EventType.MEETING).get(0).participants())
        .extracting(Participant::name)
        .contains("Leyla Aliyeva");
  }

  @Test
  void aBareReferenceWithNothingToReferToIsNoEvent() {
    assertThat(
            Reports.events(
                "The exercise reflected the resolve of the Omani and Indian navies.", null))
        .isEmpty();
  }

  @Test
  void signingAbroadImpliesAVisit() {
    List<Event> events =
        Reports.events(
            "Portuguese Defence Minister Ana Costa signed a memorandum on naval cooperation in"
                + " Rabat on 2 June 2022.",
            null,
            "Ana Costa=PT");
    assertThat(events)
        .extracting(Event::type)
        .containsExactlyInAnyOrder(EventType.AGREEMENT, EventType.VISIT);
    Event visit = ofType(events, EventType.VISIT).get(0);
    assertThat(visit.countries()).containsExactly("MA", "PT");
    assertThat(visit.date()).isEqualTo("2022-06-02");
  }

  @Test
  void sayingOneWillStandByAnotherStateIsSupport() {
    List<Event> events =
        Reports.events(
            "Minister Aziz Rahimi said Tajikistan would continue to stand by Kyrgyzstan.",
            "2024-08-31",
            "Aziz Rahimi=TJ");
    assertThat(events).extracting(Event::type).containsExactly(EventType.SUPPORT);
    assertThat(events.get(0).status()).isEqualTo(EventStatus.HAPPENED);
  }

  @Test
  void anAgreedExerciseWithADateIsPlanned() {
    List<Event> events =
        Reports.events(
            "Kenya and Tanzania agreed to hold the joint exercise Ocean Guard-2024 in Mombasa on"
                + " 5 September.",
            "2024-06-14");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).status()).isEqualTo(EventStatus.PLANNED);
    assertThat(events.get(0).date()).isEqualTo("2024-09-05");
    assertThat(events.get(0).name()).isEqualTo("Ocean Guard-2024");
  }

  @Test
  void cadetsCompletingACourseAbroadIsTraining() {
    List<Event> events =
        Reports.events(
            "In 2021, a group of Moldovan cadets completed a course at the Romanian naval academy.",
            null);
    assertThat(events).extracting(Event::type).containsExactly(EventType.TRAINING);
    assertThat(events.get(0).countries()).containsExactly("MD", "RO");
  }

  @Test
  void aDescribedPartnershipIsNoArmsTransfer() {
    assertThat(
            Reports.events(
                "Serbia is Hungary's main partner in defence procurement of armoured vehicles.",
                null))
        .isEmpty();
  }

  @Test
  void eventsOnTheSameDayTakeThatDay() {
    List<Event> events =
        Reports.events(
            "The Croatian navy chief arrived in Valletta on 14 March 2023. On the same day, he"
                + " held talks with the Maltese armed forces commander.",
            null);
    assertThat(ofType(events, EventType.MEETING)).hasSize(1);
    assertThat(ofType(events, EventType.MEETING).get(0).date()).isEqualTo("2023-03-14");
  }

  @Test
  void aPlannedDateWithoutAYearLiesAfterTheReport() {
    List<Event> events =
        Reports.events(
            "The next round of the Chile-Peru defence dialogue will be held in Lima on 18"
                + " February.",
            "2023-05-12");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.MEETING);
    assertThat(events.get(0).status()).isEqualTo(EventStatus.PLANNED);
    assertThat(events.get(0).date()).isEqualTo("2024-02-18");
  }

  @Test
  void jointTrainingAndTheSubjectOfAnAgreementAreNoTraining() {
    assertThat(
            Reports.events(
                "The ministers of Latvia and Estonia reviewed the joint training of troops.", null))
        .extracting(Event::type)
        .doesNotContain(EventType.TRAINING);
    assertThat(
            Reports.events(
                "Latvia and Estonia signed an agreement on the training of border officers in"
                    + " 2020.",
                null))
        .extracting(Event::type)
        .containsExactly(EventType.AGREEMENT);
  }

  @Test
  void eachEventTakesTheDateNearestItsTrigger() {
    List<Event> events =
        Reports.events(
            "General Tariq Noor, who arrived in Azerbaijan on an official visit on May 10, held"
                + " talks with Defence Minister Arif Karimov on May 11.",
            "2023-05-12",
            "Tariq Noor=PK",
            "Arif Karimov=AZ");
    assertThat(ofType(events, EventType.MEETING).get(0).date()).isEqualTo("2023-05-11");
    assertThat(ofType(events, EventType.VISIT).get(0).date()).isEqualTo("2023-05-10");
  }

  @Test
  void travellingToAPlaceIsAVisit() {
    List<Event> events =
        Reports.events(
            "Lieutenant General Omar Fathi travelled to Crete on 8 September 2024.",
            null,
            "Omar Fathi=EG");
    assertThat(events).extracting(Event::type).containsExactly(EventType.VISIT);
    assertThat(events.get(0).countries()).containsExactly("EG", "GR");
  }

  @Test
  void aYearOpeningTheSentenceDatesTheEvent() {
    // "In 2019," is a preposition and a year, not a name with a year ("Varuna 2023").
    List<Event> events =
        Reports.events(
            "The report was published on Monday.\n\nIn 2019, Kenyan instructors trained a"
                + " company of Ugandan sailors in boat handling near Mombasa.",
            "2026-02-10");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.TRAINING);
    assertThat(events.get(0).date()).isEqualTo("2019");
  }

  @Test
  void aPlaceNoGazetteerKnowsLiesInTheDatelinesState() {
    String text =
        "ACCRA – The ministry spoke on Monday.\n\nGhanaian and Nigerian ships held a joint"
            + " exercise off Ada Foah in March.\n\nIn 2024, Nigerian instructors trained Ghanaian"
            + " divers at Sekondi Naval Base.\n\nThe ships of the two navies also met at NATO.";
    List<Event> events =
        EventExtractor.standard().extract(Reports.datelined(text, "2026-02-10", "Accra"));
    assertThat(events)
        .extracting(Event::type, e -> e.location() == null ? null : e.location().country())
        .contains(tuple(EventType.EXERCISE, "GH"), tuple(EventType.TRAINING, "GH"));
    // Without the dateline, the unknown places belong to no state.
    assertThat(Reports.events(text, "2026-02-10"))
        .allMatch(e -> e.location() == null || !"GH".equals(e.location().country()));
  }

  @Test
  void theStartOfAPeriodIsNotTheEventsDate() {
    // "since taking office in June", "open to cadets from 2027": when a period began or begins.
    List<Event> events =
        Reports.events(
            "General Tunde Okoro hosted Ghana's army chief in Abuja on Tuesday, on his first"
                + " visit to Nigeria since taking office in June.\n\nOn Wednesday, the two"
                + " chiefs signed a protocol opening the Nigerian Defence Academy to Ghanaian"
                + " cadets from 2027.",
            "2026-03-05",
            "Tunde Okoro=NG");
    assertThat(events)
        .extracting(Event::type, Event::date)
        .contains(tuple(EventType.AGREEMENT, "2026-03-04"))
        .noneMatch(t -> "2027".equals(t.toList().get(1)) || "2025-06".equals(t.toList().get(1)));
    // An ongoing event "since June" began in June.
    List<Event> ongoing =
        Reports.events(
            "Kenyan instructors have trained Somali recruits at a camp near Baidoa since June"
                + " 2025.",
            "2026-03-05");
    assertThat(ongoing).extracting(Event::date).containsExactly("2025-06");
  }

  @Test
  void whatTheSidesThenDidHappenedAtTheEventBefore() {
    List<Event> events =
        Reports.events(
            "Defence ties are old.\n\nIn March 2017, the Kenyan President paid a state visit to"
                + " Kampala and held talks with his Ugandan counterpart. The two sides then signed"
                + " a memorandum of understanding on defence cooperation.",
            "2026-03-05");
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.AGREEMENT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo("2017-03");
              assertThat(e.location()).isNotNull();
              assertThat(e.location().country()).isEqualTo("UG");
            });
  }

  @Test
  void aDayWithoutAYearTakesTheYearTheSentenceStates() {
    List<Event> events =
        Reports.events(
            "The naval exercise Blue Wave 2024, held off Cyprus from August 30 to September 8,"
                + " brought together Greek and Cypriot ships.",
            null);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).date()).isEqualTo("2024-08-30");
  }

  @Test
  void aMultilateralExercisesStatesListedInTheNextSentenceAreItsStates() {
    List<Event> events =
        Reports.events(
            "The multinational exercise Steppe Shield 2025 opened on Monday at a training ground"
                + " near Almaty. Taking part are troops from Kazakhstan, Kyrgyzstan, Tajikistan and"
                + " Mongolia.",
            "2025-06-03");
    assertThat(events).extracting(Event::type).containsExactly(EventType.EXERCISE);
    assertThat(events.get(0).countries()).containsExactly("KG", "KZ", "MN", "TJ");
  }

  @Test
  void aNextSentenceThatStatesAnEventOfItsOwnLendsItNoStates() {
    List<Event> events =
        Reports.events(
            "Kazakh and Kyrgyz troops began the exercise Steppe Shield near Almaty on Monday."
                + " Mongolia and Tajikistan signed a memorandum including training on Tuesday.",
            "2025-06-03");
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.EXERCISE)
        .extracting(Event::countries)
        .containsExactly(List.of("KG", "KZ"));
  }

  @Test
  void aForumAttendedBesideBilateralTalksIsAMeetingOfThemAll() {
    List<Event> events =
        Reports.events(
            "In Astana, Defence Minister Ana Ruiz attended the 5th Steppe Security Forum and held"
                + " bilateral meetings with her counterparts from Kazakhstan, Mongolia and Japan.",
            "2025-03-04",
            "Ana Ruiz=CL");
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.MEETING)
        .extracting(Event::countries)
        .containsExactlyInAnyOrder(
            List.of("CL", "JP", "KZ", "MN"),
            List.of("CL", "KZ"),
            List.of("CL", "MN"),
            List.of("CL", "JP"));
  }

  @Test
  void aMeetingBetweenTwoPartiesIsTheirsAlone() {
    List<Event> events =
        Reports.events(
            "After a phone call to Pedro Alves, the talks between Defence Minister Ana Ruiz and"
                + " General Omar Haddad ended in Amman on Friday.",
            "2025-03-04",
            "Pedro Alves=BR",
            "Ana Ruiz=CL",
            "Omar Haddad=JO");
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.MEETING)
        .extracting(Event::countries)
        .containsExactly(List.of("CL", "JO"));
  }

  @Test
  void dealsWithSeveralSellersAreOneTransferEach() {
    List<Event> events =
        Reports.events(
            "Chile's Defence Ministry said it had signed deals with France and Italy for four"
                + " frigates and twelve helicopters.",
            "2025-03-04");
    assertThat(events)
        .extracting(Event::countries)
        .containsExactlyInAnyOrder(List.of("CL", "FR"), List.of("CL", "IT"));
    assertThat(events).extracting(Event::type).containsOnly(EventType.ARMS);
  }

  @Test
  void aBatchOfWeaponsThatArrivedIsADeliveryNotAVisit() {
    List<Event> events =
        Reports.events(
            "The third batch of six K9 howitzers bought from South Korea arrived in Chile on"
                + " Monday, the Chilean army said.",
            "2025-03-04");
    assertThat(events).extracting(Event::type).containsExactly(EventType.ARMS);
    assertThat(events.get(0).countries()).containsExactly("CL", "KR");
  }

  @Test
  void generalNewsWithoutOfficialsOrMilitaryGoodsIsNoEvent() {
    String[] sentences = {
      // a footballer's trip, a weather office, "meet" as "satisfy"
      "The French striker, 23, flew to Madrid on Monday to complete his move to Spain.",
      "British and Irish forecasters at the Met Office warned of floods on Monday.",
      "The euro was lifted by French factory data meeting lowered expectations, Japan said.",
      // civil goods bought from abroad
      "Australia's Qantas finalised a deal to buy 20 Airbus A350 jets from France on Monday.",
      "My brother just purchased plane tickets to India for the holidays in Kenya.",
      // a transfer of a player, an adjective of support, a wish, a possibility, a domestic meeting
      "British club Chelsea completed the record signing of a Spanish goalkeeper on Monday.",
      "None of the Kenyan-backed militias in Somalia blocked the road, the source said.",
      "Lawmakers said Canada should be supporting Ukraine's reforms and its fight against graft.",
      "It is likely that more Chileans stand by Peru in the dispute.",
      "President Lopez told a cabinet meeting in Mexico City that Japan had bought more cars.",
      "Talks between Chile and Peru were on the verge of a deal when President Lopez scuttled"
          + " them in May.",
    };
    org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
    for (String sentence : sentences) {
      soft.assertThat(Reports.events(sentence, "2024-05-20")).as(sentence).isEmpty();
    }
    soft.assertAll();
  }

  @Test
  void officialsAndMilitaryGoodsStillMakeEvents() {
    assertThat(
            Reports.events(
                "Qatar's air force took delivery of 12 Rafale fighter jets from France on Monday.",
                "2024-05-20"))
        .extracting(Event::type)
        .containsExactly(EventType.ARMS);
    assertThat(
            Reports.events(
                "The Chilean delegation met officials of Peru in Lima on Monday.", "2024-05-20"))
        .extracting(Event::type)
        .contains(EventType.MEETING);
  }

  @Test
  void aRangeOfDaysWithinAMonthIsDatedByTheMonth() {
    assertThat(
            Reports.events(
                "Chilean and Peruvian marines held the joint exercise Pacific Shield from 7 to 11"
                    + " March near Arica.",
                "2025-03-12"))
        .extracting(Event::date)
        .containsExactly("2025-03");
    assertThat(
            Reports.events(
                "Chile and Peru will hold joint naval drills from Sept 12-20 off Callao.",
                "2025-09-01"))
        .extracting(Event::date)
        .containsExactly("2025-09");
  }

  @Test
  void aRangeRetoldAfterItsFirstDayIsTheSameExercise() {
    List<Event> events =
        Reports.events(
            "Chile and Peru began their joint naval exercise Pacific Shield today. The exercise"
                + " will be conducted from 16 to 20 March off Callao, the Peruvian navy said.",
            "2025-03-16");
    assertThat(events).extracting(Event::type).containsExactly(EventType.EXERCISE);
    assertThat(events.get(0).date()).isEqualTo("2025-03-16");
  }

  @Test
  void theYearsADocumentCoversAreNotItsDate() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov met General Tariq Noor in Baku on 3 March 2024."
                + " Following the talks, Karimov and Noor signed the plan of bilateral military"
                + " cooperation for 2024.",
            null,
            "Arif Karimov=AZ",
            "Tariq Noor=PK");
    assertThat(ofType(events, EventType.AGREEMENT).get(0).date()).isEqualTo("2024-03-03");
    assertThat(ofType(events, EventType.AGREEMENT).get(0).location().name()).isEqualTo("Baku");
  }

  @Test
  void aRegionOfAStateIsPlacedInThatState() {
    List<Event> events =
        Reports.events(
            "In 2023, Japanese and Australian fighter squadrons held the joint exercise Southern"
                + " Sky in northern Australia.",
            null);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).location().country()).isEqualTo("AU");
  }

  @Test
  void theHeadlineIsNoEventOfItsOwn() {
    String text =
        "Chile, Peru sign naval cooperation arrangement\n\nChile and Peru signed an arrangement"
            + " on naval cooperation in Lima on 2 May 2022.";
    ReportFacts facts = Reports.of(text, null);
    assertThat(EventExtractor.standard().extract(facts)).hasSize(1);
  }

  @Test
  void aListOfCounterpartsIncludingTheActorsOwnStateGivesNoMeetings() {
    List<Event> events =
        Reports.events(
            "Minister Rafael Cruz held bilateral meetings with his counterparts from Japan, Chile"
                + " and the Philippines.",
            null,
            "Rafael Cruz=PH");
    assertThat(ofType(events, EventType.MEETING)).isEmpty();
  }

  @Test
  void bothSidesNextToAThirdStateDoNotBringTheReportsPair() {
    List<Event> events =
        Reports.events(
            "Pakistan and Azerbaijan held talks in Baku on 3 May. Recalling the signing of a"
                + " memorandum in Japan last week, both sides agreed to deepen cooperation.",
            "2023-05-04");
    assertThat(events).noneMatch(e -> e.countries().containsAll(List.of("AZ", "JP", "PK")));
  }

  @Test
  void aReportThatTellsItsVisitImpliesNoOtherVisits() {
    List<Event> events =
        Reports.events(
            "General Tariq Noor is on an official visit to Azerbaijan. In Baku he met Defence"
                + " Minister Arif Karimov and the Georgian army chief Levan Beridze on 3 May.",
            "2023-05-04",
            "Tariq Noor=PK",
            "Arif Karimov=AZ",
            "Levan Beridze=GE");
    assertThat(ofType(events, EventType.VISIT)).hasSize(1);
    assertThat(ofType(events, EventType.VISIT).get(0).countries()).containsExactly("AZ", "PK");
  }

  @Test
  void aMeetingDatedApartFromTheOneJustToldIsAnotherMeeting() {
    List<Event> events =
        Reports.events(
            "Defence Minister Arif Karimov met General Tariq Noor in Baku on 3 May 2023. In the"
                + " winter of 2014, during the fifth meeting of the Azerbaijani-Pakistani working"
                + " group, the countries signed a protocol.",
            null,
            "Arif Karimov=AZ",
            "Tariq Noor=PK");
    assertThat(ofType(events, EventType.MEETING))
        .extracting(Event::date)
        .containsExactlyInAnyOrder("2023-05-03", "2014-WI");
  }
}
