package vn.tradehub.platform.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test keep requests in flight as long as it needs, instead of sleeping. */
public final class Holds {
  private static final Map<String, CountDownLatch> LATCHES = new ConcurrentHashMap<>();

  private Holds() {}

  static void await(String name) {
    try {
      if (!latch(name).await(30, TimeUnit.SECONDS))
        throw new IllegalStateException("hold not released: " + name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void release(String name) {
    latch(name).countDown();
  }

  private static CountDownLatch latch(String name) {
    return LATCHES.computeIfAbsent(name, n -> new CountDownLatch(1));
  }
}
