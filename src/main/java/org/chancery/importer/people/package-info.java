/**
 * Reads the Office's persons database ({@code people/data/**}/*.xml) for what it alone holds here:
 * other states' envoys to the United States, stated in the FRUS persons lists' remarks ("Soviet
 * Ambassador to the United States from March 1962"). The rules are in {@code EnvoyRemarks}, the
 * demonyms in {@code demonyms.tsv}; a labelled sample in the tests measures them.
 */
package org.chancery.importer.people;
