-- wrk script: members already signed in (cluster/ClusterDrill.java sessions) load a page.
-- Each thread is one member: it sends all of that member's cookies (wrk alone would keep only the
-- last Set-Cookie, DESIGN.md) and keeps what the server sets. A response counts as failed unless
-- it is 200 and shows a signed-in page, so a lost session (a redirect to sign in) is a failure too.
--   wrk -t16 -c16 -d30s -s cluster/signed-in.lua http://127.0.0.1:8080/dashboard -- SESSIONS_FILE

local threads = {}
local next_id = 1

function setup(thread)
    thread:set("id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

local cookies = {}
local order = {}
failed = 0
answered = 0

local function set_cookie(name, value)
    if cookies[name] == nil then table.insert(order, name) end
    cookies[name] = value
end

local function cookie_header()
    local parts = {}
    for _, name in ipairs(order) do table.insert(parts, name .. "=" .. cookies[name]) end
    return table.concat(parts, "; ")
end

function init(args)
    local lines = {}
    for line in io.lines(args[1]) do table.insert(lines, line) end
    local mine = lines[((id - 1) % #lines) + 1]
    for name, value in string.gmatch(mine, "([^=; ]+)=([^;]*)") do set_cookie(name, value) end
end

function request()
    return wrk.format("GET", nil, { ["Cookie"] = cookie_header() })
end

function response(status, headers, body)
    answered = answered + 1
    if status ~= 200 or not string.find(body, "signOutForm", 1, true) then
        failed = failed + 1
    end
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    if set then
        local name, value = string.match(set, "^%s*([^=;]+)=([^;]*)")
        if name then set_cookie(name, value) end
    end
end

function done(summary, latency, requests)
    local failed_total, answered_total = 0, 0
    for _, thread in ipairs(threads) do
        failed_total = failed_total + thread:get("failed")
        answered_total = answered_total + thread:get("answered")
    end
    local errors = summary.errors
    local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
    local attempted = answered_total + socket_errors
    io.write(string.format("LOAD_REQUESTS=%d\n", attempted))
    io.write(string.format("LOAD_FAILED=%d\n", failed_total + socket_errors))
    io.write(string.format("LOAD_FAILED_PERCENT=%.3f\n", attempted > 0 and 100 * (failed_total + socket_errors) / attempted or 0))
    io.write(string.format("LOAD_RPS=%.0f\n", summary.requests / (summary.duration / 1e6)))
    io.write(string.format("LOAD_P50_MS=%.1f\nLOAD_P99_MS=%.1f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
