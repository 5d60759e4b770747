/**
 * Importer of pocom, "Principal Officers and Chiefs of Mission": every chief of mission in
 * {@code missions-countries} becomes a {@link org.chancery.mission.Tenure} plus
 * {@code envoy-appointed} and {@code credentials-presented} events; {@code people} become
 * persons; {@code positions-principals} become offices held. Person page:
 * https://history.state.gov/departmenthistory/people/{person-id}.
 */
package org.chancery.importer.pocom;
