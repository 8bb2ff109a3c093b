package pchgraph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * An embedded Neo4j with a Bolt connector on localhost, for tests and development.
 *
 * Arguments: DATA_DIR [PORT] [PASSWORD]. PORT 0 (the default) picks a free port. With a
 * PASSWORD, authentication is on and user neo4j has that password. Prints "BOLT_URI=..."
 * once Bolt is listening, then runs until its standard input closes or it is stopped.
 * LOAD CSV reads file:/// URLs from DATA_DIR/import, as a packaged server reads its import
 * folder; the CSV parsing settings are Neo4j's defaults.
 */
public final class TestServer {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TestServer DATA_DIR [PORT] [PASSWORD]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        if (port == 0) {
            port = freePort();
        }
        String password = args.length > 2 ? args[2] : null;

        Path imports = data.resolve("import");
        java.nio.file.Files.createDirectories(imports);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .build();
        if (password != null) {
            try {
                service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
            } catch (RuntimeException e) {
                System.err.println("cannot set the password: " + e.getMessage());
                service.shutdown();
                System.exit(1);
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }));
        System.out.println("BOLT_URI=bolt://localhost:" + port);
        System.out.flush();
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // keep reading until the parent closes our standard input
                }
            } catch (IOException ignored) {
                // the parent went away
            }
            System.exit(0);
        });
        watcher.setDaemon(true);
        watcher.start();
        stopped.await();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
