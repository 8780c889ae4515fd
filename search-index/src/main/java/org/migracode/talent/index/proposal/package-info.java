/**
 * Match proposals: a graduate put forward for a listing, and the stages it moves through. The
 * portal owns who may move a proposal; this package owns the stages, the allowed transitions and
 * the stored history.
 */
package org.migracode.talent.index.proposal;
