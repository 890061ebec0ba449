package id.jejak.query.history;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.query.UnknownCivilServant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@RestController
class CareerHistoryController {

    private final JdbcClient jdbc;

    CareerHistoryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every recorded decision about one civil servant, in the order the store recorded them. */
    @GetMapping("/api/v1/civil-servants/{nip}/history")
    CareerHistory history(@PathVariable String nip,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Nip civilServant = Nip.of(nip);
        long total = jdbc.sql("select count(*) from career_event where nip = ?")
                .param(civilServant.value()).query(Long.class).single();
        if (total == 0) {
            throw new UnknownCivilServant(civilServant);
        }
        var events = jdbc.sql("""
                        select * from career_event where nip = ?
                        order by global_index limit ? offset ?""")
                .params(civilServant.value(), size, (long) page * size)
                .query((row, index) -> new CareerHistory.Entry(
                        row.getString("stream_id"),
                        row.getLong("sequence_number"),
                        row.getLong("global_index"),
                        row.getString("event_id"),
                        row.getString("event_type"),
                        row.getObject("effective_date", LocalDate.class),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        row.getString("actor_id"),
                        row.getString("actor_role"),
                        row.getString("reason"),
                        row.getString("legal_basis"),
                        row.getString("correlation_id"),
                        row.getString("causation_id"),
                        row.getString("data")))
                .list();
        return new CareerHistory(civilServant.value(), page, size, total, events);
    }
}
