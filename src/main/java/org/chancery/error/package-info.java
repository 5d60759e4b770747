/**
 * The one exception family of Chancery: invalid input, not found, data integrity and I/O
 * failures. The CLI maps it once to exit codes, the web layer once to HTTP statuses.
 */
package org.chancery.error;
