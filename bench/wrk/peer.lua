-- The peer's POST (bench/run.sh, scenario post): Quarkus's Hibernate ORM Panache quickstart,
-- POST /entity/fruits with a unique name (at most 40 characters), one INSERT per request.
--   wrk -t2 -c16 -d30s -s bench/wrk/peer.lua URL -- PREFIX
-- Prints the same summary as post.lua ("status", "latency", "duration_us", "socket_errors").

-- summary.lua beside this script (wrk gives its path as the chunk name "@path").
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "summary.lua")

function init(args)
  prefix = args[1]
  seq = 0
  statuses = {}
end

function request()
  seq = seq + 1
  local body = string.format('{"name":"%sT%dN%d"}', prefix, tid, seq)
  return wrk.format("POST", "/entity/fruits", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  count(status)
end
