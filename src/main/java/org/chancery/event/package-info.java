/**
 * Events between two parties (recognition, relations established, severed, resumed, missions
 * opened, raised and closed, envoys appointed, credentials presented, visits), each with a
 * date that keeps its precision and the {@link org.chancery.event.Citation} it came from.
 */
package org.chancery.event;
