/** How the domain is written as JSON, shared by the CLI's {@code --format json} and the HTTP API. */
package org.chancery.json;
