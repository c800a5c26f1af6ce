-- NOTIFY takes a database-wide lock at commit and holds it until the commit record is flushed, so
-- every writing transaction queued behind the one before it (measured by bench/: 83 of 100 sampled
-- backends waited on "Lock:object" in COMMIT). The relay is now woken in-process after commit and
-- polls for rows written by other replicas.
drop trigger if exists outbox_notify on outbox;
drop function if exists outbox_notify();
