package org.attache.core.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attache.core.Span;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.LanguagePipeline;
import org.attache.core.nlp.Sentence;
import org.attache.core.nlp.Token;

/**
 * Stanford CoreNLP behind {@link LanguagePipeline}: tokens, sentences, parts of speech, lemmas and
 * the CRF name tagger; its {@link #parser()} is CoreNLP's neural dependency parser (Universal
 * Dependencies), run on demand ({@link NeuralParser}). CoreNLP types stay inside this package.
 *
 * <p>Example: {@code CoreNlpPipeline.standard().annotate(text, regions)}
 *
 * <p>SUTime and the fine-grained gazetteers are off: they cost ~5x the time of the rest and the
 * project reads dates, titles and states with its own lexicons (see STACK-NOTES).
 */
public final class CoreNlpPipeline implements LanguagePipeline {
  private static volatile CoreNlpPipeline standard;
  private final StanfordCoreNLP pipeline;

  private CoreNlpPipeline(Properties props) {
    Quiet.apply();
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The project's pipeline, loaded once per process (models take a few seconds to load). */
  public static CoreNlpPipeline standard() {
    CoreNlpPipeline p = standard;
    if (p == null) {
      synchronized (CoreNlpPipeline.class) {
        p = standard;
        if (p == null) {
          p = new CoreNlpPipeline(projectProperties());
          standard = p;
        }
      }
    }
    return p;
  }

  static Properties projectProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // One CRF model instead of the default three (3-, 4- and 7-class): faster, same persons.
    // -Dattache.corenlp.ner.model=... overrides it, for measuring.
    props.setProperty(
        "ner.model",
        System.getProperty(
            "attache.corenlp.ner.model",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"));
    props.setProperty("ner.combinationMode", "NORMAL");
    return props;
  }

  @Override
  public DependencyParser parser() {
    return NeuralParser.standard();
  }

  @Override
  public List<Sentence> annotate(String text, List<Span> regions) {
    List<Sentence> out = new ArrayList<>();
    for (Span region : regions) {
      String part = region.of(text);
      if (part.isBlank()) {
        continue;
      }
      Annotation doc = new Annotation(part);
      pipeline.annotate(doc);
      Sentence open = null;
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        Sentence next = toSentence(s, region.start());
        open = open == null ? next : joined(open, next);
        if (!endsInBracketedAbbreviation(open.tokens())) {
          out.add(open);
          open = null;
        }
      }
      if (open != null) {
        out.add(open);
      }
    }
    return out;
  }

  /**
   * Whether a sentence CoreNLP closed ends in one abbreviated word in brackets: "Lieutenant General
   * (Ret.) Hendra Kusumadinata". Its period abbreviates; the sentence goes on. A sentence that ends
   * with a bracket closes it before its own period ("(AFP).") or holds more than one word in it.
   */
  static boolean endsInBracketedAbbreviation(List<Token> tokens) {
    int n = tokens.size();
    if (n < 4 || !tokens.get(n - 1).word().equals(")")) {
      return false;
    }
    if (tokens.get(n - 2).word().equals(".")) {
      return tokens.get(n - 4).word().equals("(") && isWord(tokens.get(n - 3).word());
    }
    String w = tokens.get(n - 2).word();
    return tokens.get(n - 3).word().equals("(")
        && w.endsWith(".")
        && isWord(w.substring(0, w.length() - 1));
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isLetter);
  }

  private static Sentence joined(Sentence a, Sentence b) {
    List<Token> tokens = new ArrayList<>(a.tokens());
    tokens.addAll(b.tokens());
    return new Sentence(new Span(a.span().start(), b.span().end()), tokens);
  }

  private static Sentence toSentence(CoreMap s, int shift) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel t = labels.get(i);
      String lemma = t.lemma() == null ? t.originalText() : t.lemma();
      tokens.add(
          new Token(
              new Span(shift + t.beginPosition(), shift + t.endPosition()),
              t.originalText(),
              t.tag(),
              t.ner() == null ? "O" : t.ner(),
              lemma.toLowerCase(java.util.Locale.ROOT),
              -1,
              ""));
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(new Span(shift + begin, shift + end), tokens);
  }
}
