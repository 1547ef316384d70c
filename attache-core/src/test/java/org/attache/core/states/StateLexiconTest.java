package org.attache.core.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attache.core.Span;
import org.junit.jupiter.api.Test;

class StateLexiconTest {
  private final StateLexicon lex = StateLexicon.standard();

  private List<StateMention> find(String text) {
    return lex.find(text, new Span(0, text.length()));
  }

  private List<String> codes(String text) {
    return find(text).stream().map(StateMention::code).toList();
  }

  private List<String> texts(String text) {
    return find(text).stream().map(StateMention::text).toList();
  }

  @Test
  void findsOfficialNameWithItsArticle() {
    String s = "A delegation of the Republic of Azerbaijan arrived in Lahore.";
    List<StateMention> m = find(s);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).text()).isEqualTo("the Republic of Azerbaijan");
    assertThat(m.get(0).code()).isEqualTo("AZ");
    assertThat(m.get(0).form()).isEqualTo(StateForm.NAME);
    assertThat(m.get(0).span().of(s)).isEqualTo("the Republic of Azerbaijan");
  }

  @Test
  void aShipPrefixBeforeTheShipsNameNamesItsNavysState() {
    assertThat(codes("The frigate HMS Larkspur and the corvette KD Tebrau sailed in company."))
        .containsExactly("GB", "MY");
    assertThat(find("USS Halverson docked").get(0).form()).isEqualTo(StateForm.DEMONYM);
    // without a ship's name after it, a prefix is only letters
    assertThat(codes("The KD was filed with the JS forms.")).isEmpty();
  }

  @Test
  void prefersLongestOfficialName() {
    assertThat(texts("talks with the Islamic Republic of Pakistan and Lao PDR"))
        .containsExactly("the Islamic Republic of Pakistan", "Lao PDR");
    assertThat(codes("the Islamic Republic of Pakistan and Lao PDR")).containsExactly("PK", "LA");
  }

  @Test
  void splitsHyphenatedCompoundsIntoTwoMentions() {
    assertThat(codes("the Azerbaijani-Pakistani commission")).containsExactly("AZ", "PK");
    assertThat(codes("India-France ties and Azerbaijan-Pakistan talks"))
        .containsExactly("IN", "FR", "AZ", "PK");
    assertThat(find("Russian-Mongolian drills"))
        .extracting(StateMention::form)
        .containsExactly(StateForm.DEMONYM, StateForm.DEMONYM);
  }

  @Test
  void readsOldAndNewNamesAlike() {
    assertThat(codes("Turkey, Türkiye and Turkiye")).containsExactly("TR", "TR", "TR");
    assertThat(codes("Burma, later Myanmar; Swaziland, now Eswatini"))
        .containsExactly("MM", "MM", "SZ", "SZ");
  }

  @Test
  void readsCapitalsAsGovernments() {
    List<StateMention> m = find("Ankara and Islamabad agreed, while Ulan Bator and Ulaanbaatar");
    assertThat(m).extracting(StateMention::code).containsExactly("TR", "PK", "MN", "MN");
    assertThat(m).allMatch(x -> x.form() == StateForm.CAPITAL);
    assertThat(codes("New Delhi and Washington")).containsExactly("IN", "US");
  }

  @Test
  void respectsCapitalisation() {
    assertThat(find("they ate turkey and talked with us")).isEmpty();
    assertThat(codes("PAKISTAN, TURKEY SIGN DEAL")).containsExactly("PK", "TR");
    assertThat(codes("the US and the U.S. Navy")).containsExactly("US", "US");
  }

  @Test
  void readsUnitedKingdomVariants() {
    assertThat(codes("UK, Britain, Great Britain, the United Kingdom, British"))
        .containsExactly("GB", "GB", "GB", "GB", "GB");
  }

  @Test
  void guardsAmbiguousNames() {
    assertThat(codes("ships in the Indian Ocean")).isEmpty();
    assertThat(codes("a base in New Mexico")).isEmpty();
    assertThat(codes("Papua New Guinea and Equatorial Guinea")).containsExactly("PG", "GQ");
    assertThat(codes("Niger and Nigeria")).containsExactly("NE", "NG");
    assertThat(codes("Dominica and the Dominican Republic")).containsExactly("DM", "DO");
    assertThat(codes("Georgia hosted the drills")).containsExactly("GE");
    assertThat(codes("a US$ 20 million deal on Guinea pig farms in the Indo-Pacific")).isEmpty();
    assertThat(codes("Indo-Pak talks; Sino-Russian drills"))
        .containsExactly("IN", "PK", "CN", "RU");
  }

  @Test
  void readsGivenNameBeforeSurnameAsPerson() {
    assertThat(codes("striker Jordan Henderson said")).isEmpty();
    assertThat(codes("Jordan King Abdullah received")).containsExactly("JO");
    assertThat(codes("Chad President spoke; Chad Smith played")).containsExactly("TD");
    assertThat(codes("the minister of India Raj Kumar")).containsExactly("IN");
  }

  @Test
  void tellsTheTwoKoreasApart() {
    assertThat(codes("Korea, South Korea, North Korea, DPRK, Republic of Korea"))
        .containsExactly("KR", "KR", "KP", "KP", "KR");
    assertThat(codes("North Korean and South Korean envoys")).containsExactly("KP", "KR");
  }

  @Test
  void readsPluralsAndPossessives() {
    assertThat(codes("Pakistanis and Azeris praised Azerbaijan’s army"))
        .containsExactly("PK", "AZ", "AZ");
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "Headline\nThe Russian Federation and China";
    Span region = new Span(9, text.length());
    List<StateMention> m = lex.find(text, region);
    assertThat(m)
        .extracting(x -> x.span().of(text))
        .containsExactly("The Russian Federation", "China");
    assertThat(lex.find(text, new Span(0, 8))).isEmpty();
  }

  @Test
  void mapsAnyFormToCode() {
    assertThat(lex.code("Azeri")).contains("AZ");
    assertThat(lex.code("the Islamic Republic of Pakistan")).contains("PK");
    assertThat(lex.code("Moscow")).contains("RU");
    assertThat(lex.code("Malé")).contains("MV");
    assertThat(lex.code("Atlantis")).isEmpty();
  }

  @Test
  void namesStatesByCode() {
    assertThat(lex.name("AZ")).isEqualTo("Azerbaijan");
    assertThat(lex.name("US")).isEqualTo("United States");
    assertThat(lex.name("TR")).isEqualTo("Türkiye");
    assertThatThrownBy(() -> lex.name("QQ")).hasMessageContaining("QQ");
  }

  @Test
  void coversEveryIsoStateAndRoundTripsItsName() {
    assertThat(lex.codes()).hasSizeGreaterThanOrEqualTo(249).allMatch(c -> c.matches("[A-Z]{2}"));
    for (String c : lex.codes()) {
      assertThat(lex.code(lex.name(c))).as(c).contains(c);
    }
    assertThat(lex.knows("XX")).isFalse();
  }
}
