// Prints the run's totals as one plain line, `jest: N passed, N failed, N skipped`, which CI
// reads whatever runner produced it; before it, the reliability & security suite (test/suite/)
// as a table of what was tried, with its own counts.
const RESULT = { passed: 'pass', failed: 'FAIL', pending: 'skipped', skipped: 'skipped', todo: 'todo' };

function suiteTable(results) {
  const rows = results.testResults
    .filter((file) => file.testFilePath.includes('/test/suite/'))
    .flatMap((file) =>
      file.testResults.map((t) => ({ area: t.ancestorTitles.join(' › '), tried: t.title, status: t.status }))
    );
  if (rows.length === 0) return '';
  const count = (status) => rows.filter((r) => r.status === status).length;
  const lines = [
    '',
    '## Reliability and security suite (test/suite)',
    '',
    '| area | what was tried → what must happen | result |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.area} | ${r.tried.replace(/\|/g, '\\|')} | ${RESULT[r.status] ?? r.status} |`),
    '',
    `suite: ${count('passed')} passed, ${count('failed')} failed${count('pending') + count('skipped') ? `, ${count('pending') + count('skipped')} skipped` : ''}`,
    ''
  ];
  return lines.join('\n');
}

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(suiteTable(results));
    process.stdout.write(`jest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
