/**
 * The HTTP surface: a JSON API under {@code /api} (documented by {@code /api/openapi.json}),
 * server-rendered pages for people, and the one place where exceptions become HTTP statuses
 * ({@link org.chancery.web.Problems}: RFC 9457 problem+json). Handlers are thin: they read
 * parameters, call the features, and render.
 */
package org.chancery.web;
