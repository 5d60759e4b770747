package org.chancery.claim;

/** Text set aside before reading claims: a URL, a hashtag, a source line, page boilerplate. */
public record Metadata(String kind, String text, int start, int end) {
}
