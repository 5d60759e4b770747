/**
 * Text utilities both readers of prose need (the rdcr importer and the claim checker):
 * sentence bounds that know the record's abbreviations.
 */
package org.chancery.text;
