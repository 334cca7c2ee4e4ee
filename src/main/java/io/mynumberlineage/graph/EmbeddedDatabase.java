package io.mynumberlineage.graph;

import java.net.URI;
import org.neo4j.dbms.api.DatabaseManagementService;

/** The in-process DBMS and the Bolt address the driver uses to reach it. */
public record EmbeddedDatabase(DatabaseManagementService dbms, URI boltUri) {

    public void shutdown() {
        dbms.shutdown();
    }
}
