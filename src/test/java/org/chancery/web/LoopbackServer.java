package org.chancery.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server over the shared store on a loopback port, started once before a test class and
 * stopped after it, with the requests its tests send:
 * {@code @RegisterExtension static final LoopbackServer SERVER = new LoopbackServer();}
 */
final class LoopbackServer implements BeforeAllCallback, AfterAllCallback {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private WebServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = WebServer.create(Services.over(new CachedStore(SharedData.store())), null).start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    WebServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** GET, the body decoded by the charset the answer names (UTF-8 when it names none). */
    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET, the body decoded as {@code charset} whatever the answer says. */
    HttpResponse<String> get(String path, Charset charset) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString(charset));
    }

    /** A request with a body of the given type. */
    HttpResponse<String> send(String method, String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type).method(method, body).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
