package org.migracode.talent.index.proposals;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A graduate's notifications, newest first. */
public interface GraduateNotificationRepository extends JpaRepository<GraduateNotification, UUID> {

    List<GraduateNotification> findTop50ByGraduateIdOrderByCreatedAtDesc(UUID graduateId);

    List<GraduateNotification> findByGraduateIdOrderByCreatedAtDesc(UUID graduateId);

    long countByGraduateIdAndReadAtIsNull(UUID graduateId);

    @Modifying
    @Query("delete from GraduateNotification n where n.graduateId = :graduateId")
    int deleteByGraduate(UUID graduateId);
}
