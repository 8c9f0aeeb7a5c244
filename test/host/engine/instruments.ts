// What the host measures: requests per Excel.run, the bytes of each request body as the client
// serialised it, and the object paths (proxy objects) each request carried.

export interface RequestRecord {
  /** UTF-8 bytes of JSON.stringify(body), the string the client hands to the host. */
  readonly bytes: number;
  readonly actions: number;
  readonly objectPaths: number;
  /** The client's own request releasing kept references at the end of Excel.run: not a sync of the add-in's. */
  readonly cleanup: boolean;
}

export class Instruments {
  /** One entry per finished Excel.run: how many requests its context.sync() calls sent (syncs with nothing queued send none). */
  readonly syncsPerRun: number[] = [];
  readonly requests: RequestRecord[] = [];
  /** UTF-8 bytes of each response body the host sent back (the limit holds for responses too). */
  readonly responses: number[] = [];
  /** Object paths sent, summed over requests: the proxies the add-in's code made and used. */
  proxyCount = 0;
  private open: number[] = [];

  beginRun(): void {
    this.open.push(0);
  }
  endRun(): void {
    const n = this.open.pop();
    if (n !== undefined) this.syncsPerRun.push(n);
  }
  record(request: RequestRecord): void {
    this.requests.push(request);
    this.proxyCount += request.objectPaths;
    if (this.open.length > 0 && !request.cleanup) this.open[this.open.length - 1]! += 1;
  }
  recordResponse(bytes: number): void {
    this.responses.push(bytes);
  }
  get maxResponseBytes(): number {
    return this.responses.reduce((m, b) => Math.max(m, b), 0);
  }
  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }
  reset(): void {
    this.syncsPerRun.length = 0;
    this.requests.length = 0;
    this.responses.length = 0;
    this.proxyCount = 0;
  }
}

export const utf8Length = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};
