package org.migracode.talent.index.privacy;

import java.util.UUID;

/**
 * A feature's share of one graduate's personal data. Every Spring bean implementing this is asked
 * for its part when a graduate downloads their data, and told to erase it when the graduate's
 * account is erased. Implementations run inside the caller's transaction.
 */
public interface PersonalDataContributor {

    /** The key of this part in the data download, e.g. {@code "proposals"}. Unique per bean. */
    String section();

    /** This feature's data about the graduate, as plain values that Jackson can write (records, lists, maps). */
    Object export(UUID graduateId);

    /**
     * Removes or anonymises this feature's data about the graduate. What aggregate statistics need
     * (e.g. that a placement happened, in which cohort and period) may stay, without anything that
     * identifies the person. Must be idempotent.
     */
    void erase(UUID graduateId);
}
