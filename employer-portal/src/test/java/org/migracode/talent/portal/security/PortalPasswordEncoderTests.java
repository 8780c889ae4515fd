package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PortalPasswordEncoderTests {

    @Test
    void newHashesAreBcryptAtTheConfiguredCost() {
        assertThat(new PortalPasswordEncoder(4).encode("s3cret-pass")).startsWith("{bcrypt}$2a$04$");
        assertThat(new PortalPasswordEncoder(PortalPasswordEncoder.DEFAULT_STRENGTH).encode("s3cret-pass")).startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void storedHashesOfAnyCostAndEveryKnownIdStillMatch() {
        PortalPasswordEncoder cost4 = new PortalPasswordEncoder(4);
        PortalPasswordEncoder cost10 = new PortalPasswordEncoder(10);
        String springDefault = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("s3cret-pass");
        assertThat(cost4.matches("s3cret-pass", springDefault)).isTrue();
        assertThat(cost10.matches("s3cret-pass", cost4.encode("s3cret-pass"))).isTrue();
        assertThat(cost10.matches("wrong", cost4.encode("s3cret-pass"))).isFalse();
        assertThat(cost4.matches("legacy password 42", "{noop}legacy password 42")).isTrue();
    }

    @Test
    void onlyOtherIdsAndLowerCostsAskForRehashing() {
        PortalPasswordEncoder cost10 = new PortalPasswordEncoder(10);
        assertThat(cost10.upgradeEncoding("{noop}legacy password 42")).isTrue();
        assertThat(cost10.upgradeEncoding(new PortalPasswordEncoder(4).encode("s3cret-pass"))).isTrue();
        assertThat(cost10.upgradeEncoding(cost10.encode("s3cret-pass"))).isFalse();
        assertThat(new PortalPasswordEncoder(4).upgradeEncoding(cost10.encode("s3cret-pass"))).isFalse();
    }

    @Test
    void aSettingOutsideBcryptsRangeIsRefusedWithItsName() {
        assertThat(PortalPasswordEncoder.fromSetting(" 4 ").strength()).isEqualTo(4);
        for (String bad : new String[] {"abc", "99", "3", "32", "", "-1", "10.5"}) {
            assertThatThrownBy(() -> PortalPasswordEncoder.fromSetting(bad)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("talent.security.password-hash-strength must be a whole number from 4 to 31")
                    .hasMessageContaining("'" + bad + "'");
        }
    }
}
