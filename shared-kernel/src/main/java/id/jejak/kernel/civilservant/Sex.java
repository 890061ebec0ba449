package id.jejak.kernel.civilservant;

/** Jenis kelamin as the 15th digit of a NIP records it. */
public enum Sex {
    MALE,
    FEMALE
}
