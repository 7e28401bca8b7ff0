// Runs the graphql-http server audits (the reference checks of GraphQL over HTTP) against
// a running gateway and prints their results as one JSON array on stdout.
// Usage: SESSIONLENS_AUDIT_KEY=<key> node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const [url] = process.argv.slice(2);
const key = process.env.SESSIONLENS_AUDIT_KEY;
if (!url || !key) {
  console.error('usage: SESSIONLENS_AUDIT_KEY=<key> node audit.mjs <graphql url>');
  process.exit(2);
}

// Every request carries the key: the gateway answers nothing without one.
function fetchWithKey(input, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${key}`);
  return fetch(input, { ...init, headers });
}

const results = await auditServer({ url, fetchFn: fetchWithKey });
const report = await Promise.all(
  results.map(async (result) => ({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? null : result.reason,
    response: result.status === 'ok' ? null : await describe(result.response),
  })),
);
console.log(JSON.stringify(report));

async function describe(response) {
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text().catch(() => "(body already read by the audit)"),
  };
}
