package org.chancery.cli;

/**
 * SIGTERM and SIGINT as a request to stop. Why not a shutdown hook: the JVM runs hooks while it is
 * already exiting, with status 143, and a server stopped there cannot finish the requests it has.
 * Handling the signal lets {@code serve} finish them and exit 0, as service managers expect.
 */
final class ShutdownSignals {
    private ShutdownSignals() {
    }

    @SuppressWarnings("removal")
    static void onTermOrInt(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stop.run());
            } catch (IllegalArgumentException unsupported) {
                // a platform without the signal: the JVM's default (exit) applies
            }
        }
    }
}
