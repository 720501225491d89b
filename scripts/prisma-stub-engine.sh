#!/bin/sh
# Prisma's CLI insists on a schema-engine binary even for `generate`, which does not use it,
# and this machine cannot download one. This stand-in answers the version probe only.
echo "schema-engine-cli 7.10.1 (stand-in: migrations run through scripts/db.ts)"
