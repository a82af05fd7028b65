-- wrk script for bench/mixed-load: one wrk per route (env MOTUS_ROUTE), each request as a
-- random generated member (or therapist) by their session token (env MOTUS_TOKENS, the
-- files bench_generate writes: "TOKEN EXERCISE_ID" per member, "TOKEN" per therapist).
local route = os.getenv("MOTUS_ROUTE")
local tokens_file = os.getenv("MOTUS_TOKENS")
local tokens = {}
local exercises = {}
local counter = 0
local thread_tag = tostring(math.random(1, 1000000000))
-- Milliseconds each connection waits between its requests (env MOTUS_PACE_MS; 0: none). The
-- therapist queue is paced to the rate therapists read it (bench/mixed-load --queue-every).
local pace_ms = tonumber(os.getenv("MOTUS_PACE_MS")) or 0

local function load_tokens()
  for line in io.lines(tokens_file) do
    local token, exercise = line:match("^(%S+)%s*(%S*)$")
    if token then
      tokens[#tokens + 1] = token
      exercises[#exercises + 1] = exercise
    end
  end
  if #tokens == 0 then error("no tokens in " .. tokens_file) end
end

init = function(args)
  math.randomseed(os.time() + #route * 7919 + (tonumber(os.getenv("MOTUS_SEED_OFFSET")) or 0))
  thread_tag = tostring(math.random(1, 1000000000))
  load_tokens()
end

local function headers_for(token, json)
  local h = { ["Authorization"] = "Bearer " .. token }
  if json then h["Content-Type"] = "application/json" end
  return h
end

local function session_body(exercise)
  counter = counter + 1
  return string.format(
    '{"client_id":"load-%s-%d","pain_before":3,"pain_after":2,"next_morning_pain":2,' ..
    '"exercises":[{"exercise_id":"%s","done":true,"pain":2,"difficulty":"right"}]}',
    thread_tag, counter, exercise)
end

request = function()
  local i = math.random(1, #tokens)
  local token = tokens[i]
  if route == "today" then
    return wrk.format("GET", "/api/v1/me/session/today", headers_for(token, false))
  elseif route == "session" then
    return wrk.format("POST", "/api/v1/me/sessions", headers_for(token, true), session_body(exercises[i]))
  elseif route == "checkin" then
    counter = counter + 1
    local body = string.format('{"pain":%d,"flare":false}', counter % 8)
    return wrk.format("POST", "/api/v1/me/checkins", headers_for(token, true), body)
  elseif route == "progress" then
    return wrk.format("GET", "/api/v1/me/progress", headers_for(token, false))
  elseif route == "queue" then
    return wrk.format("GET", "/api/v1/care/queue", headers_for(token, false))
  end
  error("unknown MOTUS_ROUTE " .. tostring(route))
end

delay = function()
  return pace_ms
end
