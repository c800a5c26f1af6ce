-- What post.lua and peer.lua share, loaded by each with dofile: the thread numbering, the status
-- count and the summary bench/Wrk.java parses ("status", "latency", "duration_us", "socket_errors"),
-- so the two runs it compares are counted and reported the same way.

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

-- Per thread; each script's init sets statuses = {}.
function count(status)
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
