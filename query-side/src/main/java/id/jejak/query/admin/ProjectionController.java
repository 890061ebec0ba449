package id.jejak.query.admin;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** Admin: the projections, where each stands, and rebuilding one or all of them from the first event. */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionController {

    private final ProjectionRebuilds rebuilds;

    ProjectionController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProjectionRebuilds.ProjectionStatus> projections() {
        return rebuilds.statuses();
    }

    @GetMapping("/{projection}")
    ProjectionRebuilds.ProjectionStatus projection(@PathVariable String projection) {
        return rebuilds.status(projection);
    }

    /** 202: every projection rebuilt in one pass over the store, in the background; follow them at the Location. */
    @PostMapping("/rebuild")
    ResponseEntity<List<ProjectionRebuilds.Rebuild>> rebuildAll() {
        var rebuilds = this.rebuilds.rebuildAll();
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/admin/projections")
                        .build().toUri())
                .body(rebuilds);
    }

    /** 202: the rebuild runs in the background; follow its progress at the Location. */
    @PostMapping("/{projection}/rebuild")
    ResponseEntity<ProjectionRebuilds.Rebuild> rebuild(@PathVariable String projection) {
        var rebuild = rebuilds.rebuild(projection);
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/admin/projections/{projection}").buildAndExpand(projection).toUri())
                .body(rebuild);
    }
}
