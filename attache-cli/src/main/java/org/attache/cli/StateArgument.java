package org.attache.cli;

import java.util.Locale;
import org.attache.core.states.StateLexicon;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A state as the user names it: an ISO 3166-1 alpha-2 code ("az") or a name, official name or
 * demonym the state lexicon knows ("Azerbaijan", "Pakistani"), given as its upper-case code.
 */
final class StateArgument implements ITypeConverter<String> {
  private static final StateLexicon STATES = StateLexicon.standard();

  @Override
  public String convert(String value) {
    if (STATES.knows(value)) {
      return value.toUpperCase(Locale.ROOT);
    }
    return STATES
        .code(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "no state is called '"
                        + value
                        + "'. Give an ISO 3166-1 alpha-2 code (AZ, PK) or a state's name"
                        + " (Azerbaijan)."));
  }
}
