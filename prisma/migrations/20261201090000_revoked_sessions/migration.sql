-- Sessions ended by signing out before their JWT cookie expires (lib/auth/revocations.ts).
-- Every app process keeps the unexpired ids in memory and reads the newly revoked ones every
-- 2 s by "revokedAt"; the ticker deletes rows past "expiresAt", when no token of the session
-- can be valid any more.
CREATE TABLE "RevokedSession" (
    "sessionId" TEXT NOT NULL,
    "revokedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("sessionId")
);
CREATE INDEX "RevokedSession_revokedAt_idx" ON "RevokedSession"("revokedAt");
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");
