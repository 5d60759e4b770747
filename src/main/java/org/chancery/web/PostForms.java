package org.chancery.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.anniversary.Post;
import org.chancery.anniversary.ShortPosts;

/**
 * The forms of {@code /api/post}, as the CLI's {@code post} has them: the whole post ({@code text}),
 * one post of at most {@code maxChars} characters ({@code text}), or with {@code thread=true} numbered
 * parts of at most {@code maxChars} (default 280) characters each ({@code parts}). The structured
 * post comes with each ({@code post}). {@code maxChars} is bounded so a request's work stays small.
 */
final class PostForms {
    /** The largest limit asked for: longer than any post the record makes. */
    static final int MAX_CHARS = 10_000;
    static final int THREAD_DEFAULT = 280;

    private PostForms() {
    }

    static Map<String, Object> answer(Context ctx, Post post) {
        Integer max = Params.integer(ctx, "maxChars", ShortPosts.MIN_CHARS, MAX_CHARS);
        boolean thread = Params.bool(ctx, "thread");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("post", post);
        if (thread) out.put("parts", ShortPosts.thread(post, max == null ? THREAD_DEFAULT : max, "maxChars"));
        else out.put("text", max == null ? post.render() : ShortPosts.fit(post, max, "maxChars", "thread=true"));
        return out;
    }
}
