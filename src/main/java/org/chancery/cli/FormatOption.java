package org.chancery.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, on every query. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.json;
    }
}
