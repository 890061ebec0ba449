package id.jejak.query.projection;

import java.util.List;

/**
 * The tables a projection writes, and nothing else does. A rebuild builds fresh copies of them from the first event
 * beside the ones serving and swaps them in once caught up ({@code admin.ProjectionRebuilds}); a table left out here
 * would keep its old rows through a rebuild, so every table a projection's handlers write is named.
 */
public interface ProjectionTables {

    List<String> tables();
}
