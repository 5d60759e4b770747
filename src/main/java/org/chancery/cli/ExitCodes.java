package org.chancery.cli;

import java.io.PrintWriter;
import org.chancery.error.ChanceryException;
import org.chancery.error.DataIntegrityException;
import org.chancery.error.InvalidInputException;
import org.chancery.error.NotFoundException;
import org.chancery.error.SourceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place exit codes are decided: 0 done; 1 a source, file or network could not be
 * reached; 2 invalid input or an unknown name; 3 a source or the store holds bad data; 4 a bug.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int UNAVAILABLE = 1;
    public static final int INVALID_INPUT = 2;
    public static final int BAD_DATA = 3;
    public static final int BUG = 4;

    private ExitCodes() {
    }

    public static int of(Throwable e) {
        if (e instanceof InvalidInputException || e instanceof NotFoundException) return INVALID_INPUT;
        if (e instanceof SourceUnavailableException) return UNAVAILABLE;
        if (e instanceof DataIntegrityException) return BAD_DATA;
        return BUG;
    }

    static int handle(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ChanceryException) {
            err.println("chancery: " + e.getMessage());
        } else {
            err.println("chancery: internal error (please report): " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return of(e);
    }

    static int handleParameter(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("chancery: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return INVALID_INPUT;
    }
}
