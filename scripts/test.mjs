#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find: lint, typecheck, build, package
// checks (publint, attw), bundle budgets, unit + component tests (vitest projects), end-to-end tests
// in headless Chromium, and the outside-host test (packed tarballs installed into a fresh app).
// Prints one summary line "N passed, N failed" counted from the vitest JSON reports, and exits
// non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

/** [name, command, args, vitest JSON report or undefined for a step that counts as one check] */
const steps = [
  ["lint", "pnpm", ["run", "lint"]],
  ["typecheck", "pnpm", ["run", "typecheck"]],
  ["build", "pnpm", ["run", "build"]],
  ["publint", "pnpm", ["run", "publint"]],
  ["published types (attw)", "pnpm", ["run", "attw"]],
  ["bundle budgets (size-limit)", "pnpm", ["run", "size"]],
  ["unit and component tests", "pnpm", ["run", "test:unit"], ".e2e-artifacts/unit-results.json"],
  ["end-to-end tests", "pnpm", ["run", "test:e2e"], ".e2e-artifacts/e2e-results.json"],
  ["outside-host tests", "pnpm", ["run", "test:host"], ".e2e-artifacts/host-results.json"],
];
for (const [, , , report] of steps) if (report) rmSync(report, { force: true });

let passed = 0;
let failed = 0;
const failedSteps = [];
/** "file > test: first line of the error", repeated at the very end so a log's tail names them. */
const failedNames = [];

/** Counts a vitest JSON report; returns how many failures it holds. */
function countReport(report) {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests ?? 0;
  let failures = json.numFailedTests ?? 0;
  // A file that failed without a failed test (it did not load, or a hook threw) hides how many tests
  // it holds: count it as one failed test and name it, never as silence.
  for (const file of json.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) {
      const why = String(test.failureMessages?.[0] ?? "").split("\n")[0];
      failedNames.push(`${file.name} > ${test.fullName}: ${why}`);
    }
    if (file.status === "failed" && failedTests.length === 0) {
      failures += 1;
      const line = `${file.name}: ${String(file.message ?? "").split("\n")[0]}`;
      console.log(`FAILED FILE ${line}`);
      failedNames.push(line);
    }
  }
  return failures;
}

for (const [name, command, args, report] of steps) {
  console.log(`\n== ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`== ${name} ${ok ? "ok" : "FAILED"} (${seconds} s)`);
  const failures = report && existsSync(report) ? countReport(report) : 0;
  failed += failures;
  if (!ok) {
    failedSteps.push(name);
    // A step without per-test counts, or a test run that failed without reporting a failure (it
    // crashed, or wrote no report), counts as one failed check.
    if (failures === 0) failed += 1;
    // A broken build makes every later step meaningless; lint/type errors still let tests run.
    if (name === "build") break;
  }
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
for (const name of failedNames) console.log(`FAILED ${name.slice(0, 400)}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
