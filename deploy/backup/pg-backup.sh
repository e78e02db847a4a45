#!/bin/sh
# Back up WebWaka's PostgreSQL database (the distributed topology, Compose or Kubernetes) to one file:
#   DATABASE_URL=postgres://user:pass@host:5432/webwaka deploy/backup/pg-backup.sh [file]
# pg_dump's custom format: compressed, one consistent snapshot taken while the stack keeps serving, restored
# with deploy/backup/pg-restore.sh. Use the pg_dump of the server's major version or newer. The dump holds
# sealed secrets (payment keys, 2FA): keep it as private as the database, and keep DATA_ENCRYPTION_KEY with it
# (a database restored without that key cannot open them). docs/operations.md, "Back up and restore".
set -eu
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"
file="${1:-webwaka-$(date -u +%Y%m%dT%H%M%SZ).dump}"
# Written beside its final name and moved into place only when complete: a half-written dump never looks whole.
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$DATABASE_URL"
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
echo "$file"
