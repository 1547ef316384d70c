package org.attache.core.events;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.Token;

/**
 * A sentence's dependency parse, made the first time a trigger of it asks for its factuality and
 * kept for the others. One report's extraction only, on one thread.
 */
final class SentenceParse {
  private final DependencyParser parser;
  private final List<Token> tokens;
  private List<Token> parsed;

  SentenceParse(DependencyParser parser, List<Token> tokens) {
    this.parser = parser;
    this.tokens = tokens;
  }

  /** The tokens as the language pipeline gave them, unparsed. */
  List<Token> words() {
    return tokens;
  }

  List<Token> tokens() {
    if (parsed == null) {
      parsed = parser.parse(tokens);
    }
    return parsed;
  }
}

/** The factuality of one trigger, read from its sentence's parse when first asked for. */
final class ClauseReading {
  private final SentenceParse parse;
  private final Span trigger;
  private Factuality.Reading reading;
  private boolean read;

  ClauseReading(SentenceParse parse, Span trigger) {
    this.parse = parse;
    this.trigger = trigger;
  }

  /** The reading, or null when the parse has no token under the trigger. */
  Factuality.Reading get() {
    if (!read) {
      Factuality f = Factuality.standard();
      // a sentence with no cue word is what happened: no need to parse it
      reading =
          f.cued(parse.words())
              ? f.of(parse.tokens(), trigger)
              : new Factuality.Reading(Factuality.Status.HAPPENED, "");
      read = true;
    }
    return reading;
  }
}
