/**
 * A stage's invoke URLs. Host style mirrors AWS (`{apiId}.execute-api.{host}`), path style works
 * without DNS: `{gatewayUrl}/restapis/{apiId}/{stage}/_user_request_`.
 */
export function invokeUrls(gatewayUrl: string | undefined, apiId: string, stageName: string) {
  const base = (gatewayUrl || "http://localhost:8080").replace(/\/+$/, "");
  let hostStyle: string;
  try {
    const u = new URL(base);
    const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(u.hostname) || u.hostname.includes(":") || u.hostname.startsWith("[");
    const host = isIp ? "localhost" : u.hostname;
    hostStyle = `${u.protocol}//${apiId}.execute-api.${host}${u.port ? `:${u.port}` : ""}/${stageName}`;
  } catch {
    hostStyle = `http://${apiId}.execute-api.localhost:8080/${stageName}`;
  }
  const pathStyle = `${base}/restapis/${apiId}/${stageName}/_user_request_`;
  return { hostStyle, pathStyle };
}
