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
    RANK_HISTORY("rank-history", List.of("nipBaru", "golongan", "tmtGolongan", "skNomor", "skTanggal"));

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
