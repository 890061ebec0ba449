package id.jejak.platform.web;

/** One offending field of a refused request, by its JSON path or parameter name. */
public record FieldProblem(String field, String code, String message) {
}
