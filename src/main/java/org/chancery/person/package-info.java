/** Persons of the record (pocom people): ids, names, birth and death. */
package org.chancery.person;
