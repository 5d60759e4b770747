package org.chancery.date;

/** A date found in text: what it says and where it stands (character offsets, end exclusive). */
public record DateMention(PartialDate date, int start, int end) {
}
