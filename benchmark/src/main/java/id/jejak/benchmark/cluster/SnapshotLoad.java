package id.jejak.benchmark.cluster;

import id.jejak.benchmark.measure.Latencies;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What reading a long record costs a command when no node has it in memory: a civil servant with 1,000 events,
 * decided on by a node without an aggregate cache, once without snapshots (the whole stream replayed) and once with
 * them (the last snapshot and the events after it), against a record of a few events on the same node in the same
 * run.
 */
public final class SnapshotLoad {

    private static final int EVENTS = 1_000;
    private static final int MEASURED = 40;

    /** Median milliseconds of a command on each record. */
    public record Result(double fewEventsMs, double withoutSnapshotsMs, double withSnapshotsMs, long snapshots) {

        public String summary() {
            return String.format("a command on a record of %d events, read from the store (no cache): %.1f ms "
                            + "without snapshots (%.1fx a record of a few events, %.1f ms), %.1f ms with snapshots "
                            + "every 100 events (%.1fx); %d snapshot kept (Axon keeps the latest)", EVENTS, withoutSnapshotsMs,
                    withoutSnapshotsMs / fewEventsMs, fewEventsMs, withSnapshotsMs, withSnapshotsMs / fewEventsMs,
                    snapshots);
        }
    }

    private SnapshotLoad() {
    }

    public static Result measure(Cluster cluster) {
        String never = "--jejak.commands.snapshot-threshold=" + Integer.MAX_VALUE;
        CommandGateway builder = cluster.startCommandNode(never).getBean(CommandGateway.class);
        ConfigurableApplicationContext withoutSnapshots = cluster.startCommandNode(never,
                "--jejak.commands.aggregate-cache.kind=none");
        ConfigurableApplicationContext withSnapshots = cluster.startCommandNode(
                "--jejak.commands.aggregate-cache.kind=none");
        Nip few = Nip.of("197001012000011001");
        Nip longWithout = Nip.of("197001012000011002");
        Nip longWith = Nip.of("197001012000011003");
        for (Nip nip : new Nip[]{few, longWithout, longWith}) {
            builder.sendAndWait(new RegisterCivilServant(nip, "Pegawai Panjang", EmploymentType.PNS, Rank.III_A, null,
                    null, "Sekretariat Daerah", "Analis", LocalDate.of(2020, 1, 2)));
        }
        for (int event = 1; event < EVENTS; event++) {
            assign(builder, longWithout);
            assign(builder, longWith);
        }
        CommandGateway without = withoutSnapshots.getBean(CommandGateway.class);
        CommandGateway with = withSnapshots.getBean(CommandGateway.class);
        // the first read of the long record by the node with snapshots replays it all, and takes the first snapshot
        assign(with, longWith);
        Latencies fewEvents = new Latencies();
        Latencies withoutSnapshot = new Latencies();
        Latencies withSnapshot = new Latencies();
        for (int round = 0; round < MEASURED; round++) {
            fewEvents.add(timed(without, few));
            withoutSnapshot.add(timed(without, longWithout));
            withSnapshot.add(timed(with, longWith));
        }
        long snapshots = JdbcClient.create(cluster.database())
                .sql("select count(*) from eventstore.snapshot_event_entry where aggregate_identifier = ?")
                .param(longWith.value()).query(Long.class).single();
        return new Result(fewEvents.percentileMillis(0.5), withoutSnapshot.percentileMillis(0.5),
                withSnapshot.percentileMillis(0.5), snapshots);
    }

    private static long timed(CommandGateway gateway, Nip nip) {
        long started = System.nanoTime();
        assign(gateway, nip);
        return System.nanoTime() - started;
    }

    private static void assign(CommandGateway gateway, Nip nip) {
        gateway.sendAndWait(new AssignTraining(nip, UUID.randomUUID(), "Bimbingan Teknis", TrainingKind.SEMINAR,
                "BKPSDM", LessonHours.of(4), LocalDate.of(2025, 6, 2), false));
    }
}
