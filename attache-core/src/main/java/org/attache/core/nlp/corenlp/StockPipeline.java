package org.attache.core.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's stock English pipeline {@code tokenize,ssplit,pos,lemma,ner} with its default settings:
 * the baseline the benchmark measures the project against.
 *
 * <p>Example: {@code new StockPipeline("tokenize,ssplit,pos,lemma,ner").tokens(text)}
 */
public final class StockPipeline {
  private final StanfordCoreNLP pipeline;

  /**
   * @param annotators a CoreNLP annotator list, e.g. {@code tokenize,ssplit,pos,lemma,ner} or
   *     {@code tokenize} (the floor of any pipeline)
   */
  public StockPipeline(String annotators) {
    Quiet.apply();
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates the text and returns how many tokens it has. */
  public int tokens(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
