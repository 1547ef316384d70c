package org.attache.core.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.ReportReader;
import org.junit.jupiter.api.Test;

/** The person reader over the real language pipeline, on reports written for this test. */
class PersonReaderIT {
  private static final ReportReader READER = ReportReader.standard();

  private static List<Person> persons(String text) {
    SourceText s = new ReportLoader(1 << 20).decode("t.txt", text.getBytes()).source();
    return READER.read(s).persons();
  }

  private static Person named(List<Person> persons, String name) {
    return persons.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsTitlesAndStateFromAnOfficeBeforeTheName() {
    List<Person> ps =
        persons(
            "BAKU, May 3. Minister of Defense of the Republic of Azerbaijan, Colonel General"
                + " Ramil Mammadov received the delegation. Mammadov thanked the guests.\n");
    Person p = named(ps, "Ramil Mammadov");
    assertThat(p.country()).isEqualTo("AZ");
    assertThat(p.titles()).contains("Minister of Defense", "Colonel General");
    assertThat(p.mentions()).extracting(Mention::text).contains("Ramil Mammadov", "Mammadov");
  }

  @Test
  void findsANameAfterAnOfficeEvenWhenTheTaggerMissesIt() {
    List<Person> ps =
        persons(
            "SEOUL, May 2. South Korea's Minister of National Defense Park Seo-yeon arrived in"
                + " Warsaw on Monday.\n");
    Person p = named(ps, "Park Seo-yeon");
    assertThat(p.country()).isEqualTo("KR");
    assertThat(p.titles()).contains("Minister of National Defense");
  }

  @Test
  void aHyphenatedSurnameIsOneName() {
    // Double-barrelled surnames of West Africa, Britain, Iberia and Korea: one person, one name.
    List<Person> ps =
        persons(
            "ACCRA, May 3. The guests were received by the Chief of the Defence Staff, Air Marshal"
                + " Kwabena Osei-Tutu. Later, Osei-Tutu thanked the delegation led by Brigadier"
                + " Helen Ashby-Clarke.\n");
    assertThat(ps)
        .extracting(Person::name)
        .containsExactlyInAnyOrder("Kwabena Osei-Tutu", "Helen Ashby-Clarke");
    assertThat(named(ps, "Kwabena Osei-Tutu").mentions()).hasSize(2);
  }

  @Test
  void aLoneWordWithNoGivenNameAndNoTitleIsNoPerson() {
    // The tagger takes a town or a club for a person; news introduces a person by full name or
    // by title.
    List<Person> ps =
        persons(
            "ACCRA, May 3. The cadets then travelled to Resende, where the academy stands."
                + " Officials said Mensah would not attend. General Haider thanked the guests.\n");
    assertThat(ps).extracting(Person::name).containsExactly("Haider");
  }

  @Test
  void aPlacesNameIsNoPersonUnlessATitleMakesItOne() {
    List<Person> ps =
        persons(
            "LUMUT, May 3. The frigate sailed on from Port Dickson to Kota Kinabalu and anchored"
                + " off Teluk Sepanggar, where Captain Arif Rahman welcomed the crew.\n");
    assertThat(ps).extracting(Person::name).containsExactly("Arif Rahman");
  }

  @Test
  void officesInAppositionWithAnArticleOrAnUnlistedPortfolio() {
    List<Person> ps =
        persons(
            "NAIROBI, May 3. Samuel Otieno Were, a Deputy Minister of Defence, arrived on Friday."
                + " He was received by the Minister of National Defence and Army Reconstruction,"
                + " Marie Ngoma-Bissi, with whom he discussed training. Brigadier Thomas Wexley,"
                + " commander of the UK-led NATO battlegroup based in Tapa, said his soldiers were"
                + " ready. Later, he called on the Chief of Staff of the King's Armed Forces,"
                + " Lieutenant General Omar Saif Dabbagh.\n");
    assertThat(named(ps, "Samuel Otieno Were").titles()).contains("Deputy Minister of Defence");
    assertThat(named(ps, "Omar Saif Dabbagh").titles())
        .contains("Chief of Staff of the King's Armed Forces");
    assertThat(named(ps, "Marie Ngoma-Bissi").titles())
        .contains("Minister of National Defence and Army Reconstruction");
    assertThat(named(ps, "Thomas Wexley").titles())
        .anyMatch(t -> t.startsWith("commander of the UK-led NATO battlegroup"));
  }

  @Test
  void anAcronymAfterAnOfficeAndACommonwealthCommandKeepTheirTitles() {
    List<Person> ps =
        persons(
            "MUSCAT, May 3. He was received by the Commander of the Royal Navy of Oman (RNO),"
                + " Rear Admiral Saif Nasser Rahbi, at the base. Major General Peter Okafor,"
                + " General Officer Commanding the 3rd Division of the Nigerian Army, attended.\n");
    assertThat(named(ps, "Saif Nasser Rahbi").titles())
        .anyMatch(t -> t.startsWith("Commander of the Royal Navy"));
    assertThat(named(ps, "Peter Okafor").titles())
        .anyMatch(t -> t.startsWith("General Officer Commanding the 3rd Division"));
  }

  @Test
  void joinsAnInitialFormAndASpellingVariantToTheFullName() {
    List<Person> ps =
        persons(
            "General Tariq Haider met the visitors. Later, Colonel Rustam Aliyev, the attache,"
                + " said the talks went well. General T. Haider thanked Colonel Rustam Aliev.\n");
    assertThat(ps)
        .extracting(Person::name)
        .containsExactlyInAnyOrder("Tariq Haider", "Rustam Aliyev");
  }

  @Test
  void aHostOrACounterpartsStateIsNotTheVisitorsOwn() {
    // No title or demonym ties Rao to a state; Viet Nam hosts him, Japan and Australia are his
    // counterparts' states, and the report otherwise speaks of India.
    List<Person> ps =
        persons(
            "On the second day of his visit to Hanoi, Viet Nam, Arjun Rao met his Japan"
                + " counterpart Kenji Ota.\n\nThe talks covered the Indian and Japanese navies.\n\n"
                + "Rao also held talks with his counterparts from Australia and Viet Nam before"
                + " his return to New Delhi.\n");
    assertThat(named(ps, "Arjun Rao").country()).isEqualTo("IN");
  }

  @Test
  void aDatelineInAStateTheReportNeverNamesIsNotItsPersonsState() {
    List<Person> ps =
        persons(
            "Chile signs arms deal with Peru\n\nISTANBUL\nChile on Friday signed a deal with Peru."
                + " President Rosa Ibarra, who took office in March, called it a good deal for"
                + " Chile.\n");
    assertThat(named(ps, "Rosa Ibarra").country()).isEqualTo("CL");
  }

  @Test
  void aCounterpartHoldsTheOfficeOfThePersonHeIsTheCounterpartOf() {
    List<Person> ps =
        persons(
            "Defence Minister Arjun Rao met his Russian counterpart Ivan Orlov in Moscow on"
                + " Tuesday.\n");
    assertThat(named(ps, "Ivan Orlov").titles()).contains("Defence Minister");
    assertThat(named(ps, "Ivan Orlov").country()).isEqualTo("RU");
  }

  @Test
  void aPluralOfficeBeforeAListIsEachListedPersonsInTheSingular() {
    List<Person> ps =
        persons(
            "MINSK, May 3. Defense Ministers Ivan Orlov of Russia and Pavel Zhuk of Belarus met in"
                + " Minsk.\n");
    assertThat(named(ps, "Ivan Orlov").titles()).containsExactly("Defense Minister");
    assertThat(named(ps, "Pavel Zhuk").titles()).containsExactly("Defense Minister");
    assertThat(named(ps, "Pavel Zhuk").country()).isEqualTo("BY");
  }

  @Test
  void aTitleOfAnotherClausesObjectIsNotTheSubjects() {
    List<Person> ps =
        persons(
            "While holding talks with the Minister of Defence of Malaysia, Arjun Rao welcomed"
                + " the new exercise. He later met the Minister of Defence of Malaysia, Aziz"
                + " Rahman.\n");
    assertThat(named(ps, "Arjun Rao").titles()).doesNotContain("Minister of Defence");
    assertThat(named(ps, "Aziz Rahman").country()).isEqualTo("MY");
  }

  @Test
  void ofStateAfterTheNameBeatsAStateNamedBeforeIt() {
    List<Person> ps =
        persons(
            "Defence ministers Anatoly Orlov of Russia and Pavel Drozd of Belarus met in Minsk.\n");
    assertThat(named(ps, "Pavel Drozd").country()).isEqualTo("BY");
    assertThat(named(ps, "Anatoly Orlov").country()).isEqualTo("RU");
  }

  @Test
  void shipsAndCompaniesAreNotPersons() {
    List<Person> ps =
        persons(
            "The navy sent the aircraft carrier Admiral Kerensky and the frigate Vesta, while"
                + " Baltic Steel Co. delivered armour. Commander Ivan Petrov led the group.\n");
    assertThat(ps).extracting(Person::name).containsExactly("Ivan Petrov");
  }

  @Test
  void theHeadlineLendsItsTitleAndStateToANameTheBodyGivesAlone() {
    // The body names him with an inverted post-Soviet rank and the state he visited; only the
    // headline says whose minister he is.
    List<Person> ps =
        persons(
            "Minister of Defence of Kyrgyzstan Talant Osmonov visited Mongolia\n\n"
                + "On 4 May a delegation led by the minister, general-major Talant Osmonov, visited"
                + " Mongolia. Talant Osmonov laid a wreath in Ulaanbaatar.\n");
    Person p = named(ps, "Talant Osmonov");
    assertThat(p.country()).isEqualTo("KG");
    assertThat(p.titles()).contains("general-major", "Minister of Defence");
    assertThat(p.mentions()).allMatch(m -> m.span().start() > 60); // the body's mentions only
  }

  @Test
  void aStateThatQualifiesAnotherTitleIsNotTheNamedPersons() {
    // "Omani" belongs to the visiting commander's title; the host is the report's other state.
    List<Person> ps =
        persons(
            "Commander of the Royal Omani Navy, Rear Admiral Salim Al-Harthy, on Tuesday called on"
                + " Admiral Daniel Mensah, Chief of Naval Staff, at Naval Headquarters.\n\n"
                + "The visiting Omani admiral praised the Ghana Navy. Ghana and its partners"
                + " train together.\n");
    assertThat(named(ps, "Salim Al-Harthy").country()).isEqualTo("OM");
    assertThat(named(ps, "Daniel Mensah").country()).isEqualTo("GH");
  }

  @Test
  void twoOfficialsNoTextTiesToAStateGetNoneRatherThanAGuess() {
    List<Person> ps =
        persons(
            "Ghana and Oman have signed a defence pact. Ghana will host the first drill.\n\n"
                + "In 2019 President Kofi Boateng and Sultan Haitham Said agreed on the plan.\n");
    assertThat(named(ps, "Kofi Boateng").country()).isNull();
  }

  @Test
  void theFounderOfAPrivateBodyServesNoState() {
    List<Person> ps =
        persons(
            "Ties between Ghana and Oman are growing, Ghanaian scholar Ama Owusu, who is also the"
                + " founder of the Ghana-Oman Friendship Society, told the agency. Owusu said"
                + " trade had doubled.\n");
    Person p = named(ps, "Ama Owusu");
    assertThat(p.country()).isNull();
    assertThat(p.titles()).anyMatch(t -> t.toLowerCase().startsWith("founder"));
  }

  @Test
  void theHeadOfAStatesSeatServesThatState() {
    List<Person> ps =
        persons(
            "HANOI, June 4. The Pentagon chief, Secretary of Defense Mark Rowe, met the Indian"
                + " minister in Hanoi on Wednesday.\n");
    assertThat(named(ps, "Mark Rowe").country()).isEqualTo("US");
  }

  @Test
  void wherePeopleSpeakIsNotWhomTheyServe() {
    List<Person> ps =
        persons(
            "Russia and Jordan discussed grain. Russia will ship more.\n\nPresident Ivan Petrov"
                + " told a news conference in Amman that the deal was near.\n");
    assertThat(named(ps, "Ivan Petrov").country()).isEqualTo("RU");
  }

  @Test
  void aDemonymOfAnotherPhraseIsNotThePersonsState() {
    // "Spanish" stands a few words before the chief's titles but modifies the subject.
    List<Person> ps =
        persons(
            "ACCRA, May 3. Ghana and Spain will hold drills. On Monday, the Spanish general met"
                + " the Chief of Naval Staff, Rear Admiral Kofi Mensah, at the naval base in"
                + " Sekondi.\n");
    assertThat(named(ps, "Kofi Mensah").country()).isEqualTo("GH");
  }

  @Test
  void aStateInTheOfficeANameStandsInAppositionToIsHis() {
    List<Person> ps =
        persons(
            "MADRID, May 3. The parade was opened by the Chief of the Defence Staff of Spain,"
                + " Admiral Luis Ortega, and attended by Ghana's Minister for Defence, Health and"
                + " Veterans Affairs, Kwame Boateng.\n");
    assertThat(named(ps, "Kwame Boateng").country()).isEqualTo("GH");
    assertThat(named(ps, "Luis Ortega").country()).isEqualTo("ES");
  }

  @Test
  void aCounterpartTakesTheDemonymOfHisOwnApposition() {
    List<Person> ps =
        persons(
            "BERLIN, March 2. Minister Anna Vogel was to fly to Vilnius for talks with her"
                + " Lithuanian counterpart, Defence Minister Jonas Petraitis. Storms closed"
                + " airports in Latvia and Estonia. Petraitis said the visit would be"
                + " rescheduled.\n");
    assertThat(named(ps, "Jonas Petraitis").country()).isEqualTo("LT");
  }

  @Test
  void aClauseOfTheOfficeGivesTheStateItCommands() {
    List<Person> ps =
        persons(
            "COLOMBO, July 9. The ships were welcomed by Rear Admiral Nimal Perera, Commander of"
                + " the Western Naval Area, and Rear Admiral Anil Kumar, Flag Officer Commanding"
                + " the Western Fleet of the Indian Navy.\n");
    assertThat(named(ps, "Anil Kumar").country()).isEqualTo("IN");
  }

  @Test
  void aPrivateOccupationServesNoStateThoughItsPhraseNamesOne() {
    List<Person> ps =
        persons(
            "LUANDA, May 3. Angola and Portugal signed the plan. \"It is overdue,\" said Marta"
                + " Silva, a defence analyst at a Lisbon think tank.\n");
    assertThat(named(ps, "Marta Silva").country()).isNull();
  }

  @Test
  void aNameHungFromAStateByTheParserIsNotThatStates() {
    // The parser may read "Laos, Defence Minister Arjun Rao" as an apposition of the state.
    List<Person> ps =
        persons(
            "NEW DELHI, Nov 22. On the final day of his visit to Vientiane, Laos, Defence Minister"
                + " Arjun Rao met his Japanese counterpart. India and Laos signed a plan.\n");
    assertThat(named(ps, "Arjun Rao").country()).isEqualTo("IN");
  }

  @Test
  void theFirstOfTwoSurnamesStandsForTheFullName() {
    List<Person> ps =
        persons(
            "LIMA, May 3. Peru's Minister of Defence, Rosa Quispe Mamani, arrived in Quito on"
                + " Monday. Quispe, who took office in January, met the Ecuadorian minister.\n");
    assertThat(ps).extracting(Person::name).containsExactly("Rosa Quispe Mamani");
    assertThat(named(ps, "Rosa Quispe Mamani").mentions())
        .extracting(Mention::text)
        .contains("Quispe");
  }

  @Test
  void stylesBeforeAndLettersAfterANameAreNotPartOfIt() {
    List<Person> ps =
        persons(
            "CANBERRA, May 3. Australia's Minister for Defence, the Hon Thomas Whitlow MP, met"
                + " Malaysia's Minister of Defence, Dato' Seri Hamid Rahman, and the Rt Hon Clara"
                + " Pryce KC, the British Attorney General, in Canberra on Monday.\n");
    assertThat(ps)
        .extracting(Person::name)
        .containsExactlyInAnyOrder("Thomas Whitlow", "Hamid Rahman", "Clara Pryce");
    assertThat(named(ps, "Thomas Whitlow").country()).isEqualTo("AU");
    assertThat(named(ps, "Hamid Rahman").country()).isEqualTo("MY");
    assertThat(named(ps, "Clara Pryce").titles()).contains("Attorney General");
  }

  @Test
  void aRetiredRankKeepsItsSentenceAndItsName() {
    List<Person> ps =
        persons(
            "JAKARTA, May 3. Indonesia's Minister of Defence, Lieutenant General (Ret.) Bambang"
                + " Sutrisno, received the Dutch delegation on Monday.\n");
    Person p = named(ps, "Bambang Sutrisno");
    assertThat(p.country()).isEqualTo("ID");
    assertThat(p.titles()).contains("Minister of Defence");
  }

  @Test
  void anOfficeThatIsTheSubjectOfTheNextVerbIsNotTheNamesApposition() {
    List<Person> ps =
        persons(
            "MANILA, May 3. With Japan's Minister of Defense, Kenji Mori, the Philippine Secretary"
                + " of National Defense discussed maritime patrols. In his meeting with"
                + " Vietnam's Minister of National Defence, Mr Mori welcomed the progress made.\n");
    Person p = named(ps, "Kenji Mori");
    assertThat(p.country()).isEqualTo("JP");
    assertThat(p.titles()).doesNotContain("Secretary of National Defense");
  }
}
