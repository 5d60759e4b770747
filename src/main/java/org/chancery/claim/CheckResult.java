package org.chancery.claim;

import java.util.List;

/** The claims of a text and what was set aside before reading it. */
public record CheckResult(List<Claim> claims, List<Metadata> metadata) {
}
