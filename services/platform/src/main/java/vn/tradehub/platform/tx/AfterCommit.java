package vn.tradehub.platform.tx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed: waking the outbox relay, dropping a
 * cache of rows the transaction changed. Before the commit, other transactions would still read the
 * old rows and could cache them again.
 */
@ApplicationScoped
public class AfterCommit {
  private final TransactionSynchronizationRegistry transactions;

  public AfterCommit(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /**
   * Registers {@code action} unless an action under the same {@code key} is registered in this
   * transaction already. Must be called inside a transaction.
   */
  public void run(Object key, Runnable action) {
    if (transactions.getResource(key) != null) return;
    transactions.putResource(key, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) action.run();
          }
        });
  }
}
