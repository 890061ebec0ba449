package id.jejak.kernel.civilservant;

import id.jejak.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankTest {

    @Test
    void seventeenRanksRunFromJuruMudaToPembinaUtama() {
        assertThat(Rank.values()).hasSize(17);
        assertThat(Rank.values()[0].code()).isEqualTo("I/a");
        assertThat(Rank.values()[16].title()).isEqualTo("Pembina Utama");
    }

    @Test
    void aRankIsFoundByItsCodeWhateverItsCase() {
        assertThat(Rank.ofCode("III/a")).isEqualTo(Rank.III_A);
        assertThat(Rank.ofCode(" iv/E ")).isEqualTo(Rank.IV_E);
    }

    @Test
    void anUnknownRankIsRefused() {
        assertThatThrownBy(() -> Rank.ofCode("V/a"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("RANK_UNKNOWN");
        assertThatThrownBy(() -> Rank.ofCode(null)).isInstanceOf(InvalidValueException.class);
    }
}
