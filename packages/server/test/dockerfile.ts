/** One instruction of a Dockerfile: its keyword (upper case) and the rest of its line(s). */
export interface DockerInstruction {
  keyword: string;
  args: string;
}

/** What a container of the Dockerfile's last stage runs with. */
export interface RuntimeStage {
  /** The stage's base image (`FROM`), with build arguments left as written. */
  from: string;
  env: Record<string, string>;
  workdir: string | undefined;
  user: string | undefined;
  volumes: string[];
  exposed: number[];
  /** ENTRYPOINT + CMD in exec form (JSON arrays); shell form is refused (signals would not reach node). */
  command: string[];
  /** The HEALTHCHECK's command in exec form, or undefined without one. */
  healthcheck: string[] | undefined;
}

/** A Dockerfile's instructions: comments dropped, continued lines (`\`) joined. */
export function dockerInstructions(text: string): DockerInstruction[] {
  const logical: string[] = [];
  let pending = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#")) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = "";
    if (whole) logical.push(whole);
  }
  return logical.map((line) => {
    const [keyword = "", ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
}

function execForm(keyword: string, args: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    throw new Error(`${keyword} ${args}: use the exec form (a JSON array)`);
  }
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === "string"))
    throw new Error(`${keyword} ${args}: expected a JSON array of strings`);
  return parsed;
}

/** `KEY=value KEY2="two words"` (the `ENV` forms this repository uses). */
function envPairs(args: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g))
    pairs.push([match[1]!, match[3] ?? match[2]!]);
  return pairs;
}

/**
 * The last stage of a Dockerfile (the image that runs), read the way Docker reads it: ENV, WORKDIR,
 * USER, VOLUME, EXPOSE, ENTRYPOINT + CMD and HEALTHCHECK.
 *
 * @example
 * const stage = runtimeStage(readFileSync("Dockerfile", "utf8"));
 * spawn(stage.command[0], stage.command.slice(1), { env: { ...stage.env } });
 */
export function runtimeStage(text: string): RuntimeStage {
  const instructions = dockerInstructions(text);
  const start = instructions.findLastIndex((instruction) => instruction.keyword === "FROM");
  if (start < 0) throw new Error("the Dockerfile has no FROM");
  const stage: RuntimeStage = {
    from: instructions[start]!.args,
    env: {},
    workdir: undefined,
    user: undefined,
    volumes: [],
    exposed: [],
    command: [],
    healthcheck: undefined,
  };
  let entrypoint: string[] = [];
  let cmd: string[] = [];
  for (const { keyword, args } of instructions.slice(start + 1)) {
    if (keyword === "ENV") for (const [key, value] of envPairs(args)) stage.env[key] = value;
    else if (keyword === "WORKDIR") stage.workdir = args;
    else if (keyword === "USER") stage.user = args;
    else if (keyword === "VOLUME")
      stage.volumes.push(...(args.startsWith("[") ? execForm(keyword, args) : args.split(/\s+/)));
    else if (keyword === "EXPOSE")
      stage.exposed.push(...args.split(/\s+/).map((port) => Number.parseInt(port, 10)));
    else if (keyword === "ENTRYPOINT") entrypoint = execForm(keyword, args);
    else if (keyword === "CMD") cmd = execForm(keyword, args);
    else if (keyword === "HEALTHCHECK") {
      const command = /(?:^|\s)CMD\s+(.*)$/.exec(args)?.[1];
      if (!command) throw new Error(`HEALTHCHECK ${args}: expected CMD [...]`);
      stage.healthcheck = execForm("HEALTHCHECK CMD", command);
    }
  }
  stage.command = [...entrypoint, ...cmd];
  return stage;
}
