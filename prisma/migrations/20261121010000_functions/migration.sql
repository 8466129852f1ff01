-- CreateTable
CREATE TABLE "LambdaFunction" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "createdDate" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reservedConcurrency" INTEGER,
    "tags" TEXT NOT NULL DEFAULT '{}',
    "nextVersion" INTEGER NOT NULL DEFAULT 1,
    "testEvents" TEXT NOT NULL DEFAULT '[]'
);

-- CreateTable
CREATE TABLE "FunctionVersion" (
    "functionName" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "runtime" TEXT NOT NULL DEFAULT 'nodejs20.x',
    "handler" TEXT NOT NULL DEFAULT 'index.handler',
    "role" TEXT NOT NULL DEFAULT '',
    "timeout" INTEGER NOT NULL DEFAULT 3,
    "memorySize" INTEGER NOT NULL DEFAULT 128,
    "environment" TEXT NOT NULL DEFAULT '{}',
    "codeSha256" TEXT NOT NULL,
    "codeSize" INTEGER NOT NULL,
    "revisionId" TEXT NOT NULL,
    "lastModified" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("functionName", "version"),
    CONSTRAINT "FunctionVersion_functionName_fkey" FOREIGN KEY ("functionName") REFERENCES "LambdaFunction" ("name") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionCode" (
    "sha256" TEXT NOT NULL PRIMARY KEY,
    "zip" BLOB NOT NULL,
    "build" TEXT NOT NULL DEFAULT '{}',
    "size" INTEGER NOT NULL,
    "createdDate" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FunctionAlias" (
    "functionName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "functionVersion" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "routingConfig" TEXT NOT NULL DEFAULT '{}',
    "revisionId" TEXT NOT NULL,

    PRIMARY KEY ("functionName", "name"),
    CONSTRAINT "FunctionAlias_functionName_fkey" FOREIGN KEY ("functionName") REFERENCES "LambdaFunction" ("name") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FunctionLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "functionName" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "timestamp" BIGINT NOT NULL,
    "durationMs" REAL NOT NULL,
    "initMs" REAL,
    "error" TEXT,
    "text" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "FunctionMetric" (
    "functionName" TEXT NOT NULL,
    "minute" INTEGER NOT NULL,
    "invocations" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "throttles" INTEGER NOT NULL DEFAULT 0,
    "coldStarts" INTEGER NOT NULL DEFAULT 0,
    "durationSum" REAL NOT NULL DEFAULT 0,
    "durationMax" REAL NOT NULL DEFAULT 0,
    "histogram" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("functionName", "minute")
);

-- CreateIndex
CREATE INDEX "FunctionLog_functionName_timestamp_idx" ON "FunctionLog"("functionName", "timestamp");

