package vn.tradehub.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.tradehub.platform.web.RequestIds;

/**
 * Records every write (any method but GET, HEAD and OPTIONS) of every REST endpoint in the
 * service's own database. Entries are queued and written in batches every half second, so the audit
 * never slows a write down; a crash can lose at most that last half second of entries.
 */
@ApplicationScoped
public class AuditTrail {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AgroalDataSource ds;
  private final ConcurrentLinkedQueue<AuditEntry> queue = new ConcurrentLinkedQueue<>();

  public AuditTrail(AgroalDataSource ds) {
    this.ds = ds;
  }

  @ServerResponseFilter
  public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (READS.contains(method)) return;
    int status = response.getStatus();
    String forwarded = request.getHeaderString("X-Forwarded-For");
    String remote =
        forwarded != null ? forwarded.split(",")[0].trim() : request.getHeaderString("X-Real-IP");
    queue.add(
        new AuditEntry(
            0,
            OffsetDateTime.now(),
            principal(request),
            method,
            request.getUriInfo().getPath(),
            status,
            status >= 500 ? "ERROR" : status >= 400 ? "REJECTED" : "SUCCESS",
            request.getHeaderString(RequestIds.HEADER),
            remote));
  }

  private static String principal(ContainerRequestContext request) {
    var security = request.getSecurityContext();
    return security == null
            || security.getUserPrincipal() == null
            || security.getUserPrincipal().getName() == null
        ? "anonymous"
        : security.getUserPrincipal().getName();
  }

  @Scheduled(every = "0.5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void flush() {
    if (queue.isEmpty()) return;
    List<AuditEntry> batch = new ArrayList<>();
    for (AuditEntry e; (e = queue.poll()) != null; ) batch.add(e);
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into audit_log (at, principal, method, path, status, outcome, request_id, remote) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEntry e : batch) {
        ps.setObject(1, e.at());
        ps.setString(2, e.principal());
        ps.setString(3, e.method());
        ps.setString(4, e.path());
        ps.setInt(5, e.status());
        ps.setString(6, e.outcome());
        ps.setString(7, e.requestId());
        ps.setString(8, e.remote());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException ex) {
      LOG.errorf("Audit batch of %d entries not written: %s", batch.size(), ex.getMessage());
      queue.addAll(batch); // try again next round
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    flush();
  }

  /**
   * Newest first, optionally for one principal, at most {@code limit}, older than the entry {@code
   * before} (a keyset page; null for the first).
   */
  public List<AuditEntry> query(String principal, OffsetDateTime since, Long before, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select id, at, principal, method, path, status, outcome, request_id, remote from audit_log where true");
    List<Object> args = new ArrayList<>();
    if (principal != null) {
      sql.append(" and principal = ?");
      args.add(principal);
    }
    if (since != null) {
      sql.append(" and at >= ?");
      args.add(since);
    }
    if (before != null) {
      sql.append(" and id < ?");
      args.add(before);
    }
    sql.append(" order by id desc limit ?");
    args.add(limit);
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  rs.getLong(1),
                  rs.getObject(2, OffsetDateTime.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
