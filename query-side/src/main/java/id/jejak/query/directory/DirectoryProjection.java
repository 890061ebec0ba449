package id.jejak.query.directory;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.query.history.CareerHistoryProjection;
import id.jejak.query.profile.CivilServantProfile;
import id.jejak.query.profile.CivilServantProfileRepository;
import id.jejak.query.projection.ProjectionTables;
import id.jejak.query.projection.StatementBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory's row of each person, folded by the profile's own code from the career-history table rather than by
 * rules of its own: a revoked promotion, placement, confirmation or dismissal then reads here as it reads in the
 * profile. It runs in the career-history processor, so the person's rows it folds are in the same transaction, and
 * it folds each person once per batch, only after an event that can change what the directory shows.
 */
@Component
@ProcessingGroup(CareerHistoryProjection.NAME)
class DirectoryProjection implements ProjectionTables {

    /** The events that change a person's name, type, status, rank, position or unit, or revoke one that did. */
    private static final Set<String> CHANGES_THE_ENTRY = Set.of("CivilServantRegistered", "IdentityCorrected",
            "ConfirmedAsPns", "PlacedInPosition", "PromotionGranted", "Retired", "Dismissed", "DecisionRevoked",
            "SanctionRevoked");
    /** The record as it stands after everything recorded, a decision that takes effect later included. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final String DIRTY = DirectoryProjection.class.getName() + ".dirty";

    private final CivilServantProfileRepository profiles;
    private final StatementBatch batch;
    private final JdbcClient jdbc;

    DirectoryProjection(CivilServantProfileRepository profiles, StatementBatch batch, JdbcClient jdbc) {
        this.profiles = profiles;
        this.batch = batch;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("person_directory");
    }

    @EventHandler
    void on(CareerEvent event, TrackingToken token) {
        if (!CHANGES_THE_ENTRY.contains(event.getClass().getSimpleName())) {
            return;
        }
        long globalIndex = token.position().orElse(0);
        if (!CurrentUnitOfWork.isStarted()) {
            refresh(Map.of(event.nip().value(), globalIndex));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, Long> dirty = unitOfWork.getOrComputeResource(DIRTY, name -> {
            Map<String, Long> people = new LinkedHashMap<>();
            // after every handler of the batch, in its transaction: the history's rows are written by then
            unitOfWork.onPrepareCommit(committing -> refresh(people));
            return people;
        });
        dirty.merge(event.nip().value(), globalIndex, Math::max);
    }

    private void refresh(Map<String, Long> people) {
        batch.flush();
        people.forEach((nip, globalIndex) -> profiles.find(nip, LATEST, Instant.MAX)
                .ifPresent(profile -> write(profile, globalIndex)));
        people.clear();
    }

    private void write(CivilServantProfile profile, long globalIndex) {
        Rank rank = profile.rank() == null ? null : Rank.ofCode(profile.rank().code());
        jdbc.sql("""
                        insert into person_directory (nip, full_name, name_key, employment_type, status, rank,
                                                      rank_order, position_kind, position, work_unit, global_index)
                        values (:nip, :fullName, :nameKey, :employmentType, :status, :rank, :rankOrder,
                                :positionKind, :position, :workUnit, :globalIndex)
                        on conflict (nip) do update set full_name = excluded.full_name,
                            name_key = excluded.name_key, employment_type = excluded.employment_type,
                            status = excluded.status, rank = excluded.rank, rank_order = excluded.rank_order,
                            position_kind = excluded.position_kind, position = excluded.position,
                            work_unit = excluded.work_unit, global_index = excluded.global_index
                        where person_directory.global_index <= excluded.global_index""")
                .param("nip", profile.nip())
                .param("fullName", profile.fullName())
                .param("nameKey", SearchText.of(profile.fullName()))
                .param("employmentType", profile.employmentType())
                .param("status", profile.status())
                .param("rank", rank == null ? null : rank.code())
                .param("rankOrder", rank == null ? null : (short) rank.ordinal())
                .param("positionKind", profile.position().kind())
                .param("position", profile.position().title())
                .param("workUnit", profile.position().workUnit())
                .param("globalIndex", globalIndex)
                .update();
    }

}
