package org.chancery.person;

/**
 * A person of the record.
 *
 * @param surname  family name as pocom files it ("Bullitt")
 * @param forename given names ("William Christian")
 * @param birth    year or note as written ("1891"), null when unknown
 * @param death    likewise
 */
public record Person(PersonId id, String surname, String forename, String birth, String death) {

    /** "William Christian Bullitt". */
    public String displayName() {
        return forename == null || forename.isBlank() ? surname : forename + " " + surname;
    }

    public String url() {
        return "https://history.state.gov/departmenthistory/people/" + id.value();
    }
}
