-- Single shipment posts for wrk (bench/run.sh, scenario post): a client far cheaper in CPU than the
-- Java harness, so the service is measured the way pgbench measures the database.
--   wrk -t2 -c16 -d30s -s bench/wrk/post.lua URL -- PREFIX YEAR AUTH[,AUTH...]
-- Every request is a line of its own: declaration PREFIX + thread + sequence, line 1..1000, so the
-- rows can be counted by prefix afterwards. The same gates, flows and value as bench/Lines.java.
-- On exit it prints "status <code> <count>" (2010: a 201 replaying a stored line) and "latency <percentile> <microseconds>" lines.

local gates = { "THANH_THUY", "XIN_MAN", "PHO_BANG", "SAM_PUN", "NGHIA_THUAN" }
local flows = { "EXPORT", "IMPORT" }
-- summary.lua beside this script (wrk gives its path as the chunk name "@path").
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "") .. "summary.lua")

function init(args)
  prefix = args[1]
  year = args[2]
  auths = {}
  for a in string.gmatch(args[3], "[^,]+") do
    table.insert(auths, a)
  end
  seq = 0
  statuses = {}
end

function request()
  seq = seq + 1
  local h = (seq * 2654435761 + tid * 40503) % 4294967296
  local gate = gates[(h % #gates) + 1]
  local flow = flows[(math.floor(h / 16) % #flows) + 1]
  local month = (math.floor(h / 256) % 12) + 1
  local day = (math.floor(h / 4096) % 28) + 1
  local body = string.format(
    '{"gateCode":"%s","declarationNumber":"%sT%d%06d","lineNumber":%d,"declaredOn":"%s-%02d-%02d",'
      .. '"flow":"%s","tradeForm":"OFFICIAL","hsCode":"09022090","description":"Chè xanh Shan tuyết đóng bao 30kg",'
      .. '"quantity":12000,"unit":"KGM","netWeightKg":12000,"value":{"amount":10000.00,"currency":"USD"},'
      .. '"partnerCountry":"CN","transportMode":"ROAD"}',
    gate, prefix, tid, math.floor(seq / 1000), (seq % 1000) + 1, year, month, day, flow)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = auths[(seq % #auths) + 1],
  }
  return wrk.format("POST", "/api/v1/border-trade/shipments", headers, body)
end

function response(status, headers, body)
  -- A replayed line (its key already stored) would be a 201 that wrote nothing: counted apart.
  if status == 201 and headers["Idempotent-Replayed"] then
    status = 2010
  end
  count(status)
end
