package id.jejak.benchmark;

import id.jejak.launcher.JejakLauncher;

public final class Benchmark {
    public static void main(String[] args) {
        System.out.println(JejakLauncher.class);
    }
}
