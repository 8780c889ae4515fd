/**
 * Refused input that can be explained in the user's language: a stable message code with its
 * arguments, plus the English sentence for logs and callers that do not translate. Knows nothing
 * of message bundles or HTTP; the portal looks the code up in its own bundle.
 */
package org.migracode.talent.core.input;
