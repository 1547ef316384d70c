package org.attache.server;

import static org.attache.server.TestReports.date;
import static org.attache.server.TestReports.person;
import static org.attache.server.TestReports.sentence;
import static org.attache.server.TestReports.state;

import java.util.List;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.states.Place;

/**
 * The standard test reports and three more, written for the network and the map: a third state
 * (Turkiye) whose chief of staff meets the Azerbaijani minister, a trilateral exercise, and an arms
 * deal, so persons meet across reports and states share events in several pairs.
 */
final class NetworkReports {
  static final String ANKARA =
      "Turkiye and Azerbaijan review staff cooperation\n\n"
          + "ANKARA, February 9, 2022. Chief of General Staff Selim Aydin of Turkiye received"
          + " Defence Minister Elnur Gasimov of Azerbaijan in Ankara on February 9.\n";
  static final String TRILATERAL =
      "Three armies open a joint exercise near Baku\n\n"
          + "BAKU, September 20, 2023. Troops of Azerbaijan, Turkiye and Pakistan began a joint"
          + " exercise near Baku on September 20. General Tariq Mahmood and General Selim Aydin"
          + " attended the opening.\n";
  static final String AIRCRAFT =
      "Pakistan to supply trainer aircraft\n\n"
          + "ISLAMABAD, January 15, 2024. Pakistan agreed to sell trainer aircraft to Azerbaijan on"
          + " January 15.\n";

  private NetworkReports() {}

  static Catalog catalog() {
    TestReports r = TestReports.standard();
    r.add("ankara000000005", ANKARA, "2022-02-10", "Defence Review", ankara());
    r.add("trilat000000006", TRILATERAL, "2023-09-21", "Frontier Post", trilateral());
    r.add("aircft000000007", AIRCRAFT, "2024-01-16", "Frontier Post", aircraft());
    return r.catalog();
  }

  private static TestReports.Found ankara() {
    String t = ANKARA;
    return new TestReports.Found(
        List.of(
            person(t, "Selim Aydin", "TR", "Chief of General Staff"),
            person(t, "Elnur Gasimov", "AZ", "Defence Minister")),
        List.of(state(t, "Turkiye", "TR"), state(t, "Azerbaijan", "AZ")),
        List.of(date(t, "February 9", "2022-02-09")),
        List.of(
            event(
                EventType.MEETING,
                "2022-02-09",
                new Place("Ankara", "TR"),
                List.of("AZ", "TR"),
                sentence(t, "received"),
                "Selim Aydin",
                "Elnur Gasimov")));
  }

  private static TestReports.Found trilateral() {
    String t = TRILATERAL;
    return new TestReports.Found(
        List.of(
            person(t, "Tariq Mahmood", "PK", "General"), person(t, "Selim Aydin", "TR", "General")),
        List.of(
            state(t, "Azerbaijan", "AZ"), state(t, "Turkiye", "TR"), state(t, "Pakistan", "PK")),
        List.of(date(t, "September 20", "2023-09-20")),
        List.of(
            event(
                EventType.EXERCISE,
                "2023-09-20",
                new Place("Baku", "AZ"),
                List.of("AZ", "PK", "TR"),
                sentence(t, "began a joint"),
                "Tariq Mahmood",
                "Selim Aydin")));
  }

  private static TestReports.Found aircraft() {
    String t = AIRCRAFT;
    return new TestReports.Found(
        List.of(),
        List.of(state(t, "Pakistan", "PK"), state(t, "Azerbaijan", "AZ")),
        List.of(date(t, "January 15", "2024-01-15")),
        List.of(
            event(
                EventType.ARMS,
                "2024-01-15",
                new Place("Islamabad", "PK"),
                List.of("AZ", "PK"),
                sentence(t, "agreed to sell"),
                new String[0])));
  }

  private static Event event(
      EventType type,
      String date,
      Place place,
      List<String> states,
      org.attache.core.Span evidence,
      String... participants) {
    return new Event(
        type,
        type.cameo(),
        date,
        place,
        List.of(participants).stream().map(p -> new Participant(p, "participant")).toList(),
        states,
        null,
        EventStatus.HAPPENED,
        evidence);
  }
}
