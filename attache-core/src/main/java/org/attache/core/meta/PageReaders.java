package org.attache.core.meta;

/** The immutable readers one {@link PageScan} uses; built once from the data files. */
record PageReaders(
    DateReader dates,
    DatelineReader datelines,
    BylineReader bylines,
    OutletReader outlets,
    OutletDirectory outletDirectory,
    FurnitureLexicon furniture) {

  static PageReaders standard() {
    var institutions = Lexicon.lowerCaseEntries("institution-words.txt");
    var stopwords = Lexicon.lowerCaseEntries("dateline-stopwords.txt");
    DateReader dates = DateReader.standard();
    OutletDirectory outlets = OutletDirectory.standard(institutions);
    var notCities = new java.util.ArrayList<>(institutions);
    notCities.addAll(stopwords);
    return new PageReaders(
        dates,
        new DatelineReader(
            dates, outlets, notCities, Lexicon.lowerCaseEntries("dateline-cities.txt")),
        new BylineReader(outlets, dates, Lexicon.lowerCaseEntries("generic-sources.txt")),
        new OutletReader(outlets, dates, Lexicon.lowerCaseEntries("generic-sources.txt")),
        outlets,
        FurnitureLexicon.standard());
  }
}
