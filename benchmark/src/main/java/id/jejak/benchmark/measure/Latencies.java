package id.jejak.benchmark.measure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Response times of one kind of request, for percentiles; one instance per client thread, merged afterwards. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    public int count() {
        return count;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    /** p50, p95, p99 and max in milliseconds; empty when nothing was measured. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (count == 0) {
            return summary;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        summary.put("p50", millis(percentile(sorted, 0.50)));
        summary.put("p95", millis(percentile(sorted, 0.95)));
        summary.put("p99", millis(percentile(sorted, 0.99)));
        summary.put("max", millis(sorted[sorted.length - 1]));
        return summary;
    }

    public double percentileMillis(double quantile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return count == 0 ? Double.NaN : millis(percentile(sorted, quantile));
    }

    private static long percentile(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
