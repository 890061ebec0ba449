package id.jejak.kernel.civilservant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.jejak.kernel.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * Golongan/ruang of a PNS, the 17 steps from I/a to IV/e, each with its pangkat title. Written and read as its code
 * ("III/a"), the way decrees write it.
 */
public enum Rank {
    I_A("I/a", "Juru Muda"),
    I_B("I/b", "Juru Muda Tingkat I"),
    I_C("I/c", "Juru"),
    I_D("I/d", "Juru Tingkat I"),
    II_A("II/a", "Pengatur Muda"),
    II_B("II/b", "Pengatur Muda Tingkat I"),
    II_C("II/c", "Pengatur"),
    II_D("II/d", "Pengatur Tingkat I"),
    III_A("III/a", "Penata Muda"),
    III_B("III/b", "Penata Muda Tingkat I"),
    III_C("III/c", "Penata"),
    III_D("III/d", "Penata Tingkat I"),
    IV_A("IV/a", "Pembina"),
    IV_B("IV/b", "Pembina Tingkat I"),
    IV_C("IV/c", "Pembina Utama Muda"),
    IV_D("IV/d", "Pembina Utama Madya"),
    IV_E("IV/e", "Pembina Utama");

    private final String code;
    private final String title;

    Rank(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @JsonCreator
    public static Rank ofCode(String code) {
        return Arrays.stream(values())
                .filter(rank -> rank.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("RANK_UNKNOWN",
                        "rank must be a golongan/ruang from I/a to IV/e",
                        Map.of("rank", String.valueOf(code))));
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The pangkat title, e.g. "Penata Muda" for III/a. */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return code;
    }
}
