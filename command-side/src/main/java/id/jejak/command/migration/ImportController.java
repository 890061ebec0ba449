package id.jejak.command.migration;

import id.jejak.platform.security.JejakUser;
import id.jejak.platform.web.Csv;
import id.jejak.platform.web.NotFoundException;
import id.jejak.platform.web.ProblemFactory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk imports: a file sent whole, gone through in the background (202, then its progress and its report), or only
 * tried ({@code dryRun}), which says each row's outcome and records nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    /**
     * @param kind    {@code identity}, {@code rank-history}, {@code position-history}, {@code education},
     *                {@code training}, {@code annual-predicate}, {@code sanction} or {@code award}
     * @param file    the file's name, kept with every event it records
     * @param source  where the records were kept before ({@code SIASN} when absent)
     * @param dryRun  only try every row, recording nothing (false when absent)
     * @param content the file's text: CSV with a header line, or NDJSON
     */
    record ImportRequest(@NotBlank String kind, @NotBlank @Size(max = 200) String file,
                         @NotNull ImportFile.Format format,
                         Source source,
                         Boolean dryRun, @NotBlank String content) {
    }

    /** Where an agency's records were kept: BKN's national system, a regional SIMPEG, or spreadsheets. */
    enum Source { SIASN, SIMPEG, SPREADSHEET }

    private final Imports imports;
    private final ProblemFactory problems;

    ImportController(Imports imports, ProblemFactory problems) {
        this.imports = imports;
        this.problems = problems;
    }

    @PostMapping
    ResponseEntity<Imports.ImportView> start(@Valid @RequestBody ImportRequest request) {
        UUID importId = imports.start(ImportKind.ofPath(request.kind()), request.format(), request.file().trim(),
                Boolean.TRUE.equals(request.dryRun()), (request.source() == null ? Source.SIASN : request.source()).name(),
                request.content().getBytes(StandardCharsets.UTF_8),
                JejakUser.current().orElseThrow());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/imports/" + importId))
                .body(progress(importId.toString()));
    }

    /** Rows done of all, the rows a second, and the seconds left at that rate. */
    @GetMapping("/{importId}")
    Imports.ImportView progress(@PathVariable String importId) {
        return imports.find(id(importId)).orElseThrow(() -> unknown(importId));
    }

    /** Each row's outcome: recorded, already recorded, would be recorded (a dry run) or refused, with the rule. */
    @GetMapping("/{importId}/report")
    void report(@PathVariable String importId, HttpServletResponse response) throws IOException {
        UUID id = id(importId);
        imports.find(id).orElseThrow(() -> unknown(importId));
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("jejak-import-" + id + ".csv").build().toString());
        PrintWriter csv = response.getWriter();
        csv.write(Csv.BYTE_ORDER_MARK);
        csv.write(Csv.line(List.of("row", "outcome", "code", "message", "eventId")));
        imports.forEachRow(id, row -> csv.write(Csv.line(List.of(row.row(), row.outcome(),
                row.code() == null ? "" : row.code(),
                row.code() == null ? "" : problems.message(row.code(), row.code(), row.facts()),
                row.eventId() == null ? "" : row.eventId()))));
    }

    private static UUID id(String importId) {
        try {
            return UUID.fromString(importId);
        } catch (IllegalArgumentException notAnId) {
            throw unknown(importId);
        }
    }

    private static NotFoundException unknown(String importId) {
        return new NotFoundException("IMPORT_NOT_FOUND", "no import {importId} was started",
                Map.of("importId", importId));
    }
}
