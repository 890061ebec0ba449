package id.jejak.query.audit;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import id.jejak.verifier.BreakKind;
import id.jejak.verifier.Checkpoint;
import id.jejak.verifier.CheckpointBuilder;
import id.jejak.verifier.ExportHeader;
import id.jejak.verifier.ExportWriter;
import id.jejak.verifier.MerkleTree;
import id.jejak.verifier.Scope;
import id.jejak.verifier.SigningKey;
import id.jejak.verifier.VerificationReport;
import id.jejak.verifier.VerifierCli;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attacks on the stored ledger, made directly in SQL by someone who holds the database's keys, each in a database of
 * its own. Every attack must be detected and located. The history (global index: stream, sequence):
 * <pre>
 *   1:A0 2:B0 3:A1 4:B1 5:A2 (6 unused: a failed append) 7:C0 8:B2 | checkpoint 1 |
 *   9:C1 10:B3 11:C2 | checkpoint 2 | 12:C3
 * </pre>
 */
@QuerySideTest
class LedgerTamperingTest {

    static final String A = "198203172006042001";
    static final String B = "198811112012121002";
    static final String C = "197501012000031001";

    @Autowired
    ApplicationContext context;

    private LedgerDatabase db;
    private CheckpointSealer sealer;

    @BeforeEach
    void record() {
        db = new LedgerDatabase(context);
        sealer = db.sealer();
        EventStore node = db.node();
        var events = new RecordedEvents(node);
        events.append(registered(A), "hr.budi");
        events.append(registered(B), "hr.budi");
        events.append(assigned(A, "Latsar CPNS"), "hr.budi");
        events.append(assigned(B, "Analisis Kebijakan"), "hr.citra");
        events.append(assigned(A, "Pelatihan Kepemimpinan"), "hr.budi");
        assertThatThrownBy(() -> node.publish(new GenericDomainEventMessage<>("CivilServant", B, 0, registered(B))))
                .as("a second registration fails, leaving global index 6 unused").isInstanceOf(RuntimeException.class);
        events.append(registered(C), "hr.budi");
        events.append(assigned(B, "Manajemen ASN"), "hr.budi");
        assertThat(sealer.sealNow()).hasSize(1);
        events.append(assigned(C, "Etika Pemerintahan"), "hr.budi");
        events.append(assigned(B, "Penulisan Naskah Dinas"), "hr.budi");
        events.append(assigned(C, "Pelayanan Publik"), "hr.budi");
        assertThat(sealer.sealNow()).hasSize(1);
        events.append(assigned(C, "Keuangan Daerah"), "hr.budi");
        assertThat(db.globalIndexOf(C, 3)).isEqualTo(12);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void anUntouchedStoreVerifies() {
        VerificationReport report = db.verification.verify();

        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.events()).isEqualTo(11);
        assertThat(report.checkpointsVerified()).isEqualTo(2);
        assertThat(report.sealedUpToGlobalIndex()).isEqualTo(11);
        assertThat(report.unsealedEvents()).isEqualTo(1);
    }

    @Test
    void oneChangedByteOfAPayloadIsFound() {
        db.tamper(sql -> sql.sql("update eventstore.domain_event_entry "
                + "set payload = set_byte(payload, 20, get_byte(payload, 20) # 1) where global_index = 3").update());

        assertBreak(BreakKind.ALTERED_CONTENT, 3, A, 1);
    }

    @Test
    void aChangedActorInTheMetadataIsFound() {
        db.tamper(sql -> sql.sql("update eventstore.domain_event_entry set meta_data = convert_to(replace("
                + "convert_from(meta_data, 'UTF8'), 'hr.citra', 'hr.mallory'), 'UTF8') where global_index = 4")
                .update());

        assertBreak(BreakKind.ALTERED_CONTENT, 4, B, 1);
    }

    @Test
    void anEventDeletedFromTheMiddleOfAStreamIsFound() {
        db.tamper(sql -> sql.sql("delete from eventstore.domain_event_entry where global_index = 9").update());

        assertBreak(BreakKind.MISSING_EVENT, 9, C, 1);
    }

