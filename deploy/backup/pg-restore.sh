#!/bin/sh
# Restore a dump of deploy/backup/pg-backup.sh into a NEW database, then point the stack's DATABASE_URL at it:
#   deploy/backup/pg-restore.sh webwaka-20261207T101500Z.dump postgres://user:pass@host:5432/webwaka_restored
# Creates the database when it does not exist (the user needs CREATEDB) and refuses one that already holds
# tables, so a restore never mixes with live data. Everything is restored in one transaction: all or nothing.
# The migrations table comes with the data, so the migration job afterwards applies only newer releases'.
set -eu
dump="${1:?usage: pg-restore.sh <dump file> <target database url>}"
target="${2:?usage: pg-restore.sh <dump file> <target database url>}"
pg_restore --list "$dump" > /dev/null
# The target's name and the server's maintenance database, from the URL (postgres://.../<name>[?options]).
name=$(printf '%s' "$target" | sed -E 's#^[^/]*//[^/]*/([^?]+).*$#\1#')
admin=$(printf '%s' "$target" | sed -E 's#^([^/]*//[^/]*/)[^?]+#\1postgres#')
case "$name" in *[!A-Za-z0-9_]*|'') echo "pg-restore: use a database name of letters, digits and _ (got '$name')" >&2; exit 2;; esac
exists=$(psql "$admin" -XtAc "SELECT 1 FROM pg_database WHERE datname = '$name'")
if [ "$exists" != "1" ]; then
  psql "$admin" -Xq -c "CREATE DATABASE \"$name\""
else
  tables=$(psql "$target" -XtAc "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")
  if [ "$tables" != "0" ]; then
    echo "pg-restore: $name already holds $tables tables; restore into a new database instead" >&2
    exit 1
  fi
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$dump"
echo "Restored $dump into $name."
