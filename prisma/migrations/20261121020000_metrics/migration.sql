-- CreateTable
CREATE TABLE "MetricBucket" (
    "minute" INTEGER NOT NULL,
    "restApiId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "resourcePath" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "canary" INTEGER NOT NULL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,
    "count4xx" INTEGER NOT NULL DEFAULT 0,
    "count5xx" INTEGER NOT NULL DEFAULT 0,
    "latencySum" REAL NOT NULL DEFAULT 0,
    "integrationLatencySum" REAL NOT NULL DEFAULT 0,
    "latencyHist" TEXT NOT NULL DEFAULT '[]',
    "cacheHits" INTEGER NOT NULL DEFAULT 0,
    "cacheMisses" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("minute", "restApiId", "stage", "resourcePath", "httpMethod", "canary")
);

-- CreateIndex
CREATE INDEX "MetricBucket_restApiId_stage_minute_idx" ON "MetricBucket"("restApiId", "stage", "minute");

