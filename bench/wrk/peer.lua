-- The peer's POST (bench/run.sh, scenario post): Quarkus's Hibernate ORM Panache quickstart,
-- POST /entity/fruits with a unique name (at most 40 characters), one INSERT per request.
--   wrk -t2 -c16 -d30s -s bench/wrk/peer.lua URL -- PREFIX
-- Prints the same summary as post.lua ("status", "latency", "duration_us", "socket_errors").

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

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
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for code, n in pairs(s) do
      total[code] = (total[code] or 0) + n
    end
  end
  for code, n in pairs(total) do
    io.write(string.format("status %d %d\n", code, n))
  end
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency %s %d\n", p, latency:percentile(p)))
  end
  io.write(string.format("latency max %d\n", latency.max))
  io.write(string.format("duration_us %d\n", summary.duration))
  io.write(string.format("socket_errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
