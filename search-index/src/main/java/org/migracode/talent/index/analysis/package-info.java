/** Analyzer names and their Lucene definitions: EN/ES/CA text, folded keywords, taxonomy skills. */
package org.migracode.talent.index.analysis;
