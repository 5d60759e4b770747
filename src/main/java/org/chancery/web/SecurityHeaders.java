package org.chancery.web;

import io.javalin.http.Context;

/**
 * Headers every answer carries. Why: the pages show text from the record and from users; even with
 * escaping, a policy that allows only this site's own scripts and styles, no framing and no MIME
 * sniffing keeps a missed escape from becoming a script.
 */
final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
