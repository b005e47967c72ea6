#!/usr/bin/env node
import { runCli } from "./cli/run-cli.js";

const { code, server } = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
if (server) {
  const stop = () => {
    // close() stores every room within about a second; should anything still hang, a stop is a stop.
    setTimeout(() => {
      console.error("journeykit-server: stopping took too long, exiting");
      process.exit(1);
    }, 5_000).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} else process.exitCode = code;
