-- wrk script for bench/run.sh: sends the session cookie (and HX-Request for htmx fragments), checks
-- that every response is the real page (status 200 and the page's marker, not the sign-in page) and
-- prints one RESULT line the script parses.
local marker = os.getenv("BENCH_MARKER")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
if os.getenv("BENCH_HX") == "1" then
  wrk.headers["HX-Request"] = "true"
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failures = 0
  body_bytes = 0
  responses = 0
end

function response(status, headers, body)
  responses = responses + 1
  body_bytes = body_bytes + #body
  if status ~= 200 or not string.find(body, marker, 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local f, b, r = 0, 0, 0
  for _, t in ipairs(threads) do
    f = f + t:get("failures")
    b = b + t:get("body_bytes")
    r = r + t:get("responses")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d failures=%d body_bytes=%d responses=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), f, b, r,
    e.connect + e.read + e.write + e.timeout))
end
