-- CreateTable
CREATE TABLE "GatewayResponse" (
    "restApiId" TEXT NOT NULL,
    "responseType" TEXT NOT NULL,
    "statusCode" TEXT,
    "responseParameters" TEXT NOT NULL DEFAULT '{}',
    "responseTemplates" TEXT NOT NULL DEFAULT '{}',
    "lastUpdatedDate" DATETIME NOT NULL,

    PRIMARY KEY ("restApiId", "responseType"),
    CONSTRAINT "GatewayResponse_restApiId_fkey" FOREIGN KEY ("restApiId") REFERENCES "RestApi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

