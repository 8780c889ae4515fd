/**
 * What the feature packages' entities share: the identity, creation time and optimistic-lock
 * version columns ({@link org.migracode.talent.index.persistence.StoredEntity}).
 */
package org.migracode.talent.index.persistence;
