package org.attache.core.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.Token;

/**
 * CoreNLP's neural dependency parser (Chen and Manning 2014) with its English Universal
 * Dependencies model, on one sentence at a time: basic dependencies, as each token's head and
 * relation. Loaded once per process (~2 s); thread-safe, as CoreNLP's own annotator shares it.
 *
 * <p>Example: {@code NeuralParser.standard().parse(tokens)}
 */
final class NeuralParser implements DependencyParser {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** Longer token runs are page furniture run together, not sentences: they are not parsed. */
  private static final int MAX_TOKENS = 150;

  private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

  private NeuralParser() {
    Quiet.apply();
    this.parser = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL);
  }

  /** Loaded on first use: the holder class is initialised once, by the JVM's class loading. */
  private static final class Holder {
    static final NeuralParser STANDARD = new NeuralParser();
  }

  static NeuralParser standard() {
    return Holder.STANDARD;
  }

  @Override
  public List<Token> parse(List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return tokens;
    }
    List<CoreLabel> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      CoreLabel w = new CoreLabel();
      w.setWord(t.word());
      w.setValue(t.word());
      w.setOriginalText(t.word());
      w.setTag(t.pos());
      w.setLemma(t.lemma());
      w.setIndex(i + 1);
      words.add(w);
    }
    GrammaticalStructure gs = parser.predict(words);
    int[] heads = new int[tokens.size()];
    String[] relations = new String[tokens.size()];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "");
    for (TypedDependency d : gs.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      if (dependent < 0 || dependent >= tokens.size()) {
        continue;
      }
      heads[dependent] = d.gov().index() - 1;
      relations[dependent] = d.reln().toString();
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      out.add(new Token(t.span(), t.word(), t.pos(), t.ner(), t.lemma(), heads[i], relations[i]));
    }
    return List.copyOf(out);
  }
}
