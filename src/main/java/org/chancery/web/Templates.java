package org.chancery.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages' jte templates ({@code src/main/jte}), turned into classes of this package at build
 * time by jte-maven-plugin, so nothing is compiled at start-up. Every {@code ${value}} they print is
 * HTML-escaped for where it stands (text or attribute); no template prints unescaped content.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.chancery.web");

    private Templates() {
    }

    /** Renders {@code name} (e.g. "check.jte"), whose one parameter is {@code model}. */
    static String render(String name, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, model, out);
        return out.toString();
    }
}
