package org.migracode.talent.core.metrics;

import java.util.OptionalDouble;

/**
 * The adverse-impact figures of one group.
 *
 * @param group         group name
 * @param considered    people considered
 * @param selected      people selected
 * @param suppressed    the group is smaller than the minimum size: no rate or ratio is published
 * @param selectionRate selected / considered; empty when suppressed
 * @param impactRatio   selection rate / highest selection rate among published groups; empty when suppressed
 * @param flagged       the impact ratio is below the threshold (four-fifths rule)
 */
public record GroupImpact(String group, int considered, int selected, boolean suppressed,
                          OptionalDouble selectionRate, OptionalDouble impactRatio, boolean flagged) {
}
