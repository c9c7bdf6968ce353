import { loadConfig } from '../platform/config';
import { verifyAuditLog } from '../platform/audit/audit-verify';
import { openRuntime } from '../runtime';

/** `audit-verify`: walks every audit chain; exit code 1 when anything was edited or removed. */
export async function runAuditVerify(): Promise<void> {
  const runtime = await openRuntime(loadConfig(), { attachIfRunning: true });
  try {
    const result = await verifyAuditLog(runtime.deps.db, runtime.deps.keyring);
    if (result.ok) {
      console.log(`Bitácora de auditoría íntegra: ${result.rows} registros en ${result.chains} cadenas.`);
      return;
    }
    console.error(`¡Bitácora de auditoría alterada! ${result.problems.length} problema(s):`);
    for (const problem of result.problems.slice(0, 50)) {
      console.error(`  cadena ${problem.chain}, registro ${problem.seq ?? '-'}: ${problem.problem}`);
    }
    process.exitCode = 1;
  } finally {
    await runtime.stop();
  }
}
