/**
 * The command line: a thin picocli adapter that checks flags, calls the domain and prints.
 * Exit codes are decided once, in {@link org.chancery.cli.ExitCodes}.
 */
package org.chancery.cli;
