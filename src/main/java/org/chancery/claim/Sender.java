package org.chancery.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.language.Shape;
import org.chancery.language.Token;
import org.chancery.territory.TerritoryId;

/**
 * The state a post speaks for, whose own "our ambassador" or "наш посол" is: the state an
 * embassy's or ministry's handle names before "emb", "embassy" or "in" ("@USEmbDenmark",
 * "@IsraelinUSA", "@IndEmbMoscow" in a post naming India), else a single flag signing the post at its end ("... 🇺🇸"). Handles or
 * signatures that disagree, or none, give no sender: nothing is guessed.
 */
final class Sender {
    private Sender() {
    }

    /** The sender by the post's handles (with or without their '@') and its text's tokens. */
    static Optional<TerritoryId> of(List<String> handles, List<Token> tokens, List<Mention> places, NameFinder names) {
        Set<TerritoryId> named = new java.util.HashSet<>();
        for (Mention m : places) if (m.territory() != null) named.add(m.territory());
        Set<TerritoryId> owners = new LinkedHashSet<>();
        for (String h : handles) names.handleOwner(h.replaceFirst("^@", ""), named).ifPresent(owners::add);
        for (Token t : tokens) {
            if (t.shape() == Shape.HANDLE) names.handleOwner(t.word(), named).ifPresent(owners::add);
        }
        if (owners.isEmpty()) signature(tokens, names).ifPresent(owners::add);
        return owners.size() == 1 ? Optional.of(owners.iterator().next()) : Optional.empty();
    }

    /** A flag standing alone as the post's last token (a pair of flags, "🇺🇸🇩🇰", names both states of a post, not its sender). */
    private static Optional<TerritoryId> signature(List<Token> tokens, NameFinder names) {
        if (tokens.isEmpty()) return Optional.empty();
        Token last = tokens.get(tokens.size() - 1);
        if (last.shape() != Shape.EMOJI) return Optional.empty();
        if (tokens.size() > 1) {
            Token before = tokens.get(tokens.size() - 2);
            if (before.shape() == Shape.EMOJI && names.flag(before).isPresent()) return Optional.empty();
        }
        return names.flag(last);
    }
}
