package org.migracode.talent.index.search;

/** Searches graduate profiles the way a recruiter or a coach looks for people. */
public interface GraduateSearch {

    /**
     * One page of graduates for {@code query}, with facets over all matches and, when nothing
     * matches, advice about the searched skills. Never throws for any text in the query.
     */
    GraduatePage search(GraduateQuery query);
}