    @Test
    void theDeletedLastEventOfAStreamIsFound() {
        db.tamper(sql -> sql.sql("delete from eventstore.domain_event_entry where global_index = 10").update());

        assertBreak(BreakKind.MISSING_EVENT, 10, B, 3);
    }

    @Test
    void twoSwappedEventsAreFound() {
        db.tamper(sql -> {
            sql.sql("update eventstore.domain_event_entry set global_index = -1 where global_index = 9").update();
            sql.sql("update eventstore.domain_event_entry set global_index = 9 where global_index = 11").update();
            sql.sql("update eventstore.domain_event_entry set global_index = 11 where global_index = -1").update();
        });

        assertBreak(BreakKind.REORDERED_EVENT, 9, C, 2);
    }

    @Test
    void anEventForgedIntoAnUnusedIndexIsFoundThoughTheTriggerChainedItPerfectly() {
        db.tamperWithTriggers(sql -> sql.sql("""
                insert into eventstore.domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                select 6, aggregate_identifier, 3, type, 'forged', meta_data, payload, payload_revision, payload_type,
                       time_stamp
                from eventstore.domain_event_entry where global_index = 5""").update());

        assertThat(db.jdbc.sql("select previous_hash = (select hash from eventstore.domain_event_entry "
                        + "where global_index = 5) from eventstore.domain_event_entry where global_index = 6")
                .query(Boolean.class).single()).as("the forged event's chain is intact").isTrue();
        assertBreak(BreakKind.INSERTED_EVENT, 6, A, 3);
    }

    @Test
    void anEventForgedAfterTheLastCheckpointAndSealedWithoutTheKeyIsFound() {
        assertThat(sealer.sealNow()).hasSize(1);
        db.tamperWithTriggers(sql -> sql.sql("""
                insert into eventstore.domain_event_entry (aggregate_identifier, sequence_number, type,
                    event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                select aggregate_identifier, 3, type, 'forged', meta_data, payload, payload_revision, payload_type,
                       time_stamp
                from eventstore.domain_event_entry where global_index = 5""").update());
        long forged = db.globalIndexOf(A, 3);
        forgeCheckpoint(SigningKey.generate());

        assertBreak(BreakKind.BAD_SIGNATURE, forged, A, 3);
        assertThat(db.verification.verify().lastCheckpoint()).isEqualTo(3);
        assertThatThrownBy(sealer::sealNow).as("nothing is sealed on top of a forged checkpoint")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not signed by this node's key");
    }

    @Test
    void aTableReplacedAfterACheckpointIsFound() {
        rewriteHistory();

        // A's chain, sealed at sequence 2 (global index 5) by checkpoint 1, now ends in another hash
        assertBreak(BreakKind.CHECKPOINT_MISMATCH, 5, A, 2);
    }

    @Test
    void aTableReplacedWithItsCheckpointsIsFoundByTheCheckpointAnAuditorKept() throws IOException {
        Checkpoint kept = db.store.checkpoint(1).orElseThrow();
        rewriteHistory();
        db.tamper(sql -> sql.sql("truncate eventstore.ledger_checkpoint").update());
        assertThat(sealer.sealNow()).isNotEmpty();

        assertThat(db.verification.verify().verified())
                .as("a history rewritten and sealed anew holds on its own: only what was kept outside shows it")
                .isTrue();
        VerificationReport report = VerifierCli.verify(new ByteArrayInputStream(export()),
                List.of(db.key.publicKey()), List.of(kept));
        assertThat(report.verified()).isFalse();
        assertThat(report.firstBreak()).satisfies(broken -> {
            assertThat(broken.kind()).isEqualTo(BreakKind.CHECKPOINT_MISMATCH);
            assertThat(broken.globalIndex()).isEqualTo(5);
            assertThat(broken.aggregateIdentifier()).isEqualTo(A);
            assertThat(broken.detail()).contains("the kept checkpoint 1");
        });
    }

