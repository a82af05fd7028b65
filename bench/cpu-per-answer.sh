# Sourced by bench/checkin-load and bench/mixed-load: the CPU an answer costs, for the server and,
# on PostgreSQL, for the database. Unlike requests/s these figures do not move with the disk's
# fsync time or with other programs on the machine, so they compare builds and back ends fairly.
#
# The caller sets `pid` (the motus server) and defines `sql` (runs SQL on the database), then
# calls find_postmaster when the database is PostgreSQL.

server_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }  # user + system CPU

# PostgreSQL's CPU: the postmaster's own and its finished children's (cutime, cstime), plus every
# live child's (the server's connections, the WAL writer, the checkpointer...). 0 on SQLite, whose
# work is inside the server's own process.
postmaster=""
find_postmaster() {
  local checkpointer
  # The checkpointer lives as long as the server; its parent is the postmaster.
  checkpointer=$(sql "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
  postmaster=$(awk '{print $4}' "/proc/$checkpointer/stat" 2>/dev/null || true)
  [ -n "$postmaster" ] || echo "PostgreSQL's processes were not found: db µs/answer stays 0" >&2
}
database_ticks() {
  [ -n "$postmaster" ] || { echo 0; return; }
  local total child
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for child in $(cat "/proc/$postmaster/task/$postmaster/children" 2>/dev/null); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
per_answer_us() {  # ticks, answers
  awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0)}'
}
