#!/usr/bin/env bash
# Runs a command against a private, throwaway PostgreSQL cluster: initdb in a temp folder,
# listening on 127.0.0.1 only, on a free port, trust authentication (nothing else can reach
# it). The command gets TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/postgres; the
# cluster is stopped and deleted when it ends, whatever its result.
#   scripts/postgres/with-private-cluster.sh pnpm --filter @integra/cms test
# Needs Debian's PostgreSQL (apt-get install postgresql); exits 3 with that advice without it.
set -euo pipefail
# runuser (util-linux) lives in /usr/sbin, which a minimal or non-root PATH may not hold.
export PATH="$PATH:/usr/sbin:/sbin"

bin_dir=""
if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
  bin_dir="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
else
  bin_dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
  echo "postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 3
fi

cluster="$(mktemp -d /tmp/integra-pg-XXXXXX)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
# initdb refuses to run as root: the cluster then belongs to the postgres system user.
as_owner=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$cluster"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$bin_dir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT

"${as_owner[@]}" "$bin_dir/initdb" -D "$cluster/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin_dir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $cluster -c fsync=off -c full_page_writes=off" start >/dev/null
echo "postgres: private cluster on 127.0.0.1:$port ($("$bin_dir/postgres" --version))"

TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
