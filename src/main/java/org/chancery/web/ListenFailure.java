package org.chancery.web;

import java.net.BindException;
import org.chancery.error.ChanceryException;
import org.chancery.error.InvalidInputException;
import org.chancery.error.SourceUnavailableException;

/** Why the server could not listen, in one line: the address and port, and the system's reason. */
final class ListenFailure {
    private ListenFailure() {
    }

    static ChanceryException of(String host, int port, RuntimeException e) {
        String where = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        if (port < 0 || port > 65535) return new InvalidInputException("--port", String.valueOf(port), "a port is 0 to 65535", e);
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String why;
        if (t instanceof BindException b && b.getMessage() != null && b.getMessage().contains("in use")) {
            why = "the port is in use by another program; choose another with --port";
        } else if (t instanceof BindException || t instanceof java.net.SocketException) {
            why = (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                    + "; --bind takes an address of this machine (127.0.0.1, ::1, 0.0.0.0)";
        } else if (t instanceof java.nio.channels.UnresolvedAddressException || e.getMessage() != null && e.getMessage().contains("resolve")) {
            why = "unknown address; --bind takes an address of this machine (127.0.0.1, ::1, 0.0.0.0)";
        } else {
            why = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
        return new SourceUnavailableException("cannot listen on " + where + ": " + why, e);
    }
}
