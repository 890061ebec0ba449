package id.jejak.benchmark.measure;

import id.jejak.benchmark.http.HttpConnection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** The errors of a measured load: how many, and the first few as they came, so that a report says what they were. */
final class Errors {

    private static final int SAMPLES = 5;

    private final LongAdder count = new LongAdder();
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());

    /** An answer that was not a success. */
    void answered(HttpConnection.Response response) {
        add(response.status() + " " + HttpCommands.abbreviate(response.body()));
    }

    /** A request that got no answer. */
    void thrown(Exception e) {
        add(e.toString());
    }

    private void add(String sample) {
        count.increment();
        if (samples.size() < SAMPLES) {
            samples.add(sample);
        }
    }

    long count() {
        return count.sum();
    }

    List<String> samples() {
        return List.copyOf(samples);
    }
}
