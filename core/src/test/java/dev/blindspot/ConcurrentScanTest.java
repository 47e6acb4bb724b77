package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blindspot.redact.Operators;
import dev.blindspot.testing.SupportChat;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One scanner shared by eight threads gives exactly the results of one thread. */
class ConcurrentScanTest {

  private static final int THREADS = 8;

  private record Result(List<Finding> findings, String pseudonymized, String streamed) {}

  @Test
  void eightThreadsSharingAScannerGiveTheSequentialResults() throws Exception {
    PiiScanner scanner = StreamingScanTest.supportDesk().streamWindow(700, 512).build();
    Random rnd = new Random(0xC0C0A);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(SupportChat.conversation(rnd, 200 + rnd.nextInt(1500)));
    }
    List<Result> sequential = new ArrayList<>();
    for (String text : texts) {
      sequential.add(run(scanner, text));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Result>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * texts.size() / THREADS; // each thread starts elsewhere, then wraps around
        futures.add(pool.submit(() -> {
          start.await();
          List<Result> results = new ArrayList<>(texts.size());
          for (int i = 0; i < texts.size(); i++) {
            results.add(null);
          }
          for (int k = 0; k < texts.size(); k++) {
            int i = (offset + k) % texts.size();
            results.set(i, run(scanner, texts.get(i)));
          }
          return results;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<Result> results = futures.get(t).get();
        for (int i = 0; i < texts.size(); i++) {
          assertEquals(sequential.get(i), results.get(i), "thread " + t + ", text " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result run(PiiScanner scanner, String text) throws IOException {
    StringWriter out = new StringWriter();
    scanner.redact(new StringReader(text), out, Operators.pseudonyms());
    return new Result(scanner.scan(text), scanner.redact(text, Operators.pseudonyms()), out.toString());
  }
}
