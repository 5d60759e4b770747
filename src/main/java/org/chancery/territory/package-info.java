/**
 * States and territories over time. A territory keeps one id across regimes (the Russian
 * Empire, the USSR and the Russian Federation are all {@code russia}, as in the Office of the
 * Historian's data), names that hold between dates, aliases, and Correlates of War and
 * Gleditsch–Ward codes where one exists. {@link org.chancery.territory.Gazetteer} resolves what a
 * user types to an id.
 */
package org.chancery.territory;
