import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.ResourceNotFoundException;

/**
 * Creates, changes and removes SCRAM users through the broker's own AdminClient (kafkajs cannot):
 * one JVM for any number of users. Run by tools/kafka/kafka-users.ts as
 * {@code java -cp <broker classpath> ScramUsers.java <admin client properties>}, with one command per
 * line on stdin, so that no password shows in a process list:
 *
 * <pre>
 *   upsert USER PASSWORD   both SCRAM-SHA-256 and SCRAM-SHA-512, the same password
 *   delete USER            both mechanisms; a user that has none is not an error
 * </pre>
 *
 * Prints {@code ok USER} or {@code failed USER <reason>} per user; exits 1 when any failed.
 */
public final class ScramUsers {
  private static final int ITERATIONS = 4096;
  private static final List<ScramMechanism> MECHANISMS =
      List.of(ScramMechanism.SCRAM_SHA_256, ScramMechanism.SCRAM_SHA_512);

  public static void main(String[] args) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      properties.load(in);
    }
    // The broker takes one alteration per user and request: one request per mechanism.
    Map<ScramMechanism, List<UserScramCredentialAlteration>> alterations = new LinkedHashMap<>();
    for (ScramMechanism mechanism : MECHANISMS) alterations.put(mechanism, new ArrayList<>());
    List<String> deleted = new ArrayList<>();
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String[] words = line.trim().split(" ");
      if (words.length == 3 && words[0].equals("upsert")) {
        for (ScramMechanism mechanism : MECHANISMS) {
          alterations.get(mechanism).add(
              new UserScramCredentialUpsertion(
                  words[1], new ScramCredentialInfo(mechanism, ITERATIONS), words[2]));
        }
      } else if (words.length == 2 && words[0].equals("delete")) {
        deleted.add(words[1]);
        for (ScramMechanism mechanism : MECHANISMS) {
          alterations.get(mechanism).add(new UserScramCredentialDeletion(words[1], mechanism));
        }
      } else if (!line.isBlank()) {
        System.out.println("failed - not a command: " + words[0]);
        System.exit(2);
      }
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    try (Admin admin = Admin.create(properties)) {
      for (List<UserScramCredentialAlteration> request : alterations.values()) {
        Map<String, KafkaFuture<Void>> results = admin.alterUserScramCredentials(request).values();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
          try {
            result.getValue().get();
            outcomes.putIfAbsent(result.getKey(), "ok");
          } catch (ExecutionException error) {
            // Deleting a user that is already gone (or lacks one mechanism) leaves what was asked for.
            if (!(error.getCause() instanceof ResourceNotFoundException
                && deleted.contains(result.getKey()))) {
              outcomes.put(result.getKey(), String.valueOf(error.getCause()));
            } else {
              outcomes.putIfAbsent(result.getKey(), "ok");
            }
          }
        }
      }
    }
    boolean failed = false;
    for (Map.Entry<String, String> outcome : outcomes.entrySet()) {
      boolean ok = outcome.getValue().equals("ok");
      failed |= !ok;
      System.out.println((ok ? "ok " : "failed ") + outcome.getKey() + (ok ? "" : " " + outcome.getValue()));
    }
    System.exit(failed ? 1 : 0);
  }
}
