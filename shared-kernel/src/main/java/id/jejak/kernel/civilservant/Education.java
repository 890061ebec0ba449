package id.jejak.kernel.civilservant;

/** Highest education (pendidikan terakhir), which caps the rank a regular promotion can reach. */
public enum Education {
    /** SD. */
    ELEMENTARY,
    /** SMP / SLTP. */
    JUNIOR_HIGH,
    /** SMA / SLTA. */
    SENIOR_HIGH,
    /** D-I. */
    DIPLOMA_1,
    /** D-II. */
    DIPLOMA_2,
    /** D-III. */
    DIPLOMA_3,
    /** S1 / D-IV. */
    BACHELOR,
    /** S2. */
    MASTER,
    /** S3. */
    DOCTORATE
}
