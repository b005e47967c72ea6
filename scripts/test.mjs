#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find: lint, typecheck, build, publint,
// unit + component tests (vitest projects), end-to-end tests in headless Chromium. Prints one summary
// line "N passed, N failed" counted from the vitest JSON reports, and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const steps = [
  ["lint", "pnpm", ["run", "lint"]],
  ["typecheck", "pnpm", ["run", "typecheck"]],
  ["build", "pnpm", ["run", "build"]],
  ["publint", "pnpm", ["run", "publint"]],
  ["unit and component tests", "pnpm", ["run", "test:unit"]],
  ["end-to-end tests", "pnpm", ["run", "test:e2e"]],
];
const reports = [".e2e-artifacts/unit-results.json", ".e2e-artifacts/e2e-results.json"];
for (const report of reports) rmSync(report, { force: true });

const failedSteps = [];
for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`== ${name} FAILED (${seconds} s)`);
    failedSteps.push(name);
    // A broken build makes every later step meaningless; lint/type errors still let tests run.
    if (name === "build") break;
  } else {
    console.log(`== ${name} ok (${seconds} s)`);
  }
}

let passed = 0;
let failed = 0;
for (const report of reports) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
}
// Steps without per-test counts (lint, typecheck, build, publint) count as one check each.
failed += failedSteps.filter((s) => !s.includes("tests")).length;
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
