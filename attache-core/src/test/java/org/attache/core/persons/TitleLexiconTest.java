package org.attache.core.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.attache.core.Span;
import org.junit.jupiter.api.Test;

class TitleLexiconTest {
  private final TitleLexicon lex = TitleLexicon.standard();

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = ';',
      value = {
        "Defence Ministers; Defence Minister",
        "Deputy Secretaries; Deputy Secretary",
        "Minister of Defence and Veterans Affairs; Minister of Defence and Veterans Affairs",
        "Chief of Staff of the Armed Forces; Chief of Staff of the Armed Forces",
        "Minister of Foreign Affairs; Minister of Foreign Affairs",
        "Chief of Defence Staff; Chief of Defence Staff",
      })
  void onlyAPluralHeadIsMadeSingular(String office, String singular) {
    assertThat(lex.singular(office)).isEqualTo(singular);
  }

  private List<TitleMatch> find(String text) {
    return lex.find(text, new Span(0, text.length()));
  }

  private List<TitleMatch> offices(String text) {
    return find(text).stream().filter(m -> m.kind() == TitleKind.OFFICE).toList();
  }

  @Test
  void readsOfficeWithTrailingStateQualifier() {
    String s =
        "Minister of Defense of the Republic of Azerbaijan Colonel General Rauf Aliyev met him.";
    List<TitleMatch> m = find(s);
    assertThat(m)
        .extracting(TitleMatch::title, TitleMatch::kind, TitleMatch::country)
        .containsExactly(
            tuple("Minister of Defense", TitleKind.OFFICE, "AZ"),
            tuple("Colonel General", TitleKind.RANK, null));
    assertThat(m.get(0).span().of(s))
        .isEqualTo("Minister of Defense of the Republic of Azerbaijan");
  }

  @Test
  void readsAdjectivalStateBeforeTitle() {
    String s = "the Azerbaijani Defence Minister and Pakistani Federal Defence Production Minister";
    assertThat(offices(s))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("Defence Minister", "AZ"), tuple("Federal Defence Production Minister", "PK"));
    assertThat(offices(s).get(0).span().of(s)).isEqualTo("Azerbaijani Defence Minister");
  }

  @Test
  void readsPortfolioWithoutOf() {
    String s =
        "talks with Chairman Joint Chiefs of Staff Committee of the Islamic Republic of Pakistan";
    assertThat(offices(s))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Chairman Joint Chiefs of Staff Committee", "PK"));
  }

  @Test
  void splitsTwoOfficesJoinedByAnd() {
    String s =
        "First Deputy Minister of Defense and Chief of the General Staff of the Azerbaijan Army"
            + " Colonel General Elnur Mammadov";
    assertThat(find(s))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("First Deputy Minister of Defense", null),
            tuple("Chief of the General Staff of the Azerbaijan Army", "AZ"),
            tuple("Colonel General", null));
    assertThat(offices("Deputy prime minister and minister for Defence Tom Reilly"))
        .extracting(TitleMatch::title)
        .containsExactly("Deputy prime minister", "minister for Defence");
  }

  @Test
  void keepsAcronymsInBracketsAndReadsBracketedSecondTitle() {
    assertThat(
            offices(
                "Minister of State (MoS) for Defence Arun Rao and Chief of Defence Staff (CDS)"))
        .extracting(TitleMatch::title)
        .containsExactly("Minister of State (MoS) for Defence", "Chief of Defence Staff (CDS)");
    String s = "Secretary of National Defence (Defence Minister) of the Philippines, Jose Cruz";
    assertThat(offices(s))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("Secretary of National Defence", "PH"), tuple("Defence Minister", "PH"));
  }

  @Test
  void readsAbbreviatedStateBeforeTitle() {
    assertThat(offices("U.S. Secretary of Defense John Moore said"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Secretary of Defense", "US"));
    assertThat(offices("Federal Minister for Defence of Pakistan Imran Ali"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Federal Minister for Defence", "PK"));
  }

  @Test
  void givesDiplomatsTheSendingState() {
    assertThat(
            offices("Defence Attache of the Embassy of Azerbaijan to Pakistan Colonel Ali Aliyev"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Defence Attache of the Embassy of Azerbaijan to Pakistan", "AZ"));
    String envoy =
        "Ambassador Extraordinary and Plenipotentiary of the Republic of Azerbaijan to the Islamic"
            + " Republic of Pakistan";
    assertThat(offices(envoy + " Samir Guliyev"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple(envoy, "AZ"));
    assertThat(offices("the Pakistani Ambassador to Azerbaijan"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Ambassador to Azerbaijan", "PK"));
  }

  @Test
  void keepsStateInTitlesOfHeadsOfState() {
    assertThat(
            offices(
                "President of the Republic of Azerbaijan, Supreme Commander-in-Chief of the Armed Forces"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("President of the Republic of Azerbaijan", "AZ"),
            tuple("Supreme Commander-in-Chief of the Armed Forces", null));
    assertThat(offices("Prime Minister Ahmed and the president-elect"))
        .extracting(TitleMatch::title)
        .containsExactly("Prime Minister", "president-elect");
  }

  @Test
  void readsOrganisationComplements() {
    String s =
        "Ivan Petrov, head of the Belarusian defense ministry’s international military"
            + " cooperation department, said";
    assertThat(offices(s))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple(
                "head of the Belarusian defense ministry’s international military cooperation"
                    + " department",
                "BY"));
    assertThat(offices("the first commander of the Joint Space Command, Lt. Gen. Sato"))
        .extracting(TitleMatch::title)
        .containsExactly("first commander of the Joint Space Command");
  }

  @Test
  void attachesMissionAfterComma() {
    assertThat(
            offices(
                "Jane Doe, Press and Public Relations Affairs Officer, British High Commission, said"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("Press and Public Relations Affairs Officer, British High Commission", "GB"));
  }

  @Test
  void leavesMixedStateOrganisationsWithoutCountry() {
    assertThat(offices("co-chair of the Azerbaijan-Pakistan joint commission"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("co-chair of the Azerbaijan-Pakistan joint commission", null));
  }

  @Test
  void readsLowerCaseOfficesAndPossessiveStates() {
    assertThat(offices("Georgia’s top diplomat and the Mongolian defense minister"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("top diplomat", "GE"), tuple("defense minister", "MN"));
  }

  @Test
  void readsRanksOnlyBeforeNames() {
    List<TitleMatch> m =
        find("Lt. Gen. Ken Sato, Rear Admiral Lee, Air Chief Marshal Khan and Commander Ravi Das");
    assertThat(m)
        .extracting(TitleMatch::title, TitleMatch::kind)
        .containsExactly(
            tuple("Lt. Gen.", TitleKind.RANK),
            tuple("Rear Admiral", TitleKind.RANK),
            tuple("Air Chief Marshal", TitleKind.RANK),
            tuple("Commander", TitleKind.RANK));
    assertThat(find("The General Staff planned a Major Exercise before the General Assembly."))
        .isEmpty();
    assertThat(find("in general, the major said the captain agreed")).isEmpty();
  }

  @Test
  void marksHonorifics() {
    assertThat(find("H.E. Mr. Dana and Dr. Lee"))
        .extracting(TitleMatch::title, TitleMatch::kind)
        .containsExactly(
            tuple("H.E.", TitleKind.HONORIFIC),
            tuple("Mr.", TitleKind.HONORIFIC),
            tuple("Dr.", TitleKind.HONORIFIC));
  }

  @Test
  void readsServicePrefixesAndAbbreviations() {
    assertThat(offices("Indian Navy PRO Commander Ravi Das and PM Khan"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Navy PRO", "IN"), tuple("PM", null));
    assertThat(offices("the FM radio station")).isEmpty();
  }

  @Test
  void normalizesRankAbbreviations() {
    assertThat(lex.normalizeRank("Col-Gen")).contains("Colonel General");
    assertThat(lex.normalizeRank("Lt. Gen.")).contains("Lieutenant General");
    assertThat(lex.normalizeRank("Rear Adm.")).contains("Rear Admiral");
    assertThat(lex.normalizeRank("General")).contains("General");
    assertThat(lex.normalizeRank("Minister")).isEmpty();
  }

  @Test
  void normalizesOfficeAbbreviations() {
    assertThat(lex.normalizeOffice("PM")).contains("Prime Minister");
    assertThat(lex.normalizeOffice("CDS")).contains("Chief of Defence Staff");
    assertThat(lex.normalizeOffice("Minister")).isEmpty();
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "HEADLINE\nRussian Defense Minister Oleg Popov arrived.";
    List<TitleMatch> m = lex.find(text, new Span(9, text.length()));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).span().of(text)).isEqualTo("Russian Defense Minister");
    assertThat(m.get(0).country()).isEqualTo("RU");
  }

  @Test
  void readsStateAndServiceBeforeHeadAndCapitalsAsQualifiers() {
    assertThat(offices("Commander of the Azerbaijani Naval Forces Rear Admiral Orkhan Aliyev"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Commander of the Azerbaijani Naval Forces", "AZ"));
    assertThat(offices("the Kremlin spokesman and the IAF chief"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("spokesman", "RU"), tuple("IAF chief", null));
    assertThat(offices("arrived in Baku Defence Minister Ali Khan"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Defence Minister", null));
  }

  @Test
  void prefersRankOnATieAndReadsHyphenatedModifiers() {
    assertThat(find("Wing Commander Singh"))
        .extracting(TitleMatch::title, TitleMatch::kind)
        .containsExactly(tuple("Wing Commander", TitleKind.RANK));
    assertThat(offices("Parliamentary Vice-Minister of Defense Taro Sato"))
        .extracting(TitleMatch::title)
        .containsExactly("Parliamentary Vice-Minister of Defense");
  }

  @Test
  void skipsBareLowerCaseHeads() {
    assertThat(offices("The minister said the president will visit.")).isEmpty();
  }

  @Test
  void readsStateAfterOfEvenWhenItIsAlsoAGivenName() {
    assertThat(offices("Defence Minister of India Raj Kumar"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Defence Minister", "IN"));
  }

  @Test
  void keepsRetirementMarkWithRank() {
    assertThat(find("Lt Col (retd) Ahmed and Brigadier (R) Singh"))
        .extracting(TitleMatch::title)
        .containsExactly("Lt Col (retd)", "Brigadier (R)");
  }

  @Test
  void readsCommitteesOnAPortfolioAndMinistryAcronyms() {
    assertThat(offices("the Chairman of the Senate Standing Committee on Defence Ali Raza"))
        .extracting(TitleMatch::title)
        .containsExactly("Chairman of the Senate Standing Committee on Defence");
    assertThat(offices("the MoD spokesperson said"))
        .extracting(TitleMatch::title)
        .containsExactly("MoD spokesperson");
  }

  @Test
  void takesStateOfDirectOrganisation() {
    assertThat(offices("Commander Pakistan Navy Vice Admiral Raza"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(tuple("Commander Pakistan Navy", "PK"));
  }

  @Test
  void givesTheSameAnswerOnManyThreads() throws Exception {
    String s = "the Azerbaijani Defence Minister met Chief of Defence Staff (CDS) General Anil Rao";
    List<TitleMatch> expected = find(s);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<List<TitleMatch>>>();
      for (int k = 0; k < 64; k++) {
        futures.add(pool.submit(() -> TitleLexicon.standard().find(s, new Span(0, s.length()))));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void readsCitiesAfterHeadsOfPlacesAndInsideOrganisations() {
    assertThat(
            offices("Mayor of Ganja Niyazi Bayramov and Commander of the Karachi Corps Lt Gen Ali"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("Mayor of Ganja", "AZ"), tuple("Commander of the Karachi Corps", "PK"));
    assertThat(
            offices("the Kremlin spokesman and Permanent Representative of Azerbaijan to the UN"))
        .extracting(TitleMatch::title, TitleMatch::country)
        .containsExactly(
            tuple("spokesman", "RU"), tuple("Permanent Representative of Azerbaijan", "AZ"));
    assertThat(offices("Air Attache of Pakistan"))
        .extracting(TitleMatch::title)
        .containsExactly("Air Attache of Pakistan");
  }
}
