package id.jejak.query.projection;

import java.util.List;
import java.util.Set;

/**
 * The tables a projection writes, and nothing else does. A rebuild builds fresh copies of them from the first event
 * beside the ones serving and swaps them in once caught up ({@code admin.ProjectionRebuilds}); a table left out here
 * would keep its old rows through a rebuild, so every table a projection's handlers write is named.
 */
public interface ProjectionTables {

    List<String> tables();

    /**
     * The indexes of those tables that only readers use, never the projection's handlers: a rebuild builds them once
     * in bulk when its copies are filled rather than keeping them up row by row. One a handler reads through would
     * only make the rebuild slower, never wrong.
     */
    default Set<String> indexesForReadersOnly() {
        return Set.of();
    }
}
