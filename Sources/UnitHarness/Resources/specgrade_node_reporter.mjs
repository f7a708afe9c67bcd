// node:test reporter of SpecGrade's JavaScript harness: node 20 takes custom reporters only
// from the command line (--test-reporter). It hands every event to the harness, the main
// module of the process, which writes the protocol's lines itself; it writes nothing.
import { createRequire } from 'node:module';

const harness = createRequire(import.meta.url).main?.exports;
if (typeof harness?.onTestEvent !== 'function') {
    throw new Error('specgrade_node_reporter.mjs reports for specgrade_node_test.js only');
}

export default async function* specgradeReporter(source) {
    for await (const event of source) harness.onTestEvent(event);
    harness.onTestsEnd();
}
