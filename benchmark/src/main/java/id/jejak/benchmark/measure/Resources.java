package id.jejak.benchmark.measure;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's memory while the benchmark runs. Both sides and the benchmark's own driver share one JVM (and one
 * {@code -Xmx}), so heap is reported for the whole process, not per side: the peak of heap in use (sampled every
 * 100 ms), the peak of heap in use right after a collection (from the collector's notifications; a young collection
 * leaves old garbage in place, so this bounds the live data from above), the heap still live after a full collection
 * forced at the end of each phase (outside every measurement window: what the phase left behind, caches included),
 * and the resident set from {@code /proc/self/status} (VmHWM is its peak).
 */
public final class Resources implements AutoCloseable {

    private final Thread sampler;
    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private final Map<String, long[]> cpu = new LinkedHashMap<>();
    private final Map<String, String> loadAverages = new LinkedHashMap<>();
    private final Map<String, Long> liveAfter = new LinkedHashMap<>();
    private long peakLive;
    private final Set<String> heapPools = new HashSet<>();
    private volatile String phase = "start";
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;
    private final NotificationListener listener;

    public Resources() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(pool -> heapPools.add(pool.getName()));
        listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long after = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    after += pool.getValue().getUsed();
                }
            }
            record(after, 1);
            if (after > peakAfterGc) {
                peakAfterGc = after;
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                if (used > peakUsed) {
                    peakUsed = used;
                }
                record(used, 0);
                record(status("VmRSS"), 2);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "benchmark-resources");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** From now on, what is sampled counts for this phase. */
    public synchronized void phase(String name) {
        long now = cpuNanos();
        long wall = System.nanoTime();
        long[] previous = cpu.get(phase);
        if (previous != null && previous[2] == 0) {
            previous[1] = now - previous[0];
            previous[3] = wall - previous[3];
            previous[2] = 1;
            // between measurements: a full collection, so that what remains is what the phase left live
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            liveAfter.put(phase, live);
            peakLive = Math.max(peakLive, live);
        }
        phase = name;
        phases.putIfAbsent(name, new long[3]);
        cpu.put(name, new long[]{now, 0, 0, wall});
        loadAverages.put(name, loadAverage());
    }

    /** CPU time this JVM (both sides, the driver, its HTTP clients) has used so far, in nanoseconds. */
    public static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The machine's load average (1, 5, 15 minutes): how busy the shared box was. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private synchronized void record(long value, int index) {
        long[] peaks = phases.computeIfAbsent(phase, key -> new long[3]);
        peaks[index] = Math.max(peaks[index], value);
    }

    public synchronized Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jvm", "one JVM runs both sides and the benchmark driver, so heap and RSS are the process's, shared");
        json.put("maxHeapMb", mb(Runtime.getRuntime().maxMemory()));
        json.put("peakHeapUsedMb", mb(peakUsed));
        json.put("peakHeapAfterGcMb", mb(peakAfterGc));
        json.put("peakHeapLiveMb", mb(peakLive));
        json.put("rssPeakMb (VmHWM)", mb(status("VmHWM")));
        json.put("rssNowMb", mb(status("VmRSS")));
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, collector.getCollectionCount());
            collectionMillis += Math.max(0, collector.getCollectionTime());
        }
        json.put("gcCount", collections);
        json.put("gcSeconds", Loader.round(collectionMillis / 1000.0));
        Map<String, Object> byPhase = new LinkedHashMap<>();
        phases.forEach((name, peaks) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("peakHeapUsedMb", mb(peaks[0]));
            entry.put("peakHeapAfterGcMb", mb(peaks[1]));
            if (liveAfter.containsKey(name)) {
                entry.put("heapLiveAtEndMb", mb(liveAfter.get(name)));
            }
            entry.put("peakRssMb", mb(peaks[2]));
            long[] used = cpu.get(name);
            if (used != null && used[2] == 1) {
                entry.put("jvmCpuSeconds", Loader.round(used[1] / 1e9));
                entry.put("wallSeconds", Loader.round(used[3] / 1e9));
            }
            entry.put("loadAverageAtStart", loadAverages.get(name));
            byPhase.put(name, entry);
        });
        json.put("byPhase", byPhase);
        return json;
    }

    public long peakAfterGcBytes() {
        return peakAfterGc;
    }

    /** A memory line of /proc/self/status in bytes, or 0 where there is none. */
    static long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1048576.0);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (Exception ignored) {
                    // gone already
                }
            }
        }
    }
}
