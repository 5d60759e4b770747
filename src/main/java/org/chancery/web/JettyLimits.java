package org.chancery.web;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.json.Json;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The {@link Limits} as Jetty settings. Why: Jetty waits for a slow client for as long as its
 * defaults allow (30 s idle, no minimum body rate, unlimited connections), which lets a few
 * hundred connections that trickle a body hold every thread. Jetty's own error pages (a malformed
 * request line, headers or URI too long) become problem+json like the rest of the API.
 */
final class JettyLimits {
    private JettyLimits() {
    }

    static void apply(JavalinConfig config, Limits limits) {
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(limits.idleTimeout().toMillis());
            http.setMinRequestDataRate(limits.minBodyRate());
            http.setSendServerVersion(false);
        });
        config.jetty.modifyServer(server -> {
            server.addBean(new ConnectionLimit(limits.connections(), server));
            server.setErrorHandler(new ProblemErrorHandler());
        });
    }

    /** Jetty's answers to requests it refuses before any route sees them, as problem+json. */
    static final class ProblemErrorHandler extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problems.TYPE));
            return ByteBuffer.wrap(json(status, reason, null).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void handle(String target, Request base, jakarta.servlet.http.HttpServletRequest request,
                           jakarta.servlet.http.HttpServletResponse response) throws IOException {
            base.setHandled(true);
            int status = response.getStatus();
            response.setContentType(Problems.TYPE);
            response.getOutputStream().write(json(status, null, request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
        }

        private static String json(int status, String reason, String instance) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "about:blank");
            p.put("title", Problems.statusTitle(status));
            p.put("status", status);
            p.put("detail", reason == null || reason.isBlank() ? "the server refused the request (HTTP " + status + ")" : reason);
            if (instance != null) p.put("instance", instance);
            return Json.writeLine(p);
        }
    }
}
