package id.jejak.benchmark.generator;

import id.jejak.kernel.training.TrainingKind;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The vocabulary of a generated regional agency (a city in North Sumatra): its work units, names, positions,
 * trainings, organisers and partner institutions. Plain data, chosen to look like what a BKPSDM records.
 */
final class Catalog {

    private Catalog() {
    }

    /** What kind of staff a unit mostly has, which decides education, positions and trainings. */
    enum UnitType { GENERAL, EDUCATION, HEALTH, DISTRICT }

    /**
     * A work unit: its code (also the person's recorded work unit), the title of its head, its type and its share
     * of the agency's staff.
     */
    record Unit(String code, String headTitle, UnitType type, double weight) {
    }

    static final List<Unit> UNITS = List.of(
            new Unit("SETDA", "Sekretaris Daerah", UnitType.GENERAL, 3.0),
            new Unit("SETWAN", "Sekretaris DPRD", UnitType.GENERAL, 1.5),
            new Unit("INSPEKTORAT", "Inspektur", UnitType.GENERAL, 1.5),
            new Unit("BAPPEDA", "Kepala Badan Perencanaan Pembangunan Daerah", UnitType.GENERAL, 1.5),
            new Unit("BKPSDM", "Kepala Badan Kepegawaian dan Pengembangan SDM", UnitType.GENERAL, 1.5),
            new Unit("BPKAD", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", UnitType.GENERAL, 2.0),
            new Unit("BAPENDA", "Kepala Badan Pendapatan Daerah", UnitType.GENERAL, 2.0),
            new Unit("DISDIK", "Kepala Dinas Pendidikan", UnitType.EDUCATION, 30.0),
            new Unit("DINKES", "Kepala Dinas Kesehatan", UnitType.HEALTH, 8.0),
            new Unit("RSUD", "Direktur RSUD dr. Pirngadi", UnitType.HEALTH, 10.0),
            new Unit("DINSOS", "Kepala Dinas Sosial", UnitType.GENERAL, 1.5),
            new Unit("DPUPR", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", UnitType.GENERAL, 3.0),
            new Unit("DISHUB", "Kepala Dinas Perhubungan", UnitType.GENERAL, 2.5),
            new Unit("DLH", "Kepala Dinas Lingkungan Hidup", UnitType.GENERAL, 3.0),
            new Unit("DISDUKCAPIL", "Kepala Dinas Kependudukan dan Pencatatan Sipil", UnitType.GENERAL, 1.5),
            new Unit("DPMPTSP", "Kepala Dinas Penanaman Modal dan PTSP", UnitType.GENERAL, 1.2),
            new Unit("DISKOMINFO", "Kepala Dinas Komunikasi dan Informatika", UnitType.GENERAL, 1.2),
            new Unit("DISPERINDAG", "Kepala Dinas Perindustrian dan Perdagangan", UnitType.GENERAL, 1.2),
            new Unit("DINKOPUKM", "Kepala Dinas Koperasi dan UKM", UnitType.GENERAL, 1.0),
            new Unit("DISNAKER", "Kepala Dinas Ketenagakerjaan", UnitType.GENERAL, 1.0),
            new Unit("DISPORA", "Kepala Dinas Pemuda dan Olahraga", UnitType.GENERAL, 1.0),
            new Unit("DISBUDPAR", "Kepala Dinas Kebudayaan dan Pariwisata", UnitType.GENERAL, 1.0),
            new Unit("DKPP", "Kepala Dinas Ketahanan Pangan dan Pertanian", UnitType.GENERAL, 2.0),
            new Unit("DISPERKIM", "Kepala Dinas Perumahan dan Kawasan Permukiman", UnitType.GENERAL, 1.5),
            new Unit("SATPOLPP", "Kepala Satuan Polisi Pamong Praja", UnitType.GENERAL, 2.5),
            new Unit("BPBD", "Kepala Pelaksana BPBD", UnitType.GENERAL, 1.0),
            new Unit("KESBANGPOL", "Kepala Badan Kesatuan Bangsa dan Politik", UnitType.GENERAL, 0.8),
            new Unit("DP3A", "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak", UnitType.GENERAL, 0.8),
            new Unit("DPPKB", "Kepala Dinas Pengendalian Penduduk dan KB", UnitType.GENERAL, 1.0),
            new Unit("DISPUSIP", "Kepala Dinas Perpustakaan dan Kearsipan", UnitType.GENERAL, 0.8),
            new Unit("DISPANGAN", "Kepala Dinas Pangan", UnitType.GENERAL, 0.8),
            new Unit("KEC.MEDAN-KOTA", "Camat Medan Kota", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-BARU", "Camat Medan Baru", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-TIMUR", "Camat Medan Timur", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-BARAT", "Camat Medan Barat", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-PETISAH", "Camat Medan Petisah", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-SUNGGAL", "Camat Medan Sunggal", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-JOHOR", "Camat Medan Johor", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-AMPLAS", "Camat Medan Amplas", UnitType.DISTRICT, 1.0),
            new Unit("KEC.MEDAN-DELI", "Camat Medan Deli", UnitType.DISTRICT, 1.0));

    static final List<String> MALE_FIRST = List.of("Ahmad", "Muhammad", "Budi", "Agus", "Andi", "Rizky", "Dedi",
            "Hendra", "Fajar", "Dimas", "Arif", "Bambang", "Joko", "Eko", "Taufik", "Yusuf", "Irwan", "Ridwan",
            "Fauzi", "Hasan", "Rahmat", "Syahrul", "Imam", "Wahyu", "Hadi", "Sutrisno", "Darmawan", "Rudi", "Indra",
            "Reza", "Yoga", "Doni", "Benny", "Robert", "Jonathan", "Samuel", "Daniel", "Martin", "Togar",
            "Parlindungan", "Poltak", "Zulkifli", "Khairul", "Abdul", "Ilham", "Fadli", "Amir", "Heri", "Surya",
            "Gunawan", "Hotman", "Saut", "Bonar", "Erwin", "Ferry", "Rahmad", "Azhar", "Syafrizal");
    static final List<String> FEMALE_FIRST = List.of("Siti", "Sri", "Dewi", "Ratna", "Nurhayati", "Fitri", "Rina",
            "Yuliana", "Lestari", "Wulan", "Putri", "Ayu", "Indah", "Maya", "Mega", "Novi", "Rahmawati", "Nurul",
            "Desi", "Lina", "Evi", "Ika", "Dian", "Rosmawati", "Elfrida", "Debora", "Tiurma", "Romauli",
            "Nurhasanah", "Herawati", "Kartika", "Anisa", "Aisyah", "Fatimah", "Zahra", "Mutiara", "Sari", "Rosdiana",
            "Juliana", "Erna", "Yanti", "Nova", "Melati", "Intan", "Friska", "Lusiana", "Hotmaida", "Rotua");
    static final List<String> MALE_SECOND = List.of("Pratama", "Saputra", "Hidayat", "Kurniawan", "Setiawan",
            "Wijaya", "Santoso", "Permana", "Ramadhan", "Nugroho", "Susanto", "Hakim", "Syahputra", "Firmansyah",
            "Prasetyo", "Gunawan", "Sembiring", "Effendi", "Rahman", "Maulana");
    static final List<String> FEMALE_SECOND = List.of("Lestari", "Wulandari", "Anggraini", "Rahayu", "Handayani",
            "Puspitasari", "Maharani", "Safitri", "Novitasari", "Permatasari", "Damayanti", "Utami", "Kusumawati",
            "Fitriani", "Agustina", "Yuliani");
    static final List<String> MARGA = List.of("Siregar", "Nasution", "Lubis", "Harahap", "Hasibuan", "Simanjuntak",
            "Sitompul", "Hutagalung", "Tambunan", "Panjaitan", "Sinaga", "Simatupang", "Pardede", "Manurung",
            "Sitorus", "Ginting", "Sembiring", "Tarigan", "Purba", "Saragih", "Damanik", "Pane", "Batubara",
            "Daulay", "Rangkuti", "Pohan", "Matondang", "Napitupulu", "Situmorang", "Hutapea", "Silalahi", "Marpaung");

    static final List<String> GENERAL_FUNCTIONAL = List.of("Analis Kebijakan Ahli Muda", "Analis Kebijakan Ahli Pertama",
            "Pranata Komputer Ahli Pertama", "Perencana Ahli Muda", "Arsiparis Terampil", "Analis Keuangan Pusat dan Daerah Ahli Pertama",
            "Auditor Ahli Pertama", "Pengelola Pengadaan Barang/Jasa Ahli Pertama", "Analis SDM Aparatur Ahli Muda",
            "Penyuluh Pertanian Ahli Pertama", "Pranata Humas Ahli Pertama", "Statistisi Ahli Pertama");
    static final List<String> EDUCATION_FUNCTIONAL = List.of("Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya",
            "Pengawas Sekolah Ahli Muda", "Pamong Belajar Ahli Pertama");
    static final List<String> HEALTH_FUNCTIONAL = List.of("Perawat Terampil", "Perawat Ahli Pertama", "Perawat Ahli Muda",
            "Bidan Terampil", "Bidan Ahli Pertama", "Dokter Ahli Pertama", "Dokter Ahli Muda", "Apoteker Ahli Pertama",
            "Nutrisionis Terampil", "Pranata Laboratorium Kesehatan Terampil", "Sanitarian Terampil");
    static final List<String> STAFF = List.of("Pengadministrasi Perkantoran", "Pengelola Keuangan",
            "Operator Layanan Operasional", "Penata Layanan Operasional", "Pengolah Data dan Informasi",
            "Pengadministrasi Perkantoran", "Pengelola Umum Operasional", "Penelaah Teknis Kebijakan");
    static final List<String> SUPERVISORS = List.of("Kepala Subbagian Umum dan Kepegawaian",
            "Kepala Subbagian Keuangan", "Kepala Seksi Pelayanan", "Kepala Seksi Pengendalian",
            "Kepala Seksi Data dan Informasi", "Kepala Subbagian Perencanaan");
    static final List<String> ADMINISTRATORS = List.of("Sekretaris", "Kepala Bidang Program",
            "Kepala Bidang Pelayanan", "Kepala Bidang Pengembangan", "Kepala Bagian");

    /** A training: its kind, a title, the organiser and the lesson hours it usually gives. */
    record TrainingTemplate(TrainingKind kind, String title, int minHours, int maxHours, int days) {
    }

    static final List<TrainingTemplate> TRAININGS = List.of(
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Kepemimpinan Pengawas", 60, 90, 20),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Teknis Penyusunan SKP", 16, 32, 3),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Pengadaan Barang/Jasa Pemerintah", 24, 40, 5),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Manajemen Arsip Dinamis", 16, 30, 4),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Laporan Keuangan Berbasis Akrual", 24, 40, 5),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Pelayanan Prima", 12, 24, 3),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Bimbingan Teknis SIASN", 8, 16, 2),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Analisis Jabatan dan Beban Kerja", 24, 32, 4),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Literasi Digital ASN", 8, 20, 14),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Core Values BerAKHLAK", 6, 12, 7),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Manajemen Risiko Sektor Publik", 10, 20, 14),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Moderasi Beragama", 6, 12, 7),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Keamanan Informasi", 8, 16, 10),
            new TrainingTemplate(TrainingKind.E_LEARNING, "MOOC Kebijakan Publik", 10, 24, 21),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Antikorupsi ACLC KPK", 8, 16, 10),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Tata Naskah Dinas", 4, 10, 5),
            new TrainingTemplate(TrainingKind.SEMINAR, "Seminar Reformasi Birokrasi", 4, 8, 1),
            new TrainingTemplate(TrainingKind.SEMINAR, "Webinar Transformasi Digital Pemerintahan", 2, 6, 1),
            new TrainingTemplate(TrainingKind.SEMINAR, "Lokakarya Perencanaan Pembangunan Daerah", 8, 16, 2),
            new TrainingTemplate(TrainingKind.SEMINAR, "Seminar Nasional Kesehatan Masyarakat", 4, 8, 1),
            new TrainingTemplate(TrainingKind.MENTORING, "Mentoring Aktualisasi Nilai Dasar ASN", 10, 20, 30),
            new TrainingTemplate(TrainingKind.MENTORING, "Mentoring Jabatan Fungsional", 10, 16, 30),
            new TrainingTemplate(TrainingKind.COACHING, "Coaching Penyusunan Rencana Hasil Kerja", 6, 12, 20),
            new TrainingTemplate(TrainingKind.STUDY_GROUP, "Komunitas Belajar Analis Kebijakan", 6, 12, 60),
            new TrainingTemplate(TrainingKind.STUDY_GROUP, "Komunitas Praktik Pranata Komputer", 6, 12, 60),
            new TrainingTemplate(TrainingKind.INTERNSHIP, "Magang Tata Kelola Keuangan di BPK Perwakilan Sumut", 40, 80, 10),
            new TrainingTemplate(TrainingKind.INTERNSHIP, "Magang Pelayanan Publik di Pemerintah Kota Surabaya", 40, 80, 10));

    static final List<TrainingTemplate> EDUCATION_TRAININGS = List.of(
            new TrainingTemplate(TrainingKind.STUDY_GROUP, "Kelompok Kerja Guru (KKG/MGMP)", 8, 16, 60),
            new TrainingTemplate(TrainingKind.E_LEARNING, "Pelatihan Mandiri Platform Merdeka Mengajar", 8, 32, 30),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Kurikulum Merdeka", 24, 32, 4),
            new TrainingTemplate(TrainingKind.SEMINAR, "Webinar Merdeka Belajar", 2, 6, 1));
    static final List<TrainingTemplate> HEALTH_TRAININGS = List.of(
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Basic Trauma Cardiac Life Support", 30, 40, 4),
            new TrainingTemplate(TrainingKind.CLASSROOM, "Pelatihan Pencegahan dan Pengendalian Infeksi", 16, 24, 3),
            new TrainingTemplate(TrainingKind.E_LEARNING, "E-Learning Plataran Sehat Kemenkes", 8, 24, 14),
            new TrainingTemplate(TrainingKind.SEMINAR, "Seminar Keperawatan Gawat Darurat", 4, 8, 1));

    static final List<String> ORGANISERS = List.of("BPSDM Provinsi Sumatera Utara", "LAN RI", "ASN Unggul (LAN RI)",
            "BKN Kantor Regional VI Medan", "Pusdiklat Kemendagri", "PPSDM Kemendagri Regional Bukittinggi",
            "Universitas Sumatera Utara", "Universitas Negeri Medan", "LKPP", "ANRI", "KPK (ACLC)",
            "BKPSDM Kota Medan", "Pusdiklat BPS");
    static final List<String> HEALTH_ORGANISERS = List.of("Bapelkes Medan (Kemenkes)", "Dinas Kesehatan Provinsi Sumatera Utara",
            "RSUP H. Adam Malik", "Plataran Sehat Kemenkes");
    static final List<String> EDUCATION_ORGANISERS = List.of("BBGP Sumatera Utara", "Dinas Pendidikan Provinsi Sumatera Utara",
            "Kemendikbudristek", "Universitas Negeri Medan");

    /** A partner institution of a development programme and its country. */
    record Partner(String name, String country) {
    }

    static final List<Partner> PARTNERS = List.of(new Partner("Universiti Malaya", "MY"),
            new Partner("Lee Kuan Yew School of Public Policy, NUS", "SG"), new Partner("KDI School of Public Policy", "KR"),
            new Partner("Flinders University", "AU"), new Partner("JICA", "JP"), new Partner("LAN RI", "ID"),
            new Partner("BPSDM Provinsi Sumatera Utara", "ID"), new Partner("Universitas Sumatera Utara", "ID"),
            new Partner("Pemerintah Kota Surabaya", "ID"), new Partner("Politeknik STIA LAN Bandung", "ID"),
            new Partner("Universitas Gadjah Mada", "ID"), new Partner("Kemenpan-RB", "ID"));

    static final List<String> PROGRAMME_TITLES = List.of("Magang Tata Kelola Digital", "Program Mentoring Talenta Muda",
            "Komunitas Belajar Inovasi Pelayanan", "Forum Inovasi Pelayanan Publik", "Pelatihan Kepemimpinan Pengawas",
            "Program E-Learning Terpadu", "Magang Perencanaan Kota", "Benchmarking Smart City");

    static final List<String> COACHING_GOALS = List.of("Meningkatkan capaian rencana hasil kerja",
            "Memperbaiki disiplin dan perilaku kerja sesuai BerAKHLAK", "Menyelesaikan target kinerja yang tertunda",
            "Meningkatkan kualitas laporan dan ketepatan waktu");
    static final List<String> COACHING_NOTES = List.of("Pembahasan capaian bulanan", "Umpan balik atas hasil kerja",
            "Penyusunan rencana tindak lanjut", "Evaluasi kemajuan target", "Konseling perilaku kerja");

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
