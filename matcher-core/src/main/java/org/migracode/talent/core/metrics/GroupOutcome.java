package org.migracode.talent.core.metrics;

import java.util.Objects;

/** How many people of one group were considered and how many selected (proposed, hired…). */
public record GroupOutcome(String group, int considered, int selected) {

    public GroupOutcome {
        Objects.requireNonNull(group, "group");
        if (considered < 0) {
            throw new IllegalArgumentException("considered must not be negative, got " + considered);
        }
        if (selected < 0 || selected > considered) {
            throw new IllegalArgumentException("selected must be between 0 and considered (" + considered + "), got " + selected);
        }
    }
}
