package org.chancery.importer.people;

import java.util.List;
import org.chancery.mission.ForeignEnvoy;
import org.chancery.record.Finding;

/**
 * What the people import read, immutable.
 *
 * @param persons  person records read
 * @param remarks  remarks read
 * @param envoys   other states' envoys to the United States the remarks state, one per remark
 */
public record PeopleResult(int persons, int remarks, List<ForeignEnvoy> envoys, List<Finding> findings) {
    public PeopleResult {
        envoys = List.copyOf(envoys);
        findings = List.copyOf(findings);
    }

    public static PeopleResult none() {
        return new PeopleResult(0, 0, List.of(), List.of());
    }
}
