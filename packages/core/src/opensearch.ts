/**
 * The records' OpenSearch / Elasticsearch sink (docs/design.md §3): one document per record with the
 * official client, loaded only when a URL is configured. The document id is stable per record,
 * so a re-run overwrites rather than duplicates. Best effort and bounded: an unreachable cluster
 * is reported back (for a warning), never thrown, and never holds a step longer than `timeoutMs`.
 */
export async function indexRecord(url: string, index: string, id: string, record: object, timeoutMs: number): Promise<string | undefined> {
  const { Client } = await import('@opensearch-project/opensearch');
  const client = new Client({ node: url, requestTimeout: timeoutMs, maxRetries: 1 });
  try {
    await client.index({ index, id, body: record as Record<string, unknown>, refresh: false });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.close().catch(() => undefined);
  }
}
