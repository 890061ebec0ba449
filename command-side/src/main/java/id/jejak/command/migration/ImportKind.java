package id.jejak.command.migration;

import id.jejak.kernel.InvalidValueException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The kinds of file an agency brings, one kind a file, each with its columns: SIASN's names where its riwayat
 * exports are known ({@code nipBaru}, {@code golongan}, {@code tmtGolongan}, {@code skNomor}, {@code skTanggal},
 * {@code unorNama}, {@code jabatanNama}).
 */
enum ImportKind {

    /** Who the person is and how they entered: the first record of each person, before any other file. */
    IDENTITY("identity", List.of("nipBaru", "nama", "jenisPegawai", "golonganAwal", "tmtCpns", "pendidikan",
            "unorNama", "jabatanNama")),
    /** Riwayat golongan: each rank after the first, from its TMT, on its decree. */
    RANK_HISTORY("rank-history", List.of("nipBaru", "golongan", "tmtGolongan", "skNomor", "skTanggal")),
    /** Riwayat jabatan: each position from its TMT; it ends the one before. */
    POSITION_HISTORY("position-history", List.of("nipBaru", "jenisJabatan", "jabatanNama", "unorNama", "tmtJabatan",
            "skNomor", "skTanggal")),
    /** Riwayat pendidikan. */
    EDUCATION("education", List.of("nipBaru", "pendidikan", "namaSekolah", "tglLulus")),
    /** Riwayat diklat/kursus: a training attended and completed, with the lesson hours (JP) earned. */
    TRAINING("training", List.of("nipBaru", "namaDiklat", "jenisDiklat", "institusiPenyelenggara", "jumlahJam",
            "tanggalMulai", "tanggalSelesai", "nomorSertifikat")),
    /** SKP: a year's annual evaluation; its predicate follows from the two ratings, as a command's does. */
    ANNUAL_PREDICATE("annual-predicate", List.of("nipBaru", "tahun", "hasilKinerja", "perilakuKerja",
            "penilaiNipNrp")),
    /** Riwayat hukdis: a sanction imposed on its decree. */
    SANCTION("sanction", List.of("nipBaru", "jenisHukuman", "masaHukuman", "tmtHukuman", "skNomor", "skTanggal")),
    /** Riwayat penghargaan. */
    AWARD("award", List.of("nipBaru", "namaPenghargaan", "tanggal", "skNomor", "skTanggal"));

    private final String path;
    private final List<String> columns;

    ImportKind(String path, List<String> columns) {
        this.path = path;
        this.columns = columns;
    }

    List<String> columns() {
        return columns;
    }

    static ImportKind ofPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst()
                .orElseThrow(() -> new InvalidValueException("IMPORT_KIND_UNKNOWN",
                        "the kind of file must be one of {allowed}", Map.of("kind", path,
                                "allowed", String.join(", ", Arrays.stream(values()).map(kind -> kind.path)
                                        .toList()))));
    }
}
