/**
 * What a skill is: the versioned skill taxonomy (canonical ids, English/Spanish/Catalan labels,
 * aliases, categories, implications such as "React implies JavaScript", ESCO concept URIs where
 * ESCO has one), the loader that validates its data file, and the tokenizer that turns any
 * label, alias or free text into the normalised terms the taxonomy is keyed by.
 *
 * <p>This package knows nothing of candidates, listings or scores, and nothing of any framework;
 * a Lucene synonym filter built elsewhere reads {@link
 * org.migracode.talent.core.taxonomy.SkillTaxonomy#surfaceForms(SkillId)}.
 */
package org.migracode.talent.core.taxonomy;
