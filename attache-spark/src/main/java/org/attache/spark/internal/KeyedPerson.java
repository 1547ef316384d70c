package org.attache.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.ResolvedPerson;

/**
 * A resolved person with the key the resolver filed it under: persons sorted by key are in the
 * order the single-machine resolver gives them, which the event merger's person index relies on.
 */
public record KeyedPerson(String key, String id, ArrayList<String> documents, String json)
    implements Serializable {

  public static KeyedPerson of(String key, ResolvedPerson p) {
    return new KeyedPerson(key, p.id(), new ArrayList<>(p.documents()), ReadingJson.toJson(p));
  }

  public ResolvedPerson person() {
    return Json.parse(json, ResolvedPerson.class);
  }

  public List<String> documentIds() {
    return documents;
  }
}
