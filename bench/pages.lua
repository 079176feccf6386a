-- wrk script for bench/run.sh and cluster/cluster-test.sh: signed-in members load one page in a
-- loop, or post offers through the real Faces form. One wrk thread and connection per member (-tN -cN),
-- so every member waits for each answer before asking again, as a person in a browser does.
--
--   wrk -t16 -c16 -d30s -s bench/pages.lua http://127.0.0.1:8080 -- SESSIONS_FILE WHAT [THINK_MS]
--
-- SESSIONS_FILE: one Cookie header per member (cluster/ClusterDrill.java signin or sessions); for a
-- WHAT with {id}, SESSIONS_FILE.ids holds their member ids. WHAT is a path, in which {id} becomes
-- the next member's id (profiles);
-- "visitor:PATH" loads the path without cookies (the trivial page); "post-offer" reads the form at
-- /offers/new, then posts it with its ViewState, and each is measured on its own.
-- THINK_MS (default 0: none, full load): each member reads for a while before the next request,
-- a random time averaging THINK_MS (exponential, so that the members' requests arrive at random
-- moments rather than in step). The time is not part of any latency.
--
-- Each request is timed here (CLOCK_MONOTONIC through LuaJIT's ffi), so that a GET and a POST of
-- one run have percentiles of their own; done() prints one line per kind of request:
--   RESULT <label> requests=… failed=… rps=… p50=… p90=… p99=… max=… (milliseconds)
-- A request fails unless it answers 200 with a signed-in page (or, for a post, the redirect to
-- the offer list that follows a saved offer).

local ffi = require("ffi")
ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *now);
]]
local timespec = ffi.new("bench_timespec")
local function now_ms()
    ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC
    return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

local threads = {}
local next_thread = 1

function setup(thread)
    thread:set("number", next_thread)
    next_thread = next_thread + 1
    table.insert(threads, thread)
end

local function lines_of(file)
    local lines = {}
    for line in io.lines(file) do
        if line ~= "" then table.insert(lines, line) end
    end
    return lines
end

local function urlencode(text)
    return (string.gsub(text, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local cookies, order = {}, {} -- this member's cookies, kept up to date as a browser does
local what, ids, visitor
local next_id = 0
local pending_view_state = nil -- post-offer: the form just read, to be posted next
local sent_kind, sent_at
-- Per kind of request ("page", "form", "post"): its latencies in milliseconds and its failures,
-- as globals of flat values, which is what done() can read through thread:get.
local kinds = { "page", "form", "post" }
for _, kind in ipairs(kinds) do
    _G["latencies_" .. kind] = {}
    _G["failures_" .. kind] = 0
    _G["sent_" .. kind] = 0
end
local posted = 0
local think_ms = 0

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
    local sessions = lines_of(args[1])
    what = args[2]
    think_ms = tonumber(args[3] or "0")
    math.randomseed(number * 7919)
    for name, value in string.gmatch(sessions[((number - 1) % #sessions) + 1], "([^=; ]+)=([^;]*)") do
        set_cookie(name, value)
    end
    if string.find(what, "{id}", 1, true) then ids = lines_of(args[1] .. ".ids") end
    next_id = number
    visitor = string.sub(what, 1, 8) == "visitor:"
end

local function page_path()
    if visitor then return string.sub(what, 9) end
    if what == "post-offer" then return "/offers/new" end
    if not ids then return what end
    next_id = next_id + 1
    return (string.gsub(what, "{id}", ids[(next_id % #ids) + 1]))
end

function delay()
    if think_ms <= 0 then return 0 end
    return math.floor(-think_ms * math.log(1 - math.random()))
end

function request()
    sent_at = now_ms()
    local function count(kind)
        sent_kind = kind
        _G["sent_" .. kind] = _G["sent_" .. kind] + 1
    end
    if what == "post-offer" and pending_view_state then
        count("post")
        posted = posted + 1
        local body = table.concat({
            "offer=offer",
            "offer%3Akind=ADVICE",
            "offer%3Atitle=" .. urlencode("Advice on a first engineering management role, " .. number .. "-" .. posted),
            "offer%3Adescription=" .. urlencode("Twenty minutes of honest answers about the first year of managing people."),
            "offer%3Atags=" .. urlencode("leadership, engineering management"),
            "offer%3Acapacity=2",
            "offer%3Apost=Post",
            "jakarta.faces.ViewState=" .. urlencode(pending_view_state),
        }, "&")
        pending_view_state = nil
        return wrk.format("POST", "/offers/new",
            { ["Cookie"] = cookie_header(), ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
    end
    count(what == "post-offer" and "form" or "page")
    if visitor then
        return wrk.format("GET", page_path(), {})
    end
    return wrk.format("GET", page_path(), { ["Cookie"] = cookie_header() })
end

function response(status, headers, body)
    local kind = sent_kind
    -- The server counts the session's versions in a cookie (JSESSIONIDVERSION); a browser sends
    -- back the latest, or the server reloads the session from the data grid. wrk keeps one
    -- Set-Cookie per answer, which is enough: that is the only cookie set after signing in.
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    if set and not visitor then
        local name, value = string.match(set, "^%s*([^=;]+)=([^;]*)")
        if name then set_cookie(name, value) end
    end
    table.insert(_G["latencies_" .. kind], now_ms() - sent_at)
    local ok
    if kind == "post" then
        local location = headers["Location"] or headers["location"] or ""
        ok = (status == 302 or status == 303) and string.find(location, "/offers/index", 1, true) ~= nil
    elseif visitor then
        ok = status == 200
    else
        ok = status == 200 and string.find(body, "signOutForm", 1, true) ~= nil
    end
    if kind == "form" and ok then
        pending_view_state = string.match(body, 'name="jakarta.faces.ViewState"[^>]-value="([^"]*)"')
        ok = pending_view_state ~= nil
    end
    if not ok then _G["failures_" .. kind] = _G["failures_" .. kind] + 1 end
end

local function percentile(sorted, p)
    if #sorted == 0 then return 0 end
    return sorted[math.max(1, math.ceil(#sorted * p / 100))]
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local merged, failed, sent = {}, {}, {}
    for _, kind in ipairs(kinds) do
        merged[kind], failed[kind], sent[kind] = {}, 0, 0
        for _, thread in ipairs(threads) do
            for _, ms in ipairs(thread:get("latencies_" .. kind)) do table.insert(merged[kind], ms) end
            failed[kind] = failed[kind] + thread:get("failures_" .. kind)
            sent[kind] = sent[kind] + thread:get("sent_" .. kind)
        end
    end
    local errors = summary.errors
    local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
    for _, kind in ipairs(kinds) do
        local list = merged[kind]
        if #list == 0 and sent[kind] > 0 then
            -- Sent, never answered within the run: as slow as it gets.
            io.write(string.format("RESULT %s requests=0 failed=%d rps=0 p50=%.1f p90=%.1f p99=%.1f max=%.1f\n",
                kind, sent[kind], seconds * 1000, seconds * 1000, seconds * 1000, seconds * 1000))
        elseif #list > 0 then
            table.sort(list)
            io.write(string.format("RESULT %s requests=%d failed=%d rps=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f\n",
                kind, #list, failed[kind], #list / seconds, percentile(list, 50), percentile(list, 90),
                percentile(list, 99), list[#list]))
        end
    end
    io.write(string.format("SOCKET_ERRORS=%d\n", socket_errors))
end
