-- AlterTable
ALTER TABLE "Stage" ADD COLUMN "accessLogSettings" TEXT;

-- CreateTable
CREATE TABLE "Authorizer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "restApiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "providerARNs" TEXT NOT NULL DEFAULT '[]',
    "authType" TEXT,
    "authorizerUri" TEXT,
    "authorizerCredentials" TEXT,
    "identitySource" TEXT,
    "identityValidationExpression" TEXT,
    "authorizerResultTtlInSeconds" INTEGER,
    CONSTRAINT "Authorizer_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GatewayLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "restApiId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "canary" INTEGER NOT NULL DEFAULT 0,
    "kind" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "timestamp" BIGINT NOT NULL,
    "status" INTEGER,
    "error" TEXT,
    "text" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Authorizer_restApiId_idx" ON "Authorizer"("restApiId");

-- CreateIndex
CREATE INDEX "GatewayLog_restApiId_stage_kind_timestamp_idx" ON "GatewayLog"("restApiId", "stage", "kind", "timestamp");

-- CreateIndex
CREATE INDEX "GatewayLog_requestId_idx" ON "GatewayLog"("requestId");

