import crypto from 'node:crypto';
import { newId } from '../../domain/ids';
import type { ApiClient } from './api-client';

export interface WrittenGroup {
  id: string;
  name: string;
  notes: string;
}

/**
 * Concurrent local-group creates (encrypted notes, client-generated ids) against a running Colectiva.
 * Only a 201 answer counts as acknowledged; anything else (an error, a dropped connection) may or
 * may not have been committed.
 */
export class WriteLoad {
  readonly acknowledged: WrittenGroup[] = [];
  readonly attempted = new Map<string, WrittenGroup>();
  readonly failures: string[] = [];
  private stopped = false;
  private readonly workers: Promise<void>[];

  constructor(
    private readonly api: ApiClient,
    private readonly orgId: string,
    concurrency = 4,
  ) {
    this.workers = Array.from({ length: concurrency }, () => this.work());
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      const id = newId();
      const group = { id, name: `Carga ${id}`, notes: `Nota ${crypto.randomBytes(12).toString('hex')}` };
      this.attempted.set(id, group);
      try {
        const response = await this.api.post(`/api/orgs/${this.orgId}/local-groups`, group);
        if (response.status === 201) this.acknowledged.push(group);
        else this.failures.push(`${response.status}`);
      } catch (error) {
        this.failures.push(error instanceof Error ? error.message : String(error));
        await new Promise((resolve) => setTimeout(resolve, 20)); // server gone: do not spin
      }
    }
  }

  async waitForAcknowledged(count: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged.length < count) {
      if (Date.now() > deadline)
        throw new Error(
          `only ${this.acknowledged.length} writes acknowledged; failures: ${this.failures.slice(0, 5).join('; ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }
}
