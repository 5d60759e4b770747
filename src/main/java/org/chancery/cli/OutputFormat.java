package org.chancery.cli;

/** {@code --format} of query commands. */
enum OutputFormat {
    text, json
}
