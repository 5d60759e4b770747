/**
 * The HTTP surface: a JSON API under {@code /api} (documented by {@code /api/openapi.json}),
 * server-rendered pages for people, and the one place where exceptions become HTTP statuses
 * ({@link org.chancery.web.Problems}: RFC 9457 problem+json). Handlers are thin: they read
 * parameters, call the features, and render. Pages are jte templates in {@code src/main/jte},
 * compiled into this package at build time, which escape every value they print.
 */
package org.chancery.web;
