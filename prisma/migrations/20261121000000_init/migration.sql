-- CreateTable
CREATE TABLE "RestApi" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "version" TEXT,
    "createdDate" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "apiKeySource" TEXT NOT NULL DEFAULT 'HEADER',
    "endpointConfiguration" TEXT NOT NULL DEFAULT '{"types":["EDGE"]}',
    "binaryMediaTypes" TEXT NOT NULL DEFAULT '[]',
    "minimumCompressionSize" INTEGER,
    "disableExecuteApiEndpoint" BOOLEAN NOT NULL DEFAULT false,
    "policy" TEXT,
    "tags" TEXT NOT NULL DEFAULT '{}',
    "rootResourceId" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "restApiId" TEXT NOT NULL,
    "parentId" TEXT,
    "pathPart" TEXT,
    "path" TEXT NOT NULL,
    CONSTRAINT "Resource_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Method" (
    "resourceId" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "integration" TEXT,
    "methodResponses" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("resourceId", "httpMethod"),
    CONSTRAINT "Method_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "restApiId" TEXT NOT NULL,
    "description" TEXT,
    "createdDate" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "snapshot" TEXT NOT NULL,
    CONSTRAINT "Deployment_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Stage" (
    "restApiId" TEXT NOT NULL,
    "stageName" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "description" TEXT,
    "createdDate" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUpdatedDate" DATETIME NOT NULL,
    "variables" TEXT NOT NULL DEFAULT '{}',
    "methodSettings" TEXT NOT NULL DEFAULT '{}',
    "canarySettings" TEXT,
    "cacheClusterEnabled" BOOLEAN NOT NULL DEFAULT false,
    "cacheClusterSize" TEXT,
    "tracingEnabled" BOOLEAN NOT NULL DEFAULT false,
    "tags" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("restApiId", "stageName"),
    CONSTRAINT "Stage_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessKey" (
    "accessKeyId" TEXT NOT NULL PRIMARY KEY,
    "secretAccessKey" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "createdDate" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'Active'
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Resource_restApiId_parentId_idx" ON "Resource"("restApiId", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_restApiId_path_key" ON "Resource"("restApiId", "path");

-- CreateIndex
CREATE INDEX "Deployment_restApiId_createdDate_idx" ON "Deployment"("restApiId", "createdDate");

