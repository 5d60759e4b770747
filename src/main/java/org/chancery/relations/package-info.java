/**
 * The state of relations between two territories on a date, read off their events by
 * {@link org.chancery.relations.RelationRules}: a pure function with its own tests.
 */
package org.chancery.relations;
