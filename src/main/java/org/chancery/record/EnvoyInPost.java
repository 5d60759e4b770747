package org.chancery.record;

import org.chancery.mission.Tenure;
import org.chancery.person.Person;

/** A chief of mission in post, with the person's record. */
public record EnvoyInPost(Tenure tenure, Person person) {
}
