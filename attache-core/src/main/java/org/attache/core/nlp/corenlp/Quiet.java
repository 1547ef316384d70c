package org.attache.core.nlp.corenlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * Keeps CoreNLP's model-loading chatter off the user's terminal; set {@code
 * -Dattache.corenlp.log=true} to see it.
 */
final class Quiet {
  private Quiet() {}

  static void apply() {
    if (!Boolean.getBoolean("attache.corenlp.log")) {
      RedwoodConfiguration.current().clear().apply();
    }
  }
}
