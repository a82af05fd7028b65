-- wrk script for bench/checkin-load: every request posts one check-in with the session cookie
-- the script was started with (env MOTUS_COOKIE) and the server's origin (env MOTUS_ORIGIN). Pain cycles 0–10 so rows differ.
local cookie = os.getenv("MOTUS_COOKIE")
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "__Host-motus=" .. cookie
-- A cookie write must show the server's own origin (env MOTUS_ORIGIN), as a browser does.
wrk.headers["Origin"] = os.getenv("MOTUS_ORIGIN")

request = function()
  counter = counter + 1
  local body = string.format('{"pain":%d,"flare":false,"notes":"bench %d"}', counter % 11, counter)
  return wrk.format(nil, nil, nil, body)
end