    /** Copies the table with one payload changed, empties it and inserts the copy back: the trigger rechains all. */
    private void rewriteHistory() {
        db.tamper(sql -> {
            sql.sql("create table eventstore.rewritten as select * from eventstore.domain_event_entry").update();
            sql.sql("update eventstore.rewritten set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'Latsar CPNS', 'Latsar CPNS Angkatan II'), 'UTF8') where global_index = 3").update();
            sql.sql("truncate eventstore.domain_event_entry").update();
        });
        db.tamperWithTriggers(sql -> {
            sql.sql("""
                    insert into eventstore.domain_event_entry (global_index, aggregate_identifier, sequence_number,
                        type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                    select global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                           payload, payload_revision, payload_type, time_stamp
                    from eventstore.rewritten order by global_index""").update();
            sql.sql("drop table eventstore.rewritten").update();
        });
    }

    /** A checkpoint over everything, built as the sealer would but signed with another key, inserted as the next. */
    private void forgeCheckpoint(SigningKey attacker) {
        Checkpoint last = db.store.checkpoint(3).orElseThrow();
        byte[] frontier = db.jdbc.sql("select frontier from eventstore.ledger_checkpoint where sequence = 3")
                .query(byte[].class).single();
        var builder = new CheckpointBuilder(last, MerkleTree.resume(last.treeSize(), frontier));
        long[] upTo = {0};
        db.jdbc.sql("select global_index, aggregate_identifier, sequence_number, hash "
                        + "from eventstore.domain_event_entry where global_index > ? order by global_index")
                .param(last.upToGlobalIndex())
                .query(row -> {
                    upTo[0] = row.getLong(1);
                    builder.add(upTo[0], row.getString(2), row.getLong(3), row.getBytes(4));
                });
        Checkpoint forged = builder.seal(upTo[0], Instant.now(), attacker);
        db.tamperWithTriggers(sql -> sql.sql("insert into eventstore.ledger_checkpoint (sequence, up_to_global_index,"
                        + " tree_size, merkle_root, previous_root, interval_digest, heads_and_gaps, frontier,"
                        + " signed_at, key_id, signature) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(forged.sequence(), forged.upToGlobalIndex(), forged.treeSize(), forged.merkleRoot(),
                        forged.previousRoot(), forged.intervalDigest(), forged.interval().encode(),
                        builder.tree().frontier(), forged.signedAt(), forged.keyId(), forged.signature())
                .update());
    }

    private byte[] export() {
        var out = new ByteArrayOutputStream();
        try (var writer = new ExportWriter(out)) {
            writer.header(new ExportHeader(ExportHeader.FORMAT, Scope.FULL, null, null, null,
                    Instant.now().toString()));
            db.store.read(LedgerStore.Selection.EVERYTHING, event -> {
                try {
                    writer.event(event);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, checkpoint -> {
                try {
                    writer.checkpoint(checkpoint);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void assertBreak(BreakKind kind, long globalIndex, String stream, long sequence) {
        VerificationReport report = db.verification.verify();
        assertThat(report.verified()).as("verified").isFalse();
        assertThat(report.firstBreak()).as(report.summary()).satisfies(broken -> {
            assertThat(broken.kind()).isEqualTo(kind);
            assertThat(broken.globalIndex()).isEqualTo(globalIndex);
            assertThat(broken.aggregateIdentifier()).isEqualTo(stream);
            assertThat(broken.sequenceNumber()).isEqualTo(sequence);
        });
    }

    static CivilServantRegistered registered(String nip) {
        return new CivilServantRegistered(Nip.of(nip), "Rina Marpaung", EmploymentType.CPNS, Rank.III_A,
                LocalDate.of(2016, 1, 1), null, "Bappeda", "Perencana Ahli Pertama", LocalDate.of(2006, 4, 1));
    }

    static TrainingAssigned assigned(String nip, String title) {
        return new TrainingAssigned(Nip.of(nip), UUID.randomUUID(), title, TrainingKind.CLASSROOM, "BPSDM Sumut",
                LessonHours.of(40), LocalDate.of(2025, 2, 3), false);
    }
}
